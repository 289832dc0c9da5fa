"""Stamping every write: the guarantee that no change escapes the merge.

A ``before_flush`` listener looks at every new or changed synced record in the session
and gives each field that changed a fresh clock stamp (one stamp per record and flush).
Because it sits in the ORM, a forgotten stamp is impossible; a session without a clock
refuses to write synced records at all. Merging imported records sets
``session.info[IMPORTING] = True`` and supplies the stamps from the file instead.
Bulk ``insert``/``update``/``delete`` statements on synced tables through a session
bypass the flush, so they are refused too (unless importing).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from helferapp.domain.text_folding import fold
from helferapp.store.models import SyncedRecord

CLOCK = "helferapp.clock"
IMPORTING = "helferapp.importing"


class StampSource(Protocol):
    """Anything that hands out increasing clock stamps (the hybrid logical clock)."""

    def now(self) -> str:
        """Return a stamp later than every one handed out before."""


class UnstampedWriteError(RuntimeError):
    """A synced record was written through a session that has no clock."""


def search_text_of(record: SyncedRecord) -> str:
    """Fold the record's searchable fields into one string for ``LIKE`` matching."""
    return search_text_from(
        {name: getattr(record, name) for name in record.search_fields}, record.search_fields
    )


def search_text_from(values: Mapping[str, Any], search_fields: Iterable[str]) -> str:
    """The search text of a record given as field values (merging builds no objects)."""
    parts: list[str] = []
    for name in search_fields:
        value: Any = values[name]
        if isinstance(value, list):
            parts.extend(str(item) for item in value)
        elif value:
            parts.append(str(value))
            if name == "phone":
                parts.extend(phone_search_forms(str(value)))
    return fold(" ".join(parts))


def phone_search_forms(stored: str) -> list[str]:
    """The stored number's digits as people type them: "+49151…" and "0151…".

    A German number is stored as "+49 " and its national number, so the national form
    is a "0" and the same digits — read off the text instead of parsing the number
    again (libphonenumber was the largest cost of importing a list). Every run of
    digits in "0151 1234567" also occurs in "01511234567", so the form without
    spaces finds whatever the spaced one would.
    """
    compact = stored.replace(" ", "")
    if compact.startswith("+49"):
        return [compact, "0" + compact[3:]]
    return [compact]


def changed_fields(record: SyncedRecord) -> list[str]:
    """Return the synced fields of ``record`` that this flush will write."""
    state = inspect(record)
    if state.pending or state.transient:
        return list(record.synced_fields())
    return [name for name in record.synced_fields() if state.attrs[name].history.has_changes()]


def _stamp_record(record: SyncedRecord, stamp: str, fields: list[str]) -> None:
    stamps = record.field_stamps()
    for name in fields:
        stamps[name] = stamp
    record.set_field_stamps(stamps)


@event.listens_for(Session, "before_flush")
def _stamp_before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    for record in session.deleted:
        if isinstance(record, SyncedRecord):
            raise UnstampedWriteError(
                f"{type(record).__name__} would be removed outright; set the tombstone instead"
            )
    importing = bool(session.info.get(IMPORTING))
    clock: StampSource | None = session.info.get(CLOCK)
    for record in list(session.new) + list(session.dirty):
        if not isinstance(record, SyncedRecord):
            continue
        fields = changed_fields(record)
        if not fields:
            continue
        if not importing:
            if clock is None:
                raise UnstampedWriteError(
                    f"{type(record).__name__} written through a session without a clock"
                )
            _stamp_record(record, clock.now(), fields)
        record.search_text = search_text_of(record)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    if state.session.info.get(IMPORTING):
        return
    table = getattr(state.statement, "table", None)
    synced = {model.__table__ for model in _synced_models()}
    if table is not None and table in synced:
        raise UnstampedWriteError(
            f"bulk write to {table.name} bypasses the clock; change the records instead"
        )


def _synced_models() -> list[type[SyncedRecord]]:
    return [
        mapper.class_
        for mapper in SyncedRecord.registry.mappers
        if issubclass(mapper.class_, SyncedRecord)
    ]
