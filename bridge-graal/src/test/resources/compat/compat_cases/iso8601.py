"""python3-iso8601, as its documentation shows it."""

PACKAGE = "python3-iso8601"


def run():
    import iso8601
    return [iso8601.parse_date("2007-01-25T12:00:00Z").isoformat(), iso8601.parse_date("2024-02-29T10:00:00+05:30").isoformat()]
