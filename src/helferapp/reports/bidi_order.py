"""The order in which a line with right-to-left letters is drawn (the Unicode bidi algorithm).

A PDF draws glyphs left to right, so a line that holds Arabic, Persian or Hebrew has to
be put into display order before it is cut into font runs and shaped (``scripts``).
python-bidi resolves the levels; the reordering of runs and the mirroring of brackets
(an opening bracket inside Arabic is drawn as a closing one) are done here, because
python-bidi's display string does not mirror. This is pure text work: no fonts, no
reportlab.
"""

from __future__ import annotations

import re

from bidi import get_display

RTL_MARK = "\u200f"
"""At the start of a text: its paragraph direction is right to left (a line of a notice)."""

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visual(text: str, *, rtl: bool = False) -> str:
    """``text`` reordered for display (bidi) if it has right-to-left letters; else unchanged.

    ``rtl`` makes the paragraph direction right to left (a line of an Arabic notice), as
    does a text that starts with ``RTL_MARK`` (a right-to-left line inside a table cell);
    otherwise it is left to right, as for a German line with a name in it. The bidi
    control characters are taken out afterwards: they have no glyph.
    """
    if not _RTL.search(text):
        return _CONTROLS.sub("", text) if text.startswith(RTL_MARK) else text
    rtl = rtl or text.startswith(RTL_MARK)
    levels = _levels(text, rtl)
    if levels is None:  # a python-bidi that reports no levels: its order, unmirrored
        return _CONTROLS.sub("", str(get_display(text, base_dir="R" if rtl else "L")))
    return _CONTROLS.sub("", _reorder(text, levels, 1 if rtl else 0))


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(text: str, rtl: bool) -> list[int] | None:
    """The resolved bidi level of each character (rules up to I2, from python-bidi).

    python-bidi returns the display string but not the levels, which mirroring needs
    (an opening bracket inside Arabic is drawn as a closing one); its ``debug`` output
    lists them, one per UTF-8 byte.
    """
    info = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    start = info.find("levels:")
    if start < 0:
        return None
    end = info.find("]", start)
    per_byte = [int(level) for level in _LEVEL.findall(info[start:end])]
    levels: list[int] = []
    offset = 0
    for char in text:
        if offset >= len(per_byte):
            return None
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels if offset == len(per_byte) else None


def _reorder(text: str, levels: list[int], base: int) -> str:
    """Rules L1, L2 and L4: trailing spaces at the base level, runs reversed, mirroring."""
    levels = list(levels)
    index = len(text) - 1
    while index >= 0 and text[index].isspace():  # L1 for the end of the line
        levels[index] = base
        index -= 1
    chars = [_mirror(char) if level % 2 else char for char, level in zip(text, levels, strict=True)]
    order = list(range(len(text)))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    if lowest_odd is None:
        return "".join(chars)
    for level in range(max(levels), lowest_odd - 1, -1):
        position = 0
        while position < len(order):
            if levels[order[position]] >= level:
                end = position
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[position:end] = order[position:end][::-1]
                position = end
            else:
                position += 1
    return "".join(chars[number] for number in order)


_MIRRORS = {
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "<": ">",
    ">": "<",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "⁅": "⁆",
    "⁆": "⁅",
    "≤": "≥",
    "≥": "≤",
}


def _mirror(char: str) -> str:
    return _MIRRORS.get(char, char)
