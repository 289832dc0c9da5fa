"""The keyboard focus can be seen: a ring at 3:1 around tables, the navigation, fields
and buttons, in light and dark palettes, and the default button looks different when it
has the focus (EN 301 549 11.2.4.7, WCAG 1.4.11)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from helferapp.ui.accessibility import contrast


def ring_pixels(image: QImage, rect: QRect, colour: QColor) -> int:
    """Pixels of ``colour`` on the border band of ``rect`` (4 px outside to 5 px inside)."""
    found = 0
    ratio = image.devicePixelRatio()
    band = rect.adjusted(-4, -4, 4, 4)
    inner = rect.adjusted(6, 6, -6, -6)
    for y in range(max(band.top(), 0), min(band.bottom(), round(image.height() / ratio))):
        for x in range(max(band.left(), 0), min(band.right(), round(image.width() / ratio))):
            if inner.contains(x, y):
                continue
            pixel = image.pixelColor(int(x * ratio), int(y * ratio))
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < 40
            ):
                found += 1
    return found


def _shot(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.window().grab().toImage()


def _rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_tables_and_navigation_show_the_focus(qtbot: Any, window: Any) -> None:
    colour = contrast.focus_colour(window.palette())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page(1)
    table = window.current_page().table
    for focused, other in ((window.nav, table), (table, window.nav)):
        focused.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(focused.hasFocus)
        image = _shot(window)
        perimeter = 2 * (focused.width() + focused.height())  # a 2 px ring has twice that
        assert ring_pixels(image, _rect(focused), colour) > perimeter * 0.75, focused
        assert ring_pixels(image, _rect(other), colour) < perimeter / 4, other


DARK = {
    QPalette.ColorRole.Window: "#2f2f2f",
    QPalette.ColorRole.Base: "#2f2f2f",
    QPalette.ColorRole.Button: "#3c3c3c",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Text: "#ffffff",
}


@pytest.mark.parametrize("dark", [False, True])
def test_the_default_button_differs_focused_and_unfocused(qtbot: Any, dark: bool) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    if dark:
        palette = dialog.palette()
        for role, value in DARK.items():
            palette.setColor(role, QColor(value))
        dialog.setPalette(palette)
    field = QLineEdit(dialog)
    table = QTableWidget(3, 2, dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setDefault(True)
    layout = QVBoxLayout(dialog)
    for widget in (field, table, buttons):
        layout.addWidget(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    colour = contrast.focus_colour(dialog.palette())
    assert contrast.ratio(colour, dialog.palette().color(QPalette.ColorRole.Window)) >= 3.0
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    unfocused = ring_pixels(_shot(dialog), _rect(ok), colour)
    ok.setFocus()
    qtbot.waitUntil(ok.hasFocus)
    focused = ring_pixels(_shot(dialog), _rect(ok), colour)
    assert focused > 2 * (ok.width() + ok.height()) > unfocused * 4
    table.setFocus()  # and a table in a dialog, too
    qtbot.waitUntil(table.hasFocus)
    assert ring_pixels(_shot(dialog), _rect(table), colour) > 2 * (table.width() + table.height())


def test_the_ring_follows_the_widget_size(qtbot: Any, window: Any) -> None:
    """The navigation widens with the font; its ring must widen with it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.nav.hasFocus)
    for _step in range(6):
        window.zoom(+1)
    qtbot.waitUntil(lambda: window.nav.width() > 150)
    image = _shot(window)
    colour = contrast.focus_colour(window.palette())
    right = _rect(window.nav).right() - 1
    column = sum(
        1 for y in range(_rect(window.nav).top() + 5, _rect(window.nav).bottom() - 5)
        if image.pixelColor(right, y) == colour
    )  # fmt: skip
    assert column > window.nav.height() * 0.8, "the ring's right edge is at the nav's edge"
