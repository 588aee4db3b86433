"""python3-pygments, as its documentation shows it."""

PACKAGE = "python3-pygments"


def run():
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer, guess_lexer
    return [highlight("def f(x):\n    return x + 1  # c\n", PythonLexer(), HtmlFormatter()),
            guess_lexer("#!/bin/sh\necho hi").name]
