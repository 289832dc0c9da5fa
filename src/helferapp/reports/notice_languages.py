"""The second language of a bilingual Aushang or Angebotsübersicht: its vocabulary.

Newcomers who read a notice at the Gemeinschaftsunterkunft mostly read no German yet.
The notices can carry, next to the German, the headings, field names, weekdays, months,
Handlungsfelder and footer in one more language. Each language is one data file,
``resources/notice_languages/<code>.json``, so that a native speaker can correct a word
without touching code (the README says how). A file says whether a native speaker has
checked it (``reviewed``); until then the sheet prints a small note saying so, in German
and in the language. Titles and free text the helpers typed stay as typed.

File layout: ``code``, ``name`` (the language's own name), ``name_de``, ``direction``
(``ltr`` or ``rtl``), ``reviewed`` (true/false), ``reviewed_by``, ``terms`` (the keys in
``TERMS``; ``{n}`` stands for a number), ``weekdays`` (mo … so), ``months`` (twelve, from
January) and ``fields`` (one per Handlungsfeld, by its code).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from helferapp.domain.enums import FieldOfAction, Weekday
from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.resources import resource

CODES = ("ar", "fa", "uk", "ru", "tr", "en", "fr", "ti", "ps")
"""The languages offered, in the order the print dialog lists them."""

TERMS = (
    "offers",
    "overview_title",
    "when",
    "where",
    "for_whom",
    "provider",
    "languages",
    "registration",
    "registration_required",
    "registration_not_required",
    "free",
    "cost",
    "childcare",
    "accessible",
    "yes",
    "offer",
    "count",
    "more",
    "none",
    "footer",
    "as_of",
    "unreviewed",
)
GERMAN_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


@dataclass(frozen=True)
class NoticeLanguage:
    """One second language: its words and whether a native speaker has checked them."""

    code: str
    name: str
    name_de: str
    rtl: bool
    reviewed: bool
    terms: Mapping[str, str]
    weekdays: Mapping[str, str]
    months: tuple[str, ...]
    fields: Mapping[str, str]

    def term(self, key: str, **values: object) -> str:
        """The word or sentence ``key``, with ``{n}`` and the like filled in."""
        text = self.terms[key]
        return text.format(**values) if values else text

    def weekday(self, day: Weekday) -> str:
        return self.weekdays[day.value]

    def field(self, field: FieldOfAction) -> str:
        return self.fields[field.value]

    def month_year(self, day: date) -> str:
        return f"{self.months[day.month - 1]} {day.year}"


def problems(data: Any) -> list[str]:
    """What a vocabulary file lacks or has wrong (empty when it is complete)."""
    if not isinstance(data, dict):
        return ["Die Datei enthält kein JSON-Objekt."]
    found: list[str] = []
    for key in ("code", "name", "name_de"):
        if not isinstance(data.get(key), str) or not data.get(key):
            found.append(f"„{key}“ fehlt.")
    if data.get("direction") not in ("ltr", "rtl"):
        found.append("„direction“ muss „ltr“ oder „rtl“ sein.")
    if not isinstance(data.get("reviewed"), bool):
        found.append("„reviewed“ muss true oder false sein.")
    wanted = {
        "terms": TERMS,
        "weekdays": tuple(day.value for day in Weekday),
        "fields": tuple(field.value for field in FieldOfAction),
    }
    for section, keys in wanted.items():
        values = data.get(section)
        if not isinstance(values, dict):
            found.append(f"„{section}“ fehlt.")
            continue
        for key in keys:
            if not isinstance(values.get(key), str) or not values[key].strip():
                found.append(f"„{section}.{key}“ fehlt.")
        for key in set(values) - set(keys):
            found.append(f"„{section}.{key}“ ist unbekannt.")
    months = data.get("months")
    if not (isinstance(months, list) and len(months) == 12 and all(months)):
        found.append("„months“ braucht zwölf Monatsnamen, ab Januar.")
    given = data.get("terms")
    terms: dict[str, Any] = given if isinstance(given, dict) else {}
    for key in ("count", "more"):
        if key in terms and "{n}" not in str(terms[key]):
            found.append(f"„terms.{key}“ braucht {{n}} für die Zahl.")
    return found


@cache
def load(code: str) -> NoticeLanguage:
    """The language ``code`` (e.g. ``ar``); a clear German message if it is unknown or broken."""
    if code not in CODES:
        offered = ", ".join(f"{known} ({_name_de(known)})" for known in CODES)
        raise UserError(f"Die Sprache „{code}“ gibt es für Aushänge nicht. Möglich: {offered}.")
    path = resource("notice_languages", f"{code}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UserError(
            f"Die Sprachdatei „{path.name}“ lässt sich nicht lesen. "
            f"{describe_os_error(error, path)} "
            "Bitte die Datei aus der Installation wiederherstellen."
        ) from error
    wrong = problems(data)
    if wrong:
        raise UserError(f"Die Sprachdatei „{path.name}“ ist unvollständig: " + " ".join(wrong))
    return NoticeLanguage(
        code=code,
        name=data["name"],
        name_de=data["name_de"],
        rtl=data["direction"] == "rtl",
        reviewed=data["reviewed"],
        terms=dict(data["terms"]),
        weekdays=dict(data["weekdays"]),
        months=tuple(data["months"]),
        fields=dict(data["fields"]),
    )


def _name_de(code: str) -> str:
    try:
        return load(code).name_de
    except UserError:
        return code


def choices() -> list[tuple[str, str]]:
    """(code, "Arabisch – العربية") for every language, for the print dialog and --help."""
    return [(code, f"{load(code).name_de} – {load(code).name}") for code in CODES]
