"""python3-tz, as its documentation shows it."""

PACKAGE = "python3-tz"


def run():
    import datetime
    import pytz
    berlin = pytz.timezone("Europe/Berlin")
    d = berlin.localize(datetime.datetime(2024, 3, 31, 1, 30))
    later = berlin.normalize(d + datetime.timedelta(hours=1))
    return [d.isoformat(), later.isoformat(), later.tzname(), "Europe/Berlin" in pytz.all_timezones,
            str(pytz.utc.localize(datetime.datetime(2024, 1, 1)).astimezone(
                pytz.timezone("America/New_York")))]
