"""Angebotsübersicht: the Angebote of a place, grouped by Handlungsfeld; and the Aushang.

The overview is a list for newcomers, helpers and the Landratsamt: per Handlungsfeld (in
the fixed order of the vocabulary, Sprache first) a table with day and time, place,
languages, Anmeldung, Kinderbetreuung and Kosten. An Angebot with several
Handlungsfelder appears under each, because a reader looks up one field. Landscape A4,
so that the seven columns stay readable; tables continue over pages with their header.

The Aushang is one page in large type for a notice board: the first Angebote of each
field, and how many more there are; it always fits on one page (shrunk if need be).

Both can be bilingual (``language="ar"`` …, see ``notice_languages``): headings, column
names, weekdays, yes/no words, Handlungsfelder and the footer line appear in German and
in the second language, right-aligned and right to left where that language is; titles,
places and free text stay as the helpers typed them. Until a native speaker has checked
the language's file, a small note on the sheet says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, Paragraph, Spacer

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.text_folding import sort_key
from helferapp.reports import bidi_order, scripts
from helferapp.reports.notice_languages import GERMAN_MONTHS, NoticeLanguage, load
from helferapp.reports.pdf_base import FONT_BOLD, data_table, para, styles
from helferapp.reports.pdf_document import (
    Target,
    build_pdf,
    content_height,
    content_width,
    title_block,
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


def overview_flowables(
    overview: ProgrammeOverview, second: NoticeLanguage | None = None
) -> list[Flowable]:
    """Per Handlungsfeld a heading and a table (shared by the report and the benchmark).

    With ``second``, headings, column names and the words in the cells are bilingual.
    """
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
                cells[key] = row(entry) if second is None else bilingual_row(entry, second)
            rows.append(cells[key])
        heading = f"{field.label} ({_count(len(entries), 'Angebot', 'Angebote')})"
        headers = HEADERS if second is None else bilingual_headers(second)
        story += [
            CondPageBreak((3.5 if second is None else 4.5) * cm),
            para(heading, s.heading),
            *([] if second is None else [_second(second.field(field), s.heading, second, 0)]),
            data_table(headers, rows, widths, long=len(rows) > 200, bold_columns=(0,)),
        ]
    return story


def _in(second: NoticeLanguage, text: str) -> str:
    """A cell line in the second language (marked right to left where it is)."""
    return bidi_order.RTL_MARK + text if second.rtl else text


def bilingual_headers(second: NoticeLanguage) -> tuple[str, ...]:
    """The column names in German, each with the second language below."""
    words = (
        second.term("offer"),
        f"{second.term('provider')} / {second.term('for_whom')}",
        second.term("when"),
        second.term("where"),
        second.term("languages"),
        second.term("registration"),
        second.term("childcare"),
        second.term("cost"),
    )
    return tuple(
        f"{german}\n{_in(second, word)}" for german, word in zip(HEADERS, words, strict=True)
    )


def _second_when(entry: ProgrammeEntry, second: NoticeLanguage) -> str:
    span = ""
    if entry.start_time:
        span = entry.start_time.strftime("%H:%M")
        if entry.end_time:
            span += "–" + entry.end_time.strftime("%H:%M")
    day = second.weekday(entry.weekday) if entry.weekday else ""
    return " ".join(part for part in (day, span) if part)


def bilingual_row(entry: ProgrammeEntry, second: NoticeLanguage) -> list[str]:
    """The cells of one Angebot with the second language's words below the German ones."""
    cells = row(entry)
    when = _second_when(entry, second)
    if when:
        cells[2] = f"{cells[2]}\n{_in(second, when)}" if cells[2] else _in(second, when)
    if entry.accessible:
        cells[3] = "\n".join(
            part
            for part in (cells[3], "barrierefrei", _in(second, second.term("accessible")))
            if part
        )
    registration = (
        "registration_required" if entry.registration_required else ("registration_not_required")
    )
    cells[5] += "\n" + _in(second, second.term(registration))
    if entry.childcare:
        cells[6] += "\n" + _in(second, second.term("yes"))
    if not entry.cost:
        cells[7] += "\n" + _in(second, second.term("free"))
    return cells


@cache
def _aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


def _second(text: str, style: ParagraphStyle, second: NoticeLanguage, width: float) -> Paragraph:
    """A paragraph in the second language: right-aligned and broken right to left for RTL.

    ``width`` is the line length for breaking a right-to-left text into lines (0: one line).
    """
    if not second.rtl:
        return para(text, style)
    bold = style.fontName == FONT_BOLD
    lines = (
        scripts.rtl_lines(text, style.fontName, style.fontSize, width, bold=bold)
        if width
        else [text]
    )
    return para("\n".join(lines), _aligned(style), rtl=True)


def _review_note(second: NoticeLanguage, width: float) -> list[Flowable]:
    """Until a native speaker has checked the language: a small note saying so."""
    if second.reviewed:
        return []
    s = styles()
    german = (
        f"Die {second.name_de}-Übersetzung ist noch nicht von Muttersprachlern geprüft. "
        "Korrekturen nimmt der Helferkreis gern an."
    )
    return [para(german, s.small), _second(second.term("unreviewed"), s.small, second, width)]


