"""A label for an inline error message: red-ish, readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

_DARK_THEME_RED = QColor(255, 138, 128)
_LIGHT_THEME_RED = QColor(176, 0, 32)


def error_color(palette: QPalette) -> QColor:
    """A red that stands out against the palette's window colour (light or dark)."""
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        return _DARK_THEME_RED
    return _LIGHT_THEME_RED


class ErrorLabel(QLabel):
    """Shows one or more messages next to a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._apply_colour()
        self.hide()

    def set_messages(self, messages: list[str]) -> None:
        """Show ``messages`` (one a line), or hide the label when the list is empty."""
        text = "\n".join(messages)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def messages(self) -> list[str]:
        return self.text().splitlines() if self.text() else []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_colour()
        super().changeEvent(event)

    def _apply_colour(self) -> None:
        palette = self.palette()
        colour = error_color(palette)
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
