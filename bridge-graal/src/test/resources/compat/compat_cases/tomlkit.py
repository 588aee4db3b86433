"""python3-tomlkit, as its documentation shows it."""

PACKAGE = "python3-tomlkit"


def run():
    import tomlkit
    doc = tomlkit.parse("# comment\n[a]\nb = 1 # trailing\n")
    doc["a"]["c"] = [1, 2]
    doc.add("d", tomlkit.table())
    doc["d"]["e"] = "x"
    return [tomlkit.dumps(doc), doc["a"]["b"] + 1]
