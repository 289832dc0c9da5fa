"""The import journal: every local value an import replaced, and a way to bring it back.

"Wiederherstellen" writes the old value as a new local edit, so it wins over the value
from the file at the next exchange too — the user's decision travels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.domain.labels import field_label, kind_label
from helferapp.services import exchange
from helferapp.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalDialog", text)


def display_value(table: str, field: str, value: Any) -> str:
    """A field value from a file or the journal, the way a person reads it."""
    return exchange.shown_value(table, field, value, QCoreApplication.translate)


def field_text(table: str, field: str) -> str:
    return QCoreApplication.translate("labels", field_label(table, field))


class JournalDialog(QDialog):
    """Lists journal entries (of one import, or all) with a restore button."""

    restored = Signal()

    HEADERS = ("Import", "Datei", "Art", "Eintrag", "Feld", "Wert vorher", "Wert aus der Datei")

    def __init__(
        self, context: AppContext, import_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.import_id = import_id
        self.setWindowTitle(_tr("Import-Protokoll"))
        self.resize(1000, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Hier stehen alle Werte, die ein Import überschrieben hat. Mit "
                "„Wiederherstellen“ gilt wieder der alte Wert – auch beim nächsten Austausch."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([_tr(header) for header in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(_tr("Überschriebene Werte"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_tr("Kein Import hat bisher Werte überschrieben."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(_tr("&Wiederherstellen"))
        self.restore_button.clicked.connect(self._restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Schließen"))
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.reload()

    def reload(self) -> None:
        rows = exchange.list_journal(self.context.uow(), self.import_id)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = _tr(" (wiederhergestellt)") if row.restored_at else ""
            cells = (
                row.imported_at.strftime("%d.%m.%Y %H:%M"),
                row.source_label or row.source_name,
                QCoreApplication.translate("labels", kind_label(row.table_name)),
                row.record_title,
                field_text(row.table_name, row.field),
                display_value(row.table_name, row.field, row.old_value) + status,
                display_value(row.table_name, row.field, row.new_value),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_button()

    def _selected_ids(self) -> list[int]:
        chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.rows[row].id for row in sorted(chosen) if not self.rows[row].restored_at]

    def _update_button(self) -> None:
        self.restore_button.setEnabled(bool(self._selected_ids()))

    def _restore_selected(self) -> None:
        try:
            for entry_id in self._selected_ids():
                exchange.restore_journal_entry(self.context.uow(), entry_id)
        except UserError as error:
            QMessageBox.warning(
                self, _tr("Wiederherstellen"), QCoreApplication.translate("messages", error.message)
            )
        self.reload()
        self.restored.emit()
