"""Building `.helferapp` files by hand from docs/FORMAT.md, and comparing databases.

The file builders here use only ``zipfile``, ``json``, ``hashlib`` and ``uuid`` — never
the app's writer — so that a test built with them checks the reader against the
document, not against the app's own idea of the format.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import uuid
import zipfile
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from helferapp.store.database import Database, make_engine
from helferapp.store.stored_stamps import unpack
from helferapp.sync.wire import SCHEMA, TABLE_MODELS, to_wire

# FORMAT.md §3: the namespace of natural-key ids.
NAMESPACE = uuid.UUID("6f1c3c2e-4b7a-5d0e-9a61-2f0c8d7e5b41")
# FORMAT.md §1: the table members, in the order the document lists them.
TABLES = (
    "helper_group",
    "organisation",
    "programme",
    "person",
    "contact",
    "partnership",
    "region_status",
)
NODE = "4f0c0b6c6b2e4a3f9d1e2a7b8c9d0e1f"
# 2025-11-25 09:15:00 UTC, a plausible time of writing.
T0 = 1_764_062_100_000

OLCHING = "09179142"
FFB_GEMEINDE = "09179121"
FFB_KREIS = "09179"
MUENCHEN = "09162000"
MUENCHEN_KREIS = "09162"
STARNBERG_KREIS = "09188"

Line = dict[str, Any]


def partnership_id(group_id: str, organisation_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"partnership/{group_id}/{organisation_id}"))


def region_status_id(ags: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"region_status/{ags}"))


def new_uuid() -> str:
    return str(uuid.uuid4())


def stamp(ms: int = T0, counter: int = 0, node: str = NODE) -> str:
    """A clock stamp as FORMAT.md §5 spells it."""
    return f"{ms:015d}-{counter:05d}-{node}"


def line(record_id: str, values: Mapping[str, Any], stamps: str | Mapping[str, str]) -> Line:
    """One record line; one stamp for every field, or a stamp per field."""
    if isinstance(stamps, str):
        stamps = {name: stamps for name in values}
    return {"id": record_id, "values": dict(values), "stamps": dict(stamps)}


def jsonl(lines: Iterable[Line]) -> bytes:
    """A table member: one JSON object per line, each line ending in ``\\n``."""
    return b"".join(json.dumps(item, ensure_ascii=False).encode() + b"\n" for item in lines)


def manifest_for(members: Mapping[str, bytes], **overrides: Any) -> dict[str, Any]:
    """The manifest of FORMAT.md §2 for ``members`` (name → bytes)."""
    body: dict[str, Any] = {
        "format": "helferapp-exchange",
        "format_version": "1.0",
        "app_version": "0.1.0",
        "created_at": "2025-11-25T09:15:00Z",
        "installation_id": NODE,
        "installation_label": "Helferkreis Musterdorf",
        "scope": {"kind": "all"},
        "consent": "shared",
        "members": {
            name: {"records": data.count(b"\n"), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        },
    }
    body.update(overrides)
    return body


def zip_bytes(
    entries: Iterable[tuple[str, bytes]],
    *,
    stored: Iterable[str] = (),
) -> bytes:
    """A ZIP with ``entries`` in the given order (deflated unless named in ``stored``)."""
    plain = set(stored)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            method = zipfile.ZIP_STORED if name in plain else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name, (2025, 11, 25, 9, 15, 0)), data, method)
    return buffer.getvalue()


def exchange_bytes(
    tables: Mapping[str, Iterable[Line]],
    *,
    stored: Iterable[str] = (),
    **manifest_overrides: Any,
) -> bytes:
    """A complete plain exchange file with one member per non-empty table."""
    members = {f"{table}.jsonl": jsonl(lines) for table, lines in tables.items()}
    members = {name: data for name, data in members.items() if data}
    manifest = manifest_for(members, **manifest_overrides)
    entries = [("manifest.json", json.dumps(manifest).encode()), *members.items()]
    return zip_bytes(entries, stored=stored)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- databases ----------------------------------------------------------------------


def new_replica(template: Path, path: Path, label: str = "") -> Database:
    """A database copied from the template, with its own installation id (and label)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'installation_id'", (uuid.uuid4().hex,)
        )
        connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('installation_label', ?)",
            (label,),
        )
        connection.commit()
    # The template is at the newest schema with the Gebiete loaded: open it the way
    # ``open_database`` finally does, without the (slow, here pointless) upgrade check.
    engine = make_engine(path)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def canonical_dump(database: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record as stored: table → id → column → value (stamps spelled out
    per field, see ``store.stored_stamps``).

    Read with a plain sqlite3 connection so that the comparison does not go through the
    code under test. ``search_text`` is derived, but equal data must give equal text, so
    it is compared too.
    """
    dump: dict[str, dict[str, dict[str, Any]]] = {}
    with closing(sqlite3.connect(database.path)) as connection:
        connection.row_factory = sqlite3.Row
        for table in TABLES:
            rows: dict[str, dict[str, Any]] = {}
            for row in connection.execute(f"SELECT * FROM {table}"):
                values = dict(row)
                values["stamps"] = unpack(
                    values["stamps"], values["last_stamp"] or "", SCHEMA[table]
                )
                rows[values.pop("id")] = values
            dump[table] = rows
    return dump


def wire_dump(database: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record in wire form: table → id → field → value."""
    dump: dict[str, dict[str, dict[str, Any]]] = {}
    with database.engine.connect() as connection:
        for table, model in TABLE_MODELS.items():
            columns = [model.__table__.c[name] for name in SCHEMA[table]]
            statement = select(model.__table__.c.id, *columns)
            dump[table] = {
                row.id: {name: to_wire(row._mapping[name]) for name in SCHEMA[table]}
                for row in connection.execute(statement)
            }
    return dump


def stamps_dump(database: Database) -> dict[str, dict[str, dict[str, str]]]:
    """Every synced record's stamps: table → id → field → stamp."""
    dump = canonical_dump(database)
    return {
        table: {record_id: row["stamps"] for record_id, row in rows.items()}
        for table, rows in dump.items()
    }


def full_dump(path: Path) -> list[str]:
    """The whole database (every table, meta and journal too) as SQL text."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def file_bytes(database: Database) -> bytes:
    """The database file's bytes with every connection closed (WAL checkpointed)."""
    database.dispose()
    wal = database.path.with_name(database.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return database.path.read_bytes()


def zip_members(data: bytes) -> dict[str, bytes]:
    """The members of a plain exchange file, read with ``zipfile`` alone."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def file_lines(data: bytes) -> dict[str, dict[str, Line]]:
    """table → id → line of a plain exchange file, read with ``zipfile`` and ``json``."""
    tables: dict[str, dict[str, Line]] = {}
    for name, member in zip_members(data).items():
        if name == "manifest.json":
            continue
        table = name.removesuffix(".jsonl")
        parsed = [json.loads(text) for text in member.decode().splitlines()]
        tables[table] = {item["id"]: item for item in parsed}
    return tables


class SkewedWalls:
    """Per-installation wall clocks for ``UnitOfWork``: an offset in ms per node id."""

    def __init__(self, real: Callable[[], int]) -> None:
        self.real = real
        self.offsets: dict[str, int] = {}

    def wall_for(self, node: str) -> Callable[[], int]:
        return lambda: self.real() + self.offsets.get(node, 0)
