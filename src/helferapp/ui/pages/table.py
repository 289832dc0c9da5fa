"""The table of a page: sortable, remembers its columns, says so when it is empty.

A ``RecordTable`` is a QTableView set up for tens of thousands of rows (fixed row
height, no per-row header, no resize-to-contents), plus an ``EmptyState`` label that
takes its place when there is nothing to show, saying what to do next. ``small_table``
is the plain read-only table of a short list (the Übersicht's Wiedervorlagen and recent
changes): no sorting and no remembered columns.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from helferapp.ui.models.table_model import RecordTableModel
from helferapp.ui.settings import window_state


def _rows_to_pick(view: QTableView) -> None:
    """Rows to open, not cells to edit: one whole row at a time, no row numbers, one
    line per row at a fixed height, and Tab leaves the table instead of walking cells."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    _fit_row_height(view)


def _fit_row_height(view: QTableView) -> None:
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def _declared_widths(view: QTableView, model: RecordTableModel) -> None:
    """Each column as wide as its declaration asks, in average characters."""
    unit = view.fontMetrics().averageCharWidth()
    for number, column in enumerate(model.columns()):
        view.setColumnWidth(number, column.width * unit + 16)


def small_table(model: RecordTableModel, parent: QWidget) -> QTableView:
    """A read-only table of a short list, one row selected at a time, columns as declared."""
    view = QTableView(parent)
    view.setModel(model)
    _rows_to_pick(view)
    _declared_widths(view, model)
    return view


class RecordTable(QTableView):
    """Rows of one kind; one row selected at a time; column layout remembered."""

    def __init__(
        self,
        model: RecordTableModel,
        settings_key: str,
        parent: QWidget | None = None,
        *,
        default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
    ) -> None:
        super().__init__(parent)
        self._settings_key = settings_key
        self.setModel(model)
        _rows_to_pick(self)
        self.setSortingEnabled(False)
        # In the middle: ten "Kommunales Integrationszentrum …" then differ where they
        # differ, at the end ("… Landkreis Augsburg", "… Stadt Augsburg").
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        if not window_state.restore_header(header, self._header_key):
            self.default_widths()
            header.setSortIndicator(*default_sort)
        self.setSortingEnabled(True)

    @property
    def _header_key(self) -> str:
        return f"tables/{self._settings_key}/header"

    def record_model(self) -> RecordTableModel:
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def default_widths(self) -> None:
        _declared_widths(self, self.record_model())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            _fit_row_height(self)
        super().changeEvent(event)

    def save_state(self) -> None:
        window_state.save_header(self.horizontalHeader(), self._header_key)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.record_model().id_at(index.row())

    def select_id(self, record_id: str | None) -> bool:
        """Make the record's row current (scrolling to it); False if it is not shown."""
        if record_id is None:
            self.clearSelection()
            self.setCurrentIndex(self.model().index(-1, -1))
            return False
        row = self.record_model().row_of(record_id)
        if row < 0:
            return False
        index = self.model().index(row, max(self.currentIndex().column(), 0))
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True


class EmptyState(QLabel):
    """A friendly sentence where the table would be: what is missing, what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(24)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)


class TableStack(QStackedWidget):
    """The table, or the empty state when the (filtered) table has no rows."""

    def __init__(self, table: RecordTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = EmptyState(self)
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_empty(self, text: str | None) -> None:
        """Show ``text`` instead of the table, or the table when ``text`` is None."""
        if text is None:
            self.setCurrentWidget(self.table)
        else:
            self.empty.setText(text)
            self.setCurrentWidget(self.empty)
