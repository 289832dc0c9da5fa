"""The keyboard map: unique mnemonics, Strg+, for Einstellungen, shortcuts from any field,
and Tab in reading order on the record pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from tests.ui.accessibility import screens

CTRL = Qt.KeyboardModifier.ControlModifier


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key:
            seen.setdefault(key, []).append(text)
    return {key: found for key, found in seen.items() if len(found) > 1}


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


def test_clashes_are_found() -> None:
    assert clashes(["&Speichern", "&Suchen", "S&top"]) == {"s": ["&Speichern", "&Suchen"]}


def test_each_menu_has_unique_mnemonics(window: Any) -> None:
    bar = [menu.title() for menu in window.menus]
    assert not clashes(bar)
    for menu in window.menus:
        assert not clashes([action.text() for action in menu.actions()]), menu.title()


def test_each_page_has_unique_mnemonics(window: Any) -> None:
    for index, page in enumerate(screens.all_pages(window)):
        assert not clashes(visible_texts(page)), screens.NAV_TITLES[index]


@pytest.mark.parametrize("name", sorted(screens.dialog_builders()))
def test_each_dialog_has_unique_mnemonics(
    qtbot: Any, window: Any, tmp_path: Path, name: str
) -> None:
    dialog = screens.dialog_builders()[name](window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    found = clashes(visible_texts(dialog))
    dialog.reject()
    assert not found


def test_settings_open_with_ctrl_comma(qtbot: Any, window: Any) -> None:
    assert QKeySequence("Ctrl+,") in window.actions_.settings.shortcuts()
    triggered: list[bool] = []
    window.actions_.settings.triggered.connect(lambda *_: triggered.append(True))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Comma, CTRL)
    assert triggered


def test_window_shortcuts_work_in_the_filter_field(qtbot: Any, window: Any) -> None:
    """Strg+E (Exportieren) and Strg+K (Kontakt) reach the window from a text field."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page(1)
    page = window.current_page()
    page.filter_edit.setFocus()
    qtbot.waitUntil(page.filter_edit.hasFocus)
    page.filter_edit.setText("asyl")
    page.filter_edit.setCursorPosition(0)
    seen: list[str] = []
    window.actions_.export.triggered.disconnect()
    window.actions_.export.triggered.connect(lambda *_: seen.append("export"))
    window.actions_.contact.triggered.disconnect()
    window.actions_.contact.triggered.connect(lambda *_: seen.append("contact"))
    QTest.keyClick(page.filter_edit, Qt.Key.Key_E, CTRL)
    QTest.keyClick(page.filter_edit, Qt.Key.Key_K, CTRL)
    assert seen == ["export", "contact"]
    assert page.filter_edit.text() == "asyl"  # Strg+K did not cut the text
    QTest.keyClick(page.filter_edit, Qt.Key.Key_A, CTRL)  # an editing key stays the field's
    assert page.filter_edit.selectedText() == "asyl"


@pytest.mark.parametrize("index", [1, 3, 6])
def test_tab_follows_the_page_from_top_left_to_bottom_right(window: Any, index: int) -> None:
    """Helferkreise, Stellen, Gebiete: filter, table, the form top to bottom, its buttons."""
    window.activateWindow()
    window.show_page(index)
    page = window.current_page()
    page.table.selectRow(0)
    QApplication.processEvents()
    page.filter_edit.setFocus()
    stops: list[QWidget] = []
    for _press in range(80):
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus) or focus in stops:
            break
        stops.append(focus)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    assert stops[0] is page.filter_edit
    assert page.table in stops
    in_form = [stops.index(w) for w in stops if page.form.isAncestorOf(w)]
    detail = page.detail
    buttons = [stops.index(b) for b in (detail.save_button, detail.delete_button) if b in stops]
    assert buttons, "the form's buttons are reached"
    assert in_form and max(in_form) < min(buttons), "the form's buttons come after its fields"
    assert stops.index(page.table) < min(in_form)
    form_tops = [page.form.mapFromGlobal(w.mapToGlobal(QPoint(0, 0))).y() for w in stops
                 if page.form.isAncestorOf(w)]  # fmt: skip
    assert form_tops[0] == min(form_tops), "Tab enters the form at its first field"


def test_a_text_field_gives_window_shortcuts_up(window: Any) -> None:
    """On Linux (xcb) a QLineEdit claims Strg+E and Strg+K for Emacs-style editing in its
    ShortcutOverride; the filter decides by ``takes_window_shortcut`` to let them pass.
    The offscreen platform has no such key scheme, so the rule itself is checked here."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from helferapp.ui.accessibility.events import field_keys, takes_window_shortcut

    window.show_page(1)
    field = window.current_page().filter_edit

    def override(key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)

    assert takes_window_shortcut(override(Qt.Key.Key_E), field)  # Exportieren
    assert takes_window_shortcut(override(Qt.Key.Key_K), field)  # Kontakt erfassen
    assert takes_window_shortcut(override(Qt.Key.Key_Comma), field)  # Einstellungen
    assert not takes_window_shortcut(override(Qt.Key.Key_A), field)  # select all: the field's
    assert not takes_window_shortcut(override(Qt.Key.Key_Z), field)  # its own undo
    plain = override(Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    assert not takes_window_shortcut(plain, field)  # Entf deletes a character
    # Linux's key scheme also binds Strg+E to "end of line" and Strg+K to "delete to the
    # end" (after End and Umschalt+Entf): those extra bindings give way to the window.
    kept = [*field_keys(), QKeySequence("End")]
    assert takes_window_shortcut(override(Qt.Key.Key_E), field, kept)
    assert not takes_window_shortcut(override(Qt.Key.Key_A), field, kept)
