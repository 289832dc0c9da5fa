"""Starting the GUI: Qt application, German translations, the database, the window.

``main(argv)`` is what the ``helferapp`` launcher calls. Everything that can go wrong
at start is turned into a German question instead of a traceback: a database that
cannot be opened offers to pick another file; an unexpected error later is logged and
shown by ``ui.errors``. The first start on an empty database asks for our own group
(or opens the example data, which has a file of its own, or restores a backup copy).

``helferapp DATEI.helferapp`` (what a double-click on an exchange file runs) opens the
import preview for the file once the window is up; if HelferApp already runs on the same
database, the file is handed to that window instead (``ui.single_instance``). The UI
language follows the system unless Einstellungen says otherwise (German is the source,
English the translation); Qt's own texts (qtbase) follow the same choice.

``Application.ready`` says when the start's window is usable: after its first paint,
with the Übersicht's data; what can wait (the clock check) runs then. The order of the
start and what waits: docs/ARCHITECTURE.md, "Start-up".
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from helferapp.domain.errors import UserError
from helferapp.resources import resource
from helferapp.store.database import Database, open_database
from helferapp.store.location import ENV_DB, demo_db_path, log_dir, resolve_db_path
from helferapp.ui import accessibility, errors, single_instance
from helferapp.ui.backups.upgrade_progress import open_with_progress
from helferapp.ui.context import AppContext
from helferapp.ui.settings import window_state

if TYPE_CHECKING:
    from helferapp.ui.main_window import MainWindow

ORGANISATION = "HelferApp"
APPLICATION = "HelferApp"
EXCHANGE_SUFFIX = ".helferapp"
QUIT_WHEN_SHOWN = "HELFERAPP_QUIT_WHEN_SHOWN"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options (``--db PATH``, ``.helferapp`` files in ``files``); the rest is Qt's."""
    parser = argparse.ArgumentParser(prog="helferapp", add_help=False)
    parser.add_argument("--db", default=None)
    args, rest = parser.parse_known_args(argv)
    args.files = [arg for arg in rest if arg.lower().endswith(EXCHANGE_SUFFIX)]
    return args, [arg for arg in rest if arg not in args.files]


