"""A small shop: the round-trip fixture of bridge-codegen.

shop_future.py is this module with `from __future__ import annotations` below this docstring (a
test keeps the two in step): every annotation there is a string the generator must resolve.
"""
import dataclasses
import datetime
import decimal
import enum
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, Optional, TypedDict, overload

MAX_ITEMS = 100
CURRENCY: str = "EUR"

_log: list[str] = []


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


@dataclasses.dataclass
class Item:
    sku: str
    unit_price: float
    quantity: int = 1
    color: Optional[Color] = None


class Point(NamedTuple):
    x: int
    y: int


class Movie(TypedDict):
    title: str
    year: int


class Cart:
    """A cart that holds a few items."""

    owner: str

    def __init__(self, owner: str, *, limit: int = 3) -> None:
        self.owner = owner
        self.limit = limit
        self._items: list[Item] = []
        self._discount = 0.0

    def add(self, item: Item) -> int:
        if len(self._items) >= self.limit:
            raise ValueError(f"the cart holds {self.limit} items")
        self._items.append(item)
        return len(self._items)

    def set_discount(self, percent: float) -> None:
        self._discount = percent

    def total(self) -> float:
        subtotal = sum(i.unit_price * i.quantity for i in self._items)
        return round(subtotal * (1 - self._discount / 100), 2)

    def items(self) -> list[Item]:
        return list(self._items)

    @property
    def size(self) -> int:
        return len(self._items)

    @property
    def empty(self) -> bool:
        return not self._items


def total_price(items: list[Item], discount: float = 0.0, *, tax: float = 0.0) -> float:
    subtotal = sum(i.unit_price * i.quantity for i in items)
    return round(subtotal * (1 - discount) * (1 + tax), 2)


def describe(item: Item) -> str:
    color = f" ({item.color.value})" if item.color is not None else ""
    return f"{item.quantity} x {item.sku} at {item.unit_price:.2f}{color}"


def make_item(sku: str, unit_price: float, quantity: int = 1, color: Optional[Color] = None) -> Item:
    return Item(sku, unit_price, quantity, color)


def paint(color: Color) -> str:
    return f"{type(color).__name__}.{color.name} = {color.value!r}"


def favourite() -> Color:
    return Color.GREEN


def origin(offset: int = 0) -> Point:
    return Point(offset, offset + 1)


def norm(p: Point) -> int:
    return abs(p.x) + abs(p.y)


def movie(title: str, year: int) -> Movie:
    return Movie(title=title, year=year)


def movie_title(m: Movie) -> str:
    return f"{m['title']} ({m['year']})"


def join(sep: str, *parts: str, upper: bool = False) -> str:
    text = sep.join(parts)
    return text.upper() if upper else text


def scale(values: list[float], factor: float) -> list[float]:
    return [v * factor for v in values]


def counts(words: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out


def unique(values: list[int]) -> set[int]:
    return set(values)


def find(items: list[Item], sku: str) -> Optional[Item]:
    return next((i for i in items if i.sku == sku), None)


def label(name: Optional[str] = None) -> str:
    return "anonymous" if name is None else name.title()


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def keep(values: list[int], test: Callable[[int], bool]) -> list[int]:
    return [v for v in values if test(v)]


def adder(n: int) -> Callable[[int], int]:
    return lambda x: x + n


async def fetch_price(sku: str) -> float:
    return 2.5 if sku == "A1" else 0.0


def next_day(d: datetime.date) -> datetime.date:
    return d + datetime.timedelta(days=1)


def later(t: datetime.datetime, delta: datetime.timedelta) -> datetime.datetime:
    return t + delta


def rounded(x: decimal.Decimal, places: int = 2) -> decimal.Decimal:
    return round(x, places)


def encode(text: str) -> bytes:
    return text.encode("utf-8")


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def anything(x) -> Any:
    return x


def either(x: int | str) -> int | str:
    return x if isinstance(x, str) else -x


def log(message: str) -> None:
    _log.append(message)


def logged() -> list[str]:
    return list(_log)


def is_valid(sku: str) -> bool:
    return len(sku) == 2 and sku[0].isalpha() and sku[1].isdigit()
