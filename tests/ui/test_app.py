"""Starting the app: German Qt texts, a database that will not open, the first start with
example data, and the error hook that logs and shows calm German text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from helferapp.domain.errors import UserError
from helferapp.services import own_groups, queries
from helferapp.store.database import Database
from helferapp.ui import app as gui
from helferapp.ui import errors
from helferapp.ui.context import AppContext
from helferapp.ui.error_dialog import ErrorDialog
from helferapp.ui.settings.first_start_dialog import FirstStartDialog


def test_qt_speaks_german(qapp: QApplication) -> None:
    gui.install_translations(qapp)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_start_opens_the_window_on_the_given_database(
    qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(gui, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: 0)
    application = gui.start(["--db", str(db_path)])
    assert application is not None
    window = application.window
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.windowTitle() == f"HelferApp – {db_path.name}"
    window.close()


def test_a_database_that_will_not_open_asks_for_another(
    tmp_path: Path, answers: Any, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    broken = tmp_path / "kaputt.sqlite3"
    broken.write_bytes(b"this is not a database at all" * 10)
    assert gui.open_or_ask(broken) is None  # the user chose "Beenden"
    assert any("keine HelferApp-Datenbank" in text for text in answers.asked)

    asked: list[str] = []
    monkeypatch.setattr(
        gui, "ask_for_database", lambda _parent, problem: asked.append(problem) or db_path
    )
    database = gui.open_or_ask(broken)
    assert database is not None and database.path == db_path and len(asked) == 1
    database.dispose()


def test_first_start_opens_the_example_data_in_a_file_of_its_own(
    database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    demo_path = tmp_path / "Beispieldaten.sqlite3"
    monkeypatch.setattr(gui, "demo_db_path", lambda: demo_path)

    def look_around(dialog: FirstStartDialog) -> int:
        dialog.demo_button.click()
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", look_around)
    shown = gui.first_start(database)
    assert shown.path == demo_path
    counts = queries.counts(AppContext(shown).uow())
    assert counts["group"] == 20 and counts["programme"] == 60
    assert queries.is_empty(AppContext(database).uow())  # real work never lands in the demo
    shown.dispose()


def test_first_start_asks_for_our_group_once(
    database: Database, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    def answer(dialog: FirstStartDialog) -> int:
        qtbot.keyClicks(dialog.name, "HK Ried")
        dialog.start_button.click()
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", answer)
    assert gui.first_start(database) is database
    [ours] = own_groups.own_groups(AppContext(database).uow())
    assert ours.name == "HK Ried"
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: pytest.fail("asked again"))
    assert gui.first_start(database) is database


def test_starting_empty_is_not_asked_again(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[int] = []
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: shown.append(1) or 1)
    assert gui.first_start(database) is database
    assert gui.first_start(database) is database
    assert shown == [1]


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_and_shown_in_german(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = errors.install(tmp_path / "log")

    def broken_slot() -> None:
        raise RuntimeError("kaputt: interner Zustand")

    emitter = _Emitter()
    emitter.fire.connect(broken_slot)
    emitter.fire.emit()

    assert len(shown) == 1
    dialog = shown[0]
    assert "schiefgegangen" in dialog.text.text()
    assert "Traceback" not in dialog.text.text() and "RuntimeError" not in dialog.text.text()
    assert str(log) in dialog.text.text()
    dialog.copy_details()
    assert "RuntimeError: kaputt" in QApplication.clipboard().text()
    assert dialog.copy_button.text() == "Kopiert ✓"
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "kaputt: interner Zustand" in logged


@pytest.mark.qt_no_exception_capture
def test_a_user_error_that_slipped_through_shows_its_message(
    tmp_path: Path, answers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install(tmp_path / "log")
    try:
        raise UserError("Die Datei ist schreibgeschützt.")
    except UserError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert answers.asked == ["Die Datei ist schreibgeschützt."]


def test_a_database_far_ahead_of_the_laptops_clock_is_reported_at_start(
    qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    from helferapp.ui import prompts

    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('clock_last', ?)",
            (f"{4_102_444_800_000:015d}-00000-{'c' * 32}",),  # 01.01.2100
        )
        connection.commit()
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "warn", lambda _parent, title, text, *a: warned.append((title, text))
    )
    monkeypatch.setattr(gui, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: 0)
    application = gui.start(["--db", str(db_path)])
    assert application is not None
    qtbot.addWidget(application.window)
    qtbot.waitUntil(lambda: bool(warned), timeout=5_000)
    title, text = warned[0]
    assert title == "Uhrzeit prüfen"
    assert "01.01.2100" in text and "Uhr dieses Laptops" in text
    application.window.close()
