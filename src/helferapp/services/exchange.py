"""Export and import of ``.helferapp`` files: scopes, consent, preview, journal.

Export chooses the records (everything, one Helferkreis, one Landkreis or Regierungsbezirk,
or what changed since the last export to a named partner), adds every record they point
to, applies the consent rule, and writes the file atomically. Import reads, checks and
merges the whole file in one transaction, and only if that merge writes anything takes
a backup (of the state before, which the open transaction does not touch) and commits —
so a refused file or one with nothing new never pushes a good backup out of the kept
ones. A preview runs the same merge and rolls it back. Every local value an import
replaces lands in the journal, from where it can be restored as a new local edit.

A file whose stamps lie more than a day ahead of this laptop's clock is refused unless
the user accepts it (``ClockSkewError``; see ``sync.merge`` for the capping).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import NotFoundError, UserError, is_disk_full, os_reason
from helferapp.domain.records import CONSENT_FIELDS
from helferapp.services import own_groups
from helferapp.services.backups import BackupInfo, create_backup
from helferapp.services.info import META_DEMO, is_demo
from helferapp.services.merge_follow import follow_merges
from helferapp.services.unit_of_work import META_CLOCK, UnitOfWork
from helferapp.store.batches import batches
from helferapp.store.database import (
    META_INSTALLATION_ID,
    META_INSTALLATION_LABEL,
    Database,
    translated_errors,
)
from helferapp.store.models import ImportJournalEntry, Meta, Region
from helferapp.sync.clock import MAX_DRIFT_MS, MAX_PHYSICAL, Stamp, wall_clock_ms
from helferapp.sync.envelope import WrongPasswordError as WrongPasswordError
from helferapp.sync.envelope import is_envelope
from helferapp.sync.exchange_file import (
    TABLES,
    ExchangeFile,
    ExchangeFileError,
    Manifest,
    WireRecord,
    write_exchange,
)
from helferapp.sync.merge import merge_file
from helferapp.sync.merge_report import ImportCancelled as ImportCancelled
from helferapp.sync.merge_report import JournalContext
from helferapp.sync.merge_report import MergeReport as MergeReport
from helferapp.sync.merge_report import Overwrite as Overwrite
from helferapp.sync.merge_report import TableChanges as TableChanges
from helferapp.sync.wire import SCHEMA, TABLE_MODELS, stored_as_sent, wire_from_stored

EXTENSION = ".helferapp"
EXCHANGE_TABLES: tuple[str, ...] = TABLES
"""The tables an exchange file carries, in their order (for the front ends' counts)."""
MAX_FILE_BYTES = 1024 * 1024 * 1024
_META_PARTNER = "export_since:"
# The installation id at the end of each stamp in a record's stored stamps JSON.
_STAMP_ORIGINS = re.compile(r'-([^-"]+)"')
# Links to follow so that an exported record never points to something not in the file.
_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "programme": (("group_id", "helper_group"), ("organisation_id", "organisation")),
    "person": (("group_id", "helper_group"), ("organisation_id", "organisation")),
    "contact": (
        ("group_id", "helper_group"),
        ("organisation_id", "organisation"),
        ("person_id", "person"),
    ),
    "partnership": (("group_id", "helper_group"), ("organisation_id", "organisation")),
}


class ScopeKind(StrEnum):
    """What an export contains."""

    ALL = "all"
    GROUP = "group"
    DISTRICT = "district"
    DISTRICT_REGION = "district_region"  # a Regierungsbezirk: its 3-digit AGS prefix
    CHANGES = "changes"


class ConsentMode(StrEnum):
    """Whom the file is for: other groups (``shared``) or the group's own laptops."""

    SHARED = "shared"
    INTERNAL = "internal"


@dataclass(frozen=True)
class ExportScope:
    """The user's choice in the export dialog."""

    kind: ScopeKind = ScopeKind.ALL
    group_id: str = ""
    district_ags: str = ""
    partner: str = ""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    counts: dict[str, int]
    left_out_persons: int
    size_bytes: int


@dataclass(frozen=True)
class ImportResult:
    """What an import (or its preview) found and did."""

    manifest: Manifest
    report: MergeReport
    import_id: str = ""
    backup: BackupInfo | None = None
    followed_merges: int = 0
    # Set when the file claims a time more than a day ahead of this laptop's clock.
    clock_warning: str = ""


