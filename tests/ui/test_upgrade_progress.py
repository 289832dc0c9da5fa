"""Opening a database of an older HelferApp in the GUI: a progress dialog that names the
backup, cannot be cancelled halfway, and then the window on the converted database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helferapp.domain.errors import UserError
from helferapp.store.database import Database, UpgradeProgress
from helferapp.ui import app as gui
from helferapp.ui.backups import upgrade_progress
from helferapp.ui.backups.backup_copy_dialog import restore_from_copy
from helferapp.ui.backups.upgrade_progress import UpgradeDialog
from helferapp.ui.context import AppContext
from helferapp.ui.settings.first_start_dialog import FirstStartDialog
from tests.store.old_stamps_db import build_0003_database, revision_of


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    path = tmp_path / "daten" / "helferapp.sqlite3"
    path.parent.mkdir()
    build_0003_database(path, many=12_000)
    return path


def watch_the_dialog(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What the dialog showed after each step, and whether Esc closed it."""
    seen: list[dict[str, Any]] = []
    real = UpgradeDialog.show_progress

    def show_progress(dialog: UpgradeDialog, event: UpgradeProgress) -> None:
        real(dialog, event)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # not cancellable: it stays
        seen.append(
            {
                "visible": dialog.isVisible(),
                "modal": dialog.isModal(),
                "stage": dialog.stage.text(),
                "backup": dialog.backup.text(),
                "value": dialog.bar.value(),
                "maximum": dialog.bar.maximum(),
            }
        )

    monkeypatch.setattr(UpgradeDialog, "show_progress", show_progress)
    return seen


def test_the_app_converts_an_older_database_behind_a_progress_dialog(
    qtbot: Any, old_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(gui, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: 0)
    seen = watch_the_dialog(monkeypatch)

    application = gui.start(["--db", str(old_path)])

    assert application is not None and application.window is not None
    window = application.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert revision_of(old_path) == "0004"
    assert application.database is not None
    backup = application.database.upgrade_backup
    assert backup is not None and revision_of(backup) == "0003"
    assert seen and all(step["visible"] and step["modal"] for step in seen)
    assert seen[0]["stage"] == "Sicherung wird angelegt …"
    assert f"Eine Sicherung liegt unter „{backup}“." in seen[-1]["backup"]
    counting = [step for step in seen if "Einträgen umgestellt" in step["stage"]]
    assert counting[-1]["stage"] == "12.007 von 12.007 Einträgen umgestellt"
    values = [step["value"] for step in counting]
    assert values == sorted(values) and len(values) >= 3
    assert counting[-1]["maximum"] == 12_007
    assert "verkleinert" in seen[-1]["stage"]
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeDialog)]
    assert not any(dialog.isVisible() for dialog in dialogs)
    window.close()


def test_the_dialog_says_that_it_cannot_be_cancelled(qtbot: Any, tmp_path: Path) -> None:
    dialog = UpgradeDialog(tmp_path / "helferapp.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.close()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    assert dialog.isVisible()
    assert "nicht abbrechen" in dialog.note.text()
    assert "ganz oder gar nicht" in dialog.note.text()
    assert "umgestellt" in dialog.explanation.text()
    dialog.finish()
    assert not dialog.isVisible()


def test_a_conversion_that_fails_reports_in_german_and_leaves_the_file(
    qtbot: Any, old_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = old_path.read_bytes()
    (old_path.parent / "backups").write_text("kein Ordner", encoding="utf-8")

    with pytest.raises(UserError, match="Es wurde nichts verändert"):
        upgrade_progress.open_with_progress(old_path)

    assert old_path.read_bytes() == original
    assert revision_of(old_path) == "0003"


def test_an_up_to_date_database_opens_without_the_dialog(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = watch_the_dialog(monkeypatch)

    database = upgrade_progress.open_with_progress(db_path)

    assert database.upgrade_backup is None
    database.dispose()
    assert seen == []


def test_restoring_a_backup_of_an_older_helferapp_converts_it_behind_the_dialog(
    qtbot: Any, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "stick" / "helferapp-2026-01-05.sqlite3"
    old.parent.mkdir()
    build_0003_database(old, many=3_000)
    seen = watch_the_dialog(monkeypatch)

    safety = restore_from_copy(None, AppContext(database), old)

    assert safety is not None and safety.path.exists()
    assert revision_of(database.path) == "0004"
    assert revision_of(old) == "0003"  # the chosen backup itself stays as it was
    assert seen and all(step["visible"] and step["modal"] for step in seen)
    counting = [step for step in seen if "Einträgen umgestellt" in step["stage"]]
    assert counting[-1]["stage"] == "3.007 von 3.007 Einträgen umgestellt"
    # The open Database works on the restored, converted records.
    with database.engine.connect() as connection:
        groups = connection.exec_driver_sql("SELECT count(*) FROM helper_group").scalar()
    assert groups is not None and groups >= 3_000
    assert QApplication.overrideCursor() is None


def test_without_a_window_the_dialog_is_placed_in_the_middle_of_the_screen(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = UpgradeDialog(tmp_path / "helferapp.sqlite3")
    qtbot.addWidget(dialog)
    dialog.place()
    screen = dialog.screen() or QApplication.primaryScreen()
    assert screen is not None
    centre, middle = dialog.frameGeometry().center(), screen.availableGeometry().center()
    assert abs(centre.x() - middle.x()) <= 1 and abs(centre.y() - middle.y()) <= 1
    assert dialog.pos() != QPoint(0, 0)  # not the corner a window manager would pick
