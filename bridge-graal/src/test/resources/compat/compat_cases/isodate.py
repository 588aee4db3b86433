"""python3-isodate, as its documentation shows it."""

PACKAGE = "python3-isodate"


def run():
    import isodate
    d = isodate.parse_duration("P1Y2M10DT2H30M")
    return [str(d), isodate.duration_isoformat(isodate.parse_duration("PT36H")),
            isodate.parse_datetime("2024-03-01T12:00:00+01:00").isoformat(), isodate.date_isoformat(isodate.parse_date("2024-W09-5"))]
