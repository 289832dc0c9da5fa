"""First start on an empty database: try it with example data, or begin with your own.

Someone opening HelferApp for the first time sees empty tables and does not know what
the app can do; example data (invented groups in real Bavarian Gemeinden) shows it at
once. The choice is asked only once per database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.store.database import Database
from helferapp.ui import prompts
from helferapp.ui.pages.base import Heading


class FirstStartDialog(QDialog):
    """Two big buttons: "Beispieldaten laden" and "Leer beginnen".

    After ``exec()``, ``loaded`` tells whether example data was loaded.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.loaded = False
        self.heading = Heading("", parent=self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.demo_button = QPushButton(self)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button = QPushButton(self)
        self.empty_button.clicked.connect(self.accept)
        for button in (self.demo_button, self.empty_button):
            button.setMinimumHeight(button.sizeHint().height() * 2)
        self.demo_button.setDefault(True)
        self.status = QLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button, 1)
        buttons.addWidget(self.empty_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Willkommen bei HelferApp"))
        self.heading.setText(self.tr("Willkommen bei HelferApp"))
        self.text.setText(
            self.tr(
                "Die Datenbank ist noch leer.\n\n"
                "Zum Ausprobieren können Sie Beispieldaten laden: erfundene Helferkreise, "
                "Angebote und Kontakte in echten bayerischen Gemeinden. Für Ihre echte "
                "Arbeit legen Sie später eine eigene Datei an (Datei → Andere Datenbank "
                "öffnen) – oder Sie beginnen gleich leer."
            )
        )
        self.demo_button.setText(self.tr("&Beispieldaten laden"))
        self.demo_button.setAccessibleName(self.tr("Beispieldaten laden"))
        self.empty_button.setText(self.tr("&Leer beginnen"))
        self.empty_button.setAccessibleName(self.tr("Leer beginnen"))

    def load_demo(self) -> None:
        from helferapp.services.demo import Scale, build_demo

        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)

        def progress(text: str) -> None:
            self.status.setText(self.tr(text))
            QApplication.processEvents()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            build_demo(self.database, Scale.SMALL, progress=progress)
        except UserError as error:
            prompts.warn(self, self.tr("Keine Beispieldaten geladen"), error.message)
            self.demo_button.setEnabled(True)
            self.empty_button.setEnabled(True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.loaded = True
        self.accept()
