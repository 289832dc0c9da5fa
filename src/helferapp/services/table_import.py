"""Importing an Excel or CSV list as new records: check every row, then all in one go.

The flow is the wizard's: read the file (``table_files``), map columns to fields
(``column_mapping``), ``check_rows`` for the preview (per-cell errors, Gemeinde names
that need a choice), then ``import_table``. A bad row never stops the others: it is
skipped with its reasons, or — if the user chose so — imported without the bad values
and with a note that says what was left out. The import is one transaction with a backup
before it; "Abbrechen" leaves the database as it was. Imported persons get no consent:
it has to be recorded, as for a person typed in by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from helferapp.domain.errors import UserError
from helferapp.domain.ids import new_id
from helferapp.reports.csv_dialect import csv_text
from helferapp.services.backups import BackupInfo, create_backup
from helferapp.services.column_mapping import TARGETS
from helferapp.services.records import EntitySpec
from helferapp.services.table_files import Table
from helferapp.services.table_rows import (
    BadRows,
    CellError,
    ImportPlan,
    RowCheck,
    RowReader,
    spec_for,
)
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.store.models import SyncedRecord
from helferapp.sync.merge_report import ImportCancelled

__all__ = [
    "BadRows",
    "CellError",
    "ImportCancelled",
    "ImportPlan",
    "ImportSummary",
    "Preview",
    "RowCheck",
    "RowOutcome",
    "check_rows",
    "import_table",
    "require_mapping",
    "spec_for",
    "summary_csv",
]

CHUNK = 250


@dataclass
class Preview:
    """The checked rows and the Gemeinde names that need the user's choice."""

    rows: list[RowCheck]
    ambiguous: dict[str, list[tuple[str, str]]]

    @property
    def bad(self) -> int:
        return sum(1 for row in self.rows if row.errors)


@dataclass(frozen=True)
class RowOutcome:
    row_number: int
    title: str
    status: str  # "importiert", "mit Hinweis", "übersprungen"
    reasons: tuple[str, ...] = ()


@dataclass
class ImportSummary:
    """What an import did, row by row (for the summary page and its CSV)."""

    target: str
    source: str
    outcomes: list[RowOutcome] = field(default_factory=list)
    backup: BackupInfo | None = None

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def imported(self) -> int:
        return self.count(IMPORTED) + self.count(WITH_NOTE)

    @property
    def skipped(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == SKIPPED]


IMPORTED, WITH_NOTE, SKIPPED = "importiert", "mit Hinweis", "übersprungen"


def check_rows(
    uow: UnitOfWork, table: Table, plan: ImportPlan, limit: int | None = None
) -> Preview:
    """Read and check the first ``limit`` rows (all with None) without writing anything."""
    with uow:
        reader = RowReader(uow, table, plan)
        count = len(table.rows) if limit is None else min(limit, len(table.rows))
        rows = [reader.check(index) for index in range(count)]
        for index in range(count, len(table.rows)):
            reader.scan_gemeinden(index)  # every name to ask about, not only the first rows
        return Preview(rows, reader.ambiguous)


def _new_model(spec: EntitySpec[Any], data: Any) -> SyncedRecord:
    model = spec.model(id=new_id(), deleted=False, purged=False)
    for item in dataclasses.fields(data):
        value = getattr(data, item.name)
        if isinstance(value, tuple):
            value = [part.value if isinstance(part, Enum) else part for part in value]
        setattr(model, item.name, value)
    return model


def import_table(
    database: Database,
    table: Table,
    plan: ImportPlan,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
    backup: bool = True,
) -> ImportSummary:
    """Import every row that passes (see the module docstring); one transaction."""
    summary = ImportSummary(plan.target, table.name)
    if backup:
        summary.backup = create_backup(database, "vor-tabellenimport")
    uow = UnitOfWork(database)
    total = len(table.rows)
    with uow:
        reader = RowReader(uow, table, plan)
        for index in range(total):
            if index % CHUNK == 0:
                if cancelled():
                    raise ImportCancelled()
                uow.session.flush()
                progress(index, total)
            checked = reader.check(index)
            if checked.errors:
                reasons = tuple(_reason(table, error) for error in checked.errors)
                summary.outcomes.append(
                    RowOutcome(checked.row_number, checked.title, SKIPPED, reasons)
                )
                continue
            uow.session.add(_new_model(reader.spec, checked.data))
            status = WITH_NOTE if checked.noted else IMPORTED
            summary.outcomes.append(RowOutcome(checked.row_number, checked.title, status))
        progress(total, total)
        if cancelled():
            raise ImportCancelled()
        uow.commit()
    return summary


def _reason(table: Table, error: CellError) -> str:
    where = f"Spalte „{table.headers[error.column]}“: " if error.column is not None else ""
    return where + error.message


def summary_csv(summary: ImportSummary) -> str:
    """The summary as CSV for Excel, one line per row of the list (write it as utf-8-sig).

    Through ``reports.table_files.csv_text`` like every CSV the app writes: a name such
    as ``=HYPERLINK(…)`` from the imported list must not become a live formula here.
    """
    return csv_text(
        ["Zeile", "Ergebnis", "Name", "Gründe"],
        (
            [outcome.row_number, outcome.status, outcome.title, " | ".join(outcome.reasons)]
            for outcome in summary.outcomes
        ),
    )


def require_mapping(plan: ImportPlan) -> None:
    """Refuse a plan that cannot produce a single record (no name/title/subject column)."""
    target = TARGETS.get(plan.target)
    if target is None:
        raise UserError(f"Unbekanntes Ziel „{plan.target}“.")
    keys = set(plan.mapping.values()) | set(plan.defaults)
    needed = {
        "group": {"name"},
        "organisation": {"name"},
        "programme": {"title"},
        "person": {"name", "first_name", "last_name"},
        "contact": {"subject"},
    }[target.code]
    if not keys & needed:
        labels = " oder ".join(sorted(target.field(key).label for key in needed))
        raise UserError(f"Bitte eine Spalte als „{labels}“ zuordnen – ohne sie geht es nicht.")
