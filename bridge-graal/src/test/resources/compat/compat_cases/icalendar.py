"""python3-icalendar, as its documentation shows it."""

PACKAGE = "python3-icalendar"

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:1@example.org
SUMMARY:Meeting
DTSTART;TZID=Europe/Berlin:20240701T100000
DTEND;TZID=Europe/Berlin:20240701T110000
END:VEVENT
END:VCALENDAR
"""


def run():
    from icalendar import Calendar, Event

    cal = Calendar.from_ical(ICS)
    ev = cal.walk("VEVENT")[0]
    new = Calendar()
    e = Event()
    e.add("summary", "Lunch")
    new.add_component(e)
    start = ev.decoded("DTSTART")
    return [str(ev["SUMMARY"]), start.isoformat(), str(start.tzinfo), new.to_ical().decode()]
