"""A label for an inline error message: red-ish, readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from helferapp.ui.accessibility import contrast


def error_color(palette: QPalette) -> QColor:
    """A red that reads at 4.5:1 on the palette's window and field colours."""
    return contrast.warning_red(palette)


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
