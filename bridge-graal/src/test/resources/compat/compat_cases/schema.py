"""python3-schema, as its documentation shows it."""

PACKAGE = "python3-schema"


def run():
    from schema import And, Optional, Schema, SchemaError, Use
    s = Schema({"name": And(str, len), "age": And(Use(int), lambda n: 18 <= n <= 99), Optional("gender"): str})
    try:
        s.validate({"name": "", "age": 1})
        err = None
    except SchemaError as e:
        err = str(e)
    return [s.validate({"name": "Sue", "age": "28"}), err]
