"""Building the demo database (small and bavaria) against raw inserts of the same rows.

The baseline reads every row the build wrote (stamps JSON and search text included) and
inserts exactly those rows into an empty database with ``sqlite3.executemany`` in one
transaction: the floor for writing this data. The ratio is what generating, validating,
ORM objects and per-field stamping cost on top.
"""

from __future__ import annotations

from pathlib import Path

from bench import Result, quick
from bench.fixtures import demo_database, empty_database, raw_insert, read_rows, row_count
from helferapp.services.demo import Scale


def run(workdir: Path) -> list[Result]:
    scales = [Scale.SMALL] if quick() else [Scale.SMALL, Scale.BAVARIA]
    results: list[Result] = []
    for scale in scales:
        built = demo_database(scale)
        rows = read_rows(built.path)
        assert row_count(rows) == built.records, "build and file disagree"
        baseline = raw_insert(empty_database(workdir, f"raw-{scale.value}.sqlite3"), rows)
        results.append(
            Result(
                name=f"demo build {scale.value}",
                value=built.seconds,
                unit="s",
                baseline_name=f"sqlite3 executemany of the same {built.records} rows",
                baseline_value=baseline,
                note=", ".join(f"{key} {count}" for key, count in built.counts.items()),
            )
        )
    return results
