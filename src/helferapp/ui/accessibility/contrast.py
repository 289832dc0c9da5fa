"""WCAG contrast of colours, and the few colours the app picks itself, made readable.

EN 301 549 chapter 11 asks for text at 4.5:1 against its background and for focus
indicators and map swatches at 3:1. Most colours come from the platform's palette (light,
dark or high contrast), which is the user's choice; the few the app adds itself – the red
of "überfällig", the placeholder text, the focus ring – are computed here from the palette
in use and pushed lighter or darker until they reach the ratio, so a high-contrast palette
gets a colour as strong as its own.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_RATIO = 4.5
GRAPHIC_RATIO = 3.0

LIGHT_RED = QColor(176, 0, 32)
DARK_RED = QColor(255, 138, 128)
LIGHT_FOCUS = QColor(0x1A, 0x5F, 0xB4)
DARK_FOCUS = QColor(0x99, 0xC1, 0xF1)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2.1 defines it (0 black … 1 white)."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 … 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def readable(colour: QColor, background: QColor, minimum: float = TEXT_RATIO) -> QColor:
    """``colour`` with its hue kept, lightened or darkened until it reaches ``minimum``.

    Goes toward white on a dark background and toward black on a light one; if even
    that is not enough (a mid-grey background), the pure end is returned.
    """
    if ratio(colour, background) >= minimum:
        return QColor(colour)
    toward_white = luminance(background) < 0.18
    end = QColor(255, 255, 255) if toward_white else QColor(0, 0, 0)
    for step in range(1, 21):
        mix = step / 20
        candidate = QColor.fromRgbF(
            colour.redF() * (1 - mix) + end.redF() * mix,
            colour.greenF() * (1 - mix) + end.greenF() * mix,
            colour.blueF() * (1 - mix) + end.blueF() * mix,
        )
        if ratio(candidate, background) >= minimum:
            return candidate
    return end


TEXT_BACKGROUNDS = (
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Window,
)


def readable_on(palette: QPalette, light: QColor, dark: QColor) -> QColor:
    """``light`` (for light palettes) or ``dark``, raised to 4.5:1 on every text background.

    Text in our colours sits on fields and table rows (Base, AlternateBase) and on the
    window (labels), so it has to be readable on all three.
    """
    colour = QColor(dark if luminance(palette.color(QPalette.ColorRole.Base)) < 0.18 else light)
    for _round in range(3):
        for role in TEXT_BACKGROUNDS:
            colour = readable(colour, palette.color(role))
    return colour


def warning_red(palette: QPalette) -> QColor:
    """The red for "überfällig" and error lines (the words say it too, not only the red)."""
    return readable_on(palette, LIGHT_RED, DARK_RED)


def placeholder(palette: QPalette) -> QColor:
    """Placeholder text that still reads at 4.5:1 on the field's background.

    Kept visibly softer than the text colour where the palette allows, so a hint does not
    look like typed input; the hints are also in the fields' tooltips.
    """
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    soft = QColor.fromRgbF(
        text.redF() * 0.55 + base.redF() * 0.45,
        text.greenF() * 0.55 + base.greenF() * 0.45,
        text.blueF() * 0.55 + base.blueF() * 0.45,
    )
    colour = readable(soft, base)
    # The same role colours hint labels on the window (person form).
    return readable(readable(colour, palette.color(QPalette.ColorRole.Window)), base)


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring: ≥ 3:1 against the window and the fields it surrounds."""
    start = DARK_FOCUS if is_dark(palette) else LIGHT_FOCUS
    colour = readable(start, palette.color(QPalette.ColorRole.Window), GRAPHIC_RATIO)
    return readable(colour, palette.color(QPalette.ColorRole.Base), GRAPHIC_RATIO)
