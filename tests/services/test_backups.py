"""Backups: complete copies, the last ten kept, restore with a safety backup first."""

from __future__ import annotations

import errno
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from helferapp.domain.records import HelperGroupData
from helferapp.services import backups, records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import backup as store_backup
from helferapp.store.database import Database
from helferapp.store.errors import DatabaseError


def group_names(uow: UnitOfWork) -> list[str]:
    return [group.data.name for group in records.list_records(uow, GROUPS)]


def add_group(uow: UnitOfWork, name: str) -> None:
    records.create(uow, GROUPS, HelperGroupData(name=name))


def test_a_backup_is_a_complete_database_in_the_backups_folder(
    database: Database, uow: UnitOfWork
) -> None:
    add_group(uow, "Helferkreis Aß")

    info = backups.create_backup(database, "vor Import")

    assert info.path.parent == database.path.parent / "backups"
    assert info.reason == "vor-import"
    assert info.size_bytes == info.path.stat().st_size > 0
    assert not list(info.path.parent.glob("*.partial"))
    with closing(sqlite3.connect(info.path)) as connection:
        (name,) = connection.execute("SELECT name FROM helper_group").fetchone()
    assert name == "Helferkreis Aß"


def test_only_the_last_ten_backups_are_kept(database: Database) -> None:
    made = [backups.create_backup(database) for _ in range(12)]

    kept = backups.list_backups(database)

    assert len(kept) == store_backup.KEEP == 10
    assert [info.path for info in kept] == [info.path for info in reversed(made[2:])]


def test_restore_brings_back_the_old_state_and_keeps_a_safety_copy(
    database: Database, uow: UnitOfWork
) -> None:
    add_group(uow, "Vorher")
    saved = backups.create_backup(database)
    add_group(uow, "Nachher")

    safety = backups.restore_backup(database, saved.path)

    assert group_names(UnitOfWork(database)) == ["Vorher"]
    assert safety.reason == "vor-wiederherstellung"
    backups.restore_backup(database, safety.path)
    assert group_names(UnitOfWork(database)) == ["Nachher", "Vorher"]


def test_writing_after_a_restore_continues_the_clock(database: Database, uow: UnitOfWork) -> None:
    add_group(uow, "Vorher")
    saved = backups.create_backup(database)
    add_group(uow, "Nachher")
    newest = max(record.last_stamp for record in records.list_records(uow, GROUPS))

    backups.restore_backup(database, saved.path)
    add_group(UnitOfWork(database), "Danach")

    after = records.list_records(UnitOfWork(database), GROUPS, query="Danach")
    assert after[0].last_stamp > newest


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "keine HelferApp-Sicherung"),
        (b"Hallo Welt, das ist Text", "keine HelferApp-Sicherung"),
    ],
)
def test_restoring_something_else_is_refused_and_changes_nothing(
    database: Database, uow: UnitOfWork, tmp_path: Path, content: bytes, message: str
) -> None:
    add_group(uow, "Bleibt")
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)

    with pytest.raises(DatabaseError, match=message):
        backups.restore_backup(database, bogus)

    assert group_names(uow) == ["Bleibt"]
    assert backups.list_backups(database) == []


def test_restoring_a_backup_of_a_newer_version_is_refused(
    database: Database, uow: UnitOfWork
) -> None:
    add_group(uow, "Bleibt")
    newer = backups.create_backup(database)
    with closing(sqlite3.connect(newer.path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zukunft'")

    with pytest.raises(DatabaseError, match="neueren Version"):
        backups.restore_backup(database, newer.path)
    assert group_names(uow) == ["Bleibt"]


@pytest.mark.parametrize(
    ("error", "german"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "Der Speicherplatz ist voll"),
        (
            OSError(errno.EIO, "Input/output error"),
            "fehlgeschlagen: Der Datenträger antwortet nicht",
        ),
    ],
)
def test_a_backup_that_cannot_be_written_leaves_no_partial_file(
    database: Database, monkeypatch: pytest.MonkeyPatch, error: OSError, german: str
) -> None:
    def failing(source: Path, target: Path) -> None:
        target.write_bytes(b"halb")
        raise error

    monkeypatch.setattr(store_backup, "_copy", failing)

    with pytest.raises(DatabaseError, match=re.escape(german)) as caught:
        backups.create_backup(database)
    assert "space" not in caught.value.message and "Input" not in caught.value.message
    folder = database.path.parent / "backups"
    assert list(folder.iterdir()) == []
