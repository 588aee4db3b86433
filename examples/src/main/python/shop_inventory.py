"""A small stock list, used by TypedBindingsDemo through Java bindings generated at build time.

polybridge-maven-plugin's generate goal turns this module into the Java interface ShopInventory,
the record Item and the enum Category (see examples/pom.xml).
"""

import enum
from dataclasses import dataclass
from typing import Optional


class Category(enum.Enum):
    """What kind of thing an item is."""

    FOOD = "food"
    TOOLS = "tools"
    BOOKS = "books"


@dataclass
class Item:
    """One line of stock."""

    sku: str
    name: str
    category: Category
    unit_price: float
    quantity: int = 1


MAX_ITEMS = 100


def make_item(sku: str, name: str, category: Category, unit_price: float, quantity: int = 1) -> Item:
    """Makes an item; the quantity defaults to one."""
    return Item(sku, name, category, unit_price, quantity)


def total_price(items: list[Item], discount: float = 0.0, *, tax: float = 0.0) -> float:
    """The price of all items, less a discount fraction, plus a tax fraction, to the cent."""
    subtotal = sum(i.unit_price * i.quantity for i in items)
    return round(subtotal * (1 - discount) * (1 + tax), 2)


def by_category(items: list[Item], category: Category) -> list[str]:
    """The SKUs of the items of one category, in order."""
    return [i.sku for i in items if i.category is category]


def restock(item: Item, *, amount: int, note: Optional[str] = None) -> Item:
    """A copy of the item with more of it; the note, if any, is appended to the name."""
    name = item.name if note is None else f"{item.name} ({note})"
    return Item(item.sku, name, item.category, item.unit_price, item.quantity + amount)


def cheapest(items: list[Item]) -> Optional[Item]:
    """The item with the lowest unit price, or None when there are none."""
    return min(items, key=lambda i: i.unit_price, default=None)
