"""Export and import of ``.helferapp`` files: scopes, consent, preview, journal.

Export chooses the records (everything, one Helferkreis, one Landkreis, or what changed
since the last export to a named partner), adds every record they point to, applies the
consent rule, and writes the file atomically. Import reads and checks the whole file,
takes a backup, and merges it in one transaction — a preview runs the same merge and
rolls it back. Every local value an import replaces lands in the journal, from where
it can be restored as a new local edit.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import NotFoundError, UserError
from helferapp.services.backups import BackupInfo, create_backup
from helferapp.services.merge_follow import follow_merges
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import META_INSTALLATION_ID, META_INSTALLATION_LABEL, Database
from helferapp.store.models import ImportJournalEntry, Meta, Region
from helferapp.sync.exchange_file import TABLES, ExchangeFile, Manifest, WireRecord, write_exchange
from helferapp.sync.merge import JournalContext, MergeReport, merge_file
from helferapp.sync.wire import SCHEMA, TABLE_MODELS, to_wire

EXTENSION = ".helferapp"
MAX_FILE_BYTES = 1024 * 1024 * 1024
_META_PARTNER = "export_since:"
# The fields of a person that still travel when the consent does not allow sharing: they
# carry the consent itself, so that a withdrawal reaches those who already have the person.
CONSENT_FIELDS = (
    "consent_given_on",
    "consent_internal",
    "consent_share",
    "consent_print",
    "consent_withdrawn_on",
)
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


@dataclass
class _Selection:
    rows: dict[str, dict[str, WireRecord]] = field(default_factory=dict)
    left_out_persons: int = 0


# --- export -------------------------------------------------------------------------


def _read_table(connection: Connection, table: str) -> dict[str, WireRecord]:
    model = TABLE_MODELS[table]
    schema = SCHEMA[table]
    columns = [model.__table__.c[name] for name in schema]
    statement = select(model.__table__.c.id, model.__table__.c.stamps, *columns)
    records: dict[str, WireRecord] = {}
    for row in connection.execute(statement):
        mapping = row._mapping
        stamps = dict(mapping["stamps"] or {})
        values = {name: to_wire(mapping[name]) for name in schema if name in stamps}
        records[row.id] = WireRecord(row.id, values, {name: stamps[name] for name in values})
    return records


def _in_district(ags: Any, district: str) -> bool:
    codes = ags if isinstance(ags, list) else [ags] if ags else []
    return any(str(code).startswith(district) for code in codes)


def _seed(
    everything: dict[str, dict[str, WireRecord]], scope: ExportScope, since: str
) -> dict[str, set[str]]:
    """The ids a scope selects before references are followed."""
    chosen: dict[str, set[str]] = {table: set() for table in TABLES}
    if scope.kind is ScopeKind.ALL:
        return {table: set(rows) for table, rows in everything.items()}
    if scope.kind is ScopeKind.CHANGES:
        return {
            table: {
                record_id
                for record_id, record in rows.items()
                if max(record.stamps.values(), default="") > since
            }
            for table, rows in everything.items()
        }
    if scope.kind is ScopeKind.GROUP:
        if scope.group_id not in everything["helper_group"]:
            raise NotFoundError("Der gewählte Helferkreis existiert nicht (mehr).")
        groups = {scope.group_id}
        organisations: set[str] = set()
        regions = set(everything["helper_group"][scope.group_id].values.get("region_ags", []))
        regions |= {code[:5] for code in regions}
        chosen["region_status"] = {
            record_id
            for record_id, record in everything["region_status"].items()
            if record.values.get("ags") in regions
        }
    else:
        district = scope.district_ags
        groups = {
            record_id
            for record_id, record in everything["helper_group"].items()
            if _in_district(record.values.get("region_ags"), district)
        }
        organisations = {
            record_id
            for record_id, record in everything["organisation"].items()
            if _in_district(record.values.get("region_ags"), district)
        }
        chosen["region_status"] = {
            record_id
            for record_id, record in everything["region_status"].items()
            if _in_district(record.values.get("ags"), district)
        }
    chosen["helper_group"] = set(groups)
    chosen["organisation"] = set(organisations)
    for table in ("programme", "person", "contact", "partnership"):
        chosen[table] = {
            record_id
            for record_id, record in everything[table].items()
            if record.values.get("group_id") in groups
            or record.values.get("organisation_id") in organisations
            or (
                scope.kind is ScopeKind.DISTRICT
                and table == "programme"
                and _in_district(record.values.get("region_ags"), scope.district_ags)
            )
        }
    return chosen


def _close_references(
    everything: dict[str, dict[str, WireRecord]], chosen: dict[str, set[str]]
) -> None:
    """Add every record that a chosen record points to (repeat until nothing new)."""
    grown = True
    while grown:
        grown = False
        for table, links in _REFERENCES.items():
            for record_id in list(chosen[table]):
                values = everything[table][record_id].values
                for column, target in links:
                    linked = values.get(column)
                    if linked and linked not in chosen[target] and linked in everything[target]:
                        chosen[target].add(linked)
                        grown = True


def _apply_consent(selection: _Selection, mode: ConsentMode) -> None:
    if mode is ConsentMode.INTERNAL:
        return
    persons = selection.rows["person"]
    for person_id, record in list(persons.items()):
        values = record.values
        shared = (
            values.get("consent_share")
            and values.get("consent_given_on")
            and not values.get("consent_withdrawn_on")
        )
        if shared or values.get("purged"):
            continue  # a purged person is an empty tombstone: its wipe must travel too
        selection.left_out_persons += 1
        kept = [name for name in (*CONSENT_FIELDS, "deleted") if name in values]
        if values.get("consent_given_on") and kept:
            # Only the consent itself travels: a receiver that already has this person
            # learns that it may no longer pass the data on (FORMAT.md §4).
            persons[person_id] = WireRecord(
                person_id,
                {name: values[name] for name in kept},
                {name: record.stamps[name] for name in kept},
            )
        else:
            del persons[person_id]
    for contact_id, contact in list(selection.rows["contact"].items()):
        linked = contact.values.get("person_id")
        if linked and "name" not in getattr(persons.get(linked), "values", {}):
            # Leave the link out rather than send null: a null would carry the link's
            # stamp and so win over the real link for good, also at receivers that get the
            # person later (an internal export, a consent given later). Without the field
            # a receiver keeps its value, and a new contact starts without a person.
            values = {name: value for name, value in contact.values.items() if name != "person_id"}
            stamps = {name: value for name, value in contact.stamps.items() if name != "person_id"}
            selection.rows["contact"][contact_id] = WireRecord(contact_id, values, stamps)


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
) -> ExportResult:
    """Write the chosen records to ``path``; the file appears only when complete."""
    if scope.kind is ScopeKind.CHANGES and not scope.partner.strip():
        raise UserError("Bitte angeben, an wen die Änderungen gehen (z. B. „KI Landkreis“).")
    uow = UnitOfWork(database)
    with uow:
        connection = uow.session.connection()
        everything = {table: _read_table(connection, table) for table in TABLES}
        district_name = _district_name(connection, scope)
        partner_key = _META_PARTNER + scope.partner.strip()
        since = _meta(connection, partner_key) if scope.kind is ScopeKind.CHANGES else ""
        chosen = _seed(everything, scope, since)
        _close_references(everything, chosen)
        selection = _Selection(
            {table: {i: everything[table][i] for i in chosen[table]} for table in TABLES}
        )
        _apply_consent(selection, consent)
        installation = _meta(connection, META_INSTALLATION_ID)
        label = _meta(connection, META_INSTALLATION_LABEL)
        data = write_exchange(
            {table: rows.values() for table, rows in selection.rows.items()},
            installation_id=installation,
            installation_label=label,
            scope=_scope_manifest(scope, since, everything, district_name),
            consent=consent.value,
            password=password,
        )
        _write_atomically(path, data)
        if scope.kind is ScopeKind.CHANGES:
            newest = max(
                (
                    stamp
                    for rows in everything.values()
                    for record in rows.values()
                    for stamp in record.stamps.values()
                ),
                default=since,
            )
            _set_meta(connection, partner_key, newest)
            uow.commit()
    return ExportResult(
        path=path,
        counts={table: len(rows) for table, rows in selection.rows.items()},
        left_out_persons=selection.left_out_persons,
        size_bytes=len(data),
    )


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
    """The Landkreis of a district export (refused unless it is one)."""
    if scope.kind is not ScopeKind.DISTRICT:
        return ""
    row = connection.execute(
        select(Region.name, Region.level).where(Region.ags == scope.district_ags)
    ).first()
    if row is None or row.level != RegionLevel.DISTRICT.value:
        raise UserError(
            f"„{scope.district_ags}“ ist kein bayerischer Landkreis und keine kreisfreie "
            "Stadt. Bitte den fünfstelligen Kreisschlüssel angeben, z. B. 09179 für den "
            "Landkreis Fürstenfeldbruck."
        )
    return str(row.name)


def _scope_manifest(
    scope: ExportScope,
    since: str,
    everything: dict[str, dict[str, WireRecord]],
    district_name: str = "",
) -> dict[str, str]:
    if scope.kind is ScopeKind.GROUP:
        group = everything["helper_group"][scope.group_id]
        return {"kind": "group", "id": scope.group_id, "name": str(group.values.get("name", ""))}
    if scope.kind is ScopeKind.DISTRICT:
        return {"kind": "district", "ags": scope.district_ags, "name": district_name}
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
        reason = error.strerror or str(error)
        raise UserError(
            f"Die Datei „{path.name}“ konnte nicht geschrieben werden ({reason}). Bitte "
            "einen anderen Speicherort wählen oder Platz schaffen. Es wurde nichts gespeichert."
        ) from error


# --- import -------------------------------------------------------------------------


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
            f"Die Datei „{path.name}“ lässt sich nicht lesen ({error.strerror})."
        ) from error
    return ExchangeFile(data, password)


def preview_import(database: Database, path: Path, password: str | None = None) -> ImportResult:
    """What importing ``path`` would do — computed by a merge that is rolled back."""
    exchange = open_exchange(path, password)
    uow = UnitOfWork(database)
    with uow:
        report = merge_file(uow.session.connection(), exchange, clock=uow.clock)
        uow.rollback()
    return ImportResult(exchange.manifest, report)


def import_file(
    database: Database,
    path: Path,
    password: str | None = None,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> ImportResult:
    """Merge ``path`` into the database: backup first, then all or nothing."""
    exchange = open_exchange(path, password)
    backup = create_backup(database, "vor-import")
    import_id = str(uuid.uuid4())
    journal = JournalContext(
        import_id=import_id,
        imported_at=datetime.now().replace(microsecond=0),
        source_name=path.name,
        source_label=exchange.manifest.installation_label,
    )
    uow = UnitOfWork(database)
    with uow:
        report = merge_file(
            uow.session.connection(),
            exchange,
            clock=uow.clock,
            journal=journal,
            cancelled=cancelled,
            progress=progress,
        )
        _lower_export_marks(uow.session.connection(), report.oldest_change)
        # Records that arrived merged into another: local references follow them, as
        # stamped local edits (services/merge_follow.py), so every laptop converges.
        followed = follow_merges(uow.session)
        uow.commit()
    return ImportResult(exchange.manifest, report, import_id, backup, followed)


def _lower_export_marks(connection: Connection, oldest_change: str) -> None:
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
