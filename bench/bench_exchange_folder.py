"""The Austauschordner at Landkreis-network scale: 96 files, one per Kreis, ~1k records each.

Goals (issue 10): a full round (merge all 96 into an empty database, write the own file)
within 10 s; a round in which nothing changed within 1 s. Baselines from the same run:
plain ``exchange.import_file`` of the same 96 files (what a user doing it by hand would
run: one backup and one merge per file), and reading + SHA-256 of the 96 files (the least
a round that looks at every file can do).

The files are written with the app's writer from generated records (200 Helferkreise and
800 Angebote per Kreis), so building them takes seconds, not the demo's minute. With
``--quick`` only 12 Kreise are used.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from bench import Result, quick, timed
from bench.fixtures import empty_database
from helferapp.services import exchange, exchange_folder
from helferapp.store.database import open_database
from helferapp.sync.exchange_file import WireRecord, write_exchange

GROUPS_PER_KREIS = 200
PROGRAMMES_PER_KREIS = 800
STAMP_MS = 1_764_062_100_000


def _municipalities(database_path: Path) -> dict[str, list[str]]:
    by_kreis: dict[str, list[str]] = {}
    with closing(sqlite3.connect(database_path)) as connection:
        for (ags,) in connection.execute(
            "SELECT ags FROM region WHERE level = 'Gemeinde' ORDER BY ags"
        ):
            by_kreis.setdefault(ags[:5], []).append(ags)
    return by_kreis


def _kreis_file(kreis: str, gemeinden: list[str]) -> bytes:
    node = uuid.uuid5(uuid.NAMESPACE_DNS, f"kreis-{kreis}").hex
    groups: list[WireRecord] = []
    programmes: list[WireRecord] = []
    for number in range(GROUPS_PER_KREIS):
        stamp = f"{STAMP_MS + number:015d}-00000-{node}"
        values = {
            "name": f"Helferkreis {kreis}-{number}",
            "region_ags": [gemeinden[number % len(gemeinden)]],
            "email": f"hk{number}@example.org",
            "deleted": False,
        }
        group_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{kreis}/group/{number}"))
        groups.append(WireRecord(group_id, values, dict.fromkeys(values, stamp)))
    for number in range(PROGRAMMES_PER_KREIS):
        stamp = f"{STAMP_MS + number:015d}-00001-{node}"
        values = {
            "title": f"Sprachcafé {number}",
            "group_id": groups[number % GROUPS_PER_KREIS].id,
            "fields": ["sprache", "begegnung"],
            "region_ags": gemeinden[number % len(gemeinden)],
            "notes": "Jeden Dienstag im Pfarrheim, Anmeldung nicht nötig.",
            "deleted": False,
        }
        record_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{kreis}/programme/{number}"))
        programmes.append(WireRecord(record_id, values, dict.fromkeys(values, stamp)))
    return write_exchange(
        {"helper_group": groups, "programme": programmes},
        installation_id=node,
        installation_label=f"Netz {kreis}",
        scope={"kind": "all"},
        consent="shared",
    )


def run(workdir: Path) -> list[Result]:
    folder = workdir / "austausch"
    folder.mkdir()
    target = empty_database(workdir, "ordner.sqlite3")
    kreise = sorted(_municipalities(target).items())
    for kreis, gemeinden in kreise[:12] if quick() else kreise:
        (folder / f"netz-{kreis}.helferapp").write_bytes(_kreis_file(kreis, gemeinden))
    files = sorted(folder.iterdir())
    records = len(files) * (GROUPS_PER_KREIS + PROGRAMMES_PER_KREIS)

    baseline_db = open_database(empty_database(workdir, "baseline.sqlite3"))
    try:
        plain, _ = timed(lambda: [exchange.import_file(baseline_db, path) for path in files])
    finally:
        baseline_db.dispose()

    database = open_database(target)
    try:
        full, first = timed(lambda: exchange_folder.run_round(database, folder))
        assert len(first.having(exchange_folder.FileStatus.MERGED)) == len(files)
        quiet, second = timed(lambda: exchange_folder.run_round(database, folder))
        assert not second.own_written
        assert len(second.having(exchange_folder.FileStatus.UNCHANGED)) == len(files)
    finally:
        database.dispose()
    hashing, _ = timed(
        lambda: [hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())]
    )
    return [
        Result(
            name=f"Austauschordner: full round, {len(files)} files (goal for 96: ≤ 10 s)",
            value=full,
            unit="s",
            baseline_name="exchange.import_file of the same files, one by one",
            baseline_value=plain,
            note=f"{records} records; includes writing the own file",
        ),
        Result(
            name="Austauschordner: round with nothing changed (goal ≤ 1 s)",
            value=quiet,
            unit="s",
            baseline_name="read + SHA-256 of every file in the folder",
            baseline_value=hashing,
            note=f"{len(files) + 1} files",
        ),
    ]
