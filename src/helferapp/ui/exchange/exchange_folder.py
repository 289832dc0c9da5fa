"""The Austauschordner in the running app: watch the folder, run rounds, ask when needed.

A ``QFileSystemWatcher`` notices new and changed files at once where the file system
tells (local disks, most sync clients); a periodic re-scan (``RESCAN_MS``) catches what
watchers miss on network drives and some sync folders. Both only start a round after a
short pause (``SETTLE_MS``), so a burst of changes gives one round. Rounds run in a worker
thread and skip unchanged files by hash, so the window never waits for them.

A file that would overwrite local edits not yet written to the folder is not merged
silently: the import preview (``dialogs.import_dialog.import_with_preview``) is shown,
once per file version and session. Everything else is merged automatically, and the
import journal keeps every overwritten value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from helferapp.domain.errors import UserError
from helferapp.services import exchange_folder_state as folder_state
from helferapp.ui import refresh
from helferapp.ui.context import AppContext
from helferapp.ui.window_protocol import MainWindowParts

if TYPE_CHECKING:
    from helferapp.services.exchange_folder import RoundReport

RESCAN_MS = 60_000
SETTLE_MS = 1_500
WRITE_AFTER_CHANGE_MS = 10_000
_logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeFolder", text)


class _Job(QThread):
    """One service call off the GUI thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # handed to the GUI thread
            self.error = error


