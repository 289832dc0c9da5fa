"""Merging an exchange file into the database: per field, the larger stamp wins.

This is a join (a per-field maximum), so importing is idempotent and the order of files
does not matter. It works on a Core connection inside the caller's transaction — the
caller decides whether to commit (import) or roll back (preview) — and reads and writes
in chunks, so a whole Bavaria's worth of records merges in seconds.

Nothing is lost silently: every local value that an incoming value replaces is reported
as an ``Overwrite`` and, on a real import, written to the import journal.

A stamp more than ``clock.MAX_DRIFT_MS`` ahead of this laptop's wall clock (a sender
whose clock is wrong, or a hostile file) is moved back as it is merged: by the sender's
*clock offset*, the distance between that installation's latest stamp and this
laptop's clock when its future stamps were first accepted here. The offsets are kept
per installation (``meta`` key ``clock_offsets``, in the import's transaction), so
the same file imported again gives the same stamps (importing stays idempotent, and an
edit made here after the first import keeps winning), and the sender's later files
land in the present too. So such a stamp can push neither this laptop's clock nor,
through it, anyone else's; its order among the sender's own writes is kept; the newest
of them counts as written at the moment it was accepted. ``MergeReport.future_stamp``
names the latest such claim, and the caller refuses the import unless the user
accepted it (a preview or a refusal rolls the new offsets back with everything else).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError

from helferapp.store.batches import batches
from helferapp.store.models import ImportJournalEntry, SyncedRecord
from helferapp.store.stamping import search_text_from
from helferapp.sync.clock import MAX_DRIFT_MS
from helferapp.sync.exchange_file import (
    TABLES,
    ExchangeFile,
    ExchangeFileError,
    Manifest,
    WireRecord,
)
from helferapp.sync.merge_report import (
    ImportCancelled,
    JournalContext,
    MergeReport,
    Observer,
    Overwrite,
    TableChanges,
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
# Fields a record cannot be created without (its natural key).
_REQUIRED: dict[str, tuple[str, ...]] = {
    "partnership": ("group_id", "organisation_id"),
    "region_status": ("ags",),
}


def _brings_news(record: WireRecord, local: dict[str, str]) -> bool:
    """Whether ``record`` has a newer stamp than the local one for any of its fields."""
    if record.stamps.items() <= local.items():
        return False  # every stamp the same as here: the commonest case, checked in C
    return any(stamp > local.get(name, "") for name, stamp in record.stamps.items())


def title_of(values: dict[str, Any]) -> str:
    """A record's name for reports: its name, title, subject or AGS."""
    for name in _TITLE_FIELDS:
        value = values.get(name)
        if value:
            return str(value)
    return "(ohne Namen)"


