"""The thin banner over the main window while a demo database is open.

Why it is its own module: how the banner looks (a light yellow line with a text and a
flat button) has nothing to do with the window's pages, changes and undo; the window
only builds it, asks it for its words when the language changes and shows it when
``services.info.is_demo`` says the database holds example data.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DemoBanner(QFrame):
    """A line over everything: this is example data; the button makes an own database."""

    def __init__(self, on_new_database: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff3c4"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2e00"))
        self.setPalette(palette)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)  # a large font must not push the window off the screen
        self.button = QPushButton(self)
        self.button.setFlat(True)
        self.button.clicked.connect(lambda: on_new_database())
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def retranslate_ui(self) -> None:
        # In the main window's context, where these words were first translated.
        self.label.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Beispieldaten – zum Ausprobieren. Echte Arbeit gehört in eine eigene Datenbank.",
            )
        )
        self.button.setText(QCoreApplication.translate("MainWindow", "Eigene Datenbank &anlegen …"))
