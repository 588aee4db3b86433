"""python3-pystache, as its documentation shows it."""

PACKAGE = "python3-pystache"


def run():
    import pystache
    return [pystache.render("Hi {{person}}! {{#items}}<{{.}}>{{/items}}{{^none}} none{{/none}}",
                            {"person": "Mom", "items": ["a", "b"]})]
