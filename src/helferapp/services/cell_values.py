"""Reading one cell of a list as a value: phone numbers, dates, times, yes/no, vocabularies.

Excel changes what people typed: a phone number becomes the number 8141123456 (the
leading zero is gone), a date is a serial number (45323) unless the cell is formatted as
a date, a time is a fraction of a day. Each reader here undoes that and then applies the
app's own rules (``domain.validation``), raising ``ValueError`` with a German message
that the preview shows next to the cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from helferapp.domain.enums import LabelledEnum
from helferapp.domain.text_folding import fold
from helferapp.domain.validation import parse_date

_EXCEL_EPOCH = date(1899, 12, 30)
_TRUE = {"ja", "j", "x", "1", "true", "wahr", "yes", "y", "ok", "erledigt", "✓", "✔"}
_FALSE = {"nein", "n", "0", "false", "falsch", "no", "-", "–"}
_SPLIT = re.compile(r"\s*[;,/\n]\s*|\s+und\s+|\s*\+\s*")


def text(value: Any) -> str:
    """A cell as text; whole numbers without ".0", dates the German way."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date() if value.time() == time() else value
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return " ".join(str(value).split())


def phone(value: Any) -> str:
    """A phone number as typed, with the leading 0 back that Excel took from a number.

    Checking and the international form come from the record's validation (once).
    """
    raw = text(value)
    digits = raw.replace(" ", "").replace("/", "").replace("-", "")
    if digits.isdigit() and not digits.startswith("0") and len(digits) >= 9:
        return ("+" + digits) if digits.startswith("49") and len(digits) >= 11 else "0" + digits
    return raw


def email(value: Any) -> str:
    """An e-mail address as typed (without "mailto:"); the record's validation checks it."""
    return text(value).removeprefix("mailto:")


def url(value: Any) -> str:
    return text(value)


def day(value: Any) -> date | None:
    """A date from a date cell, an Excel serial number, "01.02.2024", "1.2.24" or ISO."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"„{text(value)}“ ist kein gültiges Datum. Bitte so: TT.MM.JJJJ")
    raw = text(value).split(" ")[0]
    short = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2})", raw)
    if short:
        raw = f"{short.group(1)}.{short.group(2)}.20{short.group(3)}"
    return parse_date(raw)


def clock_time(value: Any) -> time | None:
    """A time from a time cell, a fraction of a day, "18:30", "18.30" or "18 Uhr"."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    raw = fold(text(value)).replace("uhr", "").strip()
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", raw)
    if match and int(match.group(1)) < 24 and int(match.group(2) or 0) < 60:
        return time(int(match.group(1)), int(match.group(2) or 0))
    raise ValueError(f"„{text(value)}“ ist keine Uhrzeit. Bitte so: 18:30")


def yes_no(value: Any) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    folded = fold(text(value))
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(f"„{text(value)}“: bitte „ja“ oder „nein“ eintragen.")


def vocabulary(value: Any, enum: type[LabelledEnum]) -> LabelledEnum:
    """A member of ``enum`` by its code, its label or the start of its label."""
    wanted = fold(text(value))
    members = list(enum)
    for member in members:
        if wanted in (member.value, fold(member.label)):
            return member
    starts = [member for member in members if fold(member.label).startswith(wanted)]
    if wanted and len(starts) == 1:
        return starts[0]
    contains = [member for member in members if wanted and wanted in fold(member.label)]
    if len(contains) == 1:
        return contains[0]
    allowed = ", ".join(member.label for member in members)
    raise ValueError(f"„{text(value)}“ ist hier nicht vorgesehen. Möglich: {allowed}.")


def vocabulary_list(value: Any, enum: type[LabelledEnum]) -> tuple[LabelledEnum, ...]:
    found = [vocabulary(part, enum) for part in split(value)]
    return tuple(dict.fromkeys(found))


def split(value: Any) -> tuple[str, ...]:
    """A list cell ("Deutsch, Arabisch; Farsi") as its entries."""
    return tuple(part for part in _SPLIT.split(text(value)) if part)