class ClockSkewError(UserError):
    """The file's stamps lie too far ahead of this laptop's clock; nothing was changed."""


@dataclass(frozen=True)
class JournalRow:
    """One overwritten value, for the journal view."""

    id: int
    import_id: str
    imported_at: datetime
    source_name: str
    source_label: str
    table_name: str
    record_id: str
    record_title: str
    field: str
    old_value: Any
    new_value: Any
    restored_at: datetime | None


# --- export -------------------------------------------------------------------------
#
# Two passes, so that a whole Bavaria never sits in memory as records: a scoped export
# first reads only ids, links and latest stamps to choose the records; then every table
# is read once more in id order, turned into wire form with plain converters (no ORM, no
# per-value type processing) and streamed into the writer.

Links = dict[str, dict[str, Any]]
"""table → id → the columns a scope follows (links, Gebiete) and ``_last``: latest stamp."""

_LINK_COLUMNS: dict[str, tuple[str, ...]] = {
    "helper_group": ("region_ags", "merged_into"),
    "organisation": ("region_ags", "merged_into"),
    "programme": ("group_id", "organisation_id", "region_ags"),
    "person": ("group_id", "organisation_id"),
    "contact": ("group_id", "organisation_id", "person_id"),
    "partnership": ("group_id", "organisation_id"),
    "region_status": ("ags",),
}


def _read_links(connection: Connection) -> dict[str, Links]:
    links: dict[str, Links] = {}
    for table, columns in _LINK_COLUMNS.items():
        listed = (
            SCHEMA[table]["region_ags"].kind.endswith("_list") if table == "helper_group" else False
        )
        rows = connection.exec_driver_sql(
            f"SELECT id, last_stamp, {', '.join(columns)} FROM {table}"
        )
        table_links: Links = {}
        for record_id, last, *values in rows:
            entry = dict(zip(columns, values, strict=True))
            if listed and entry["region_ags"]:
                entry["region_ags"] = json.loads(entry["region_ags"])
            entry["_last"] = last or ""
            table_links[record_id] = entry
        links[table] = table_links
    return links


def _written_by_others(connection: Connection, carried: frozenset[str]) -> dict[str, set[str]]:
    """The records with a value whose stamp comes from an installation not in ``carried``.

    Reads the installation ids off the stored stamps text (each stamp ends in its
    installation's id, followed by the closing quote) instead of decoding every record's
    JSON: a round looks at every record each time the own file is written.
    """
    chosen: dict[str, set[str]] = {}
    origins = _STAMP_ORIGINS.findall
    cursor = _driver_cursor(connection)
    try:
        for table in TABLES:
            cursor.execute(f"SELECT id, stamps FROM {table}")
            chosen[table] = {
                record_id
                for record_id, stamps in cursor
                if not carried.issuperset(origins(stamps or ""))
            }
    finally:
        cursor.close()
    return chosen


