"""python3-ujson, as its documentation shows it."""

PACKAGE = "python3-ujson"


def run():
    import ujson
    return [ujson.dumps({"a": 1})]
