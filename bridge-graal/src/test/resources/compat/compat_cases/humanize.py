"""python3-humanize, as its documentation shows it."""

PACKAGE = "python3-humanize"


def run():
    import datetime
    import humanize
    return [humanize.intcomma(1234567), humanize.naturalsize(3000000), humanize.apnumber(7),
            humanize.ordinal(23), humanize.naturaldelta(datetime.timedelta(seconds=3700)),
            humanize.intword(1200000000), humanize.fractional(0.3)]
