"""The columns of each table: the record tables' from services, plus the GUI's own.

The record tables' columns (titles, cell texts, sort keys) are defined once in
``services/table_columns.py`` – the CLI's table files use the same; here they get Qt's
translation and the GUI-only "Geändert" column. Titles are German source strings
translated in context "columns" when the header is painted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from helferapp.services.follow_ups import FollowUpRow
from helferapp.services.queries import PersonRow
from helferapp.services.table_columns import TABLE_COLUMNS, TableColumn
from helferapp.ui.models.display import (
    changed_text,
    consent_ok,
    consent_text,
    date_text,
    kind_label,
)
from helferapp.ui.models.table_model import Column
from helferapp.ui.texts import QT_TRANSLATE_NOOP


def _date_key(value: date | None) -> date:
    return value or date.min


def _changed(ms_of: Any) -> Column:
    return Column(
        QT_TRANSLATE_NOOP("columns", "Geändert"),
        lambda row: changed_text(ms_of(row)),
        key=ms_of,
        width=14,
    )


def _column(column: TableColumn) -> Column:
    """A column of the shared definition (services/table_columns.py), translated."""
    return Column(
        column.title,
        lambda row: column.text(row, QCoreApplication.translate),
        key=column.key,
        width=column.width,
        right=column.right,
    )


def _record_columns(kind: str, *extra: Column) -> list[Column]:
    return [_column(column) for column in TABLE_COLUMNS[kind]] + list(extra)


GROUP_COLUMNS = _record_columns("group", _changed(lambda r: r.changed_ms))
PROGRAMME_COLUMNS = _record_columns("programme", _changed(lambda r: r.changed_ms))
ORGANISATION_COLUMNS = _record_columns("organisation", _changed(lambda r: r.changed_ms))


def person_consent(row: PersonRow) -> str:
    return consent_text(
        row.consent_given_on,
        row.consent_withdrawn_on,
        row.consent_internal,
        row.consent_share,
        row.consent_print,
    )


def person_lacks_consent(row: PersonRow) -> bool:
    return not consent_ok(
        row.consent_given_on,
        row.consent_withdrawn_on,
        row.consent_internal,
        row.consent_share,
        row.consent_print,
    )


PERSON_COLUMNS = _record_columns("person", _changed(lambda r: r.changed_ms))
CONTACT_COLUMNS = _record_columns("contact")
REGION_COLUMNS = _record_columns("region_status")

# The Papierkorb and the recent changes hold (key, RecentRow) pairs: rows of every kind,
# so the model's id is "kind:id".
TRASH_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Art"), lambda r: kind_label(r[1].kind_code), width=14),
    Column(QT_TRANSLATE_NOOP("columns", "Bezeichnung"), lambda r: r[1].title, width=40),
    Column(
        QT_TRANSLATE_NOOP("columns", "Gelöscht"),
        lambda r: changed_text(r[1].changed_ms),
        key=lambda r: r[1].changed_ms,
        width=14,
    ),
]

RECENT_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Geändert"),
        lambda r: changed_text(r[1].changed_ms),
        key=lambda r: r[1].changed_ms,
        width=13,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Art"), lambda r: kind_label(r[1].kind_code), width=15),
    Column(QT_TRANSLATE_NOOP("columns", "Bezeichnung"), lambda r: r[1].title, width=34),
]


def _due(row: FollowUpRow) -> str:
    text = date_text(row.follow_up_on)
    if row.overdue:
        return QCoreApplication.translate("columns", "%1 (überfällig)").replace("%1", text)
    return text


# Open Wiedervorlagen: (contact id, FollowUpRow) pairs.
FOLLOW_UP_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Fällig am"),
        lambda r: _due(r[1]),
        key=lambda r: r[1].follow_up_on,
        width=22,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Thema"), lambda r: r[1].subject, width=22),
    Column(QT_TRANSLATE_NOOP("columns", "Stelle"), lambda r: r[1].organisation_name, width=18),
    # Wiedervorlagen of several groups appear side by side (after an import): say whose.
    Column(QT_TRANSLATE_NOOP("columns", "Helferkreis"), lambda r: r[1].group_name, width=18),
    Column(
        QT_TRANSLATE_NOOP("columns", "Kontakt vom"),
        lambda r: date_text(r[1].contact_date),
        key=lambda r: _date_key(r[1].contact_date),
        width=11,
    ),
]

COLUMNS: dict[str, list[Column]] = {
    "group": GROUP_COLUMNS,
    "programme": PROGRAMME_COLUMNS,
    "organisation": ORGANISATION_COLUMNS,
    "person": PERSON_COLUMNS,
    "contact": CONTACT_COLUMNS,
    "region_status": REGION_COLUMNS,
}
