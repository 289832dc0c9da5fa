"""What the clock stamps cost on disk: exchange files and the database, beside the same
records with no stamps at all.

Every field of every record carries a stamp for the merge; spelled out per field they
were most of the bytes (a 20.4 MB all-Bavaria file, a 200 MB Bavaria database). Issue 17's
targets for the bavaria demo, each beside a baseline measured in the same run:

- the all-Bavaria file (format 2.0, ``--intern``) ≤ 10 MB, and ≤ 1.1× the same records'
  lines written with no stamp at all — same members, same manifest, same zlib level
  (``sync.exchange_file.COMPRESS_LEVEL``) — so that the ratio is what the stamps cost;
- the same file in format 1.0 beside the 2.0 one: what 2.0 saves (no target; 1.0 is
  still written for receivers with an older HelferApp);
- one Landkreis (09162, München; ``--intern`` like the all-Bavaria file, the larger of
  the two: a file shared with another group leaves out persons without consent, its size
  is in the note) ≤ 250 kB, beside its records without stamps;
- the database file after the demo build ≤ 90 MB (and after ``VACUUM``, if that makes a
  difference), beside the same database with its stamps columns emptied and vacuumed.

Sizes in MB and kB are decimal (10⁶ and 10³ bytes), as mail providers count their
limits. With ``--quick`` the small demo is used (the Landkreis is then whatever of it
lies in 09162).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from bench import Result, quick
from bench.fixtures import (
    STAMP_COLUMNS,
    SYNCED_TABLES,
    database_size,
    demo_database,
    export_everything,
)
from helferapp.services import exchange
from helferapp.services.demo import Scale
from helferapp.store.database import open_database
from helferapp.sync.exchange_file import (
    COMPRESS_LEVEL,
    TABLES,
    ExchangeFile,
    WireRecord,
    write_exchange,
)

LANDKREIS = "09162"
TARGETS = {
    "file": "target ≤ 10 MB and ≤ 1.1×",
    "landkreis": "target ≤ 250 kB",
    "database": "target ≤ 90 MB",
}


def unstamped_size(path: Path) -> int:
    """Bytes of the exchange file at ``path`` written again with every record's stamps
    left out: the same lines without ``stamp``/``stamps``, by the same writer."""
    source = ExchangeFile(path.read_bytes())
    manifest = source.manifest
    data = write_exchange(
        {
            table: (WireRecord(record.id, record.values, {}) for record in source.records(table))
            for table in TABLES
        },
        installation_id=manifest.installation_id,
        installation_label=manifest.installation_label,
        scope=manifest.scope,
        consent=manifest.consent,
        sorted_by_id=True,
        demo=manifest.demo,
    )
    return len(data)


def vacuumed_size(path: Path, target: Path, *, empty_stamps: bool = False) -> int:
    """Bytes of a vacuumed copy of the database at ``path`` (written to ``target``),
    with ``empty_stamps`` the stamps columns of every synced record emptied first."""
    with closing(sqlite3.connect(path)) as source:
        source.execute("VACUUM INTO ?", (str(target),))
    if empty_stamps:
        with closing(sqlite3.connect(target, isolation_level=None)) as copy:
            blank = ", ".join(f"{column} = ''" for column in STAMP_COLUMNS)
            copy.execute("BEGIN")
            for table in SYNCED_TABLES:
                copy.execute(f"UPDATE {table} SET {blank}")
            copy.execute("COMMIT")
            copy.execute("VACUUM")
    return database_size(target)


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    _, current = export_everything(built.path, workdir / "alles.helferapp")
    _, old = export_everything(built.path, workdir / "alles-1.0.helferapp", "1.0")
    records = sum(current.counts.values())
    unstamped = unstamped_size(current.path)

    database = open_database(built.path)
    try:
        kreis, shared = [
            exchange.export_file(
                database,
                workdir / f"kreis-{LANDKREIS}-{consent.value}.helferapp",
                exchange.ExportScope(kind=exchange.ScopeKind.DISTRICT, district_ags=LANDKREIS),
                consent,
            )
            for consent in (exchange.ConsentMode.INTERNAL, exchange.ConsentMode.SHARED)
        ]
    finally:
        database.dispose()
    kreis_unstamped = unstamped_size(kreis.path)
    kreis_records = sum(kreis.counts.values())

    vacuumed = vacuumed_size(built.path, workdir / "vacuumed.sqlite3")
    unstamped_database = vacuumed_size(built.path, workdir / "unstamped.sqlite3", empty_stamps=True)
    without = f"without stamps, same members, zlib level {COMPRESS_LEVEL}"
    version = exchange.CURRENT_VERSION
    results = [
        Result(
            f"all-{scale.value} file, format {version} (--intern)",
            current.size_bytes / 1e6,
            "MB",
            f"the same {records} records {without}",
            unstamped / 1e6,
            f"{current.size_bytes} bytes; {TARGETS['file']}",
        ),
        Result(
            f"all-{scale.value} file, format 1.0 (--intern)",
            old.size_bytes / 1e6,
            "MB",
            f"the same file in format {version}",
            current.size_bytes / 1e6,
            f"{old.size_bytes} bytes; no target: what format {version} saves",
        ),
        Result(
            f"Landkreis {LANDKREIS} file, format {version} (--intern)",
            kreis.size_bytes / 1e3,
            "kB",
            f"the same {kreis_records} records {without}",
            kreis_unstamped / 1e3,
            f"{kreis.size_bytes} bytes; shared (persons with consent only): "
            f"{shared.size_bytes / 1e3:.1f} kB; {TARGETS['landkreis']}",
        ),
        Result(
            f"{scale.value} database file after the demo build",
            built.size_bytes / 1e6,
            "MB",
            "the same database, stamps columns emptied, VACUUM",
            unstamped_database / 1e6,
            f"{built.records} records; {TARGETS['database']}",
        ),
    ]
    if vacuumed != built.size_bytes:
        results.append(
            Result(
                f"{scale.value} database file after the demo build and VACUUM",
                vacuumed / 1e6,
                "MB",
                "the same database, stamps columns emptied, VACUUM",
                unstamped_database / 1e6,
                f"{built.records} records; {TARGETS['database']}",
            )
        )
    return results
