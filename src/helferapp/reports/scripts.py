"""Text in every script the people in HelferApp write their names in, made printable.

DejaVu Sans (the main font) has Latin (Turkish, Kurmanji), Greek and Cyrillic, but no
Ethiopic, and its Arabic is not shaped. So every piece of user text that reaches a PDF
goes through ``runs`` first, which

1. replaces characters that no bundled font has (emoji, rare scripts) by U+FFFD "�",
   a visible mark, and remembers the text it happened in (``missing_glyphs`` collects
   them so the CLI and the GUI can warn, naming the record);
2. lays the text out for display with the Unicode bidi algorithm (``bidi_order``): an
   Arabic or Persian name inside a German line reads right to left, the line stays
   left to right;
3. shapes each Arabic-script word with HarfBuzz (uharfbuzz) against Noto Sans Arabic,
   so the letters join; a joined form is written with its Unicode presentation-form
   code where the font maps one (copying the text out of the PDF and ``pdftotext`` give
   the letters back), and as a private-use code only where Unicode has none (some Pashto
   letters);
4. cuts the result into runs per font: Arabic script in Noto Sans Arabic, Ethiopic
   (Tigrinya, Amharic) in Noto Sans Ethiopic, everything else in DejaVu Sans.

reportlab's own right-to-left support needs ``rlbidi``, which is not on PyPI, and its own
HarfBuzz shaping writes every joined form as a private-use code (unreadable when copied);
hence the two libraries above, used only for the order and the glyph choice.

Copying text out: reportlab writes each font subset's ToUnicode map with one code per
glyph, as four hex digits. ``_to_unicode_cmap`` replaces it (``install_to_unicode``) so
that a glyph with a private-use code maps back to the letter it was shaped from and a
character beyond U+FFFF (an emoji DejaVu Sans draws) is written as its UTF-16 pair,
instead of being cut to four digits.

Line breaks: a paragraph is reordered before reportlab wraps it. For names, places and
one-line cells that is exact; a long right-to-left text that wraps would have its lines
in the wrong order, so right-to-left paragraphs of our own (the bilingual notices) are
broken into lines first (``rtl_lines``) and each line reordered on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from helferapp.reports.bidi_order import visual
from helferapp.resources import resource

ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
FALLBACK_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
}
REPLACEMENT = "\ufffd"

# Arabic letters and marks (not the Arabic-Indic digits, which run left to right), the
# joiners Persian writes inside words, and the presentation forms.
_ARABIC_WORD = (
    "\u0600-\u065f\u066a\u066d-\u06ef\u06fa-\u06ff\u0750-\u077f\u0870-\u08ff"
    "\ufb50-\ufdff\ufe70-\ufefe\u200c\u200d"
)
_ARABIC_RUN = re.compile(f"[{_ARABIC_WORD}]+")
_ETHIOPIC = "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f"
_ZERO_WIDTH = {"\u200c", "\u200d"}


@dataclass(frozen=True)
class MissingGlyphs:
    """A text in which characters had to be replaced, and which characters."""

    text: str
    characters: str

    def message(self) -> str:
        """The warning, in German, naming the text (the record's name or field)."""
        shown = " ".join(f"{char} (U+{ord(char):04X})" for char in self.characters)
        return (
            f"„{self.text}“ enthält Zeichen, die keine mitgelieferte Schrift hat: {shown}. "
            f"Sie sind im PDF als {REPLACEMENT} gedruckt."
        )


_collected: ContextVar[list[MissingGlyphs] | None] = ContextVar("missing_glyphs", default=None)


@contextmanager
def missing_glyphs() -> Iterator[list[MissingGlyphs]]:
    """Collect, while the block runs, every text whose characters had to be replaced."""
    found: list[MissingGlyphs] = []
    token = _collected.set(found)
    try:
        yield found
    finally:
        _collected.reset(token)


def _note_missing(text: str, characters: str) -> None:
    found = _collected.get()
    if found is None:
        return
    entry = MissingGlyphs(text, characters)
    if entry not in found:
        found.append(entry)


_private_text: dict[tuple[str, int], str] = {}
"""(font face name, private-use code) → the letters its glyph was shaped from."""


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with private codes mapped back and UTF-16 pairs."""
    face = fontname.split("+", 1)[-1]
    entries = []
    for index, code in enumerate(subset):
        text = _private_text.get((face, code)) or chr(code)
        entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def install_to_unicode() -> None:
    """Make reportlab write ToUnicode maps with ``_to_unicode_cmap`` (once)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def register_fallback_fonts() -> None:
    """Register the Noto fonts for Arabic script and Ethiopic with reportlab, once."""
    install_to_unicode()
    for name, filename in FALLBACK_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD)
    pdfmetrics.registerFontFamily(ETHIOPIC, normal=ETHIOPIC, bold=ETHIOPIC_BOLD)


def _font(name: str) -> TTFont:
    font: TTFont = pdfmetrics.getFont(name)
    return font


