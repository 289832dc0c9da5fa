"""What the map colours a Kreis by: measures, their classes, legends and colours.

The map widget and the Versorgungsbericht must agree on which colour means what, so
the classification lives here, once, without Qt or reportlab: each measure sorts every
Kreis into a class with a German label and a colour (hex, for a light background, with
a second set for a dark palette). The colours are orange–blue rather than red–green,
which people with a colour vision deficiency tell apart, and every colour stands at
3:1 or more against the background (EN 301 549 / WCAG 1.4.11, non-text contrast).
Classes next to each other in the legend differ either by 3:1 or by a pattern
(``HATCH`` lines, ``CROSS`` hatching for "nicht erfasst"), so they can be told apart in
grey too; and no colour is ever the only hint: tooltips, the table and the report say
it in words.

Classes of the "per 10,000 inhabitants" measures are found from the data (rounded
quantiles), because a Land's worth of demo data and a single Helferkreis' records differ
by orders of magnitude; zero is always its own class, as it is a gap.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from helferapp.domain.enums import ConceptStatus, KIArea, KIStatus
from helferapp.services.coverage import KreisCoverage, per_10k

# Light background (white paper, a light window). tests/ui/accessibility measure them.
BAD = "#d95f02"
MID = "#2166ac"
GOOD = "#08306b"
UNKNOWN = "#737373"
SEQUENCE = ("#4a8fc7", "#2171b5", "#08519c", "#08306b")
# The same classes on a dark window: light on dark instead of dark on light.
DARK = {
    BAD: "#c86400",
    MID: "#6baed6",
    GOOD: "#deebf7",
    UNKNOWN: "#a6a6a6",
    SEQUENCE[0]: "#4fa0d8",
    SEQUENCE[1]: "#6baed6",
    SEQUENCE[2]: "#9ecae1",
    SEQUENCE[3]: "#deebf7",
}
SOLID = ""
HATCH = "hatch"  # diagonal lines
CROSS = "cross"  # diagonal cross-hatching


class Measure(StrEnum):
    """What the map shows."""

    CONCEPT = "konzept"
    KI = "ki"
    PER_10K = "angebote"
    AREA = "bereich"

    @property
    def label(self) -> str:
        return {
            Measure.CONCEPT: "Integrationskonzept",
            Measure.KI: "Kommunales Integrationszentrum",
            Measure.PER_10K: "Angebote je 10.000 Einwohner",
            Measure.AREA: "Angebote im KI-Bereich je 10.000 Einwohner",
        }[self]


@dataclass(frozen=True)
class LegendEntry:
    """One class of a measure: its colour and German label.

    The GUI shows the label in the user's language: it translates ``template`` (the
    label itself if empty) in ``context`` and puts ``numbers`` in for %1, %2 — the
    German figures of a range, e.g. "unter %1" with "2,5".
    """

    key: str
    label: str
    colour: str
    pattern: str = SOLID  # SOLID, HATCH or CROSS, drawn over the colour
    context: str = "coverage"
    template: str = ""
    numbers: tuple[str, ...] = ()

    @property
    def dark_colour(self) -> str:
        """The colour on a dark background."""
        return DARK.get(self.colour, self.colour)


@dataclass(frozen=True)
class Classification:
    """Colour and class of every Kreis for one measure, and the legend to explain them."""

    measure: Measure
    area: KIArea | None
    legend: tuple[LegendEntry, ...]
    classes: dict[str, LegendEntry]  # AGS → entry
    values: dict[str, str]  # AGS → the figure in words, e.g. "3,4" or "in Arbeit"

    @property
    def title(self) -> str:
        if self.measure is Measure.AREA and self.area is not None:
            return f"Angebote „{self.area.label}“ je 10.000 Einwohner"
        return self.measure.label


def german_number(value: float, digits: int = 1) -> str:
    """3.25 → "3,3"; 1234 → "1.234" (for whole numbers)."""
    if digits == 0:
        return f"{value:,.0f}".replace(",", ".")
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def nice_breaks(values: Sequence[float], classes: int = len(SEQUENCE)) -> list[float]:
    """Upper bounds (exclusive) of ``classes - 1`` classes over the positive ``values``.

    Quantiles rounded to the nearest round number, strictly increasing; fewer when the
    data has few distinct values.
    """
    positive = sorted(value for value in values if value > 0)
    if not positive:
        return []
    breaks: list[float] = []
    for step in range(1, classes):
        quantile = positive[min(len(positive) - 1, len(positive) * step // classes)]
        bound = _round_nicely(quantile)
        if bound > positive[0] and (not breaks or bound > breaks[-1]):
            breaks.append(bound)
    return breaks


NICE_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def _round_nicely(value: float) -> float:
    """The round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) nearest to ``value``."""
    magnitude = 10.0 ** math.floor(math.log10(value))
    return min((step * magnitude for step in NICE_STEPS), key=lambda bound: abs(bound - value))


def _range_labels(breaks: list[float]) -> list[tuple[str, tuple[str, ...]]]:
    """Each class's label as a template and its German figures (see ``LegendEntry``)."""
    digits = 0 if all(bound == int(bound) for bound in breaks) else 1
    bounds = [german_number(bound, digits) for bound in breaks]
    if not bounds:
        return [("mehr als 0", ())]
    labels: list[tuple[str, tuple[str, ...]]] = [("unter %1", (bounds[0],))]
    labels += [("%1 bis unter %2", (low, high)) for low, high in itertools.pairwise(bounds)]
    labels.append(("%1 und mehr", (bounds[-1],)))
    return labels


