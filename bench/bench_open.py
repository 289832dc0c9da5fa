"""Opening an existing database, as every start of the app and the CLI does.

``open_database`` checks the file, runs Alembic's "already at head?" check, compares the
shipped Gebiete's checksum, and makes the engine. The baseline is the least any program
can do to read the file: ``sqlite3.connect`` and a ``count(*)`` of the Angebote.
"""

from __future__ import annotations

from pathlib import Path

from bench import Result, median_time, quick
from bench.fixtures import connect, demo_database
from helferapp.services.demo import Scale
from helferapp.store.database import open_database


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)

    def open_app() -> None:
        open_database(built.path).dispose()

    def open_raw() -> None:
        connection = connect(built.path)
        connection.execute("SELECT count(*) FROM programme").fetchone()
        connection.close()

    open_app()  # the first open may still checkpoint the build's WAL; not what we measure
    return [
        Result(
            name=f"open_database of the {scale.value} demo",
            value=median_time(open_app) * 1000,
            unit="ms",
            baseline_name="sqlite3.connect + SELECT count(*) FROM programme",
            baseline_value=median_time(open_raw) * 1000,
            note=f"{built.records} records, median of 5",
        )
    ]
