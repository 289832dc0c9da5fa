"""At the largest font (Schrift größer eight times, 214 %) nothing clips, at once.

Row heights, headings, the navigation, column widths and check boxes follow a new
application font while the window is open (no restart), as EN 301 549 11.7 asks for
the user's font size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QTableView

from helferapp.ui.main_window import NAV_TITLES
from tests.ui.accessibility import screens

LARGEST = 8


def _settle() -> None:
    for _round in range(3):
        QApplication.processEvents()


def test_the_largest_font_applies_without_restart(window: Any) -> None:
    pages = screens.all_pages(window)  # built at the normal font, as a user has them
    normal = QApplication.font().pointSizeF()
    window.zoom(+1)
    for _step in range(LARGEST + 2):
        window.zoom(+1)  # more presses than steps: it stops at the largest
    _settle()
    assert QApplication.font().pointSizeF() >= normal * 2.1
    for page in pages:
        window.show_page(pages.index(page))
        _settle()
        heading = getattr(page, "heading", None)
        if heading is not None:
            assert heading.font().pointSizeF() > QApplication.font().pointSizeF(), page
        for table in page.findChildren(QTableView):
            rows = table.verticalHeader().defaultSectionSize()
            assert rows >= table.fontMetrics().height() + 4, (page, rows)
        for box in page.findChildren(QCheckBox):
            indicator = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
            assert indicator >= 0.8 * box.fontMetrics().height(), box.text()
    longest = max(
        window.nav.fontMetrics().horizontalAdvance(QCoreApplication.translate("MainWindow", t))
        for t in NAV_TITLES
    )
    assert window.nav.viewport().width() >= longest, "Stellen & KI in full"


def test_columns_grow_with_the_font(window: Any) -> None:
    window.show_page(0)
    overview = window.current_page()
    table = next(t for t in overview.findChildren(QTableView) if t.model().rowCount())
    text = table.model().index(0, 0).data()
    for _step in range(LARGEST):
        window.zoom(+1)
    _settle()
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(text), text
    assert table.model().index(0, 0).data(3) == text  # the full text as tooltip too
