"""Hostile and broken files: a clear German message, and the database file unchanged.

Every test here hands a bad file to ``import_file`` (and most to ``preview_import``),
expects a ``UserError`` whose message says what is wrong, and compares the database
file's bytes before and after with every connection closed.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import backups, exchange, records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync.exchange_file import ExchangeFile, NewerFormatError
from tests.sync.helpers_exchange import (
    FFB_KREIS,
    OLCHING,
    T0,
    Line,
    exchange_bytes,
    file_bytes,
    full_dump,
    jsonl,
    line,
    manifest_for,
    new_uuid,
    partnership_id,
    region_status_id,
    stamp,
    write,
    zip_bytes,
)

GROUP = new_uuid()
ORGANISATION = new_uuid()
S = stamp(T0)
DAMAGED = "beschädigt oder keine HelferApp-Austauschdatei"


def group_line(**values: Any) -> Line:
    body = {"name": "Helferkreis Test", "region_ags": [OLCHING], "deleted": False, **values}
    return line(GROUP, body, S)


def good_tables() -> dict[str, list[Line]]:
    return {
        "helper_group": [group_line()],
        "organisation": [line(ORGANISATION, {"name": "KI", "kind": "ki", "deleted": False}, S)],
    }


@pytest.fixture
def seeded(database: Database, uow: UnitOfWork) -> Database:
    """A database that already holds a record, so "unchanged" means something."""
    records.create(uow, GROUPS, HelperGroupData(name="Bestand", region_ags=(OLCHING,)))
    return database


def assert_refused(
    database: Database, path: Path, *needles: str, preview: bool = True
) -> UserError:
    """Import (and preview) must fail with a German message; the DB file stays the same."""
    before = file_bytes(database)
    dump = full_dump(database.path)
    error: UserError | None = None
    attempts: list[Callable[[], object]] = [lambda: exchange.import_file(database, path)]
    if preview:
        attempts.append(lambda: exchange.preview_import(database, path))
    for attempt in attempts:
        with pytest.raises(UserError) as info:
            attempt()
        error = info.value
        for needle in needles:
            assert needle in error.message
        assert "Traceback" not in error.message
    assert full_dump(database.path) == dump
    assert file_bytes(database) == before
    assert error is not None
    return error


def refuse_bytes(database: Database, tmp_path: Path, data: bytes, *needles: str) -> UserError:
    return assert_refused(database, write(tmp_path / "böse.helferapp", data), *needles)


def refuse_tables(
    database: Database, tmp_path: Path, tables: dict[str, list[Line]], *needles: str
) -> UserError:
    return refuse_bytes(database, tmp_path, exchange_bytes(tables), *needles)


# --- the container ---------------------------------------------------------------------


def test_an_empty_file_is_refused(seeded: Database, tmp_path: Path) -> None:
    refuse_bytes(seeded, tmp_path, b"", DAMAGED)


def test_a_file_that_is_not_a_zip_is_refused(seeded: Database, tmp_path: Path) -> None:
    refuse_bytes(seeded, tmp_path, b"Hallo, hier ist keine Datei.", DAMAGED)


def test_a_zip_with_a_broken_directory_is_refused(seeded: Database, tmp_path: Path) -> None:
    data = exchange_bytes(good_tables())
    refuse_bytes(seeded, tmp_path, data[: len(data) // 2], DAMAGED)


def test_a_zip_bomb_member_is_refused_without_inflating_it(
    seeded: Database, tmp_path: Path
) -> None:
    # 300 MiB of zeros, deflated while streaming: a file of about 300 KB.
    path = tmp_path / "bombe.helferapp"
    megabyte = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest_for({})))
        info = zipfile.ZipInfo("contact.jsonl", (2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(300):
                member.write(megabyte)
    assert path.stat().st_size < 2 * 1024 * 1024

    assert_refused(seeded, path, "zu groß")


def test_a_highly_compressed_member_below_the_size_limit_is_refused(
    seeded: Database, tmp_path: Path
) -> None:
    zeros = bytes(20 * 1024 * 1024)  # 20 MiB of zeros pack about 1000:1
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest_for({})).encode()), ("person.jsonl", zeros)]
    )
    refuse_bytes(seeded, tmp_path, data, "verdächtig stark gepackt")


def test_a_zip_whose_directory_understates_the_size_is_refused(
    seeded: Database, tmp_path: Path
) -> None:
    # The central directory claims 1,000 bytes; the member inflates to 20 MiB.
    member = bytes(20 * 1024 * 1024)
    manifest = manifest_for({"contact.jsonl": member})
    data = bytearray(
        zip_bytes([("manifest.json", json.dumps(manifest).encode()), ("contact.jsonl", member)])
    )
    directory = data.rfind(b"PK\x01\x02")
    assert data[directory + 46 : directory + 46 + 13] == b"contact.jsonl"
    struct.pack_into("<I", data, directory + 24, 1000)  # uncompressed size
    refuse_bytes(seeded, tmp_path, bytes(data), DAMAGED)


@pytest.mark.parametrize(
    "name",
    [
        "../helper_group.jsonl",
        "../evil.jsonl",
        "dir/helper_group.jsonl",
        "/helper_group.jsonl",
        "C:\\helper_group.jsonl",
        "HELPER_GROUP.JSONL",
        "readme.txt",
        "helper_group.jsonl/",
    ],
)
def test_a_member_with_any_other_name_is_refused(
    seeded: Database, tmp_path: Path, name: str
) -> None:
    manifest = json.dumps(manifest_for({})).encode()
    data = zip_bytes([("manifest.json", manifest), (name, jsonl([group_line()]))])
    refuse_bytes(seeded, tmp_path, data, DAMAGED, "unerwarteter Inhalt")


def test_a_member_that_occurs_twice_is_refused(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()])
    manifest = json.dumps(manifest_for({"helper_group.jsonl": member})).encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate
        data = zip_bytes(
            [
                ("manifest.json", manifest),
                ("helper_group.jsonl", member),
                ("helper_group.jsonl", member),
            ]
        )
    refuse_bytes(seeded, tmp_path, data, "doppelt")


def test_a_manifest_that_occurs_twice_is_refused(seeded: Database, tmp_path: Path) -> None:
    manifest = json.dumps(manifest_for({})).encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        data = zip_bytes([("manifest.json", manifest), ("manifest.json", manifest)])
    refuse_bytes(seeded, tmp_path, data, "doppelt")


def test_a_file_without_manifest_is_refused(seeded: Database, tmp_path: Path) -> None:
    data = zip_bytes([("helper_group.jsonl", jsonl([group_line()]))])
    refuse_bytes(seeded, tmp_path, data, "manifest.json fehlt")


@pytest.mark.parametrize(
    "manifest",
    [
        b"{kein json",
        b"\xff\xfe{}",
        b"[1, 2, 3]",
        b'"helferapp-exchange"',
        b"[" * 200_000 + b"]" * 200_000,
    ],
)
def test_a_manifest_that_is_not_a_json_object_is_refused(
    seeded: Database, tmp_path: Path, manifest: bytes
) -> None:
    data = zip_bytes([("manifest.json", manifest)])
    refuse_bytes(seeded, tmp_path, data, DAMAGED)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"format": "andere-app"}, "keine HelferApp-Austauschdatei"),
        ({"format_version": "eins"}, "Formatversion"),
        ({"format_version": 1.0}, "Formatversion"),
        ({"format_version": "١.٠"}, "Formatversion"),  # Arabic-Indic digits are no version
        ({"format_version": "2.0"}, "„nodes“ fehlt"),  # 2.0 names its installations
        ({"installation_id": "ABC"}, "Installations-Kennung"),
        ({"installation_id": "4F0C0B6C6B2E4A3F9D1E2A7B8C9D0E1F"}, "Installations-Kennung"),
        ({"members": []}, "Inhaltsliste"),
    ],
)
def test_a_manifest_with_wrong_facts_is_refused(
    seeded: Database, tmp_path: Path, change: dict[str, Any], needle: str
) -> None:
    manifest = {**manifest_for({}), **change}
    data = zip_bytes([("manifest.json", json.dumps(manifest).encode())])
    refuse_bytes(seeded, tmp_path, data, needle)


@pytest.mark.parametrize("version", ["3.0", "3.5", "10.0"])
def test_a_newer_major_version_asks_to_update_the_app(
    seeded: Database, tmp_path: Path, version: str
) -> None:
    data = exchange_bytes(good_tables(), format_version=version)
    error = refuse_bytes(
        seeded,
        tmp_path,
        data,
        "Diese Datei stammt aus einer neueren Version von HelferApp — bitte aktualisieren",
    )
    assert isinstance(error, NewerFormatError)


def test_an_older_major_version_zero_is_read(seeded: Database, tmp_path: Path) -> None:
    data = exchange_bytes(good_tables(), format_version="0.9")
    exchange.import_file(seeded, write(tmp_path / "alt.helferapp", data))

    assert records.get(UnitOfWork(seeded), GROUPS, GROUP).data.name == "Helferkreis Test"


def test_a_bad_checksum_is_refused(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()])
    manifest = manifest_for({"helper_group.jsonl": member})
    manifest["members"]["helper_group.jsonl"]["sha256"] = hashlib.sha256(b"x").hexdigest()
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )
    refuse_bytes(seeded, tmp_path, data, "Prüfsumme")


def test_a_changed_member_is_caught_by_its_checksum(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()])
    manifest = manifest_for({"helper_group.jsonl": member})
    changed = member.replace(b"Helferkreis Test", b"Helferkreis Fake")
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", changed)]
    )
    refuse_bytes(seeded, tmp_path, data, "Prüfsumme")


@pytest.mark.parametrize("claimed", [0, 2, 5])
def test_a_record_count_that_does_not_match_is_refused(
    seeded: Database, tmp_path: Path, claimed: int
) -> None:
    member = jsonl([group_line()])
    manifest = manifest_for({"helper_group.jsonl": member})
    manifest["members"]["helper_group.jsonl"]["records"] = claimed
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )
    refuse_bytes(seeded, tmp_path, data, f"1 statt {claimed}")


def test_a_member_listed_in_the_manifest_but_missing_is_refused(
    seeded: Database, tmp_path: Path
) -> None:
    member = jsonl([group_line()])
    manifest = manifest_for({"helper_group.jsonl": member, "person.jsonl": member})
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )
    refuse_bytes(seeded, tmp_path, data, "„person.jsonl“ fehlt in der Datei")


def test_a_member_missing_from_the_manifest_is_refused(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()])
    manifest = manifest_for({})
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )
    refuse_bytes(seeded, tmp_path, data, "fehlt in manifest.json")


def test_too_many_records_in_the_manifest_are_refused(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()])
    manifest = manifest_for({"helper_group.jsonl": member})
    manifest["members"]["helper_group.jsonl"]["records"] = 1_000_001
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )
    refuse_bytes(seeded, tmp_path, data, "zu viele Einträge")


# --- lines -------------------------------------------------------------------------------


def raw_member_file(member: bytes, table: str = "helper_group") -> bytes:
    name = f"{table}.jsonl"
    manifest = manifest_for({name: member})
    manifest["members"][name]["records"] = max(1, len(member.rstrip(b"\n").split(b"\n")))
    return zip_bytes([("manifest.json", json.dumps(manifest).encode()), (name, member)])


def test_a_line_of_ten_megabytes_is_refused(seeded: Database, tmp_path: Path) -> None:
    record = group_line(notes="x" * (10 * 1024 * 1024))
    data = exchange_bytes({"helper_group": [record]}, stored=["helper_group.jsonl"])
    refuse_bytes(seeded, tmp_path, data, "Zeile zu lang")


def test_invalid_utf8_is_refused(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()]).replace(b"Helferkreis", b"Helfer\xff\xfekreis")
    refuse_bytes(seeded, tmp_path, raw_member_file(member), "UTF-8")


@pytest.mark.parametrize(
    ("field", "value"),
    [("name", "Helfer\ud800kreis"), ("working_groups", ["Sprache", "\udfff"])],
)
def test_a_lone_surrogate_escape_is_refused(
    seeded: Database, tmp_path: Path, field: str, value: Any
) -> None:
    # Valid JSON ("\ud800"), but no text: UTF-8 cannot hold it, nor can the database.
    text = json.dumps(group_line(**{field: value})).encode()  # JSON escapes it as \ud800
    refuse_bytes(seeded, tmp_path, raw_member_file(text + b"\n"), field)


def test_a_line_that_is_not_json_is_refused(seeded: Database, tmp_path: Path) -> None:
    refuse_bytes(seeded, tmp_path, raw_member_file(b"{id: 1}\n"), "kein gültiges JSON")


def test_an_empty_line_is_refused(seeded: Database, tmp_path: Path) -> None:
    member = jsonl([group_line()]) + b"\n"
    manifest = manifest_for({"helper_group.jsonl": member})
    manifest["members"]["helper_group.jsonl"]["records"] = 2
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )
    refuse_bytes(seeded, tmp_path, data, "Zeile 2")


@pytest.mark.parametrize(
    "text",
    [
        b"[" * 500_000 + b"]" * 500_000,  # nesting deeper than Python's recursion limit
        b'{"id": ' + b"9" * 100_000 + b"}",  # an integer too long for int()
        b"[1, 2, 3]",
        b"null",
    ],
)
def test_lines_that_are_json_but_not_records_are_refused(
    seeded: Database, tmp_path: Path, text: bytes
) -> None:
    refuse_bytes(seeded, tmp_path, raw_member_file(text + b"\n"), DAMAGED)


def test_a_value_nested_too_deep_is_refused(seeded: Database, tmp_path: Path) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    text = b'{"id": "%s", "values": {"notes": %s}, "stamps": {"notes": "%s"}}\n' % (
        GROUP.encode(),
        deep,
        S.encode(),
    )
    refuse_bytes(seeded, tmp_path, raw_member_file(text), DAMAGED)


def test_a_duplicate_id_in_one_member_is_refused(seeded: Database, tmp_path: Path) -> None:
    refuse_tables(seeded, tmp_path, {"helper_group": [group_line(), group_line()]}, "doppelt")


@pytest.mark.parametrize(
    "record_id",
    ["", "nicht-eine-uuid", GROUP.upper(), "{" + GROUP + "}", "urn:uuid:" + GROUP, None, 7],
)
def test_an_id_that_is_not_a_canonical_uuid_is_refused(
    seeded: Database, tmp_path: Path, record_id: Any
) -> None:
    record = group_line()
    record["id"] = record_id
    refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "Kennung")


def test_values_and_stamps_that_do_not_match_are_refused(seeded: Database, tmp_path: Path) -> None:
    missing_stamp = group_line()
    del missing_stamp["stamps"]["name"]
    extra_stamp = group_line()
    extra_stamp["stamps"]["notes"] = S
    for record in (missing_stamp, extra_stamp):
        refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "Zeitstempel passen nicht")


def test_a_record_without_values_or_stamps_is_refused(seeded: Database, tmp_path: Path) -> None:
    for key in ("values", "stamps"):
        record = group_line()
        del record[key]
        refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "fehlt")


@pytest.mark.parametrize(
    "bad",
    [
        "2025-11-25T09:15:00Z",
        "1764062100000-00000-" + "a" * 32,  # 13 digits
        "001764062100000-0-" + "a" * 32,
        "001764062100000-00000-" + "A" * 32,  # upper-case node
        "001764062100000-00000-" + "a" * 31,
        "001764062100000-00000-" + "a" * 32 + "\n",  # trailing newline
        "٠٠١٧٦٤٠٦٢١٠٠٠٠٠-00000-" + "a" * 32,  # Arabic-Indic digits
        17640621000000,
        None,
    ],
)
def test_a_bad_stamp_is_refused(seeded: Database, tmp_path: Path, bad: Any) -> None:
    record = group_line()
    record["stamps"]["name"] = bad
    refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "Zeitstempel")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("deleted", "true"),
        ("deleted", 1),
        ("deleted", None),
        ("name", 42),
        ("name", None),
        ("name", ["Helferkreis"]),
        ("name", "x" * 201),
        ("checked_on", "2025-13-40"),
        ("checked_on", "25.11.2025"),
        ("checked_on", "2025-11-25T00:00"),
        ("checked_on", "２０２５-11-25"),
        ("checked_on", 20251125),
        ("legal_form", "gmbh"),
        ("legal_form", None),
        ("status", "AKTIV"),
        ("region_ags", "09179142"),
        ("region_ags", [9179142]),
        ("region_ags", ["9179142"]),
        ("region_ags", ["09179142\n"]),
        ("working_groups", "Sprache"),
        ("working_groups", [1, 2]),
        ("working_groups", ["x"] * 201),
        ("working_groups", {"a": "b"}),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(
    seeded: Database, tmp_path: Path, field: str, value: Any
) -> None:
    record = group_line(**{field: value})
    error = refuse_tables(seeded, tmp_path, {"helper_group": [record]}, field)
    assert "helper_group.jsonl, Zeile 1" in error.message


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("programme", "start_time", "25:00"),
        ("programme", "start_time", "9:30"),
        ("programme", "start_time", "09:30:00"),
        ("programme", "weekday", "montag"),
        ("programme", "fields", ["sprache", "tanzen"]),
        ("programme", "group_id", "nicht-eine-uuid"),
        ("programme", "registration_required", "ja"),
        ("contact", "channel", "fax"),
        ("contact", "done", 0),
        ("person", "consent_share", "true"),
        ("organisation", "region_ags", 9179),
    ],
)
def test_wrong_values_in_other_tables_are_refused(
    seeded: Database, tmp_path: Path, table: str, field: str, value: Any
) -> None:
    record = line(new_uuid(), {"deleted": False, field: value}, S)
    refuse_tables(seeded, tmp_path, {table: [record]}, field, f"{table}.jsonl")


def test_an_unknown_ags_is_refused(seeded: Database, tmp_path: Path) -> None:
    record = group_line(region_ags=["09999999"])
    refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "unbekannten Gebietsschlüssel")


def test_an_unknown_region_status_ags_is_refused(seeded: Database, tmp_path: Path) -> None:
    ags = "09999"
    record = line(region_status_id(ags), {"ags": ags, "deleted": False}, S)
    refuse_tables(seeded, tmp_path, {"region_status": [record]}, "unbekannten Gebietsschlüssel")


def test_a_kreis_where_the_format_wants_a_gemeinde_is_refused(
    seeded: Database, tmp_path: Path
) -> None:
    record = group_line(region_ags=[FFB_KREIS])
    refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "region_ags")


def test_a_reference_to_a_record_nobody_has_is_refused(seeded: Database, tmp_path: Path) -> None:
    programme = line(new_uuid(), {"title": "Waise", "group_id": new_uuid(), "deleted": False}, S)
    refuse_tables(seeded, tmp_path, {"programme": [programme]}, "verweist auf Einträge")


def test_a_partnership_whose_id_does_not_match_its_pair_is_refused(
    seeded: Database, tmp_path: Path
) -> None:
    tables = good_tables()
    values = {"group_id": GROUP, "organisation_id": ORGANISATION, "deleted": False}
    tables["partnership"] = [line(partnership_id(ORGANISATION, GROUP), values, S)]
    refuse_tables(seeded, tmp_path, tables, "Kennung passt nicht")


def test_a_region_status_whose_id_does_not_match_its_ags_is_refused(
    seeded: Database, tmp_path: Path
) -> None:
    record = line(region_status_id(FFB_KREIS), {"ags": "09188", "deleted": False}, S)
    refuse_tables(seeded, tmp_path, {"region_status": [record]}, "Kennung passt nicht")


def test_a_partnership_with_a_random_id_is_refused(seeded: Database, tmp_path: Path) -> None:
    tables = good_tables()
    values = {"group_id": GROUP, "organisation_id": ORGANISATION, "deleted": False}
    tables["partnership"] = [line(new_uuid(), values, S)]
    refuse_tables(seeded, tmp_path, tables, "Kennung passt nicht")


def test_a_bad_record_after_many_good_ones_changes_nothing(
    seeded: Database, tmp_path: Path
) -> None:
    good = [
        line(new_uuid(), {"name": f"Kreis {n}", "region_ags": [OLCHING], "deleted": False}, S)
        for n in range(1500)
    ]
    bad = copy.deepcopy(good[0])
    bad["id"] = new_uuid()
    bad["values"]["checked_on"] = "2025-02-30"
    bad["stamps"]["checked_on"] = S
    refuse_tables(seeded, tmp_path, {"helper_group": [*good, bad]}, "checked_on", "Zeile 1501")


def test_a_bad_file_leaves_neither_a_change_nor_a_backup(seeded: Database, tmp_path: Path) -> None:
    record = group_line(region_ags=["09999999"])
    before = backups.list_backups(seeded)
    refuse_tables(seeded, tmp_path, {"helper_group": [record]}, "Gebietsschlüssel")
    # A refused file must not push a good backup out of the kept ones.
    assert backups.list_backups(seeded) == before


def test_a_missing_file_says_so(seeded: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="gibt es nicht"):
        exchange.import_file(seeded, tmp_path / "fehlt.helferapp")


def test_a_folder_instead_of_a_file_is_refused(seeded: Database, tmp_path: Path) -> None:
    folder = tmp_path / "ordner.helferapp"
    folder.mkdir()
    with pytest.raises(UserError, match="lässt sich nicht lesen"):
        exchange.import_file(seeded, folder)


def test_a_good_file_after_bad_ones_still_imports(seeded: Database, tmp_path: Path) -> None:
    refuse_bytes(seeded, tmp_path, b"kaputt", DAMAGED)
    path = write(tmp_path / "gut.helferapp", exchange_bytes(good_tables()))
    exchange.import_file(seeded, path)

    assert records.get(UnitOfWork(seeded), GROUPS, GROUP).data.name == "Helferkreis Test"


def test_hostile_bytes_never_raise_anything_but_a_user_error(tmp_path: Path) -> None:
    # Flip one byte at a time all over a good file: whatever breaks, it is a UserError.
    good = exchange_bytes(good_tables())
    for offset in range(0, len(good), 7):
        data = good[:offset] + bytes([good[offset] ^ 0x55]) + good[offset + 1 :]
        try:
            opened = ExchangeFile(data)
            for table in ("helper_group", "organisation"):
                list(opened.records(table))
        except UserError:
            pass
    with pytest.raises(UserError):
        ExchangeFile(b"PK\x03\x04")


# --- issue 16: what slipped through or crashed -------------------------------------------

# Phrases of Python's libraries and SQLite that must never show inside a refusal.
ENGLISH = (
    "Error",
    "error",
    "invalid",
    "decompress",
    "distance",
    "constraint",
    "FOREIGN KEY",
    "failed",
    "not a",
    "No such",
    "Bad",
    "File is not",
    "Permission",
    "denied",
    "space left",
    "Traceback",
    "object",
)


def assert_german(error: UserError) -> None:
    for phrase in ENGLISH:
        assert phrase not in error.message, (phrase, error.message)


def _with_method(data: bytes, name: str, method: int) -> bytes:
    """``data`` (a plain exchange file) with member ``name`` re-packed by ``method``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            archive.writestr(
                info.filename,
                source.read(info),
                method if info.filename == name else info.compress_type,
            )
    return buffer.getvalue()


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_member_packed_with_another_method_is_refused(
    seeded: Database, tmp_path: Path, method: int
) -> None:
    data = _with_method(exchange_bytes(good_tables()), "helper_group.jsonl", method)
    assert_german(refuse_bytes(seeded, tmp_path, data, DAMAGED, "nicht erlaubten Verfahren"))


