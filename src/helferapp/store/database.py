"""Opening a HelferApp database: checks, engine, pragmas, migrations, reference data.

``open_database`` is the only way in. It refuses, with a German message and without
touching the file, anything that is not a SQLite file, a database written by a newer
HelferApp, a read-only file or folder and a database that another program holds locked.
Schema upgrades run with foreign keys off (batch migrations copy tables, and with
foreign keys on SQLite would cascade deletes) and ``PRAGMA foreign_key_check`` after;
they run in one transaction, so a failed upgrade leaves the old schema in place.

An upgrade that converts the records of an existing database (schema 0004 rewrites
every record's stamps) is a long one on a big database: first a backup of the file is
written (``store.backup.backup_before_upgrade``, before the transaction begins; if it
cannot be written nothing is upgraded), then the revisions run in the transaction and
report rows done/total to an optional ``progress`` callback, and when a revision freed
much of the file a ``VACUUM`` after the commit gives the space back. A failed ``VACUUM``
(it needs room for a copy) leaves a good, only larger, database: it is logged, no more.
"""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.store import migrations, reference_data
from helferapp.store.errors import DatabaseError, database_error_for
from helferapp.store.models import SYNCED_MODELS, Meta

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 32 * 1024
WAL_CHECKPOINT_PAGES = 10_000  # × 4 KiB pages
META_INSTALLATION_ID = "installation_id"
META_INSTALLATION_LABEL = "installation_label"

logger = logging.getLogger(__name__)


class UpgradeStage(enum.Enum):
    """What an upgrade of an older database is doing."""

    BACKUP = "backup"  # copying the file before anything changes
    CONVERT = "convert"  # the revisions run (rows done/total), in one transaction
    COMPACT = "compact"  # committed; VACUUM gives the freed space back


@dataclass(frozen=True)
class UpgradeProgress:
    """How far the upgrade of an older database has come, for a progress display."""

    stage: UpgradeStage
    done: int  # records converted so far (stage CONVERT; else 0 or all)
    total: int  # records to convert (0 while not yet counted)
    backup: Path | None  # the copy written before the upgrade (None until written)


UpgradeListener = Callable[[UpgradeProgress], None]


def is_sqlite_file(path: Path) -> bool:
    """Tell whether ``path`` starts with SQLite's magic header (an empty file counts)."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header in (b"", SQLITE_HEADER)


def _set_pragmas(foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Take transaction control away from the sqlite3 module; SQLAlchemy's "begin"
        # event below issues BEGIN itself, so reads and writes share one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Checkpoint the write-ahead log at 40 MB instead of 4 MB: a round through the
        # Austauschordner commits once per file, and copying the log back after every
        # one of them cost more than merging the file. The log is emptied on close anyway.
        cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        # 32 MB of page cache (default 2 MB): overviews read the whole programme table.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    return on_connect


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """Create an engine for the SQLite file at ``path`` with the project's pragmas."""
    # URL.create, not an f-string: a "?" or "%20" in a folder name is part of the path.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas(foreign_keys))

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


