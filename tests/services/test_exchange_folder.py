"""The Austauschordner round: replicas converge, half-written files wait, hashes skip.

Each replica is its own database with its own installation id, all sharing one folder
(``tmp_path / "ordner"``), as laptops sharing a Nextcloud folder would.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData, OrganisationData, ProgrammeData
from helferapp.services import exchange_folder, exchange_folder_state, records
from helferapp.services.entities import GROUPS, ORGANISATIONS, PROGRAMMES
from helferapp.services.exchange import (
    ExportScope,
    ScopeKind,
    export_file,
    list_journal,
    set_installation_label,
)
from helferapp.services.exchange_folder import FileStatus, own_file_name, run_round
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, make_engine
from helferapp.sync.exchange_file import ExchangeFile, WireRecord, write_exchange
from helferapp.sync.wire import SCHEMA, TABLE_MODELS, to_wire

OLCHING = "09179142"
NO_SETTLE = timedelta(0)


def new_replica(template: Path, path: Path, label: str) -> Database:
    """A copy of the template database with its own installation id and label."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'installation_id'", (uuid.uuid4().hex,)
        )
        connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('installation_label', ?)", (label,)
        )
        connection.commit()
    engine = make_engine(path)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def data_of(database: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record's values and stamps in wire form (what must converge)."""
    dump: dict[str, dict[str, dict[str, Any]]] = {}
    with database.engine.connect() as connection:
        for table, model in TABLE_MODELS.items():
            columns = [model.__table__.c[name] for name in SCHEMA[table]]
            rows = connection.execute(select(model.__table__.c.id, model.stamps, *columns))
            dump[table] = {
                row.id: {
                    **{name: to_wire(row._mapping[name]) for name in SCHEMA[table]},
                    "stamps": row.stamps,
                }
                for row in rows
            }
    return dump


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "ordner"
    path.mkdir()
    return path


@pytest.fixture
def replicas(template_db_path: Path, tmp_path: Path) -> Iterator[list[Database]]:
    databases = [
        new_replica(template_db_path, tmp_path / name / "db.sqlite3", label)
        for name, label in (("a", "HK Olching"), ("b", "KI Fürstenfeldbruck"), ("c", "HK Maisach"))
    ]
    yield databases
    for database in databases:
        database.dispose()


def add_group(database: Database, name: str) -> str:
    data = HelperGroupData(name=name, region_ags=(OLCHING,))
    return records.create(UnitOfWork(database), GROUPS, data).id


def rename_group(database: Database, record_id: str, name: str) -> None:
    uow = UnitOfWork(database)
    current = records.get(uow, GROUPS, record_id).data
    records.update(UnitOfWork(database), GROUPS, record_id, replace(current, name=name))


def test_own_file_name_is_safe_ascii() -> None:
    name = own_file_name("KI Fürstenfeldbruck / Süd", "ab" * 16)
    assert name == f"ki-furstenfeldbruck-sud-{'ab' * 16}.helferapp"
    assert own_file_name("", "cd" * 16) == f"helferapp-{'cd' * 16}.helferapp"


def test_three_replicas_converge_in_random_order(replicas: list[Database], folder: Path) -> None:
    chance = random.Random(20261125)
    groups: list[tuple[int, str]] = []
    for step in range(12):
        owner = chance.randrange(3)
        database = replicas[owner]
        action = chance.random()
        known = [record_id for _owner, record_id in groups if _has(database, record_id)]
        if action < 0.5 or not known:
            groups.append((owner, add_group(database, f"Helferkreis {step}")))
        elif action < 0.8:
            rename_group(database, chance.choice(known), f"Umbenannt {step} auf {owner}")
        else:
            records.delete(UnitOfWork(database), GROUPS, chance.choice(known))
        for _ in range(chance.randrange(2)):
            run_round(replicas[chance.randrange(3)], folder)
    for _ in range(2):  # everyone sees everyone's last file
        for index in chance.sample(range(3), 3):
            run_round(replicas[index], folder)
    first = data_of(replicas[0])
    assert len(first["helper_group"]) == len(groups)
    assert data_of(replicas[1]) == first
    assert data_of(replicas[2]) == first


def _has(database: Database, record_id: str) -> bool:
    try:
        return not records.get(UnitOfWork(database), GROUPS, record_id).deleted
    except UserError:
        return False


def test_nothing_changed_round_skips_by_hash(replicas: list[Database], folder: Path) -> None:
    a, b, _c = replicas
    add_group(a, "Helferkreis Olching")
    first = run_round(a, folder)
    assert first.own_written
    merged = run_round(b, folder)
    assert [item.status for item in merged.files] == [FileStatus.MERGED]
    assert merged.backup is not None
    again = run_round(b, folder)
    assert [item.status for item in again.files] == [FileStatus.UNCHANGED]
    assert not again.own_written and again.backup is None
    run_round(a, folder)  # b's file is new to a: merged once
    quiet = run_round(a, folder)
    assert [item.status for item in quiet.files] == [FileStatus.UNCHANGED]
    assert not quiet.own_written


def test_truncated_file_waits_and_is_merged_once_complete(
    replicas: list[Database], folder: Path
) -> None:
    a, b, _c = replicas
    add_group(a, "Helferkreis Olching")
    own = run_round(a, folder).own_file
    complete = own.read_bytes()
    own.write_bytes(complete[: len(complete) // 2])  # a sync tool still copying
    first = run_round(b, folder, settle=timedelta(hours=1))
    (item,) = first.files
    assert item.status is FileStatus.PENDING
    status = exchange_folder_state.folder_status(UnitOfWork(b))
    assert status.problems and status.problems[0].retrying
    own.write_bytes(complete)
    second = run_round(b, folder, settle=timedelta(hours=1))
    assert [item.status for item in second.files] == [FileStatus.MERGED]
    assert exchange_folder_state.folder_status(UnitOfWork(b)).problems == []
    assert data_of(b)["helper_group"] == data_of(a)["helper_group"]


def test_a_file_still_broken_later_is_reported_with_reason(
    replicas: list[Database], folder: Path
) -> None:
    _a, b, _c = replicas
    (folder / "kaputt.helferapp").write_bytes(b"PK\x03\x04 nicht mehr")
    assert run_round(b, folder).files[0].status is FileStatus.PENDING
    later = run_round(b, folder, settle=NO_SETTLE)
    (item,) = later.files
    assert item.status is FileStatus.UNREADABLE
    assert "beschädigt" in item.message
    (problem,) = exchange_folder_state.folder_status(UnitOfWork(b)).problems
    assert problem.file_name == "kaputt.helferapp" and not problem.retrying


def test_sync_conflict_copy_merges_without_loss(replicas: list[Database], folder: Path) -> None:
    a, b, c = replicas
    first = add_group(a, "Helferkreis Olching")
    own = run_round(a, folder).own_file
    older = own.read_bytes()
    rename_group(a, first, "Helferkreis Olching-Süd")
    second = add_group(a, "Helferkreis Esting")
    run_round(a, folder)
    # Syncthing kept the older version of a's file as a conflict copy.
    copy = folder / f"{own.stem}.sync-conflict-20261125-101500-ABCDEF{own.suffix}"
    copy.write_bytes(older)
    organisation = records.create(
        UnitOfWork(b), ORGANISATIONS, OrganisationData(name="KI Fürstenfeldbruck")
    ).id
    report = run_round(b, folder)
    assert {item.name for item in report.having(FileStatus.MERGED)} == {own.name, copy.name}
    assert any(item.conflict_copy for item in report.files)
    names = {row.id: row.data.name for row in records.list_records(UnitOfWork(b), GROUPS)}
    assert names == {first: "Helferkreis Olching-Süd", second: "Helferkreis Esting"}
    for database in (a, c, b, a, c):
        run_round(database, folder)
    assert data_of(a) == data_of(b) == data_of(c)
    assert organisation in data_of(c)["organisation"]


def test_unsent_local_edit_needs_review_but_sent_one_does_not(
    replicas: list[Database], folder: Path
) -> None:
    a, b, _c = replicas
    group = add_group(a, "Helferkreis Olching")
    run_round(a, folder)
    run_round(b, folder)
    rename_group(b, group, "Name auf B (noch nicht ausgetauscht)")
    rename_group(a, group, "Name auf A")
    run_round(a, folder)
    report = run_round(b, folder, review_conflicts=True, write_own=False)
    (item,) = report.files
    assert item.status is FileStatus.NEEDS_REVIEW
    assert records.get(UnitOfWork(b), GROUPS, group).data.name.startswith("Name auf B")
    # Once B's file is written, the edit counts as sent: the newer one wins, journaled.
    exchange_folder.write_own_file(b, folder)
    rename_group(a, group, "Noch einmal auf A")
    run_round(a, folder)
    report = run_round(b, folder, review_conflicts=True)
    assert [item.status for item in report.files] == [FileStatus.MERGED]
    assert records.get(UnitOfWork(b), GROUPS, group).data.name == "Noch einmal auf A"
    assert list_journal(UnitOfWork(b))


def test_missing_folder_says_what_to_do(replicas: list[Database], tmp_path: Path) -> None:
    with pytest.raises(UserError, match="nicht erreichbar"):
        run_round(replicas[0], tmp_path / "fehlt")


def test_password_protected_folder(replicas: list[Database], folder: Path) -> None:
    a, b, _c = replicas
    add_group(a, "Helferkreis Olching")
    run_round(a, folder, "geheim")
    without = run_round(b, folder, settle=NO_SETTLE)
    assert without.files[0].status is FileStatus.UNREADABLE
    assert "Passwort" in without.files[0].message
    assert run_round(b, folder, "geheim").files[0].status is FileStatus.MERGED


def test_settings_are_kept_per_database(replicas: list[Database], folder: Path) -> None:
    a, b, _c = replicas
    chosen = exchange_folder_state.FolderSettings(str(folder), False, True, True)
    exchange_folder_state.save_settings(UnitOfWork(a), chosen)
    assert exchange_folder_state.load_settings(UnitOfWork(a)) == chosen
    assert not exchange_folder_state.load_settings(UnitOfWork(b)).configured


def test_status_lists_who_exchanged(replicas: list[Database], folder: Path) -> None:
    a, b, c = replicas
    for database in (a, c):
        add_group(database, "Helferkreis")
        run_round(database, folder)
    run_round(b, folder)
    status = exchange_folder_state.folder_status(UnitOfWork(b))
    labels = [item.label for item in status.installations]
    assert labels[0] == "KI Fürstenfeldbruck" and status.installations[0].own
    assert sorted(labels[1:]) == ["HK Maisach", "HK Olching"]
    assert status.last_round is not None


def test_renamed_installation_replaces_its_old_file(replicas: list[Database], folder: Path) -> None:
    a = replicas[0]
    old = run_round(a, folder).own_file
    set_installation_label(UnitOfWork(a), "HK Olching-Esting")
    new = run_round(a, folder).own_file
    assert new.name.startswith("hk-olching-esting-")
    assert sorted(path.name for path in folder.iterdir()) == [new.name]
    assert not old.exists()


def _ids_in(path: Path, table: str) -> set[str]:
    return {record.id for record in ExchangeFile(path.read_bytes()).records(table)}


def test_own_file_leaves_out_what_other_files_in_the_folder_carry(
    replicas: list[Database], folder: Path
) -> None:
    a, b, c = replicas
    from_a = add_group(a, "Helferkreis Olching")
    a_file = run_round(a, folder).own_file
    from_b = add_group(b, "Helferkreis Maisach")
    b_file = run_round(b, folder).own_file
    # a's group reaches everyone through a's file; b's file carries only b's own work.
    assert _ids_in(b_file, "helper_group") == {from_b}
    run_round(c, folder)
    assert _has(c, from_a) and _has(c, from_b)
    # a leaves the network and takes its file away: b passes a's records on now.
    a_file.unlink()
    assert run_round(b, folder).own_written
    assert _ids_in(b_file, "helper_group") == {from_a, from_b}


def test_own_file_includes_what_its_records_point_to(
    replicas: list[Database], folder: Path
) -> None:
    a, b, c = replicas
    group = add_group(a, "Helferkreis Olching")
    run_round(a, folder)
    run_round(b, folder)
    programme = records.create(
        UnitOfWork(b),
        PROGRAMMES,
        ProgrammeData(title="Sprachcafé", group_id=group, fields=(FieldOfAction.LANGUAGE,)),
    ).id
    b_file = run_round(b, folder).own_file
    assert _ids_in(b_file, "programme") == {programme}
    assert _ids_in(b_file, "helper_group") == {group}  # so that b's file merges on its own
    for path in folder.iterdir():
        if path != b_file:
            path.unlink()
    run_round(c, folder)
    assert records.get(UnitOfWork(c), PROGRAMMES, programme).data.group_id == group


def test_a_file_that_fails_halfway_leaves_nothing_and_the_others_are_merged(
    replicas: list[Database], folder: Path
) -> None:
    a, b, c = replicas
    from_a = add_group(a, "Helferkreis Olching")
    run_round(a, folder)
    from_c = add_group(c, "Helferkreis Maisach")
    run_round(c, folder)
    # Written by hand as FORMAT.md describes: an Angebot whose Helferkreis nobody has.
    # Its row is written before the links are checked, so the file fails halfway.
    stamp = f"{1_764_062_100_000:015d}-00000-{'e' * 32}"
    values = {
        "title": "Sprachcafé",
        "group_id": str(uuid.uuid4()),
        "fields": ["sprache"],
        "deleted": False,
    }
    orphan = str(uuid.uuid4())
    (folder / "m-mitte.helferapp").write_bytes(
        write_exchange(
            {"programme": [WireRecord(orphan, values, dict.fromkeys(values, stamp))]},
            installation_id="e" * 32,
            installation_label="Irgendwer",
            scope={"kind": "all"},
            consent="shared",
        )
    )
    report = run_round(b, folder, settle=NO_SETTLE)
    statuses = {item.name: item.status for item in report.files}
    assert statuses["m-mitte.helferapp"] in (FileStatus.PENDING, FileStatus.UNREADABLE)
    assert _has(b, from_a) and _has(b, from_c)
    with pytest.raises(UserError):
        records.get(UnitOfWork(b), PROGRAMMES, orphan)


def test_own_file_says_it_is_a_folder_file(replicas: list[Database], folder: Path) -> None:
    a, b, _c = replicas
    add_group(a, "Helferkreis Olching")
    run_round(a, folder)
    add_group(b, "Helferkreis Maisach")
    own = run_round(b, folder).own_file
    assert ExchangeFile(own.read_bytes()).manifest.scope == {"kind": "folder"}


def test_files_read_ahead_in_a_second_process_merge_like_any_other(
    replicas: list[Database],
    folder: Path,
    template_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, c = replicas
    for number in range(3):
        add_group(a, f"Helferkreis A{number}")
        add_group(b, f"Helferkreis B{number}")
    run_round(a, folder)
    run_round(b, folder)
    (folder / "kaputt.helferapp").write_bytes(b"PK\x03\x04 abgeschnitten")
    plain = new_replica(template_db_path, tmp_path / "d" / "db.sqlite3", "HK Vergleich")
    try:
        run_round(plain, folder)
        monkeypatch.setattr(exchange_folder, "READ_AHEAD_FROM_BYTES", 0)
        taken: list[bool] = []
        original = exchange_folder.ReadAhead.take

        def counting(self: exchange_folder.ReadAhead, name: str) -> object:
            prepared = original(self, name)
            taken.append(prepared is not None)
            return prepared

        monkeypatch.setattr(exchange_folder.ReadAhead, "take", counting)
        report = run_round(c, folder)
        assert any(taken), "no file came from the second process"
        statuses = {item.name: item.status for item in report.files}
        assert statuses.pop("kaputt.helferapp") is FileStatus.PENDING  # as without
        assert set(statuses.values()) == {FileStatus.MERGED}
        assert data_of(c) == data_of(plain)
    finally:
        plain.dispose()


def test_without_a_second_process_the_round_reads_every_file_itself(
    replicas: list[Database], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = replicas
    from_a, from_b = add_group(a, "Helferkreis A"), add_group(b, "Helferkreis B")
    run_round(a, folder)
    run_round(b, folder)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise OSError("Prozesse sind hier nicht erlaubt")

    monkeypatch.setattr(exchange_folder, "READ_AHEAD_FROM_BYTES", 0)
    monkeypatch.setattr("helferapp.sync.read_ahead.ProcessPoolExecutor", refused)
    report = run_round(c, folder)
    assert {item.status for item in report.files} == {FileStatus.MERGED}
    assert _has(c, from_a) and _has(c, from_b)


def test_what_a_round_brings_goes_out_with_the_next_changes_export(
    replicas: list[Database], folder: Path, tmp_path: Path
) -> None:
    a, b, _c = replicas
    from_a = add_group(a, "Helferkreis Olching")  # stamped before b's export below
    add_group(b, "Helferkreis Maisach")
    to_ki = ExportScope(ScopeKind.CHANGES, partner="KI Fürstenfeldbruck")
    export_file(b, tmp_path / "erste.helferapp", to_ki)
    run_round(a, folder)
    run_round(b, folder)
    # a's group is older than b's last export to the KI, yet new to b: it must go out.
    later = tmp_path / "zweite.helferapp"
    export_file(b, later, to_ki)
    assert from_a in _ids_in(later, "helper_group")
