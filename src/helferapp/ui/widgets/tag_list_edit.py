"""A short list of words typed in one line, separated by commas (Sprachen, Arbeitsgruppen).

Typing offers suggestions for the word under the cursor; a button opens a menu with the
common entries to tick, for those who would rather click than type.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

COMMON_LANGUAGES: tuple[str, ...] = (
    "Deutsch",
    "Englisch",
    "Arabisch",
    "Dari",
    "Farsi",
    "Ukrainisch",
    "Russisch",
    "Türkisch",
    "Tigrinya",
    "Kurdisch",
    "Somali",
    "Französisch",
)

_SEPARATORS = re.compile(r"[,;]")


def split_tags(text: str) -> tuple[str, ...]:
    """Split at commas/semicolons; trim; drop empty and repeated entries."""
    seen: dict[str, None] = {}
    for part in _SEPARATORS.split(text):
        word = " ".join(part.split())
        if word:
            seen.setdefault(word, None)
    return tuple(seen)


class _TagCompleter(QCompleter):
    """Completes only the word after the last comma, keeping the words before it."""

    def splitPath(self, path: str) -> list[str]:
        return [_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        word = str(index.data())  # type: ignore[attr-defined]
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = _SEPARATORS.split(text)[:-1]
        return ", ".join([*(part.strip() for part in head if part.strip()), word]) + ", "


class TagListEdit(QWidget):
    """Edit a tuple of words as "Deutsch, Arabisch, Dari"."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._suggestions = suggestions
        self._line = QLineEdit(self)
        self._line.setClearButtonEnabled(True)
        self._line.textChanged.connect(lambda _text: self.valueChanged.emit())
        self._line.editingFinished.connect(self._tidy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._line, 1)
        self._button: QToolButton | None = None
        if suggestions:
            completer = _TagCompleter(self)
            completer.setModel(QStringListModel(list(suggestions), completer))
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self._line.setCompleter(completer)
            self._button = QToolButton(self)
            self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self._button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab too
            menu = QMenu(self._button)
            menu.aboutToShow.connect(self._fill_menu)
            self._button.setMenu(menu)
            layout.addWidget(self._button)
        self.setFocusProxy(self._line)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._button is not None:
            self._button.setText(self.tr("Auswahl"))
            self._button.setToolTip(self.tr("Häufige Einträge zum Ankreuzen"))
            self._button.setAccessibleName(self.tr("Häufige Einträge auswählen"))

    def line_edit(self) -> QLineEdit:
        return self._line

    def set_placeholder(self, text: str) -> None:
        self._line.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self._line.setAccessibleName(name)

    def value(self) -> tuple[str, ...]:
        return split_tags(self._line.text())

    def set_value(self, value: tuple[str, ...]) -> None:
        self._line.setText(", ".join(value))

    def toggle(self, word: str) -> None:
        """Add ``word`` or, if it is there already, take it out."""
        words = list(self.value())
        if word in words:
            words.remove(word)
        else:
            words.append(word)
        self.set_value(tuple(words))

    def _fill_menu(self) -> None:
        assert self._button is not None
        menu = self._button.menu()
        menu.clear()
        chosen = set(self.value())
        for word in self._suggestions:
            action = QAction(word, menu)
            action.setCheckable(True)
            action.setChecked(word in chosen)
            action.triggered.connect(lambda _checked=False, word=word: self.toggle(word))
            menu.addAction(action)

    def _tidy(self) -> None:
        text = ", ".join(self.value())
        if text != self._line.text() and not self._line.text().rstrip().endswith(","):
            self._line.setText(text)