@dataclass(frozen=True)
class _TablePlan:
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
def _plan(table: str) -> _TablePlan:
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
    return _TablePlan(
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
    """A record's stored column values (in the plan's column order), then its stamps
    JSON, latest stamp and search text: what an INSERT or UPDATE writes."""
    plan = _plan(table)
    stored = list(plan.pick(values))
    for index, convert in plan.stored_of:
        stored[index] = convert(stored[index])
    return [
        *stored,
        json.dumps(stamps),
        max(stamps.values(), default=""),
        search_text_from(values, plan.model.search_fields),
    ]


def insert_row_of(table: str, record: WireRecord) -> tuple[Any, ...]:
    """The row that inserting ``record`` as a new record writes (it depends on nothing
    in the database, so another process can build it ahead; see ``read_ahead``)."""
    values = {**_plan(table).defaults, **record.values}
    return (record.id, *stored_row(table, values, dict(record.stamps)))


class _TableMerger:
    """Merges the records of one table; see the module docstring."""

    def __init__(
        self,
        connection: Connection,
        table: str,
        regions: set[str],
        report: MergeReport,
        links: dict[str, set[str]],
        wall: int,
        offsets: dict[str, int],
    ) -> None:
        self.wall = wall
        self.limit = f"{wall + MAX_DRIFT_MS:015d}"
        self.offsets = offsets
        self.connection = connection
        self.links = links
        self.table_name = table
        self.regions = regions
        self.report = report
        self.changes = report.tables.setdefault(table, TableChanges())
        self.plan = _plan(table)

    def merge(
        self, records: list[WireRecord], prepared: Mapping[str, tuple[Any, ...]] | None = None
    ) -> None:
        local_stamps = self._load_stamps([record.id for record in records])
        # Only records that bring a newer stamp for some field need their values read:
        # importing a file again reads stamps alone.
        local_values = self._load_values(
            [
                record.id
                for record in records
                if record.id in local_stamps and _brings_news(record, local_stamps[record.id])
            ]
        )
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        for record in records:
            self._check_regions(record)
            capped = self._capped(record)
            stamps = local_stamps.get(record.id)
            if stamps is None:
                if self.table_name == "person" and "name" not in record.values:
                    # A consent-only record (FORMAT.md §4) updates a person one already
                    # has; it never creates one.
                    continue
                self._check_new(record)
                ready = prepared.get(record.id) if prepared and capped is record else None
                inserts.append(self._insert_row(capped, ready))
            elif record.id not in local_values:
                self._observe(capped.stamps)
                self.changes.unchanged += 1
            else:
                row = self._merge_into(capped, local_values[record.id], stamps)
                if row is not None:
                    updates.append(row)
        try:
            if inserts:
                self.connection.exec_driver_sql(self.plan.insert_sql, inserts)
            if updates:
                self.connection.exec_driver_sql(self.plan.update_sql, updates)
        except IntegrityError as error:  # a safety net: the checks above should catch it
            raise ExchangeFileError(
                f"Die Datei enthält Einträge, die nicht zueinander passen ({self.table_name}). "
                "Es wurde nichts verändert. Bitte beim Absender eine neue Datei anfordern."
            ) from error
        self.report.written += len(inserts) + len(updates)

    def _capped(self, record: WireRecord) -> WireRecord:
        """``record`` with every stamp beyond the drift limit moved back by its sender's
        clock offset (never past now; counter and installation kept); the record itself
        if none lies beyond. A sender without an offset yet is noted in the report (the
        merge then starts over with one)."""
        limit = self.limit
        if max(record.stamps.values(), default="")[:15] <= limit:
            return record
        report = self.report
        stamps = dict(record.stamps)
        for name, stamp in stamps.items():
            if stamp[:15] <= limit:
                continue
            if stamp > report.future_stamp:
                report.future_stamp = stamp
            report.capped += 1
            physical, node = int(stamp[:15]), stamp[22:]
            offset = self.offsets.get(node)
            if offset is None:
                report.newest_unknown[node] = max(physical, report.newest_unknown.get(node, 0))
                offset = physical - self.wall
            moved = min(physical - offset, self.wall)
            stamps[name] = f"{moved:015d}{stamp[15:]}"
        return WireRecord(record.id, record.values, stamps)

    def _check_new(self, record: WireRecord) -> None:
        """A new record must bring the fields it cannot exist without."""
        required = _REQUIRED.get(self.table_name, ())
        missing = [name for name in required if not record.values.get(name)]
        if missing:
            raise ExchangeFileError(
                f"Die Datei enthält einen neuen Eintrag ohne „{missing[0]}“ "
                f"({self.table_name}, Eintrag {record.id}). Es wurde nichts verändert. "
                "Bitte beim Absender eine neue Datei anfordern."
            )

    def _load_stamps(self, record_ids: list[str]) -> dict[str, dict[str, str]]:
        marks = ", ".join("?" for _ in record_ids)
        rows = self.connection.exec_driver_sql(
            f"SELECT id, stamps FROM {self.table_name} WHERE id IN ({marks})", tuple(record_ids)
        )
        return {record_id: json.loads(stamps) if stamps else {} for record_id, stamps in rows}

    def _load_values(self, record_ids: list[str]) -> dict[str, dict[str, Any]]:
        if not record_ids:
            return {}
        columns, marks = self.plan.columns, ", ".join("?" for _ in record_ids)
        rows = self.connection.exec_driver_sql(
            f"SELECT id, {', '.join(columns)} FROM {self.table_name} WHERE id IN ({marks})",
            tuple(record_ids),
        )
        return {
            row[0]: {
                name: convert(value)
                for name, convert, value in zip(columns, self.plan.wire_of, row[1:], strict=True)
            }
            for row in rows
        }

    def _check_regions(self, record: WireRecord) -> None:
        for name in self.plan.region_fields:
            value = record.values.get(name)
            if not value:
                continue
            codes = value if isinstance(value, list) else [value]
            if self.regions.issuperset(codes):
                continue
            unknown = [code for code in codes if code not in self.regions]
            if unknown:
                raise ExchangeFileError(
                    f"Die Datei nennt einen unbekannten Gebietsschlüssel (AGS) „{unknown[0]}“ "
                    f"({self.table_name}, Eintrag {record.id}). Es wurde nichts verändert."
                )

    def _row(self, values: dict[str, Any], stamps: dict[str, str]) -> list[Any]:
        """The stored column values (in the plan's column order) and the bookkeeping."""
        self._note_links(values)
        return stored_row(self.table_name, values, stamps)

    def _note_links(self, values: dict[str, Any]) -> None:
        for column, target in self.plan.link_targets.items():
            if values.get(column):
                self.links.setdefault(target, set()).add(values[column])

    def _insert_row(
        self, record: WireRecord, prepared: tuple[Any, ...] | None = None
    ) -> tuple[Any, ...]:
        values = {**self.plan.defaults, **record.values}
        title = title_of(values)
        if values["deleted"]:
            self.changes.tombstones += 1
        else:
            self.changes.note("new", title)
        self._observe(record.stamps)
        self.report.note_change(record.stamps)
        if prepared is not None:  # built by the read-ahead process from the same values
            self._note_links(values)
            return prepared
        return (record.id, *self._row(values, dict(record.stamps)))

    def _merge_into(
        self,
        record: WireRecord,
        values: dict[str, Any],
        stamps: dict[str, str],
    ) -> tuple[Any, ...] | None:
        merged_values, merged_stamps = dict(values), dict(stamps)
        title = title_of(values)
        changed = False
        for name, incoming in record.values.items():
            stamp = record.stamps[name]
            local_stamp = stamps.get(name, "")
            if stamp <= local_stamp:
                continue
            merged_stamps[name] = stamp
            if incoming != values[name]:
                changed = True
                merged_values[name] = incoming
                self.report.overwrites.append(
                    Overwrite(
                        self.table_name,
                        record.id,
                        title,
                        name,
                        values[name],
                        incoming,
                        local_stamp,
                        stamp,
                    )
                )
        self._observe(record.stamps)
        if merged_stamps == stamps:
            self.changes.unchanged += 1
            return None
        self.report.note_change(merged_stamps)
        if values["deleted"] != merged_values["deleted"]:
            self.changes.note("deleted" if merged_values["deleted"] else "restored", title)
        elif changed:
            self.changes.note("changed", title_of(merged_values))
        else:
            self.changes.unchanged += 1
        return (*self._row(merged_values, merged_stamps), record.id)

    def _observe(self, stamps: dict[str, str]) -> None:
        newest = max(stamps.values(), default="")
        if newest > self.report.newest_stamp:
            self.report.newest_stamp = newest


def known_regions(connection: Connection) -> set[str]:
    """Every AGS of the reference data (what a file's records may name)."""
    return {ags for (ags,) in connection.exec_driver_sql("SELECT ags FROM region")}


@dataclass(frozen=True)
class PreparedFile:
    """An exchange file already read and checked (by ``read_ahead``, in another process):
    its manifest, its records, and for each record the row that inserting it writes."""

    manifest: Manifest
    tables: dict[str, list[WireRecord]]
    insert_rows: dict[str, dict[str, tuple[Any, ...]]]

    def records(self, table: str) -> Iterator[WireRecord]:
        return iter(self.tables.get(table, ()))


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


def merge_file(
    connection: Connection,
    exchange: ExchangeFile | PreparedFile,
    *,
    clock: Observer,
    journal: JournalContext | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
    regions: set[str] | None = None,
) -> MergeReport:
    """Merge every table of ``exchange`` into the database behind ``connection``.

    ``regions`` are the known AGS (read here if not given: a round passes them once
    for all its files).

    Runs inside the caller's transaction and never commits. References may point forward
    (a programme before its organisation in a chunk), so foreign keys are checked once, at
    the end, with a German error if the file points to records nobody has.
    """
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    if regions is None:
        regions = known_regions(connection)
    wall = clock.wall()
    offsets = _clock_offsets(connection)
    attempt = connection.begin_nested()
    try:
        report = _merge_tables(connection, exchange, regions, wall, offsets, cancelled, progress)
        if report.newest_unknown:
            # Stamps from a sender whose clock offset was not known: now it is (its newest
            # stamp counts as written now); merge again with it, so every record of the
            # file is moved back by the same offset whatever order they came in.
            attempt.rollback()
            unknown = report.newest_unknown
            offsets.update({node: newest - wall for node, newest in unknown.items()})
            _save_clock_offsets(connection, offsets)
            attempt = connection.begin_nested()
            report = _merge_tables(
                connection, exchange, regions, wall, offsets, cancelled, progress
            )
        attempt.commit()
    except BaseException:
        if attempt.is_active:
            attempt.rollback()
        raise
    if report.newest_stamp:
        clock.observe(report.newest_stamp)  # moved back already; capped there too
    if journal is not None and report.overwrites:
        _write_journal(connection, journal, report.overwrites)
    return report


def _merge_tables(
    connection: Connection,
    exchange: ExchangeFile | PreparedFile,
    regions: set[str],
    wall: int,
    offsets: dict[str, int],
    cancelled: Callable[[], bool],
    progress: Callable[[int, int], None],
) -> MergeReport:
    report = MergeReport()
    links: dict[str, set[str]] = {}
    total = exchange.manifest.record_count
    done = 0
    for table in TABLES:
        merger = _TableMerger(connection, table, regions, report, links, wall, offsets)
        prepared = exchange.insert_rows.get(table) if isinstance(exchange, PreparedFile) else None
        for chunk in batches(exchange.records(table)):
            if cancelled():
                raise ImportCancelled()
            merger.merge(chunk, prepared)
            done += len(chunk)
            progress(done, total)
    _check_references(connection, links)
    return report


_META_OFFSETS = "clock_offsets"


def _clock_offsets(connection: Connection) -> dict[str, int]:
    """Installation id → how far its clock was found ahead (ms); see the docstring."""
    text = connection.exec_driver_sql(
        "SELECT value FROM meta WHERE key = ?", (_META_OFFSETS,)
    ).scalar()
    try:
        loaded = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        str(node): offset for node, offset in loaded.items() if type(offset) is int and offset > 0
    }


