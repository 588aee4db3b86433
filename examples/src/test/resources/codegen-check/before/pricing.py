"""Fixture for CheckMojoTest: the committed version."""


def price(amount: float, rate: float = 0.0) -> float:
    return amount * (1 + rate)


def label(name: str) -> str:
    return name.upper()
