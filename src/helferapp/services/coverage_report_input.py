"""What the Versorgungsbericht prints, prepared from the figures: plain German text.

``reports/`` must not import services (it gets its rows passed in), and both the GUI and
the CLI print the report, so the one place that turns ``Coverage`` plus the map
geometry and colour classes into printable rows is here. Everything is already German
text or a hex colour; the report module only lays it out. Its ``Protocol``s describe
exactly these attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from helferapp.domain.enums import ConceptStatus, KIArea, KIStatus
from helferapp.domain.validation import format_date
from helferapp.services.coverage import Coverage, KreisCoverage, ki_text
from helferapp.services.coverage_measures import Classification, Measure, classify, german_number
from helferapp.services.map_geometry import ATTRIBUTION_LONG, MapGeometry, Shape, load_geometry

SOURCE_POPULATION = (
    "Einwohner: © Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.2024, "
    "Bevölkerung 31.12.2023; dl-de/by-2-0"
)


@dataclass(frozen=True)
class MapPanel:
    """One small map: its title, a fill colour and pattern per AGS, and its legend."""

    title: str
    fills: dict[str, str]
    legend: list[tuple[str, str, str]]  # (label, hex colour, pattern: "", "hatch", "cross")
    patterns: dict[str, str] = field(default_factory=dict)  # AGS → pattern, if not solid


@dataclass(frozen=True)
class ReportKreis:
    """One line of the Kreis table, as text."""

    title: str
    concept: str
    ki: str
    guide: str
    groups: str
    programmes: str
    per_10k: str
    areas: tuple[str, str, str]  # Elementarbereich, Schule, Übergang Schule–Beruf
    without: str
    last_contact: str
    gaps: tuple[str, ...]


@dataclass(frozen=True)
class CoverageReportInput:
    """Everything ``reports.coverage_report.build_coverage_report`` needs."""

    area_title: str
    date_text: str
    summary: list[str]
    shapes: list[Shape]
    outlines: list[Shape]
    panels: list[MapPanel]
    kreise: list[ReportKreis]
    attribution: str
    sources: list[str]


def _panel(title: str, classification: Classification, shown: set[str]) -> MapPanel:
    shown_classes = {ags: e for ags, e in classification.classes.items() if ags in shown}
    fills = {ags: entry.colour for ags, entry in shown_classes.items()}
    patterns = {ags: entry.pattern for ags, entry in shown_classes.items() if entry.pattern}
    legend = [(entry.label, entry.colour, entry.pattern) for entry in classification.legend]
    return MapPanel(title, fills, legend, patterns)


def _status(member: ConceptStatus | KIStatus | None) -> str:
    return member.label if member is not None else "nicht erfasst"


def _kreis(row: KreisCoverage) -> ReportKreis:
    return ReportKreis(
        title=row.title,
        concept=_status(row.concept),
        ki=ki_text(row),
        guide="ja" if row.integration_guide else "–",
        groups=german_number(row.groups, 0),
        programmes=german_number(row.programmes, 0),
        per_10k=german_number(row.per_10k),
        areas=(
            german_number(row.by_area[KIArea.ELEMENTARY], 0),
            german_number(row.by_area[KIArea.SCHOOL], 0),
            german_number(row.by_area[KIArea.SCHOOL_TO_WORK], 0),
        ),
        without=f"{row.gemeinden_without} / {row.gemeinden}",
        last_contact=format_date(row.last_ki_contact) or "–",
        gaps=tuple(gap.label for gap in row.gaps),
    )


def report_input(
    figures: Coverage, bezirk: str | None = None, geometry: MapGeometry | None = None
) -> CoverageReportInput:
    """The Versorgungsbericht for Bavaria (``bezirk`` None) or one Regierungsbezirk."""
    geometry = geometry or load_geometry()
    rows = figures.in_bezirk(bezirk)
    area = figures.area(bezirk)
    shown = {row.ags for row in rows}
    shapes = [shape for shape in geometry.kreise if shape.ags in shown]
    outlines = [
        shape for shape in geometry.bezirke if bezirk in (None, "09") or shape.ags == bezirk
    ]
    title = "Bayern" if area.ags == "09" else f"Regierungsbezirk {area.name}"
    with_gaps = sum(1 for row in rows if row.gaps)
    summary = [
        f"{area.kreise} Kreise, {german_number(area.population, 0)} Einwohner",
        f"Integrationskonzept beschlossen: {area.concept.get(ConceptStatus.ADOPTED, 0)}, "
        f"in Arbeit: {area.concept.get(ConceptStatus.PLANNED, 0)}, "
        f"keins: {area.concept.get(ConceptStatus.NONE, 0)}, "
        f"nicht erfasst: {area.concept.get(None, 0)}",
        f"Kommunales Integrationszentrum aktiv: {area.ki.get(KIStatus.ACTIVE, 0)}, "
        f"geplant: {area.ki.get(KIStatus.PLANNED, 0)}, keins: {area.ki.get(KIStatus.NONE, 0)}, "
        f"nicht erfasst: {area.ki.get(None, 0)} (davon aus einer Stelle bekannt: "
        f"{area.ki_from_stelle}); Integrationslotsin: {area.integration_guide}",
        f"{german_number(area.programmes, 0)} aktive Angebote "
        f"({german_number(area.per_10k)} je 10.000 Einwohner), davon Elementarbereich "
        f"{german_number(area.by_area[KIArea.ELEMENTARY], 0)}, Schule "
        f"{german_number(area.by_area[KIArea.SCHOOL], 0)}, Übergang Schule–Beruf "
        f"{german_number(area.by_area[KIArea.SCHOOL_TO_WORK], 0)}",
        f"{german_number(area.gemeinden_without, 0)} von {german_number(area.gemeinden, 0)} "
        f"Gemeinden ohne Angebot; {with_gaps} von {area.kreise} Kreisen mit Lücken",
    ]
    panels = [
        _panel("Integrationskonzept", classify(figures.kreise, Measure.CONCEPT), shown),
        _panel("Kommunales Integrationszentrum", classify(figures.kreise, Measure.KI), shown),
    ]
    return CoverageReportInput(
        area_title=title,
        date_text=format_date(figures.today),
        summary=summary,
        shapes=shapes,
        outlines=outlines,
        panels=panels,
        kreise=[_kreis(row) for row in rows],
        attribution=ATTRIBUTION_LONG,
        sources=[f"Karte: {ATTRIBUTION_LONG}", SOURCE_POPULATION],
    )
