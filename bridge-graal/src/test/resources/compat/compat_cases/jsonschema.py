"""python3-jsonschema, as its documentation shows it."""

PACKAGE = "python3-jsonschema"


def run():
    import jsonschema
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
              "required": ["name"]}
    jsonschema.validate({"name": "x", "age": 3}, schema)
    v = jsonschema.Draft7Validator(schema)
    return [sorted(e.message for e in v.iter_errors({"age": -1})), v.is_valid({"name": "y"})]
