"""The columns of each record table, defined once for the GUI's tables and the CLI's files.

What a volunteer needs to tell records apart: which columns each table has, their
German titles, how a cell reads as text and what a file keeps (a date stays a date, a
count a number, so that a spreadsheet can sort and add them up). The GUI's table models
(``ui/models/columns.py``) wrap these columns and pass Qt's translation; ``helferapp-cli
export-table`` writes them as they are. Qt-free: titles are German source texts,
translated by the GUI in context ``columns``, enum labels in context ``enums``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from typing import Any

from helferapp.domain.enums import LabelledEnum, Weekday
from helferapp.domain.validation import display_phone, format_date
from helferapp.services.consent_summary import Translate, german, person_consent
from helferapp.services.queries.reading import sort_key
from helferapp.services.queries.rows import ProgrammeRow

CONTEXT = "columns"


def label(member: Enum | None, translate: Translate = german) -> str:
    """An enum member's German label (translated in context "enums"); "" for none."""
    if member is None:
        return ""
    text = member.label if isinstance(member, LabelledEnum) else str(member.value)
    return translate("enums", text)


def time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def count_text(value: int) -> str:
    """A count with a thousands dot, blank for none ("1.234", "")."""
    return f"{value:,}".replace(",", ".") if value else ""


def text_of(value: Any, translate: Translate = german) -> str:
    """How a cell's value reads: TT.MM.JJJJ, enum labels, lists joined, ✓ for yes."""
    if value is None or value is False:
        return ""
    if value is True:
        return "✓"
    if isinstance(value, Enum):
        return label(value, translate)
    if isinstance(value, tuple | list):
        return ", ".join(text_of(item, translate) for item in value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return time_text(value)
    return str(value)


def file_value(value: Any) -> Any:
    """What a file keeps: dates, numbers and yes/no as they are, labels as German text."""
    if isinstance(value, Enum | tuple | list | time):
        return text_of(value)
    return value


@dataclass(frozen=True)
class TableColumn:
    """One column of a record table.

    Attributes:
        title: German header (the GUI translates it in context "columns").
        value: the cell's value for a row (a file keeps it, see :func:`file_value`).
        show: how the cell reads, when not simply :func:`text_of` its value.
        key: sort key for a row; ``None``: the text in German dictionary order.
        width: default width in average characters.
        right: align right (numbers).
    """

    title: str
    value: Callable[[Any], Any]
    show: Callable[[Any, Translate], str] | None = None
    key: Callable[[Any], Any] | None = None
    width: int = 18
    right: bool = False

    def text(self, row: Any, translate: Translate = german) -> str:
        """The cell as it reads (translated with ``translate``; German without)."""
        if self.show is not None:
            return self.show(row, translate)
        return text_of(self.value(row), translate)

    def file_value(self, row: Any) -> Any:
        """The cell as a CSV/XLSX file keeps it (German, typed where a value has a type)."""
        return file_value(self.value(row))


def _date_key(value: date | None) -> date:
    return value or date.min


def _enum_key(member: Enum | None) -> str:
    """Enums sort by their label, like the user sees them."""
    return sort_key(getattr(member, "label", "")) if member is not None else ""


def _schedule(row: ProgrammeRow, translate: Translate) -> str:
    parts = [label(row.weekday, translate)] if row.weekday else []
    if row.start_time:
        span = time_text(row.start_time)
        if row.end_time:
            span += "–" + time_text(row.end_time)
        parts.append(span)
    if row.schedule_text:
        parts.append(row.schedule_text)
    return " ".join(parts)


def _schedule_key(row: ProgrammeRow) -> tuple[int, time, str]:
    weekday = list(Weekday).index(row.weekday) if row.weekday else len(Weekday)
    return (weekday, row.start_time or time.min, sort_key(row.schedule_text))


def _dated(title: str, of: Callable[[Any], date | None], width: int = 11) -> TableColumn:
    return TableColumn(title, of, key=lambda row: _date_key(of(row)), width=width)


def _status(title: str, of: Callable[[Any], Enum | None], width: int) -> TableColumn:
    return TableColumn(title, of, key=lambda row: _enum_key(of(row)), width=width)


def _phone(width: int = 16) -> TableColumn:
    return TableColumn("Telefon", lambda r: display_phone(r.phone), width=width)


def _counted(title: str, of: Callable[[Any], int], width: int) -> TableColumn:
    return TableColumn(
        title, of, show=lambda row, _: count_text(of(row)), key=of, width=width, right=True
    )


TABLE_COLUMNS: dict[str, tuple[TableColumn, ...]] = {
    "group": (
        TableColumn("Name", lambda r: r.name, width=30),
        TableColumn("Gemeinden", lambda r: r.gemeinden, width=22),
        TableColumn("Ortsteil", lambda r: r.locality, width=14),
        _status("Status", lambda r: r.status, width=10),
        _phone(),
        TableColumn("E-Mail", lambda r: r.email, width=22),
        _dated("Geprüft am", lambda r: r.checked_on),
    ),
    "programme": (
        TableColumn("Titel", lambda r: r.title, width=26),
        TableColumn("Wer bietet es an", lambda r: r.provider, width=22),
        TableColumn("Handlungsfelder", lambda r: r.fields, width=18),
        TableColumn("Gemeinde", lambda r: r.gemeinde, width=14),
        TableColumn(
            "Wann", lambda r: _schedule(r, german), show=_schedule, key=_schedule_key, width=18
        ),
    ),
    "organisation": (
        TableColumn("Name", lambda r: r.name, width=32),
        _status("Art", lambda r: r.kind, width=22),
        TableColumn("Ort", lambda r: r.city, width=14),
        TableColumn("Gemeinde", lambda r: r.gemeinde, width=14),
        _phone(),
        TableColumn("E-Mail", lambda r: r.email, width=22),
    ),
    "person": (
        TableColumn("Name", lambda r: r.name, width=24),
        TableColumn("Einwilligung", person_consent, show=person_consent, width=26),
        TableColumn("Rolle", lambda r: r.role, width=18),
        TableColumn("Gehört zu", lambda r: r.belongs_to, width=26),
        _phone(),
        TableColumn("E-Mail", lambda r: r.email, width=22),
    ),
    # Wiedervorlage beside the Thema: at 1366 px (the form beside the list) the columns
    # after the fourth are out of sight, and what is due is why the list is opened.
    "contact": (
        _dated("Datum", lambda r: r.contact_date),
        TableColumn("Thema", lambda r: r.subject, width=22),
        _dated("Wiedervorlage", lambda r: r.follow_up_on, width=13),
        TableColumn("Stelle", lambda r: r.organisation, width=20),
        TableColumn("Helferkreis", lambda r: r.group, width=18),
        TableColumn("Erledigt", lambda r: r.done, key=lambda r: r.done, width=8),
        _status("Weg", lambda r: r.channel, width=12),
    ),
    "region_status": (
        TableColumn("Name", lambda r: r.name, width=22),
        TableColumn("Art", lambda r: r.kind, width=14),
        TableColumn("Gehört zu", lambda r: r.kreis, width=24),
        _counted("Einwohner", lambda r: r.population, width=10),
        _status("Integrationskonzept", lambda r: r.concept_status, width=19),
        _status("KI", lambda r: r.ki_status, width=14),
        _counted("Helferkreise", lambda r: r.groups, width=10),
        _counted("Angebote", lambda r: r.programmes, width=9),
    ),
}
"""Each exportable record table's columns by kind code, in the order the GUI shows them."""

TABLE_TITLES: dict[str, str] = {
    "group": "Helferkreise",
    "programme": "Angebote",
    "organisation": "Stellen",
    "person": "Personen",
    "contact": "Kontakte",
    "region_status": "Gebiete",
}
"""The sheet name of each table's file (the GUI page's heading)."""
