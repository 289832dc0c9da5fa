"""Reading a ``.helferapp`` file into the database: open, preview, import, clock skew.

Import reads, checks and merges the whole file in one transaction, and only if that merge
writes anything takes a backup (of the state before, which the open transaction does not
touch) and commits — so a refused file or one with nothing new never pushes a good backup
out of the kept ones. A preview runs the same merge and rolls it back.

A file whose stamps lie more than a day ahead of this laptop's clock is refused unless
the user accepts it (``ClockSkewError``; see ``sync.merge`` for the capping).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from helferapp.domain.errors import UserError, os_reason
from helferapp.services.backups import BackupInfo, create_backup
from helferapp.services.exchange.export import lower_export_marks
from helferapp.services.info import is_demo
from helferapp.services.merge_follow import follow_merges
from helferapp.services.unit_of_work import META_CLOCK, UnitOfWork
from helferapp.store.database import (
    Database,
    translated_errors,
)
from helferapp.sync.clock import MAX_DRIFT_MS, MAX_PHYSICAL, Stamp, wall_clock_ms
from helferapp.sync.envelope import is_envelope
from helferapp.sync.exchange_file import (
    ExchangeFile,
    ExchangeFileError,
    Manifest,
)
from helferapp.sync.merge import merge_file
from helferapp.sync.merge_report import (
    JournalContext,
    MergeReport,
)

MAX_FILE_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    """What an import (or its preview) found and did."""

    manifest: Manifest
    report: MergeReport
    import_id: str = ""
    backup: BackupInfo | None = None
    followed_merges: int = 0
    # Set when the file claims a time more than a day ahead of this laptop's clock.
    clock_warning: str = ""


class ClockSkewError(UserError):
    """The file's stamps lie too far ahead of this laptop's clock; nothing was changed."""


def needs_password(path: Path) -> bool:
    """Whether ``path`` is a password-protected exchange file (so the user is asked first)."""
    try:
        with path.open("rb") as handle:
            return is_envelope(handle.read(16))
    except FileNotFoundError:
        raise UserError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError:
        raise UserError(
            f"Die Datei „{path.name}“ lässt sich nicht lesen. Bitte prüfen Sie, ob sie noch "
            "da ist und ob Sie sie öffnen dürfen."
        ) from None


def open_exchange(path: Path, password: str | None = None) -> ExchangeFile:
    """Read and check the file's container and manifest (the records come later)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(f"Die Datei „{path.name}“ ist zu groß für eine Austauschdatei.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError as error:
        raise UserError(
            f"Die Datei „{path.name}“ lässt sich nicht lesen ({os_reason(error)})."
        ) from error
    return ExchangeFile(data, password)


def _date_of(physical_ms: int) -> str:
    return datetime.fromtimestamp(physical_ms / 1000, UTC).strftime("%d.%m.%Y")


def clock_warning(report: MergeReport, wall_ms: int | None = None) -> str:
    """The German warning for a file that claims a time far ahead of this laptop ("" if
    it does not)."""
    if not report.future_stamp:
        return ""
    claimed = _date_of(Stamp.parse(report.future_stamp).physical)
    today = _date_of(wall_clock_ms() if wall_ms is None else wall_ms)
    return (
        f"Die Datei enthält Änderungen vom {claimed}, die Uhr dieses Laptops zeigt aber den "
        f"{today}. Eine der beiden Uhren geht falsch – beim Absender oder hier. Bitte Datum "
        "und Uhrzeit beider Laptops prüfen. Wer die Datei trotzdem einliest, übernimmt ihre "
        f"Werte so, als wären sie jetzt geschrieben worden ({report.capped} Zeitstempel "
        "werden auf heute gesetzt)."
    )


def skew_refusal(warning: str) -> ClockSkewError:
    return ClockSkewError(
        f"{warning} Die Datei wurde nicht eingelesen, es wurde nichts verändert; zum "
        "Einlesen muss die Abweichung ausdrücklich bestätigt werden."
    )


def preview_import(database: Database, path: Path, password: str | None = None) -> ImportResult:
    """What importing ``path`` would do — computed by a merge that is rolled back."""
    exchange = open_exchange(path, password)
    uow = UnitOfWork(database)
    with uow, translated_errors(database.path.parent):
        report = merge_file(uow.session.connection(), exchange, clock=uow.clock)
        warning = clock_warning(report, uow.clock.wall())
        follow_merges(uow.session)  # refuses what the import would refuse there
        uow.rollback()
    return ImportResult(exchange.manifest, report, clock_warning=warning)


