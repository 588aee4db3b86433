"""python3-dateutil, as its documentation shows it."""

PACKAGE = "python3-dateutil"


def run():
    import datetime
    from dateutil import parser, relativedelta, rrule, tz
    d = parser.parse("Sat Oct 11 17:13:46 UTC 2003")
    berlin = tz.gettz("Europe/Berlin")
    summer = datetime.datetime(2024, 7, 1, 12, tzinfo=berlin)
    rule = rrule.rrule(rrule.WEEKLY, count=3, dtstart=datetime.datetime(2024, 1, 1))
    return [d.isoformat(), str(datetime.date(2024, 1, 31) + relativedelta.relativedelta(months=+1)),
            summer.isoformat(), summer.tzname(), [x.isoformat() for x in rule],
            parser.isoparse("2024-02-29T10:00:00+05:30").utcoffset().total_seconds()]
