"""Datei → Tabelle importieren …: bring an Excel or CSV list in, step by step.

Steps: the file and what it holds (Helferkreise, Angebote, Stellen, Personen, Kontakte);
which column means what (guessed from the headers, changeable); a preview of the first
rows with every wrong cell marked and explained, the Gemeinde names that exist more than
once to choose from, and what to do with bad rows; then the import with a progress bar
and a summary that can be saved as CSV. The work is done by ``services.table_import``;
this module only asks and shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from helferapp.domain.errors import UserError
from helferapp.services import cell_values
from helferapp.services.table_files import Table
from helferapp.services.table_import import (
    BadRows,
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    Preview,
    check_rows,
    import_table,
    summary_csv,
)
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.tables.table_import_pages import FilePage, MappingPage
from helferapp.ui.tasks import run_with_progress

PREVIEW_ROWS = 50
ERROR_BACKGROUND = QColor(255, 220, 220)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableImportWizard", text)


def _message(text: str) -> str:
    return QCoreApplication.translate("messages", text)


class PreviewPage(QWizardPage):
    """The first rows as they would be imported, wrong cells red with the reason."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(_tr("Vorschau prüfen"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _tr("&Importieren"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setVisible(False)
        self.places = QGroupBox(_tr("Gemeinden mit gleichem Namen – bitte wählen"), self)
        self.places_form = QFormLayout(self.places)
        self.place_boxes: dict[str, QComboBox] = {}
        self.bad_group = QButtonGroup(self)
        self.skip = QRadioButton(_tr("Zeilen mit Fehlern &überspringen"), self)
        self.note = QRadioButton(
            _tr(
                "Zeilen mit Fehlern &trotzdem importieren – ohne die falschen Werte, mit "
                "Hinweis in den Notizen"
            ),
            self,
        )
        self.skip.setChecked(True)
        for button in (self.skip, self.note):
            self.bad_group.addButton(button)
            button.toggled.connect(lambda _on: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.places)
        layout.addWidget(self.skip)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        while self.places_form.rowCount():  # removing a row deletes its widgets
            self.places_form.removeRow(0)
        self.place_boxes = {}
        self.refresh()

    def plan(self) -> ImportPlan:
        mapping_page = self.owner.mapping_page
        choices = {
            name: str(box.currentData())
            for name, box in self.place_boxes.items()
            if box.currentData()
        }
        bad = BadRows.NOTE if self.note.isChecked() else BadRows.SKIP
        return ImportPlan(
            self.owner.target, mapping_page.mapping(), mapping_page.defaults(), choices, bad
        )

    def refresh(self) -> None:
        table = self.owner.table
        assert table is not None
        try:
            preview = check_rows(self.owner.context.uow(), table, self.plan(), limit=PREVIEW_ROWS)
        except UserError as error:
            prompts.warn(self, _tr("Vorschau nicht möglich"), _message(error.message))
            return
        self._add_place_questions(preview)
        self._show(table, preview)

    def _add_place_questions(self, preview: Preview) -> None:
        for name, candidates in preview.ambiguous.items():
            if name in self.place_boxes:
                continue
            box = QComboBox(self.places)
            box.addItem(_tr("– bitte wählen (sonst wird die Zeile übersprungen) –"), None)
            for ags, text in candidates:
                box.addItem(text, ags)
            box.currentIndexChanged.connect(lambda _index: self.refresh())
            self.place_boxes[name] = box
            self.places_form.addRow(f"„{name}“:", box)
        self.places.setVisible(bool(self.place_boxes))

    def _show(self, table: Table, preview: Preview) -> None:
        columns = sorted(self.owner.mapping_page.mapping())
        self.grid.clear()
        self.grid.setColumnCount(len(columns) + 1)
        self.grid.setRowCount(len(preview.rows))
        self.grid.setHorizontalHeaderLabels([_tr("Zeile"), *(table.headers[c] for c in columns)])
        for row, checked in enumerate(preview.rows):
            by_column = {error.column: error.message for error in checked.errors}
            number = QTableWidgetItem(str(checked.row_number))
            if checked.errors:
                number.setBackground(QBrush(ERROR_BACKGROUND))
                whole = [m for column, m in by_column.items() if column is None]
                number.setToolTip("\n".join(_message(m) for m in whole) or _tr("Zeile mit Fehlern"))
            self.grid.setItem(row, 0, number)
            for place, column in enumerate(columns, start=1):
                value = table.cell(checked.index, column)
                item = QTableWidgetItem(cell_values.text(value))
                if column in by_column:
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                    item.setToolTip(_message(by_column[column]))
                    item.setText(f"⚠ {item.text()}")
                self.grid.setItem(row, place, item)
        self.grid.resizeColumnsToContents()
        shown, bad = len(preview.rows), preview.bad
        text = _tr(
            "Die ersten %1 von %2 Zeilen; %3 davon mit Fehlern (rot markiert, die "
            "Erklärung erscheint beim Daraufzeigen)."
        )
        text = text.replace("%1", str(shown)).replace("%2", str(len(table.rows)))
        text = text.replace("%3", str(bad))
        self.status.setText(text)

    def validatePage(self) -> bool:
        table, plan, database = self.owner.table, self.plan(), self.owner.context.database
        assert table is not None

        def job(cancelled: Any, progress: Any) -> ImportSummary:
            return import_table(database, table, plan, cancelled=cancelled, progress=progress)

        try:
            self.owner.summary = run_with_progress(
                self, _tr("Tabelle importieren"), _tr("Zeilen werden importiert …"), job
            )
        except ImportCancelled as error:
            prompts.inform(self, _tr("Abgebrochen"), _message(error.message))
            return False
        except UserError as error:
            prompts.warn(self, _tr("Import nicht möglich"), _message(error.message))
            return False
        return True


