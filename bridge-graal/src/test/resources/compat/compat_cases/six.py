"""python3-six, as its documentation shows it."""

PACKAGE = "python3-six"


def run():
    import six
    from six.moves import urllib
    return [six.ensure_str(b"x"), six.PY3, urllib.parse.quote("a b"), six.text_type.__name__,
            list(six.iteritems({"a": 1}))]
