"""The Landkreis round trip: collect everyone's files, merge them, hand the result back.

This is the KI office's (or the Landkreis network's) job. Doing it file by file through
Importieren and then Exportieren is ten dialogs and easy to get wrong; here it is one
step: the files (chosen one by one or as a whole folder) are previewed *together* — one
merge of all of them, rolled back, so the user sees the combined effect before anything
is written — then merged (a backup first, one transaction and journal per file, like
every import), and the merged picture is exported for a Landkreis (or, as "everything",
for a Regierungsbezirk) in the same step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from helferapp.domain.errors import UserError
from helferapp.services.backups import BackupInfo, create_backup
from helferapp.services.exchange import (
    EXTENSION,
    ConsentMode,
    ExportResult,
    ExportScope,
    check_demo_mark,
    clock_warning,
    export_file,
    lower_export_marks,
    open_exchange,
    skew_refusal,
)
from helferapp.services.exchange_folder_own import now
from helferapp.services.merge_follow import follow_merges
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync.merge import merge_file
from helferapp.sync.merge_report import JournalContext, MergeReport, TableChanges


@dataclass(frozen=True)
class FileResult:
    """One collected file: who sent it and what it does (or why it cannot be read)."""

    path: Path
    label: str = ""
    records: int = 0
    touched: int = 0
    overwrites: int = 0
    error: str = ""


@dataclass
class CombinedResult:
    """The combined preview (or the real merge) of several files."""

    files: list[FileResult] = field(default_factory=list)
    tables: dict[str, TableChanges] = field(default_factory=dict)
    overwrites: int = 0
    backup: BackupInfo | None = None
    export: ExportResult | None = None

    @property
    def readable(self) -> list[Path]:
        return [item.path for item in self.files if not item.error]

    def add(self, report: MergeReport) -> None:
        for table, changes in report.tables.items():
            total = self.tables.setdefault(table, TableChanges())
            for kind in ("new", "changed", "deleted", "restored", "unchanged", "tombstones"):
                setattr(total, kind, getattr(total, kind) + getattr(changes, kind))
            for kind, titles in changes.titles.items():
                total.titles.setdefault(kind, []).extend(titles)
        self.overwrites += len(report.overwrites)


def collect_files(chosen: Sequence[Path]) -> list[Path]:
    """The ``.helferapp`` files among ``chosen`` (a folder stands for the files in it)."""
    found: list[Path] = []
    for path in chosen:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.suffix.lower() == EXTENSION and p.is_file())
            )
        elif path.is_file():
            found.append(path)
    unique = list(dict.fromkeys(path.resolve() for path in found))
    if not unique:
        raise UserError(
            "Unter den gewählten Dateien und Ordnern ist keine HelferApp-Austauschdatei "
            "(Endung .helferapp). Bitte die Dateien der Helferkreise wählen."
        )
    return unique


def preview_combined(
    database: Database,
    paths: Sequence[Path],
    password: str | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> CombinedResult:
    """What merging all ``paths`` would do together; nothing is written."""
    result = CombinedResult()
    uow = UnitOfWork(database)
    with uow:
        for number, path in enumerate(paths):
            progress(number, len(paths))
            try:
                exchange = open_exchange(path, password)
                connection = uow.session.connection()
                with connection.begin_nested():
                    report = merge_file(connection, exchange, clock=uow.clock)
            except UserError as error:
                result.files.append(FileResult(path, error=error.message))
                continue
            manifest = exchange.manifest
            result.add(report)
            result.files.append(
                FileResult(
                    path,
                    manifest.installation_label,
                    manifest.record_count,
                    report.touched,
                    len(report.overwrites),
                )
            )
        uow.rollback()
    return result


def merge_and_hand_back(
    database: Database,
    paths: Sequence[Path],
    target: Path | None,
    scope: ExportScope,
    password: str | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> CombinedResult:
    """Merge every readable file (a backup before the first that writes anything), then
    export the merged result."""
    result = CombinedResult()
    for number, path in enumerate(paths):
        progress(number, len(paths))
        try:
            exchange = open_exchange(path, password)
            check_demo_mark(database, exchange.manifest)
            label = exchange.manifest.installation_label
            journal = JournalContext(str(uuid.uuid4()), now(), path.name, label)
            uow = UnitOfWork(database)
            with uow:
                connection = uow.session.connection()
                report = merge_file(connection, exchange, clock=uow.clock, journal=journal)
                warning = clock_warning(report, uow.clock.wall())
                if warning:
                    raise skew_refusal(warning)
                lower_export_marks(connection, report.oldest_change)
                followed = follow_merges(uow.session)
                if report.written or followed:
                    if result.backup is None:
                        result.backup = create_backup(database, "vor-zusammenfuehren")
                    uow.commit()
        except UserError as error:
            result.files.append(FileResult(path, error=error.message))
            continue
        result.add(report)
        result.files.append(
            FileResult(
                path,
                exchange.manifest.installation_label,
                exchange.manifest.record_count,
                report.touched,
                len(report.overwrites),
            )
        )
    progress(len(paths), len(paths))
    if target is not None:
        result.export = export_file(database, target, scope, ConsentMode.SHARED, password)
    return result
