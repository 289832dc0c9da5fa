"""The start: the window says it is usable only once the Übersicht shows its data, and
what a user does right then works — the search, Strg+N — without waiting for more."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helferapp.services import queries, records
from helferapp.services.entities import GROUPS
from helferapp.store.database import Database
from helferapp.ui import app as gui
from helferapp.ui.context import AppContext
from helferapp.ui.pages.overview import OverviewPage
from helferapp.ui.settings.first_start_dialog import FirstStartDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def started(
    qtbot: Any, demo_database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Any:
    """``ui.app.start`` on the small demo, up to its ``ready`` signal."""
    monkeypatch.setattr(gui, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: 0)
    application = gui.start(["--db", str(demo_database.path)])
    assert application is not None and application.window is not None
    qtbot.addWidget(application.window)
    assert not application.is_ready  # not before the event loop has painted the window
    with qtbot.waitSignal(application.ready, timeout=10_000):
        pass
    application.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is application.window)
    yield application
    application.window.close()


def test_the_start_is_ready_with_the_overview_and_its_data(
    started: Any, demo_database: Database
) -> None:
    window = started.window
    counts = queries.counts(AppContext(demo_database).uow())
    page = window.current_page()
    assert isinstance(page, OverviewPage) and window.isVisible()
    assert page.count_buttons["group"].text() == f"{counts['group']} Helferkreise"
    assert page.count_buttons["contact"].text().startswith(f"{counts['contact']} ")
    assert page.recent_model.rowCount() > 0 and page.recent_view.isVisible()
    # The status bar counts what the Übersicht counted, without a second reading.
    assert f"{counts['group']} Helferkreise" in window.counts_label.text()
    assert f"{counts['programme']} Angebote" in window.counts_label.text()


def test_the_search_answers_right_after_the_start(started: Any) -> None:
    window = started.window
    page = window.current_page()
    group = records.list_records(window.context.uow(), GROUPS)[0].data.name
    word = max((w for w in group.split() if w.isascii() and w.isalpha()), key=len)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F, CTRL)
    assert page.search.edit.hasFocus()
    QTest.keyClicks(page.search.edit, word)
    QTest.keyClick(page.search.edit, Qt.Key.Key_Return)
    shown = [page.search.results.item(n).text() for n in range(page.search.results.count())]
    assert page.search.results.isVisible()
    assert f"Helferkreis: {group}" in shown, shown


def test_ctrl_n_right_after_the_start_opens_a_new_helferkreis(started: Any) -> None:
    window = started.window
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_N, CTRL)
    page = window.current_page()
    assert page.kind_code == "group"
    assert page._new and page.detail.heading.text() == "Neuer Helferkreis"