@cache
def _coverage(main: str) -> re.Pattern[str]:
    """A pattern that finds a character none of the bundled fonts can draw."""
    register_fallback_fonts()
    codes = set(_font(main).face.charToGlyph)
    for name in (ARABIC, ETHIOPIC):
        codes |= set(_font(name).face.charToGlyph)
    codes |= {0x200C, 0x200D, 0x200E, 0x200F, 0x0A, 0x0D, 0x09}
    ranges: list[str] = []
    start = previous = -2
    for code in sorted(codes):
        if code != previous + 1:
            if start >= 0:
                ranges.append(_range(start, previous))
            start = code
        previous = code
    ranges.append(_range(start, previous))
    return re.compile("[^" + "".join(ranges) + "]")


def _range(start: int, end: int) -> str:
    first = re.escape(chr(start))
    return first if start == end else f"{first}-{re.escape(chr(end))}"


@cache
def _special(main: str) -> re.Pattern[str]:
    """A pattern that finds what needs more than the main font: other fonts, or RTL."""
    return re.compile(f"[{_ARABIC_WORD}{_ETHIOPIC}\u200e\u200f]|" + _coverage(main).pattern)


def needs_scripts(text: str, main: str) -> bool:
    """True if ``text`` needs shaping, a fallback font or replacements (fast for Latin)."""
    return not text.isascii() and _special(main).search(text) is not None


def replace_missing(text: str, main: str) -> str:
    """``text`` with characters no bundled font has replaced by U+FFFD (and noted)."""
    if text.isascii():
        return text
    pattern = _coverage(main)
    missing = "".join(dict.fromkeys(pattern.findall(text)))
    if not missing:
        return text
    _note_missing(text, missing)
    return pattern.sub(REPLACEMENT, text)


@lru_cache(maxsize=4096)
def shape_arabic(word: str, font_name: str) -> str:
    """One Arabic-script word (logical order) as the font's joined glyphs, in visual order.

    Each glyph is written as the character the font's cmap gives it (the presentation
    forms), or as a private-use code reportlab assigns to glyphs without one.
    """
    import uharfbuzz

    font = _font(font_name)
    hb_font = font.hbFont(10)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
    glyph_to_char = font.face.glyphToChar
    face = font.face.name.decode("latin-1")
    infos = buffer.glyph_infos
    clusters = sorted({info.cluster for info in infos})
    ends = dict(zip(clusters, [*clusters[1:], len(word)], strict=True))
    out: list[str] = []
    for info, position in zip(infos, buffer.glyph_positions, strict=True):
        if word[info.cluster] in _ZERO_WIDTH:
            continue
        chars = glyph_to_char.get(info.codepoint)
        if chars:
            out.append(chr(chars[0]))
        else:
            name = hb_font.glyph_to_string(info.codepoint)
            advance = font.pdfScale(position.x_advance)
            code = font.hbAddPrivate(name, info.codepoint, advance)
            _private_text.setdefault((face, code), word[info.cluster : ends[info.cluster]])
            out.append(chr(code))
    return "".join(out)


def runs(text: str, main: str, *, bold: bool = False, rtl: bool = False) -> list[tuple[str, str]]:
    """``text`` as (font name, visual text) runs, ready to be drawn left to right.

    ``main`` is the font for everything the fallbacks do not take (DejaVu Sans, or its
    bold face when ``bold``).
    """
    register_fallback_fonts()
    text = replace_missing(text, main)
    arabic = ARABIC_BOLD if bold else ARABIC
    ethiopic = ETHIOPIC_BOLD if bold else ETHIOPIC
    ordered = visual(text, rtl=rtl)
    result: list[tuple[str, str]] = []

    def add(font: str, piece: str) -> None:
        if not piece:
            return
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + piece)
        else:
            result.append((font, piece))

    position = 0
    for match in _ARABIC_RUN.finditer(ordered):
        _add_non_arabic(ordered[position : match.start()], main, ethiopic, add)
        logical = match.group()[::-1]  # the word back in reading order, marks after letters
        add(arabic, shape_arabic(logical, arabic))
        position = match.end()
    _add_non_arabic(ordered[position:], main, ethiopic, add)
    return result


_ETHIOPIC_RUN = re.compile(f"[{_ETHIOPIC}]+")


def _add_non_arabic(piece: str, main: str, ethiopic: str, add: Callable[[str, str], None]) -> None:
    position = 0
    for match in _ETHIOPIC_RUN.finditer(piece):
        add(main, piece[position : match.start()])
        add(ethiopic, match.group())
        position = match.end()
    add(main, piece[position:])


def width(text: str, main: str, size: float, *, bold: bool = False, rtl: bool = False) -> float:
    """The printed width of ``text`` in points, with fallback fonts and shaping applied."""
    return sum(
        float(pdfmetrics.stringWidth(piece, font, size))
        for font, piece in runs(text, main, bold=bold, rtl=rtl)
    )


def rtl_lines(text: str, main: str, size: float, limit: float, *, bold: bool = False) -> list[str]:
    """A right-to-left text broken into lines (logical order) of at most ``limit`` points."""
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        current = ""
        for word in part.split():
            candidate = f"{current} {word}" if current else word
            if current and width(candidate, main, size, bold=bold, rtl=True) > limit:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines
