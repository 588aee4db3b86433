"""python3-toml, as its documentation shows it."""

PACKAGE = "python3-toml"


def run():
    import toml
    d = toml.loads("[a]\nb = 1\nc = [1, 2]\n[a.d]\ne = 'x'\n")
    return [d, toml.dumps({"x": {"y": 1, "z": "s"}})]
