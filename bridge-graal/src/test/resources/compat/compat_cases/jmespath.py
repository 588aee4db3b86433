"""python3-jmespath, as its documentation shows it."""

PACKAGE = "python3-jmespath"


def run():
    import jmespath
    data = {"people": [{"name": "a", "age": 30}, {"name": "b", "age": 20}], "x": {"y": [1, 2, 3]}}
    return [jmespath.search("people[?age > `25`].name", data), jmespath.search("x.y[-1]", data),
            jmespath.search("sort_by(people, &age)[*].name", data), jmespath.compile("length(people)").search(data)]
