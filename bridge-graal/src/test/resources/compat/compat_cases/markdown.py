"""python3-markdown, as its documentation shows it."""

PACKAGE = "python3-markdown"


def run():
    import markdown
    return [
        markdown.markdown("# Title\n\nSome *emphasis* and `code`.\n\n- a\n- b"),
        markdown.markdown("| a | b |\n|---|---|\n| 1 | 2 |", extensions=["tables"]),
        markdown.markdown("```python\nx = 1\n```", extensions=["fenced_code"]),
        markdown.markdown("[TOC]\n\n# One\n## Two", extensions=["toc"]),
    ]
