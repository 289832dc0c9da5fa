"""Schema 0004: an older database's stamps converted in place, backed up first, all or nothing.

Each test starts from a database as schema 0003 left it on disk (``old_stamps_db``) and
opens it as the app does, with ``open_database``.
"""

from __future__ import annotations

import errno
import json
import logging
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from helferapp.store import backup as backup_module
from helferapp.store import database as database_module
from helferapp.store import migrations, stored_stamps
from helferapp.store.database import (
    UpgradeProgress,
    UpgradeStage,
    make_engine,
    open_database,
    upgrade_needed,
)
from helferapp.store.errors import DatabaseError
from helferapp.store.models import Organisation, Person
from tests.store.old_stamps_db import (
    ORGANISATION_ID,
    PERSON_ID,
    TABLES,
    build_0003_database,
    fields_of,
    insert,
    revision_of,
    stored_rows,
)

MANY = 12_000  # more than two chunks of the conversion

Expected = dict[str, dict[str, dict[str, str]]]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Expected]:
    path = tmp_path_factory.mktemp("alt") / "alt.sqlite3"
    return path, build_0003_database(path, many=MANY)


@pytest.fixture
def old(tmp_path: Path, template: tuple[Path, Expected]) -> tuple[Path, Expected]:
    """A 0003 database of this test alone and the stamps it holds (table → id → stamps)."""
    path = tmp_path / "helferapp.sqlite3"
    shutil.copyfile(template[0], path)
    return path, template[1]


def spelled_out(path: Path) -> Expected:
    """Every row's stamps as the compact form spells them out again."""
    rows = stored_rows(path)
    with closing(sqlite3.connect(path)) as connection:
        fields = {table: fields_of(connection, table) for table in TABLES}
    return {
        table: {
            record_id: stored_stamps.unpack(text, last_stamp, fields[table])
            for record_id, (text, last_stamp) in rows[table].items()
        }
        for table in TABLES
    }


