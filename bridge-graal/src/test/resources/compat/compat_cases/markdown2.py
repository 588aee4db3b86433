"""python3-markdown2, as its documentation shows it."""

PACKAGE = "python3-markdown2"


def run():
    import markdown2
    return [str(markdown2.markdown("# Hi\n\n*x* and __y__")),
            str(markdown2.markdown("| a | b |\n|---|---|\n| 1 | 2 |", extras=["tables"])),
            str(markdown2.markdown("```\ncode\n```", extras=["fenced-code-blocks"]))]
