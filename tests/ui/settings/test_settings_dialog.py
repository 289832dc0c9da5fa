"""Einstellungen: every choice is kept where it belongs and takes effect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from helferapp.services import backups
from helferapp.ui.context import AppContext
from helferapp.ui.settings import settings_dialog, window_state
from helferapp.ui.settings.settings_dialog import SettingsDialog


def test_choices_are_stored(qtbot: Any, context: AppContext, tmp_path: Path) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_size.setCurrentIndex(dialog.font_size.findData(2))
    dialog.label.setText("  Helferkreis   Asyl Olching ")
    dialog.backup_folder.setText(str(folder))
    dialog.backup_keep.setValue(3)
    dialog.export_scope.setCurrentIndex(dialog.export_scope.findData("changes"))
    dialog.apply()

    assert settings_dialog.language_setting() == "en"
    assert window_state.font_steps() == 2
    assert context.database.meta("installation_label") == "Helferkreis Asyl Olching"
    assert settings_dialog.default_export_scope() == "changes"
    chosen = backups.backup_settings(context.database)
    assert (chosen.folder_in_use, chosen.keep) == (folder, 3)


def test_backups_go_to_the_chosen_folder_and_only_some_are_kept(
    context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    backups.set_backup_settings(context.uow(), str(folder), 2)
    for _ in range(4):
        backups.create_backup(context.database)
    assert len(list(folder.glob("helferapp-*.sqlite3"))) == 2
    assert len(backups.list_backups(context.database)) == 2


def test_a_missing_backup_folder_is_refused_and_an_unplugged_one_falls_back(
    qtbot: Any, context: AppContext, tmp_path: Path
) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.backup_folder.setText(str(tmp_path / "gibt-es-nicht"))
    dialog._accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "gibt es nicht" in dialog.error.text()

    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_backup_settings(context.uow(), str(stick), 10)
    stick.rmdir()  # the USB stick was pulled out
    info = backups.create_backup(context.database)
    assert info.path.parent == context.database.path.parent / "backups"


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "de_DE", "de"),
        ("system", "en_US", "en"),
        ("system", "fr_FR", "de"),
        ("de", "en_US", "de"),
        ("en", "de_DE", "en"),
    ],
)
def test_language_follows_the_system_unless_chosen(choice: str, system: str, expected: str) -> None:
    assert settings_dialog.ui_language(choice, QLocale(system)) == expected
