"""Version 1 of a module whose bindings are checked against version 2 (v2/stock.py)."""
import dataclasses


@dataclasses.dataclass
class Item:
    sku: str
    price: float


@dataclasses.dataclass
class Shelf:
    name: str


def total_price(items: list[Item], discount: float = 0.0) -> float:
    return sum(i.price for i in items) * (1 - discount)


def count(items: list[Item]) -> int:
    return len(items)


def restock(sku: str) -> None:
    pass
