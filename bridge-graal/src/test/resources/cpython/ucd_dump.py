"""Prints CPython's unicodedata answers, one code point a line, for UnicodeBackendTest.

    python3 ucd_dump.py 3.2      ucd_3_2_0 for every code point (not private use, not CJK or
                                 Hangul ranges past their first 64): category, bidirectional,
                                 east_asian_width, mirrored, combining, decomposition, decimal,
                                 digit, numeric, name, NFC, NFD, NFKC, NFKD of the character
    python3 ucd_dump.py current  the same for unicodedata itself, on the code points it assigns
(unassigned code points today: every 97th for 3.2, none for today).
"""
import sys
import unicodedata

db = unicodedata.ucd_3_2_0 if sys.argv[1] == "3.2" else unicodedata
SKIP = [(0xE000, 0xF8FF), (0xF0000, 0x10FFFF), (0x3400 + 64, 0x4DBF), (0x4E00 + 64, 0x9FFF),
        (0xAC00 + 64, 0xD7A3), (0x20000 + 64, 0x3FFFF)]


def hexes(s):
    return ".".join("%X" % ord(c) for c in s)


out = []
for cp in range(0x110000):
    if any(a <= cp <= b for a, b in SKIP) or 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    if unicodedata.category(c) == "Cn" and (sys.argv[1] != "3.2" or cp % 97):
        continue  # unassigned today: a sample is enough for 3.2, none for today
    num = db.numeric(c, None)
    out.append("\t".join([
        "%X" % cp, db.category(c), db.bidirectional(c), db.east_asian_width(c),
        str(db.mirrored(c)), str(db.combining(c)), db.decomposition(c),
        str(db.decimal(c, "")), str(db.digit(c, "")), "" if num is None else repr(num),
        db.name(c, ""), hexes(db.normalize("NFC", c)), hexes(db.normalize("NFD", c)),
        hexes(db.normalize("NFKC", c)), hexes(db.normalize("NFKD", c)),
    ]))
sys.stdout.write("\n".join(out) + "\n")
