"""A database as HelferApp wrote it at schema 0003: every field's stamp spelled out in JSON.

Built the way an older installation left it on disk: the migrations up to 0003, then rows
written with plain SQL, so that the tests of the conversion to 0004 do not depend on the
code they test. The rows hold what a real database holds: records written in one save
(one stamp for every field), a record whose fields were last written by two other
installations, a partial record that arrived with some fields only (the others
unstamped), and, if asked for, many plain records so that the conversion runs in chunks.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from helferapp.store import migrations
from helferapp.store.database import make_engine
from tests.sync.helpers_exchange import TABLES

OURS = "0d3f5a8e9b7c4d2e8f1a6b5c4d3e2f1a"
THEIRS = "ddb62cbc9f07493fa95ae574d46b8fca"
THIRD = "7a1e0c2b3d4f45a6b7c8d9e0f1a2b3c4"
BOOKKEEPING = {"id", "stamps", "last_stamp", "search_text"}
# Valid codes for the enum columns, so that the app can read the records after the upgrade.
ENUM_VALUES = {
    ("helper_group", "legal_form"): "lose",
    ("helper_group", "status"): "aktiv",
    ("organisation", "kind"): "ki",
    ("contact", "channel"): "telefon",
    ("partnership", "kind"): "kooperation",
    ("region_status", "concept_status"): "keins",
    ("region_status", "ki_status"): "keins",
}
GROUP_ID = "00000000-0000-4000-8000-000000000001"
ORGANISATION_ID = "00000000-0000-4000-8000-000000000002"
PERSON_ID = "00000000-0000-4000-8000-000000000003"


def stamp(millis: int, counter: int, installation: str) -> str:
    """A clock stamp as docs/FORMAT.md spells it."""
    return f"{millis:015d}-{counter:05d}-{installation}"


def columns(connection: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, NOT NULL) of every column of ``table``."""
    return [
        (row[1], row[2], bool(row[3])) for row in connection.execute(f"PRAGMA table_info({table})")
    ]


def fields_of(connection: sqlite3.Connection, table: str) -> list[str]:
    """The stamped fields of ``table`` at schema 0003."""
    return [name for name, _type, _nn in columns(connection, table) if name not in BOOKKEEPING]


def _default(table: str, name: str, declared: str, not_null: bool) -> Any:
    if (table, name) in ENUM_VALUES:
        return ENUM_VALUES[(table, name)]
    if not not_null:
        return None
    if declared == "BOOLEAN":
        return 0
    if declared == "JSON":
        return "[]"
    return ""


def insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (column → value; the rest gets a valid empty value)."""
    described = columns(connection, table)
    names = [name for name, _type, _nn in described]
    values = [
        tuple(
            row[name] if name in row else _default(table, name, declared, not_null)
            for name, declared, not_null in described
        )
        for row in rows
    ]
    marks = ", ".join("?" for _ in names)
    connection.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)


def stamped(stamps: dict[str, str], **values: Any) -> dict[str, Any]:
    """A row with ``stamps`` as 0003 stored them (SQLAlchemy's ``json.dumps``)."""
    return {
        **values,
        "stamps": json.dumps(stamps),
        "last_stamp": max(stamps.values(), default=""),
    }


def build_0003_database(path: Path, many: int = 0) -> dict[str, dict[str, dict[str, str]]]:
    """Write a 0003 database at ``path``; returns table → id → the stamps it holds.

    ``many`` adds that many further Helferkreise, each written in one save.
    """
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        migrations.upgrade(connection, "0003")
    engine.dispose()
    one = stamp(1_796_154_701_350, 10, OURS)
    expected: dict[str, dict[str, dict[str, str]]] = {table: {} for table in TABLES}
    with closing(sqlite3.connect(path)) as connection, connection:
        fields = {table: fields_of(connection, table) for table in TABLES}

        def add(table: str, record_id: str, stamps: dict[str, str], **values: Any) -> None:
            insert(connection, table, [stamped(stamps, id=record_id, **values)])
            expected[table][record_id] = stamps

        add("helper_group", GROUP_ID, dict.fromkeys(fields["helper_group"], one), name="HK Dachau")
        # Written here first, then two fields changed at another installation and one at
        # a third (older than ours): per field the larger stamp has won.
        mixed = dict.fromkeys(fields["organisation"], one)
        mixed["phone"] = mixed["email"] = stamp(1_796_200_000_000, 0, THEIRS)
        mixed["notes"] = stamp(1_796_100_000_000, 3, THIRD)
        add("organisation", ORGANISATION_ID, mixed, name="KI Dachau", region_ags="09174")
        # Arrived in a file from an older version with some fields only: the others are
        # unstamped (any value wins for them).
        partial = {name: stamp(1_796_154_800_000, 1, THEIRS) for name in ("name", "group_id")}
        partial["deleted"] = stamp(1_796_154_700_000, 2, THIRD)
        add("person", PERSON_ID, partial, name="Anna Müller", group_id=GROUP_ID)
        for table, record_id, values in (
            ("programme", "00000000-0000-4000-8000-000000000004", {"title": "Sprachcafé"}),
            ("contact", "00000000-0000-4000-8000-000000000005", {"subject": "Sprachkurse"}),
            (
                "partnership",
                "00000000-0000-4000-8000-000000000006",
                {"group_id": GROUP_ID, "organisation_id": ORGANISATION_ID},
            ),
            ("region_status", "00000000-0000-4000-8000-000000000007", {"ags": "09174"}),
        ):
            add(table, record_id, dict.fromkeys(fields[table], one), **values)
        rows = []
        for number in range(many):
            record_id = f"10000000-0000-4000-8000-{number:012d}"
            stamps = dict.fromkeys(
                fields["helper_group"], stamp(1_796_000_000_000 + number, 0, OURS)
            )
            rows.append(stamped(stamps, id=record_id, name=f"HK {number}"))
            expected["helper_group"][record_id] = stamps
        insert(connection, "helper_group", rows)
    return expected


def stored_rows(path: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """table → id → (stamps column, last_stamp), read with plain SQL."""
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: {
                row[0]: (row[1], row[2])
                for row in connection.execute(f"SELECT id, stamps, last_stamp FROM {table}")
            }
            for table in TABLES
        }


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
