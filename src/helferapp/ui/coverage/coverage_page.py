"""Versorgung: where Bavaria has an Integrationskonzept, a KI and Angebote — and where not.

The page puts a sortable table of the 96 Kreise beside a map coloured by the chosen
measure, so a volunteer preparing a talk with the Landrat sees the gaps ("Lücken") of
their own Kreis and how it compares. Table and map select together; double-click (or
Enter, or the button) opens the Kreis on the Gebiete page, where its status is edited.
All figures come from one call of ``services.coverage``; the page only shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.enums import ConceptStatus, KIArea, KIStatus
from helferapp.domain.errors import UserError
from helferapp.services import coverage
from helferapp.services.coverage import Coverage, Gap, KISource, KreisCoverage
from helferapp.services.coverage_measures import Measure, classify, german_number
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.coverage.bavaria_map import BavariaMap
from helferapp.ui.coverage.coverage_table import COLUMNS, CoverageTableModel, describe
from helferapp.ui.coverage.map_legend import MapLegend
from helferapp.ui.pages.base import Heading, Page
from helferapp.ui.texts import QT_TRANSLATE_NOOP
from helferapp.ui.widgets.scroll_body import ScrollBody

MEASURES: list[tuple[str, Measure, KIArea | None]] = [
    (QT_TRANSLATE_NOOP("CoveragePage", "Integrationskonzept"), Measure.CONCEPT, None),
    (QT_TRANSLATE_NOOP("CoveragePage", "Kommunales Integrationszentrum"), Measure.KI, None),
    (QT_TRANSLATE_NOOP("CoveragePage", "Angebote je 10.000 Einwohner"), Measure.PER_10K, None),
    (
        QT_TRANSLATE_NOOP("CoveragePage", "Angebote Elementarbereich"),
        Measure.AREA,
        KIArea.ELEMENTARY,
    ),
    (QT_TRANSLATE_NOOP("CoveragePage", "Angebote Schule"), Measure.AREA, KIArea.SCHOOL),
    (
        QT_TRANSLATE_NOOP("CoveragePage", "Angebote Übergang Schule–Beruf"),
        Measure.AREA,
        KIArea.SCHOOL_TO_WORK,
    ),
]
SHOW_ALL, SHOW_GAPS = "all", "gaps"
SHOWS: list[tuple[str, Gap | str]] = [
    (QT_TRANSLATE_NOOP("CoveragePage", "alle Kreise"), SHOW_ALL),
    (QT_TRANSLATE_NOOP("CoveragePage", "ohne KI (Stand „keins“)"), Gap.NO_KI),
    (QT_TRANSLATE_NOOP("CoveragePage", "ohne Integrationskonzept"), Gap.NO_CONCEPT),
    (QT_TRANSLATE_NOOP("CoveragePage", "Status nicht erfasst"), Gap.NO_STATUS),
    (QT_TRANSLATE_NOOP("CoveragePage", "ohne Angebot Elementarbereich"), Gap.NO_ELEMENTARY),
    (QT_TRANSLATE_NOOP("CoveragePage", "ohne Angebot Schule"), Gap.NO_SCHOOL),
    (
        QT_TRANSLATE_NOOP("CoveragePage", "ohne Angebot Übergang Schule–Beruf"),
        Gap.NO_SCHOOL_TO_WORK,
    ),
    (QT_TRANSLATE_NOOP("CoveragePage", "ohne KI-Kontakt seit über 6 Monaten"), Gap.NO_KI_CONTACT),
    (QT_TRANSLATE_NOOP("CoveragePage", "mit irgendeiner Lücke"), SHOW_GAPS),
]
"""The choices of "Zeigen": each lists exactly the Kreise with that Lücke."""
CHANGING_KINDS = frozenset({"group", "programme", "organisation", "contact", "region_status"})


class CoveragePage(Page):
    """See the module docstring."""

    nav_title = QT_TRANSLATE_NOOP("CoveragePage", "Versorgung")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.coverage: Coverage | None = None
        self.heading = Heading("", parent=self)
        self.bezirk_label = QLabel(self)
        self.bezirk_combo = QComboBox(self)
        self.bezirk_label.setBuddy(self.bezirk_combo)
        self.measure_label = QLabel(self)
        self.measure_combo = QComboBox(self)
        self.measure_label.setBuddy(self.measure_combo)
        for _ in MEASURES:
            self.measure_combo.addItem("")
        self.show_label = QLabel(self)
        self.show_combo = QComboBox(self)
        self.show_label.setBuddy(self.show_combo)
        self.show_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.show_combo.setMinimumContentsLength(20)  # the filter box keeps its room
        for _title, choice in SHOWS:
            self.show_combo.addItem("", choice)
        self.report_button = QPushButton(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.model = CoverageTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.map = BavariaMap(parent=self)
        self.legend = MapLegend(self.map, self)
        map_side = QWidget(self)
        map_layout = QVBoxLayout(map_side)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.legend)
        self.detail_box = QGroupBox(self)
        self.detail = QLabel(self.detail_box)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.detail_box)
        self.open_button.setEnabled(False)
        detail_layout = QVBoxLayout(self.detail_box)
        text_layout = QVBoxLayout()
        text_layout.addWidget(self.detail, 0, Qt.AlignmentFlag.AlignTop)
        # A Kreis with many Gemeinden without an Angebot has more lines than the box has
        # room for on a small screen: they scroll instead of being cut off.
        self.detail_scroll = ScrollBody(text_layout, self.detail_box)
        detail_layout.addWidget(self.detail_scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setChildrenCollapsible(False)
        left.addWidget(self.table)
        left.addWidget(self.detail_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(map_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The table first: at 1366 px its Kreis, KI, Konzept and Lücken must show
        # without dragging; the map keeps the rest (and can be widened by the handle).
        self.splitter.setSizes([620, 380])

        controls = QHBoxLayout()
        for widget in (self.bezirk_label, self.bezirk_combo, self.measure_label):
            controls.addWidget(widget)
        controls.addWidget(self.measure_combo)
        controls.addWidget(self.show_label)
        controls.addWidget(self.show_combo)
        controls.addWidget(self.report_button)
        controls.addStretch(1)
        controls.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self.bezirk_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.show_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.measure_combo.currentIndexChanged.connect(lambda _i: self._colour_map())
        self.filter_edit.textChanged.connect(self.model.set_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.table.activated.connect(lambda index: self.open_kreis(self.model.id_at(index.row())))
        self.map.kreis_selected.connect(self.select_kreis)
        self.map.kreis_activated.connect(self.open_kreis)
        self.open_button.clicked.connect(lambda: self.open_kreis(self.map.selected()))
        self.report_button.clicked.connect(self.write_report)
        self.retranslate_ui()

    # --- content ---------------------------------------------------------------------

    def reload(self) -> None:
        self.coverage = coverage.kreis_coverage(self.context.uow())
        current = self.bezirk_combo.currentData()
        self.bezirk_combo.blockSignals(True)
        self.bezirk_combo.clear()
        self.bezirk_combo.addItem(self.tr_("ganz Bayern"), "09")
        for bezirk in self.coverage.bezirke:
            self.bezirk_combo.addItem(bezirk.name, bezirk.ags)
        index = self.bezirk_combo.findData(current)
        self.bezirk_combo.setCurrentIndex(max(index, 0))
        self.bezirk_combo.blockSignals(False)
        self._colour_map()
        self._show_rows()

    def _show_rows(self) -> None:
        if self.coverage is None:
            return
        bezirk = self.bezirk_combo.currentData()
        rows = self.coverage.in_bezirk(bezirk)
        rows = [row for row in rows if shows(self.show_combo.currentData(), row)]
        selected = self.map.selected()
        self.model.set_kreise(rows)
        self._update_summary()
        if selected:
            self.select_kreis(selected)

    def _colour_map(self) -> None:
        if self.coverage is None:
            return
        _title, measure, area = MEASURES[max(self.measure_combo.currentIndex(), 0)]
        classification = classify(self.coverage.kreise, measure, area)
        tooltips = {row.ags: describe(row) for row in self.coverage.kreise}
        self.map.set_classification(classification, tooltips)

    def _update_summary(self) -> None:
        if self.coverage is None:
            return
        area = self.coverage.area(self.bezirk_combo.currentData())
        number = german_number
        parts = [
            self.tr_("%1: %2 Kreise").replace("%1", area.name).replace("%2", str(area.kreise)),
            self.tr_("Integrationskonzept beschlossen: %1").replace(
                "%1", str(area.concept.get(ConceptStatus.ADOPTED, 0))
            ),
            self.tr_("KI aktiv: %1").replace("%1", str(area.ki.get(KIStatus.ACTIVE, 0))),
            self.tr_("%1 aktive Angebote (%2 je 10.000 Einwohner)")
            .replace("%1", number(area.programmes, 0))
            .replace("%2", number(area.per_10k)),
            self.tr_("%1 von %2 Gemeinden ohne Angebot")
            .replace("%1", number(area.gemeinden_without, 0))
            .replace("%2", number(area.gemeinden, 0)),
            self.tr_("Kreise mit Lücken: %1").replace(
                "%1", str(sum(1 for row in self.coverage.in_bezirk(area.ags) if row.gaps))
            ),
        ]
        shown = self.model.rowCount()
        if shown != area.kreise:
            parts.append(self.tr_("%1 angezeigt").replace("%1", str(shown)))
        self.summary.setText(" · ".join(parts))

    def _fit_columns(self) -> None:
        """Each column as wide as its default, and never narrower than its header."""
        unit = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for number, column in enumerate(COLUMNS):
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            needed = metrics.horizontalAdvance(title) + 3 * unit + 16  # sort arrow
            self.table.setColumnWidth(number, max(column.width * unit + 16, needed))

    # --- selection -------------------------------------------------------------------

    def select_kreis(self, ags: str | None) -> None:
        """Select ``ags`` in the table and on the map, and describe it."""
        self.map.select(ags)
        row = self.model.row_of(ags) if ags else -1
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._describe(ags)

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            ags = self.model.id_at(current.row())
            self.map.select(ags)
            self._describe(ags)

    def _describe(self, ags: str | None) -> None:
        if self.coverage is None or not ags:
            self.detail.setText(self.tr_("Einen Kreis in der Tabelle oder auf der Karte wählen."))
            self.open_button.setEnabled(False)
            return
        row = self.coverage.kreis(ags)
        text = describe(row)
        if row.gemeinden_without and row.gemeinden > 1:
            names = coverage.gemeinden_without_programme(
                self.context.uow(), ags, self.coverage.today
            )
            text += "\n" + self.tr_("Ohne Angebot: %1").replace("%1", ", ".join(names))
        self.detail.setText(text)
        self.open_button.setEnabled(True)
        if row.ki_source is KISource.STELLE:
            self.open_button.setText(self.tr_("KI-Status &eintragen (Seite Gebiete)"))
        else:
            self.open_button.setText(self.tr_("Status &bearbeiten (Seite Gebiete)"))

    def open_kreis(self, ags: str | None) -> None:
        """Open the Kreis on the Gebiete page (its status is edited there; a KI known from
        a Stelle is one click away from being recorded there)."""
        if ags:
            self.navigate.emit("region_status", ags)

    # --- report ----------------------------------------------------------------------

    def write_report(self) -> Path | None:
        """Ask where to save the Versorgungsbericht (Bavaria or the chosen Bezirk), write it
        and open it in the PDF viewer."""
        # Imported here: reportlab is only loaded when a report is written.
        from helferapp.reports.coverage_report import build_coverage_report
        from helferapp.services.coverage_report_input import report_input

        if self.coverage is None:
            return None
        bezirk = self.bezirk_combo.currentData()
        name = self.coverage.area(bezirk).name.replace(" ", "-")
        suggested = str(Path.home() / f"Versorgungsbericht-{name}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr_("Versorgungsbericht speichern"), suggested, self.tr_("PDF (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            build_coverage_report(target, report_input(self.coverage, bezirk))
        except UserError as error:
            QApplication.restoreOverrideCursor()
            prompts.warn(self, self.tr_("Bericht nicht gespeichert"), error.message)
            return None
        QApplication.restoreOverrideCursor()
        self.message.emit(self.tr_("Versorgungsbericht gespeichert: %1").replace("%1", str(target)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    # --- page interface --------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        if kind_code in CHANGING_KINDS:
            self.mark_stale()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr_("Versorgung: Integrationskonzept, KI und Angebote je Kreis"))
        self.bezirk_label.setText(self.tr_("&Gebiet:"))
        self.measure_label.setText(self.tr_("&Karte zeigt:"))
        for number, (title, _measure, _area) in enumerate(MEASURES):
            self.measure_combo.setItemText(number, self.tr_(title))
        self.show_label.setText(self.tr_("&Zeigen:"))
        for number, (title, _choice) in enumerate(SHOWS):
            self.show_combo.setItemText(number, self.tr_(title))
        self.show_combo.setAccessibleName(self.tr_("Welche Kreise zeigen"))
        self.report_button.setText(self.tr_("&Versorgungsbericht (PDF) …"))
        self.report_button.setToolTip(
            self.tr_("Karten, Lücken und alle Kreise des gewählten Gebiets als PDF")
        )
        self.filter_edit.setPlaceholderText(self.tr_("Kreise filtern – Name oder Bezirk"))
        self.filter_edit.setAccessibleName(self.tr_("Kreise filtern"))
        self.table.setAccessibleName(self.tr_("Kreise mit ihren Zahlen"))
        self.detail_box.setTitle(self.tr_("Ausgewählter Kreis"))
        self.open_button.setText(self.tr_("Status &bearbeiten (Seite Gebiete)"))
        self.open_button.setToolTip(
            self.tr_("Integrationskonzept, KI und Integrationslotsin dieses Kreises eintragen")
        )
        self.model.retranslate()
        self._fit_columns()
        if self.coverage is not None:
            self._colour_map()
            self._update_summary()
            self._describe(self.map.selected())
        else:
            self._describe(None)


def shows(choice: Gap | str | None, row: KreisCoverage) -> bool:
    """Whether the "Zeigen" choice ``choice`` lists ``row``."""
    if choice in (None, SHOW_ALL):
        return True
    if choice == SHOW_GAPS:
        return bool(row.gaps)
    return choice in row.gaps
