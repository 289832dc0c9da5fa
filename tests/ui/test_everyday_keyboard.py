"""What a volunteer meets every day by keyboard at 1366 px: Strg+2 lands on the list
(typing never edits a note), ↓/Enter in the search opens a hit, the Übersicht names
what changed, the Kontakte list shows the Wiedervorlage, long Stellen names differ."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_2_puts_the_keyboard_on_the_list_not_into_notes(qtbot: Any, window: Any) -> None:
    _active(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.current_page()
    assert page.kind_code == "group"
    assert QApplication.focusWidget() is page.table
    notes = page.form.editor("notes").toPlainText()
    QTest.keyClicks(QApplication.focusWidget(), "xyz")
    assert page.form.editor("notes").toPlainText() == notes
    assert not page.is_dirty()


def test_down_or_enter_in_the_search_opens_a_result(qtbot: Any, window: Any) -> None:
    _active(qtbot, window)
    page = window.current_page()
    word = page.recent_model.row_at(0)[1].title.split()[-1]
    page.focus_filter()
    QTest.keyClicks(page.search.edit, word)
    QTest.keyClick(page.search.edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.search.results
    assert page.search.results.currentRow() == 0
    QTest.keyClick(page.search.results, Qt.Key.Key_Return)
    assert window.current_page() is not page

    window.show_page(0)
    page.focus_filter()
    page.search.edit.setText(word)
    page.search.run()
    QTest.keyClick(page.search.edit, Qt.Key.Key_Return)
    assert window.current_page() is not page


def test_recently_changed_names_the_record_first(window: Any) -> None:
    page = window.current_page()
    assert page.recent_model.headerData(0, Qt.Orientation.Horizontal) == "Bezeichnung"
    row = page.recent_model.row_at(0)[1]
    assert page.recent_model.data(page.recent_model.index(0, 0)) == row.title


def test_the_contacts_list_shows_the_wiedervorlage_at_1366_px(qtbot: Any, window: Any) -> None:
    window.resize(1366, 768)
    window.show_page(5)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    header = page.table.horizontalHeader()
    titles = [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
    assert titles == ["Datum", "Thema", "Wiedervorlage"]
    right = header.sectionViewportPosition(2) + header.sectionSize(2)
    assert right <= page.table.viewport().width()


def test_long_stellen_names_are_elided_in_the_middle(window: Any) -> None:
    window.show_page(3)
    page = window.current_page()
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle
