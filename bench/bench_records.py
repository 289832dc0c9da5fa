"""Saving records one by one through the service layer, as the GUI does, against raw SQL.

``records.create`` per group means per record: a unit of work (session, clock read),
validation with its link and Gebiet queries, an ORM flush with stamps and search text,
and a commit. Two baselines for the same 2,000 rows (read back from the database, so the
shape is identical): one ``executemany`` transaction (the bulk floor), and one
insert-and-commit per row (what a single save costs SQLite alone).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench import Result, timed
from bench.fixtures import empty_database, raw_insert, read_rows
from helferapp.services import records
from helferapp.services.demo import region_index
from helferapp.services.demo_content import DemoContent
from helferapp.services.demo_parts import Sizes
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database

COUNT = 2_000


def run(workdir: Path) -> list[Result]:
    database = open_database(empty_database(workdir, "service.sqlite3"))
    try:
        with UnitOfWork(database) as uow:
            regions = region_index(uow.session)
        sizes = Sizes(COUNT, 0, 0, 0, 0, 0, kreise=96)
        groups = [data for _id, data in DemoContent(regions, sizes, 1, date.today()).groups()]
        uow = UnitOfWork(database)

        def create_all() -> None:
            for data in groups:
                records.create(uow, GROUPS, data)

        seconds, _ = timed(create_all)
    finally:
        database.dispose()
    rows = read_rows(database.path, ("helper_group",))
    bulk = raw_insert(empty_database(workdir, "bulk.sqlite3"), rows)
    each = raw_insert(empty_database(workdir, "each.sqlite3"), rows, commit_each_row=True)
    return [
        Result(
            name=f"records.create of {COUNT} groups, one by one",
            value=seconds,
            unit="s",
            baseline_name=f"sqlite3 executemany of the same {COUNT} rows, one transaction",
            baseline_value=bulk,
        ),
        Result(
            name="records.create, per group",
            value=seconds / COUNT * 1000,
            unit="ms",
            baseline_name="sqlite3 insert + commit of one such row",
            baseline_value=each / COUNT * 1000,
        ),
    ]
