"""python3-mistune, as its documentation shows it."""

PACKAGE = "python3-mistune"
NATIVE = True  # one of its patterns needs GraalPy's native regex engine


def run():
    import mistune
    md = mistune.create_markdown(plugins=["table", "strikethrough", "url"])
    return [mistune.html("# Hi\n\n*a* **b** `c`\n\n> quote\n\n1. x\n2. y"),
            md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.org")]
