"""Searching and listing the Angebote, as the filter box and the Angebote page do.

``records.list_records`` folds the query, selects with ``LIKE`` on the stored search text
and turns every hit into a frozen data class. The baseline runs the same SQL through
plain ``sqlite3`` and fetches the raw tuples: the gap is the ORM and the conversion.

"deutsch" is the query the issue names; since every demo Angebot lists Deutsch among its
languages it hits all of them (the worst case). "fahrrad" is a selective one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench import Result, median_time, quick
from bench.fixtures import connect, demo_database
from helferapp.services import records
from helferapp.services.demo import Scale
from helferapp.services.entities import PROGRAMMES
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database

QUERIES = ("deutsch", "fahrrad")
RAW_SQL = "SELECT * FROM programme WHERE deleted = 0 AND purged = 0 {where} ORDER BY title, id"


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    database = open_database(built.path)
    connection = connect(built.path)
    uow = UnitOfWork(database)
    try:
        total = len(records.list_records(uow, PROGRAMMES))
        of = f"of {total} Angebote ({scale.value} demo)"
        results = [_search(uow, connection, query, of) for query in QUERIES]
        list_sql = RAW_SQL.format(where="")
        results.append(
            Result(
                name="list_records(PROGRAMMES), all",
                value=median_time(lambda: records.list_records(uow, PROGRAMMES)) * 1000,
                unit="ms",
                baseline_name="sqlite3: same SELECT, fetchall",
                baseline_value=median_time(lambda: connection.execute(list_sql).fetchall()) * 1000,
                note=f"{total} Angebote ({scale.value} demo), median of 5",
            )
        )
        return results
    finally:
        connection.close()
        database.dispose()


def _search(uow: UnitOfWork, connection: sqlite3.Connection, query: str, of: str) -> Result:
    sql = RAW_SQL.format(where="AND search_text LIKE ?")
    pattern = (f"%{query}%",)
    hits = len(records.list_records(uow, PROGRAMMES, query=query))
    assert len(connection.execute(sql, pattern).fetchall()) == hits, "service and SQL disagree"
    return Result(
        name=f'list_records(PROGRAMMES, query="{query}")',
        value=median_time(lambda: records.list_records(uow, PROGRAMMES, query=query)) * 1000,
        unit="ms",
        baseline_name="sqlite3: same SELECT … LIKE, fetchall",
        baseline_value=median_time(lambda: connection.execute(sql, pattern).fetchall()) * 1000,
        note=f"{hits} hits {of}, median of 5",
    )