def _footer_line(second: NoticeLanguage, created: date | None) -> str:
    day = created or date.today()
    return (
        f"Stand {GERMAN_MONTHS[day.month - 1]} {day.year} · "
        f"{second.term('as_of')} {second.month_year(day)} · {second.term('footer')}"
    )


def build(
    target: Target, overview: ProgrammeOverview, *, language: str | None = None, **options: Any
) -> int:
    """Write the Angebotsübersicht (landscape A4); return the number of pages.

    ``language`` (a code from ``notice_languages.CODES``) makes it bilingual.
    """
    total = _count(len(overview.programmes), "Angebot", "Angebote")
    if not language:
        return build_pdf(
            target,
            TITLE,
            overview_flowables(overview),
            subtitle=f"{overview.scope} · {total}",
            wide=True,
            **options,
        )
    second = load(language)
    width = content_width(wide=True)
    s = styles()
    count = second.term("count", n=len(overview.programmes))
    story: list[Flowable] = [
        *title_block(TITLE),
        _second(second.term("overview_title"), s.title, second, width),
        para(f"{overview.scope} · {total}", s.subtitle),
        _second(count, s.subtitle, second, width),
        *_review_note(second, width),
        Spacer(1, 0.3 * cm),
        *overview_flowables(overview, second),
    ]
    return build_pdf(
        target,
        TITLE,
        story,
        wide=True,
        heading=False,
        source=_footer_line(second, options.get("created")),
        **options,
    )


def _aushang_line(entry: ProgrammeEntry) -> str:
    details = ", ".join(part for part in (entry.when, entry.place) if part)
    return f"{entry.title} – {details}" if details else entry.title


def build_aushang(
    target: Target, overview: ProgrammeOverview, *, language: str | None = None, **options: Any
) -> int:
    """Write the one-page Aushang in large type; return 1.

    ``language`` (a code from ``notice_languages.CODES``) makes it bilingual: each
    heading and each Angebot's day, place and notes also in that language.
    """
    s = styles()
    second = load(language) if language else None
    width = content_width()
    groups = by_field(overview.programmes)
    # Bilingual, each Angebot takes two lines in large type: half as many fit.
    budget = max(AUSHANG_ITEMS // (2 if second else 1), len(groups))
    per_field = max(1, budget // max(len(groups), 1))
    content: list[Flowable] = [para("Angebote", s.poster)]
    if second is not None:
        content.append(_second(second.term("offers"), s.poster, second, width))
        content += _review_note(second, width)
    content.append(para(overview.scope, s.large))
    shown = 0
    for field, entries in groups.items():
        content.append(para(field.label, s.large_heading))
        if second is not None:
            content.append(_second(second.field(field), s.large_heading, second, width))
        for entry in entries[:per_field]:
            line = _aushang_line(entry)
            if second is not None:
                line = " · ".join([line, *_german_notes(entry)])
            content.append(para(line, s.large, markup="•&nbsp;%s"))
            if second is not None:
                content.append(_second(_aushang_second(entry, second), s.large, second, width))
        shown += min(len(entries), per_field)
        if len(entries) > per_field:
            more = len(entries) - per_field
            content.append(para(f"… und {_count(more, 'weiteres', 'weitere')}", s.large))
            if second is not None:
                content.append(_second(second.term("more", n=more), s.large, second, width))
    if not groups:
        content.append(para("Für diese Auswahl sind keine Angebote erfasst.", s.large))
        if second is not None:
            content.append(_second(second.term("none"), s.large, second, width))
    content += [
        Spacer(1, 0.5 * cm),
        para("Alle Angebote mit Zeiten und Kontakt: Angebotsübersicht (HelferApp).", s.body),
    ]
    source = ""
    if second is not None:
        content.append(_second(second.term("footer"), s.body, second, width))
        source = _footer_line(second, options.get("created"))
    frame = KeepInFrame(width, content_height(source=bool(source)) - 2, content, mode="shrink")
    return build_pdf(target, AUSHANG_TITLE, [frame], heading=False, source=source, **options)


def _german_notes(entry: ProgrammeEntry) -> list[str]:
    notes = [
        "Anmeldung nötig" if entry.registration_required else "",
        "kostenlos" if not entry.cost else "",
        "Kinderbetreuung" if entry.childcare else "",
        "barrierefrei" if entry.accessible else "",
    ]
    return [note for note in notes if note]


def _aushang_second(entry: ProgrammeEntry, second: NoticeLanguage) -> str:
    """Day and time, place and the notes of one Angebot in the second language."""
    parts = []
    when = _second_when(entry, second)
    if when:
        parts.append(f"{second.term('when')}: {when}")
    if entry.place:
        parts.append(f"{second.term('where')}: {entry.place}")
    if entry.target_group:
        parts.append(f"{second.term('for_whom')}: {entry.target_group}")
    notes = [
        second.term("registration_required") if entry.registration_required else "",
        second.term("free") if not entry.cost else "",
        second.term("childcare") if entry.childcare else "",
        second.term("accessible") if entry.accessible else "",
    ]
    parts += [note for note in notes if note]
    return " · ".join(parts)