def _lying_size(data: bytes, name: str, delta: int) -> bytes:
    """Change the uncompressed size of ``name`` in the local header and the directory."""
    raw = bytearray(data)
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := raw.find(signature, start)) >= 0:
            name_at = found + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at : name_at + len(encoded)] == encoded:
                (size,) = struct.unpack_from("<I", raw, found + offset)
                struct.pack_into("<I", raw, found + offset, size + delta)
            start = found + 4
    return bytes(raw)


@pytest.mark.parametrize("delta", [1, 1000, -1])
def test_a_member_whose_declared_size_lies_is_refused(
    seeded: Database, tmp_path: Path, delta: int
) -> None:
    data = _lying_size(exchange_bytes(good_tables()), "helper_group.jsonl", delta)
    assert_german(refuse_bytes(seeded, tmp_path, data, DAMAGED))


@pytest.mark.parametrize("count", [True, False, 1.0, "1"])
def test_a_manifest_count_that_is_not_a_whole_number_is_refused(
    seeded: Database, tmp_path: Path, count: Any
) -> None:
    members = {"helper_group.jsonl": jsonl([group_line()])}
    manifest = manifest_for(members)
    manifest["members"]["helper_group.jsonl"]["records"] = count
    entries = [("manifest.json", json.dumps(manifest).encode()), *members.items()]
    assert_german(refuse_bytes(seeded, tmp_path, zip_bytes(entries), DAMAGED))