class ExchangeFolderController(QObject):
    """Runs exchange rounds for one open database.

    Signals:
        status_changed(): a round ended or the settings changed (the indicator re-reads).
        data_changed(): a round merged records; pages should reload.
    """

    status_changed = Signal()
    data_changed = Signal()

    def __init__(self, context: AppContext, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.settings = folder_state.load_settings(context.uow())
        self.last_report: RoundReport | None = None
        self.last_error = ""
        self._job: _Job | None = None
        self._again = False
        self._asked = False
        self._round_password: str | None = None  # the one the last round used
        self._postponed: set[tuple[str, str]] = set()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.schedule_round)
        self.watcher.fileChanged.connect(self.schedule_round)
        self.rescan = QTimer(self)
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.schedule_round)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.start_round)
        self.write_timer = QTimer(self)
        self.write_timer.setSingleShot(True)
        self.write_timer.setInterval(WRITE_AFTER_CHANGE_MS)
        self.write_timer.timeout.connect(self.start_round)
        self.apply_settings(self.settings)

    # --- configuration ---------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        return Path(self.settings.folder) if self.settings.configured else None

    def apply_settings(self, settings: folder_state.FolderSettings) -> None:
        """Watch the chosen folder (or nothing) and start the first round."""
        self.settings = settings
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        if self.folder is None:
            self.rescan.stop()
            self.status_changed.emit()
            return
        if self.folder.is_dir():
            self.watcher.addPath(str(self.folder))
        self.rescan.start()
        self.schedule_round()
        self.status_changed.emit()

    def password(self, ask: bool = True) -> str | None:
        """The network's shared password: keyring, this session, or asked once."""
        if not self.settings.uses_password:
            return None
        account = self.context.database.installation_id
        from helferapp.services import network_password

        stored = network_password.get_password(account)
        if stored or not ask:
            return stored
        text, ok = QInputDialog.getText(
            self.window,
            _tr("Passwort des Austauschordners"),
            _tr("Das gemeinsame Passwort eures Netzes (wird für diese Sitzung gemerkt):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text:
            return None
        from helferapp.services import network_password

        network_password.set_password(account, text)
        return text

    # --- rounds ----------------------------------------------------------------------

    def schedule_round(self, *_args: object) -> None:
        """Start a round after a short pause (coalesces bursts of file events)."""
        if self.folder is not None:
            self.settle.start()

    def note_local_change(self) -> None:
        """A record was saved here: write the own file after a quiet moment, if enabled."""
        if self.folder is not None and self.settings.write_after_changes:
            self.write_timer.start()

    def start_round(self) -> None:
        """Run one round in the background (again afterwards if one is already running)."""
        folder = self.folder
        if folder is None:
            return
        if self._job is not None:
            self._again = True
            return
        if folder.is_dir() and str(folder) not in self.watcher.directories():
            self.watcher.addPath(str(folder))  # the stick came back
        # Without a keyring the password is asked once per session, at the first round.
        password = self.password(ask=not self._asked) if self.settings.uses_password else None
        self._asked = self._asked or self.settings.uses_password
        if self.settings.uses_password and password is None:
            self.last_error = _tr(
                "Das Passwort des Austauschordners fehlt. Bitte unter Datei → Austauschordner "
                "… eingeben."
            )
            self.status_changed.emit()
            return
        self._round_password = password
        database = self.context.database
        write_own = self.settings.write_after_changes

        # The exchange machinery (zip, crypto, merge) loads with the first round, not at start.
        from helferapp.services import exchange_folder

        def work() -> RoundReport:
            return exchange_folder.run_round(
                database, folder, password, review_conflicts=True, write_own=write_own
            )

        self._job = _Job(work)
        self._job.finished.connect(self._round_finished)
        self._job.start()

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the running round is done (tests, closing the window)."""
        if self._job is not None:
            self._job.wait(timeout_ms)
            QCoreApplication.processEvents()

    def _round_finished(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        job.deleteLater()
        if isinstance(job.error, UserError):
            self.last_error = job.error.message
        elif job.error is not None:
            _logger.error("Austauschordner: %r", job.error)
            self.last_error = _tr("Der Austausch ist unerwartet fehlgeschlagen.")
        else:
            self.last_error = ""
            self.last_report = job.result
        self.status_changed.emit()
        report = self.last_report if job.error is None else None
        if report is not None and report.changed_data:
            self.data_changed.emit()
        if report is not None:
            self._review(report)
        if self._again:
            self._again = False
            self.schedule_round()

    def _review(self, report: RoundReport) -> None:
        """Show the import preview for files that would overwrite unsent local edits.

        The preview opens the file with the password this session already knows (the one
        the round used), so the user is not asked for it a second time.
        """
        from helferapp.services import exchange_folder
        from helferapp.services.exchange_folder import FileStatus
        from helferapp.ui.exchange import import_dialog

        for item in report.having(FileStatus.NEEDS_REVIEW):
            key = (item.name, item.sha256)
            if key in self._postponed:
                continue
            self._postponed.add(key)  # asked once per file version and session
            path = report.folder / item.name
            password = self._round_password or self.password(ask=False)
            merged = import_dialog.import_with_preview(self.window, self.context, path, password)
            if merged is not None:
                exchange_folder.remember_merged(self.context.database, path, password)
                self.data_changed.emit()
                self.schedule_round()  # and write the own file with the result

    def write_now(self) -> None:
        """Write the own file at once (on exit); problems are logged, never block closing."""
        if self.folder is None:
            return
        self.wait()
        try:
            from helferapp.services import exchange_folder_own

            exchange_folder_own.write_own_file(
                self.context.database, self.folder, self.password(ask=False)
            )
        except UserError as error:
            _logger.warning("Austauschordner beim Beenden: %s", error.message)

    def on_exit(self) -> None:
        self.rescan.stop()
        self.settle.stop()
        if self.settings.write_on_exit or (
            self.settings.write_after_changes and self.write_timer.isActive()
        ):
            self.write_now()
        self.wait()

    def status(self) -> folder_state.FolderStatus:
        return folder_state.folder_status(self.context.uow())


def attach(window: MainWindowParts) -> ExchangeFolderController:
    """Create the controller and the status-bar indicator for the main window."""
    from helferapp.ui.exchange.exchange_status import ExchangeStatusIndicator

    controller = ExchangeFolderController(window.context, window)
    controller.data_changed.connect(lambda: window.refresh_all(refresh.IMPORT))
    indicator = ExchangeStatusIndicator(controller, window)
    indicator.clicked.connect(lambda: open_settings(window))
    window.statusBar().addPermanentWidget(indicator)
    return controller


def open_settings(window: MainWindowParts) -> None:
    """Datei → Austauschordner …"""
    from helferapp.ui.exchange.exchange_folder_dialog import ExchangeFolderDialog

    ExchangeFolderDialog(window.exchange_folder, window).exec()


def open_round_trip(window: MainWindowParts) -> None:
    """Datei → Dateien eines Landkreises zusammenführen …"""
    from helferapp.ui.exchange.round_trip_dialog import RoundTripDialog

    if window.current_page().confirm_leave():
        dialog = RoundTripDialog(window.context, window)
        dialog.exec()
        if dialog.merged:
            window.refresh_all(refresh.IMPORT)