def commit_import(
    database: Database, uow: UnitOfWork, writes: bool, reason: str
) -> BackupInfo | None:
    """Commit a merged import — if it writes anything, and only after a backup.

    The backup copies the database through a connection of its own, which sees the
    state before this transaction (write-ahead log): the backup is of the state before
    the import, taken only once the file was read and checked in full.
    """
    if not writes:
        return None
    try:
        with translated_errors(database.path.parent):
            uow.session.flush()  # the references followed: written before the backup
    except IntegrityError as error:
        raise _mismatched() from error
    backup = create_backup(database, reason)
    try:
        uow.commit()
    except IntegrityError as error:  # foreign keys are checked at the commit (deferred)
        raise _mismatched() from error
    return backup


def _mismatched() -> ExchangeFileError:
    return ExchangeFileError(
        "Die Datei enthält Verweise, die nicht zueinander passen. Es wurde nichts "
        "verändert. Bitte beim Absender eine neue Datei anfordern."
    )


def clock_ahead_warning(database: Database) -> str:
    """A German warning if this database's clock lies far ahead of the laptop's clock
    ("" if not): then the laptop's own clock runs behind (or once ran far ahead), and
    its edits lose against what it already holds. Told at start."""
    last = database.meta(META_CLOCK)
    wall = wall_clock_ms()
    physical = int(last[:15]) if len(last) > 22 and last[:15].isdigit() else 0
    if physical - wall <= MAX_DRIFT_MS:
        return ""
    stored = _date_of(min(physical, MAX_PHYSICAL))
    return (
        f"Die neuesten Daten in dieser Datenbank tragen das Datum {stored}, die Uhr dieses "
        f"Laptops zeigt aber den {_date_of(wall)}. Bitte Datum und Uhrzeit des Laptops "
        "prüfen (Einstellungen des Betriebssystems). Solange die Uhr nachgeht, gelten neue "
        "Änderungen hier als älter als die vorhandenen und setzen sich beim Austausch "
        "nicht durch."
    )


class DemoDataError(UserError):
    """A file written from a demo database was to go into a real one, unasked."""


def check_demo_mark(database: Database, manifest: Manifest, allow_demo: bool = False) -> None:
    """Refuse example data for a real database unless the user said yes to it.

    A file written from a demo database carries a demo mark (docs/FORMAT.md); invented
    groups and persons in a real database would travel on to every partner.
    """
    if manifest.demo and not allow_demo and not is_demo(database):
        raise DemoDataError(
            "Diese Datei enthält Beispieldaten (erfundene Einträge zum Ausprobieren). In "
            "eine echte Datenbank werden sie nur auf ausdrücklichen Wunsch eingelesen. Es "
            "wurde nichts verändert."
        )


def import_file(
    database: Database,
    path: Path,
    password: str | None = None,
    *,
    accept_clock_skew: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
    allow_demo: bool = False,
) -> ImportResult:
    """Merge ``path`` into the database: all or nothing, a backup before any write.

    A file whose stamps lie more than a day ahead of this laptop's clock is refused
    (``ClockSkewError``) unless ``accept_clock_skew``; a file with the demo mark is
    refused for a real database unless ``allow_demo``.
    """
    exchange = open_exchange(path, password)
    check_demo_mark(database, exchange.manifest, allow_demo)
    import_id = str(uuid.uuid4())
    journal = JournalContext(
        import_id=import_id,
        imported_at=datetime.now().replace(microsecond=0),
        source_name=path.name,
        source_label=exchange.manifest.installation_label,
    )
    uow = UnitOfWork(database)
    with uow:
        with translated_errors(database.path.parent):
            report = merge_file(
                uow.session.connection(),
                exchange,
                clock=uow.clock,
                journal=journal,
                cancelled=cancelled,
                progress=progress,
            )
            warning = clock_warning(report, uow.clock.wall())
            if warning and not accept_clock_skew:
                raise skew_refusal(warning)
            lower_export_marks(uow.session.connection(), report.oldest_change)
            # Records that arrived merged into another: local references follow them, as
            # stamped local edits (services/merge_follow.py), so every laptop converges.
            followed = follow_merges(uow.session)
        backup = commit_import(database, uow, bool(report.written or followed), "vor-import")
    return ImportResult(exchange.manifest, report, import_id, backup, followed, warning)