def _save_clock_offsets(connection: Connection, offsets: dict[str, int]) -> None:
    connection.exec_driver_sql("DELETE FROM meta WHERE key = ?", (_META_OFFSETS,))
    connection.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        (_META_OFFSETS, json.dumps(offsets, sort_keys=True)),
    )


def _check_references(connection: Connection, links: dict[str, set[str]]) -> None:
    """Check that every record the written rows point to exists (now, in this transaction).

    Only the rows this import wrote can point nowhere — nothing is ever removed — so
    checking their links is enough, and far cheaper than checking the whole database.
    """
    missing = 0
    example = ""
    for table, wanted in links.items():
        for chunk in batches(sorted(wanted)):
            marks = ", ".join("?" for _ in chunk)
            found = {
                row[0]
                for row in connection.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE id IN ({marks})", tuple(chunk)
                )
            }
            absent = len(chunk) - len(found)
            if absent and not example:
                example = table
            missing += absent
    if missing:
        raise ExchangeFileError(
            f"Die Datei verweist auf Einträge, die weder in der Datei noch hier vorhanden "
            f"sind ({missing} Verweise, z. B. auf „{example}“). Bitte beim Absender eine "
            "vollständige Datei anfordern. Es wurde nichts verändert."
        )


def _write_journal(
    connection: Connection, journal: JournalContext, overwrites: list[Overwrite]
) -> None:
    rows = [
        {
            "import_id": journal.import_id,
            "imported_at": journal.imported_at,
            "source_name": journal.source_name[:300],
            "source_label": journal.source_label[:300],
            "table_name": item.table,
            "record_id": item.record_id,
            "record_title": item.title[:300],
            "field": item.field,
            "old_value": json.dumps(item.old_value, ensure_ascii=False),
            "new_value": json.dumps(item.new_value, ensure_ascii=False),
            "old_stamp": item.old_stamp,
            "new_stamp": item.new_stamp,
            "restored_at": None,
        }
        for item in overwrites
    ]
    for chunk in batches(rows):
        connection.execute(insert(ImportJournalEntry), chunk)
