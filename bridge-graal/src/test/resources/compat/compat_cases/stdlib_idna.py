"""The idna codec (stringprep and unicodedata.ucd_3_2_0 underneath) on valid, invalid and hostile
names."""

PACKAGE = "stdlib"

NAMES = [
    "bücher.de", "Bücher.DE", "münchen.example", "ドメイン.テスト", "пример.испытание", "例え.テスト",
    "straße.de", "ⅷ.example", "x\u00ad\u200by.com", "ﬁ.org", "a.b.c.d", "xn--bcher-kva.de", "",
    ".", "a..b", "a" * 63 + ".com", "a" * 64 + ".com", "x\u0000y.com", "\u0627\u0031.com",
    "\u05d0\u05d1.\u05d2", "\u0627a\u0628.com", "\u2028.com", "\ufffc.com", "é" * 60 + ".fr",
    "xn--.com", "xn--a.com", "a\u3002b\uff0ec\uff61d", "trailing.dot.", "\U0001f600.example",
]


def run():
    out = []
    for name in NAMES:
        try:
            encoded = name.encode("idna")
            try:
                decoded = encoded.decode("idna")
            except UnicodeError as e:
                decoded = "UnicodeError: " + str(e).split("(UnicodeError: ")[-1].rstrip(")")
            out.append([name, encoded.decode("ascii"), decoded])
        except UnicodeError as e:
            # CPython 3.11 wraps the codec's message; 3.12 (GraalPy's) does not.
            out.append([name, "UnicodeError: " + str(e).split("(UnicodeError: ")[-1].rstrip(")")])
    for raw in (b"xn--zzz", b"xn--bcher-kva.de", b"XN--BCHER-KVA.DE", b"\xff.com"):
        try:
            out.append([repr(raw), raw.decode("idna")])
        except UnicodeError as e:
            out.append([repr(raw), type(e).__name__])
    import encodings.idna
    import stringprep
    out.append([encodings.idna.nameprep("ＡＢＣ"), encodings.idna.ToASCII("bücher").decode(),
                encodings.idna.ToUnicode(b"xn--bcher-kva"), stringprep.in_table_a1("\u0221"),
                stringprep.in_table_c12("\u00a0"), stringprep.map_table_b2("\u00c5")])
    return out
