"""compact stamps

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 01:00:00.000000

Every synced table's ``stamps`` column changes from a JSON object that spells out each
field's stamp to the compact text of ``store.stored_stamps`` (one stamp per record plus
the exceptions): 111 of a Bavaria-wide database's 200 MB were spelled-out stamps.

The rows are rewritten in chunks of plain SQL (``executemany`` by rowid), so that the
107,000 records of a Bavaria database convert in seconds and the memory stays flat; the
count of converted rows goes to the progress callback the app hands in
(``migrations.PROGRESS``). The fields of each table are read from the table itself as it
is at this revision, not from the models, so that this revision stays true when the
models gain or lose fields later. The app runs it inside one transaction after a backup
(``store.database``) and compacts the file afterwards (``migrations.COMPACTED``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from helferapp.store import stored_stamps
from helferapp.store.migrations import COMPACTED, PROGRESS

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED_TABLES = (
    "helper_group",
    "organisation",
    "programme",
    "person",
    "contact",
    "partnership",
    "region_status",
)
# Columns of a synced table that are bookkeeping, not fields with a stamp of their own.
BOOKKEEPING = frozenset({"id", "stamps", "last_stamp", "search_text"})
CHUNK = 5000

Rewrite = Callable[[str, str, tuple[str, ...]], tuple[str, str]]


def _driver_connection() -> sqlite3.Connection:
    """The sqlite3 connection under Alembic's, inside the app's transaction."""
    connection: Any = op.get_bind().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _fields(connection: sqlite3.Connection, table: str) -> tuple[str, ...]:
    """The table's stamped fields as they are at this revision."""
    columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
    return tuple(column for column in columns if column not in BOOKKEEPING)


def _chunks(connection: sqlite3.Connection, table: str) -> Iterator[list[tuple[Any, ...]]]:
    """The table's (rowid, stamps, last_stamp) in rowid order, ``CHUNK`` rows at a time.

    Each chunk is fetched whole before it is written back, so no read is open on the
    table while it changes.
    """
    last = -(2**63)
    while True:
        rows = connection.execute(
            f"SELECT rowid, stamps, last_stamp FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, CHUNK),
        ).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _rewrite_all(rewrite: Rewrite) -> int:
    """Rewrite every synced row's (stamps, last_stamp), reporting progress per chunk;
    returns the number of rows."""
    connection = _driver_connection()
    attributes = context.config.attributes
    progress: Callable[[int, int], None] | None = attributes.get(PROGRESS)
    total: int = sum(
        connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in SYNCED_TABLES
    )
    done = 0
    if progress is not None:
        progress(done, total)
    for table in SYNCED_TABLES:
        fields = _fields(connection, table)
        update = f"UPDATE {table} SET stamps = ?, last_stamp = ? WHERE rowid = ?"
        for rows in _chunks(connection, table):
            connection.executemany(
                update,
                [
                    (*rewrite(stamps, last_stamp or "", fields), rowid)
                    for rowid, stamps, last_stamp in rows
                ],
            )
            done += len(rows)
            if progress is not None:
                progress(done, total)
    return total


def _old_stamps(text: object) -> dict[str, str]:
    """The spelled-out stamps of the 0003 form; ``{}`` for a value that is not one."""
    if not isinstance(text, str | bytes) or not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {name: stamp for name, stamp in value.items() if isinstance(stamp, str) and stamp}


def compact(old: str, last_stamp: str, fields: tuple[str, ...]) -> tuple[str, str]:
    """The 0004 (stamps, last_stamp) of a row whose 0003 stamps column holds ``old``.

    A column that is empty, NULL, not JSON or not an object of stamps (written by hand
    or by a program other than HelferApp; the app never wrote one) is taken as "no field
    stamped": refusing the whole conversion for one such row would lock the user out of
    all their data, while an unstamped field only means that any value another
    installation sends for it wins, which heals the record on the next exchange. The
    row's ``last_stamp`` is then kept as it was: it is what "changed since" exports and
    the clock read, and the clock must never fall behind a stamp it already issued.
    """
    stamps = _old_stamps(old)
    text, newest = stored_stamps.pack(stamps, fields)
    return text, newest if stamps else last_stamp


def spell_out(text: str, last_stamp: str, fields: tuple[str, ...]) -> tuple[str, str]:
    """The 0003 (stamps, last_stamp) of a row in the 0004 form (the way back)."""
    try:
        stamps = stored_stamps.unpack(text, last_stamp, fields)
    except (ValueError, AttributeError, TypeError):
        stamps = {}  # the same rule as above, the other way round
    # The 0003 models wrote the column with SQLAlchemy's JSON type, i.e. json.dumps.
    return json.dumps(stamps), last_stamp


def _alter_stamps(old_type: sa.types.TypeEngine[Any], new_type: sa.types.TypeEngine[Any]) -> None:
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "stamps", existing_type=old_type, type_=new_type, existing_nullable=False
            )


def upgrade() -> None:
    """Upgrade schema."""
    # Rewrite first, then copy the tables with the new column type: the copy then moves
    # the small stamps, not the 111 MB of the old ones.
    rows = _rewrite_all(compact)
    _alter_stamps(sa.JSON(), sa.Text())
    # The old stamps' pages are free now but still part of the file: ask for VACUUM.
    context.config.attributes[COMPACTED] = rows > 0


def downgrade() -> None:
    """Downgrade schema."""
    _rewrite_all(spell_out)
    _alter_stamps(sa.Text(), sa.JSON())
