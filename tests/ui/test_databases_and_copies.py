"""Demo and real databases side by side, new and recent databases, backup copies elsewhere."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from helferapp.domain.records import HelperGroupData
from helferapp.services import backup_copies, entities, exchange, records
from helferapp.store.database import Database, open_database
from helferapp.ui import commands
from helferapp.ui.backups.backup_copy_dialog import BackupCopyDialog
from helferapp.ui.context import AppContext
from helferapp.ui.exchange.import_dialog import import_with_preview
from helferapp.ui.settings import first_start_dialog, window_state
from helferapp.ui.settings.first_start_dialog import FirstStartDialog

Button = QMessageBox.StandardButton


def _select_in_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def exec_(dialog: QFileDialog) -> int:
        dialog.selectFile(str(path))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QFileDialog, "exec", exec_)


def test_a_demo_database_says_so_in_title_and_banner(window: Any, empty_window: Any) -> None:
    assert "Beispieldaten" in window.windowTitle()
    assert window.demo_banner.isVisible()
    assert "Beispieldaten – zum Ausprobieren" in window.demo_banner.label.text()
    assert "Beispieldaten" not in empty_window.windowTitle()
    assert not empty_window.demo_banner.isVisible()


def test_open_other_database_offers_to_create_a_new_name(
    empty_window: Any, answers: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    new = tmp_path / "echt" / "unsere.sqlite3"
    new.parent.mkdir()
    _select_in_file_dialog(monkeypatch, new)
    opened: list[str] = []
    empty_window.open_requested.connect(opened.append)
    answers.answer(Button.Yes)
    commands.open_other_database(empty_window)
    assert opened == [str(new)]
    assert any("gibt es noch nicht" in text for text in answers.asked)
    assert not any("konnte nicht gefunden" in text for text in answers.asked)


def test_new_database_from_the_file_menu(
    empty_window: Any, answers: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _select_in_file_dialog(monkeypatch, tmp_path / "neu")
    opened: list[str] = []
    empty_window.open_requested.connect(opened.append)
    empty_window.actions_.new_database.trigger()
    assert opened == [str(tmp_path / "neu.sqlite3")]


def test_recent_files_are_listed_and_missing_ones_greyed(
    empty_window: Any, tmp_path: Path, db_path: Path
) -> None:
    gone = tmp_path / "weg.sqlite3"
    other = tmp_path / "andere.sqlite3"
    other.write_bytes(db_path.read_bytes())
    for path in (gone, other, empty_window.context.database.path):
        window_state.set_last_database(str(path))
    commands.fill_recent_menu(empty_window, empty_window.recent_menu)
    actions = {action.toolTip(): action for action in empty_window.recent_menu.actions()}
    assert actions[str(other)].isEnabled()
    assert not actions[str(gone)].isEnabled() and "nicht gefunden" in actions[str(gone)].text()
    assert not actions[str(empty_window.context.database.path)].isEnabled()  # open now


def test_a_demo_file_asks_before_it_goes_into_a_real_database(
    qtbot: Any, context: AppContext, demo_database: Database, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "beispiel.helferapp"
    exchange.export_file(demo_database, path)
    answers.answer(Button.No)
    assert import_with_preview(None, context, path) is None
    assert any("Beispieldatenbank" in text for text in answers.asked)
    assert records.list_records(context.uow(), entities.GROUPS) == []


def test_backup_copy_to_a_stick_with_password_and_the_reminder(
    qtbot: Any,
    make_window: Any,
    context: AppContext,
    answers: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Stick"))
    # The reminder started watching 40 days ago (its first look at this database).
    assert not backup_copies.reminder_due(context.database, datetime.now() - timedelta(days=40))
    window = make_window(context)
    overview = window.current_page()
    assert overview.backup_reminder.isVisible()
    assert "keine Sicherungskopie" in overview.backup_reminder.text()
    monkeypatch.setattr(backup_copies, "on_other_disk", lambda folder, database: True)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupCopyDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.folder, str(stick))
    dialog.protect.click()
    qtbot.keyClicks(dialog.password, "geheim")
    qtbot.keyClicks(dialog.repeat, "anders")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "verschieden" in dialog.error.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "geheim")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.written is not None and dialog.written.parent == stick
    assert backup_copies.is_sealed(dialog.written)
    window.refresh_all(commands.BACKUP_COPY)
    overview.activate()
    assert not overview.backup_reminder.isVisible()


def test_first_start_restores_a_copy_on_a_fresh_installation(
    qtbot: Any,
    database: Database,
    answers: Any,
    tmp_path: Path,
    template_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = tmp_path / "alt.sqlite3"
    old.write_bytes(template_db_path.read_bytes())
    old_database = open_database(old)
    records.create(AppContext(old_database).uow(), entities.GROUPS, HelperGroupData(name="HK Alt"))
    copy = backup_copies.write_copy(old_database, tmp_path)
    old_database.dispose()
    monkeypatch.setattr(
        first_start_dialog.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args, **kwargs: (str(copy), "")),
    )
    dialog = FirstStartDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.restore_button.click()
    assert dialog.choice == first_start_dialog.RESTORED
    names = [g.data.name for g in records.list_records(AppContext(database).uow(), entities.GROUPS)]
    assert names == ["HK Alt"]


def test_the_demo_flag_is_set_by_the_demo_builder(demo_database: Database) -> None:
    with closing(sqlite3.connect(demo_database.path)) as connection:
        flag = connection.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    assert flag == ("1",)
