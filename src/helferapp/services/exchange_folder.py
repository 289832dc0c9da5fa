"""One exchange round through a shared folder (Austauschordner), no server needed.

Many networks already share a folder — Nextcloud, Syncthing, a network drive at the
Landratsamt, a USB stick that goes round. Each installation keeps one file of its own
there (``<label>-<installation id>.helferapp``) and reads everybody else's. Because the
merge is a join, reading every file in any order, again and again, is safe; so a round
simply merges every file not merged before and then rewrites the own file.

Why the details:
- *Skip by SHA-256*: a round in which nothing changed must cost almost nothing (files are
  hashed, not merged), and the own file is only rewritten when the data changed since it
  was last written (``_fingerprint``; the file's bytes are deterministic, too).
- *Half-written files*: a sync tool may still be copying. A file that cannot be opened is
  first put on a retry list; only when the same bytes fail again on a later look, a
  while later, is it reported as unreadable — never on first sight.
- *Conflict copies* ("… (conflicted copy …)", "….sync-conflict-…") are merged like any
  other file: merging is idempotent, so nothing can be lost or doubled.
- *Safety*: one backup in a round, taken when the first file has been merged and is
  about to be written (of the state before it: the round's transaction is not yet
  committed), never for a round that refuses everything or finds nothing new; each
  file is merged in a transaction of its own, nested in the round's (a SAVEPOINT): a
  file that fails leaves nothing behind, the others stay.
- *A wrong clock*: a file whose stamps lie more than a day ahead of this laptop's clock
  is not merged automatically (``needs_review``, with the date it claims): only the
  import preview can take it, once the user has accepted the difference.
- *Commits*: the round commits after about ``COMMIT_EVERY`` records and at its end —
  committing after each of 96 files wrote the same index pages 96 times over and took
  a third of a full round.
- *Automatic or with preview*: with ``review_conflicts`` a file that would overwrite a
  local edit not yet written to the folder is left for the GUI's import preview
  (``needs_review``); everything else is merged automatically (and journaled).

What a round reports, file by file, is ``services.exchange_folder_report`` (re-exported
here).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from helferapp.domain.errors import UserError, os_reason
from helferapp.services import exchange_folder_state as store
from helferapp.services.backups import BackupInfo, create_backup
from helferapp.services.exchange import (
    EXTENSION,
    check_demo_mark,
    clock_warning,
    lower_export_marks,
)
from helferapp.services.exchange_folder_files import Snapshot, read_files, snapshot_of
from helferapp.services.exchange_folder_own import (
    check_folder,
    now,
    own_file_name,
    sha256,
    write_own_file,
)
from helferapp.services.exchange_folder_report import FileOutcome as FileOutcome
from helferapp.services.exchange_folder_report import FileStatus as FileStatus
from helferapp.services.exchange_folder_report import RoundReport as RoundReport
from helferapp.services.exchange_folder_report import is_conflict_copy as is_conflict_copy
from helferapp.services.merge_follow import follow_merges
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import (
    META_INSTALLATION_ID,
    META_INSTALLATION_LABEL,
    Database,
    translated_errors,
)
from helferapp.sync.envelope import DamagedFileError, TamperedFileError
from helferapp.sync.exchange_file import ExchangeFile, ExchangeFileError, NewerFormatError
from helferapp.sync.merge import known_regions, merge_file
from helferapp.sync.merge_report import JournalContext, MergeReport
from helferapp.sync.merge_rows import PreparedFile
from helferapp.sync.read_ahead import ReadAhead

# A file that failed to open is reported only after it failed with the same bytes on a
# later look at least this long after the first (a sync tool copying a big file).
SETTLE = timedelta(seconds=20)
# Merged records after which a round commits what it has (and at its end in any case).
COMMIT_EVERY = 10_000
# Files to open of at least this many bytes in all are read ahead in a second process
# (starting it costs about half a second).
READ_AHEAD_FROM_BYTES = 2 * 1024 * 1024


def unsent_conflicts(report: MergeReport, installation_id: str, sent_mark: str) -> int:
    """How many overwritten values were local edits made after the own file was written."""
    return sum(
        1
        for item in report.overwrites
        if item.old_stamp.endswith(installation_id) and item.old_stamp > sent_mark
    )


@dataclass
class _Round:
    """The state one round works with (kept apart so the steps stay small)."""

    database: Database
    folder: Path
    password: str | None
    review_conflicts: bool
    state: dict[str, Any]
    installation: str
    now: datetime
    settle: timedelta = SETTLE
    backup: BackupInfo | None = None
    outcomes: list[FileOutcome] = field(default_factory=list)
    uow: UnitOfWork | None = None  # the round's transaction, open while files are merged
    ahead: ReadAhead | None = None  # the next files, read in a second process
    regions: set[str] | None = None  # the known AGS, read once a round
    uncommitted: int = 0  # records merged since the last commit


def run_round(
    database: Database,
    folder: Path,
    password: str | None = None,
    *,
    review_conflicts: bool = False,
    write_own: bool = True,
    settle: timedelta = SETTLE,
    cancelled: Callable[[], bool] = lambda: False,
) -> RoundReport:
    """Merge every other file in ``folder`` not merged before, then write the own file."""
    check_folder(folder)
    installation = database.meta(META_INSTALLATION_ID)
    state = store.load_state(UnitOfWork(database))
    work = _Round(database, folder, password, review_conflicts, state, installation, now(), settle)
    own_name = own_file_name(database.meta(META_INSTALLATION_LABEL), installation)
    names = sorted(
        entry.name
        for entry in os.scandir(folder)
        if entry.name.lower().endswith(EXTENSION)
        and not entry.name.startswith(".")
        and entry.name != own_name
        and entry.is_file()
    )
    snapshots = read_files(folder, names)
    work.uow = UnitOfWork(database)
    with work.uow, ReadAhead(_to_read_ahead(state, snapshots), password) as ahead:
        work.ahead = ahead
        for name in names:
            if cancelled():
                break
            work.outcomes.append(_handle_file(work, folder / name, snapshots.get(name)))
            if work.uncommitted >= COMMIT_EVERY:
                work.uow.commit()
                work.uncommitted = 0
        if work.uncommitted:
            work.uow.commit()
    work.uow = work.ahead = None
    present = set(names)
    for part in ("files", "pending", "unreadable"):
        state[part] = {name: entry for name, entry in state[part].items() if name in present}
    state["last_round"] = work.now.isoformat()
    store.save_state(UnitOfWork(database), state)
    own_path, written = folder / own_name, False
    if write_own:
        own_path, written = write_own_file(database, folder, password)
    return RoundReport(folder, own_path, written, work.outcomes, work.backup)


def _to_read_ahead(
    state: dict[str, Any], snapshots: dict[str, Snapshot | OSError]
) -> list[tuple[str, bytes]]:
    """The files the round will open, in order — if they are worth a second process."""
    chosen: list[tuple[str, bytes]] = []
    digests: set[str] = set()
    for name, snapshot in snapshots.items():
        if (
            isinstance(snapshot, Snapshot)
            and snapshot.still
            and snapshot.data
            and snapshot.digest not in digests
            and _known(state, name, snapshot.digest) is None
        ):
            digests.add(snapshot.digest)
            chosen.append((name, snapshot.data))
    worth_it = sum(len(data) for _name, data in chosen) >= READ_AHEAD_FROM_BYTES
    return chosen if worth_it else []


def _known(state: dict[str, Any], name: str, digest: str) -> dict[str, Any] | None:
    """The bookkeeping of a file merged before with these bytes, under any name."""
    return next(
        (
            entry
            for entry in (state["files"].get(name), *state["files"].values())
            if isinstance(entry, dict) and entry.get("sha256") == digest
        ),
        None,
    )


def _handle_file(work: _Round, path: Path, snapshot: Snapshot | OSError | None) -> FileOutcome:
    state, name = work.state, path.name
    conflict = is_conflict_copy(name)
    if snapshot is None:
        snapshot = snapshot_of(path)
    if isinstance(snapshot, OSError):
        reason = f"nicht lesbar ({os_reason(snapshot)}); neuer Versuch folgt"
        return _pending(work, name, "", reason)
    data, digest = snapshot.data, snapshot.digest
    known = _known(state, name, digest)
    if known is not None:  # merged before, under this name or another (an identical copy)
        state["files"][name] = known
        state["pending"].pop(name, None)
        state["unreadable"].pop(name, None)
        return FileOutcome(
            name,
            FileStatus.UNCHANGED,
            digest,
            str(known.get("label", "")),
            str(known.get("installation_id", "")),
            conflict_copy=conflict,
        )
    if not snapshot.still or not data:
        return _pending(work, name, digest, "wird gerade geschrieben; neuer Versuch folgt")
    exchange: ExchangeFile | PreparedFile | None = work.ahead.take(name) if work.ahead else None
    if exchange is None:
        try:
            exchange = ExchangeFile(data, work.password)
        except UserError as error:
            return _failed(work, name, digest, error)
    manifest = exchange.manifest
    seen = {
        "label": manifest.installation_label,
        "installation_id": manifest.installation_id,
        "reads": sorted(manifest.readable_majors),
    }
    try:
        outcome = _merge(work, path, exchange, digest, conflict)
    except UserError as error:
        return _failed(work, name, digest, error)
    if outcome.status is FileStatus.MERGED:
        state["files"][name] = {"sha256": digest, **seen, "merged_at": work.now.isoformat()}
        state["pending"].pop(name, None)
        state["unreadable"].pop(name, None)
    written = datetime.fromtimestamp(snapshot.mtime).replace(microsecond=0).isoformat()
    if manifest.installation_id != work.installation:
        previous = state["installations"].get(manifest.installation_id) or {}
        state["installations"][manifest.installation_id] = {
            "label": manifest.installation_label or previous.get("label", ""),
            "file": name if not conflict else previous.get("file", name),
            "written_at": max(written, str(previous.get("written_at") or "")),
            "merged_at": work.now.isoformat()
            if outcome.status is FileStatus.MERGED
            else previous.get("merged_at"),
            "own": False,
        }
    return outcome


def _merge(
    work: _Round, path: Path, exchange: ExchangeFile | PreparedFile, digest: str, conflict: bool
) -> FileOutcome:
    """Merge one opened file in its own transaction (backup first, once per round)."""
    manifest = exchange.manifest
    check_demo_mark(work.database, manifest)
    journal = JournalContext(
        import_id=str(uuid.uuid4()),
        imported_at=work.now,
        source_name=path.name,
        source_label=manifest.installation_label,
    )
    uow = work.uow
    assert uow is not None, "files are merged inside the round's transaction"
    folder = work.database.path.parent
    with uow, translated_errors(folder), uow.session.begin_nested() as file_transaction:
        connection = uow.session.connection()
        if work.regions is None:
            work.regions = known_regions(connection)
        report = merge_file(
            connection, exchange, clock=uow.clock, journal=journal, regions=work.regions
        )
        sent = str(work.state["own"].get("sent", ""))
        conflicts = unsent_conflicts(report, work.installation, sent)
        warning = clock_warning(report, uow.clock.wall())
        if warning:
            file_transaction.rollback()
            return FileOutcome(
                path.name,
                FileStatus.NEEDS_REVIEW,
                digest,
                manifest.installation_label,
                manifest.installation_id,
                f"{warning} Bitte über Datei → Importieren … mit Vorschau einlesen.",
                report.touched,
                len(report.overwrites),
                conflict,
            )
        if work.review_conflicts and conflicts:
            file_transaction.rollback()
            return FileOutcome(
                path.name,
                FileStatus.NEEDS_REVIEW,
                digest,
                manifest.installation_label,
                manifest.installation_id,
                f"würde {conflicts} eigene, noch nicht ausgetauschte Änderungen überschreiben",
                report.touched,
                len(report.overwrites),
                conflict,
            )
        lower_export_marks(connection, report.oldest_change)
        followed = follow_merges(uow.session)
        if (report.written or followed) and work.backup is None:
            uow.session.flush()
            work.backup = create_backup(work.database, "vor-austausch")
    work.uncommitted += exchange.manifest.record_count
    return FileOutcome(
        path.name,
        FileStatus.MERGED,
        digest,
        manifest.installation_label,
        manifest.installation_id,
        touched=report.touched,
        overwrites=len(report.overwrites),
        conflict_copy=conflict,
    )


def _pending(work: _Round, name: str, digest: str, reason: str) -> FileOutcome:
    work.state["unreadable"].pop(name, None)
    entry = work.state["pending"].get(name)
    if not isinstance(entry, dict) or entry.get("sha256") != digest:
        work.state["pending"][name] = {
            "sha256": digest,
            "reason": reason,
            "since": work.now.isoformat(),
        }
    return FileOutcome(name, FileStatus.PENDING, digest, message=reason)


def _failed(work: _Round, name: str, digest: str, error: UserError) -> FileOutcome:
    """A file that does not open: half-written (retry) or really unreadable (report)."""
    reason = error.message
    known = work.state["unreadable"].get(name)
    if isinstance(known, dict) and known.get("sha256") == digest:  # reported before
        return FileOutcome(name, FileStatus.UNREADABLE, digest, message=str(known.get("reason")))
    maybe_incomplete = isinstance(error, ExchangeFileError | DamagedFileError | TamperedFileError)
    if maybe_incomplete and not isinstance(error, NewerFormatError):
        entry = work.state["pending"].get(name)
        since = store.parse_time(entry.get("since")) if isinstance(entry, dict) else None
        same = isinstance(entry, dict) and entry.get("sha256") == digest
        if not same or since is None or work.now - since < work.settle:
            outcome = _pending(
                work,
                name,
                digest,
                "unvollständig – wird vermutlich noch kopiert; neuer Versuch folgt",
            )
            work.state["pending"][name]["detail"] = reason
            return outcome
    work.state["pending"].pop(name, None)
    work.state["unreadable"][name] = {
        "sha256": digest,
        "reason": reason,
        "since": work.now.isoformat(),
    }
    return FileOutcome(name, FileStatus.UNREADABLE, digest, message=reason)


def remember_merged(database: Database, path: Path, password: str | None = None) -> None:
    """Record that ``path`` was merged by hand (the GUI's import preview), by its hash."""
    try:
        data = path.read_bytes()
        manifest = ExchangeFile(data, password).manifest
    except (OSError, UserError):
        return
    state = store.load_state(UnitOfWork(database))
    state["files"][path.name] = {
        "sha256": sha256(data),
        "label": manifest.installation_label,
        "installation_id": manifest.installation_id,
        "reads": sorted(manifest.readable_majors),
        "merged_at": now().isoformat(),
    }
    state["pending"].pop(path.name, None)
    state["unreadable"].pop(path.name, None)
    store.save_state(UnitOfWork(database), state)