def filled(template: str, numbers: tuple[str, ...]) -> str:
    """``template`` with ``numbers`` put in for %1, %2, … (a legend range's label)."""
    for number, value in enumerate(numbers, 1):
        template = template.replace(f"%{number}", value)
    return template


_CONCEPT = {
    ConceptStatus.ADOPTED: GOOD,
    ConceptStatus.PLANNED: MID,
    ConceptStatus.NONE: BAD,
}
_KI = {KIStatus.ACTIVE: GOOD, KIStatus.PLANNED: MID, KIStatus.NONE: BAD}
_PATTERNS = {ConceptStatus.PLANNED.value: HATCH, KIStatus.PLANNED.value: HATCH}
NOT_RECORDED = LegendEntry("none", "nicht erfasst", UNKNOWN, CROSS)
# Known from a Stelle of kind KI, status not recorded: a KI exists (blue), hatched
# because its status is still open; never drawn like "keins".
KI_FROM_STELLE = LegendEntry("stelle", "KI bekannt (Stelle), Status nicht erfasst", GOOD, HATCH)


def _status_legend(
    colours: Mapping[ConceptStatus, str] | Mapping[KIStatus, str],
) -> tuple[LegendEntry, ...]:
    """One legend entry per recorded status, in the order of ``colours`` (best first);
    a planned one hatched."""
    return tuple(
        LegendEntry(status.value, status.label, colour, _PATTERNS.get(status.value, SOLID), "enums")
        for status, colour in colours.items()
    )


def classify(
    rows: Sequence[KreisCoverage], measure: Measure, area: KIArea | None = None
) -> Classification:
    """Sort every Kreis of ``rows`` into a class of ``measure`` (``area`` for AREA)."""
    if measure is Measure.CONCEPT:
        legend = _status_legend(_CONCEPT)
        entries = {entry.key: entry for entry in legend}
        classes = {
            row.ags: entries[row.concept.value] if row.concept else NOT_RECORDED for row in rows
        }
        values = {row.ags: classes[row.ags].label for row in rows}
        return Classification(measure, None, (*legend, NOT_RECORDED), classes, values)
    if measure is Measure.KI:
        legend = _status_legend(_KI)
        entries = {entry.key: entry for entry in legend}
        classes = {
            row.ags: entries[row.ki.value]
            if row.ki
            else (KI_FROM_STELLE if row.ki_stellen else NOT_RECORDED)
            for row in rows
        }
        values = {row.ags: classes[row.ags].label for row in rows}
        return Classification(
            measure, None, (*legend, KI_FROM_STELLE, NOT_RECORDED), classes, values
        )
    chosen = area or KIArea.ELEMENTARY
    figures = {
        row.ags: row.per_10k
        if measure is Measure.PER_10K
        else per_10k(row.by_area.get(chosen, 0), row.population)
        for row in rows
    }
    breaks = nice_breaks(list(figures.values()))
    labels = _range_labels(breaks)
    zero = LegendEntry("0", "kein Angebot", BAD)
    # Solid "kein Angebot", then hatched and solid by turns: neighbours differ by pattern.
    steps = tuple(
        LegendEntry(
            f"c{number}",
            filled(template, numbers),
            SEQUENCE[number + len(SEQUENCE) - len(labels)],
            HATCH if number % 2 == 0 else SOLID,
            template=template,
            numbers=numbers,
        )
        for number, (template, numbers) in enumerate(labels)
    )
    classes = {}
    for ags, value in figures.items():
        if value <= 0:
            classes[ags] = zero
            continue
        index = sum(1 for bound in breaks if value >= bound)
        classes[ags] = steps[index]
    values = {ags: german_number(value) for ags, value in figures.items()}
    return Classification(
        measure, chosen if measure is Measure.AREA else None, (zero, *steps), classes, values
    )