class SummaryPage(QWizardPage):
    """n imported, n skipped with reasons; the whole list can be saved as CSV."""

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(_tr("Ergebnis"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.grid = QTableWidget(0, 3, self)
        self.grid.setHorizontalHeaderLabels([_tr("Zeile"), _tr("Name"), _tr("Grund")])
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.save = QPushButton(_tr("Zusammenfassung &speichern (CSV) …"), self)
        self.save.clicked.connect(self.save_csv)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save)
        layout.addLayout(row)

    def initializePage(self) -> None:
        summary = self.owner.summary
        assert summary is not None
        text = _tr("%1 Zeilen importiert (%2 davon mit Hinweis), %3 übersprungen.")
        text = text.replace("%1", str(summary.imported))
        text = text.replace("%2", str(summary.count("mit Hinweis")))
        text = text.replace("%3", str(len(summary.skipped)))
        if summary.target == "person" and summary.imported:
            text += " " + _tr(
                "Die importierten Personen haben noch keine Einwilligung – bitte bei jeder "
                "Person erfassen."
            )
        self.status.setText(text)
        self.grid.setRowCount(len(summary.skipped))
        for row, outcome in enumerate(summary.skipped):
            reasons = "; ".join(_message(reason) for reason in outcome.reasons)
            for column, value in enumerate((str(outcome.row_number), outcome.title, reasons)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.grid.setItem(row, column, item)
        self.grid.setVisible(bool(summary.skipped))
        self.grid.resizeColumnToContents(0)

    def save_csv(self, path: str | None = None) -> None:
        summary = self.owner.summary
        assert summary is not None
        if not path:
            suggestion = str(Path.home() / f"Import-{Path(summary.source).stem}.csv")
            path, _filter = QFileDialog.getSaveFileName(
                self, _tr("Zusammenfassung speichern"), suggestion, _tr("CSV-Datei (*.csv)")
            )
        if not path:
            return
        try:
            Path(path).write_text(summary_csv(summary), encoding="utf-8-sig")
        except OSError as error:
            prompts.warn_not_written(self, error, path)


class TableImportWizard(QWizard):
    """See the module docstring; ``summary`` holds the result once imported."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.table: Table | None = None
        self.target = "person"
        self.summary: ImportSummary | None = None
        self.setWindowTitle(_tr("Tabelle importieren"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, _tr("&Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _tr("< &Zurück"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _tr("Abbrechen"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _tr("&Fertig"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def reject(self) -> None:
        """Esc, × and Abbrechen: once a file is chosen, the work done so far is asked about."""
        started = self.path is not None and self.summary is None
        if started and not prompts.confirm(
            self,
            _tr("Tabelle importieren"),
            _tr("Den Import abbrechen? Die Zuordnung der Spalten geht verloren."),
            _tr("Import &abbrechen"),
            _tr("Es wurde noch nichts importiert."),
        ):
            return
        super().reject()
