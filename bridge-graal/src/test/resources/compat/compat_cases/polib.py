"""python3-polib, as its documentation shows it."""

PACKAGE = "python3-polib"


def run():
    import polib
    po = polib.pofile("""msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"

    #: a.py:1
    msgid "Hello"
    msgstr "Hallo"

    msgid "World"
    msgstr ""
    """)
    return [[(e.msgid, e.msgstr, e.occurrences) for e in po], po.percent_translated(),
            [e.msgid for e in po.untranslated_entries()], str(po.find("Hello"))]
