"""python3-babel, as its documentation shows it."""

PACKAGE = "python3-babel"


def run():
    import datetime
    from babel import Locale, dates, numbers
    d = datetime.datetime(2024, 7, 1, 12, 30, tzinfo=datetime.timezone.utc)
    return [dates.format_date(d.date(), locale="de_DE"), dates.format_date(d.date(), format="full", locale="fr_FR"),
            dates.format_datetime(d, "yyyy-MM-dd HH:mm zzzz", tzinfo=dates.get_timezone("Europe/Berlin"), locale="en_US"),
            numbers.format_currency(1234.5, "EUR", locale="de_DE"), numbers.format_decimal(1234567.891, locale="en_IN"),
            Locale("ja", "JP").display_name, Locale.parse("pt_BR").get_display_name("en")]
