"""Fuzzing the import with structured mutations of a real export (seeded, bounded time).

A real export of every table (written by ``export_file`` from a database that holds one
record of each kind and a tombstone) is taken apart and mutated: field values of the
wrong type or beyond the limits, ids and links into nowhere or into another table,
stamps malformed or beyond the format or far ahead, manifest counts and checksums, the
ZIP container (methods, sizes, cut-off and flipped bytes, extra members) and the
password envelope. Each mutated file is imported into a database that either is empty
or already holds the records. Whatever the mutation, the import either merges cleanly
or refuses with a German message — never a traceback, never English library text — and
a refusal leaves the database file byte for byte as it was, with no new backup.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.errors import UserError
from helferapp.services import backups, exchange
from helferapp.store.database import Database
from helferapp.sync import envelope
from helferapp.sync.exchange_file import TABLES
from tests.sync.helpers_exchange import (
    canonical_dump,
    file_bytes,
    manifest_for,
    new_replica,
    new_uuid,
    stamp,
    write,
    zip_bytes,
)
from tests.sync.test_exchange_format import every_table, exchange_bytes
from tests.sync.test_hostile_files import ENGLISH

FULL_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-[0-9a-f]{32}")
CASES = 160
SECONDS = 60
PASSWORD = "Fuzz-Passwort"
ODD_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1.5,
    10**30,
    "",
    "x" * 100_001,
    "2025-02-30",
    "25:99",
    "09999999",
    "091",
    [],
    ["a"] * 201,
    [1, 2],
    {},
    {"a": 1},
    "\ud800",
    "Ä" * 301,
)
ODD_STAMPS: tuple[Any, ...] = (
    "",
    None,
    17,
    "gestern",
    "1000000000000000-00000-" + "a" * 32,
    "999999999999999-99999-" + "a" * 32,
    "253402300800000-00000-" + "a" * 32,
    "253402300799999-99999-" + "a" * 32,
    "001764058500000-00000-" + "A" * 32,
    "001764058500000-0000-" + "a" * 32,
)


def _real_export(template: Path, folder: Path) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    source = new_replica(template, folder / "quelle" / "db.sqlite3", "Quelle")
    try:
        path = write(folder / "hand.helferapp", exchange_bytes(every_table()))
        exchange.import_file(source, path)
        exported = folder / "echt.helferapp"
        exchange.export_file(
            source, exported, consent=exchange.ConsentMode.INTERNAL, format_version="1.0"
        )
    finally:
        source.dispose()
    with zipfile.ZipFile(exported) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        tables = {
            name.removesuffix(".jsonl"): [
                json.loads(text) for text in archive.read(name).decode().splitlines()
            ]
            for name in archive.namelist()
            if name != "manifest.json"
        }
    return manifest, tables


def _as_v2(item: Any, nodes: list[str]) -> Any:
    """A 1.0 line (mutated or not) as format 2.0 writes it (§3): the most common stamp
    once, the others by field, installations by number; what cannot be shortened (an
    odd stamp, a line that is no record) is left as it is, which 2.0 refuses too."""
    if not isinstance(item, dict) or not isinstance(item.get("stamps"), dict):
        return item
    body = {key: value for key, value in item.items() if key != "stamps"}

    def short(text: Any) -> Any:
        if not isinstance(text, str) or not FULL_STAMP.fullmatch(text):
            return text
        if text[22:] not in nodes:
            nodes.append(text[22:])
        return f"{text[:22]}{nodes.index(text[22:])}"

    stamps = item["stamps"]
    if stamps:
        texts = [text for text in stamps.values() if isinstance(text, str)]
        base = max(set(texts), key=lambda text: (texts.count(text), text)) if texts else None
        body["stamp"] = short(base)
        others = {name: short(text) for name, text in stamps.items() if text != base}
        if others:
            body["stamps"] = others
    return body


def _pack(
    manifest: dict[str, Any], tables: dict[str, list[Any]], *, fix_manifest: bool = True
) -> bytes:
    if manifest["format_version"] == "2.0":
        nodes: list[str] = []
        tables = {table: [_as_v2(item, nodes) for item in lines] for table, lines in tables.items()}
        manifest = {**manifest, "nodes": nodes}
    members = {
        f"{table}.jsonl": b"".join(json.dumps(item).encode() + b"\n" for item in lines)
        for table, lines in tables.items()
        if lines
    }
    if fix_manifest:
        fixed = manifest_for(members)
        body = {**manifest, "members": fixed["members"]}
    else:
        body = manifest
    return zip_bytes([("manifest.json", json.dumps(body).encode()), *members.items()])


def _any_record(chance: random.Random, tables: dict[str, list[Any]]) -> dict[str, Any]:
    table = chance.choice([name for name in tables if tables[name]])
    return dict(chance.choice(tables[table]))


def _mutate_records(chance: random.Random, tables: dict[str, list[Any]]) -> str:
    table = chance.choice([name for name in tables if tables[name]])
    index = chance.randrange(len(tables[table]))
    record = json.loads(json.dumps(tables[table][index]))
    values, stamps = record["values"], record["stamps"]
    field = chance.choice(sorted(values)) if values else "name"
    kind = chance.randrange(9)
    if kind == 0:  # a value of the wrong type or beyond a limit
        values[field] = chance.choice(ODD_VALUES)
        stamps[field] = stamp(1_800_000_000_000)
    elif kind == 1:  # a link into nowhere or into another table
        link = chance.choice(["group_id", "organisation_id", "person_id", "merged_into"])
        other = _any_record(chance, tables)["id"]
        values[link] = chance.choice([new_uuid(), other, record["id"]])
        stamps[link] = stamp(1_800_000_000_000)
        if link == "merged_into":
            values["deleted"], stamps["deleted"] = True, stamp(1_800_000_000_000)
    elif kind == 2:  # an odd stamp
        stamps[field] = chance.choice(ODD_STAMPS)
    elif kind == 3:  # a stamp far ahead (sometimes accepted)
        stamps[field] = stamp(int(time.time() * 1000) + chance.choice([2, 400, 3000]) * 86_400_000)
    elif kind == 4:  # the id: malformed, another record's, or new (a new record)
        record["id"] = chance.choice(
            ["x", record["id"].upper(), _any_record(chance, tables)["id"], new_uuid()]
        )
    elif kind == 5:  # a value without its stamp, or the other way round
        if chance.random() < 0.5:
            stamps.pop(field, None)
        else:
            values.pop(field, None)
    elif kind == 6:  # a new record with only some fields
        record["id"] = new_uuid()
        keep = chance.sample(sorted(values), k=chance.randrange(len(values) + 1))
        record["values"] = {name: values[name] for name in keep}
        record["stamps"] = {name: stamps[name] for name in keep if name in stamps}
    elif kind == 7:  # the line itself
        record = chance.choice([[], "text", {"id": record["id"]}, {**record, "values": []}])
    else:  # twice the same id
        tables[table].append(record)
        return f"{table}: doppelt"
    tables[table][index] = record
    return f"{table}: {kind}"


def _mutate_manifest(
    chance: random.Random, manifest: dict[str, Any], tables: dict[str, list[Any]]
) -> bytes:
    body = json.loads(json.dumps(manifest))
    data = _pack(body, tables)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = json.loads(archive.read("manifest.json"))
    name = chance.choice(sorted(body["members"]))
    kind = chance.randrange(7)
    if kind == 0:
        body["members"][name]["records"] = chance.choice([True, False, -1, "1", 1.0, 10**7, None])
    elif kind == 1:
        body["members"][name]["sha256"] = chance.choice(["", "0" * 64, 5, None])
    elif kind == 2:
        body["format_version"] = chance.choice(["3.0", "2.0", "1.0", "1", "x", 1.0, None, "1.9"])
    elif kind == 3:
        body["installation_id"] = chance.choice(["", "A" * 32, None, 7, "a" * 31])
    elif kind == 4:
        del body["members"][name]
    elif kind == 5:
        body["members"]["contact.jsonl"] = {"records": 1, "sha256": "0" * 64}
    else:
        body = chance.choice([[], "manifest", {"format": "helferapp-exchange"}, None])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(item, archive.read(item)) for item in archive.namelist()]
    entries = [
        (item, json.dumps(body).encode() if item == "manifest.json" else raw)
        for item, raw in entries
    ]
    return zip_bytes(entries)


def _mutate_container(chance: random.Random, data: bytes) -> bytes:
    kind = chance.randrange(6)
    raw = bytearray(data)
    if kind == 0:  # cut off
        return bytes(raw[: chance.randrange(len(raw))])
    if kind == 1:  # flipped bytes
        for _ in range(chance.randrange(1, 20)):
            raw[chance.randrange(len(raw))] ^= 1 << chance.randrange(8)
        return bytes(raw)
    source = zipfile.ZipFile(io.BytesIO(data))
    infos = source.infolist()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in infos:
            method = info.compress_type
            if kind == 2 and info.filename != "manifest.json":
                method = chance.choice([zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.ZIP_STORED])
            archive.writestr(info.filename, source.read(info), method)
        if kind == 3:
            archive.writestr(chance.choice(["extra.txt", "../x.jsonl", "ordner/"]), b"x")
        if kind == 4:
            with __import__("warnings").catch_warnings():
                __import__("warnings").simplefilter("ignore")
                archive.writestr(infos[-1].filename, source.read(infos[-1]))
    raw = bytearray(buffer.getvalue())
    if kind == 5:  # a size in the central directory that lies
        found = raw.rfind(b"PK\x01\x02")
        (size,) = struct.unpack_from("<I", raw, found + 24)
        struct.pack_into("<I", raw, found + 24, max(0, size + chance.choice([-3, 1, 999])))
    return bytes(raw)


def _mutate_envelope(chance: random.Random, data: bytes) -> tuple[bytes, str]:
    sealed = bytearray(envelope.seal(data, PASSWORD))
    kind = chance.randrange(4)
    if kind == 0:
        sealed[chance.randrange(8, len(sealed))] ^= 0x10
    elif kind == 1:
        struct.pack_into(">III", sealed, 9, chance.choice([17, 30]), chance.choice([8, 64]), 1)
    elif kind == 2:
        return bytes(sealed[: chance.randrange(81)]), PASSWORD
    else:
        return bytes(sealed), "falsch"
    return bytes(sealed), PASSWORD


@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_mutated_exports_merge_cleanly_or_are_refused_in_german_with_nothing_changed(
    template_db_path: Path, tmp_path: Path, version: str
) -> None:
    manifest, tables = _real_export(template_db_path, tmp_path)
    manifest["format_version"] = version
    chance = random.Random(16)
    empty = new_replica(template_db_path, tmp_path / "leer" / "db.sqlite3", "Leer")
    full = new_replica(template_db_path, tmp_path / "voll" / "db.sqlite3", "Voll")
    exchange.import_file(full, write(tmp_path / "basis.helferapp", _pack(manifest, tables)))
    started = time.monotonic()
    outcomes = {"merged": 0, "refused": 0}
    try:
        for case in range(CASES):
            if time.monotonic() - started > SECONDS:
                break
            mutated = {table: list(lines) for table, lines in tables.items() if table in TABLES}
            password: str | None = None
            area = chance.randrange(10)
            if area < 6:
                what = _mutate_records(chance, mutated)
                data = _pack(manifest, mutated)
            elif area < 8:
                what, data = "manifest", _mutate_manifest(chance, manifest, mutated)
            elif area < 9:
                what, data = "container", _mutate_container(chance, _pack(manifest, mutated))
            else:
                what = "envelope"
                data, password = _mutate_envelope(chance, _pack(manifest, mutated))
            database: Database = chance.choice([empty, full])
            path = write(tmp_path / f"fall-{case}.helferapp", data)
            before = file_bytes(database)
            kept = backups.list_backups(database)
            try:
                exchange.import_file(
                    database, path, password, accept_clock_skew=chance.random() < 0.5
                )
            except UserError as error:
                outcomes["refused"] += 1
                for phrase in ENGLISH:
                    assert phrase not in error.message, (case, what, phrase, error.message)
                assert file_bytes(database) == before, (case, what, error.message)
                assert backups.list_backups(database) == kept, (case, what)
            else:
                outcomes["merged"] += 1
                canonical_dump(database)  # what was merged reads back
        assert outcomes["refused"] > CASES // 4 and outcomes["merged"] > 5, outcomes
    finally:
        empty.dispose()
        full.dispose()
