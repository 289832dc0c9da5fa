"""Backup copies elsewhere: written (with or without password), remembered, restored."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import backup_copies, records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, open_database
from helferapp.sync.envelope import WrongPasswordError


def names(database: Database) -> list[str]:
    return [group.data.name for group in records.list_records(UnitOfWork(database), GROUPS)]


def test_a_copy_is_written_remembered_and_restores_into_a_fresh_installation(
    database: Database, tmp_path: Path, template_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK Olching"))
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(backup_copies, "on_other_disk", lambda folder, db: True)
    when = datetime(2026, 11, 30, 12, 0)
    copy = backup_copies.write_copy(database, stick, now=when)
    assert copy.parent == stick and copy.suffix == ".sqlite3"
    state = backup_copies.copy_state(database)
    assert (state.folder, state.last_outside_at) == (str(stick), when)
    assert not state.reminder_due(when + timedelta(days=30))
    assert state.reminder_due(when + timedelta(days=31))

    fresh_path = tmp_path / "neu" / "helferapp.sqlite3"
    fresh_path.parent.mkdir()
    fresh = open_database(fresh_path)
    backup_copies.restore_copy(fresh, copy)
    assert names(fresh) == ["HK Olching"]
    fresh.dispose()


def test_a_password_protected_copy_needs_its_password(database: Database, tmp_path: Path) -> None:
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK Geheim"))
    copy = backup_copies.write_copy(database, tmp_path, "sehr-geheim")
    assert copy.name.endswith(".helferapp-sicherung")
    assert b"HK Geheim" not in copy.read_bytes()
    assert backup_copies.is_sealed(copy)
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="Später"))
    with pytest.raises(backup_copies.PasswordNeeded):
        backup_copies.restore_copy(database, copy)
    with pytest.raises(WrongPasswordError):
        backup_copies.restore_copy(database, copy, "falsch")
    assert sorted(names(database)) == ["HK Geheim", "Später"]
    backup_copies.restore_copy(database, copy, "sehr-geheim")
    assert names(database) == ["HK Geheim"]


def test_a_missing_folder_is_said_in_german_and_nothing_is_written(
    database: Database, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="USB-Stick nicht eingesteckt"):
        backup_copies.write_copy(database, tmp_path / "fehlt")
    assert backup_copies.copy_state(database).last_at is None


def test_the_reminder_can_be_switched_off_or_changed(database: Database) -> None:
    state = backup_copies.copy_state(database)
    assert state.remind_days == 30 and state.reminder_due(datetime.now())  # never looked
    backup_copies.set_remind_days(UnitOfWork(database), 0)
    assert not backup_copies.copy_state(database).reminder_due(datetime.now())
    with pytest.raises(UserError):
        backup_copies.set_remind_days(UnitOfWork(database), -1)


def test_a_new_database_is_not_nagged_on_its_first_day(database: Database) -> None:
    start = datetime(2026, 12, 1, 9, 0)
    assert not backup_copies.reminder_due(database, start)  # the first look starts waiting
    assert not backup_copies.reminder_due(database, start + timedelta(days=30))
    assert backup_copies.reminder_due(database, start + timedelta(days=31))
