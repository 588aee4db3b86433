"""python3-decorator, as its documentation shows it."""

PACKAGE = "python3-decorator"


def run():
    import inspect
    from decorator import decorator
    @decorator
    def trace(f, *args, **kw):
        return ("traced", f(*args, **kw))
    @trace
    def add(a, b=2, *, c=3):
        "Adds."
        return a + b + c
    return [add(1), str(inspect.signature(add)), add.__doc__, add.__name__]
