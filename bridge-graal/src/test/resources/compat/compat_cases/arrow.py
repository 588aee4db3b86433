"""python3-arrow, as its documentation shows it."""

PACKAGE = "python3-arrow"


def run():
    import arrow
    a = arrow.get("2013-05-11T21:23:58.970460+07:00")
    return [a.to("US/Pacific").isoformat(), a.format("YYYY-MM-DD HH:mm:ss ZZ"), a.shift(weeks=+3).date().isoformat(),
            a.humanize(other=a.shift(hours=2)), arrow.get("2024-02-29", "YYYY-MM-DD").weekday(),
            a.to("Europe/Berlin").format("dddd D MMMM YYYY", locale="de")]
