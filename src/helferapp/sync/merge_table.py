"""Merging the records of one table, chunk by chunk: per field, the larger stamp wins.

For each chunk of incoming records it reads the local rows, keeps per field the value
with the larger stamp, moves a stamp too far ahead back by its sender's clock offset,
collects every local value it replaces as an ``Overwrite``, refuses what a record may not
hold (an unknown AGS, a new record without its natural key), and writes inserts and
updates with ``executemany``. The file-level work around it — the savepoint, the clock
offsets, the reference check and the journal — is ``sync.merge``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from helferapp.store.stored_stamps import unpack
from helferapp.sync.clock import MAX_DRIFT_MS
from helferapp.sync.exchange_format import (
    ExchangeFileError,
    PendingRecord,
    WireRecord,
)
from helferapp.sync.merge_report import (
    MergeReport,
    Overwrite,
    TableChanges,
)
from helferapp.sync.merge_rows import stored_row, table_plan, title_of

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


class TableMerger:
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
        self.plan = table_plan(table)

    def merge(
        self,
        chunk: list[WireRecord | PendingRecord],
        prepared: Mapping[str, tuple[Any, ...]] | None = None,
    ) -> None:
        stored = self._load_stamps([record.id for record in chunk])
        records = self._parsed(chunk, stored)
        # Compare per record first: a record whose every field here carries one stamp
        # at least as new as the file's newest for it brings nothing (a file imported
        # again); only the others have their stamps spelled out, and only those that
        # bring a newer stamp for some field have their values read.
        local_stamps: dict[str, dict[str, str]] = {}
        with_news: list[str] = []
        for record in records:
            entry = stored.get(record.id)
            if entry is None:
                continue
            text, last = entry
            if not text and max(record.stamps.values(), default="") <= last:
                continue
            stamps = local_stamps[record.id] = unpack(text, last, self.plan.columns)
            if _brings_news(record, stamps):
                with_news.append(record.id)
        local_values = self._load_values(with_news)
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        for record in records:
            self._check_regions(record)
            capped = self._capped(record)
            if record.id not in stored:
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
                row = self._merge_into(capped, local_values[record.id], local_stamps[record.id])
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

    def _parsed(
        self, chunk: list[WireRecord | PendingRecord], stored: dict[str, tuple[str, str]]
    ) -> list[WireRecord]:
        """The chunk's records that need more than a look at their stamp, parsed.

        A record not parsed yet (all its fields carry one stamp) brings nothing if
        every field here carries a stamp at least as new (and it lies within the drift
        limit, beyond which it needs the capping): it is counted unchanged without
        reading further.
        """
        records: list[WireRecord] = []
        for record in chunk:
            if isinstance(record, WireRecord):
                records.append(record)
                continue
            here = stored.get(record.id)
            if (
                here is not None
                and record.newest <= self._oldest(*here)
                and record.newest[:15] <= self.limit
            ):
                self._observe_newest(record.newest)
                self.changes.unchanged += 1
            else:
                records.append(record.parse())
        return records

    def _oldest(self, text: str, last: str) -> str:
        """The oldest stamp of a stored record's fields; "" if one has none."""
        if not text:
            return last
        stamps = unpack(text, last, self.plan.columns)
        return min(stamps.values()) if len(stamps) == len(self.plan.columns) else ""

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

    def _load_stamps(self, record_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Id → stored stamps text and latest stamp, of the records already here."""
        marks = ", ".join("?" for _ in record_ids)
        rows = self.connection.exec_driver_sql(
            f"SELECT id, stamps, last_stamp FROM {self.table_name} WHERE id IN ({marks})",
            tuple(record_ids),
        )
        return {record_id: (text or "", last or "") for record_id, text, last in rows}

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
        self._observe_newest(max(stamps.values(), default=""))

    def _observe_newest(self, newest: str) -> None:
        if newest > self.report.newest_stamp:
            self.report.newest_stamp = newest
