"""An Austauschordner shared by an old and a new HelferApp: both keep converging.

Volunteers do not all update at once (issue 17). An installation of a version before
format 2.0 reads 1.0 files only and refuses a 2.0 file as "from a newer version"; its
own file is 1.0 and its manifest says nothing about what it reads. The new version must
notice such a file in the folder and write 1.0 itself for as long as it lies there.

The old installation is simulated faithfully around the current code: its reader knows
format major 1 only (``exchange_file.FORMAT_MAJOR``), its writer writes 1.0 without
``reads``, and its folder bookkeeping has neither the merged files' ``reads`` nor the
format in its fingerprint — so that, once it is "updated" (the simulation ends), it
starts from what an old version really left behind.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import exchange, exchange_folder, records
from helferapp.services import exchange_folder_state as folder_state
from helferapp.services.entities import GROUPS
from helferapp.services.exchange import export
from helferapp.services.exchange_folder import FileStatus, RoundReport, run_round
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync import exchange_file
from tests.sync.helpers_exchange import (
    OLCHING,
    file_bytes,
    full_dump,
    new_replica,
    stamps_dump,
    wire_dump,
    zip_members,
)

NEWER = "Diese Datei stammt aus einer neueren Version von HelferApp — bitte aktualisieren"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "ordner"
    path.mkdir()
    return path


@pytest.fixture
def pair(template_db_path: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """A new installation and one that still runs a version before format 2.0."""
    new = new_replica(template_db_path, tmp_path / "neu" / "db.sqlite3", "HK Olching")
    old = new_replica(template_db_path, tmp_path / "alt" / "db.sqlite3", "KI Fürstenfeldbruck")
    yield new, old
    new.dispose()
    old.dispose()


def without_reads(data: bytes) -> bytes:
    """A plain exchange file with ``reads`` taken out of its manifest (the manifest has
    no checksum; the members stay byte for byte)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(body)
                del manifest["reads"]
                body = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            archive.writestr(info, body)
    return buffer.getvalue()


@contextmanager
def old_version() -> Iterator[None]:
    """Reading and writing as a HelferApp before format 2.0 did."""
    real_writer = exchange_file.write_exchange

    def write_as_before(tables: Any, **options: Any) -> bytes:
        assert options.get("password") is None  # the simulation needs the plain ZIP
        options["format_version"] = "1.0"
        return without_reads(real_writer(tables, **options))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(exchange_file, "FORMAT_MAJOR", 1)
        patch.setattr(export, "write_exchange", write_as_before)  # the name export uses
        # Every file is opened in this process (a second one would not be patched).
        patch.setattr(exchange_folder, "READ_AHEAD_FROM_BYTES", 1 << 40)
        yield


def old_round(database: Database, folder: Path) -> RoundReport:
    """A round of the old version, which left no trace of format versions behind."""
    with old_version():
        report = run_round(database, folder)
    uow = UnitOfWork(database)
    state = folder_state.load_state(uow)
    for entry in state["files"].values():
        entry.pop("reads", None)
    own = state["own"]
    own["fingerprint"] = str(own.get("fingerprint", "")).rsplit("|", 1)[0]
    folder_state.save_state(UnitOfWork(database), state)
    return report


