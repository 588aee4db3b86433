"""python3-pyrsistent, as its documentation shows it."""

PACKAGE = "python3-pyrsistent"


def run():
    from pyrsistent import freeze, pmap, pvector, thaw
    m = pmap({"a": 1}).set("b", 2)
    v = pvector([1, 2, 3]).append(4).set(0, 0)
    return [dict(m), list(v), thaw(freeze({"x": [1, {"y": 2}]})), m.discard("a") == pmap({"b": 2})]
