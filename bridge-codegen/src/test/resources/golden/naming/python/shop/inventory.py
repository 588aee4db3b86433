"""Stock levels of the shop.

Pins the naming rows: module a.b.inventory -> interface Inventory; functions and attributes in
lowerCamelCase with @GuestName on every member; Java keywords and Object's methods get a '_'.
"""

MAX_ITEMS = 100
default_location: str = "A1"
_private_counter = 0


def total_price(unit_price: float, quantity: int) -> float:
    return unit_price * quantity


def restock_HTTP_feed(url: str) -> bool:
    return True


def getHTMLReport() -> str:
    return "<p/>"


def new(name: str) -> str:
    return name


def to_string() -> str:
    return "inventory"


def _hidden() -> None:
    pass
