"""Papierkorb: what was deleted, to bring back or to wipe for good.

Deleting never removes anything at once, so a slip of the Entf key costs nothing:
everything deleted waits here. "Papierkorb leeren" wipes the contents of what is here
(names, notes, numbers), keeping only the bare tombstone, so the deletion still reaches
other laptops with the next exchange file; it cannot be undone and says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from helferapp.domain.errors import UserError
from helferapp.services import trash
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import TRASH_COLUMNS
from helferapp.ui.models.table_model import RecordTableModel
from helferapp.ui.pages.base import Heading, Page
from helferapp.ui.pages.table import RecordTable, TableStack
from helferapp.ui.texts import QT_TRANSLATE_NOOP
from helferapp.ui.undo import Change, UndoStep


class TrashPage(Page):
    """Deleted records of every kind, with Wiederherstellen and Papierkorb leeren."""

    nav_title = QT_TRANSLATE_NOOP("TrashPage", "Papierkorb")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = Heading("", parent=self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.model = RecordTableModel(TRASH_COLUMNS, self)
        self.table = RecordTable(
            self.model, "trash", self, default_sort=(2, Qt.SortOrder.DescendingOrder)
        )
        self.table.activated.connect(lambda _index: self.restore_current())
        self.stack = TableStack(self.table, self)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_current)
        self.empty_button = QPushButton(self)
        self.empty_button.clicked.connect(self.empty_trash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def reload(self) -> None:
        rows = trash.deleted_rows(self.context.uow())
        self.model.set_rows([(f"{row.kind_code}:{row.id}", row) for row in rows])
        if rows:
            self.table.selectRow(0)
        self._update_state()

    def _update_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.show_empty(self.tr("Der Papierkorb ist leer.") if empty else None)
        self.restore_button.setEnabled(not empty)
        self.empty_button.setEnabled(not empty)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Papierkorb"))
        self.explanation.setText(
            self.tr(
                "Gelöschte Einträge liegen hier, bis der Papierkorb geleert wird. "
                "„Wiederherstellen“ (oder Doppelklick) holt einen Eintrag zurück."
            )
        )
        self.table.setAccessibleName(self.tr("Gelöschte Einträge"))
        self.restore_button.setText(self.tr("&Wiederherstellen"))
        self.empty_button.setText(self.tr("Papierkorb &leeren …"))
        self.model.retranslate()
        self._update_state()

    def save_state(self) -> None:
        self.table.save_state()

    def focus_filter(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def restore_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())[1]
        try:
            trash.restore(self.context.uow(), row.kind_code, row.id)
        except UserError as error:
            prompts.warn(self, self.tr("Nicht wiederhergestellt"), error.message)
            return
        self.model.remove([f"{row.kind_code}:{row.id}"])
        self._update_state()
        step = UndoStep(Change.RESTORED, row.kind_code, row.id, row.title)
        self.emit_changed(row.kind_code, row.id, step)
        self.message.emit(self.tr("Wiederhergestellt: %1").replace("%1", row.title))

    def empty_trash(self) -> None:
        count = self.model.total_count()
        if not count:
            return
        question = self.tr("Den Papierkorb mit %n Einträgen endgültig leeren?", "", count)
        info = self.tr(
            "Namen, Notizen und alle anderen Angaben dieser Einträge werden gelöscht. "
            "Das lässt sich nicht rückgängig machen."
        )
        if not prompts.confirm(
            self,
            self.tr("Papierkorb leeren"),
            question,
            self.tr("Endgültig &leeren"),
            info,
        ):
            return
        try:
            wiped = trash.purge_all(self.context.uow())
        except UserError as error:
            prompts.warn(self, self.tr("Papierkorb nicht geleert"), error.message)
            self.reload()
            return
        self.reload()
        self.emit_changed("", "", None)
        self.message.emit(self.tr("Papierkorb geleert: %n Einträge", "", wiped))

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        self.mark_stale()
