"""``helferapp-cli export --format-version``: 2.0 by default, 1.0 for older receivers.

Run as a user runs it (a subprocess). A 1.0 file spells every field's stamp out, as the
1.0 document says; the default 2.0 file gives one stamp per record, the fields that
differ and the installations by number. Both carry the same records and stamps to the
receiver. A version the app cannot write is a German argparse error, and no file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from helferapp.domain.records import HelperGroupData, OrganisationData
from helferapp.services import records
from helferapp.services.entities import GROUPS, ORGANISATIONS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from tests.sync.helpers_exchange import (
    OLCHING,
    file_lines,
    new_replica,
    stamps_dump,
    wire_dump,
    zip_members,
)
from tests.test_cli_exchange import assert_german_failure, assert_ok, run_cli

FULL_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-[0-9a-f]{32}")
SHORT_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-[0-9]+")


@pytest.fixture
def sender(template_db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """A closed database with a group edited after it was created (so its fields carry
    two stamps) and an organisation written in one go."""
    database = new_replica(template_db_path, tmp_path / "absender" / "db.sqlite3", "HK Olching")
    uow = UnitOfWork(database)
    group = records.create(
        uow, GROUPS, HelperGroupData(name="Helferkreis Olching", region_ags=(OLCHING,))
    )
    records.update(uow, GROUPS, group.id, replace(group.data, notes="Treffen montags"))
    records.create(uow, ORGANISATIONS, OrganisationData(name="KI Fürstenfeldbruck"))
    database.dispose()
    yield database.path


def manifest_of(path: Path) -> dict[str, object]:
    manifest: dict[str, object] = json.loads(zip_members(path.read_bytes())["manifest.json"])
    return manifest


def test_export_writes_1_0_on_request_and_2_0_by_default(
    sender: Path, template_db_path: Path, tmp_path: Path
) -> None:
    old, new = tmp_path / "alt.helferapp", tmp_path / "neu.helferapp"
    assert_ok(run_cli("export", "--db", sender, "--format-version", "1.0", old))
    assert_ok(run_cli("export", "--db", sender, new))

    assert manifest_of(old)["format_version"] == "1.0"
    assert "nodes" not in manifest_of(old)
    for table, lines in file_lines(old.read_bytes()).items():
        for row in lines.values():
            assert set(row) == {"id", "values", "stamps"}, table
            assert set(row["stamps"]) == set(row["values"])
            assert all(FULL_STAMP.fullmatch(value) for value in row["stamps"].values())

    manifest = manifest_of(new)
    assert manifest["format_version"] == "2.0"
    assert manifest["reads"] == ["1.0", "2.0"]
    assert isinstance(manifest["nodes"], list) and len(manifest["nodes"]) == 1
    (group,) = file_lines(new.read_bytes())["helper_group"].values()
    assert SHORT_STAMP.fullmatch(group["stamp"]) and group["stamp"].endswith("-0")
    assert set(group["stamps"]) == {"notes"}  # only the field edited later
    (organisation,) = file_lines(new.read_bytes())["organisation"].values()
    assert "stamps" not in organisation  # written in one go: one stamp for all
    assert new.stat().st_size < old.stat().st_size

    # Either file brings the receiver the same records with the same stamps.
    received = []
    for name, path in (("eins", old), ("zwei", new)):
        receiver = new_replica(template_db_path, tmp_path / name / "db.sqlite3", name)
        receiver.dispose()
        assert_ok(run_cli("import", "--db", receiver.path, path))
        database = open_database(receiver.path)
        try:
            received.append((wire_dump(database), stamps_dump(database)))
        finally:
            database.dispose()
    assert received[0] == received[1]
    assert len(received[0][0]["helper_group"]) == 1


@pytest.mark.parametrize("version", ["3.0", "2"])
def test_a_format_version_the_app_cannot_write_fails_in_german(
    sender: Path, tmp_path: Path, version: str
) -> None:
    target = tmp_path / "x.helferapp"
    result = run_cli("export", "--db", sender, "--format-version", version, target)

    assert_german_failure(result, "--format-version", "ungültige Auswahl", version, "1.0", "2.0")
    assert "invalid" not in result.stderr
    assert not target.exists()
