"""zoneinfo and datetime with the host's time zone database."""

PACKAGE = "stdlib"


def run():
    import datetime
    import zoneinfo

    out = []
    for key in ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"):
        z = zoneinfo.ZoneInfo(key)
        for month in (1, 7):
            d = datetime.datetime(2024, month, 1, 12, tzinfo=z)
            out.append([key, d.isoformat(), d.tzname(), str(d.dst())])
    gap = datetime.datetime(2024, 3, 31, 2, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))
    try:
        zoneinfo.ZoneInfo("Not/AZone")
        missing = None
    except zoneinfo.ZoneInfoNotFoundError as e:
        missing = str(e)
    out.append([gap.isoformat(), gap.astimezone(datetime.timezone.utc).isoformat(), missing,
                "Europe/Berlin" in zoneinfo.available_timezones()])
    return out