def create_application(qt_args: list[str] | None = None) -> QApplication:
    """The QApplication with names for QSettings and the German translations loaded."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "helferapp", *(qt_args or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("io.github.helferapp.HelferApp")  # Wayland: icon of the .desktop
    app.setWindowIcon(app_icon())
    install_fonts()
    install_translations(app)
    accessibility.install(app)
    return app


BUNDLED_FONTS = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)


def install_fonts() -> None:
    """Make the bundled Noto fonts available to Qt's font fallback.

    Names in Arabic script or Ethiopic (Tigrinya) then show on a system without such
    fonts too, as in the PDFs; Qt shapes and orders them itself.
    """
    from PySide6.QtGui import QFontDatabase

    for name in BUNDLED_FONTS:
        with contextlib.suppress(FileNotFoundError):
            QFontDatabase.addApplicationFont(str(resource("fonts", name)))


def app_icon() -> QIcon:
    """The HelferApp icon in every rendered size (resources/icons/hicolor)."""
    icon = QIcon()
    with contextlib.suppress(FileNotFoundError):
        for png in sorted(resource("icons", "hicolor").glob("*/helferapp.png")):
            icon.addFile(str(png))
    return icon


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own texts (qtbase_de: "Abbrechen", not "Cancel") and ours.

    ``language`` ("de" or "en") defaults to the Einstellungen choice, else the system's.
    Number and date formats stay German either way: the forms expect TT.MM.JJJJ.
    """
    from helferapp.ui.settings.settings_dialog import ui_language

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    if app.property("helferapp_translators"):
        return []
    language = language or ui_language()
    loaded: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_folder)]
    with contextlib.suppress(FileNotFoundError):
        candidates.append((f"helferapp_{language}", str(resource("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    app.setProperty("helferapp_translators", True)
    app.setProperty("helferapp_language", language)
    return loaded


def default_path(given: str | None) -> Path:
    """``--db`` if given, else ``HELFERAPP_DB``, else the last database opened, else default."""
    import os

    if given or os.environ.get(ENV_DB):
        return resolve_db_path(given)
    last = window_state.last_database()
    if last and Path(last).is_file():
        return Path(last)
    return resolve_db_path(None)


def ask_for_database(parent: QWidget | None, problem: str) -> Path | None:
    """Show why a database could not be opened; let the user pick or create another."""
    tr = QApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("app", "Datenbank lässt sich nicht öffnen"),
        problem,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    choose = box.addButton(tr("app", "Andere Datei &wählen …"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("app", "&Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("app", "Datenbank wählen oder neu anlegen"),
        str(Path.home()),
        tr("app", "HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


def open_or_ask(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open ``path``; on a ``UserError`` ask for another file until one opens or the user quits."""
    current: Path | None = path
    while current is not None:
        try:
            return open_with_progress(current, parent)
        except UserError as error:
            errors.logger.warning("Datenbank %s: %s", current, error.message)
            current = ask_for_database(parent, error.message)
    return None


def first_start(database: Database, parent: QWidget | None = None) -> Database:
    """On the first start with an empty database, ask whose it is (once); see the dialog.

    Returns the database to show: this one, or the demo database (a file of its own,
    filled with example data on first use) if the user only wants to try the app.
    """
    from helferapp.services import queries
    from helferapp.services.own_groups import META_OWN_GROUPS

    key = f"first_start/{database.installation_id}"
    store = window_state.settings()
    asked = store.value(key, False, type=bool) or database.meta(META_OWN_GROUPS) != ""
    if asked or not queries.is_empty(AppContext(database).uow()):
        return database
    from helferapp.ui.settings.first_start_dialog import DEMO, FirstStartDialog

    dialog = FirstStartDialog(database, parent)
    dialog.exec()
    if dialog.choice != DEMO:
        store.setValue(key, True)
        return database
    demo = open_demo_database(parent)
    if demo is None:
        return database
    return demo


def open_demo_database(parent: QWidget | None = None) -> Database | None:
    """The demo database (``Beispieldaten.sqlite3`` in the data dir), built on first use."""
    from helferapp.services import info, queries
    from helferapp.services.demo import Scale, build_demo

    try:
        demo = open_database(demo_db_path())
        if not info.is_demo(demo) and queries.is_empty(AppContext(demo).uow()):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                build_demo(demo, Scale.SMALL)
            finally:
                QApplication.restoreOverrideCursor()
    except UserError as error:
        from helferapp.ui import prompts

        title = QCoreApplication.translate("app", "Keine Beispieldaten geladen")
        prompts.warn(parent, title, error.message)
        return None
    return demo


class Application(QObject):
    """Keeps the one main window and its database; reopens on another database.

    Signals:
        ready: the window of the start is usable — painted with the Übersicht's data,
            the event loop running, every action connected; what can wait (the clock
            check) runs right after.
    """

    ready = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.is_ready = False
        self.instance_server = single_instance.InstanceServer(self)
        self.instance_server.files_received.connect(self.open_files)
        app.installEventFilter(self)  # macOS sends a double-clicked file as FileOpen event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and self.window is not None:
            path = event.file()
            if path.lower().endswith(EXCHANGE_SUFFIX):
                QTimer.singleShot(0, lambda: self.open_files([path]))
                return True
        return super().eventFilter(watched, event)

    def show(self, database: Database) -> None:
        from helferapp.ui.main_window import MainWindow

        old_window, old_database = self.window, self.database
        self.database = database
        window = self.window = MainWindow(AppContext(database))
        window.open_requested.connect(self.reopen)
        window.actions_.settings.triggered.connect(self.show_settings)
        window_state.set_last_database(str(database.path))
        if old_window is not None:
            window_state.save_window(old_window)
            old_window.hide()
            old_window.deleteLater()
        window.show()
        if old_database is not None and old_database is not database:
            old_database.dispose()
        window.first_painted.connect(lambda: self._after_first_paint(window, database))

    def _after_first_paint(self, window: MainWindow, database: Database) -> None:
        """What can wait until the window is on screen: then the start is usable."""
        if not self.is_ready:
            self.is_ready = True
            self.ready.emit()
        if window is self.window:
            self._warn_about_the_clock(database)

    def _warn_about_the_clock(self, database: Database) -> None:
        """Tell the user at start if the data lies far ahead of this laptop's clock."""
        from helferapp.services import exchange

        warning = exchange.clock_ahead_warning(database)
        if warning:
            from helferapp.ui import prompts

            window = self.window
            text = QCoreApplication.translate("messages", warning)
            QTimer.singleShot(0, lambda: prompts.warn(window, self.tr("Uhrzeit prüfen"), text))

    def reopen(self, path: str) -> None:
        """Open ``path`` in a fresh window (same path: after a restore, reload everything)."""
        target = Path(path)
        if self.database is not None and target == self.database.path:
            self.show(self.database)
            return
        try:
            database = open_with_progress(target, self.window)
        except UserError as error:
            from helferapp.ui import prompts

            prompts.warn(self.window, self.tr("Datenbank lässt sich nicht öffnen"), error.message)
            return
        self.show(first_start(database, self.window))

    def listen(self) -> bool:
        """Take the files of later starts on this database (see ``ui.single_instance``)."""
        assert self.database is not None
        self.instance_server.close()
        return self.instance_server.listen(single_instance.server_name(self.database.path))

    def open_files(self, paths: list[str]) -> None:
        """Bring the window to the front and preview the import of each exchange file."""
        from helferapp.ui import commands

        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        commands.import_paths(window, paths)  # the pages show the result where they stand

    def show_settings(self) -> None:
        from helferapp.ui.settings.settings_dialog import SettingsDialog

        if self.window is not None:
            SettingsDialog(self.window.context, self.window).exec()


def start(argv: list[str] | None = None) -> Application | None:
    """Everything up to the visible window; None if the user gave up opening a database."""
    args, qt_args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = create_application(qt_args)
    errors.install(log_dir())
    database = open_or_ask(default_path(args.db))
    if database is None:
        return None
    database = first_start(database)
    application = Application(app)
    application.show(database)
    application.listen()
    if args.files:
        QTimer.singleShot(0, lambda: application.open_files(args.files))
    return application


def hand_over(argv: list[str] | None = None) -> bool:
    """True if HelferApp already runs on the same database and took our files."""
    args, qt_args = parse_args(list(sys.argv[1:] if argv is None else argv))
    create_application(qt_args)
    name = single_instance.server_name(default_path(args.db))
    return single_instance.send_to_running(name, args.files)


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; ``argv`` without the program name (``--db PATH`` and files supported)."""
    if hand_over(argv):
        return 0
    application = start(argv)
    if application is None:
        return 1
    if os.environ.get(QUIT_WHEN_SHOWN):  # bench/: time to a usable window
        application.ready.connect(lambda: print("ready", flush=True))
        application.ready.connect(application.app.quit)
    return application.app.exec()
