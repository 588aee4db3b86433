"""python3-cssselect, as its documentation shows it."""

PACKAGE = "python3-cssselect"


def run():
    from cssselect import GenericTranslator, HTMLTranslator
    return [GenericTranslator().css_to_xpath("div > p.x"), HTMLTranslator().css_to_xpath("a:checked, li:nth-child(2n+1)")]
