"""python3-texttable, as its documentation shows it."""

PACKAGE = "python3-texttable"


def run():
    from texttable import Texttable
    t = Texttable()
    t.add_rows([["Name", "Age"], ["Ann", 30], ["Bob", 4]])
    t.set_cols_align(["l", "r"])
    return [t.draw()]
