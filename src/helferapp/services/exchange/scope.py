"""Which records an export carries: the scopes and the choosing of their records.

An export names its scope (everything, one Helferkreis, one Landkreis or
Regierungsbezirk, or what changed since the last export to a named partner); this module
turns that choice into the ids to write per table, adds every record they point to, and
tells which persons may go into the file in full under the consent rule. It reads ids,
links and stamps only — the records themselves are streamed by ``exchange.export``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from helferapp.domain.errors import NotFoundError
from helferapp.store.batches import batches
from helferapp.sync.exchange_file import (
    TABLES,
    WireRecord,
)
from helferapp.sync.wire import SCHEMA

# The installation id at the end of each stamp in a record's stored stamps text (the
# stamps that differ from its ``last_stamp``, see ``store.stored_stamps``).
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

    Reads the installation ids off the latest stamp and the stored stamps text (each
    stamp there ends in its installation's id, followed by the closing quote) instead of
    decoding every record's stamps: a round looks at every record each time the own
    file is written.
    """
    chosen: dict[str, set[str]] = {}
    origins = _STAMP_ORIGINS.findall
    cursor = driver_cursor(connection)
    try:
        for table in TABLES:
            cursor.execute(f"SELECT id, stamps, last_stamp FROM {table}")
            chosen[table] = {
                record_id
                for record_id, stamps, last in cursor
                if (last and last[22:] not in carried)
                or (stamps and not carried.issuperset(origins(stamps)))
            }
    finally:
        cursor.close()
    return chosen


def driver_cursor(connection: Connection) -> sqlite3.Cursor:
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


def identifying(records: Iterable[WireRecord], table: str, only: set[str]) -> Iterator[WireRecord]:
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


def choose(
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


def persons_in_full(
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
