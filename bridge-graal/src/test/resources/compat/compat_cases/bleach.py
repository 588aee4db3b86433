"""python3-bleach, as its documentation shows it."""

PACKAGE = "python3-bleach"


def run():
    import bleach
    return [bleach.clean("an <script>evil()</script> <b>bold</b> <a href='http://x' onclick='y'>l</a>"),
            bleach.linkify("see https://example.org and www.example.com"), bleach.clean("<i>x</i>", tags=[], strip=True)]
