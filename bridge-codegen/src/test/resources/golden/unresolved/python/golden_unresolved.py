"""Names that cannot be resolved degrade to Object with a warning naming the symbol."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal
    from fractions import Fraction


@dataclass
class Node:
    value: int
    children: list[Node]
    parent: Node | None = None
    weight: Fraction | None = None


def total(prices: list[Decimal]) -> Decimal: ...
def ratio(x: Fraction, y: "Missing | int") -> float: ...
def walk(node: Node) -> list[Node]: ...
def later(x: NotYetDefined) -> None: ...


class NotYetDefined:
    pass
