"""python3-voluptuous, as its documentation shows it."""

PACKAGE = "python3-voluptuous"


def run():
    from voluptuous import All, Invalid, Length, Range, Required, Schema
    s = Schema({Required("name"): All(str, Length(min=1)), "age": All(int, Range(min=0))})
    try:
        s({"age": -1})
        err = None
    except Invalid as e:
        err = sorted(str(x) for x in e.errors)
    return [s({"name": "x", "age": 3}), err]
