# Polybridge's stand-in for GraalPy's native _cpython_unicodedata (see startup.py). GraalPy's own
# unicodedata answers name, category, bidirectional and normalize itself and asks this module for
# the rest: lookup, combining, east_asian_width, numeric, decimal, digit, mirrored, decomposition,
# and ucd_3_2_0, the Unicode 3.2.0 database behind stringprep and the idna codec. The data come
# from Java (UnicodeBackend.java: ICU4J, and Unicode 3.2.0 tables); the argument checks and errors
# here are CPython's.

_u = _polybridge_backend.unicode()
del _polybridge_backend

unidata_version = "16.0.0"
_missing = object()


_ONE_ARGUMENT = ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
                 "decomposition")


def _code(function, chr):
    if not isinstance(chr, str) or len(chr) != 1:
        which = "argument" if function in _ONE_ARGUMENT else "argument 1"
        raise TypeError(
            "%s() %s must be a unicode character, not %s" % (function, which, type(chr).__name__))
    return ord(chr)


def _form(function, form):
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (function, type(form).__name__))
    if form not in ("NFC", "NFKC", "NFD", "NFKD"):
        raise ValueError("invalid normalization form")
    return form


def _text(function, unistr):
    if not isinstance(unistr, str):
        raise TypeError("%s() argument 2 must be str, not %s" % (function, type(unistr).__name__))
    return unistr


class UCD:
    """A Unicode database of one version: unicodedata itself (the current one) or ucd_3_2_0."""

    def __init__(self, version, v32):
        self.unidata_version = version
        self._v32 = v32

    def lookup(self, name):
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if not isinstance(name, str):
            raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
        cp = _u.lookup(name, self._v32) if len(name) <= 256 else -1
        if cp < 0:
            if len(name) > 256:
                raise KeyError("name too long")
            raise KeyError("undefined character name '%s'" % name)
        return chr(cp)

    def name(self, chr, default=_missing):
        name = _u.name(_code("name", chr), self._v32)
        if name is None:
            if default is _missing:
                raise ValueError("no such name")
            return default
        return name

    def decimal(self, chr, default=_missing):
        v = _u.decimal(_code("decimal", chr), self._v32)
        if v < 0:
            if default is _missing:
                raise ValueError("not a decimal")
            return default
        return v

    def digit(self, chr, default=_missing):
        v = _u.digit(_code("digit", chr), self._v32)
        if v < 0:
            if default is _missing:
                raise ValueError("not a digit")
            return default
        return v

    def numeric(self, chr, default=_missing):
        v = _u.numeric(_code("numeric", chr), self._v32)
        if v != v:
            if default is _missing:
                raise ValueError("not a numeric character")
            return default
        return v

    def category(self, chr):
        return _u.category(_code("category", chr), self._v32)

    def bidirectional(self, chr):
        return _u.bidirectional(_code("bidirectional", chr), self._v32)

    def combining(self, chr):
        return _u.combining(_code("combining", chr), self._v32)

    def east_asian_width(self, chr):
        return _u.eastAsianWidth(_code("east_asian_width", chr), self._v32)

    def mirrored(self, chr):
        return _u.mirrored(_code("mirrored", chr), self._v32)

    def decomposition(self, chr):
        return _u.decomposition(_code("decomposition", chr), self._v32)

    def normalize(self, form, unistr):
        form = _form("normalize", form)
        unistr = _text("normalize", unistr)
        if unistr.isascii():
            return unistr
        return _u.normalize(form, unistr, self._v32)

    def is_normalized(self, form, unistr):
        form = _form("is_normalized", form)
        unistr = _text("is_normalized", unistr)
        if unistr.isascii():
            return True
        return _u.isNormalized(form, unistr, self._v32)

    def __repr__(self):
        return "<unicodedata.UCD object at 0x%x>" % id(self)


UCD.__module__ = "unicodedata"
_current = UCD(unidata_version, False)
ucd_3_2_0 = UCD("3.2.0", True)

lookup = _current.lookup
combining = _current.combining
east_asian_width = _current.east_asian_width
numeric = _current.numeric
decimal = _current.decimal
digit = _current.digit
mirrored = _current.mirrored
decomposition = _current.decomposition
bidirectional = _current.bidirectional
