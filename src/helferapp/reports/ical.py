"""iCalendar (``.ics``) of open Wiedervorlagen, for a phone's or Thunderbird's calendar.

Each Wiedervorlage becomes an all-day event on its date with a reminder the morning
before. The UID is derived from the contact's id, so importing a newer file updates the
events instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.domain.validation import format_date
from helferapp.reports.rows import CalendarEntry

PRODUCT = "-//HelferApp//Wiedervorlagen//DE"


def calendar(entries: Iterable[CalendarEntry], now: datetime | None = None) -> bytes:
    """The Wiedervorlagen as an iCalendar file's bytes."""
    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "HelferApp – Wiedervorlagen")
    for entry in entries:
        event = Event()
        event.add("uid", f"wiedervorlage-{entry.contact_id}@helferapp")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.follow_up_on)
        event.add("dtend", entry.follow_up_on + timedelta(days=1))
        event.add("summary", f"Wiedervorlage: {entry.subject}")
        details = [f"Mit: {entry.partner}" if entry.partner else ""]
        if entry.contact_date:
            details.append(f"Kontakt vom {format_date(entry.contact_date)}")
        if entry.result:
            details.append(entry.result)
        event.add("description", "\n".join(line for line in details if line))
        event.add("categories", ["Wiedervorlage"])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Wiedervorlage: {entry.subject}")
        alarm.add("trigger", timedelta(hours=-15))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())


def write_calendar(path: str | Path, entries: Iterable[CalendarEntry]) -> int:
    """Write the calendar file; return the number of Wiedervorlagen in it."""
    items = list(entries)
    try:
        Path(path).write_bytes(calendar(items))
    except OSError as error:
        raise UserError(
            f"Die Datei „{path}“ lässt sich nicht schreiben. "
            f"{describe_os_error(error, path, writing=True)}"
        ) from error
    return len(items)
