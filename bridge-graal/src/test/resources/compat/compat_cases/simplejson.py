"""python3-simplejson, as its documentation shows it."""

PACKAGE = "python3-simplejson"


def run():
    import decimal
    import simplejson
    return [simplejson.dumps({"b": decimal.Decimal("1.10"), "a": [1, None]}, sort_keys=True, use_decimal=True),
            simplejson.loads('{"x": 1.5}', use_decimal=True)["x"], simplejson.dumps("é", ensure_ascii=True)]
