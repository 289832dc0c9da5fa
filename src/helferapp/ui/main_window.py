"""The main window: navigation on the left, one page at a time, menus, status bar.

The window owns what spans pages: the menus and shortcuts (Datei → Zuletzt geöffnet is
filled from QSettings when it opens), a banner while a demo database is open, the undo
history (``ui/undo.py``), the question about unsaved changes before leaving a page, and
passing the news of a saved record to every page that shows it. Pages other than the Übersicht are
built on first use, so the window is on screen quickly even on an old laptop.

Which pages there are (and the scroll area each sits in) is ``pages/registry.py``;
which action does what (and the font zoom) is ``window_actions.py``; the demo banner
is ``widgets/demo_banner.py``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services import info, queries, records
from helferapp.services.entities import PARTNERSHIPS
from helferapp.ui import accessibility, commands, window_actions
from helferapp.ui.actions import Actions
from helferapp.ui.context import AppContext
from helferapp.ui.exchange import exchange_folder
from helferapp.ui.menus import build_menus, recent_menu, retranslate_menus
from helferapp.ui.pages.base import Page
from helferapp.ui.pages.overview import OverviewPage
from helferapp.ui.pages.registry import NAV_TITLES, PAGE_KINDS, PageHolder, holder_of, page_class
from helferapp.ui.refresh import Changed
from helferapp.ui.settings import window_state
from helferapp.ui.texts import plural, plural_noop
from helferapp.ui.undo import UndoHistory, UndoStep, undo_last
from helferapp.ui.widgets.demo_banner import DemoBanner
from helferapp.ui.window_protocol import MainWindowParts

STATUS_COUNTS = (
    ("group", plural_noop("MainWindow", "%Ln Helferkreise")),
    ("programme", plural_noop("MainWindow", "%Ln Angebote")),
    ("organisation", plural_noop("MainWindow", "%Ln Stellen")),
    ("person", plural_noop("MainWindow", "%Ln Personen")),
    ("contact", plural_noop("MainWindow", "%Ln Kontakte")),
)


def exchange_files(mime: QMimeData) -> list[str]:
    """The local ``.helferapp`` files in a drag, in the order they were dragged."""
    return [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".helferapp")
    ]


class MainWindow(MainWindowParts):
    """See the module docstring.

    Signals:
        open_requested(path): the user chose another database (or restored a backup);
            the application opens it in a fresh window. Changes made elsewhere go
            through ``refresh_all`` instead.
        first_painted: the window has been painted for the first time (with the page it
            opened on and that page's data), once the event loop has come back from
            painting; what the start put off until then may run now.
    """

    open_requested = Signal(str)
    first_painted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            accessibility.install(app)  # also when a window is built without ui.app (tests)
        self.context = context
        self.history = UndoHistory()
        self._pages: dict[int, Page] = {}
        self._switching = False
        self._painted = False
        self._building = True  # the status bar's counts wait for the Übersicht's

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        for _title in NAV_TITLES:
            QListWidgetItem("", self.nav)
        self.nav.setSpacing(2)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.stack = QStackedWidget(self)
        self._placeholders = [QWidget(self.stack) for _ in NAV_TITLES]
        for placeholder in self._placeholders:
            self.stack.addWidget(placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.demo = info.is_demo(context.database)
        self.demo_banner = DemoBanner(lambda: commands.new_database(self), self)
        self.demo_banner.setVisible(self.demo)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.actions_ = Actions(self)
        self.addActions(self.actions_.all())
        self.menus = build_menus(self, self.actions_)
        self.recent_menu = recent_menu(self.menus)
        self.recent_menu.aboutToShow.connect(
            lambda: commands.fill_recent_menu(self, self.recent_menu)
        )
        window_actions.connect_actions(self)
        self.counts_label = QLabel(self)
        self.file_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.exchange_folder = exchange_folder.attach(self)

        self.setAcceptDrops(True)  # a .helferapp file dropped on the window is imported
        window_state.restore_window(self)
        self.retranslate_ui()
        self.fit_navigation()
        self.nav.setCurrentRow(0)
        self._building = False
        # The Übersicht has just counted the records: the status bar shows the same.
        overview = self._pages.get(0)
        self.update_status(overview.counts() if isinstance(overview, OverviewPage) else None)

    # --- pages -----------------------------------------------------------------------

    def page(self, index: int) -> Page:
        """The page at ``index``, built on first use."""
        page = self._pages.get(index)
        if page is None:
            page = page_class(index)(self.context, self.stack)
            page.navigate.connect(self.open_record)
            page.create_requested.connect(self.create_record)
            page.changed.connect(self._on_changed)
            page.message.connect(self.show_message)
            if hasattr(page, "page_requested"):
                page.page_requested.connect(self.show_kind)
            if hasattr(page, "backup_copy_requested"):
                page.backup_copy_requested.connect(lambda: commands.backup_copy(self))
            placeholder = self._placeholders[index]
            holder = PageHolder(page, self.stack)
            self.stack.insertWidget(self.stack.indexOf(placeholder), holder)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
        return page

    def current_page(self) -> Page:
        return self.page(max(self.nav.currentRow(), 0))

    def loaded_pages(self) -> list[Page]:
        return list(self._pages.values())

    def show_page(self, index: int) -> bool:
        """Switch pages, asking first about unsaved changes; False if the user stays."""
        if index == self.nav.currentRow() and index in self._pages:
            return True
        if self.nav.currentRow() >= 0 and not self.current_page().confirm_leave():
            return False
        self._switching = True
        try:
            self.nav.setCurrentRow(index)
        finally:
            self._switching = False
        page = self.page(index)
        self.stack.setCurrentWidget(holder_of(page))
        page.activate()
        self.actions_.pages[index].setChecked(True)
        self.update_actions()
        return True

    def go_to_page(self, index: int) -> None:
        """Strg+1 … Strg+9: show the page and put the keyboard on its list or filter."""
        if self.show_page(index):
            self.current_page().focus_start()

    def _on_nav_changed(self, row: int) -> None:
        if self._switching or row < 0:
            return
        holder = self.stack.currentWidget()
        previous = holder.widget() if isinstance(holder, PageHolder) else holder
        leaving = isinstance(previous, Page) and previous is not self._pages.get(row)
        if leaving and isinstance(previous, Page) and not previous.confirm_leave():
            self._switching = True
            self.nav.setCurrentRow(self.stack.currentIndex())
            self._switching = False
            return
        page = self.page(row)
        self.stack.setCurrentWidget(holder_of(page))
        page.activate()
        self.actions_.pages[row].setChecked(True)
        self.update_actions()

    def show_kind(self, kind_code: str) -> None:
        if kind_code in PAGE_KINDS:
            self.show_page(PAGE_KINDS.index(kind_code))

    def open_record(self, kind_code: str, record_id: str) -> None:
        """Navigate to one record on its page."""
        if kind_code == "partnership":
            try:
                record = records.get(self.context.uow(), PARTNERSHIPS, record_id)
            except UserError as error:
                self.show_message(error.message)
                return
            kind_code, record_id = "group", record.data.group_id
        if kind_code not in PAGE_KINDS:
            return
        index = PAGE_KINDS.index(kind_code)
        if self.show_page(index) and not self.page(index).show_record(record_id):
            self.show_message(self.tr("Der Eintrag ist nicht (mehr) vorhanden."))

    def create_record(self, kind_code: str, defaults: Any) -> None:
        if kind_code in PAGE_KINDS and self.show_page(PAGE_KINDS.index(kind_code)):
            self.current_page().new_record(defaults)

    # --- changes and undo ------------------------------------------------------------

    def _on_changed(self, kind_code: str, record_id: str, step: UndoStep | None) -> None:
        if step is not None:
            self.history.push(step)
        elif not kind_code:
            self.history.clear()  # the Papierkorb was emptied: those steps cannot return
        self.broadcast(kind_code, record_id, self.sender())

    def broadcast(self, kind_code: str, record_id: str, source: Any = None) -> None:
        for page in self.loaded_pages():
            if page is source and page.kind_code == kind_code:
                continue  # the page that saved its own record has already shown it
            if kind_code:
                page.on_record_changed(kind_code, record_id)
            else:
                page.mark_stale()
        if kind_code:
            self.exchange_folder.note_local_change()
        self.update_status()
        self.update_actions()

    def refresh_all(self, changed: Changed) -> None:
        """Data changed elsewhere (``ui.refresh``): every page reloads where it stands.

        The undo history stays only if ``changed`` keeps it; the own file goes into the
        Austauschordner after a local change only.
        """
        if not changed.keeps_undo and len(self.history):
            self.history.clear()
            self.show_message(QCoreApplication.translate("refresh", changed.undo_gone))
        for page in self.loaded_pages():
            page.on_changed_elsewhere(changed)
        if changed.local:
            self.exchange_folder.note_local_change()
        self.update_status()
        self.update_actions()

    def undo(self) -> None:
        undo_last(self)

    # --- actions ---------------------------------------------------------------------

    def new_record(self) -> None:
        page = self.current_page()
        if page.can_create():
            page.new_record()
        elif self.show_page(1):
            self.current_page().new_record()

    def log_contact(self) -> None:
        from helferapp.ui.records.links import log_contact  # with the record pages

        page = self.current_page()
        log_contact(page, page.contact_defaults())

    def zoom(self, direction: int) -> None:
        """Schrift größer/kleiner/normal: 10 % per step, remembered."""
        window_actions.zoom(direction)

    def apply_zoom(self, steps: int) -> None:
        """Set the application font to the system size enlarged by ``steps`` × 10 %."""
        window_actions.apply_zoom(steps)

    def update_actions(self) -> None:
        page = self.current_page() if self.nav.currentRow() >= 0 else None
        a = self.actions_
        a.delete.setEnabled(True)
        a.new.setEnabled(True)
        step = self.history.peek()
        a.undo.setEnabled(step is not None)
        text = self.tr("&Rückgängig")
        a.undo.setText(f"{text}: {step.describe()}" if step else text)
        if page is not None:
            a.save.setEnabled(page.kind_code is not None)

    def update_status(self, counts: dict[str, int] | None = None) -> None:
        """The counts in the status bar (``counts`` if just read, else read now)."""
        if self._building:
            return
        if counts is None:
            counts = queries.counts(self.context.uow())
        parts = [
            plural("MainWindow", template, counts.get(kind, 0)) for kind, template in STATUS_COUNTS
        ]
        self.counts_label.setText(" · ".join(parts))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- window ----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        name = self.context.database.path.name
        # Ends with the application's display name, so that Qt does not append it a
        # second time ("HelferApp – x.sqlite3 — HelferApp").
        shown = name + (" – " + self.tr("Beispieldaten") if self.demo else "")
        self.setWindowTitle(self.tr("%1 – HelferApp").replace("%1", shown))
        self.demo_banner.retranslate_ui()
        titles = [QCoreApplication.translate("MainWindow", title) for title in NAV_TITLES]
        for number, title in enumerate(titles):
            self.nav.item(number).setText(title)
        self.nav.setAccessibleName(self.tr("Seiten"))
        self.actions_.retranslate_ui(titles)
        retranslate_menus(self.menus)
        self.file_label.setText(self.tr("Datei: %1").replace("%1", name))
        self.file_label.setToolTip(str(self.context.database.path))
        for page in self.loaded_pages():
            page.retranslate_ui()
        self.update_status()
        self.update_actions()

    def fit_navigation(self) -> None:
        """The navigation as wide as its longest title at the present font, no narrower."""
        nav = self.nav
        width = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 4 * nav.spacing() + 16
        nav.setMinimumWidth(width)
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and 0 < sizes[0] < width:
            self.splitter.setSizes([width, max(sum(sizes) - width, 200)])

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True  # the children are painted in the same pass, right after
            QTimer.singleShot(0, self.first_painted.emit)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self.fit_navigation)  # after the list has its new font
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if exchange_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = exchange_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drag finish before the import's dialogs open.
        QTimer.singleShot(0, lambda: commands.import_paths(self, paths))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.current_page().confirm_leave():
            event.ignore()
            return
        window_state.save_window(self)
        self.exchange_folder.on_exit()
        event.accept()
