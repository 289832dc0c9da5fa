"""Converting a Bavaria-wide database to the compact stamps (schema 0004): time, memory, size.

Issue 17's targets: the migration of the Bavaria database ≤ 60 s with a peak RSS ≤ 400 MB,
and the database file ≤ 90 MB afterwards (200 MB with the stamps spelled out). The demo is
built as usual, then turned back into the 0003 form with the migration's own downgrade
(and VACUUMed, so that it is the size an old installation's file would be); a fresh
process then opens it with ``open_database`` as the app does: backup first, conversion in
one transaction, VACUUM after. The time is what the user waits for, all three included
(the note gives each part); the baseline is plain ``sqlite3`` writing the same number of
rows with ``UPDATE … SET stamps = ? WHERE rowid = ?`` (``executemany``, one transaction,
the new values computed beforehand): the floor for rewriting that column. The memory
figure is the peak RSS of the converting process, beside that of a process that opens
the converted file (imports, engine, nothing to convert), both measured with
``getrusage(RUSAGE_CHILDREN)`` in a driver process of their own. With ``--quick`` the
small demo is used.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench import Result, quick, timed
from bench.fixtures import SYNCED_TABLES, connect, demo_database
from helferapp.services.demo import Scale
from helferapp.store import migrations, stored_stamps
from helferapp.store.database import make_engine, open_database

TARGETS = {"seconds": 60.0, "rss": 400.0, "size": 90.0}
BOOKKEEPING = {"id", "stamps", "last_stamp", "search_text"}

# Runs the given command, passes on what it printed, then prints its peak RSS (its only
# child), in kilobytes (Linux) or bytes (macOS), as getrusage reports it.
_DRIVER = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], check=True, capture_output=True, text=True)\n"
    "print(done.stdout.strip())\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
_UPGRADE = (
    "import json, sys, time\n"
    "from pathlib import Path\n"
    "from helferapp.store.database import open_database\n"
    "started = time.perf_counter()\n"
    "stages = {}\n"
    "def progress(event):\n"
    "    stages.setdefault(event.stage.value, time.perf_counter() - started)\n"
    "database = open_database(Path(sys.argv[1]), progress=progress)\n"
    "seconds = time.perf_counter() - started\n"
    "database.dispose()\n"
    "print(json.dumps({'seconds': seconds, 'stages': stages}))\n"
)
_OPEN = (
    "import sys\n"
    "from pathlib import Path\n"
    "from helferapp.store.database import open_database\n"
    "open_database(Path(sys.argv[1])).dispose()\n"
    "print('{}')\n"
)


def in_fresh_process(script: str, *args: str) -> tuple[dict[str, Any], float]:
    """What ``script`` printed (JSON) and its peak resident memory (MB)."""
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    lines = result.stdout.strip().splitlines()
    value = int(lines[-1])
    peak = value / (1024 * 1024) if sys.platform == "darwin" else value / 1024
    return json.loads(lines[-2]), peak


def to_0003(path: Path) -> None:
    """Turn a database at head back into the 0003 form (stamps spelled out), compacted."""
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        migrations.downgrade(connection, "0003")
    engine.dispose()
    connection = connect(path)
    try:
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def raw_update_seconds(path: Path) -> tuple[float, int]:
    """Seconds plain ``executemany`` takes to write every synced row's new stamps."""
    connection = connect(path)
    try:
        updates: dict[str, list[tuple[str, str, int]]] = {}
        for table in SYNCED_TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            fields = [column for column in columns if column not in BOOKKEEPING]
            updates[table] = [
                (*stored_stamps.pack(json.loads(stamps), fields), rowid)
                for rowid, stamps in connection.execute(f"SELECT rowid, stamps FROM {table}")
            ]

        def write() -> None:
            connection.execute("BEGIN")
            for table, rows in updates.items():
                connection.executemany(
                    f"UPDATE {table} SET stamps = ?, last_stamp = ? WHERE rowid = ?", rows
                )
            connection.execute("COMMIT")

        seconds, _ = timed(write)
        return seconds, sum(len(rows) for rows in updates.values())
    finally:
        connection.close()


def megabytes(path: Path) -> float:
    return path.stat().st_size / 1e6


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    old = workdir / "alt.sqlite3"
    shutil.copyfile(built.path, old)
    to_0003(old)
    size_before = megabytes(old)
    baseline_copy = workdir / "baseline.sqlite3"
    shutil.copyfile(old, baseline_copy)
    baseline, rows = raw_update_seconds(baseline_copy)

    converted, rss = in_fresh_process(_UPGRADE, str(old))
    reopened = open_database(old)
    assert reopened.schema_revision() == migrations.head_revision(), "converted"
    reopened.dispose()
    size_after = megabytes(old)
    _nothing, rss_baseline = in_fresh_process(_OPEN, str(old))

    stages = converted["stages"]
    seconds = converted["seconds"]
    backup = stages.get("convert", 0.0) - stages.get("backup", 0.0)
    convert = stages.get("compact", seconds) - stages.get("convert", 0.0)
    vacuum = seconds - stages.get("compact", seconds)
    parts = f"backup {backup:.1f} s, conversion {convert:.1f} s, VACUUM {vacuum:.1f} s"

    def note(key: str, unit: str) -> str:
        return f"{rows} records; target ≤ {TARGETS[key]:g} {unit}"

    return [
        Result(
            f"migration {scale.value} to compact stamps (0003 → 0004)",
            seconds,
            "s",
            f"sqlite3 executemany UPDATE … SET stamps of the same {rows} rows",
            baseline,
            f"{note('seconds', 's')}; {parts}",
        ),
        Result(
            f"peak RSS of the migration {scale.value}",
            rss,
            "MB",
            "peak RSS of opening the converted database (nothing to convert)",
            rss_baseline,
            note("rss", "MB"),
        ),
        Result(
            f"database file {scale.value} after the migration",
            size_after,
            "MB",
            "the same database with the stamps spelled out (0003, VACUUMed)",
            size_before,
            note("size", "MB"),
        ),
    ]