@contextmanager
def translated_errors(folder: Path | None = None) -> Iterator[None]:
    """Re-raise known SQLite failures as ``DatabaseError`` with a German message
    (``folder``: where the database lies, to tell a full disk from a broken one)."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        translated = database_error_for(error, folder)
        if translated is None:
            raise
        raise translated from error


@dataclass
class Database:
    """An open HelferApp database: its file, engine and session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # The backup written before this open upgraded the file's records, if it did.
    upgrade_backup: Path | None = None

    def dispose(self) -> None:
        """Close every pooled connection (before a restore replaces the file)."""
        self.engine.dispose()

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at."""
        with self.engine.connect() as connection:
            return migrations.current_revision(connection)

    def meta(self, key: str, default: str = "") -> str:
        """Read one value of the ``meta`` table."""
        with self.session_factory() as session:
            value = session.scalar(select(Meta.value).where(Meta.key == key))
        return default if value is None else value

    @property
    def installation_id(self) -> str:
        return self.meta(META_INSTALLATION_ID)


def _is_read_only(path: Path) -> bool:
    """Tell whether the file is write-protected, also for root (who may write anyway).

    The permission bits are what "schreibgeschützt" means to the user (on Windows the
    read-only attribute shows up there), so a file without any write bit is refused
    even when the operating system would let this user write to it.
    """
    no_write_bits = not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    return no_write_bits or not os.access(path, os.W_OK)


def _check_file(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseError(f"„{path}“ ist ein Ordner, keine Datenbank-Datei.")
        try:
            sqlite = is_sqlite_file(path)
        except OSError as error:
            raise DatabaseError(
                f"Die Datei „{path}“ lässt sich nicht lesen. {describe_os_error(error, path)}"
            ) from error
        if not sqlite:
            raise DatabaseError(
                f"Die Datei „{path.name}“ ist keine HelferApp-Datenbank. Bitte eine Datei "
                "mit der Endung .sqlite3 wählen, die HelferApp angelegt hat."
            )
        if _is_read_only(path) or not os.access(path.parent, os.W_OK):
            raise DatabaseError(
                f"Die Datenbank „{path.name}“ ist schreibgeschützt oder liegt in einem "
                "Ordner, in dem Sie nicht schreiben dürfen. Bitte die Datei z. B. nach "
                "„Dokumente“ kopieren und dort öffnen."
            )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"Der Ordner „{path.parent}“ lässt sich nicht anlegen. "
            f"{describe_os_error(error, path.parent, writing=True)} "
            "Bitte einen anderen Speicherort wählen."
        ) from error
    if not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            f"Im Ordner „{path.parent}“ dürfen Sie nicht schreiben. Bitte einen anderen "
            "Speicherort wählen."
        )


def _check_schema(path: Path) -> str | None:
    """Refuse another program's database or a newer HelferApp's, without changing it;
    return the revision the file is at.

    This looks with a plain connection: the engine's connect pragmas would already
    switch the file to WAL mode, i.e. write to it, before it is known to be ours.
    """
    if path.stat().st_size == 0:
        return None
    with (
        translated_errors(path.parent),
        closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)) as connection,
    ):
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite^_%' "
                "ESCAPE '^'"
            )
        }
        revision = None
        if migrations.VERSION_TABLE in tables:
            row = connection.execute(
                f"SELECT version_num FROM {migrations.VERSION_TABLE}"
            ).fetchone()
            revision = row[0] if row else None
    if tables and migrations.VERSION_TABLE not in tables:
        raise _foreign_database(path)
    if revision is None and tables - {migrations.VERSION_TABLE}:
        raise _foreign_database(path)  # tables, but no schema version: not made by us
    if revision is not None and not migrations.is_known_revision(revision):
        # A newer HelferApp has our bookkeeping table; another Alembic-using program not.
        if Meta.__tablename__ not in tables:
            raise _foreign_database(path)
        raise _newer_database()
    return revision


def _has_records(path: Path) -> bool:
    """Whether any synced table of the file holds a row (plain, read-only look)."""
    with (
        translated_errors(path.parent),
        closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)) as connection,
    ):
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        return any(
            connection.execute(f"SELECT EXISTS (SELECT 1 FROM {model.__tablename__})").fetchone()[0]
            for model in SYNCED_MODELS
            if model.__tablename__ in tables
        )


def upgrade_needed(path: Path) -> bool:
    """Whether opening ``path`` will convert records of an older HelferApp (and take a
    backup first): for a front end that shows a progress display meanwhile.

    A file that cannot be opened at all says ``False``; ``open_database`` then says why.
    """
    path = Path(path)
    try:
        if not path.is_file():
            return False
        revision = _check_schema(path)
        return (
            revision is not None and revision != migrations.head_revision() and _has_records(path)
        )
    except (UserError, OSError, sqlite3.Error):
        return False


def _foreign_database(path: Path) -> DatabaseError:
    return DatabaseError(
        f"Die Datei „{path.name}“ ist eine Datenbank eines anderen Programms, "
        "keine HelferApp-Datenbank. Bitte eine andere Datei wählen."
    )


def _newer_database() -> DatabaseError:
    return DatabaseError(
        "Diese Datenbank wurde mit einer neueren Version von HelferApp angelegt. "
        "Bitte HelferApp aktualisieren, um sie zu öffnen."
    )


def _check_foreign_keys(connection: Any) -> None:
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise DatabaseError(
            "Die Datenbank konnte nicht auf die neue Version umgestellt werden, weil "
            "Verweise zwischen Einträgen nicht stimmen. Es wurde nichts verändert. "
            "Bitte eine Sicherung wiederherstellen."
        )


def _upgrade(path: Path, revision: str | None, progress: UpgradeListener | None) -> Path | None:
    """Bring the file to the newest schema; the backup written first, if one was."""

    counted = [0]  # the records the conversion counted, for the stage after it

    def report(stage: UpgradeStage, done: int = 0, total: int = 0) -> None:
        counted[0] = max(counted[0], total)
        if progress is not None:
            progress(UpgradeProgress(stage, done, total, backup))

    backup: Path | None = None
    if revision is not None and revision != migrations.head_revision() and _has_records(path):
        # store.backup builds on this module (it opens the databases it restores), so
        # it is imported only when an upgrade of records needs it.
        from helferapp.store.backup import backup_before_upgrade

        report(UpgradeStage.BACKUP)
        backup = backup_before_upgrade(path)
        logger.info("Sicherung vor der Umstellung von %s: %s", path, backup)
    compacted = False
    engine = make_engine(path, foreign_keys=False)
    try:
        with translated_errors(path.parent), engine.begin() as connection:
            if not migrations.is_helferapp_schema(connection):
                raise _foreign_database(path)
            current = migrations.current_revision(connection)
            if current is not None and not migrations.is_known_revision(current):
                raise _newer_database()
            migrated = current != migrations.head_revision()
            if migrated:
                report(UpgradeStage.CONVERT)
                compacted = migrations.upgrade(
                    connection,
                    progress=lambda done, total: report(UpgradeStage.CONVERT, done, total),
                )
            reloaded = reference_data.ensure_regions(connection)
            # The check reads every reference in the database; it is needed only when the
            # schema or the Gebiete changed, not on every start.
            if migrated or reloaded:
                _check_foreign_keys(connection)
            _ensure_installation(connection)
    finally:
        engine.dispose()
    if compacted:
        report(UpgradeStage.COMPACT, counted[0], counted[0])
        _vacuum(path)
    return backup


def _vacuum(path: Path) -> None:
    """Give the space a conversion freed back to the disk (the file shrinks).

    VACUUM writes a copy of the database first; without room for it, it fails and the
    database stays as it is: converted and good, only larger. So a failure is logged,
    not shown.
    """
    try:
        with closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
            connection.isolation_level = None
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except (sqlite3.Error, OSError) as error:
        logger.warning("VACUUM nach der Umstellung von %s fehlgeschlagen: %s", path, error)


def _ensure_installation(connection: Any) -> None:
    existing = connection.execute(
        select(Meta.value).where(Meta.key == META_INSTALLATION_ID)
    ).scalar()
    if existing is None:
        connection.execute(insert(Meta).values(key=META_INSTALLATION_ID, value=uuid.uuid4().hex))


def open_database(path: Path, progress: UpgradeListener | None = None) -> Database:
    """Open (and create or upgrade if needed) the database at ``path``.

    ``progress`` hears how an upgrade of an older database's records goes (it is called
    in the thread that opens); an up-to-date database never calls it.
    """
    path = Path(path)
    _check_file(path)
    revision = _check_schema(path) if path.exists() else None
    backup = _upgrade(path, revision, progress)
    engine = make_engine(path)
    with translated_errors(path.parent), engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), backup)


def table_names(engine: Engine) -> list[str]:
    """Names of the tables in the database (for checks and tests)."""
    return inspect(engine).get_table_names()
