"""Databases the benchmarks share, and the raw-``sqlite3`` baseline they compare against.

Building the bavaria demo takes the better part of a minute, and three benchmarks need
one, so it is built once per run (timed: that build *is* the demo figure) in a folder that
lives until the process ends. Everything else gets a copy of an empty database, so that
opening and migrating a file is never part of a figure that is not about opening. The
export of a whole database and the rows of a demo with their stamps left out (the
baseline that shows what the stamps cost) are here too, for the benchmarks of times and
of sizes alike.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import timed
from helferapp.services import exchange
from helferapp.services.demo import Scale, build_demo
from helferapp.store.database import BUSY_TIMEOUT_MS, open_database
from helferapp.store.models import SYNCED_MODELS

SYNCED_TABLES = tuple(model.__tablename__ for model in SYNCED_MODELS)
"""In an order that satisfies the foreign keys (groups and Stellen before what links them)."""
STAMP_COLUMNS = ("stamps", "last_stamp")
"""Where a synced record keeps its clock stamps (``store.stored_stamps``)."""

Rows = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


@dataclass(frozen=True)
class BuiltDemo:
    """A demo database file and what building it took."""

    path: Path
    seconds: float
    counts: dict[str, int]
    size_bytes: int
    """The database file right after the build (before any other benchmark opened it)."""

    @property
    def records(self) -> int:
        return sum(self.counts.values())


_shared: dict[str, Any] = {}


def _shared_folder() -> Path:
    if "folder" not in _shared:
        folder = tempfile.TemporaryDirectory(prefix="helferapp-bench-")
        atexit.register(folder.cleanup)
        _shared["folder"] = folder
    return Path(_shared["folder"].name)


def empty_database(folder: Path, name: str = "empty.sqlite3") -> Path:
    """A closed HelferApp database at ``folder/name``: schema and Gebiete, no records."""
    template = _shared_folder() / "template.sqlite3"
    if not template.exists():
        open_database(template).dispose()
    target = folder / name
    shutil.copyfile(template, target)
    return target


def demo_database(scale: Scale) -> BuiltDemo:
    """The demo of ``scale`` (seed 1), built and timed once per run, then shared."""
    key = f"demo-{scale.value}"
    if key not in _shared:
        path = empty_database(_shared_folder(), f"{key}.sqlite3")
        database = open_database(path)
        try:
            seconds, summary = timed(lambda: build_demo(database, scale, seed=1))
        finally:
            database.dispose()
        _shared[key] = BuiltDemo(path, seconds, summary.counts, database_size(path))
    built: BuiltDemo = _shared[key]
    return built


def export_everything(
    database_path: Path, path: Path, format_version: str = exchange.CURRENT_VERSION
) -> tuple[float, exchange.ExportResult]:
    """Every record of the database at ``database_path`` written to the exchange file
    ``path`` (consent internal, so that the file holds exactly the database's rows), and
    the seconds that took (opening the database not included)."""
    database = open_database(database_path)
    try:
        return timed(
            lambda: exchange.export_file(
                database,
                path,
                consent=exchange.ConsentMode.INTERNAL,
                format_version=format_version,
            )
        )
    finally:
        database.dispose()


def database_size(path: Path) -> int:
    """Bytes a database takes on disk: its file and a write-ahead log left beside it."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def connect(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection with the pragmas HelferApp sets (WAL is in the file)."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def read_rows(path: Path, tables: tuple[str, ...] = SYNCED_TABLES) -> Rows:
    """Every row of ``tables`` as stored (stamps JSON, search text and all)."""
    connection = connect(path)
    try:
        rows: Rows = {}
        for table in tables:
            cursor = connection.execute(f"SELECT * FROM {table} ORDER BY rowid")
            columns = [column[0] for column in cursor.description]
            rows[table] = (columns, cursor.fetchall())
        return rows
    finally:
        connection.close()


def without_stamps(rows: Rows) -> Rows:
    """``rows`` with every stamp left out (``STAMP_COLUMNS`` empty): the same records as
    a program without per-field clocks would store them."""
    stripped: Rows = {}
    for table, (columns, values) in rows.items():
        blank = [index for index, column in enumerate(columns) if column in STAMP_COLUMNS]
        stripped[table] = (
            columns,
            [
                tuple("" if index in blank else value for index, value in enumerate(row))
                for row in values
            ],
        )
    return stripped


def raw_insert(path: Path, rows: Rows, *, commit_each_row: bool = False) -> float:
    """Seconds that plain ``executemany`` takes to insert ``rows`` into the file at ``path``.

    One transaction for everything, or (``commit_each_row``) one per row, as a service
    call that saves one record per user action does.
    """
    connection = connect(path)
    try:
        statements = {
            table: f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
            for table, (columns, _) in rows.items()
        }

        def insert() -> None:
            if commit_each_row:
                for table, (_, values) in rows.items():
                    for row in values:
                        connection.execute("BEGIN")
                        connection.execute(statements[table], row)
                        connection.execute("COMMIT")
                return
            connection.execute("BEGIN")
            for table, (_, values) in rows.items():
                connection.executemany(statements[table], values)
            connection.execute("COMMIT")

        seconds, _ = timed(insert)
        return seconds
    finally:
        connection.close()


def row_count(rows: Rows) -> int:
    return sum(len(values) for _, values in rows.values())
