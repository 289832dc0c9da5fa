"""WCAG contrast of the colours the app chooses, in light, dark and high-contrast palettes.

Text must reach 4.5:1, focus rings and map swatches 3:1 (EN 301 549, 11.1.4.3 and
11.1.4.11). The palettes are Fusion's light one, two dark ones as Linux desktops and
Windows set them, and both high-contrast schemes.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from helferapp.domain.enums import ConceptStatus, KIStatus
from helferapp.services.coverage import KreisCoverage
from helferapp.services.coverage_measures import Measure, classify
from helferapp.services.map_geometry import load_geometry
from helferapp.ui.accessibility import contrast
from helferapp.ui.accessibility.events import install_palette
from helferapp.ui.models.display import warning_colour

Role = QPalette.ColorRole


def _palette(window: str, base: str, text: str, alternate: str | None = None) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (Role.Window, window),
        (Role.Base, base),
        (Role.AlternateBase, alternate or base),
        (Role.Text, text),
        (Role.WindowText, text),
        (Role.Button, window),
        (Role.ButtonText, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _palettes() -> dict[str, QPalette]:
    fusion = QStyleFactory.create("Fusion")
    return {
        "hell (Fusion)": fusion.standardPalette(),
        "dunkel (#2f2f2f)": _palette("#2f2f2f", "#2f2f2f", "#ffffff", "#3a3a3a"),
        "dunkel (Windows)": _palette("#202020", "#2b2b2b", "#ffffff", "#323232"),
        "Kontrast schwarz": _palette("#000000", "#000000", "#ffffff"),
        "Kontrast weiß": _palette("#ffffff", "#ffffff", "#000000"),
    }


PALETTES = _palettes()


@pytest.fixture(params=sorted(PALETTES))
def palette(request: Any, qapp: Any) -> QPalette:
    return PALETTES[request.param]


def test_overdue_red_reads_on_rows_and_window(palette: QPalette) -> None:
    red = warning_colour(palette)
    for role in (Role.Base, Role.AlternateBase, Role.Window):
        assert contrast.ratio(red, palette.color(role)) >= 4.5, role
    assert red.red() > red.green() and red.red() > red.blue()  # still a red


def test_the_old_dark_red_was_too_faint() -> None:
    """The measured defect: #ff6b6b-like red at 4.30:1 on #2f2f2f, below 4.5."""
    assert contrast.ratio(QColor.fromHsl(0, 200, 170), QColor("#2f2f2f")) < 4.5
    assert (
        contrast.ratio(contrast.warning_red(PALETTES["dunkel (#2f2f2f)"]), QColor("#2f2f2f")) >= 4.5
    )


def test_placeholder_text_reads_at_4_5(palette: QPalette, qapp: Any) -> None:
    colour = contrast.placeholder(palette)
    assert contrast.ratio(colour, palette.color(Role.Base)) >= 4.5
    assert contrast.ratio(colour, palette.color(Role.Window)) >= 4.5
    before = qapp.palette()
    try:
        qapp.setPalette(palette)
        install_palette(qapp)
        applied = qapp.palette().color(Role.PlaceholderText)
        assert contrast.ratio(applied, palette.color(Role.Base)) >= 4.5
    finally:
        qapp.setPalette(before)


def test_focus_ring_stands_out_at_3_to_1(palette: QPalette) -> None:
    ring = contrast.focus_colour(palette)
    assert contrast.ratio(ring, palette.color(Role.Window)) >= 3.0
    assert contrast.ratio(ring, palette.color(Role.Base)) >= 3.0


def _rows(count: int) -> list[KreisCoverage]:
    """``count`` Kreise with every status and spread figures (all classes used)."""
    concepts = [*ConceptStatus, None]
    kis = [*KIStatus, None]
    rows = []
    for number, shape in enumerate(load_geometry().kreise[:count]):
        rows.append(
            KreisCoverage(
                ags=shape.ags,
                name=shape.name,
                kind=shape.kind,
                bezirk_ags=shape.parent_ags,
                bezirk_name="",
                population=10_000,
                concept=concepts[number % 4],
                concept_date=None,
                ki=kis[number % 4],
                ki_date=None,
                integration_guide=False,
                checked_on=None,
                groups=0,
                programmes=number % 9,
                by_area={},
                by_field={},
                gemeinden=1,
                gemeinden_without=0,
                last_ki_contact=None,
                gaps=(),
            )
        )
    return rows


MEASURE_CASES = [
    (Measure.CONCEPT, 96),
    (Measure.KI, 96),
    (Measure.PER_10K, 96),  # four steps
    (Measure.PER_10K, 3),  # fewer steps: the pattern still alternates
    (Measure.PER_10K, 2),
]


@pytest.mark.parametrize(("measure", "count"), MEASURE_CASES)
@pytest.mark.parametrize("dark", [False, True])
def test_map_classes_stand_out_and_neighbours_differ(
    measure: Measure, count: int, dark: bool
) -> None:
    legend = classify(_rows(count), measure).legend
    backgrounds = ["#2f2f2f", "#353535", "#202020"] if dark else ["#efefef", "#ffffff"]

    def colour(entry: Any) -> QColor:
        return QColor(entry.dark_colour if dark else entry.colour)

    for entry in legend:
        for background in backgrounds:
            ratio = contrast.ratio(colour(entry), QColor(background))
            assert ratio >= 3.0, (entry.label, background, round(ratio, 2))
    for first, second in pairwise(legend):
        differ = contrast.ratio(colour(first), colour(second)) >= 3.0
        assert differ or first.pattern != second.pattern, (first.label, second.label)


def test_the_old_map_colours_were_too_close() -> None:
    """The measured defect, so the check above is known to catch it."""
    assert contrast.ratio(QColor("#f4b63f"), QColor("#bdbdbd")) < 3.0  # in Arbeit / nicht erf.
    assert contrast.ratio(QColor("#bdbdbd"), QColor("#efefef")) < 3.0  # swatch on window
