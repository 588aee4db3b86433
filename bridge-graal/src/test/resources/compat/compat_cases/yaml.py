"""python3-yaml, as its documentation shows it."""

PACKAGE = "python3-yaml"


def run():
    import yaml
    doc = yaml.safe_load("a: 1\nb: [x, y]\nc: {d: 2.5, e: null}\nf: 2024-01-01\n")
    return [repr(doc), yaml.safe_dump({"b": [1, 2], "a": "ü"}, allow_unicode=True), yaml.dump([{"x": 1}])]