def _driver_cursor(connection: Connection) -> sqlite3.Cursor:
    """The driver's own cursor on the same connection (and transaction): rows iterated
    in C. SQLAlchemy's per-row layer was a third of an export's time."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver.cursor()


def _close_by_lookup(connection: Connection, chosen: dict[str, set[str]]) -> None:
    """``_close_references`` for a few chosen records: their links read by id, not all."""
    new = {table: set(ids) for table, ids in chosen.items()}
    while any(new.get(table) for table in _REFERENCES):
        found: dict[str, set[str]] = {table: set() for table in TABLES}
        for table, links in _REFERENCES.items():
            columns = ", ".join(column for column, _target in links)
            for chunk in batches(sorted(new.get(table, ()))):
                marks = ", ".join("?" for _ in chunk)
                rows = connection.exec_driver_sql(
                    f"SELECT {columns} FROM {table} WHERE id IN ({marks})", tuple(chunk)
                )
                for row in rows:
                    for (_column, target), linked in zip(links, row, strict=True):
                        if linked and linked not in chosen[target]:
                            chosen[target].add(linked)
                            found[target].add(linked)
        new = found


def _in_district(ags: Any, district: str) -> bool:
    codes = ags if isinstance(ags, list) else [ags] if ags else []
    return any(str(code).startswith(district) for code in codes)


def _seed(everything: dict[str, Links], scope: ExportScope, since: str) -> dict[str, set[str]]:
    """The ids a "changes" or Helferkreis scope selects before references are followed."""
    chosen: dict[str, set[str]] = {table: set() for table in TABLES}
    if scope.kind is ScopeKind.CHANGES:
        return {
            table: {record_id for record_id, entry in rows.items() if entry["_last"] > since}
            for table, rows in everything.items()
        }
    groups = {scope.group_id}
    regions = set(everything["helper_group"][scope.group_id].get("region_ags") or [])
    regions |= {code[:5] for code in regions}
    chosen["region_status"] = {
        record_id
        for record_id, entry in everything["region_status"].items()
        if entry.get("ags") in regions
    }
    chosen["helper_group"] = set(groups)
    for table in ("programme", "person", "contact", "partnership"):
        chosen[table] = {
            record_id
            for record_id, entry in everything[table].items()
            if entry.get("group_id") in groups
        }
    return chosen


# What a record outside a Landkreis/Bezirk export carries when a record inside points to
# it: what identifies it, nothing more (docs/FORMAT.md §2, "scope").
IDENTIFYING: dict[str, tuple[str, ...]] = {
    "helper_group": ("name", "legal_form", "region_ags", "deleted", "purged"),
    "organisation": ("name", "kind", "region_ags", "deleted", "purged"),
    "person": ("name", "deleted", "purged"),
}
# The links a record in a Landkreis/Bezirk export may point along (merged_into too, so
# that a receiver can follow a merge).
_DISTRICT_LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    **_REFERENCES,
    "helper_group": (("merged_into", "helper_group"),),
    "organisation": (("merged_into", "organisation"),),
}


def _seed_district(everything: dict[str, Links], district: str) -> dict[str, set[str]]:
    """A Landkreis or Regierungsbezirk: the groups working there (a Gemeinde of theirs
    lies in it), the Stellen located there, and what belongs to them — an Angebot,
    person or contact with its group if it has one, else with its Stelle; Angebote
    located there; Bündnispartner of either; the Gebietsstatus of its Gebiete."""
    groups = {
        record_id
        for record_id, entry in everything["helper_group"].items()
        if _in_district(entry.get("region_ags"), district)
    }
    organisations = {
        record_id
        for record_id, entry in everything["organisation"].items()
        if _in_district(entry.get("region_ags"), district)
    }

    def belongs(entry: dict[str, Any]) -> bool:
        group = entry.get("group_id")
        return group in groups if group else entry.get("organisation_id") in organisations

    chosen: dict[str, set[str]] = {table: set() for table in TABLES}
    chosen["helper_group"], chosen["organisation"] = groups, organisations
    for table in ("programme", "person", "contact"):
        chosen[table] = {
            record_id
            for record_id, entry in everything[table].items()
            if belongs(entry)
            or (table == "programme" and _in_district(entry.get("region_ags"), district))
        }
    chosen["partnership"] = {
        record_id
        for record_id, entry in everything["partnership"].items()
        if entry.get("group_id") in groups or entry.get("organisation_id") in organisations
    }
    chosen["region_status"] = {
        record_id
        for record_id, entry in everything["region_status"].items()
        if _in_district(entry.get("ags"), district)
    }
    return chosen


def _referenced_only(
    everything: dict[str, Links], chosen: dict[str, set[str]]
) -> dict[str, set[str]]:
    """The records outside ``chosen`` that a chosen record points to (one step: what
    they point to themselves does not travel)."""
    partial: dict[str, set[str]] = {table: set() for table in TABLES}
    for table, links in _DISTRICT_LINKS.items():
        rows = everything[table]
        for record_id in chosen[table]:
            entry = rows[record_id]
            for column, target in links:
                linked = entry.get(column)
                if linked and linked not in chosen[target] and linked in everything[target]:
                    partial[target].add(linked)
    return partial


def _identifying(records: Iterable[WireRecord], table: str, only: set[str]) -> Iterator[WireRecord]:
    """Records whose id is in ``only`` cut down to their identifying fields."""
    kept = IDENTIFYING.get(table, ())
    for record in records:
        if record.id in only:
            names = [name for name in kept if name in record.values]
            record = WireRecord(
                record.id,
                {name: record.values[name] for name in names},
                {name: record.stamps[name] for name in names},
            )
        yield record


def _close_references(everything: dict[str, Links], chosen: dict[str, set[str]]) -> None:
    """Add every record that a chosen record points to (repeat until nothing new)."""
    grown = True
    while grown:
        grown = False
        for table, links in _REFERENCES.items():
            for record_id in list(chosen[table]):
                entry = everything[table][record_id]
                for column, target in links:
                    linked = entry.get(column)
                    if linked and linked not in chosen[target] and linked in everything[target]:
                        chosen[target].add(linked)
                        grown = True


def _choose(
    connection: Connection, scope: ExportScope, since: str, carried: frozenset[str]
) -> tuple[dict[str, set[str] | None], str, dict[str, set[str]]]:
    """The ids to export per table (``None``: all of them), the group's name, and the ids
    among them that travel with their identifying fields only."""
    if scope.kind is ScopeKind.ALL and not carried:
        return dict.fromkeys(TABLES), "", {}
    if scope.kind is ScopeKind.ALL:  # in the Austauschordner: what others' files lack
        added = _written_by_others(connection, carried)
        _close_by_lookup(connection, added)
        return {table: ids for table, ids in added.items()}, "", {}
    everything = _read_links(connection)
    if scope.kind in (ScopeKind.DISTRICT, ScopeKind.DISTRICT_REGION):
        inside = _seed_district(everything, scope.district_ags)
        partial = _referenced_only(everything, inside)
        return {table: inside[table] | partial[table] for table in TABLES}, "", partial
    group_name = ""
    if scope.kind is ScopeKind.GROUP:
        if scope.group_id not in everything["helper_group"]:
            raise NotFoundError("Der gewählte Helferkreis existiert nicht (mehr).")
        group_name = str(
            connection.exec_driver_sql(
                "SELECT name FROM helper_group WHERE id = ?", (scope.group_id,)
            ).scalar()
            or ""
        )
    chosen = _seed(everything, scope, since)
    _close_references(everything, chosen)
    return {table: ids for table, ids in chosen.items()}, group_name, {}


def _persons_in_full(
    connection: Connection, chosen: set[str] | None, mode: ConsentMode
) -> tuple[set[str], int]:
    """The persons whose whole record may go into the file, and how many are left out.

    Internal: everyone. Shared: those whose consent allows passing the data on, and
    purged ones (an empty tombstone: its wipe must travel too).
    """
    rows = connection.exec_driver_sql(
        "SELECT id, consent_share, consent_given_on, consent_withdrawn_on, purged FROM person"
    )
    full: set[str] = set()
    left_out = 0
    for record_id, share, given, withdrawn, purged in rows:
        if chosen is not None and record_id not in chosen:
            continue
        if mode is ConsentMode.INTERNAL or (share and given and not withdrawn) or purged:
            full.add(record_id)
        else:
            left_out += 1
    return full, left_out


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
    cursor = _driver_cursor(connection)
    select_all = f"SELECT id, stamps, {', '.join(columns)} FROM {table}"
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
            stamps: dict[str, str] = json.loads(row[1]) if row[1] else {}
            values = dict(zip(columns, row[2:], strict=True))
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
    records: Iterable[WireRecord], counts: dict[str, int], table: str
) -> Iterator[WireRecord]:
    for record in records:
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
) -> ExportResult:
    """Write the chosen records to ``path``; the file appears only when complete.

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
        chosen, group_name, partial = _choose(connection, scope, since, carried_elsewhere)
        full, left_out = _persons_in_full(connection, chosen["person"], consent)
        counts = dict.fromkeys(TABLES, 0)
        tables: dict[str, Iterable[WireRecord]] = {}
        for table in TABLES:
            records: Iterable[WireRecord] = _stream_table(connection, table, chosen[table])
            if partial.get(table):
                records = _identifying(records, table, partial[table])
            if consent is ConsentMode.SHARED and table == "person":
                records = _shared_persons(records, full)
            elif consent is ConsentMode.SHARED and table == "contact":
                records = _shared_contacts(records, full)
            tables[table] = _counted(records, counts, table)
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


