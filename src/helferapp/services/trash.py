"""The Papierkorb: deleted records of every kind, to restore or to wipe for good.

Deleting only sets a tombstone (see ``services.records``), so the Papierkorb is simply
every record with ``deleted`` set and not yet purged. "Papierkorb leeren" purges them:
their values are wiped, the tombstone stays so that the deletion still travels with the
next exchange file.
"""

from __future__ import annotations

from typing import Any

from helferapp.services import records
from helferapp.services.entities import ALL_SPECS, SPECS
from helferapp.services.queries import RecentRow, titled_rows
from helferapp.services.records import Record
from helferapp.services.unit_of_work import UnitOfWork

TrashRow = RecentRow
"""A deleted record: kind code, id, title and when it was deleted (ms)."""


def deleted_rows(uow: UnitOfWork) -> list[TrashRow]:
    """Every record in the Papierkorb, most recently deleted first."""
    with uow:
        rows = [
            row
            for spec in ALL_SPECS
            for row in titled_rows(
                uow, spec.model, spec.model.deleted.is_(True), spec.model.purged.is_(False)
            )
        ]
    rows.sort(key=lambda row: row.changed_ms, reverse=True)
    return rows


def restore(uow: UnitOfWork, kind_code: str, record_id: str) -> Record[Any]:
    """Take one record out of the Papierkorb."""
    return records.restore(uow, SPECS[kind_code], record_id)


def purge_all(uow: UnitOfWork) -> int:
    """Empty the Papierkorb: wipe every deleted record; return how many were wiped."""
    rows = deleted_rows(uow)
    for row in rows:
        records.purge(uow, SPECS[row.kind_code], row.id)
    return len(rows)
