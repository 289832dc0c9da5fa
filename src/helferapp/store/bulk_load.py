"""Loading many rows into an empty table: its indexes built once afterwards, not row by row.

An import into an empty database (a new laptop taking over a Landkreis, or all Bavaria)
inserts every record of a table at once. Keeping each secondary index (``deleted``,
``last_stamp``, the links) up to date with every row writes into several B-trees at
random places; building each index once over the finished table sorts instead, and made
the all-Bavaria import's SQLite part markedly cheaper (bench/README.md, issue 17). The
primary key and the unique constraints stay: the merge looks records up by id while it
loads, and they guard the data.

The indexes are dropped and created again inside the caller's transaction, so whatever
happens in between — a refused file, a cancel, a full disk — the caller's rollback
brings them back exactly as they were, and no other connection ever sees a table
without them (WAL readers see the last commit).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection


@contextmanager
def indexes_built_afterwards(connection: Connection, table: str) -> Iterator[None]:
    """Drop ``table``'s own secondary indexes, run the block, create them again.

    Only on success are they created again: the caller must roll back its transaction
    if the block fails (``sync.merge`` does, with its savepoint).
    """
    if not connection.in_transaction():
        raise RuntimeError("indexes may only be dropped inside a transaction")
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        (table,),
    ).fetchall()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, create in indexes:
        connection.exec_driver_sql(create)