def test_a_corrupt_deflate_stream_is_refused_in_german(seeded: Database, tmp_path: Path) -> None:
    members = {"helper_group.jsonl": jsonl([group_line(notes="x" * 5000)])}
    data = bytearray(exchange_bytes({"helper_group": [group_line(notes="x" * 5000)]}))
    start = data.find(b"helper_group.jsonl") + len("helper_group.jsonl")
    for index in range(start + 10, start + 40):
        data[index] ^= 0x5A
    assert members
    assert_german(refuse_bytes(seeded, tmp_path, bytes(data), DAMAGED))


@pytest.mark.parametrize("target", ["nowhere", "other table"])
def test_a_merge_into_a_record_that_does_not_exist_is_refused(
    seeded: Database, tmp_path: Path, target: str
) -> None:
    merged_into = new_uuid() if target == "nowhere" else ORGANISATION
    dropped = line(GROUP, {"name": "Doppelt", "deleted": True, "merged_into": merged_into}, S)
    programme = line(new_uuid(), {"title": "Sprachcafé", "group_id": GROUP, "deleted": False}, S)
    tables = {
        "helper_group": [dropped],
        "organisation": good_tables()["organisation"],
        "programme": [programme],
    }
    assert_german(refuse_tables(seeded, tmp_path, tables, "zusammengeführten Eintrag"))


