"""Fixtures for the form tests: a fresh database per test and a "user" who types and clicks.

The database is built once per session (migrations and the 2,160 Gebiete take a moment)
and copied for every test, then opened with ``open_database`` like the app does.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from helferapp.store.database import Database, open_database
from helferapp.ui.context import AppContext
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.tag_list_edit import TagListEdit


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "x.sqlite3"
    open_database(path).dispose()
    return path


@pytest.fixture
def database(tmp_path: Path, template_database: Path) -> Iterator[Database]:
    for source in template_database.parent.iterdir():
        shutil.copy(source, tmp_path / source.name)
    database = open_database(tmp_path / "x.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def context(database: Database) -> AppContext:
    return AppContext(database)


class User:
    """Types, picks and clicks in real widgets, the way a person at the keyboard would."""

    def __init__(self, qtbot: object) -> None:
        self.qtbot = qtbot

    def key_clicks(self, widget: QWidget, text: str) -> None:
        """Like ``qtbot.keyClicks``, also for Umlauts and ß (QTest knows only ASCII keys)."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    def type(self, widget: QWidget, text: str) -> None:
        """Replace the text of a line edit (or a widget with ``line_edit()``) by typing."""
        if isinstance(widget, QPlainTextEdit):
            widget.selectAll()
            if text:
                self.key_clicks(widget, text)
            else:
                self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
            return
        line = widget if isinstance(widget, QLineEdit) else self._line(widget)
        line.selectAll()
        if text:
            self.key_clicks(line, text)
        else:
            self.qtbot.keyClick(line, Qt.Key.Key_Delete)
        line.editingFinished.emit()

    def pick(self, combo: QWidget, text: str) -> None:
        """Type into a searchable combo box and press Enter to take the best hit."""
        assert isinstance(combo, SearchableComboBox)
        line = combo.lineEdit()
        line.selectAll()
        self.key_clicks(line, text)
        self.qtbot.keyClick(line, Qt.Key.Key_Return)

    def choose(self, combo: QWidget, member: object) -> None:
        """Choose an entry of an enum combo box from its list."""
        assert isinstance(combo, EnumComboBox)
        row = combo.members().index(member)
        combo.setCurrentIndex(row)
        combo.activated.emit(row)

    def click(self, box: QWidget) -> None:
        assert isinstance(box, QCheckBox)
        # on the box itself: a check box in a form row is wider than its text
        self.qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    @staticmethod
    def _line(widget: QWidget) -> QLineEdit:
        if isinstance(widget, (OptionalDateEdit, TagListEdit)):
            return widget.line_edit()
        if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
            return widget.lineEdit()
        raise TypeError(type(widget).__name__)


@pytest.fixture
def user(qtbot: object) -> User:
    return User(qtbot)
