"""Backups with SQLite's online backup API: before every import, and on demand.

A backup is a complete, consistent copy of the database taken while it is open (the
backup API copies page by page under SQLite's own locking), written to a temporary name
and renamed only when complete, so a full disk never leaves a half backup that looks
whole. The last ``KEEP`` backups are kept; older ones are removed. Both the folder and
the number can be set per database in Einstellungen (``meta`` keys ``backup_folder`` and
``backup_keep``, written by ``services.backups``); a chosen folder that is not there
(a USB stick not plugged in) falls back to ``backups/`` next to the database.

Before a schema upgrade converts the records of an older database, ``store.database``
takes a backup with ``backup_before_upgrade`` (before the upgrade's transaction begins,
so the copy is of the old form); if it cannot be written, nothing is upgraded.

Restoring first backs up the current state (so a restore can itself be undone), then
copies the chosen backup into the open database file with the same API, then upgrades
its schema if it came from an older HelferApp.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from urllib.parse import quote

from helferapp.domain.errors import is_disk_full
from helferapp.domain.os_errors import describe_os_error
from helferapp.store import migrations
from helferapp.store.database import Database, is_sqlite_file, open_database
from helferapp.store.errors import DISK_FULL, DatabaseError, database_error_for
from helferapp.store.location import backups_dir

KEEP = 10
META_BACKUP_FOLDER = "backup_folder"
META_BACKUP_KEEP = "backup_keep"
_PREFIX = "helferapp-"
_SUFFIX = ".sqlite3"
_NAME = re.compile(r"^helferapp-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    created_at: datetime
    reason: str
    size_bytes: int


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
    return BackupInfo(path, created, match.group(2) or "", path.stat().st_size)


def _folder(db_path: Path, chosen: str) -> Path:
    chosen = chosen.strip()
    if chosen and Path(chosen).expanduser().is_dir():
        return Path(chosen).expanduser()
    return backups_dir(db_path)


def backup_folder(database: Database) -> Path:
    """Where the backups of ``database`` go: the chosen folder if it exists, else the default."""
    return _folder(database.path, database.meta(META_BACKUP_FOLDER))


def backups_to_keep(database: Database) -> int:
    """How many backups are kept (``KEEP`` unless chosen otherwise, at least one)."""
    try:
        return max(1, int(database.meta(META_BACKUP_KEEP) or KEEP))
    except ValueError:
        return KEEP


def list_backups(database: Database) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    infos = [info for path in folder.glob(f"{_PREFIX}*{_SUFFIX}") if (info := _info(path))]
    return sorted(infos, key=lambda info: info.created_at, reverse=True)


def _copy(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the backup API."""
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def _failure(error: BaseException, what: str, folder: Path) -> DatabaseError:
    translated = database_error_for(error, folder)
    if translated is not None:
        return translated
    if isinstance(error, OSError):
        return DatabaseError(
            f"{what} ist fehlgeschlagen: {describe_os_error(error, error.filename)} "
            "Es wurde nichts verändert."
        )
    return DatabaseError(f"{what} ist fehlgeschlagen. Es wurde nichts verändert.")


