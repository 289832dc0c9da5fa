"""Exchange files at Bavaria scale: export, import, re-import and the memory an import needs.

Targets for the full bavaria demo (about 107,000 records), each as a ratio to a baseline
measured in the same run (issue 17), and the older absolute ones of issue 5:

- export of everything ≤ 1.0× plain ``sqlite3.executemany`` of exactly the rows of the
  demo as stored (stamps and search text included) into an empty database, in one
  transaction — the floor for writing that data (issue 5: ≤ 5 s);
- import into an empty database ≤ 1.5× the same ``executemany`` of the same records
  *without stamps* (the stamps columns empty), so that the ratio includes what the
  stamps cost to read, merge and store (issue 5: ≤ 10 s);
- re-import of the same file, nothing to do, ≤ 0.25× that import (issue 5: ≤ 5 s);
- peak RSS of an import ≤ 400 MB, beside that of a process that only reads the same
  rows and inserts them with ``executemany``; both are measured with
  ``resource.getrusage(RUSAGE_CHILDREN)`` in a driver process of their own, so that
  nothing else this run started counts.

Beside the import, not a target: the least an import does (each line decoded, its row
built and inserted, no value checked, nothing merged), over the same baseline — so that
the figure shows how much of the import is the checking and merging a file from someone
else needs, and how much is reading and storing at all.

The export is format 2.0, ``consent=internal`` (every record, so that the file holds the
same rows as the baseline); the import includes the backup it takes first, as the user
waits for it too. Each time, and each baseline, is the fastest of ``REPEAT`` runs, the
figures and their baselines taking turns. With ``--quick`` the small demo is used.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from bench import Result, quick, timed
from bench.fixtures import (
    Rows,
    connect,
    demo_database,
    empty_database,
    export_everything,
    raw_insert,
    read_rows,
    row_count,
    without_stamps,
)
from helferapp.services import exchange
from helferapp.services.demo import Scale
from helferapp.store.database import open_database
from helferapp.sync import json_lines
from helferapp.sync.exchange_file import TABLES
from helferapp.sync.merge_rows import stored_row, table_plan

# Issue 17's ratio to the figure's baseline, and issue 5's absolute limit.
TARGETS = {
    "export": "≤ 1.0× (issue 5: ≤ 5 s)",
    "import": "≤ 1.5× (issue 5: ≤ 10 s)",
    "re-import": "≤ 0.25× the import (issue 5: ≤ 5 s)",
    "rss": "≤ 400 MB",
}
REPEAT = 3
"""Each time and its baseline is the fastest of this many runs: the load of a shared box
only ever adds to a time, and one busy minute would otherwise decide a ratio."""

# Runs the given command and prints the peak RSS of it (its only child), in kilobytes
# (Linux) or bytes (macOS), as getrusage reports it.
_DRIVER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
_IMPORT = (
    "import sys\n"
    "from pathlib import Path\n"
    "from helferapp.services import exchange\n"
    "from helferapp.store.database import open_database\n"
    "database = open_database(Path(sys.argv[1]))\n"
    "exchange.import_file(database, Path(sys.argv[2]), allow_demo=True)\n"
    "database.dispose()\n"
)
_RAW = (
    "import sys\n"
    "from pathlib import Path\n"
    "from bench.fixtures import raw_insert, read_rows\n"
    "raw_insert(Path(sys.argv[1]), read_rows(Path(sys.argv[2])))\n"
)


def peak_rss_mb(script: str, *args: str) -> float:
    """Peak resident memory (MB) of a fresh Python process running ``script``."""
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    value = int(result.stdout.split()[-1])
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def _raw_seconds(workdir: Path, rows: Rows) -> float:
    """``raw_insert`` of ``rows`` into a fresh empty database, removed afterwards."""
    target = empty_database(workdir, "raw.sqlite3")
    try:
        return raw_insert(target, rows)
    finally:
        _remove(target)


def _floor_seconds(workdir: Path, path: Path) -> float:
    """Seconds of the least an import of ``path`` does, into a fresh empty database: each
    line decoded, its row built (stored columns, stamps, search text) and inserted with
    ``executemany``, each table's indexes built afterwards — and nothing else: no value
    checked, nothing merged, counted or journalled, no backup. Not a target: what the
    import spends beyond it is the price of reading a file nobody vouches for."""
    target = empty_database(workdir, "floor.sqlite3")
    connection = connect(target)

    def load() -> None:
        with zipfile.ZipFile(path) as archive:
            connection.execute("BEGIN")
            for table in TABLES:
                if f"{table}.jsonl" not in archive.namelist():
                    continue
                plan, rows = table_plan(table), []
                for line in archive.read(f"{table}.jsonl").splitlines():
                    body = json_lines.decode(line)
                    values = {**plan.defaults, **body["values"]}
                    stamps = dict.fromkeys(body["values"], body["stamp"])
                    rows.append((body["id"], *stored_row(table, values, stamps)))
                indexes = connection.execute(
                    "SELECT name, sql FROM sqlite_master "
                    "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                    (table,),
                ).fetchall()
                for name, _ in indexes:
                    connection.execute(f'DROP INDEX "{name}"')
                connection.executemany(plan.insert_sql, rows)
                for _, create in indexes:
                    connection.execute(create)
            connection.execute("COMMIT")

    try:
        seconds, _ = timed(load)
        return seconds
    finally:
        connection.close()
        _remove(target)


def _import_twice(workdir: Path, path: Path, records: int) -> tuple[float, float]:
    """Seconds of importing ``path`` into a fresh empty database, and of importing it
    again (nothing to do)."""
    target_path = empty_database(workdir, "import.sqlite3")
    target = open_database(target_path)
    try:
        # The demo's file carries the demo mark: say yes to it, as the user would.
        first, imported = timed(lambda: exchange.import_file(target, path, allow_demo=True))
        second, again = timed(lambda: exchange.import_file(target, path, allow_demo=True))
    finally:
        target.dispose()
        _remove(target_path)
    new = sum(changes.new + changes.tombstones for changes in imported.report.tables.values())
    assert new == records and again.report.touched == 0, "import everything, then nothing"
    return first, second


def _remove(database_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    rows = read_rows(built.path)
    unstamped_rows = without_stamps(rows)
    records = row_count(rows)
    path = workdir / "alles.helferapp"
    keys = ("raw", "unstamped", "export", "import", "re-import", "floor")
    times: dict[str, list[float]] = {key: [] for key in keys}
    for _ in range(REPEAT):
        # Figures and baselines take turns, so that a busy minute falls on both alike.
        times["raw"].append(_raw_seconds(workdir, rows))
        times["unstamped"].append(_raw_seconds(workdir, unstamped_rows))
        seconds, exported = export_everything(built.path, path)
        assert sum(exported.counts.values()) == records, "the file must hold every record"
        times["export"].append(seconds)
        first, again = _import_twice(workdir, path, records)
        times["import"].append(first)
        times["re-import"].append(again)
        times["floor"].append(_floor_seconds(workdir, path))
    baseline, unstamped, export_seconds, import_seconds, reimport_seconds, floor = (
        min(times[key]) for key in keys
    )
    baseline_name = f"sqlite3 executemany of the same {records} rows"
    unstamped_name = f"sqlite3 executemany of the same {records} rows without stamps"

    rss = peak_rss_mb(_IMPORT, str(empty_database(workdir, "rss.sqlite3")), str(path))
    raw_target = str(empty_database(workdir, "rss-raw.sqlite3"))
    rss_baseline = peak_rss_mb(_RAW, raw_target, str(built.path))
    size = f"format {exchange.CURRENT_VERSION}, file {exported.size_bytes / 1e6:.1f} MB"

    def note(key: str) -> str:
        fastest = "" if key == "rss" else f"fastest of {REPEAT}; "
        return f"{records} records, {size}; {fastest}target {TARGETS[key]}"

    return [
        Result(
            f"export {scale.value}",
            export_seconds,
            "s",
            baseline_name,
            baseline,
            note("export"),
        ),
        Result(
            f"import {scale.value} into an empty database",
            import_seconds,
            "s",
            unstamped_name,
            unstamped,
            note("import"),
        ),
        Result(
            f"least an import {scale.value} does: decode, rows, executemany (not a target)",
            floor,
            "s",
            unstamped_name,
            unstamped,
            f"{records} records; no value checked, nothing merged; fastest of {REPEAT}",
        ),
        Result(
            f"re-import {scale.value} (nothing to do)",
            reimport_seconds,
            "s",
            f"import {scale.value} into an empty database",
            import_seconds,
            note("re-import"),
        ),
        Result(
            f"peak RSS of an import {scale.value}",
            rss,
            "MB",
            f"peak RSS of reading the same {records} rows and executemany",
            rss_baseline,
            note("rss"),
        ),
    ]
