"""python3-tomli, as its documentation shows it."""

PACKAGE = "python3-tomli"


def run():
    import tomli
    doc = tomli.loads("title = 'T'\n[owner]\nname = 'Tom'\ndob = 1979-05-27T07:32:00-08:00\n[[fruit]]\nname = 'apple'\n")
    try:
        tomli.loads("a = ")
        err = None
    except tomli.TOMLDecodeError as e:
        err = str(e)
    return [doc["title"], doc["owner"]["name"], doc["owner"]["dob"].isoformat(), doc["fruit"], err]
