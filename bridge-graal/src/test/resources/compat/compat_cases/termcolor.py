"""python3-termcolor, as its documentation shows it."""

PACKAGE = "python3-termcolor"


def run():
    from termcolor import colored
    return [colored("hello", "red", attrs=["bold"]), colored("x", "green", "on_white")]
