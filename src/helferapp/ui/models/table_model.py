"""One table model for every list of records: plain tuples in, filter and sort in memory.

Why not a QSortFilterProxyModel: its filter calls back into Python once per row and key
press, which over 25,000 Angebote costs more than the whole keystroke budget. Here each
row carries its pre-folded ``search`` text (see ``services.queries``), so filtering is a
list comprehension of substring tests; typing one more letter only narrows the rows
already shown. Sorting uses a cheap per-column key. Cell texts are made on demand by the
``Column`` that describes each column, so only the visible rows are ever formatted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from helferapp.domain.text_folding import fold_terms
from helferapp.services.queries import sort_key
from helferapp.ui.models.display import warning_colour

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role under which every cell returns the id of its row's record."""

WARNING_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that tells whether a row is marked (no consent, overdue): bool."""

AnyIndex = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = {int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)}
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ID = int(ID_ROLE.value) if hasattr(ID_ROLE, "value") else int(ID_ROLE)
_WARNING = int(WARNING_ROLE.value) if hasattr(WARNING_ROLE, "value") else int(WARNING_ROLE)
_ROLES = _TEXT_ROLES | {_ALIGNMENT, _FOREGROUND, _ID, _WARNING}
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column:
    """One column: its German title and how a row shows and sorts in it.

    Attributes:
        title: untranslated German header (translated in context "columns").
        text: the cell's text for a row.
        key: sort key for a row; default: the text in German dictionary order.
        width: default width in average characters.
        right: align right (numbers).
        tooltip: untranslated German header tooltip (context "columns"), for a short
            title that needs its full words; default: the title.
    """

    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None
    width: int = 18
    right: bool = False
    tooltip: str = ""


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, filtered and sorted in memory.

    Rows are tuples whose first element is the record id and (for filtering) whose last
    element is the folded search text. ``warn`` marks rows that need attention.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        parent: Any = None,
        *,
        warn: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._warn = warn
        self._all: list[Any] = []
        self._visible: list[Any] = []
        self._terms: list[str] = []
        self._positions: dict[str, int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content ---------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace all rows (keeps the filter and the sort order)."""
        self.beginResetModel()
        self._all = list(rows)
        if self._sort is not None:
            self._sort_all(*self._sort)
        self._visible = self._matching(self._all, self._terms)
        self._positions = None
        self.endResetModel()

    def total_count(self) -> int:
        """Rows before filtering."""
        return len(self._all)

    def row_at(self, row: int) -> Any:
        return self._visible[row]

    def id_at(self, row: int) -> str:
        return str(self._visible[row][0])

    def row_of(self, record_id: str) -> int:
        """Visible position of the record, or -1 when it is filtered out or unknown."""
        if self._positions is None:
            self._positions = {item[0]: number for number, item in enumerate(self._visible)}
        return self._positions.get(record_id, -1)

    def contains(self, record_id: str) -> bool:
        return any(item[0] == record_id for item in self._all)

    def upsert(self, rows: Iterable[Any]) -> None:
        """Put fresh versions of some rows in place; new ones go to the end."""
        for fresh in rows:
            for number, item in enumerate(self._all):
                if item[0] == fresh[0]:
                    self._all[number] = fresh
                    break
            else:
                self._all.append(fresh)
            position = self.row_of(fresh[0])
            shown = bool(self._matching([fresh], self._terms))
            if position >= 0:
                self._visible[position] = fresh
                last = self.index(position, self.columnCount() - 1)
                self.dataChanged.emit(self.index(position, 0), last)
            elif shown:
                end = len(self._visible)
                self.beginInsertRows(QModelIndex(), end, end)
                self._visible.append(fresh)
                self._positions = None
                self.endInsertRows()

    def remove(self, record_ids: Iterable[str]) -> None:
        """Drop rows (a record went to the Papierkorb)."""
        gone = set(record_ids)
        self._all = [item for item in self._all if item[0] not in gone]
        for record_id in gone:
            position = self.row_of(record_id)
            if position >= 0:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._visible[position]
                self._positions = None
                self.endRemoveRows()

    # --- filter ----------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only rows whose search text holds every word of ``text`` (folded)."""
        terms = fold_terms(text)
        if terms == self._terms:
            return
        narrower = bool(self._terms) and all(
            any(old in new for new in terms) for old in self._terms
        )
        source = self._visible if narrower else self._all
        self.beginResetModel()
        self._visible = self._matching(source, terms)
        self._terms = terms
        self._positions = None
        self.endResetModel()

    @staticmethod
    def _matching(rows: list[Any], terms: list[str]) -> list[Any]:
        for term in terms:
            rows = [row for row in rows if term in row[-1]]
        return rows if terms else list(rows)

    def is_filtered(self) -> bool:
        return bool(self._terms)

    # --- sort ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.id_at(index.row()) if index.isValid() else None for index in persistent]
        self._sort = (column, order)
        self._sort_all(column, order)
        self._visible = self._matching(self._all, self._terms)
        self._positions = None
        for old, record_id in zip(persistent, ids, strict=True):
            row = self.row_of(record_id) if record_id is not None else -1
            new = self.index(row, old.column()) if row >= 0 else QModelIndex()
            self.changePersistentIndex(old, new)
        self.layoutChanged.emit()

    def _sort_all(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        if spec.key is not None:
            key = spec.key
        else:
            text = spec.text

            def key(row: Any) -> Any:
                return sort_key(text(row))

        descending = order == Qt.SortOrder.DescendingOrder
        self._all.sort(key=key, reverse=descending)

    # --- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role at each repaint: roles are compared as
        # plain ints, and roles that no table uses are turned away first.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self._columns[index.column()].text(self._visible[index.row()])
        if role == _ALIGNMENT:
            return _RIGHT if self._columns[index.column()].right else _LEFT
        row = self._visible[index.row()]
        if role == _ID:
            return row[0]
        warned = bool(self._warn and self._warn(row))
        if role == _WARNING:
            return warned
        return warning_colour(QGuiApplication.palette()) if warned else None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            return QCoreApplication.translate("columns", column.tooltip or column.title)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("columns", self._columns[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._visible):
            return str(section + 1)
        return None

    def retranslate(self) -> None:
        """Headers and enum labels are translated when shown; make the view ask again."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._visible:
            last = self.index(len(self._visible) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def enum_key(member: Enum | None) -> str:
    """Sort enums by their label, like the user sees them."""
    return sort_key(getattr(member, "label", "")) if member is not None else ""
