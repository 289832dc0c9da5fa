"""Angebotsübersicht: the Angebote of a place, grouped by Handlungsfeld; and the Aushang.

The overview is a list for newcomers, helpers and the Landratsamt: per Handlungsfeld (in
the fixed order of the vocabulary, Sprache first) a table with day and time, place,
languages, Anmeldung, Kinderbetreuung and Kosten. An Angebot with several
Handlungsfelder appears under each, because a reader looks up one field. Landscape A4,
so that the seven columns stay readable; tables continue over pages with their header.

The Aushang is one page in large type for a notice board: the first Angebote of each
field, and how many more there are; it always fits on one page (shrunk if need be).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, Spacer

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.text_folding import sort_key
from helferapp.reports.pdf_base import data_table, para, styles
from helferapp.reports.pdf_document import (
    Target,
    build_pdf,
    content_height,
    content_width,
)
from helferapp.reports.rows import ProgrammeEntry, ProgrammeOverview

TITLE = "Angebotsübersicht"
AUSHANG_TITLE = "Aushang: Angebote"
HEADERS = (
    "Angebot",
    "Anbieter / für wen",
    "Wann",
    "Ort",
    "Sprachen",
    "Anmeldung",
    "Kinder-\nbetreuung",
    "Kosten",
)
WIDTHS_CM = (5.4, 4.2, 3.9, 4.0, 2.8, 2.2, 2.0, 2.0)
AUSHANG_ITEMS = 16


def _yes(value: bool) -> str:
    return "ja" if value else "–"


def row(entry: ProgrammeEntry) -> list[str]:
    """The cells of one Angebot in the overview table."""
    provider = entry.provider
    if entry.target_group:
        provider = (
            f"{provider}\nfür: {entry.target_group}" if provider else f"für: {entry.target_group}"
        )
    return [
        entry.title,
        provider,
        entry.when,
        entry.place,
        ", ".join(entry.languages),
        "nötig" if entry.registration_required else "nicht nötig",
        _yes(entry.childcare),
        entry.cost or "kostenlos",
    ]


def by_field(programmes: Sequence[ProgrammeEntry]) -> dict[FieldOfAction, list[ProgrammeEntry]]:
    """Angebote per Handlungsfeld (vocabulary order), each list sorted by place and title."""
    groups: dict[FieldOfAction, list[ProgrammeEntry]] = defaultdict(list)
    for entry in programmes:
        for field in entry.fields or ():
            groups[field].append(entry)
    ordered: dict[FieldOfAction, list[ProgrammeEntry]] = {}
    for field in FieldOfAction:
        if field in groups:
            ordered[field] = sorted(
                groups[field], key=lambda e: (sort_key(e.gemeinde), sort_key(e.title))
            )
    return ordered


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}".replace(",", ".")


def overview_flowables(overview: ProgrammeOverview) -> list[Flowable]:
    """Per Handlungsfeld a heading and a table (shared by the report and the benchmark)."""
    s = styles()
    widths = [width * cm for width in WIDTHS_CM]
    scale = content_width(wide=True) / sum(widths)
    widths = [width * scale for width in widths]
    cells: dict[int, list[str]] = {}
    story: list[Flowable] = []
    groups = by_field(overview.programmes)
    if not groups:
        story.append(para("Für diese Auswahl sind keine Angebote erfasst.", s.body))
    for field, entries in groups.items():
        rows = []
        for entry in entries:
            key = id(entry)
            if key not in cells:
                cells[key] = row(entry)
            rows.append(cells[key])
        story += [
            CondPageBreak(3.5 * cm),
            para(f"{field.label} ({_count(len(entries), 'Angebot', 'Angebote')})", s.heading),
            data_table(HEADERS, rows, widths, long=len(rows) > 200, bold_columns=(0,)),
        ]
    return story


def build(target: Target, overview: ProgrammeOverview, **options: Any) -> int:
    """Write the Angebotsübersicht (landscape A4); return the number of pages."""
    total = _count(len(overview.programmes), "Angebot", "Angebote")
    return build_pdf(
        target,
        TITLE,
        overview_flowables(overview),
        subtitle=f"{overview.scope} · {total}",
        wide=True,
        **options,
    )


def _aushang_line(entry: ProgrammeEntry) -> str:
    details = ", ".join(part for part in (entry.when, entry.place) if part)
    return f"{entry.title} – {details}" if details else entry.title


def build_aushang(target: Target, overview: ProgrammeOverview, **options: Any) -> int:
    """Write the one-page Aushang in large type; return 1."""
    s = styles()
    groups = by_field(overview.programmes)
    budget = max(AUSHANG_ITEMS, len(groups))
    per_field = max(1, budget // max(len(groups), 1))
    content: list[Flowable] = [para("Angebote", s.poster), para(overview.scope, s.large)]
    shown = 0
    for field, entries in groups.items():
        content.append(para(field.label, s.large_heading))
        for entry in entries[:per_field]:
            content.append(para(_aushang_line(entry), s.large, markup="•&nbsp;%s"))
        shown += min(len(entries), per_field)
        if len(entries) > per_field:
            more = len(entries) - per_field
            content.append(para(f"… und {_count(more, 'weiteres', 'weitere')}", s.large))
    if not groups:
        content.append(para("Für diese Auswahl sind keine Angebote erfasst.", s.large))
    content += [
        Spacer(1, 0.5 * cm),
        para("Alle Angebote mit Zeiten und Kontakt: Angebotsübersicht (HelferApp).", s.body),
    ]
    frame = KeepInFrame(content_width(), content_height() - 2, content, mode="shrink")
    return build_pdf(target, AUSHANG_TITLE, [frame], heading=False, **options)
