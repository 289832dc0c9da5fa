"""Merging an exchange file into the database: per field, the larger stamp wins.

This is a join (a per-field maximum), so importing is idempotent and the order of files
does not matter. It works on a Core connection inside the caller's transaction — the
caller decides whether to commit (import) or roll back (preview) — and reads and writes
in chunks, so a whole Bavaria's worth of records merges in seconds. This module is the
file-level part (the savepoint, the clock offsets, the reference check, the journal);
one table's chunks are merged by ``sync.merge_table``, whose rows ``sync.merge_rows``
builds.

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

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext

from sqlalchemy import Connection, insert

from helferapp.store.batches import batches
from helferapp.store.bulk_load import indexes_built_afterwards
from helferapp.store.models import ImportJournalEntry
from helferapp.sync.exchange_file import (
    TABLES,
    ExchangeFile,
    ExchangeFileError,
)
from helferapp.sync.merge_report import (
    ImportCancelled,
    JournalContext,
    MergeReport,
    Observer,
    Overwrite,
)
from helferapp.sync.merge_rows import PreparedFile
from helferapp.sync.merge_table import TableMerger


def known_regions(connection: Connection) -> set[str]:
    """Every AGS of the reference data (what a file's records may name)."""
    return {ags for (ags,) in connection.exec_driver_sql("SELECT ags FROM region")}


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while a file merges.

    A merge makes hundreds of thousands of small objects and keeps many of them for a
    while (a table read at once into an empty one), none of them in cycles; every
    collection walked them all again, about a tenth of an all-Bavaria import. What
    anyone makes meanwhile is collected as usual once the merge is over.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


@_collection_paused()
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
        merger = TableMerger(connection, table, regions, report, links, wall, offsets)
        prepared = exchange.insert_rows.get(table) if isinstance(exchange, PreparedFile) else None
        # Records compared before they are parsed pay off only where records are; into an
        # empty table every record is new, and reading it at once is cheaper.
        empty = connection.exec_driver_sql(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").scalar()
        records = exchange.records(table) if empty else exchange.records_to_merge(table)
        with indexes_built_afterwards(connection, table) if empty else nullcontext():
            for chunk in batches(records):
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