def test_a_merge_into_nowhere_that_nobody_points_to_is_harmless(
    seeded: Database, tmp_path: Path
) -> None:
    dropped = line(GROUP, {"name": "Doppelt", "deleted": True, "merged_into": new_uuid()}, S)
    path = write(tmp_path / "alt.helferapp", exchange_bytes({"helper_group": [dropped]}))
    result = exchange.import_file(seeded, path)
    assert result.report.tables["helper_group"].tombstones == 1


def test_a_new_region_status_without_ags_is_refused(seeded: Database, tmp_path: Path) -> None:
    status = line(region_status_id(FFB_KREIS), {"concept_status": "geplant", "deleted": False}, S)
    error = refuse_tables(seeded, tmp_path, {"region_status": [status]}, "ohne „ags“")
    assert_german(error)


@pytest.mark.parametrize("left_out", ["group_id", "organisation_id"])
def test_a_new_partnership_without_its_pair_is_refused(
    seeded: Database, tmp_path: Path, left_out: str
) -> None:
    values = {"group_id": GROUP, "organisation_id": ORGANISATION, "deleted": False}
    del values[left_out]
    link = line(partnership_id(GROUP, ORGANISATION), values, S)
    tables = {**good_tables(), "partnership": [link]}
    assert_german(refuse_tables(seeded, tmp_path, tables, f"ohne „{left_out}“"))


def test_a_refusal_writes_no_backup_and_a_no_op_neither(seeded: Database, tmp_path: Path) -> None:
    before = backups.list_backups(seeded)
    refuse_bytes(seeded, tmp_path, b"PK\x03\x04kaputt", DAMAGED)
    assert backups.list_backups(seeded) == before
    path = write(tmp_path / "gut.helferapp", exchange_bytes(good_tables()))
    first = exchange.import_file(seeded, path)
    assert first.backup is not None
    again = exchange.import_file(seeded, path)
    assert again.backup is None
    assert len(backups.list_backups(seeded)) == len(before) + 1
