"""Generates with a warning: **kwargs has no Java form."""


def configure(name: str, **options: str) -> str:
    return name
