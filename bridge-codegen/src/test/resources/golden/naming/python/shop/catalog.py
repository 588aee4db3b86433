"""A module whose name its own class takes: the interface becomes CatalogModule."""


class Catalog:
    def __init__(self, name: str) -> None:
        self.name = name

    def title(self) -> str:
        return self.name.title()


class String:
    """Named like java.lang.String, so it is generated as PyString."""

    def __init__(self, text: str) -> None:
        self.text = text
