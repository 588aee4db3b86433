"""Records and enums: dataclass, TypedDict, NamedTuple and Enum."""
import dataclasses
import enum
from typing import NamedTuple, Optional, TypedDict


class Color(enum.Enum):
    """A colour."""

    RED = "red"
    GREEN = "green"
    CRIMSON = "red"  # an alias of RED: not a constant of its own


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Item:
    """A line of stock.

    Attributes:
        sku: the stock-keeping unit
        unit_price: price of one, in euros
    """

    sku: str
    unit_price: float
    quantity: int = 1
    tags: list[str] = dataclasses.field(default_factory=list)
    color: Optional[Color] = None
    HTTPHeader: str = ""
    computed: int = dataclasses.field(default=0, init=False)


@dataclasses.dataclass(frozen=True)
class Order:
    items: list[Item]
    notes: dict[str, str]


class Point(NamedTuple):
    x: int
    y: int


class Movie(TypedDict):
    title: str
    year: int


class Draft(TypedDict, total=False):
    title: str
    pages: int
