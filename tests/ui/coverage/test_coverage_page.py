"""The Versorgung page: the table of 96 Kreise beside the map, selecting together,
opening a Kreis on the Gebiete page, where its status (with Integrationslotsin) is edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from helferapp.domain.enums import ConceptStatus, KIStatus
from helferapp.services.map_geometry import load_geometry

COVERAGE_PAGE = 8


def test_the_page_is_in_the_navigation_and_lists_96_kreise(window: Any) -> None:
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles[COVERAGE_PAGE] == "Versorgung"
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    assert page.model.rowCount() == 96
    kinds = {page.model.row_at(row)[1].kind for row in range(96)}
    assert kinds == {"Landkreis", "kreisfreie Stadt"}
    assert "Bayern: 96 Kreise" in page.summary.text()


def test_filter_by_bezirk_and_gaps_and_sort(window: Any) -> None:
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    page.bezirk_combo.setCurrentIndex(page.bezirk_combo.findData("097"))
    assert page.model.rowCount() == 14
    page.show_combo.setCurrentIndex(page.show_combo.findData("gaps"))
    assert all(page.model.row_at(row)[1].gaps for row in range(page.model.rowCount()))
    page.show_combo.setCurrentIndex(0)
    page.bezirk_combo.setCurrentIndex(0)
    page.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # Angebote
    counts = [page.model.row_at(row)[1].programmes for row in range(page.model.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_map_and_table_select_together(qtbot: Any, window: Any) -> None:
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    position = page.map.to_widget(load_geometry().shape("09761").centroid).toPoint()
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton, pos=position)
    current = page.table.currentIndex()
    assert page.model.id_at(current.row()) == "09761"
    assert page.detail.text().startswith("Augsburg (kreisfreie Stadt)")
    page.table.selectRow(page.model.row_of("09772"))
    assert page.map.selected() == "09772"


def test_measures_recolour_the_map(window: Any) -> None:
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    pictures = []
    for index in range(page.measure_combo.count()):
        page.measure_combo.setCurrentIndex(index)
        pictures.append(page.map.grab().toImage())
    changed = [number for number, picture in enumerate(pictures) if picture != pictures[0]]
    assert changed, "another measure must paint the Kreise in other colours"
    assert "Übergang Schule–Beruf" in page.measure_combo.itemText(5)


def test_double_click_opens_the_kreis_on_the_gebiete_page(qtbot: Any, window: Any) -> None:
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    page.select_kreis("09772")
    page.open_button.click()
    regions = window.current_page()
    assert regions.kind_code == "region_status"
    assert "Augsburg (Landkreis)" in regions.heading_text()
    form = regions._ensure_form()
    guide = form.editor("integration_guide")
    assert guide.accessibleName() == "Integrationslotsin vorhanden"


def test_a_saved_status_shows_on_the_page(qtbot: Any, window: Any) -> None:
    window.show_page(COVERAGE_PAGE)
    window.current_page().open_kreis("09772")
    regions = window.current_page()
    form = regions._ensure_form()
    form.editor("integration_guide").setChecked(True)
    assert not regions.save(), "concept and KI left at „nicht erfasst“: nothing recorded"
    assert form.field_errors("ki_status")
    form.editor("concept_status").set_value(ConceptStatus.PLANNED)
    form.editor("ki_status").set_value(KIStatus.NONE)
    assert regions.save()
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    page.activate()
    row = page.model.row_at(page.model.row_of("09772"))[1]
    assert row.integration_guide is True


def test_the_report_button_writes_and_opens_the_pdf(
    monkeypatch: Any, tmp_path: Any, window: Any
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    page.bezirk_combo.setCurrentIndex(page.bezirk_combo.findData("097"))
    asked: list[str] = []

    def choose(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "bericht"), ""

    opened: list[Any] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    target = page.write_report()
    assert asked[0].endswith("Versorgungsbericht-Schwaben.pdf")
    assert target == tmp_path / "bericht.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert opened[0].toLocalFile() == str(target)


def test_every_show_choice_lists_exactly_the_kreise_it_names(window: Any) -> None:
    """Each "Zeigen" choice against the coverage service's own figures (the old text
    filter „kein KI“ also listed Kreise with "aktiv", "geplant" and "nicht erfasst")."""
    from helferapp.services import coverage
    from helferapp.services.coverage import Gap
    from helferapp.ui.coverage.coverage_page import SHOWS

    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    figures = coverage.kreis_coverage(page.context.uow(), page.coverage.today)
    expected: dict[object, set[str]] = {
        "all": {row.ags for row in figures.kreise},
        "gaps": {row.ags for row in figures.kreise if row.gaps},
    }
    for gap in Gap:
        expected[gap] = {row.ags for row in figures.kreise if gap in row.gaps}
        assert len(expected[gap]) == figures.bavaria.gaps.get(gap, 0)
    assert {choice for _title, choice in SHOWS} == set(expected)
    for index in range(page.show_combo.count()):
        page.show_combo.setCurrentIndex(index)
        choice = page.show_combo.itemData(index)
        shown = {page.model.id_at(row) for row in range(page.model.rowCount())}
        assert shown == expected[choice], page.show_combo.itemText(index)
    page.show_combo.setCurrentIndex(page.show_combo.findData(Gap.NO_KI))
    kis = {page.model.row_at(row)[1].ki for row in range(page.model.rowCount())}
    assert kis <= {KIStatus.NONE}


def test_kreise_without_a_ki_in_two_keystrokes(qtbot: Any, window: Any) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from helferapp.services.coverage import Gap

    window.show_page(COVERAGE_PAGE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.current_page()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.show_combo
    QTest.keyClick(page.show_combo, Qt.Key.Key_Down)
    assert page.show_combo.currentData() == Gap.NO_KI
    rows = [page.model.row_at(row)[1] for row in range(page.model.rowCount())]
    assert rows and all(Gap.NO_KI in row.gaps for row in rows)


def test_ki_concept_and_gaps_are_visible_at_1366_px(qtbot: Any, window: Any) -> None:
    window.resize(1366, 768)
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    header = page.table.horizontalHeader()
    viewport = page.table.viewport().width()
    titles = [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(4)]
    assert titles == ["Kreis", "KI", "Konzept", "Lücken"]
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= viewport
    assert header.sectionViewportPosition(3) < viewport - 100  # Lücken readable
    metrics = header.fontMetrics()
    for number in range(page.model.columnCount()):
        title = page.model.headerData(number, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(title) < header.sectionSize(number), title
    tooltip = page.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Integrationskonzept"


def test_a_ki_stelle_shows_as_known_with_one_click_to_record_it(qtbot: Any, window: Any) -> None:
    from helferapp.domain.enums import OrganisationKind
    from helferapp.domain.records import OrganisationData
    from helferapp.services import coverage, entities, records

    context = window.current_page().context
    figures = coverage.kreis_coverage(context.uow())
    unrecorded = next(row for row in figures.kreise if row.ki is None and not row.ki_stellen)
    records.create(
        context.uow(),
        entities.ORGANISATIONS,
        OrganisationData(
            name="Kommunales Integrationszentrum Test",
            kind=OrganisationKind.KI,
            region_ags=unrecorded.ags,
        ),
    )
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    page.reload()
    page.select_kreis(unrecorded.ags)
    cell = page.model.index(page.model.row_of(unrecorded.ags), 1)
    assert page.model.data(cell) == "bekannt (Stelle)"
    assert (
        "KI bekannt (Stelle Kommunales Integrationszentrum Test), Status nicht erfasst"
        in page.detail.text()
    )
    assert "KI-Status" in page.open_button.text()
    page.open_button.click()
    regions = window.current_page()
    assert regions.kind_code == "region_status"
    form = regions._ensure_form()
    assert form.editor("ki_status").currentText() == "– nicht erfasst –"
    assert form.editor("concept_status").currentText() == "– nicht erfasst –"


def test_an_untouched_gebiet_form_records_nothing(qtbot: Any, window: Any) -> None:
    from helferapp.domain.errors import NotFoundError
    from helferapp.domain.ids import region_status_id
    from helferapp.services import entities, records

    window.show_page(COVERAGE_PAGE)
    window.current_page().open_kreis("09772")
    regions = window.current_page()
    form = regions._ensure_form()
    assert form.editor("ki_status").currentText() == "– nicht erfasst –"
    assert regions.save()
    try:
        records.get(regions.context.uow(), entities.REGION_STATUSES, region_status_id("09772"))
    except NotFoundError:
        pass
    else:
        raise AssertionError("an untouched form must not record a status")


def test_a_long_kreis_description_scrolls_instead_of_being_cut_off(qtbot: Any, window: Any) -> None:
    window.resize(1000, 600)
    window.show_page(COVERAGE_PAGE)
    page = window.current_page()
    page.table.selectRow(page.model.row_of("09772"))
    page.detail.setText(page.detail.text() + "\n" + "\n".join(["Zeile"] * 40))
    qtbot.waitUntil(lambda: page.detail_scroll.verticalScrollBar().maximum() > 0)
    label = page.detail
    assert label.height() >= label.heightForWidth(label.width())  # every line laid out
    assert page.detail_scroll.verticalScrollBar().isVisible()
