"""Writing a ``.helferapp`` file: the chosen records streamed into the file, atomically.

Takes what ``exchange.scope`` chose, streams every table in id order in wire form (the
consent rule cutting shared persons and contacts down), and writes the file so that it
appears only when complete. Also keeps the marks of "changes since the last export" per
partner, which an import lowers so that what it brought in is passed on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import UserError, is_disk_full, os_reason
from helferapp.domain.records import CONSENT_FIELDS
from helferapp.services import own_groups
from helferapp.services.exchange.scope import (
    ConsentMode,
    ExportScope,
    ScopeKind,
    choose,
    driver_cursor,
    identifying,
    persons_in_full,
)
from helferapp.services.info import META_DEMO
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.batches import batches
from helferapp.store.database import (
    META_INSTALLATION_ID,
    META_INSTALLATION_LABEL,
    Database,
)
from helferapp.store.models import Meta, Region
from helferapp.store.stored_stamps import unpack
from helferapp.sync.exchange_file import (
    CURRENT_VERSION,
    TABLES,
    WireRecord,
    write_exchange,
)
from helferapp.sync.wire import SCHEMA, stored_as_sent, wire_from_stored

_META_PARTNER = "export_since:"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    counts: dict[str, int]
    left_out_persons: int
    size_bytes: int


def _stream_table(
    connection: Connection, table: str, chosen: set[str] | None
) -> Iterator[WireRecord]:
    """The records of ``table`` in id order, in wire form, each field that has a stamp."""
    schema = SCHEMA[table]
    columns = tuple(schema)
    # Most columns are stored as they travel; convert only the others (lists, times, …).
    converted = [
        (name, wire_from_stored(schema[name].kind))
        for name in columns
        if not stored_as_sent(schema[name].kind)
    ]
    cursor = driver_cursor(connection)
    select_all = f"SELECT id, stamps, last_stamp, {', '.join(columns)} FROM {table}"
    if chosen is None:
        rows: Iterable[Any] = cursor.execute(f"{select_all} ORDER BY id")
    else:  # by id, in sorted batches: reading a few records costs little in a big table
        rows = (
            row
            for batch in batches(sorted(chosen))
            for row in cursor.execute(
                f"{select_all} WHERE id IN ({', '.join('?' for _ in batch)}) ORDER BY id",
                batch,
            ).fetchall()
        )
    try:
        for row in rows:
            record_id = row[0]
            stamps = unpack(row[1], row[2] or "", columns)
            values = dict(zip(columns, row[3:], strict=True))
            for name, convert in converted:
                values[name] = convert(values[name])
            if len(stamps) != len(values) or stamps.keys() != values.keys():
                # Fields never written here (a record from a file that left them out)
                # do not travel; a stamp of a field this version does not know neither.
                values = {name: value for name, value in values.items() if name in stamps}
                stamps = {name: stamps[name] for name in values}
            yield WireRecord(record_id, values, stamps)
    finally:
        cursor.close()


def _shared_persons(records: Iterable[WireRecord], full: set[str]) -> Iterator[WireRecord]:
    for record in records:
        if record.id in full:
            yield record
        elif record.values.get("consent_given_on"):
            # Only the consent (and the tombstone) travels: a receiver that already has
            # this person learns that it may no longer pass the data on (FORMAT.md §4).
            kept = [name for name in (*CONSENT_FIELDS, "deleted") if name in record.values]
            yield WireRecord(
                record.id,
                {name: record.values[name] for name in kept},
                {name: record.stamps[name] for name in kept},
            )


def _shared_contacts(records: Iterable[WireRecord], full: set[str]) -> Iterator[WireRecord]:
    for record in records:
        linked = record.values.get("person_id")
        if linked and linked not in full:
            # Leave the link out rather than send null: a null would carry the link's
            # stamp and so win over the real link for good, also at receivers that get
            # the person later (an internal export, a consent given later). Without the
            # field a receiver keeps its value, and a new contact starts without a person.
            values = {name: value for name, value in record.values.items() if name != "person_id"}
            stamps = {name: value for name, value in record.stamps.items() if name != "person_id"}
            record = WireRecord(record.id, values, stamps)
        yield record


def _counted(
    records: Iterable[WireRecord],
    counts: dict[str, int],
    table: str,
    only: set[str] | None = None,
) -> Iterator[WireRecord]:
    """Count the records as they are written; with ``only``, just those ids — a person
    without consent to pass on travels as a consent record only, which brings nobody to
    the receiver, so the export's count is the one the receiver's preview shows."""
    for record in records:
        if only is None or record.id in only:
            counts[table] += 1
        yield record


def _meta(connection: Connection, key: str) -> str:
    value: str | None = connection.execute(select(Meta.value).where(Meta.key == key)).scalar()
    return value or ""


def _set_meta(connection: Connection, key: str, value: str) -> None:
    connection.execute(delete(Meta).where(Meta.key == key))
    connection.execute(insert(Meta).values(key=key, value=value))


def export_file(
    database: Database,
    path: Path,
    scope: ExportScope = ExportScope(),
    consent: ConsentMode = ConsentMode.SHARED,
    password: str | None = None,
    *,
    carried_elsewhere: frozenset[str] = frozenset(),
    format_version: str = CURRENT_VERSION,
) -> ExportResult:
    """Write the chosen records to ``path``; the file appears only when complete.

    ``format_version`` "1.0" writes for receivers with an older HelferApp (FORMAT.md
    §7); the current format is smaller.

    ``carried_elsewhere`` names installations whose own files lie beside this one (the
    Austauschordner): a record whose every value was written by one of them is left out
    — their files carry it — unless a record in this file points to it. So each file
    holds what its installation adds, and a round reads every record about once
    instead of once per file.
    """
    if scope.kind is ScopeKind.CHANGES and not scope.partner.strip():
        raise UserError("Bitte angeben, an wen die Änderungen gehen (z. B. „KI Landkreis“).")
    uow = UnitOfWork(database)
    with uow:
        connection = uow.session.connection()
        district_name = _district_name(connection, scope)
        partner_key = _META_PARTNER + scope.partner.strip()
        since = _meta(connection, partner_key) if scope.kind is ScopeKind.CHANGES else ""
        newest = _newest_stamp(connection) if scope.kind is ScopeKind.CHANGES else ""
        chosen, group_name, partial = choose(connection, scope, since, carried_elsewhere)
        full, left_out = persons_in_full(connection, chosen["person"], consent)
        counts = dict.fromkeys(TABLES, 0)
        tables: dict[str, Iterable[WireRecord]] = {}
        for table in TABLES:
            records: Iterable[WireRecord] = _stream_table(connection, table, chosen[table])
            if partial.get(table):
                records = identifying(records, table, partial[table])
            if consent is ConsentMode.SHARED and table == "person":
                records = _shared_persons(records, full)
            elif consent is ConsentMode.SHARED and table == "contact":
                records = _shared_contacts(records, full)
            in_full = full if consent is ConsentMode.SHARED and table == "person" else None
            tables[table] = _counted(records, counts, table, in_full)
        data = write_exchange(
            tables,
            installation_id=_meta(connection, META_INSTALLATION_ID),
            installation_label=_meta(connection, META_INSTALLATION_LABEL)
            or own_groups.default_sender(uow),
            scope=_scope_manifest(scope, since, group_name, district_name, carried_elsewhere),
            consent=consent.value,
            password=password,
            sorted_by_id=True,
            demo=_meta(connection, META_DEMO) == "1",
            format_version=format_version,
        )
        _write_atomically(path, data)
        if scope.kind is ScopeKind.CHANGES:
            _set_meta(connection, partner_key, max(newest, since))
            uow.commit()
    return ExportResult(
        path=path,
        counts=counts,
        left_out_persons=left_out,
        size_bytes=len(data),
    )


def _newest_stamp(connection: Connection) -> str:
    """The latest stamp in the database (every record's ``last_stamp`` is its latest)."""
    newest = ""
    for table in TABLES:
        latest = connection.exec_driver_sql(f"SELECT max(last_stamp) FROM {table}").scalar()
        newest = max(newest, latest or "")
    return newest


def set_installation_label(uow: UnitOfWork, label: str) -> None:
    """Name this installation (shown to receivers of its files as the sender)."""
    with uow:
        _set_meta(uow.session.connection(), META_INSTALLATION_LABEL, " ".join(label.split()))
        uow.commit()


def export_partners(uow: UnitOfWork) -> list[str]:
    """Names of the partners that "changes since the last export" was used for."""
    with uow:
        keys = uow.session.scalars(select(Meta.key).where(Meta.key.like(_META_PARTNER + "%")))
        return sorted(key[len(_META_PARTNER) :] for key in keys)


def _district_name(connection: Connection, scope: ExportScope) -> str:
    """The Landkreis or Regierungsbezirk of such an export (refused unless it is one)."""
    if scope.kind not in (ScopeKind.DISTRICT, ScopeKind.DISTRICT_REGION):
        return ""
    row = connection.execute(
        select(Region.name, Region.level).where(Region.ags == scope.district_ags)
    ).first()
    if scope.kind is ScopeKind.DISTRICT_REGION:
        if row is None or row.level != RegionLevel.DISTRICT_REGION.value:
            raise UserError(
                f"„{scope.district_ags}“ ist kein bayerischer Regierungsbezirk. Bitte den "
                "dreistelligen Schlüssel angeben, z. B. 091 für Oberbayern oder 097 für "
                "Schwaben."
            )
    elif row is None or row.level != RegionLevel.DISTRICT.value:
        raise UserError(
            f"„{scope.district_ags}“ ist kein bayerischer Landkreis und keine kreisfreie "
            "Stadt. Bitte den fünfstelligen Kreisschlüssel angeben, z. B. 09179 für den "
            "Landkreis Fürstenfeldbruck."
        )
    return str(row.name)


def _scope_manifest(
    scope: ExportScope, since: str, group_name: str, district_name: str, carried: frozenset[str]
) -> dict[str, str]:
    if carried:  # an own file in the Austauschordner: what this installation adds
        return {"kind": "folder"}
    if scope.kind is ScopeKind.GROUP:
        return {"kind": "group", "id": scope.group_id, "name": group_name}
    if scope.kind in (ScopeKind.DISTRICT, ScopeKind.DISTRICT_REGION):
        return {"kind": scope.kind.value, "ags": scope.district_ags, "name": district_name}
    if scope.kind is ScopeKind.CHANGES:
        return {"kind": "changes", "partner": scope.partner.strip(), "since": since}
    return {"kind": "all"}


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if is_disk_full(error):
            raise UserError(
                f"Der Speicherplatz ist voll: die Datei „{path.name}“ konnte nicht "
                "geschrieben werden. Bitte Platz schaffen oder einen anderen Speicherort "
                "wählen. Es wurde nichts gespeichert."
            ) from error
        raise UserError(
            f"Die Datei „{path.name}“ konnte nicht geschrieben werden ({os_reason(error)}). "
            "Bitte den USB-Stick bzw. den Speicherort prüfen oder einen anderen wählen. Es "
            "wurde nichts gespeichert."
        ) from error


def lower_export_marks(connection: Connection, oldest_change: str) -> None:
    """Make the next "changes" export to every partner include what this import changed.

    An imported record keeps its (possibly old) stamps, so "newer than the last export"
    alone would never pass it on. The marks go back to just before the oldest change:
    ``PPPPPPPPPPPPPPP-CCCCC-`` sorts before every stamp of that instant.
    """
    if not oldest_change:
        return
    floor = oldest_change[:22]
    marks = connection.execute(select(Meta.key, Meta.value)).all()
    for key, value in marks:
        if key.startswith(_META_PARTNER) and value >= floor:
            connection.execute(update(Meta).where(Meta.key == key).values(value=floor))
