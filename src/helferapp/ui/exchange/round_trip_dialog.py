"""Datei → Dateien eines Landkreises zusammenführen …: collect, merge, hand back.

The KI office's routine in one dialog: add the groups' files (several at once or a whole
folder), see the combined preview (nothing written yet), choose what goes back (one
Landkreis or kreisfreie Stadt, one Regierungsbezirk, or everything merged) and where to,
and press one button: backup, merge file by file (journaled), export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.domain.labels import kind_label
from helferapp.services import exchange_round_trip as round_trip
from helferapp.services import own_groups, regions
from helferapp.services.exchange import ExportScope, ScopeKind
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.tasks import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoundTripDialog", text)


class RoundTripDialog(QDialog):
    """See the module docstring; ``merged`` tells the window to reload afterwards."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.merged = False
        self.paths: list[Path] = []
        self.setWindowTitle(_tr("Dateien eines Landkreises zusammenführen"))
        self.resize(780, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "1. Die Austauschdateien der Helferkreise hinzufügen. 2. Die gemeinsame "
                "Vorschau prüfen. 3. Zusammenführen und die Datei für alle schreiben."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        add_row = QHBoxLayout()
        add_files = QPushButton(_tr("Dateien &hinzufügen …"))
        add_files.clicked.connect(self.add_files)
        add_folder = QPushButton(_tr("&Ordner hinzufügen …"))
        add_folder.clicked.connect(self.add_folder)
        clear = QPushButton(_tr("&Liste leeren"))
        clear.clicked.connect(self.clear)
        for button in (add_files, add_folder, clear):
            add_row.addWidget(button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(_tr("Gewählte Dateien"))
        self.file_list.setWordWrap(True)
        layout.addWidget(self.file_list, 2)
        layout.addWidget(QLabel(_tr("<b>Gemeinsame Vorschau</b> (noch wurde nichts verändert)")))
        self.preview_label = QLabel(_tr("Noch keine Dateien gewählt."))
        self.preview_label.setWordWrap(True)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview_label)

        form = QFormLayout()
        self.form = form
        self.scope = QComboBox()
        self.scope.setAccessibleName(_tr("Zurückgeben für (wofür die Datei zurückgeht)"))
        self.scope.addItem(_tr("einen Landkreis / eine kreisfreie Stadt"), "district")
        self.scope.addItem(_tr("einen Regierungsbezirk"), "district_region")
        self.scope.addItem(_tr("alles Zusammengeführte"), "all")
        uow = context.uow()
        self.districts = [(row.display, row.ags) for row in regions.list_districts(uow)]
        self.district_regions = [(row.name, row.ags) for row in regions.list_district_regions(uow)]
        self.region = QComboBox()
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.target = QLineEdit()
        choose = QPushButton(_tr("&Speicherort …"))
        choose.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(choose)
        form.addRow(_tr("&Zurückgeben für:"), self.scope)
        form.addRow(self.region_label, self.region)
        target_label = QLabel(_tr("&Datei:"))
        target_label.setBuddy(self.target)
        form.addRow(target_label, target_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Schl&ießen"))
        self.run_button = buttons.addButton(
            _tr("Zusammen&führen und Datei schreiben"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._scope_changed()
        district = own_groups.own_district(context.uow())
        if district is not None:  # our Landkreis, not the first of the list
            self.choose_region(district)

    # --- choosing files --------------------------------------------------------------

    def add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            _tr("Austauschdateien wählen"),
            str(Path.home()),
            _tr("HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)"),
        )
        self.add_paths([Path(name) for name in names])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Ordner mit Austauschdateien"))
        if folder:
            self.add_paths([Path(folder)])

    def clear(self) -> None:
        self.paths = []
        self.file_list.clear()
        self.preview_label.setText(_tr("Noch keine Dateien gewählt."))
        self.run_button.setEnabled(False)

    def add_paths(self, chosen: list[Path]) -> None:
        if not chosen:
            return
        try:
            found = round_trip.collect_files(chosen)
        except UserError as error:
            prompts.warn(self, _tr("Keine Dateien"), error.message)
            return
        self.paths = list(dict.fromkeys([*self.paths, *found]))
        self.update_preview()

    def update_preview(self) -> None:
        paths, database = list(self.paths), self.context.database
        result: round_trip.CombinedResult = run_with_progress(
            self,
            _tr("Vorschau"),
            _tr("Die Dateien werden geprüft …"),
            lambda _cancelled, progress: round_trip.preview_combined(
                database, paths, progress=progress
            ),
            cancellable=False,
        )
        self.file_list.clear()
        for item in result.files:
            if item.error:
                text = _tr("%1 – nicht lesbar: %2").replace("%1", item.path.name)
                text = text.replace("%2", item.error)
            else:
                text = _tr("%2: %3 Einträge, davon %4 neu/geändert (%1)").replace(
                    "%1", item.path.name
                )
                text = text.replace("%2", item.label or _tr("unbekannter Absender"))
                text = text.replace("%3", str(item.records)).replace("%4", str(item.touched))
            self.file_list.addItem(text)
            self.file_list.item(self.file_list.count() - 1).setToolTip(str(item.path))
        lines = []
        for table, changes in result.tables.items():
            if changes.touched:
                title = QCoreApplication.translate("labels", kind_label(table, plural=True))
                lines.append(
                    _tr("%1: %2 neu, %3 geändert, %4 gelöscht")
                    .replace("%1", title)
                    .replace("%2", str(changes.new))
                    .replace("%3", str(changes.changed))
                    .replace("%4", str(changes.deleted))
                )
        if result.overwrites:
            lines.append(
                _tr(
                    "%1 Werte hier würden durch neuere ersetzt (bleiben im Import-Protokoll)."
                ).replace("%1", str(result.overwrites))
            )
        self.preview_label.setText("\n".join(lines) or _tr("Nichts Neues in diesen Dateien."))
        self.readable = result.readable
        self.run_button.setEnabled(bool(self.readable))

    # --- merging and handing back ----------------------------------------------------

    def choose_target(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            _tr("Zusammengeführte Datei speichern"),
            str(Path.home() / "landkreis.helferapp"),
            _tr("HelferApp-Austauschdatei (*.helferapp)"),
        )
        if name:
            self.target.setText(name if name.endswith(".helferapp") else name + ".helferapp")

    def _scope_changed(self) -> None:
        """List the Landkreise or the Regierungsbezirke, whichever the scope needs."""
        kind = self.scope.currentData()
        if kind == "district_region":
            choices, label = self.district_regions, _tr("&Regierungsbezirk:")
        else:
            choices, label = self.districts, _tr("Land&kreis / Stadt:")
        previous = self.region.currentData()
        self.region.clear()
        for text, ags in choices:
            self.region.addItem(text, ags)
        found = self.region.findData(previous)
        self.region.setCurrentIndex(max(found, 0))
        self.region_label.setText(label)
        self.region.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.setRowVisible(self.region, kind != "all")

    def choose_region(self, ags: str) -> None:
        """Pick the Landkreis or Regierungsbezirk with key ``ags`` (scope chosen to match)."""
        kind = "district_region" if len(ags) == 3 else "district"
        self.scope.setCurrentIndex(self.scope.findData(kind))
        self.region.setCurrentIndex(self.region.findData(ags))

    def scope_choice(self) -> ExportScope:
        kind = self.scope.currentData()
        if kind == "all":
            return ExportScope()
        ags = self.region.currentData()
        if not ags:
            raise UserError("Bitte wählen, für welches Gebiet die Datei zurückgeht.")
        if kind == "district_region":
            return ExportScope(ScopeKind.DISTRICT_REGION, district_ags=str(ags))
        return ExportScope(ScopeKind.DISTRICT, district_ags=str(ags))

    def run(self) -> None:
        try:
            scope = self.scope_choice()
            if not self.target.text().strip():
                raise UserError("Bitte wählen, wohin die zusammengeführte Datei soll.")
            target = Path(self.target.text().strip())
            paths, database = list(self.readable), self.context.database
            result: round_trip.CombinedResult = run_with_progress(
                self,
                _tr("Zusammenführen"),
                _tr("Die Dateien werden zusammengeführt …"),
                lambda _cancelled, progress: round_trip.merge_and_hand_back(
                    database, paths, target, scope, progress=progress
                ),
                cancellable=False,
            )
        except UserError as error:
            prompts.warn(self, _tr("Nicht zusammengeführt"), error.message)
            return
        self.merged = True
        failed = [item for item in result.files if item.error]
        text = _tr("%1 Dateien zusammengeführt, die Datei für alle ist geschrieben.").replace(
            "%1", str(len(result.files) - len(failed))
        )
        info = str(result.export.path) if result.export else ""
        prompts.inform(self, _tr("Fertig"), text, info)
        self.accept()
