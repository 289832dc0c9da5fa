"""The Versorgung page: the table of 96 Kreise beside the map, selecting together,
opening a Kreis on the Gebiete page, where its status (with Integrationslotsin) is edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

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
    page.gaps_only.setChecked(True)
    assert all(page.model.row_at(row)[1].gaps for row in range(page.model.rowCount()))
    page.gaps_only.setChecked(False)
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
