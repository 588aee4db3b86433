"""python3-parse, as its documentation shows it."""

PACKAGE = "python3-parse"


def run():
    from parse import compile, parse, search
    r = parse("{} is {:d} years", "Ann is 30 years")
    return [list(r.fixed), parse("{name}: {value:f}", "pi: 3.14").named, search("age: {:d}", "x age: 7 y").fixed,
            compile("{:tg}").parse("2024-02-29 10:00:00") is not None]
