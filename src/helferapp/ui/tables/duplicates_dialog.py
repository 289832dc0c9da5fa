"""Bearbeiten → Dubletten suchen …: probable duplicates, ranked, and merging a pair.

The list shows pairs of Personen, Helferkreise or Stellen with a score and the reason
("gleiche Telefonnummer", "ähnlicher Name (90 %)"). "Zusammenführen …" opens the two
side by side: for every field that differs, the user picks the value to keep; the
other record goes to the Papierkorb marked as merged, and everything that pointed to it
(Angebote, Kontakte, Personen, Bündnispartner) moves to the kept one — on this laptop
now, on the others with their next import.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.domain.labels import field_label
from helferapp.domain.validation import format_date
from helferapp.services import records
from helferapp.services.duplicates import SPECS, DuplicateCandidate, find_duplicates, merge_records
from helferapp.services.entities import GROUPS, ORGANISATIONS
from helferapp.services.records import EntitySpec
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.tasks import run_with_progress

KINDS = (("person", "Personen"), ("group", "Helferkreise"), ("organisation", "Stellen"))
TABLES = {"person": "person", "group": "helper_group", "organisation": "organisation"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text)


def _message(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def shown_value(context: AppContext, name: str, value: Any) -> str:
    """A field value as a person reads it (names for links, labels for codes)."""
    if value is None or value == "" or value == ():
        return "–"
    if name in ("group_id", "organisation_id"):
        spec: EntitySpec[Any] = GROUPS if name == "group_id" else ORGANISATIONS
        try:
            return str(records.get(context.uow(), spec, value).data.name)
        except UserError:
            return "?"
    if isinstance(value, bool):
        return _tr("ja") if value else _tr("nein")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return QCoreApplication.translate("enums", str(getattr(value, "label", value.value)))
    if isinstance(value, tuple):
        return ", ".join(shown_value(context, "", item) for item in value)
    return str(value)


class MergeDialog(QDialog):
    """Two records side by side; per differing field a choice; which one is kept."""

    def __init__(
        self, context: AppContext, pair: DuplicateCandidate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.pair = context, pair
        spec = SPECS[pair.kind]
        self.first = records.get(context.uow(), spec, pair.first_id)
        self.second = records.get(context.uow(), spec, pair.second_id)
        self.setWindowTitle(_tr("Zusammenführen"))
        self.resize(820, 560)
        intro = QLabel(
            _tr(
                "Für jedes Feld, das sich unterscheidet, den Wert wählen, der bleiben soll. "
                "Der andere Eintrag kommt in den Papierkorb; alles, was auf ihn verweist, "
                "zeigt danach auf den behaltenen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keep_first = QRadioButton(_tr("Behalten: &links"), self)
        self.keep_second = QRadioButton(_tr("Behalten: &rechts"), self)
        self.keep_first.setChecked(True)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for column, text in enumerate((_tr("Feld"), pair.first_title, pair.second_title)):
            header = QLabel(f"<b>{_escape(text)}</b>", grid_host)
            grid.addWidget(header, 0, column)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        table = TABLES[pair.kind]
        row = 1
        for item in dataclasses.fields(self.first.data):
            left, right = getattr(self.first.data, item.name), getattr(self.second.data, item.name)
            label = QCoreApplication.translate("labels", field_label(table, item.name))
            grid.addWidget(QLabel(label, grid_host), row, 0)
            texts = (shown_value(context, item.name, left), shown_value(context, item.name, right))
            if left == right:
                grid.addWidget(QLabel(texts[0], grid_host), row, 1, 1, 2)
            else:
                group = QButtonGroup(self)
                buttons = (QRadioButton(texts[0], grid_host), QRadioButton(texts[1], grid_host))
                for column, button in enumerate(buttons, start=1):
                    group.addButton(button)
                    grid.addWidget(button, row, column)
                empty_left = left in (None, "", ())
                buttons[1 if empty_left else 0].setChecked(True)
                self.choices[item.name] = buttons
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        button_box = QDialogButtonBox(self)
        self.merge_button = button_box.addButton(
            _tr("&Zusammenführen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        button_box.addButton(_tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        button_box.accepted.connect(self.merge)
        button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(keep_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(button_box)

    def chosen(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, (left, _right) in self.choices.items():
            source = self.first if left.isChecked() else self.second
            values[name] = getattr(source.data, name)
        return values

    def merge(self) -> None:
        keep, drop = (self.first, self.second)
        if self.keep_second.isChecked():
            keep, drop = drop, keep
        try:
            merge_records(self.context.uow(), self.pair.kind, keep.id, drop.id, self.chosen())
        except UserError as error:
            prompts.warn(self, _tr("Nicht zusammengeführt"), _message(error.message))
            return
        self.dropped_id = drop.id
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DuplicatesDialog(QDialog):
    """The ranked list; see the module docstring.

    Signals:
        merged(kind, kept_id): a pair was merged (pages showing that kind reload).
    """

    merged = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: list[DuplicateCandidate] = []
        self.setWindowTitle(_tr("Dubletten suchen"))
        self.resize(900, 560)
        self.kind_box = QComboBox(self)
        for code, title in KINDS:
            self.kind_box.addItem(QCoreApplication.translate("labels", title), code)
        self.kind_box.currentIndexChanged.connect(lambda _index: self.search())
        kind_label = QLabel(_tr("&Suchen unter:"), self)
        kind_label.setBuddy(self.kind_box)
        self.status = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(_tr("Gefundene Dubletten"))
        self.table.setHorizontalHeaderLabels(
            [_tr("Ähnlichkeit"), _tr("Eintrag"), _tr("wahrscheinlich gleich mit"), _tr("Grund")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.merge_button = QPushButton(_tr("&Zusammenführen …"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        close = QPushButton(_tr("S&chließen"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_box)
        top.addWidget(self.status, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def search(self) -> None:
        uow, kind = self.context.uow(), self.kind()
        try:
            self.found = run_with_progress(
                self,
                _tr("Dubletten suchen"),
                _tr("Einträge werden verglichen …"),
                lambda _cancelled, _progress: find_duplicates(uow, kind),
                cancellable=False,
            )
        except UserError as error:
            prompts.warn(self, _tr("Suche nicht möglich"), _message(error.message))
            return
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.found))
        for row, pair in enumerate(self.found):
            reasons = ", ".join(QCoreApplication.translate("messages", r) for r in pair.reasons)
            cells = (f"{pair.score} %", pair.first_title, pair.second_title, reasons)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(
            _tr("%1 wahrscheinliche Dubletten, die wahrscheinlichsten zuerst.").replace(
                "%1", str(len(self.found))
            )
            if self.found
            else _tr("Keine wahrscheinlichen Dubletten gefunden.")
        )
        if self.found:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(bool(self.table.selectedItems()))

    def merge_selected(self) -> MergeDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        pair = self.found[rows[0].row()]
        try:
            dialog = MergeDialog(self.context, pair, self)
        except UserError as error:
            prompts.warn(self, _tr("Nicht möglich"), _message(error.message))
            return None
        if dialog.exec():
            gone = dialog.dropped_id
            self.found = [p for p in self.found if gone not in (p.first_id, p.second_id)]
            self._fill()
            kept = pair.second_id if gone == pair.first_id else pair.first_id
            self.merged.emit(pair.kind, kept)
        return dialog
