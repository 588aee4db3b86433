"""unicodedata's functions, today's data and ucd_3_2_0, with CPython's errors."""

PACKAGE = "stdlib"

CHARS = "a\u00e9\u0301\u00bd\u4e09\u0663\u00b2Ａｱ中(\u2160\u00a0\uac00\u0378\U0001f600"


def run():
    import unicodedata as u

    def each(f, db):
        out = []
        for c in CHARS:
            try:
                out.append(f(db, c))
            except Exception as e:
                out.append("%s: %s" % (type(e).__name__, e))
        return out

    functions = {
        "name": lambda db, c: db.name(c, None), "numeric": lambda db, c: db.numeric(c, None),
        "decimal": lambda db, c: db.decimal(c, None), "digit": lambda db, c: db.digit(c, None),
        "category": lambda db, c: db.category(c), "bidirectional": lambda db, c: db.bidirectional(c),
        "combining": lambda db, c: db.combining(c), "east_asian_width": lambda db, c: db.east_asian_width(c),
        "mirrored": lambda db, c: db.mirrored(c), "decomposition": lambda db, c: db.decomposition(c),
        "NFKD": lambda db, c: db.normalize("NFKD", c), "NFC": lambda db, c: db.normalize("NFC", c),
    }
    out = {k: [each(f, u), each(f, u.ucd_3_2_0)] for k, f in functions.items()}
    errors = []
    for call in (lambda: u.numeric("a"), lambda: u.decimal("x"), lambda: u.digit("x"), lambda: u.numeric("ab"),
                 lambda: u.lookup("NO SUCH NAME"), lambda: u.normalize("NFX", "a"), lambda: u.name("\x00"),
                 lambda: u.ucd_3_2_0.lookup("GRINNING FACE"), lambda: u.combining(3)):
        try:
            errors.append(repr(call()))
        except Exception as e:
            errors.append("%s: %s" % (type(e).__name__, e))
    strip = "".join(c for c in u.normalize("NFKD", "Crème Brûlée ﬁ") if not u.combining(c))
    out["more"] = [u.lookup("SNOWMAN"), u.lookup("latin small letter a"), u.is_normalized("NFC", "e\u0301"),
                   u.ucd_3_2_0.unidata_version, strip, errors]
    return out
