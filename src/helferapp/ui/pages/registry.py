"""Which pages the main window has, in navigation order, how each is built and held.

Why it is its own module: the list of pages (their classes, their navigation titles
and the record kind each one shows) and the scroll area each page sits in are what the
window's navigation reads; the window itself only switches between them. Each page's
module is imported only when the page is first shown, so the window is on screen
quickly even on an old laptop. The titles keep the translation context ``MainWindow``,
where they are shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from helferapp.ui.context import AppContext
from helferapp.ui.pages.base import Page
from helferapp.ui.texts import QT_TRANSLATE_NOOP

PAGE_KINDS = (None, "group", "programme", "organisation", "person", "contact", "region_status")
"""The record kind each page shows, by index (None: a page of no single kind)."""

PAGES = (
    ("pages.overview", "OverviewPage"),
    ("records.groups", "GroupsPage"),
    ("records.simple", "ProgrammesPage"),
    ("records.organisations", "OrganisationsPage"),
    ("records.simple", "PersonsPage"),
    ("records.simple", "ContactsPage"),
    ("records.regions", "RegionsPage"),
    ("pages.trash", "TrashPage"),
    ("coverage.coverage_page", "CoveragePage"),
)
"""Page classes in navigation order, as (module below ``helferapp.ui``, class name)."""


def page_class(index: int) -> Callable[[AppContext, QWidget], Page]:
    """Import a page's module only when the page is first shown (keeps start-up light)."""
    module, name = PAGES[index]
    found: Callable[[AppContext, QWidget], Page] = getattr(
        importlib.import_module(f"helferapp.ui.{module}"), name
    )
    return found


NAV_TITLES = [
    QT_TRANSLATE_NOOP("MainWindow", "Übersicht"),
    QT_TRANSLATE_NOOP("MainWindow", "Helferkreise"),
    QT_TRANSLATE_NOOP("MainWindow", "Angebote"),
    QT_TRANSLATE_NOOP("MainWindow", "Stellen & KI"),
    QT_TRANSLATE_NOOP("MainWindow", "Personen"),
    QT_TRANSLATE_NOOP("MainWindow", "Kontakte"),
    QT_TRANSLATE_NOOP("MainWindow", "Gebiete"),
    QT_TRANSLATE_NOOP("MainWindow", "Papierkorb"),
    QT_TRANSLATE_NOOP("MainWindow", "Versorgung"),
]
"""The navigation titles (untranslated), in the order of ``PAGES``."""


class PageHolder(QScrollArea):
    """A page inside a scroll area: on a small screen (1280×720, or 150 % scaling) a page
    that needs more room scrolls instead of pushing the window beyond the screen."""

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        page = self.widget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)


def holder_of(page: Page) -> QWidget:
    """The PageHolder (scroll area) that shows ``page`` in the stack."""
    widget: QWidget = page
    while widget.parentWidget() is not None and not isinstance(widget, PageHolder):
        parent = widget.parentWidget()
        assert parent is not None
        widget = parent
    return widget
