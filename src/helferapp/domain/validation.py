"""Rules for single values: e-mail, phone numbers, web addresses, date order.

Each checker returns the cleaned value (so that a number is stored in one canonical
form and duplicates can be found) or raises ``ValueError`` with a German message that
can be shown next to the field.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

_URL = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)


def _phonenumbers() -> Any:
    """libphonenumber, imported on first use: its metadata take a tenth of a second to load."""
    import phonenumbers

    return phonenumbers


def clean_text(value: str) -> str:
    """Trim and collapse inner runs of white space, which typing and pasting leave behind."""
    return " ".join(value.split())


def clean_email(value: str) -> str:
    """Return a normalised e-mail address, or "" for an empty field."""
    value = value.strip()
    if not value:
        return ""
    # Imported on first use, like phonenumbers: not needed to start the app.
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise ValueError(
            f"„{value}“ ist keine gültige E-Mail-Adresse. Bitte so eingeben: name@beispiel.de"
        ) from None
    return str(result.normalized)


def clean_phone(value: str) -> str:
    """Return a German phone number in international format (+49 …), or "" when empty."""
    value = value.strip()
    if not value:
        return ""
    phonenumbers = _phonenumbers()
    try:
        number = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValueError(
            f"„{value}“ ist keine gültige Telefonnummer. Bitte mit Vorwahl eingeben, "
            "z. B. 08141 123456 oder 0151 12345678."
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


@lru_cache(maxsize=20_000)  # lists and reports show the same numbers again and again
def display_phone(value: str) -> str:
    """Show a stored +49 number the way Germans write it (0151 1234567)."""
    if not value:
        return ""
    phonenumbers = _phonenumbers()
    try:
        number = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        return value
    if number.country_code == 49:
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return value


def clean_url(value: str) -> str:
    """Return a web address with scheme, or "" when empty."""
    value = value.strip()
    if not value:
        return ""
    if not _URL.match(value):
        raise ValueError(
            f"„{value}“ ist keine gültige Internetadresse. Bitte so eingeben: www.beispiel.de"
        )
    if not value.lower().startswith(("http://", "https://")):
        value = "https://" + value
    return value


def check_date_order(start: date | None, end: date | None, what: str) -> None:
    """Raise when ``end`` lies before ``start``; ``what`` names the pair in the message."""
    if start is not None and end is not None and end < start:
        raise ValueError(
            f"{what}: Das Ende ({format_date(end)}) liegt vor dem Beginn "
            f"({format_date(start)}). Bitte die Daten prüfen."
        )


def format_date(value: date | None) -> str:
    """Format a date the German way (TT.MM.JJJJ); empty for no date.

    Written by hand because ``strftime("%Y")`` drops leading zeros of years before 1000
    on some platforms, which ``parse_date`` would then refuse.
    """
    if value is None:
        return ""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def parse_date(value: str) -> date | None:
    """Read TT.MM.JJJJ (also T.M.JJJJ and ISO JJJJ-MM-TT); empty gives None."""
    value = value.strip()
    if not value:
        return None
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"„{value}“ ist kein gültiges Datum. Bitte so eingeben: TT.MM.JJJJ")
