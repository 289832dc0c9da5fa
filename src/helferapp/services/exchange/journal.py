"""The import journal: every local value an import replaced, and restoring it.

Each value an import overwrites lands in the journal (written by the merge); from here
the front ends list it and put a value back as a new local edit that wins the next
exchange.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import select, update

from helferapp.domain.errors import NotFoundError
from helferapp.domain.validation import display_phone
from helferapp.services.consent_summary import Translate, german
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import ImportJournalEntry
from helferapp.sync.wire import SCHEMA, TABLE_MODELS

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


@dataclass(frozen=True)
class JournalRow:
    """One overwritten value, for the journal view."""

    id: int
    import_id: str
    imported_at: datetime
    source_name: str
    source_label: str
    table_name: str
    record_id: str
    record_title: str
    field: str
    old_value: Any
    new_value: Any
    restored_at: datetime | None


def list_journal(uow: UnitOfWork, import_id: str | None = None) -> list[JournalRow]:
    """Overwritten values, newest import first (optionally of one import only)."""
    entry = ImportJournalEntry
    statement = select(entry).order_by(entry.imported_at.desc(), entry.id)
    if import_id:
        statement = statement.where(entry.import_id == import_id)
    with uow:
        return [
            JournalRow(
                id=row.id,
                import_id=row.import_id,
                imported_at=row.imported_at,
                source_name=row.source_name,
                source_label=row.source_label,
                table_name=row.table_name,
                record_id=row.record_id,
                record_title=row.record_title,
                field=row.field,
                old_value=json.loads(row.old_value),
                new_value=json.loads(row.new_value),
                restored_at=row.restored_at,
            )
            for row in uow.session.scalars(statement)
        ]


def restore_journal_entry(uow: UnitOfWork, entry_id: int) -> None:
    """Put the overwritten value back, as a new local edit that wins the next exchange."""
    with uow:
        entry = uow.session.get(ImportJournalEntry, entry_id)
        if entry is None:
            raise NotFoundError("Dieser Eintrag des Import-Protokolls existiert nicht.")
        model = TABLE_MODELS.get(entry.table_name)
        record = uow.session.get(model, entry.record_id) if model else None
        if record is None:
            raise NotFoundError("Der Eintrag, zu dem dieser Wert gehört, existiert nicht mehr.")
        spec = SCHEMA[entry.table_name][entry.field]
        setattr(record, entry.field, spec.to_python(json.loads(entry.old_value)))
        uow.session.execute(
            update(ImportJournalEntry)
            .where(ImportJournalEntry.id == entry_id)
            .values(restored_at=datetime.now().replace(microsecond=0))
        )
        uow.commit()


def field_enum(table: str, field: str) -> type[Enum] | None:
    """The enum whose codes a journal value of ``table.field`` holds (None if not coded)."""
    spec = SCHEMA.get(table, {}).get(field)
    return spec.enum_type if spec is not None else None


def shown_value(table: str, field: str, value: Any, translate: Translate = german) -> str:
    """A field value from a file or the journal (wire form), the way a person reads it:
    labels for codes, ja/nein, TT.MM.JJJJ, a phone number grouped — never JSON."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("JournalDialog", "ja" if value else "nein")
    enum_type = field_enum(table, field)
    if enum_type is not None:
        codes = value if isinstance(value, list) else [value]
        labels = []
        for code in codes:
            try:
                member = enum_type(code)
            except ValueError:
                labels.append(str(code))
                continue
            labels.append(translate("enums", getattr(member, "label", str(code))))
        return ", ".join(labels)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if field == "phone":
        return display_phone(str(value))
    match = _ISO_DATE.fullmatch(str(value))
    if match:
        year, month, day = match.groups()
        return f"{day}.{month}.{year}"
    return str(value)
