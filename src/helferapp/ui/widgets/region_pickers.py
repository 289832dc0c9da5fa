"""Pickers for Gebiete: one Gemeinde (or Kreis), or a list of Gemeinden.

Names repeat all over Bavaria, so every entry shows its kind and Kreis
("Gersthofen (Stadt, Landkreis Augsburg)"); typing searches the name and the Kreis with
Umlaut folding and lists hits in the name first.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.text_folding import fold
from helferapp.services.regions import RegionRow
from helferapp.ui.widgets.choices import Choice
from helferapp.ui.widgets.searchable_combo import SearchableComboBox


@lru_cache(maxsize=4096)
def _region_choice(row: RegionRow) -> Choice:
    return Choice(row.ags, row.display, row.search_text, fold(row.name))


def region_choices(rows: Iterable[RegionRow]) -> list[Choice]:
    """One picker entry per Gebiet, ranked by its own name (made once per Gebiet)."""
    return [_region_choice(row) for row in rows]


class RegionPicker(SearchableComboBox):
    """Pick one Gebiet by typing part of its name (or its Kreis)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
        empty_key: str | None = None,
    ) -> None:
        super().__init__(parent, allow_empty=allow_empty, empty_key=empty_key)
        self.setMinimumContentsLength(32)

    def set_regions(self, rows: Iterable[RegionRow]) -> None:
        self.set_choices(region_choices(rows))


class _ChosenList(QListWidget):
    """The list of chosen Gemeinden; Entf removes the selected one."""

    removeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)


class RegionListEditor(QWidget):
    """Several Gemeinden: type to find one, it is added to the list; "Entfernen" drops one."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._displays: dict[str, str] = {}
        self.picker = RegionPicker(self)
        self.picker.picked.connect(self._add_picked)
        self.list = _ChosenList(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.removeRequested.connect(self.remove_selected)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addLayout(row)
        self.setFocusProxy(self.picker)
        self.setTabOrder(self.picker, self.list)
        self.setTabOrder(self.list, self.remove_button)
        self._fit_list()
        self._update_buttons()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.picker.set_empty_text(self.tr("– Gemeinde hinzufügen –"))
        self.picker.set_placeholder(self.tr("Gemeinde suchen und hinzufügen …"))
        self.remove_button.setText(self.tr("Entfernen"))
        self.remove_button.setToolTip(self.tr("Die markierte Gemeinde aus der Liste nehmen"))
        self.list.setAccessibleName(self.tr("Gewählte Gemeinden"))
        self.picker.setAccessibleName(self.tr("Gemeinde hinzufügen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_regions(self, rows: Iterable[RegionRow]) -> None:
        rows = list(rows)
        self._displays = {row.ags: row.display for row in rows}
        self.picker.set_regions(rows)

    def value(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        )

    def set_value(self, value: tuple[str, ...]) -> None:
        self.list.clear()
        for ags in value:
            self._append(ags)
        self._fit_list()
        self._update_buttons()

    def add(self, ags: str) -> None:
        """Add a Gemeinde (once) as if the user had picked it."""
        if ags in self.value():
            return
        self._append(ags)
        self._fit_list()
        self._update_buttons()
        self.valueChanged.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._fit_list()
        self._update_buttons()
        self.valueChanged.emit()

    def _append(self, ags: str) -> None:
        item = QListWidgetItem(self._displays.get(ags, ags))
        item.setData(Qt.ItemDataRole.UserRole, ags)
        self.list.addItem(item)

    def _add_picked(self) -> None:
        ags = self.picker.value_or_none()
        if ags is None:
            return
        self.add(ags)
        self.picker.set_value(None)
        self.list.setCurrentRow(self.list.count() - 1)

    def _fit_list(self) -> None:
        rows = min(max(self.list.count(), 2), 6)
        height = self.list.sizeHintForRow(0) if self.list.count() else 0
        height = max(height, self.list.fontMetrics().height() + 4)
        self.list.setFixedHeight(rows * height + 2 * self.list.frameWidth() + 4)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
