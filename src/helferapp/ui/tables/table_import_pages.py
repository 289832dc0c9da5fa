"""The first two steps of the table import wizard: the file, and what its columns mean.

Kept apart from ``table_import_wizard`` (preview, import, summary) so that each module
stays short; both only ask and show, ``services.table_import`` does the work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from helferapp.domain.errors import UserError
from helferapp.services import cell_values, records
from helferapp.services.column_mapping import IGNORE, TARGETS, guess_mapping, guess_target
from helferapp.services.entities import GROUPS, ORGANISATIONS
from helferapp.services.records import EntitySpec
from helferapp.services.table_files import read_table
from helferapp.services.table_import import ImportPlan, require_mapping
from helferapp.ui import prompts


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableImportWizard", text)


def _message(text: str) -> str:
    return QCoreApplication.translate("messages", text)


class FilePage(QWizardPage):
    """Which file, which sheet, and what kind of records it holds."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(_tr("Liste auswählen"))
        self.setSubTitle(
            _tr("Eine Excel-Datei (.xlsx) oder CSV-Datei wählen und angeben, was sie enthält.")
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(_tr("Gewählte Datei"))
        self.browse = QPushButton(_tr("Durch&suchen …"), self)
        self.browse.clicked.connect(self.choose_file)
        self.sheet_box = QComboBox(self)
        self.sheet_box.currentTextChanged.connect(self._sheet_changed)
        self.target_box = QComboBox(self)
        for code, target in TARGETS.items():
            self.target_box.addItem(QCoreApplication.translate("labels", target.label), code)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(_tr("&Datei:"), row)
        form.addRow(_tr("&Tabellenblatt:"), self.sheet_box)
        form.addRow(_tr("&Enthält:"), self.target_box)
        form.addRow(self.info)
        self._loading = False

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Liste öffnen"), str(Path.home()),
            _tr("Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)"),
        )  # fmt: skip
        if path:
            self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> bool:
        try:
            table = read_table(path, sheet)
        except UserError as error:
            prompts.warn(self, _tr("Liste nicht lesbar"), _message(error.message))
            return False
        self.owner.path, self.owner.table = path, table
        self.path_edit.setText(str(path))
        self._loading = True
        self.sheet_box.clear()
        self.sheet_box.addItems(table.sheets)
        self.sheet_box.setCurrentText(table.sheet)
        self.sheet_box.setEnabled(len(table.sheets) > 1)
        self._loading = False
        details = (
            _tr("%1 Zeilen mit Daten, %2 Spalten.")
            .replace("%1", str(len(table.rows)))
            .replace("%2", str(len(table.headers)))
        )
        if table.encoding:
            details += " " + _tr("Zeichensatz %1, getrennt durch „%2“.").replace(
                "%1", table.encoding
            ).replace("%2", "Tab" if table.delimiter == "\t" else table.delimiter)
        self.info.setText(details)
        self.target_box.setCurrentIndex(self.target_box.findData(guess_target(table.headers)))
        self.completeChanged.emit()
        return True

    def _sheet_changed(self, sheet: str) -> None:
        if not self._loading and sheet and self.owner.path is not None:
            self.load(self.owner.path, sheet)

    def isComplete(self) -> bool:
        return self.owner.table is not None and bool(self.owner.table.rows)

    def validatePage(self) -> bool:
        self.owner.target = str(self.target_box.currentData())
        return True


class MappingPage(QWizardPage):
    """Column → field, with the header, two sample values and the guess preselected."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(_tr("Spalten zuordnen"))
        self.setSubTitle(
            _tr(
                "Für jede Spalte wählen, wohin sie gehört. Vorgeschlagen ist, was die "
                "Überschrift nahelegt."
            )
        )
        self.grid = QTableWidget(0, 3, self)
        self.grid.setHorizontalHeaderLabels(
            [_tr("Spalte"), _tr("Beispiele"), _tr("Übernehmen als")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.default_box = QComboBox(self)
        self.default_label = QLabel(_tr("Fehlt der Helferkreis in einer Zeile, gilt:"), self)
        self.default_label.setBuddy(self.default_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(self.default_label)
        row.addWidget(self.default_box, 1)
        layout.addLayout(row)
        self.combos: list[QComboBox] = []
        self.needs_default = False

    def initializePage(self) -> None:
        table, target = self.owner.table, TARGETS[self.owner.target]
        assert table is not None
        guess = guess_mapping(target, table.headers)
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for column, header in enumerate(table.headers):
            samples = [table.cell(index, column) for index in range(min(len(table.rows), 3))]
            text = " · ".join(
                cell_values.text(value) for value in samples if value not in (None, "")
            )
            self.grid.setItem(column, 0, QTableWidgetItem(header))
            self.grid.setItem(column, 1, QTableWidgetItem(text))
            combo = QComboBox(self.grid)
            combo.addItem(_tr("– nicht übernehmen –"), IGNORE)
            for item in target.fields:
                combo.addItem(QCoreApplication.translate("labels", item.label), item.key)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(column, IGNORE))))
            combo.setAccessibleName(_tr("Spalte %1 übernehmen als").replace("%1", header))
            self.grid.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 260)
        self._fill_defaults(target.code)

    def _fill_defaults(self, code: str) -> None:
        self.default_box.clear()
        needs = self.needs_default = code in ("person", "programme", "contact")
        self.default_box.setVisible(needs)
        self.default_label.setVisible(needs)
        if not needs:
            return
        self.default_box.addItem(_tr("– keiner (Spalte der Liste) –"), None)
        uow = self.owner.context.uow()
        owners: tuple[tuple[EntitySpec[Any], str], ...] = (
            (GROUPS, "group"),
            (ORGANISATIONS, "organisation"),
        )
        for spec, key in owners:
            for record in records.list_records(uow, spec):
                label = _tr("Helferkreis") if key == "group" else _tr("Stelle")
                self.default_box.addItem(f"{record.data.name} ({label})", f"{key}:{record.id}")

    def mapping(self) -> dict[int, str]:
        return {
            column: str(combo.currentData())
            for column, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def defaults(self) -> dict[str, str]:
        chosen = self.default_box.currentData() if self.needs_default else None
        if not chosen:
            return {}
        key, _, record_id = str(chosen).partition(":")
        return {key: record_id}

    def validatePage(self) -> bool:
        mapping = self.mapping()
        doubled = {key for key in mapping.values() if list(mapping.values()).count(key) > 1}
        if doubled:
            prompts.warn(
                self,
                _tr("Doppelt zugeordnet"),
                _tr("Jedes Feld bitte nur einer Spalte zuordnen."),
            )
            return False
        try:
            require_mapping(ImportPlan(self.owner.target, mapping, self.defaults()))
        except UserError as error:
            prompts.warn(self, _tr("Zuordnung unvollständig"), _message(error.message))
            return False
        return True
