"""The Versorgungsbericht: built from the figures, with the maps' source note in it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from helferapp.domain.enums import ConceptStatus, KIStatus
from helferapp.domain.records import RegionStatusData
from helferapp.reports.coverage_report import build_coverage_report, hatch_lines, map_drawing
from helferapp.services import coverage, entities, records
from helferapp.services.coverage_report_input import report_input
from helferapp.services.map_geometry import load_geometry
from helferapp.services.unit_of_work import UnitOfWork

pypdf = pytest.importorskip("pypdf")

ATTRIBUTION = "© GeoBasis-DE / BKG 2021 (Daten verändert)"


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def figures(uow: UnitOfWork) -> coverage.Coverage:
    records.create(
        uow,
        entities.REGION_STATUSES,
        RegionStatusData(
            ags="09761", concept_status=ConceptStatus.ADOPTED, ki_status=KIStatus.PLANNED
        ),
    )
    return coverage.kreis_coverage(uow, date(2026, 6, 30))


def test_bavaria_report_has_attribution_maps_gaps_and_all_kreise(
    figures: coverage.Coverage, tmp_path: Path
) -> None:
    target = tmp_path / "bericht.pdf"
    pages = build_coverage_report(target, report_input(figures))
    assert pages >= 3
    text = _text(target.read_bytes())
    assert ATTRIBUTION in text
    assert "Versorgungsbericht" in text and "Bayern · Stand 30.06.2026" in text
    assert "Lücken" in text and "Integrationskonzept" in text
    assert "Augsburg (kreisfreie Stadt)" in text and "Augsburg (Landkreis)" in text
    assert "Status nicht erfasst" in text
    assert "Destatis" in text


def test_one_bezirk_only_lists_its_kreise(figures: coverage.Coverage) -> None:
    buffer = io.BytesIO()
    build_coverage_report(buffer, report_input(figures, "097"))
    text = _text(buffer.getvalue())
    assert "Regierungsbezirk Schwaben" in text
    assert "Augsburg (kreisfreie Stadt)" in text
    assert "München (kreisfreie Stadt)" not in text
    assert ATTRIBUTION in text


def test_the_input_holds_the_bezirk_shapes_and_colours(figures: coverage.Coverage) -> None:
    data = report_input(figures, "097")
    assert {shape.ags for shape in data.shapes} == {row.ags for row in figures.in_bezirk("097")}
    assert [shape.ags for shape in data.outlines] == ["097"]
    concept = data.panels[0]
    assert concept.fills["09761"] != concept.fills["09772"]  # beschlossen vs nicht erfasst
    assert [label for label, _colour, _pattern in concept.legend][-1] == "nicht erfasst"
    assert concept.legend[-1][2] == "cross"  # told apart from "keins" without colour
    assert concept.patterns["09772"] == "cross"


def test_map_drawing_scales_the_kreise_into_the_box() -> None:
    geometry = load_geometry()
    drawing = map_drawing(geometry.kreise, geometry.bezirke, {}, 200, 220)
    assert (drawing.width, drawing.height) == (200, 220)
    assert len(drawing.contents) == 96 + 7
    xmin, ymin, xmax, ymax = drawing.getBounds()
    assert xmin >= -1 and xmax <= 201 and ymin >= -1 and ymax <= 221


def test_user_text_in_names_is_escaped(figures: coverage.Coverage) -> None:
    data = report_input(figures)
    odd = data.kreise[0].__class__(**{**data.kreise[0].__dict__, "title": "<b>A & B</b>"})
    data.kreise[0] = odd
    buffer = io.BytesIO()
    build_coverage_report(buffer, data)
    assert "<b>A & B</b>" in _text(buffer.getvalue())


def test_the_report_is_offered_with_the_other_reports(uow: UnitOfWork) -> None:
    from helferapp.services.report_data import ReportScope
    from helferapp.services.report_kinds import REPORTS, render

    assert REPORTS["versorgung"].title.startswith("Versorgungsbericht")
    buffer = io.BytesIO()
    render(uow, "versorgung", ReportScope(landkreis_ags="09772"), buffer)
    assert "Regierungsbezirk Schwaben" in _text(buffer.getvalue())


def test_hatching_stays_inside_the_outline() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    lines = hatch_lines([square], 2.0)
    assert len(lines) >= 6
    for start, end in lines:
        for x, y in (start, end):
            assert -1e-6 <= x <= 10 + 1e-6 and -1e-6 <= y <= 10 + 1e-6
    assert len(hatch_lines([square], 2.0, cross=True)) == 2 * len(lines)
