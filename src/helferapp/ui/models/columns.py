"""The columns of each record table: what a volunteer needs to tell records apart.

Titles are German source strings marked for translation (context "columns"); the
model translates them when the header is painted. A column that shows a date sorts by
the date, not by its text.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication

from helferapp.domain.enums import Weekday
from helferapp.services.follow_ups import FollowUpRow
from helferapp.services.queries import ContactRow, PersonRow, ProgrammeRow, sort_key
from helferapp.ui.models.display import (
    changed_text,
    consent_ok,
    consent_text,
    date_text,
    enum_text,
    kind_label,
    phone_text,
    time_text,
)
from helferapp.ui.models.table_model import Column, enum_key
from helferapp.ui.texts import QT_TRANSLATE_NOOP


def _date_key(value: date | None) -> date:
    return value or date.min


def _schedule(row: ProgrammeRow) -> str:
    parts = [enum_text(row.weekday)] if row.weekday else []
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


def _changed(ms_of: Any) -> Column:
    return Column(
        QT_TRANSLATE_NOOP("columns", "Geändert"),
        lambda row: changed_text(ms_of(row)),
        key=ms_of,
        width=14,
    )


GROUP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, width=30),
    Column(QT_TRANSLATE_NOOP("columns", "Gemeinden"), lambda r: r.gemeinden, width=22),
    Column(QT_TRANSLATE_NOOP("columns", "Ortsteil"), lambda r: r.locality, width=14),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda r: enum_text(r.status),
        key=lambda r: enum_key(r.status),
        width=10,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Telefon"), lambda r: phone_text(r.phone), width=16),
    Column(
        QT_TRANSLATE_NOOP("columns", "Geprüft am"),
        lambda r: date_text(r.checked_on),
        key=lambda r: _date_key(r.checked_on),
        width=11,
    ),
    _changed(lambda r: r.changed_ms),
]

PROGRAMME_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Titel"), lambda r: r.title, width=26),
    Column(QT_TRANSLATE_NOOP("columns", "Wer bietet es an"), lambda r: r.provider, width=22),
    Column(
        QT_TRANSLATE_NOOP("columns", "Handlungsfelder"),
        lambda r: ", ".join(enum_text(f) for f in r.fields),
        width=18,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Gemeinde"), lambda r: r.gemeinde, width=14),
    Column(QT_TRANSLATE_NOOP("columns", "Wann"), _schedule, key=_schedule_key, width=18),
    _changed(lambda r: r.changed_ms),
]

ORGANISATION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, width=32),
    Column(
        QT_TRANSLATE_NOOP("columns", "Art"),
        lambda r: enum_text(r.kind),
        key=lambda r: enum_key(r.kind),
        width=22,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Ort"), lambda r: r.city, width=14),
    Column(QT_TRANSLATE_NOOP("columns", "Gemeinde"), lambda r: r.gemeinde, width=14),
    Column(QT_TRANSLATE_NOOP("columns", "Telefon"), lambda r: phone_text(r.phone), width=16),
    Column(QT_TRANSLATE_NOOP("columns", "E-Mail"), lambda r: r.email, width=22),
    _changed(lambda r: r.changed_ms),
]


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


PERSON_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, width=24),
    Column(QT_TRANSLATE_NOOP("columns", "Einwilligung"), person_consent, width=26),
    Column(QT_TRANSLATE_NOOP("columns", "Rolle"), lambda r: r.role, width=18),
    Column(QT_TRANSLATE_NOOP("columns", "Gehört zu"), lambda r: r.belongs_to, width=26),
    Column(QT_TRANSLATE_NOOP("columns", "Telefon"), lambda r: phone_text(r.phone), width=16),
    Column(QT_TRANSLATE_NOOP("columns", "E-Mail"), lambda r: r.email, width=22),
    _changed(lambda r: r.changed_ms),
]


def _follow_up(row: ContactRow) -> str:
    if row.follow_up_on is None:
        return ""
    text = date_text(row.follow_up_on)
    return text + " ✓" if row.done else text


CONTACT_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Datum"),
        lambda r: date_text(r.contact_date),
        key=lambda r: _date_key(r.contact_date),
        width=11,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Thema"), lambda r: r.subject, width=24),
    Column(QT_TRANSLATE_NOOP("columns", "Stelle"), lambda r: r.organisation, width=20),
    Column(QT_TRANSLATE_NOOP("columns", "Helferkreis"), lambda r: r.group, width=18),
    Column(
        QT_TRANSLATE_NOOP("columns", "Wiedervorlage"),
        _follow_up,
        key=lambda r: _date_key(r.follow_up_on),
        width=13,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Weg"),
        lambda r: enum_text(r.channel),
        key=lambda r: enum_key(r.channel),
        width=12,
    ),
]


def _count(value: int) -> str:
    return f"{value:,}".replace(",", ".") if value else ""


REGION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, width=22),
    Column(QT_TRANSLATE_NOOP("columns", "Art"), lambda r: r.kind, width=14),
    Column(QT_TRANSLATE_NOOP("columns", "Gehört zu"), lambda r: r.kreis, width=24),
    Column(
        QT_TRANSLATE_NOOP("columns", "Einwohner"),
        lambda r: _count(r.population),
        key=lambda r: r.population,
        width=10,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Integrationskonzept"),
        lambda r: enum_text(r.concept_status),
        key=lambda r: enum_key(r.concept_status),
        width=19,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "KI"),
        lambda r: enum_text(r.ki_status),
        key=lambda r: enum_key(r.ki_status),
        width=14,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Helferkreise"),
        lambda r: _count(r.groups),
        key=lambda r: r.groups,
        width=10,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Angebote"),
        lambda r: _count(r.programmes),
        key=lambda r: r.programmes,
        width=9,
        right=True,
    ),
]

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
