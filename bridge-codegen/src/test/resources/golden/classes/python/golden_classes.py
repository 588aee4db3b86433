"""Plain classes: an interface over instances and a factory on the module."""
from typing import ClassVar, Self


class Shape:
    """Anything with an area."""

    sides: int

    def area(self) -> float:
        return 0.0


class Rectangle(Shape):
    """A rectangle; inherits Shape's members."""

    UNIT: ClassVar[str] = "cm"
    label: str

    def __init__(self, width: float, height: float = 1.0, *, label: str = "") -> None:
        self.width = width
        self.height = height
        self.label = label

    @property
    def square(self) -> bool:
        return self.width == self.height

    @property
    def ratio(self) -> float:
        """Width over height."""
        return self.width / self.height

    @property
    def name(self) -> str:
        return self.label

    @name.setter
    def name(self, value: str) -> None:
        self.label = value

    def scaled(self, factor: float) -> Self:
        return Rectangle(self.width * factor, self.height * factor)

    def set_width(self, width: float) -> None:
        self.width = width

    def set_URL(self, url: str) -> None:
        """Setter-shaped, but setUrl would bind as an assignment of 'set_URL': left out."""

    def get_height(self) -> float:
        return self.height

    @classmethod
    def unit(cls) -> "Rectangle":
        return cls(1.0)

    @staticmethod
    def describe(width: float, height: float) -> str:
        return f"{width}x{height}"

    def _private(self) -> None:
        pass


class Greeter:
    """One method only: a functional interface in Java."""

    def greet(self, name: str) -> str:
        return "Hello, " + name


class ShapeError(Exception):
    """Exceptions are not generated: they arrive as GuestException."""
