"""python3-attr, as its documentation shows it."""

PACKAGE = "python3-attr"


def run():
    import attr
    @attr.s(frozen=True)
    class Point:
        x = attr.ib(validator=attr.validators.instance_of(int))
        y = attr.ib(default=0)
    p = Point(1, 2)
    try:
        Point("a")
        bad = None
    except TypeError as e:
        bad = str(e).split(" (got")[0]
    return [repr(p), attr.asdict(p), repr(attr.evolve(p, y=5)), p == Point(1, 2), bad]
