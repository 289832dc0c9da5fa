"""Starting the GUI: Qt application, German translations, the database, the window.

``main(argv)`` is what the ``helferapp`` launcher calls. Everything that can go wrong
at start is turned into a German question instead of a traceback: a database that
cannot be opened offers to pick another file; an unexpected error later is logged and
shown by ``ui.errors``. The first start on an empty database offers example data.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from helferapp.domain.errors import UserError
from helferapp.resources import resource
from helferapp.store.database import Database, open_database
from helferapp.store.location import ENV_DB, log_dir, resolve_db_path
from helferapp.ui import errors, settings
from helferapp.ui.context import AppContext
from helferapp.ui.pyside_fix import protect_none

ORGANISATION = "HelferApp"
APPLICATION = "HelferApp"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options (``--db PATH``); everything else is left for Qt (e.g. ``-platform``)."""
    parser = argparse.ArgumentParser(prog="helferapp", add_help=False)
    parser.add_argument("--db", default=None)
    return parser.parse_known_args(argv)


def create_application(qt_args: list[str] | None = None) -> QApplication:
    """The QApplication with names for QSettings and the German translations loaded."""
    protect_none()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "helferapp", *(qt_args or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    install_translations(app)
    return app


def install_translations(app: QApplication) -> list[QTranslator]:
    """Load Qt's own German texts (qtbase_de: "Abbrechen", not "Cancel") and ours."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    if app.property("helferapp_translators"):
        return []
    loaded: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase_de", qt_folder)]
    with contextlib.suppress(FileNotFoundError):
        candidates.append(("helferapp_de", str(resource("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    app.setProperty("helferapp_translators", True)
    return loaded


def default_path(given: str | None) -> Path:
    """``--db`` if given, else ``HELFERAPP_DB``, else the last database opened, else default."""
    import os

    if given or os.environ.get(ENV_DB):
        return resolve_db_path(given)
    last = settings.last_database()
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
            return open_database(current)
        except UserError as error:
            errors.logger.warning("Datenbank %s: %s", current, error.message)
            current = ask_for_database(parent, error.message)
    return None


def offer_example_data(database: Database, parent: QWidget | None = None) -> bool:
    """On the first start with an empty database, offer the example data (once)."""
    from helferapp.services import queries

    key = f"first_start/{database.installation_id}"
    store = settings.settings()
    if store.value(key, False, type=bool) or not queries.is_empty(AppContext(database).uow()):
        return False
    from helferapp.ui.dialogs.first_start_dialog import FirstStartDialog

    dialog = FirstStartDialog(database, parent)
    dialog.exec()
    store.setValue(key, True)
    return dialog.loaded


class Application(QObject):
    """Keeps the one main window and its database; reopens on another database."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.window = None
        self.database: Database | None = None

    def show(self, database: Database) -> None:
        from helferapp.ui.main_window import MainWindow

        old_window, old_database = self.window, self.database
        self.database = database
        self.window = MainWindow(AppContext(database))
        self.window.open_requested.connect(self.reopen)
        settings.set_last_database(str(database.path))
        if old_window is not None:
            settings.save_window(old_window)
            old_window.hide()
            old_window.deleteLater()
        self.window.show()
        if old_database is not None and old_database is not database:
            old_database.dispose()

    def reopen(self, path: str) -> None:
        """Open ``path`` in a fresh window (same path: after a restore, reload everything)."""
        target = Path(path)
        if self.database is not None and target == self.database.path:
            self.show(self.database)
            return
        try:
            database = open_database(target)
        except UserError as error:
            from helferapp.ui import prompts

            prompts.warn(self.window, self.tr("Datenbank lässt sich nicht öffnen"), error.message)
            return
        offer_example_data(database, self.window)
        self.show(database)


def start(argv: list[str] | None = None) -> Application | None:
    """Everything up to the visible window; None if the user gave up opening a database."""
    args, qt_args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = create_application(qt_args)
    errors.install(log_dir())
    database = open_or_ask(default_path(args.db))
    if database is None:
        return None
    offer_example_data(database)
    application = Application(app)
    application.show(database)
    return application


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; ``argv`` without the program name (``--db PATH`` supported)."""
    application = start(argv)
    if application is None:
        return 1
    return application.app.exec()
