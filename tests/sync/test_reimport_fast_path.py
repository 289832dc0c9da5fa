"""Importing a 2.0 file again: each record is compared by its one stamp before parsing.

Files written by hand from docs/FORMAT.md §3 (2.0 lines with one stamp, the way
HelferApp writes them), imported into a database, then imported again or changed. A
record the database already holds as new brings nothing and is not parsed; one that may
bring something is parsed and checked as in any import — a bad value there is refused
in German with nothing changed, and a damaged member is still named by its checksum.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.errors import UserError
from helferapp.services import exchange
from helferapp.store.batches import IN_BATCH
from helferapp.store.database import Database
from tests.sync.helpers_exchange import (
    NODE,
    OLCHING,
    canonical_dump,
    file_bytes,
    manifest_for,
    new_uuid,
    stamp,
    write,
    zip_bytes,
)

GROUPS = [new_uuid() for _ in range(3)]
T0 = 1_764_058_500_000


def v2_line(record_id: str, values: dict[str, Any], ms: int, counter: int = 0) -> bytes:
    """A 2.0 line as FORMAT.md §3 spells it: sorted keys, no spaces, one short stamp."""
    body = {"id": record_id, "stamp": f"{ms:015d}-{counter:05d}-0", "values": values}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def group_values(name: str, notes: str = "") -> dict[str, Any]:
    """Every field of a Helferkreis (FORMAT.md §4), as HelferApp exports one."""
    return {
        "name": name,
        "legal_form": "lose",
        "region_ags": [OLCHING],
        "locality": "",
        "status": "aktiv",
        "working_groups": [],
        "website": "",
        "email": "",
        "phone": "",
        "notes": notes,
        "checked_on": None,
        "deleted": False,
        "purged": False,
        "merged_into": None,
    }


def v2_file(lines: list[bytes]) -> bytes:
    member = b"".join(text + b"\n" for text in lines)
    manifest = manifest_for({"helper_group.jsonl": member}, format_version="2.0", nodes=[NODE])
    return zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )


def first_file() -> bytes:
    return v2_file(
        [
            v2_line(record_id, group_values(f"Helferkreis {n}"), T0)
            for n, record_id in enumerate(GROUPS)
        ]
    )


def imported(database: Database, tmp_path: Path, data: bytes, name: str) -> exchange.ImportResult:
    return exchange.import_file(database, write(tmp_path / name, data))


def test_importing_the_same_file_again_changes_nothing_and_counts_every_record(
    database: Database, tmp_path: Path
) -> None:
    imported(database, tmp_path, first_file(), "a.helferapp")
    before = canonical_dump(database)

    again = imported(database, tmp_path, first_file(), "b.helferapp")

    assert again.report.touched == 0
    assert again.report.tables["helper_group"].unchanged == 3
    assert canonical_dump(database) == before


def test_a_record_with_a_newer_stamp_is_parsed_and_merged(
    database: Database, tmp_path: Path
) -> None:
    imported(database, tmp_path, first_file(), "a.helferapp")
    newer = v2_file(
        [
            v2_line(GROUPS[0], group_values("Helferkreis 0"), T0),
            v2_line(GROUPS[1], group_values("Helferkreis Neu", "geändert"), T0 + 60_000),
            v2_line(GROUPS[2], group_values("Helferkreis 2"), T0),
        ]
    )

    result = imported(database, tmp_path, newer, "b.helferapp")

    rows = canonical_dump(database)["helper_group"]
    assert result.report.tables["helper_group"].unchanged == 2
    assert rows[GROUPS[1]]["name"] == "Helferkreis Neu"
    assert rows[GROUPS[1]]["notes"] == "geändert"
    assert set(rows[GROUPS[1]]["stamps"].values()) == {stamp(T0 + 60_000)}
    assert rows[GROUPS[0]]["name"] == "Helferkreis 0"


def test_a_record_that_lacks_fields_here_is_parsed_whatever_its_stamp(
    database: Database, tmp_path: Path
) -> None:
    """A field never written here (a partial record came first) takes any value."""
    partial = {"name": "Helferkreis 0", "region_ags": [OLCHING], "deleted": False}
    imported(database, tmp_path, v2_file([v2_line(GROUPS[0], partial, T0)]), "a.helferapp")
    full = v2_file([v2_line(GROUPS[0], group_values("Helferkreis 0", "später"), T0 - 5)])

    result = imported(database, tmp_path, full, "b.helferapp")

    row = canonical_dump(database)["helper_group"][GROUPS[0]]
    assert row["notes"] == "später"
    assert row["stamps"]["notes"] == stamp(T0 - 5)
    assert row["stamps"]["name"] == stamp(T0)
    assert result.report.tables["helper_group"].changed == 1


def test_a_bad_value_in_a_record_that_may_bring_news_is_refused_in_german(
    database: Database, tmp_path: Path
) -> None:
    imported(database, tmp_path, first_file(), "a.helferapp")
    before = file_bytes(database)
    bad = v2_file(
        [
            v2_line(GROUPS[0], group_values("Helferkreis 0"), T0),
            v2_line(GROUPS[1], {**group_values("X"), "deleted": "ja"}, T0 + 60_000),
        ]
    )

    with pytest.raises(UserError) as refused:
        imported(database, tmp_path, bad, "b.helferapp")

    assert "beschädigt" in refused.value.message
    assert "helper_group.jsonl, Zeile 2" in refused.value.message
    assert "deleted" in refused.value.message
    assert file_bytes(database) == before


def test_a_record_that_brings_nothing_is_not_read_beyond_its_stamp(
    database: Database, tmp_path: Path
) -> None:
    """Nothing of such a record is stored, so its values need no checking; the
    member's checksum (sound here) still covers every byte of it."""
    imported(database, tmp_path, first_file(), "a.helferapp")
    before = canonical_dump(database)
    older = v2_file([v2_line(GROUPS[0], {**group_values("Alt"), "deleted": "ja"}, T0 - 1)])

    result = imported(database, tmp_path, older, "b.helferapp")

    assert result.report.tables["helper_group"].unchanged == 1
    assert canonical_dump(database) == before


def test_a_damaged_member_is_named_by_its_checksum_when_a_late_parse_fails(
    database: Database, tmp_path: Path
) -> None:
    """The merge parses a chunk's records while the member is still being read: a bad
    line found then must still be explained by the wrong checksum."""
    imported(database, tmp_path, first_file(), "a.helferapp")
    before = file_bytes(database)
    lines = [v2_line(new_uuid(), group_values(f"Neu {n}"), T0) for n in range(3 * IN_BATCH)]
    lines[1] = v2_line(GROUPS[1], {**group_values("X"), "deleted": "ja"}, T0 + 60_000)
    member = b"".join(text + b"\n" for text in lines)
    manifest = manifest_for({"helper_group.jsonl": member}, format_version="2.0", nodes=[NODE])
    manifest["members"]["helper_group.jsonl"]["sha256"] = "0" * 64
    data = zip_bytes(
        [("manifest.json", json.dumps(manifest).encode()), ("helper_group.jsonl", member)]
    )

    with pytest.raises(UserError) as refused:
        imported(database, tmp_path, data, "b.helferapp")

    assert "Prüfsumme von „helper_group.jsonl“ stimmt nicht" in refused.value.message
    assert file_bytes(database) == before
