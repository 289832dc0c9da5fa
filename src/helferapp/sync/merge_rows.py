"""The rows the merge writes: per table a plan, per record its stored row.

What merging into a table needs that never changes — its columns, the converters between
wire and stored forms, its INSERT and UPDATE — is worked out once per table here, so the
merge (``sync.merge_table``) only looks values up. A record's row to insert depends on
nothing in the database, so a file can be prepared ahead in another process
(``PreparedFile``, built by ``sync.read_ahead``). Plain SQL with the stored forms of
``wire.py``: SQLAlchemy's per-value type processing was most of an import's time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from helferapp.store.models import SyncedRecord
from helferapp.store.stamping import search_text_from
from helferapp.store.stored_stamps import pack
from helferapp.sync.exchange_file import (
    TABLES,
    ExchangeFile,
    Manifest,
    WireRecord,
)
from helferapp.sync.wire import (
    SCHEMA,
    TABLE_DATA,
    TABLE_MODELS,
    stored_from_wire,
    to_wire,
    wire_from_stored,
)

_TITLE_FIELDS = ("name", "title", "subject", "ags")


def title_of(values: dict[str, Any]) -> str:
    """A record's name for reports: its name, title, subject or AGS."""
    for name in _TITLE_FIELDS:
        value = values.get(name)
        if value:
            return str(value)
    return "(ohne Namen)"


@dataclass(frozen=True)
class TablePlan:
    """What merging into one table needs that never changes: worked out once per table
    (a round through the Austauschordner merges 96 files of 7 tables each)."""

    model: type[SyncedRecord]
    link_targets: dict[str, str]  # column → the synced table it points to
    region_fields: list[str]
    defaults: dict[str, Any]  # wire form of a new record's values (never changed)
    columns: tuple[str, ...]
    pick: Callable[[dict[str, Any]], tuple[Any, ...]]
    stored_of: list[tuple[int, Callable[[Any], Any]]]
    wire_of: list[Callable[[Any], Any]]
    insert_sql: str
    update_sql: str


@cache
def table_plan(table: str) -> TablePlan:
    model = TABLE_MODELS[table]
    schema = SCHEMA[table]
    data_defaults = TABLE_DATA[table]()
    bookkeeping = {"deleted": False, "purged": False, "merged_into": None}
    # Plain SQL with the stored forms of wire.py: SQLAlchemy's per-value type
    # processing was most of an import's time. Column names come from the schema.
    columns = tuple(schema)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    return TablePlan(
        model=model,
        link_targets={
            column.key: foreign.column.table.name
            for column in model.__table__.columns
            for foreign in column.foreign_keys
            if foreign.column.table.name in TABLE_MODELS
        },
        region_fields=[name for name in ("region_ags", "ags") if name in schema],
        defaults={
            name: to_wire(getattr(data_defaults, name, bookkeeping.get(name))) for name in schema
        },
        columns=columns,
        # Most columns are stored as they travel: pick them all at once (in C) and
        # convert only the few others (lists, times) by position.
        pick=itemgetter(*columns),
        stored_of=[
            (index, convert)
            for index, name in enumerate(columns)
            if (convert := stored_from_wire(schema[name].kind)) is not None
        ],
        wire_of=[wire_from_stored(schema[name].kind) for name in columns],
        insert_sql=(
            f"INSERT INTO {table} (id, {names}, stamps, last_stamp, search_text) "
            f"VALUES (?, {marks}, ?, ?, ?)"
        ),
        update_sql=(
            f"UPDATE {table} SET {assignments}, stamps = ?, last_stamp = ?, search_text = ? "
            "WHERE id = ?"
        ),
    )


def stored_row(table: str, values: dict[str, Any], stamps: dict[str, str]) -> list[Any]:
    """A record's stored column values (in the plan's column order), then its stored
    stamps, latest stamp and search text: what an INSERT or UPDATE writes."""
    plan = table_plan(table)
    stored = list(plan.pick(values))
    for index, convert in plan.stored_of:
        stored[index] = convert(stored[index])
    return [
        *stored,
        *pack(stamps, plan.columns),
        search_text_from(values, plan.model.search_fields),
    ]


def insert_row_of(table: str, record: WireRecord) -> tuple[Any, ...]:
    """The row that inserting ``record`` as a new record writes (it depends on nothing
    in the database, so another process can build it ahead; see ``read_ahead``)."""
    values = {**table_plan(table).defaults, **record.values}
    return (record.id, *stored_row(table, values, dict(record.stamps)))


@dataclass(frozen=True)
class PreparedFile:
    """An exchange file already read and checked (by ``read_ahead``, in another process):
    its manifest, its records, and for each record the row that inserting it writes."""

    manifest: Manifest
    tables: dict[str, list[WireRecord]]
    insert_rows: dict[str, dict[str, tuple[Any, ...]]]

    def records(self, table: str) -> Iterator[WireRecord]:
        return iter(self.tables.get(table, ()))

    def records_to_merge(self, table: str) -> Iterator[WireRecord]:
        return self.records(table)


def prepare_file(exchange: ExchangeFile) -> PreparedFile:
    """Read and check every record of ``exchange`` and build the rows to insert them."""
    tables = {table: list(exchange.records(table)) for table in TABLES}
    return PreparedFile(
        exchange.manifest,
        tables,
        {
            table: {record.id: insert_row_of(table, record) for record in records}
            for table, records in tables.items()
        },
    )
