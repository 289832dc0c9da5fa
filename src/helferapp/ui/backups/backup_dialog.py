"""Sicherung wiederherstellen: pick one of the backups (newest first) or another file.

Restoring is a big step, so the dialog names each backup by its date and why it was
made ("manuell", "vor Import"), and says that the current state is backed up first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.services.backups import list_backups
from helferapp.store.database import Database

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupDialog(QDialog):
    """Choose a backup; ``chosen`` holds its path after ``exec()`` returned true."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: Path | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(lambda _item: self._accept_selected())
        self.other_button = QPushButton(self)
        self.other_button.clicked.connect(self._choose_file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._fill()
        self.retranslate_ui()

    def _fill(self) -> None:
        for info in list_backups(self.database):
            when = info.created_at.strftime("%d.%m.%Y %H:%M")
            size = f"{info.size_bytes / 1_000_000:.1f} MB".replace(".", ",")
            text = f"{when} – {info.reason or self.tr('Sicherung')} – {size}"
            item = QListWidgetItem(text, self.list)
            item.setData(PATH_ROLE, str(info.path))
        if self.list.count():
            self.list.setCurrentRow(0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        text = self.tr(
            "Welcher Stand soll zurückgeholt werden? Der jetzige Stand wird vorher "
            "automatisch gesichert, Sie können also nichts verlieren."
        )
        if not self.list.count():
            text += "\n\n" + self.tr("Für diese Datenbank gibt es noch keine Sicherungen.")
        self.explanation.setText(text)
        self.list.setAccessibleName(self.tr("Sicherungen, neueste zuerst"))
        self.other_button.setText(self.tr("Andere &Datei wählen …"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Wiederherstellen"))
        ok.setEnabled(self.list.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Abbrechen"))

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(PATH_ROLE))
        self.accept()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Sicherung wählen"),
            str(self.database.path.parent),
            self.tr("HelferApp-Sicherung (*.sqlite3 *.helferapp-sicherung);;Alle Dateien (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()
