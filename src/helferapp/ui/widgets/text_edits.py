"""Text inputs with a small twist: phone numbers shown the German way, and notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from helferapp.domain.validation import clean_phone, display_phone


class PhoneEdit(QLineEdit):
    """A phone number, shown as "0151 1234567" and read back in the stored +49 form.

    ``value()`` never raises: a number that cannot be read is returned as typed, so that
    validation can name it next to the field.
    """

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("z. B. 08141 123456"))
        self.textChanged.connect(lambda _text: self.valueChanged.emit())

    def value(self) -> str:
        text = self.text().strip()
        try:
            return clean_phone(text)
        except ValueError:
            return text

    def set_value(self, value: str) -> None:
        self.setText(display_phone(value))


class NotesEdit(QPlainTextEdit):
    """A few lines of free text; Tab moves on to the next field instead of indenting."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lines = lines
        self._fit_height()
        self.textChanged.connect(self.valueChanged.emit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(
            self._lines * self.fontMetrics().lineSpacing()
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2 * self.frameWidth()
        )

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str) -> None:
        if value != self.toPlainText():
            self.setPlainText(value)
