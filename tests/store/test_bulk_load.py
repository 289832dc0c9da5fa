"""An import into empty tables builds their indexes afterwards — and leaves them as they were.

The indexes are dropped and created again inside the import's transaction; after a good
import the schema is the same as before, after a refused one the database is, and the
cycle collector paused for the merge runs again either way.
"""

from __future__ import annotations

import gc
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from helferapp.domain.errors import UserError
from helferapp.services import exchange
from helferapp.store.bulk_load import indexes_built_afterwards
from helferapp.store.database import Database
from tests.sync.helpers_exchange import (
    OLCHING,
    exchange_bytes,
    line,
    new_uuid,
    stamp,
    write,
)


def _indexes(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()


def _groups(count: int, *, broken_at: int | None = None) -> list[dict[str, object]]:
    lines = []
    for number in range(count):
        values = {"name": f"Helferkreis {number}", "region_ags": [OLCHING], "deleted": False}
        if number == broken_at:
            values["deleted"] = "vielleicht"  # not a yes/no: the file is refused here
        lines.append(line(new_uuid(), values, stamp(counter=number)))
    return lines


def test_an_import_into_empty_tables_keeps_every_index(database: Database, tmp_path: Path) -> None:
    before = _indexes(database.path)
    assert any(table == "helper_group" for table, _, _ in before)
    path = write(tmp_path / "gruppen.helferapp", exchange_bytes({"helper_group": _groups(1200)}))
    exchange.import_file(database, path)
    database.dispose()
    assert _indexes(database.path) == before
    with closing(sqlite3.connect(database.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM helper_group WHERE deleted = 0"
        ).fetchall()
    assert "ix_helper_group_deleted" in str(plan)
    assert gc.isenabled()


def test_a_file_refused_halfway_through_a_table_leaves_the_indexes(
    database: Database, tmp_path: Path
) -> None:
    before = _indexes(database.path)
    data = exchange_bytes({"helper_group": _groups(1200, broken_at=900)})
    path = write(tmp_path / "böse.helferapp", data)
    with pytest.raises(UserError, match="beschädigt"):
        exchange.import_file(database, path)
    database.dispose()
    assert _indexes(database.path) == before
    assert gc.isenabled()


def test_indexes_are_only_dropped_inside_a_transaction(database: Database) -> None:
    with database.engine.connect() as connection:
        connection.rollback()  # SQLAlchemy begins on first use: leave it outside one
        with (
            pytest.raises(RuntimeError, match="transaction"),
            indexes_built_afterwards(connection, "helper_group"),
        ):
            pass
