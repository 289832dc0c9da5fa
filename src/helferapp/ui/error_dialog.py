"""The message for an unexpected error: calm German words, details only on request.

No traceback in the dialog body (it frightens and helps nobody at the keyboard); the
details go to the log file and, with "Details kopieren", to the clipboard, so they can
be pasted into an e-mail to whoever helps with the computer.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """Says that something went wrong, that saved data is safe, and where the log is."""

    def __init__(self, details: str, log_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unerwarteter Fehler"))
        self.text.setText(
            self.tr(
                "Da ist etwas schiefgegangen, womit HelferApp nicht gerechnet hat.\n\n"
                "Alles, was Sie vorher gespeichert haben, ist sicher. Die letzte Aktion "
                "wurde vielleicht nicht ausgeführt – bitte prüfen Sie das und versuchen Sie "
                "es noch einmal.\n\n"
                "Wenn der Fehler wiederkommt: „Details kopieren“ drücken und die Details "
                "an die Person schicken, die Ihnen mit HelferApp hilft. Sie stehen auch in "
                "der Datei %1."
            ).replace("%1", self.log_path)
        )
        self.copy_button.setText(self.tr("Details &kopieren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Schließen"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Kopiert ✓"))
