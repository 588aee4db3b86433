"""plistlib's XML format (over pyexpat): round trips, and the documents it refuses."""

PACKAGE = "stdlib"


def run():
    import datetime
    import plistlib

    from ._xml_corpus import outcome

    value = {"a": [1, 2.5, True, "x \u00e9"], "b": b"\x00\x01\xff", "c": {"d": 3},
             "when": datetime.datetime(2024, 7, 1, 12, 30)}
    xml = plistlib.dumps(value)
    entity = (b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]>'
              b'<plist version="1.0"><string>&e;</string></plist>')
    return [xml.decode(), repr(plistlib.loads(xml)), outcome(plistlib.loads, entity),
            outcome(plistlib.loads, b"<plist><dict><key>a</key></dict></plist>"),
            outcome(plistlib.loads, b"<plist version='1.0'><integer>x</integer></plist>"),
            repr(plistlib.loads(plistlib.dumps([1, "two"], fmt=plistlib.FMT_BINARY)))]
