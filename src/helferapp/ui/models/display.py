"""How values look in tables and lists: German dates, translated enum labels, consent.

Kept apart from the models so that every table, list and dialog words a value the same
way (a date is always TT.MM.JJJJ, a withdrawn consent always says "widerrufen").
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from helferapp.domain import labels
from helferapp.domain.enums import LabelledEnum
from helferapp.domain.validation import display_phone, format_date
from helferapp.services import consent_summary
from helferapp.services.entities import KIND_TABLES

__all__ = [
    "changed_text",
    "consent_ok",
    "consent_text",
    "date_text",
    "enum_text",
    "kind_label",
    "phone_text",
    "time_text",
    "warning_colour",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("display", text)


def enum_text(member: Enum | None) -> str:
    """The translated German label of an enum member ("" for none)."""
    if member is None:
        return ""
    label = member.label if isinstance(member, LabelledEnum) else str(member.value)
    return QCoreApplication.translate("enums", label)


def date_text(value: date | None) -> str:
    """TT.MM.JJJJ, or "" for no date."""
    return format_date(value)


def time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def phone_text(value: str) -> str:
    """A stored +49 number as Germans write it."""
    return display_phone(value)


def changed_text(ms: int) -> str:
    """When a record was last changed: "heute 14:05", "gestern 09:12" or a date."""
    if not ms:
        return ""
    moment = datetime.fromtimestamp(ms / 1000)
    days = (date.today() - moment.date()).days
    clock = moment.strftime("%H:%M")
    if days == 0:
        return _tr("heute %1").replace("%1", clock)
    if days == 1:
        return _tr("gestern %1").replace("%1", clock)
    return format_date(moment.date())


def kind_label(kind_code: str) -> str:
    """German name of a kind of record, e.g. "Angebot"."""
    table = KIND_TABLES.get(kind_code)
    if table is None:
        return kind_code
    return QCoreApplication.translate("labels", labels.kind_label(table))


def consent_ok(given_on: date | None, withdrawn_on: date | None, *scopes: bool) -> bool:
    """True when a consent is given, not withdrawn and covers at least one use."""
    return consent_summary.consent_ok(given_on, withdrawn_on, *scopes)


def consent_text(
    given_on: date | None,
    withdrawn_on: date | None,
    internal: bool,
    share: bool,
    print_: bool,
) -> str:
    """The consent at a glance (worded in services/consent_summary.py), translated."""
    return consent_summary.consent_summary(
        given_on, withdrawn_on, internal, share, print_, QCoreApplication.translate
    )


def warning_colour(palette: QPalette) -> QColor:
    """A red readable at 4.5:1 on table rows and the window, light, dark or high contrast."""
    from helferapp.ui.accessibility import contrast

    return contrast.warning_red(palette)
