"""Versorgungsbericht: where Bavaria (or one Regierungsbezirk) lacks Konzept, KI, Angebote.

For the volunteers' talk with their Landrat or the Landkreis network's meeting: two
small maps (Integrationskonzept, KI) drawn with reportlab graphics from the same outlines
as the app's map, the figures in a few sentences, the list of Lücken per Kreis, and the
table of all Kreise. The BKG licence wants its source note next to any map, so it is
printed directly under the maps (and again with the sources at the end).

Like every report, this module gets its content passed in (``services.
coverage_report_input`` prepares it, as German text and hex colours) and imports
neither services nor Qt; the ``Protocol``s below say what it reads (read-only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from reportlab.graphics.shapes import FILL_EVEN_ODD, Drawing, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from helferapp.reports.pdf_base import FONT, FONT_BOLD, data_table, para, styles
from helferapp.reports.pdf_document import Target, build_pdf, content_width

Point = tuple[float, float]


class ShapeLike(Protocol):
    @property
    def ags(self) -> str: ...
    @property
    def is_city(self) -> bool: ...

    @property
    def rings(self) -> tuple[tuple[Point, ...], ...]: ...


class PanelLike(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def fills(self) -> dict[str, str]: ...
    @property
    def legend(self) -> list[tuple[str, str, str]]: ...
    @property
    def patterns(self) -> dict[str, str]: ...


class KreisLike(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def concept(self) -> str: ...
    @property
    def ki(self) -> str: ...
    @property
    def guide(self) -> str: ...
    @property
    def groups(self) -> str: ...
    @property
    def programmes(self) -> str: ...
    @property
    def per_10k(self) -> str: ...
    @property
    def areas(self) -> tuple[str, str, str]: ...
    @property
    def without(self) -> str: ...
    @property
    def last_contact(self) -> str: ...
    @property
    def gaps(self) -> tuple[str, ...]: ...


class ReportLike(Protocol):
    @property
    def area_title(self) -> str: ...
    @property
    def date_text(self) -> str: ...
    @property
    def summary(self) -> list[str]: ...
    @property
    def shapes(self) -> Sequence[ShapeLike]: ...
    @property
    def outlines(self) -> Sequence[ShapeLike]: ...
    @property
    def panels(self) -> Sequence[PanelLike]: ...
    @property
    def kreise(self) -> Sequence[KreisLike]: ...
    @property
    def attribution(self) -> str: ...
    @property
    def sources(self) -> list[str]: ...


TITLE = "Versorgungsbericht"
NO_DATA = "#737373"
HATCH_GAP = 2.4  # points between hatch lines
HATCH_COLOUR = colors.white
BORDER = colors.white
OUTLINE = colors.HexColor("#333333")


def _bounds(shapes: Sequence[ShapeLike]) -> tuple[float, float, float, float]:
    points = [point for shape in shapes for ring in shape.rings for point in ring]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def hatch_lines(
    rings: Sequence[Sequence[Point]], gap: float, cross: bool = False
) -> list[tuple[Point, Point]]:
    """Diagonal line pieces inside ``rings`` (even-odd), ``gap`` apart, as the app draws.

    reportlab's drawings cannot clip, so each line is cut at the outline: the rings are
    turned by 45°, cut by horizontal lines, and the inside pieces turned back.
    """
    pieces: list[tuple[Point, Point]] = []
    for sign in (1.0, -1.0) if cross else (1.0,):
        # u = (x + s·y)/√2 along the line, v = (s·y − x)/√2 across it; lines at v = k·gap.
        root = 2**0.5
        turned = [
            [((x + sign * y) / root, (sign * y - x) / root) for x, y in ring] for ring in rings
        ]
        vs = [v for ring in turned for _, v in ring]
        if not vs:
            continue
        k = int(min(vs) // gap) + 1
        while k * gap < max(vs):
            v = k * gap
            crossings: list[float] = []
            for ring in turned:
                for (u1, v1), (u2, v2) in zip(ring, [*ring[1:], ring[0]], strict=True):
                    if (v1 <= v) != (v2 <= v):
                        crossings.append(u1 + (v - v1) * (u2 - u1) / (v2 - v1))
            crossings.sort()
            for u_start, u_end in zip(crossings[::2], crossings[1::2], strict=False):
                pieces.append(
                    (
                        ((u_start - v) / root, sign * (u_start + v) / root),
                        ((u_end - v) / root, sign * (u_end + v) / root),
                    )
                )
            k += 1
    return pieces


def map_drawing(
    shapes: Sequence[ShapeLike],
    outlines: Sequence[ShapeLike],
    fills: dict[str, str],
    width: float,
    height: float,
    patterns: dict[str, str] | None = None,
) -> Drawing:
    """The Kreise filled by ``fills`` (AGS → hex), Landkreise first, cities on top.

    ``patterns`` (AGS → "hatch" or "cross") lays white hatching over a fill, so classes
    next to each other in the legend differ by more than colour.

    The shapes are in km with y pointing down; the drawing flips them (PDF y points up).
    """
    left, top, right, bottom = _bounds(shapes)
    scale = min(width / (right - left), height / (bottom - top))
    dx = (width - (right - left) * scale) / 2
    dy = (height - (bottom - top) * scale) / 2
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # not Helvetica, which is not embedded

    def path(shape: ShapeLike, fill: object, stroke: object, stroke_width: float) -> Path:
        result = Path(
            fillColor=fill,
            strokeColor=stroke,
            strokeWidth=stroke_width,
            fillMode=FILL_EVEN_ODD,
            strokeLineJoin=1,
        )
        for ring in shape.rings:
            first = True
            for x, y in ring:
                px, py = dx + (x - left) * scale, height - dy - (y - top) * scale
                if first:
                    result.moveTo(px, py)
                    first = False
                else:
                    result.lineTo(px, py)
            result.closePath()
        return result

    def flat(x: float, y: float) -> Point:
        return dx + (x - left) * scale, height - dy - (y - top) * scale

    for shape in sorted(shapes, key=lambda s: s.is_city):
        fill = colors.HexColor(fills.get(shape.ags, NO_DATA))
        drawing.add(path(shape, fill, BORDER, 0.35))
        pattern = (patterns or {}).get(shape.ags, "")
        if pattern:
            rings = [[flat(x, y) for x, y in ring] for ring in shape.rings]
            for (x1, y1), (x2, y2) in hatch_lines(rings, HATCH_GAP, pattern == "cross"):
                drawing.add(Line(x1, y1, x2, y2, strokeColor=HATCH_COLOUR, strokeWidth=0.45))
    for outline in outlines:
        drawing.add(path(outline, None, OUTLINE, 0.8))
    return drawing


def _legend(entries: list[tuple[str, str, str]], width: float) -> Table:
    size = 0.28 * cm
    rows = []
    for label, colour, pattern in entries:
        swatch = Drawing(size, size)
        swatch.initialFontName = FONT  # not Helvetica, which is not embedded
        swatch.add(
            Rect(0, 0, size, size, fillColor=colors.HexColor(colour), strokeColor=OUTLINE,
                 strokeWidth=0.3)
        )  # fmt: skip
        square = [(0.0, 0.0), (size, 0.0), (size, size), (0.0, size)]
        for (x1, y1), (x2, y2) in hatch_lines([square], HATCH_GAP * 0.8, pattern == "cross"):
            if pattern:
                swatch.add(Line(x1, y1, x2, y2, strokeColor=HATCH_COLOUR, strokeWidth=0.45))
        rows.append([swatch, para(label, styles().small)])
    table = Table(rows, colWidths=[size + 4, width - size - 4])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # the default, Helvetica, is not embedded
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _maps(report: ReportLike, width: float) -> Flowable:
    """The map panels side by side, each with title and legend, the attribution below."""
    gap = 0.4 * cm
    panel_width = (width - gap * (len(report.panels) - 1)) / max(len(report.panels), 1)
    columns = []
    for panel in report.panels:
        title = Drawing(panel_width, 14)
        title.initialFontName = FONT  # not Helvetica, which is not embedded
        title.add(String(0, 3, panel.title, fontName=FONT_BOLD, fontSize=10))
        drawing = map_drawing(
            report.shapes,
            report.outlines,
            panel.fills,
            panel_width,
            panel_width * 1.02,
            panel.patterns,
        )
        columns.append([title, drawing, _legend(panel.legend, panel_width)])
    grid = Table(
        [list(cells) for cells in zip(*columns, strict=True)],
        colWidths=[panel_width + gap] * len(columns),
    )
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # the default, Helvetica, is not embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    note = Drawing(width, 12)
    note.initialFontName = FONT  # not Helvetica, which is not embedded
    note.add(String(0, 3, report.attribution, fontName=FONT, fontSize=7))
    return KeepTogether([grid, note])


def _gap_rows(report: ReportLike) -> list[list[str]]:
    return [[kreis.title, ", ".join(kreis.gaps)] for kreis in report.kreise if kreis.gaps]


def story(report: ReportLike) -> list[Flowable]:
    """The report's content (without the page frame)."""
    s = styles()
    width = content_width()
    flowables: list[Flowable] = [para(line, s.body) for line in report.summary]
    flowables += [Spacer(1, 0.3 * cm), _maps(report, width)]
    gaps = _gap_rows(report)
    flowables.append(para("Lücken", s.heading))
    if gaps:
        flowables.append(
            para(
                "Was dem Ziel – Integrationskonzept, gefördertes KI und Angebote in "
                "Elementarbereich, Schule und Übergang Schule–Beruf in jedem Kreis – "
                "noch fehlt:",
                s.body,
            )
        )
        flowables.append(data_table(["Kreis", "Lücken"], gaps, [6.2 * cm, width - 6.2 * cm]))
    else:
        flowables.append(para("Keine Lücken: jeder Kreis erfüllt alle Punkte.", s.body))
    flowables.append(para("Alle Kreise", s.heading))
    flowables.append(
        para(
            "Konzept: Integrationskonzept; Lotsin: Integrationslotsin vorhanden; Angebote: "
            "aktive Angebote, dazu je 10.000 Einwohner und je KI-Bereich.",
            s.small,
        )
    )
    headers = [
        "Kreis",
        "Konzept",
        "KI",
        "Lot-\nsin",
        "Helfer-\nkreise",
        "Ange-\nbote",
        "je 10.000\nEinw.",
        "Elemen-\ntar-\nbereich",
        "Schule",
        "Über-\ngang\nSchule–\nBeruf",
        "Gemein-\nden ohne\nAngebot",
        "letzter\nKI-Kontakt",
    ]
    rows = [
        [
            kreis.title,
            kreis.concept,
            kreis.ki,
            kreis.guide,
            kreis.groups,
            kreis.programmes,
            kreis.per_10k,
            *kreis.areas,
            kreis.without,
            kreis.last_contact,
        ]
        for kreis in report.kreise
    ]
    widths = [3.3, 1.8, 1.9, 0.9, 1.1, 1.1, 1.4, 1.3, 1.1, 1.2, 1.4, 1.8]
    scale = width / sum(widths)
    flowables.append(
        data_table(
            headers,
            rows,
            [w * scale for w in widths],
            size=7.2,
            align_right=tuple(range(4, 11)),
        )
    )
    flowables.append(para("Quellen", s.heading))
    flowables += [para(source, s.small) for source in report.sources]
    return flowables


def build_coverage_report(target: Target, report: ReportLike, **options: Any) -> int:
    """Write the Versorgungsbericht to ``target``; return the number of pages.

    ``options`` go to ``build_pdf`` (``progress``, ``cancelled``, ``created``).
    """
    return build_pdf(
        target,
        TITLE,
        story(report),
        subtitle=f"{report.area_title} · Stand {report.date_text}",
        source=report.attribution,
        **options,
    )


build = build_coverage_report
"""The name every report module offers (see ``reports/__init__``)."""
