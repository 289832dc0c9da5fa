"""Item models for pickers: a list of choices, and a folding, ranking filter over it.

A ``Choice`` is one entry a person can pick: a key (an id or an AGS), the text shown and
the folded text searched. ``ChoiceFilterProxy`` keeps the rows whose search text holds
every typed word ("wurzburg" finds "Würzburg") and puts the best hits first: names that
start with what was typed, then names that contain it, then rows that match only in
their Kreis or other context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from helferapp.domain.text_folding import fold, fold_terms

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CREATE_KEY = "\x00create"
"""Key of a picker's „„X“ neu anlegen …“ row: listed only when nothing else matches."""


@lru_cache(maxsize=65536)
def cached_fold(text: str) -> str:
    """``fold`` remembered: pickers fold the same names again at every refresh."""
    return fold(text)


ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    """One entry of a picker.

    Attributes:
        key: what the picker's ``value()`` returns (an id, an AGS; None for "no choice").
        display: the text shown in lists and in the input line.
        search_text: folded text that typed words are looked up in (default: ``display``).
        name: folded main name, used to rank hits (default: ``search_text``).
        edit_text: what the input line shows while the row is highlighted (default:
            ``display``); the "neu anlegen" row keeps the typed text there.
    """

    key: str | None
    display: str
    search_text: str = ""
    name: str = ""
    tooltip: str = field(default="", compare=False)
    edit_text: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.search_text:
            object.__setattr__(self, "search_text", cached_fold(self.display))
        if not self.name:
            object.__setattr__(self, "name", self.search_text)

    def rank(self, folded_query: str, terms: list[str]) -> int:
        """0: the name starts with the query; 1: the name holds every word; 2: else."""
        if self.name.startswith(folded_query):
            return 0
        if all(term in self.name for term in terms):
            return 1
        return 2

    def matches(self, terms: list[str]) -> bool:
        return all(term in self.search_text for term in terms)


class ChoiceListModel(QAbstractListModel):
    """A flat, read-only list of ``Choice`` rows.

    The first row may be an "empty" choice (key None) whose edit text is empty, so that an
    editable combo box shows its placeholder while nothing is chosen.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._rows_by_key: dict[str | None, int] = {}

    def set_choices(self, choices: list[Choice]) -> None:
        """Replace every row (one model reset)."""
        self.beginResetModel()
        self._choices = list(choices)
        self._rows_by_key = {}
        for row, choice in enumerate(self._choices):
            self._rows_by_key.setdefault(choice.key, row)
        self.endResetModel()

    def choices(self) -> list[Choice]:
        return self._choices

    def replace_choice(self, row: int, choice: Choice) -> None:
        """Change one row in place (e.g. the text of the "no choice" entry)."""
        same_key = self._choices[row].key == choice.key
        self._choices[row] = choice
        if not same_key:
            self._rows_by_key = {}
            for index, item in enumerate(self._choices):
                self._rows_by_key.setdefault(item.key, index)
        changed = self.index(row, 0)
        self.dataChanged.emit(changed, changed)

    def choice(self, row: int) -> Choice:
        return self._choices[row]

    def row_of(self, key: str | None) -> int:
        """The row of ``key``, or -1."""
        return self._rows_by_key.get(key, -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.display
        if role == Qt.ItemDataRole.EditRole:
            return "" if choice.key is None else (choice.edit_text or choice.display)
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.tooltip or choice.display
        if role == KEY_ROLE:
            return choice.key
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._choices[index.row()].key == CREATE_KEY:
            # Not a value of the combo box (the arrow keys skip it); the filter enables it.
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class ChoiceFilterProxy(QAbstractProxyModel):
    """The rows of a ``ChoiceListModel`` that match typed words (folded), best hits first.

    Filtering and ranking run in plain Python over the choices (a few milliseconds for
    the 2,056 Gemeinden); Qt only sees the resulting row list. An empty query lists
    every real choice (not the "no choice" entry) in the source order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._terms: list[str] = []
        self._rows: list[int] = []
        self._positions: dict[int, int] = {}

    def setSourceModel(self, model: Any) -> None:
        if not isinstance(model, ChoiceListModel):
            raise TypeError("ChoiceFilterProxy needs a ChoiceListModel")
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelReset.connect(self._refilter)
        self._rows = self._matching_rows()
        self._positions = {row: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def set_query(self, query: str) -> None:
        """Show the rows matching ``query``; an empty query shows every real choice."""
        self._query = fold(query)
        self._terms = fold_terms(query)
        self._refilter()

    def query(self) -> str:
        return self._query

    def _source(self) -> ChoiceListModel:
        model = self.sourceModel()
        assert isinstance(model, ChoiceListModel)
        return model

    def _matching_rows(self) -> list[int]:
        choices = self._source().choices()
        terms, query = self._terms, self._query
        hits = [
            (choice.rank(query, terms), row)
            for row, choice in enumerate(choices)
            if choice.key is not None and choice.key != CREATE_KEY and choice.matches(terms)
        ]
        hits.sort()
        if not hits and query and choices and choices[-1].key == CREATE_KEY:
            return [len(choices) - 1]  # nothing matches: offer to create it
        return [row for _rank, row in hits]

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._matching_rows()
        self._positions = {row: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source().data(self.mapToSource(index), role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def key_at(self, row: int) -> str | None:
        """The key of the hit in ``row``."""
        return self._source().choice(self._rows[row]).key

    def first_key(self) -> str | None:
        """The key of the best hit, or None when nothing matches."""
        if not self._rows:
            return None
        return self._source().choice(self._rows[0]).key

    def keys(self) -> list[str | None]:
        """The keys of all hits, best first."""
        source = self._source()
        return [source.choice(row).key for row in self._rows]

    # ----- QAbstractProxyModel ----------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self._source().index(self._rows[proxy_index.row()], 0)

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        position = self._positions.get(source_index.row())
        return QModelIndex() if position is None else self.createIndex(position, 0)