def _backup_name(reason: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return f"{_PREFIX}{stamp}{'-' + slug if slug else ''}{_SUFFIX}"


def _write_backup(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` under a temporary name, renamed when complete."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        raise


def create_backup(database: Database, reason: str = "manuell") -> BackupInfo:
    """Write a backup of ``database`` into its backups folder and prune old ones."""
    folder = backup_folder(database)
    target = folder / _backup_name(reason)
    try:
        _write_backup(database.path, target)
    except (OSError, sqlite3.Error) as error:
        raise _failure(error, "Die Sicherung", folder) from error
    info = _info(target)
    assert info is not None
    _prune(database, keep={target})
    return info


def _chosen_folder(db_path: Path) -> str:
    """The backup folder chosen in Einstellungen, read from the file itself ("" if none)."""
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(db_path), uri=True)) as connection:
            row = connection.execute(
                "SELECT value FROM meta WHERE key = ?", (META_BACKUP_FOLDER,)
            ).fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row else ""


def backup_before_upgrade(db_path: Path) -> Path:
    """Back up the database file at ``db_path`` before its schema is upgraded; its path.

    Called before the upgrade opens its transaction, while no ``Database`` exists yet:
    the chosen folder is read from the file with a plain read-only connection. The old
    backups are not pruned here (a restore of one of them may be why the upgrade runs);
    the next backup prunes as usual. If the copy cannot be written, the message says so
    and what to do, and the upgrade must not run.
    """
    folder = _folder(db_path, _chosen_folder(db_path))
    target = folder / _backup_name("vor-umstellung")
    try:
        _write_backup(db_path, target)
    except (OSError, sqlite3.Error) as error:
        raise _upgrade_backup_failed(error, db_path, folder) from error
    return target


def _upgrade_backup_failed(error: BaseException, db_path: Path, folder: Path) -> DatabaseError:
    translated = database_error_for(error, folder)
    size_mb = max(1, round(db_path.stat().st_size / 1_000_000))
    if is_disk_full(error) or (translated is not None and translated.message == DISK_FULL):
        reason = "Der Speicherplatz dort ist voll."
        advice = (
            f"Bitte dort etwa {size_mb} MB Platz schaffen (z. B. den Papierkorb leeren oder "
            "alte Sicherungen auf einen USB-Stick verschieben)"
        )
    else:
        if isinstance(error, OSError):
            reason = describe_os_error(error, error.filename or folder, writing=True)
        else:
            reason = "Die Datei ließ sich nicht schreiben."
        advice = "Bitte prüfen, ob Sie in diesem Ordner schreiben dürfen,"
    return DatabaseError(
        f"Die Datenbank „{db_path.name}“ muss auf die neue Version von HelferApp "
        "umgestellt werden. Vorher wird eine Sicherung angelegt, doch die ließ sich im "
        f"Ordner „{folder}“ nicht schreiben. {reason} Es wurde nichts verändert. "
        f"{advice} und die Datenbank noch einmal öffnen."
    )


def snapshot(database: Database, target: Path) -> None:
    """Write a consistent copy of ``database`` to ``target`` (for a copy kept elsewhere).

    The copy is written under a temporary name next to ``target`` and renamed when
    complete, so a stick pulled out halfway never leaves a copy that looks whole.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        _copy(database.path, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise _failure(error, "Die Sicherungskopie", target.parent) from error


def _prune(database: Database, keep: set[Path]) -> None:
    for old in list_backups(database)[backups_to_keep(database) :]:
        if old.path not in keep:
            old.path.unlink(missing_ok=True)


def _read_only_uri(path: PurePath) -> str:
    r"""An SQLite URI that opens ``path`` read-only, whatever characters the path holds.

    Every character of the path is percent-encoded (SQLite decodes it again), so that a
    folder such as "Sicherungen #2" or "100%" — or a Windows path with its drive letter,
    backslashes and spaces (``C:\Users\Anna Maier\…``, ``\\server\share\…``) — reaches
    SQLite whole. Written raw, a ``#`` or ``?`` ended the path early, and SQLite opened
    (and created) another, empty file beside the backup.
    """
    return f"file:{quote(str(path), safe='')}?mode=ro"


def _check_restorable(path: Path) -> None:
    if not path.is_file():
        raise DatabaseError(f"Die Sicherung „{path}“ gibt es nicht.")
    if not is_sqlite_file(path) or path.stat().st_size == 0:
        raise DatabaseError(
            f"Die Datei „{path.name}“ ist keine HelferApp-Sicherung. Es wurde nichts verändert."
        )
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True)) as connection:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as error:
        raise DatabaseError(
            f"Die Datei „{path.name}“ ist keine HelferApp-Sicherung oder beschädigt. "
            "Es wurde nichts verändert."
        ) from error
    if not rows or not migrations.is_known_revision(rows[0][0]):
        raise DatabaseError(
            "Diese Sicherung stammt von einer neueren Version von HelferApp. Bitte HelferApp "
            "aktualisieren, um sie wiederherzustellen. Es wurde nichts verändert."
        )


def restore_backup(
    database: Database, path: Path, reopen: Callable[[Path], Database] = open_database
) -> BackupInfo:
    """Replace the content of ``database`` with the backup at ``path``.

    Returns the safety backup taken of the state before, so the user can go back. The
    ``Database`` object stays usable: its engine is re-created on the restored file,
    opened by ``reopen`` — which converts a backup of an older HelferApp first (the GUI
    passes one that shows that conversion's progress).
    """
    path = Path(path)
    _check_restorable(path)
    safety = create_backup(database, "vor-wiederherstellung")
    database.dispose()
    try:
        _copy(path, database.path)
    except (OSError, sqlite3.Error) as error:
        raise _failure(error, "Das Wiederherstellen", database.path.parent) from error
    reopened = reopen(database.path)
    database.engine = reopened.engine
    database.session_factory = reopened.session_factory
    _prune(database, keep={safety.path, path})
    return safety
