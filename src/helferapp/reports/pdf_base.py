"""The building blocks every HelferApp PDF is made of: font, styles, escaping, tables.

Why these and not reportlab's defaults:

- **Font.** The PDF base fonts (Helvetica …) know only Latin-1: no €, no „typographische“
  quotes, no Turkish ğ/ş/ı, and they are not embedded. DejaVu Sans from
  ``resources/fonts`` is embedded (as a subset) instead; ``register_fonts`` does it once
  per process. Text in Arabic script or Ethiopic is drawn in the bundled Noto fonts, run
  by run, shaped and in right-to-left order (``reports.scripts``); characters no bundled
  font has print as "�".
- **Escaping.** A ``Paragraph`` reads its text as markup, so a group called
  ``<b>Müller & Söhne</b>`` would turn bold or break the build. Every piece of user text
  goes through ``escape`` (or ``para``, which escapes) before it reaches a Paragraph.
- **Tables.** ``data_table`` takes plain strings, not Paragraphs: cells are wrapped with
  ``simpleSplit`` into lines joined by ``\\n``, which reportlab draws without parsing any
  markup (so nothing needs escaping there) and which is several times faster than one
  Paragraph per cell — 25,000 Angebote must stay quick. The header row repeats on every
  page the table continues on.

How to write a new report (the Versorgungsbericht does exactly this)::

    from helferapp.reports.pdf_base import data_table, para, styles
    from helferapp.reports.pdf_document import build_pdf

    def build(target, rows):
        s = styles()
        story = [para("Kreise mit Lücken", s.heading),
                 data_table(["Kreis", "Angebote"], [[r.name, str(r.count)] for r in rows],
                            [8 * cm, 3 * cm], align_right=(1,))]
        return build_pdf(target, "Versorgungsbericht", story, subtitle="Bayern")

``build_pdf`` adds the page frame: A4, title block, footer "HelferApp · Titel",
"erstellt am TT.MM.JJJJ" and "Seite 3 von 12", and the metadata (title, author,
language de-DE).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, Paragraph, Table, TableStyle

from helferapp.reports import bidi_order, scripts
from helferapp.resources import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}

ACCENT = colors.HexColor("#1f4e79")
HEADER_BACKGROUND = colors.HexColor("#dde6f0")
ZEBRA = colors.HexColor("#f4f6f8")
RULE = colors.HexColor("#9aa7b4")

APP_NAME = "HelferApp"


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, italic) with reportlab once; return its name."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC)
    scripts.register_fallback_fonts()
    return FONT


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: object) -> str:
    """User text made safe for Paragraph markup: ``<b>`` prints as ``<b>``; lines kept."""
    escaped = str(text).translate(_ESCAPES)
    return "<br/>".join(escaped.splitlines()) if "\n" in escaped or "\r" in escaped else escaped


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of all reports, sized for reading at arm's length."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    large: ParagraphStyle
    large_heading: ParagraphStyle
    poster: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, alignment=TA_LEFT)

    def derived(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        title=derived("title", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT),
        subtitle=derived("subtitle", fontSize=11, leading=14, textColor=colors.HexColor("#444")),
        heading=derived(
            "heading",
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        subheading=derived(
            "subheading", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2
        ),
        body=base,
        small=derived("small", fontSize=8.5, leading=11),
        cell=derived("cell", fontSize=8.5, leading=10.5),
        large=derived("large", fontSize=17, leading=22),
        large_heading=derived(
            "large_heading",
            fontName=FONT_BOLD,
            fontSize=21,
            leading=26,
            spaceBefore=8,
            spaceAfter=2,
            textColor=ACCENT,
        ),
        poster=derived("poster", fontName=FONT_BOLD, fontSize=30, leading=36, spaceAfter=6),
    )


def script_markup(text: str, font: str = FONT, *, bold: bool = False, rtl: bool = False) -> str:
    """User text as escaped Paragraph markup, other scripts in their fonts (``<font>`` runs).

    Latin, Greek and Cyrillic text comes back as ``escape`` gives it; Arabic script is
    shaped and put in display order, Ethiopic gets its font, unknown characters "�".
    """
    if not scripts.needs_scripts(text, font):
        return escape(text)
    register_fonts()
    lines = []
    for line in text.splitlines() or [""]:
        pieces = []
        for run_font, piece in scripts.runs(line, font, bold=bold, rtl=rtl):
            escaped = piece.translate(_ESCAPES)
            pieces.append(
                escaped if run_font == font else f'<font name="{run_font}">{escaped}</font>'
            )
        lines.append("".join(pieces))
    return "<br/>".join(lines)


def para(text: object, style: ParagraphStyle, *, markup: str = "", rtl: bool = False) -> Paragraph:
    """A Paragraph of user text, escaped; ``markup`` (trusted) may wrap it, e.g. ``<b>%s</b>``.

    ``rtl`` lays the text out right to left (a line in Arabic, Persian or Pashto).
    """
    bold = style.fontName == FONT_BOLD or "<b>" in markup
    escaped = script_markup(str(text), style.fontName, bold=bold, rtl=rtl)
    return Paragraph(markup % escaped if markup else escaped, style)


@cache
def _cell_style(font: str, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"cell-{font}-{size}", fontName=font, fontSize=size, leading=size * 1.2)


def table_cell(text: str, width: float, font: str = FONT, size: float = 8.5) -> str | Paragraph:
    """A table cell: wrapped plain text, or a Paragraph where other scripts need their fonts.

    A line that starts with ``bidi_order.RTL_MARK`` is right-to-left text (a notice's second
    language): it is broken into lines in reading order before each is reordered.
    """
    if scripts.needs_scripts(text, font):
        bold = font == FONT_BOLD
        lines = []
        for line in text.splitlines() or [""]:
            if line.startswith(bidi_order.RTL_MARK):  # broken in reading order, then reordered
                pieces = scripts.rtl_lines(line[1:], font, size, width, bold=bold)
                lines += [bidi_order.RTL_MARK + piece for piece in pieces]
            else:
                lines.append(line)
        markup = script_markup("\n".join(lines), font, bold=bold)
        return Paragraph(markup, _cell_style(font, size))
    return wrap_cell(text, width, font, size)


def wrap_cell(text: str, width: float, font: str = FONT, size: float = 8.5) -> str:
    """Break ``text`` into lines that fit ``width`` points (plain text, newline-joined)."""
    if not text:
        return ""
    register_fonts()
    if "\n" not in text and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        for line in simpleSplit(part, font, size, width) or [""]:
            lines.extend(_break_long(line, width, font, size))
    return "\n".join(lines)


def _break_long(line: str, width: float, font: str, size: float) -> list[str]:
    """Split a line without spaces (an e-mail address, a URL) that is wider than ``width``."""
    if pdfmetrics.stringWidth(line, font, size) <= width:
        return [line]
    hyphen = "" if any(mark in line for mark in "@/.:") else "-"  # words, not addresses
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and pdfmetrics.stringWidth(current + char + hyphen, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    if pieces and len(current) < 3:  # no lonely "t" on the last line
        moved = 3 - len(current)
        pieces[-1], current = pieces[-1][:-moved], pieces[-1][-moved:] + current
    return [piece + hyphen for piece in pieces] + [current]


def data_table(
    headers: Sequence[str] | None,
    rows: Iterable[Sequence[str]],
    widths: Sequence[float],
    *,
    size: float = 8.5,
    align_right: Sequence[int] = (),
    bold_columns: Sequence[int] = (),
    long: bool = False,
) -> Table:
    """A table of plain strings that wraps its cells and repeats its header on every page.

    ``headers`` None gives a table without a header row. ``widths`` are the column
    widths in points; ``long`` uses reportlab's ``LongTable``,
    which splits thousands of rows without re-measuring the rest of the table each time.
    """
    register_fonts()
    padding = 3.0
    inner = [max(width - 2 * padding, 1.0) for width in widths]
    bold = set(bold_columns)
    body = [
        [
            table_cell(str(cell), inner[index], FONT_BOLD if index in bold else FONT, size)
            for index, cell in enumerate(row)
        ]
        for row in rows
    ]
    kind = LongTable if long else Table
    first = 1 if headers else 0
    commands: list[tuple[object, ...]] = [("FONT", (0, 0), (-1, -1), FONT, size, size * 1.2)]
    if headers:
        header = [
            table_cell(title, inner[index], FONT_BOLD, size) for index, title in enumerate(headers)
        ]
        table = kind([header, *body], colWidths=list(widths), repeatRows=1)
        commands += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, size * 1.2),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    else:
        table = kind(body, colWidths=list(widths))
    commands += [
        ("LINEBELOW", (0, first), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]),
    ]
    for column in bold:
        commands.append(("FONT", (column, first), (column, -1), FONT_BOLD, size, size * 1.2))
    for column in align_right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(pairs: Iterable[tuple[str, str]], width: float) -> Table:
    """Label/value lines (e.g. a group's data): labels bold, values wrapped; empty ones left out."""
    shown = [(label, value) for label, value in pairs if value]
    label_width = 4.2 * cm
    return data_table(None, shown, [label_width, width - label_width], size=9.5, bold_columns=(0,))


def join(*parts: str, separator: str = " · ") -> str:
    """Non-empty parts joined, for one-line summaries (address, phone, e-mail)."""
    return separator.join(part for part in parts if part)