def backups_of(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_the_upgrade_keeps_every_fields_stamp_exactly(old: tuple[Path, Expected]) -> None:
    path, expected = old
    assert upgrade_needed(path)

    database = open_database(path)

    assert database.schema_revision() == "0004"
    database.dispose()
    assert spelled_out(path) == expected
    rows = stored_rows(path)
    # The common case, one stamp for every field, is stored as nothing at all.
    assert sum(text == "" for text, _last in rows["helper_group"].values()) == MANY + 1
    for table in TABLES:
        for record_id, (_text, last_stamp) in rows[table].items():
            assert last_stamp == max(expected[table][record_id].values())
    assert not upgrade_needed(path)


def test_the_app_reads_the_converted_stamps_as_it_wrote_them(old: tuple[Path, Expected]) -> None:
    path, expected = old
    database = open_database(path)
    with database.session_factory() as session:
        organisation = session.scalars(
            select(Organisation).where(Organisation.id == ORGANISATION_ID)
        ).one()
        person = session.scalars(select(Person).where(Person.id == PERSON_ID)).one()
        assert organisation.field_stamps() == expected["organisation"][ORGANISATION_ID]
        assert person.field_stamps() == expected["person"][PERSON_ID]
        assert set(person.field_stamps()) == {"name", "group_id", "deleted"}
    database.dispose()


def test_the_file_becomes_smaller(old: tuple[Path, Expected]) -> None:
    path, _expected = old
    before = path.stat().st_size

    open_database(path).dispose()

    assert path.stat().st_size < before / 2


def test_progress_counts_up_to_every_record(old: tuple[Path, Expected]) -> None:
    path, expected = old
    heard: list[UpgradeProgress] = []

    database = open_database(path, progress=heard.append)
    database.dispose()

    total = sum(len(ids) for ids in expected.values())
    stages = [event.stage for event in heard]
    assert stages[0] == UpgradeStage.BACKUP and heard[0].backup is None
    assert stages[-1] == UpgradeStage.COMPACT
    converting = [event for event in heard if event.stage == UpgradeStage.CONVERT and event.total]
    done = [event.done for event in converting]
    assert len(done) >= 3
    assert done == sorted(done) and done[0] == 0 and done[-1] == total
    assert {event.total for event in converting} == {total}
    assert all(event.backup == database.upgrade_backup for event in heard[1:])


def test_the_backup_is_the_old_database_as_it_was(old: tuple[Path, Expected]) -> None:
    path, _expected = old
    before = stored_rows(path)

    database = open_database(path)
    database.dispose()

    backup = database.upgrade_backup
    assert backup is not None and backup.is_file()
    assert backups_of(path) == [backup]
    assert "vor-umstellung" in backup.name
    assert revision_of(backup) == "0003"
    assert stored_rows(backup) == before


def test_a_failure_halfway_leaves_the_file_as_it_was(
    old: tuple[Path, Expected], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _expected = old
    original_bytes = path.read_bytes()
    real_pack = stored_stamps.pack
    calls = [0]

    def pack_until_row_7000(stamps: dict[str, str], fields: tuple[str, ...]) -> tuple[str, str]:
        calls[0] += 1
        if calls[0] == 7000:
            raise RuntimeError("Stromausfall")
        return real_pack(stamps, fields)

    monkeypatch.setattr(stored_stamps, "pack", pack_until_row_7000)

    with pytest.raises(RuntimeError, match="Stromausfall"):
        open_database(path)

    assert calls[0] == 7000
    assert path.read_bytes() == original_bytes
    assert revision_of(path) == "0003"
    monkeypatch.undo()
    assert upgrade_needed(path)
    open_database(path).dispose()  # and the next start converts it
    assert revision_of(path) == "0004"


def test_no_upgrade_without_a_backup(
    old: tuple[Path, Expected], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _expected = old
    original_bytes = path.read_bytes()

    def full_disk(source: Path, target: Path) -> None:
        target.write_bytes(b"halb")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy", full_disk)

    with pytest.raises(DatabaseError) as caught:
        open_database(path)

    message = caught.value.message
    assert "neue Version" in message and "Sicherung" in message
    assert "Speicherplatz" in message and "Platz schaffen" in message
    assert "Es wurde nichts verändert" in message
    assert "space" not in message
    assert path.read_bytes() == original_bytes
    assert revision_of(path) == "0003"
    assert backups_of(path) == []  # no half backup either


def test_the_downgrade_spells_the_stamps_out_again(old: tuple[Path, Expected]) -> None:
    path, expected = old
    before = stored_rows(path)
    open_database(path).dispose()

    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        migrations.downgrade(connection, "0003")
    engine.dispose()

    after = stored_rows(path)
    for table in TABLES:
        for record_id, (text, last_stamp) in after[table].items():
            assert json.loads(text) == expected[table][record_id]
            assert last_stamp == before[table][record_id][1]
    with closing(sqlite3.connect(path)) as connection:
        types = {row[1]: row[2] for row in connection.execute("PRAGMA table_info(person)")}
    assert types["stamps"] == "JSON"


@pytest.mark.parametrize("broken", ["", "null", "kaputt{", "[]", '{"name": 5}', "{}"])
def test_a_row_with_broken_stamps_opens_as_unstamped(tmp_path: Path, broken: str) -> None:
    path = tmp_path / "kaputt.sqlite3"
    build_0003_database(path)
    last = "001796154701350-00010-0d3f5a8e9b7c4d2e8f1a6b5c4d3e2f1a"
    record_id = "20000000-0000-4000-8000-000000000001"
    with closing(sqlite3.connect(path)) as connection, connection:
        insert(
            connection,
            "helper_group",
            [{"id": record_id, "name": "HK Von Hand", "stamps": broken, "last_stamp": last}],
        )

    open_database(path).dispose()

    assert spelled_out(path)["helper_group"][record_id] == {}
    assert stored_rows(path)["helper_group"][record_id][1] == last


def test_an_up_to_date_database_is_neither_backed_up_nor_reported(db_path: Path) -> None:
    heard: list[UpgradeProgress] = []
    assert not upgrade_needed(db_path)

    database = open_database(db_path, progress=heard.append)
    database.dispose()

    assert heard == []
    assert database.upgrade_backup is None
    assert backups_of(db_path) == []


def test_an_old_database_without_records_needs_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "leer.sqlite3"
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        migrations.upgrade(connection, "0003")
    engine.dispose()
    assert not upgrade_needed(path)

    database = open_database(path)
    database.dispose()

    assert database.schema_revision() == "0004"
    assert database.upgrade_backup is None
    assert backups_of(path) == []


def test_a_failed_vacuum_leaves_a_good_converted_database(
    old: tuple[Path, Expected],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path, expected = old
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(path, isolation_level=None)

    def hold_the_file_at_compacting(event: UpgradeProgress) -> None:
        if event.stage == UpgradeStage.COMPACT:
            blocker.execute("BEGIN IMMEDIATE")  # VACUUM now finds the file locked

    with caplog.at_level(logging.WARNING, logger="helferapp.store.database"):
        database = open_database(path, progress=hold_the_file_at_compacting)
    blocker.execute("ROLLBACK")
    blocker.close()

    assert "VACUUM" in caplog.text
    assert database.schema_revision() == "0004"
    database.dispose()
    assert spelled_out(path) == expected
