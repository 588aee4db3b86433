"""python3-prettytable, as its documentation shows it."""

PACKAGE = "python3-prettytable"


def run():
    from prettytable import PrettyTable
    t = PrettyTable(["City", "Area", "Population"])
    t.add_row(["Adelaide", 1295, 1158259])
    t.add_row(["Brisbane", 5905, 1857594])
    t.align["City"] = "l"
    t.sortby = "Area"
    return [t.get_string(), t.get_html_string()]
