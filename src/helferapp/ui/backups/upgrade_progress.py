"""Opening a database of an older HelferApp: its conversion behind a progress dialog.

Converting a Bavaria-wide database to a new schema takes up to a minute (a backup first,
then every record's stamps, then the file is made smaller). The window must not look hung
meanwhile, and the user must know that the data is safe: the dialog says where the
backup lies and that the conversion cannot be stopped halfway — it succeeds whole or
leaves the file as it was.

The conversion runs in a worker thread that opens the database and closes it again, so
that no SQLite connection crosses threads; the GUI thread then opens the converted file
as usual (quick: it is up to date). A database that needs no conversion is opened at
once, without a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from helferapp.store.database import (
    Database,
    UpgradeProgress,
    UpgradeStage,
    open_database,
    upgrade_needed,
)
from helferapp.ui.texts import plural


class UpgradeDialog(QDialog):
    """Modal and without a cancel button; closes only when ``finish()`` was called."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finished = False
        self.setWindowTitle(self.tr("Datenbank wird umgestellt"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.explanation = QLabel(
            self.tr(
                "Die Datenbank „%1“ stammt von einer älteren Version von HelferApp und "
                "wird jetzt auf die neue Version umgestellt … Bei vielen Einträgen dauert "
                "das bis zu einer Minute."
            ).replace("%1", path.name),
            self,
        )
        self.backup = QLabel(self.tr("Zuerst wird eine Sicherung angelegt …"), self)
        self.backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the records are counted
        self.bar.setAccessibleName(self.tr("Fortschritt der Umstellung"))
        self.note = QLabel(
            self.tr(
                "Die Umstellung lässt sich nicht abbrechen: sie gelingt ganz oder gar "
                "nicht. Wird der Computer mittendrin ausgeschaltet, bleibt die Datenbank "
                "wie vorher und wird beim nächsten Start umgestellt."
            ),
            self,
        )
        layout = QVBoxLayout(self)
        for label in (self.explanation, self.backup, self.stage, self.bar, self.note):
            if isinstance(label, QLabel):
                label.setWordWrap(True)
            layout.addWidget(label)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def place(self) -> None:
        """In the middle of the screen if there is no window to centre it on (at start):
        the window manager would put it in a corner, easily missed on a big screen."""
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():
            return  # Qt centres a dialog on its window
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        self.adjustSize()
        frame = self.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        self.move(frame.topLeft())

    def show_progress(self, event: UpgradeProgress) -> None:
        """Show how far the conversion has come."""
        if event.backup is not None:
            self.backup.setText(
                self.tr("Eine Sicherung liegt unter „%1“.").replace("%1", str(event.backup))
            )
        if event.stage == UpgradeStage.BACKUP:
            self.stage.setText(self.tr("Sicherung wird angelegt …"))
        elif event.stage == UpgradeStage.CONVERT and event.total:
            self.bar.setRange(0, event.total)
            self.bar.setValue(event.done)
            done = QLocale().toString(event.done)
            text = plural("UpgradeDialog", "%1 von %Ln Einträgen umgestellt", event.total)
            self.stage.setText(text.replace("%1", done))
        elif event.stage == UpgradeStage.COMPACT:
            self.bar.setRange(0, 0)
            self.stage.setText(self.tr("Alle Einträge umgestellt. Die Datei wird verkleinert …"))

    def finish(self) -> None:
        """Let the dialog close (the conversion is over, well or not)."""
        self._finished = True
        self.close()

    def reject(self) -> None:  # Esc
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()


class _UpgradeWorker(QThread):
    progressed = Signal(object)  # UpgradeProgress

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.backup: Path | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            database = open_database(self.path, progress=self.progressed.emit)
            database.dispose()  # its connections belong to this thread
            self.backup = database.upgrade_backup
        except BaseException as error:  # handed to the GUI thread, which shows it
            self.error = error


def open_with_progress(path: Path, parent: QWidget | None = None) -> Database:
    """``open_database(path)``, behind the progress dialog if the file is converted first.

    Raises what ``open_database`` raises (``UserError`` with a German message), in the
    GUI thread.
    """
    if not upgrade_needed(path):
        return open_database(path)
    dialog = UpgradeDialog(path, parent)
    worker = _UpgradeWorker(path)
    loop = QEventLoop()
    worker.progressed.connect(dialog.show_progress, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(loop.quit)
    dialog.place()
    dialog.show()
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.finish()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    database = open_database(path)
    database.upgrade_backup = worker.backup
    return database
