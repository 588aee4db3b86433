"""python3-tabulate, as its documentation shows it."""

PACKAGE = "python3-tabulate"


def run():
    from tabulate import tabulate
    rows = [["Sun", 696000, 1989100000], ["Earth", 6371, 5973.6], ["Moon", 1737, 73.5]]
    return [tabulate(rows, headers=["Planet", "R (km)", "mass"]), tabulate(rows, tablefmt="grid"),
            tabulate(rows, tablefmt="github", headers="firstrow")]
