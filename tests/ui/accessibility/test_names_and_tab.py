"""Every page and dialog, walked offscreen: names for a screen reader, Tab out of views.

What a screen reader announces is what ``QAccessible.queryAccessibleInterface`` gives
for a widget; a button without text, a combo box known only by its value or the text
field inside an editable combo box is announced as nothing or as the wrong thing. And a
table whose Tab moves from cell to cell keeps a keyboard user inside it for hundreds of
presses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QWidget

from tests.ui.accessibility import screens


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name).strip()


def label_names(widget: QWidget) -> list[str]:
    """What the labels pointing at ``widget`` are called (AT-SPI's "labelled by")."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return [
        label.text(QAccessible.Text.Name).strip().rstrip(":").rstrip(" *")
        for label, _relation in interface.relations(QAccessible.RelationFlag.Label)
        if isinstance(label.object(), QLabel)  # not the group box around it
    ]


def describe(widget: QWidget) -> str:
    path = []
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(path)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    heard: dict[str, QWidget] = {}  # what AT-SPI says for a combo box: its label
    for widget in screens.interactive(root):
        name = accessible_name(widget)
        if not name:
            missing.append(describe(widget))
        elif isinstance(widget, QComboBox):
            # Qt on Linux gives a combo box its value as name; AT-SPI announces it by the
            # label it is "labelled by". Both must say what the field is for.
            if not widget.accessibleName():
                missing.append(f"{describe(widget)} (announced by its value {name!r})")
            for label in label_names(widget):
                if label in heard and heard[label] is not widget:
                    missing.append(f"{describe(widget)}: a second field labelled {label!r}")
                heard[label] = widget
                if label.casefold() not in widget.accessibleName().casefold():
                    missing.append(
                        f"{describe(widget)} labelled {label!r}, named {widget.accessibleName()!r}"
                    )
    return missing


def trapped_views(root: QWidget) -> list[str]:
    """Item views where Tab or Shift+Tab does not leave in one press."""
    trapped = []
    for view in screens.interactive(root):
        if not isinstance(view, QAbstractItemView) or not view.isVisible():
            continue
        if view.model() is None or view.model().rowCount() == 0:
            view_has_rows = False
        else:
            view_has_rows = True
            view.setCurrentIndex(view.model().index(0, 0))
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            QApplication.processEvents()
            if QApplication.focusWidget() is not view:
                continue  # not reachable by focus at all (read-only list in a label's place)
            QTest.keyClick(view, key)
            focus = QApplication.focusWidget()
            if focus is view or (focus is not None and view.isAncestorOf(focus)):
                trapped.append(f"{describe(view)} ({key.name}, rows: {view_has_rows})")
    return trapped


def test_every_page_names_its_widgets_and_lets_tab_out(window: Any) -> None:
    problems: dict[str, list[str]] = {}
    for index, page in enumerate(screens.all_pages(window)):
        page_problems = unnamed(page) + trapped_views(page)
        if page_problems:
            problems[screens.NAV_TITLES[index]] = page_problems
    window_level = unnamed(window.nav) + trapped_views(window.nav.parentWidget())
    if window_level:
        problems["Fenster"] = window_level
    assert not problems, "\n".join(f"{k}: {v}" for k, vs in problems.items() for v in vs)


@pytest.mark.parametrize("name", sorted(screens.dialog_builders()))
def test_every_dialog_names_its_widgets_and_lets_tab_out(
    qtbot: Any, window: Any, tmp_path: Path, name: str
) -> None:
    dialog = screens.dialog_builders()[name](window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = unnamed(dialog) + trapped_views(dialog)
    dialog.reject()
    assert not problems, "\n".join(problems)


def test_a_name_is_what_a_screen_reader_reads(qtbot: Any) -> None:
    """The check itself must be able to fail: a bare combo box is found out."""
    holder = QWidget()
    qtbot.addWidget(holder)
    combo = QComboBox(holder)
    combo.addItems(["keins", "in Arbeit"])
    holder.show()
    assert unnamed(holder)
    combo.setAccessibleName("Stand des Integrationskonzepts")
    assert not unnamed(holder)
