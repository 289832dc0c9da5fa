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

The export is format 2.0, ``consent=internal`` (every record, so that the file holds the
same rows as the baseline), shared with ``bench_exchange_size`` through
``fixtures.demo_export``; the import includes the backup it takes first, as the user
waits for it too. With ``--quick`` the small demo is used.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench import Result, quick, timed
from bench.fixtures import (
    demo_database,
    demo_export,
    empty_database,
    raw_insert,
    read_rows,
    row_count,
    without_stamps,
)
from helferapp.services import exchange
from helferapp.services.demo import Scale
from helferapp.store.database import open_database

# Issue 17's ratio to the figure's baseline, and issue 5's absolute limit.
TARGETS = {
    "export": "≤ 1.0× (issue 5: ≤ 5 s)",
    "import": "≤ 1.5× (issue 5: ≤ 10 s)",
    "re-import": "≤ 0.25× the import (issue 5: ≤ 5 s)",
    "rss": "≤ 400 MB",
}

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


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    rows = read_rows(built.path)
    records = row_count(rows)
    baseline = raw_insert(empty_database(workdir, "raw.sqlite3"), rows)
    baseline_name = f"sqlite3 executemany of the same {records} rows"
    unstamped = raw_insert(empty_database(workdir, "raw-unstamped.sqlite3"), without_stamps(rows))
    unstamped_name = f"sqlite3 executemany of the same {records} rows without stamps"
    exported = demo_export(scale)
    path = exported.path

    target = open_database(empty_database(workdir, "import.sqlite3"))
    try:
        # The demo's file carries the demo mark: say yes to it, as the user would.
        import_seconds, imported = timed(
            lambda: exchange.import_file(target, path, allow_demo=True)
        )
        reimport_seconds, again = timed(lambda: exchange.import_file(target, path, allow_demo=True))
    finally:
        target.dispose()
    new = sum(changes.new + changes.tombstones for changes in imported.report.tables.values())
    assert new == records and again.report.touched == 0, "import everything, then nothing"

    rss = peak_rss_mb(_IMPORT, str(empty_database(workdir, "rss.sqlite3")), str(path))
    raw_target = str(empty_database(workdir, "rss-raw.sqlite3"))
    rss_baseline = peak_rss_mb(_RAW, raw_target, str(built.path))
    size = f"format {exchange.CURRENT_VERSION}, file {exported.result.size_bytes / 1e6:.1f} MB"

    def note(key: str) -> str:
        return f"{records} records, {size}; target {TARGETS[key]}"

    return [
        Result(
            f"export {scale.value}",
            exported.seconds,
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
