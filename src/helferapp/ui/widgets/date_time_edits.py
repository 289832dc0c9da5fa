"""Optional date and time inputs: empty means "kein Datum" / "keine Uhrzeit".

Dates are typed the German way and forgivingly: "1.3.2025", "01.03.2025", "1.3.25" and
ISO "2025-03-01" all work; leaving the field shows the date as TT.MM.JJJJ. A small
button opens a calendar for those who prefer to click.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from helferapp.domain.validation import format_date, parse_date

_SHORT_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?", re.IGNORECASE)


def read_date(text: str) -> date | None:
    """Read a typed date (see the module docstring); raises ``ValueError`` (German)."""
    text = text.strip()
    short = _SHORT_YEAR.fullmatch(text)
    if short:
        day, month, year = short.groups()
        text = f"{day}.{month}.20{year}"
    return parse_date(text)


def read_time(text: str) -> time | None:
    """Read "9", "9:30", "09.30" or "18 Uhr"; empty gives None."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    message = QCoreApplication.translate(
        "OptionalTimeEdit", "„{text}“ ist keine gültige Uhrzeit. Bitte so eingeben: 18:30"
    )
    raise ValueError(message.format(text=text))


class OptionalDateEdit(QWidget):
    """A date that may be empty: a text field (TT.MM.JJJJ) plus a calendar button."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line = QLineEdit(self)
        self._line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self._line.setClearButtonEnabled(True)
        self._line.setMaxLength(10)
        self._line.setMinimumWidth(self._line.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self._line.textChanged.connect(lambda _text: self.valueChanged.emit())
        self._line.editingFinished.connect(self._tidy)
        self._button = QToolButton(self)
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab too
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._take_calendar_date)
        self._calendar.activated.connect(self._take_calendar_date)
        menu = QMenu(self._button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._button.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._line)
        layout.addWidget(self._button)
        layout.addStretch(1)
        self.setFocusProxy(self._line)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self._button.setText(self.tr("Kalender"))
        self._button.setToolTip(self.tr("Datum im Kalender auswählen"))
        self._button.setAccessibleName(self.tr("Kalender öffnen"))

    def line_edit(self) -> QLineEdit:
        return self._line

    def add_quick_button(self, pick: Callable[[], date]) -> QToolButton:
        """Add a button that fills in ``pick()`` (e.g. "in 1 Woche"); caller sets its text."""
        button = QToolButton(self)
        button.clicked.connect(lambda: self._take_quick_date(pick()))
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.count() - 1, button)
        return button

    def _take_quick_date(self, value: date) -> None:
        self.set_value(value)
        self._line.setFocus()

    def value(self) -> date | None:
        return read_date(self._line.text())

    def set_value(self, value: date | None) -> None:
        self._line.setText(format_date(value))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self._line.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        text = format_date(value)
        if text != self._line.text():
            self._line.setText(text)

    def _prepare_calendar(self) -> None:
        try:
            value = self.value()
        except ValueError:
            value = None
        shown = value or date.today()
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _take_calendar_date(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        self._menu.close()
        self._line.setFocus()


class OptionalTimeEdit(QLineEdit):
    """A time of day that may be empty, typed as HH:MM."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(9)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00 Uhr") + 60)
        self.textChanged.connect(lambda _text: self.valueChanged.emit())
        self.editingFinished.connect(self._tidy)

    def value(self) -> time | None:
        return read_time(self.text())

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        text = value.strftime("%H:%M") if value else ""
        if text != self.text():
            self.setText(text)
