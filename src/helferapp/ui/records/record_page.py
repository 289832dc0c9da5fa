"""A page for one kind of record: filter box, table, and the form of the chosen record.

The flow a volunteer sees: type a few letters, pick a row, edit, Strg+S. Rows are
loaded once when the page is first shown and afterwards refreshed one record at a time
(after a save, a delete, an undo), so that even 25,000 Angebote stay quick. Leaving a
changed form (another row, another page, closing) asks Speichern / Verwerfen / Abbrechen.
What differs between the pages is ``page_config.PageConfig``; saving, deleting and the
other commands on the open record are ``record_commands.RecordCommands``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import NotFoundError
from helferapp.services import records
from helferapp.services.entities import SPECS
from helferapp.services.records import Record
from helferapp.ui.accessibility import tab_order
from helferapp.ui.context import AppContext
from helferapp.ui.models.display import kind_label
from helferapp.ui.models.table_model import RecordTableModel
from helferapp.ui.pages.base import Heading, Page
from helferapp.ui.pages.table import RecordTable, TableStack
from helferapp.ui.records.detail import DetailPanel
from helferapp.ui.records.page_config import PageConfig
from helferapp.ui.records.record_commands import RecordCommands, data_title
from helferapp.ui.settings import window_state
from helferapp.ui.texts import plural

FILTER_DELAY_MS = 150


def _tr(text: str) -> str:
    """The page's own words (the texts of a ``PageConfig`` use the subclass' context)."""
    return QCoreApplication.translate("RecordPage", text)


class RecordPage(RecordCommands, Page):
    """Filter, table and detail form for the records of ``config.kind_code``."""

    kind_code: str

    def __init__(self, context: AppContext, config: PageConfig, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.config = config
        self.kind_code = config.kind_code
        self.nav_title = config.nav_title
        self.spec = SPECS[config.kind_code]
        self.form: Any = None
        self.current: Record[Any] | None = None
        self._new = False
        self._row_id: str | None = None  # the table row that belongs to the open form
        self._syncing = False
        self._saving = False
        self._rows_stale = True
        self._record_stale = False  # the open record is read again (after a change elsewhere)
        self.model = RecordTableModel(config.columns, self, warn=config.warn)
        self._build_ui()
        self.retranslate_ui()
        self._show_nothing()

    # --- building --------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.heading = Heading("", parent=self)
        self.count_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.installEventFilter(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter_edit)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit)
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_record())
        self.new_button.setVisible(self.can_create())
        top.addWidget(self.new_button)

        self.table = RecordTable(
            self.model, self.kind_code, self, default_sort=self.config.default_sort
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.activated.connect(lambda _index: self._focus_form())
        self.stack = TableStack(self.table, self)
        self.detail = DetailPanel(self.kind_code, self)
        self.detail.save_button.clicked.connect(self.save)
        self.detail.cancel_button.clicked.connect(self.cancel)
        self.detail.delete_button.clicked.connect(self.delete_current)
        self.build_extras()
        related = self.build_related()
        if related is not None:
            related.navigate.connect(self._navigate_from_related)
            self.detail.set_related(related)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._splitter_restored = window_state.restore_splitter(self.splitter, self._splitter_key)
        if not self._splitter_restored:
            self.splitter.setSizes([700, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.filter_edit, self.table)

    def build_extras(self) -> None:
        """Hook: add extra buttons to the detail panel."""

    def build_related(self) -> Any:
        """Hook: return a ``RelatedTabs`` for the detail panel, or None."""
        return None

    def load_related(self, record: Record[Any] | None) -> None:
        """Hook: fill the related lists for ``record`` (None: nothing open)."""

    def update_extras(self) -> None:
        """Hook: enable or disable extra buttons after the open record changed."""

    @property
    def _splitter_key(self) -> str:
        return f"pages/{self.kind_code}/splitter"

    def _ensure_form(self) -> Any:
        if self.form is None:
            from helferapp.ui.forms import FORMS

            self.form = FORMS[self.kind_code](self.context, self.detail)
            self.form.changed.connect(self._update_heading)
            self.form.saved.connect(self._saved_elsewhere)
            self.detail.set_form(self.form)
            if not self._splitter_restored:
                self._fit_detail_to_form()
            self._order_tabs()
        return self.form

    def _order_tabs(self) -> None:
        """Tab as one reads the page: filter, Neu, table, form, its buttons, related lists."""
        detail_rest = [
            widget for widget in tab_order.units(self.detail) if not self.form.isAncestorOf(widget)
        ]
        tab_order.reading_order(
            self, [self.filter_edit, self.new_button, self.stack, self.form, detail_rest]
        )

    def _fit_detail_to_form(self) -> None:
        """First use: give the form the width it asks for, up to 55 % of the page."""
        total = sum(self.splitter.sizes()) or self.width()
        wanted = min(self.form.sizeHint().width() + 24, int(total * 0.55))
        self.splitter.setSizes([max(total - wanted, 200), wanted])

    # --- life cycle ------------------------------------------------------------------

    def activate(self) -> None:
        self._ensure_form()
        if self._rows_stale:
            self._rows_stale = False
            self.reload()
        elif self._stale and self.current is not None:
            self.load_related(self.current)
        self._stale = False
        if self._record_stale:
            self._record_stale = False
            if self.current is not None and not self.is_dirty():
                self._reopen(self.current.id)  # the open record may have changed too

    def reload(self) -> None:
        rows = self.config.query(self.context.uow())
        self._syncing = True
        try:
            self.model.set_rows(rows)
            self._reselect()
        finally:
            self._syncing = False
        self._update_count()

    def mark_stale(self) -> None:
        self._rows_stale = True
        self._record_stale = True
        super().mark_stale()

    def refresh_rows(self, ids: Iterable[str]) -> None:
        """Fetch fresh rows of some records (after a save or delete) without a reload."""
        if self._rows_stale:
            return
        wanted = set(ids)
        rows = self.config.query(self.context.uow(), wanted)
        self._syncing = True
        try:
            self.model.upsert(rows)
            self.model.remove(wanted - {row[0] for row in rows})
            self._reselect()
        finally:
            self._syncing = False
        self._update_count()

    def _reselect(self) -> None:
        if self._row_id is not None:
            self.table.select_id(self._row_id)

    def row_id_of(self, record: Record[Any]) -> str:
        """The id of the table row that shows ``record``."""
        return record.id

    def record_title(self, record: Record[Any]) -> str:
        """What the heading, the undo menu and the delete question call the record."""
        return data_title(record.data)

    def save_state(self) -> None:
        self.table.save_state()
        self.detail.save_state()
        window_state.save_splitter(self.splitter, self._splitter_key)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr_(self.config.title))
        if self.config.new_text:
            self.new_button.setText("+ " + self.tr_(self.config.new_text))
            self.new_button.setToolTip(_tr("Einen neuen Eintrag anlegen (Strg+N)"))
        self.filter_label.setText(_tr("&Filter:"))
        self.filter_edit.setPlaceholderText(_tr("Tippen zum Filtern (Strg+F)"))
        self.filter_edit.setAccessibleName(_tr("Filter für %1").replace("%1", self.heading.text()))
        self.table.setAccessibleName(_tr("Tabelle: %1").replace("%1", self.heading.text()))
        self.detail.hint.setText(
            _tr("Links einen Eintrag auswählen – oder mit Strg+N „%1“ anlegen.").replace(
                "%1", self.tr_(self.config.new_heading)
            )
        )
        self.detail.retranslate_ui()
        self.model.retranslate()
        self._update_count()
        self._update_heading()
        if self.form is not None:
            self.form.retranslate_ui()

    # --- filter ----------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self._syncing = True
        try:
            self.model.set_filter(self.filter_edit.text())
            self._reselect()
        finally:
            self._syncing = False
        self._update_count()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def focus_start(self) -> None:
        """The list (↑/↓ pick, Enter opens), or the filter while the list is empty."""
        target = self.table if self.model.rowCount() else self.filter_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self.apply_filter()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_filter()
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid() and self.model.rowCount():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        total, shown = self.model.total_count(), self.model.rowCount()
        number = f"{total:,}".replace(",", ".")
        if self.model.is_filtered():
            text = _tr("%1 von %2").replace("%1", f"{shown:,}".replace(",", "."))
            self.count_label.setText(text.replace("%2", number))
        else:
            self.count_label.setText(plural("RecordPage", "%Ln Einträge", total))
        if total == 0:
            self.stack.show_empty(self.tr_(self.config.empty_text))
        elif shown == 0:
            text = _tr("Nichts gefunden für „%1“.\nEsc im Filterfeld zeigt wieder alle.")
            self.stack.show_empty(text.replace("%1", self.filter_edit.text().strip()))
        else:
            self.stack.show_empty(None)

    # --- opening records -------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id == self._row_id:
            return
        if not self.confirm_leave():
            self._syncing = True
            try:
                self.table.select_id(self._row_id)
            finally:
                self._syncing = False
            return
        self._syncing = True
        try:
            self.table.select_id(record_id)  # saving may have moved the selection
        finally:
            self._syncing = False
        self.open(record_id)

    def open(self, record_id: str) -> bool:
        """Show one record in the form."""
        try:
            record = records.get(self.context.uow(), self.spec, record_id)
        except NotFoundError as error:
            self.message.emit(error.message)
            self.refresh_rows([record_id])
            return False
        self._show_record(record)
        return True

    def _show_record(self, record: Record[Any]) -> None:
        form = self._ensure_form()
        form.clear_errors()
        form.load(record)
        self.current, self._new = record, False
        self._row_id = self.row_id_of(record)
        self.detail.show_form(True)
        self.detail.delete_button.setEnabled(not record.deleted)
        self._update_heading()
        self.load_related(record)
        self.update_extras()

    def _show_nothing(self) -> None:
        self.current, self._new, self._row_id = None, False, None
        self.detail.show_form(False)
        self._update_heading()
        self.load_related(None)
        self.update_extras()

    def show_record(self, record_id: str) -> bool:
        self.activate()
        if self.model.row_of(record_id) < 0 and self.model.is_filtered():
            self.filter_edit.clear()
            self.apply_filter()
        self._syncing = True
        try:
            self.table.select_id(record_id)
        finally:
            self._syncing = False
        return self.open(record_id)

    def _focus_form(self) -> None:
        """Enter on a table row: go on editing it."""
        if self.form is not None and (self.current is not None or self._new):
            self._focus_first_field()

    def _navigate_from_related(self, kind_code: str, record_id: str) -> None:
        self.navigate.emit(kind_code, record_id)

    def heading_text(self) -> str:
        """The detail panel's heading for what the form shows."""
        if self._new:
            return self.tr_(self.config.new_heading)
        if self.current is not None:
            return f"{kind_label(self.kind_code)}: {self.record_title(self.current)}"
        return ""

    def _update_heading(self) -> None:
        text = self.heading_text()
        if self.form is not None and (self._new or self.current) and self.form.is_dirty():
            text += _tr(" – geändert")
        self.detail.heading.setText(text)
