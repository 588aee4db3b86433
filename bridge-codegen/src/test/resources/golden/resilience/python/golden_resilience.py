"""What cannot be described is left out with a warning; the rest is still generated."""

__all__ = ["fine", "lazy", "Odd"]


def fine(x: int) -> int:
    return x


def __getattr__(name):
    if name == "lazy":
        raise RuntimeError("lazy attribute failed to load")
    raise AttributeError(name)


class _Getter:
    """A getter whose annotations cannot be read."""

    @property
    def __annotations__(self):
        raise RuntimeError("annotations unavailable")

    def __call__(self, obj):
        return 1


class Odd:
    broken = property(_Getter())

    def ok(self) -> str:
        return "ok"
