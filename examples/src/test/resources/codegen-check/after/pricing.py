"""Fixture for CheckMojoTest: price's signature changed (rate is now a keyword-only int)."""


def price(amount: float, *, rate: int) -> float:
    return amount * (1 + rate)


def label(name: str) -> str:
    return name.upper()