# --- import -------------------------------------------------------------------------


def needs_password(path: Path) -> bool:
    """Whether ``path`` is a password-protected exchange file (so the user is asked first)."""
    try:
        with path.open("rb") as handle:
            return is_envelope(handle.read(16))
    except FileNotFoundError:
        raise UserError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError:
        raise UserError(
            f"Die Datei „{path.name}“ lässt sich nicht lesen. Bitte prüfen Sie, ob sie noch "
            "da ist und ob Sie sie öffnen dürfen."
        ) from None


def open_exchange(path: Path, password: str | None = None) -> ExchangeFile:
    """Read and check the file's container and manifest (the records come later)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(f"Die Datei „{path.name}“ ist zu groß für eine Austauschdatei.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError as error:
        raise UserError(
            f"Die Datei „{path.name}“ lässt sich nicht lesen ({os_reason(error)})."
        ) from error
    return ExchangeFile(data, password)


def _date_of(physical_ms: int) -> str:
    return datetime.fromtimestamp(physical_ms / 1000, UTC).strftime("%d.%m.%Y")


def clock_warning(report: MergeReport, wall_ms: int | None = None) -> str:
    """The German warning for a file that claims a time far ahead of this laptop ("" if
    it does not)."""
    if not report.future_stamp:
        return ""
    claimed = _date_of(Stamp.parse(report.future_stamp).physical)
    today = _date_of(wall_clock_ms() if wall_ms is None else wall_ms)
    return (
        f"Die Datei enthält Änderungen vom {claimed}, die Uhr dieses Laptops zeigt aber den "
        f"{today}. Eine der beiden Uhren geht falsch – beim Absender oder hier. Bitte Datum "
        "und Uhrzeit beider Laptops prüfen. Wer die Datei trotzdem einliest, übernimmt ihre "
        f"Werte so, als wären sie jetzt geschrieben worden ({report.capped} Zeitstempel "
        "werden auf heute gesetzt)."
    )


def skew_refusal(warning: str) -> ClockSkewError:
    return ClockSkewError(
        f"{warning} Die Datei wurde nicht eingelesen, es wurde nichts verändert; zum "
        "Einlesen muss die Abweichung ausdrücklich bestätigt werden."
    )


def preview_import(database: Database, path: Path, password: str | None = None) -> ImportResult:
    """What importing ``path`` would do — computed by a merge that is rolled back."""
    exchange = open_exchange(path, password)
    uow = UnitOfWork(database)
    with uow, translated_errors(database.path.parent):
        report = merge_file(uow.session.connection(), exchange, clock=uow.clock)
        warning = clock_warning(report, uow.clock.wall())
        follow_merges(uow.session)  # refuses what the import would refuse there
        uow.rollback()
    return ImportResult(exchange.manifest, report, clock_warning=warning)


def commit_import(
    database: Database, uow: UnitOfWork, writes: bool, reason: str
) -> BackupInfo | None:
    """Commit a merged import — if it writes anything, and only after a backup.

    The backup copies the database through a connection of its own, which sees the
    state before this transaction (write-ahead log): the backup is of the state before
    the import, taken only once the file was read and checked in full.
    """
    if not writes:
        return None
    try:
        with translated_errors(database.path.parent):
            uow.session.flush()  # the references followed: written before the backup
    except IntegrityError as error:
        raise _mismatched() from error
    backup = create_backup(database, reason)
    try:
        uow.commit()
    except IntegrityError as error:  # foreign keys are checked at the commit (deferred)
        raise _mismatched() from error
    return backup


def _mismatched() -> ExchangeFileError:
    return ExchangeFileError(
        "Die Datei enthält Verweise, die nicht zueinander passen. Es wurde nichts "
        "verändert. Bitte beim Absender eine neue Datei anfordern."
    )


def clock_ahead_warning(database: Database) -> str:
    """A German warning if this database's clock lies far ahead of the laptop's clock
    ("" if not): then the laptop's own clock runs behind (or once ran far ahead), and
    its edits lose against what it already holds. Told at start."""
    last = database.meta(META_CLOCK)
    wall = wall_clock_ms()
    physical = int(last[:15]) if len(last) > 22 and last[:15].isdigit() else 0
    if physical - wall <= MAX_DRIFT_MS:
        return ""
    stored = _date_of(min(physical, MAX_PHYSICAL))
    return (
        f"Die neuesten Daten in dieser Datenbank tragen das Datum {stored}, die Uhr dieses "
        f"Laptops zeigt aber den {_date_of(wall)}. Bitte Datum und Uhrzeit des Laptops "
        "prüfen (Einstellungen des Betriebssystems). Solange die Uhr nachgeht, gelten neue "
        "Änderungen hier als älter als die vorhandenen und setzen sich beim Austausch "
        "nicht durch."
    )


class DemoDataError(UserError):
    """A file written from a demo database was to go into a real one, unasked."""


def check_demo_mark(database: Database, manifest: Manifest, allow_demo: bool = False) -> None:
    """Refuse example data for a real database unless the user said yes to it.

    A file written from a demo database carries a demo mark (docs/FORMAT.md); invented
    groups and persons in a real database would travel on to every partner.
    """
    if manifest.demo and not allow_demo and not is_demo(database):
        raise DemoDataError(
            "Diese Datei enthält Beispieldaten (erfundene Einträge zum Ausprobieren). In "
            "eine echte Datenbank werden sie nur auf ausdrücklichen Wunsch eingelesen. Es "
            "wurde nichts verändert."
        )


def import_file(
    database: Database,
    path: Path,
    password: str | None = None,
    *,
    accept_clock_skew: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
    allow_demo: bool = False,
) -> ImportResult:
    """Merge ``path`` into the database: all or nothing, a backup before any write.

    A file whose stamps lie more than a day ahead of this laptop's clock is refused
    (``ClockSkewError``) unless ``accept_clock_skew``; a file with the demo mark is
    refused for a real database unless ``allow_demo``.
    """
    exchange = open_exchange(path, password)
    check_demo_mark(database, exchange.manifest, allow_demo)
    import_id = str(uuid.uuid4())
    journal = JournalContext(
        import_id=import_id,
        imported_at=datetime.now().replace(microsecond=0),
        source_name=path.name,
        source_label=exchange.manifest.installation_label,
    )
    uow = UnitOfWork(database)
    with uow:
        with translated_errors(database.path.parent):
            report = merge_file(
                uow.session.connection(),
                exchange,
                clock=uow.clock,
                journal=journal,
                cancelled=cancelled,
                progress=progress,
            )
            warning = clock_warning(report, uow.clock.wall())
            if warning and not accept_clock_skew:
                raise skew_refusal(warning)
            lower_export_marks(uow.session.connection(), report.oldest_change)
            # Records that arrived merged into another: local references follow them, as
            # stamped local edits (services/merge_follow.py), so every laptop converges.
            followed = follow_merges(uow.session)
        backup = commit_import(database, uow, bool(report.written or followed), "vor-import")
    return ImportResult(exchange.manifest, report, import_id, backup, followed, warning)


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


# --- journal ------------------------------------------------------------------------


def list_journal(uow: UnitOfWork, import_id: str | None = None) -> list[JournalRow]:
    """Overwritten values, newest import first (optionally of one import only)."""
    entry = ImportJournalEntry
    statement = select(entry).order_by(entry.imported_at.desc(), entry.id)
    if import_id:
        statement = statement.where(entry.import_id == import_id)
    with uow:
        return [
            JournalRow(
                id=row.id,
                import_id=row.import_id,
                imported_at=row.imported_at,
                source_name=row.source_name,
                source_label=row.source_label,
                table_name=row.table_name,
                record_id=row.record_id,
                record_title=row.record_title,
                field=row.field,
                old_value=json.loads(row.old_value),
                new_value=json.loads(row.new_value),
                restored_at=row.restored_at,
            )
            for row in uow.session.scalars(statement)
        ]


def restore_journal_entry(uow: UnitOfWork, entry_id: int) -> None:
    """Put the overwritten value back, as a new local edit that wins the next exchange."""
    with uow:
        entry = uow.session.get(ImportJournalEntry, entry_id)
        if entry is None:
            raise NotFoundError("Dieser Eintrag des Import-Protokolls existiert nicht.")
        model = TABLE_MODELS.get(entry.table_name)
        record = uow.session.get(model, entry.record_id) if model else None
        if record is None:
            raise NotFoundError("Der Eintrag, zu dem dieser Wert gehört, existiert nicht mehr.")
        spec = SCHEMA[entry.table_name][entry.field]
        setattr(record, entry.field, spec.to_python(json.loads(entry.old_value)))
        uow.session.execute(
            update(ImportJournalEntry)
            .where(ImportJournalEntry.id == entry_id)
            .values(restored_at=datetime.now().replace(microsecond=0))
        )
        uow.commit()


def field_enum(table: str, field: str) -> type[Enum] | None:
    """The enum whose codes a journal value of ``table.field`` holds (None if not coded)."""
    spec = SCHEMA.get(table, {}).get(field)
    return spec.enum_type if spec is not None else None