def manifest_of(path: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(zip_members(path.read_bytes())["manifest.json"])
    return manifest


def add_group(database: Database, name: str) -> str:
    data = HelperGroupData(name=name, region_ags=(OLCHING,))
    return records.create(UnitOfWork(database), GROUPS, data).id


def rename_group(database: Database, record_id: str, name: str) -> None:
    current = records.get(UnitOfWork(database), GROUPS, record_id).data
    records.update(UnitOfWork(database), GROUPS, record_id, replace(current, name=name))


def names(database: Database) -> dict[str, str]:
    return {row.id: row.data.name for row in records.list_records(UnitOfWork(database), GROUPS)}


def assert_converged(new: Database, old: Database) -> None:
    assert wire_dump(new) == wire_dump(old)
    assert stamps_dump(new) == stamps_dump(old)


def statuses(report: RoundReport) -> list[FileStatus]:
    return [item.status for item in report.files]


def test_an_old_and_a_new_installation_keep_converging_in_one_folder(
    pair: tuple[Database, Database], folder: Path
) -> None:
    new, old = pair
    from_new = add_group(new, "Helferkreis Olching")
    first = run_round(new, folder)
    assert manifest_of(first.own_file)["format_version"] == "2.0"  # nobody else there yet

    # The old installation cannot read the 2.0 file: it says so and takes nothing.
    from_old = add_group(old, "Helferkreis Esting")
    report = old_round(old, folder)
    (item,) = report.files
    assert item.status is FileStatus.UNREADABLE
    assert NEWER in item.message
    assert names(old) == {from_old: "Helferkreis Esting"}
    old_manifest = manifest_of(report.own_file)
    assert old_manifest["format_version"] == "1.0" and "reads" not in old_manifest

    # As soon as the new installation has merged the old one's file, it writes 1.0.
    report = run_round(new, folder)
    assert statuses(report) == [FileStatus.MERGED]
    assert report.own_written
    new_file = report.own_file
    assert manifest_of(new_file)["format_version"] == "1.0"
    assert manifest_of(new_file)["reads"] == ["1.0", "2.0"]
    assert statuses(old_round(old, folder)) == [FileStatus.MERGED]
    assert (
        names(old)
        == names(new)
        == {from_new: "Helferkreis Olching", from_old: "Helferkreis Esting"}
    )
    assert_converged(new, old)

    # Edits on both sides, the same field too, over several rounds.
    for step in range(3):
        rename_group(new, from_new, f"Olching, Runde {step}")
        rename_group(old, from_old, f"Esting, Runde {step}")
        add_group(old if step % 2 else new, f"Neu in Runde {step}")
        old_round(old, folder)
        report = run_round(new, folder)
        assert manifest_of(report.own_file)["format_version"] == "1.0"
        old_round(old, folder)
        assert_converged(new, old)
    rename_group(new, from_old, "Esting (von neu)")
    rename_group(old, from_old, "Esting (von alt, später)")
    run_round(new, folder)
    old_round(old, folder)
    run_round(new, folder)
    assert names(new)[from_old] == "Esting (von alt, später)"
    assert_converged(new, old)
    assert len(names(new)) == 5

    # The old installation updates: its next file says that it reads 2.0 …
    report = run_round(old, folder)
    assert report.own_written
    assert manifest_of(report.own_file)["reads"] == ["1.0", "2.0"]
    # … and the new one goes back to 2.0, which the updated one now merges.
    report = run_round(new, folder)
    assert statuses(report) == [FileStatus.MERGED]
    assert manifest_of(report.own_file)["format_version"] == "2.0"
    rename_group(new, from_new, "Olching nach dem Update")
    run_round(new, folder)
    report = run_round(old, folder)
    assert statuses(report) == [FileStatus.MERGED]
    assert manifest_of(report.own_file)["format_version"] == "2.0"
    assert names(old)[from_new] == "Olching nach dem Update"
    assert_converged(new, old)


def test_when_the_old_installations_file_leaves_the_folder_2_0_comes_back(
    pair: tuple[Database, Database], folder: Path
) -> None:
    new, old = pair
    add_group(old, "Helferkreis Esting")
    old_file = old_round(old, folder).own_file
    assert manifest_of(run_round(new, folder).own_file)["format_version"] == "1.0"

    old_file.unlink()  # the old installation left the network
    report = run_round(new, folder)
    assert report.own_written
    assert manifest_of(report.own_file)["format_version"] == "2.0"


def test_an_old_reader_refuses_a_2_0_file_and_changes_nothing(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    new, old = pair
    add_group(new, "Helferkreis Olching")
    add_group(old, "Helferkreis Esting")
    path = tmp_path / "neu.helferapp"
    exchange.export_file(new, path)
    assert manifest_of(path)["format_version"] == "2.0"
    before, dump = file_bytes(old), full_dump(old.path)

    with old_version():
        for attempt in (exchange.import_file, exchange.preview_import):
            with pytest.raises(UserError) as refused:
                attempt(old, path)
            assert NEWER in refused.value.message
            assert "Es wurde nichts verändert" in refused.value.message
    assert full_dump(old.path) == dump
    assert file_bytes(old) == before

    # The same data as 1.0, which the old installation reads.
    exchange.export_file(new, path, format_version="1.0")
    with old_version():
        exchange.import_file(old, path)
    assert sorted(names(old).values()) == ["Helferkreis Esting", "Helferkreis Olching"]
