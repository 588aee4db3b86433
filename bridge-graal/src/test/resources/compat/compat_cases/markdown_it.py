"""python3-markdown-it, as its documentation shows it."""

PACKAGE = "python3-markdown-it"


def run():
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark").enable("table")
    return [md.render("# Hi\n\n*a* [l](http://x)\n\n| a |\n|---|\n| 1 |"), [t.type for t in md.parse("*x*")]]
