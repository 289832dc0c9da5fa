"""The Austauschordner indicator in the status bar: last exchange and problems, one click away.

Volunteers should not have to wonder whether the exchange works: the indicator says
"Austausch: 10:42" (or that a file could not be read, or the folder is missing) in words,
with the details in its tooltip; a click opens Datei → Austauschordner ….
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from helferapp.ui.texts import plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeStatus", text)


class ExchangeStatusIndicator(QLabel):
    """Shows the controller's state; see the module docstring.

    Signals:
        clicked(): the user wants the Austauschordner dialog.
    """

    clicked = Signal()

    def __init__(self, controller: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("exchange_status")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(_tr("Austauschordner"))
        controller.status_changed.connect(self.refresh)  # type: ignore[attr-defined]
        self.refresh()

    def refresh(self) -> None:
        controller = self.controller
        if controller.folder is None:  # type: ignore[attr-defined]
            self.hide()
            return
        self.show()
        status = controller.status()  # type: ignore[attr-defined]
        error = controller.last_error  # type: ignore[attr-defined]
        report = controller.last_report  # type: ignore[attr-defined]
        unreadable = [problem for problem in status.problems if not problem.retrying]
        if error:
            text = _tr("Austausch: Problem")
        elif unreadable:
            text = plural("ExchangeStatus", "Austausch: %n Dateien nicht lesbar", len(unreadable))
        elif report is not None and report.having(_needs_review()):
            text = _tr("Austausch: Vorschau nötig")
        elif status.last_round is not None:
            text = _tr("Austausch: %1").replace("%1", status.last_round.strftime("%H:%M"))
        else:
            text = _tr("Austausch: noch nicht")
        self.setText(text)
        lines = [error] if error else []
        if status.last_round is not None:
            when = status.last_round.strftime("%d.%m.%Y %H:%M")
            lines.append(_tr("Letzter Austausch: %1").replace("%1", when))
        lines.append(_tr("Ordner: %1").replace("%1", status.settings.folder))
        for problem in status.problems:
            lines.append(f"{problem.file_name}: {problem.reason}")
        lines.append(_tr("Klicken für Einzelheiten"))
        self.setToolTip("\n".join(lines))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


def _needs_review() -> Any:
    """The status "needs the preview", imported only once a round has run."""
    from helferapp.services.exchange_folder import FileStatus

    return FileStatus.NEEDS_REVIEW
