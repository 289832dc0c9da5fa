"""Datei → Sicherung auf USB-Stick / in einen Ordner …: a copy of the database elsewhere.

The automatic backups lie on the same disk as the database; this dialog writes a copy
to a stick or another folder (remembered for next time), optionally sealed with a
password because a stick gets lost. The work is ``services.backup_copies``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services import backup_copies
from helferapp.services.backups import BackupInfo
from helferapp.store.database import Database
from helferapp.ui.context import AppContext
from helferapp.ui.widgets.error_label import ErrorLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupCopyDialog", text)


class BackupCopyDialog(QDialog):
    """Choose the folder and a password; ``written`` holds the copy's path after OK."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.written: Path | None = None
        state = backup_copies.copy_state(context.database)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setWordWrap(True)
        self.folder = QLineEdit(state.folder, self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self._choose_folder)
        self.protect = QCheckBox(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.protect.toggled.connect(self._update_enabled)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.form = QFormLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.form.addRow(self.folder_label, folder_row)
        self.form.addRow("", self.protect)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.password_label, self.password)
        self.repeat_label = QLabel(self)
        self.repeat_label.setBuddy(self.repeat)
        self.form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.last)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui(state)
        self._update_enabled()

    def retranslate_ui(self, state: backup_copies.CopyState) -> None:
        self.setWindowTitle(self.tr("Sicherung auf USB-Stick / in einen Ordner"))
        self.explanation.setText(
            self.tr(
                "Die automatischen Sicherungen liegen auf derselben Festplatte wie die "
                "Datenbank. Eine Kopie auf einem USB-Stick oder in einem anderen Ordner "
                "(Netzlaufwerk, Cloud-Ordner) bleibt, wenn der Laptop kaputtgeht. "
                "Wiederherstellen: Datei → Sicherung wiederherstellen → Andere Datei, oder "
                "beim ersten Start auf einem neuen Rechner."
            )
        )
        if state.last_at is None:
            self.last.setText(self.tr("Es wurde noch keine Kopie an einem anderen Ort gemacht."))
        else:
            self.last.setText(
                self.tr("Letzte Kopie: %1 in „%2“")
                .replace("%1", state.last_at.strftime("%d.%m.%Y %H:%M"))
                .replace("%2", state.folder)
            )
        self.folder_label.setText(self.tr("&Ordner:"))
        self.folder.setPlaceholderText(self.tr("z. B. den USB-Stick wählen"))
        self.folder.setAccessibleName(self.tr("Ordner für die Kopie"))
        self.choose_button.setText(self.tr("&Wählen …"))
        self.protect.setText(self.tr("Mit &Passwort schützen (falls der Stick verloren geht)"))
        self.password_label.setText(self.tr("Pass&wort:"))
        self.repeat_label.setText(self.tr("Passwort &wiederholen:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Kopie schreiben"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Abbrechen"))

    def _update_enabled(self) -> None:
        protected = self.protect.isChecked()
        for widget in (self.password, self.repeat, self.password_label, self.repeat_label):
            widget.setEnabled(protected)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Ordner für die Kopie"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)

    def write(self) -> None:
        """Write the copy; a problem is shown in the dialog, which stays open."""
        folder = self.folder.text().strip()
        if not folder:
            self.error.set_messages([self.tr("Bitte einen Ordner wählen, z. B. den USB-Stick.")])
            return
        password: str | None = None
        if self.protect.isChecked():
            password = self.password.text()
            if not password:
                self.error.set_messages([self.tr("Bitte ein Passwort eingeben.")])
                return
            if password != self.repeat.text():
                self.error.set_messages([self.tr("Die beiden Passwörter sind verschieden.")])
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = backup_copies.write_copy(self.context.database, Path(folder), password)
        except UserError as error:
            self.error.set_messages([error.message])
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


def restore_from_copy(parent: QWidget | None, context: AppContext, path: Path) -> BackupInfo | None:
    """Restore ``path`` (a backup or a copy, sealed or not), asking for its password.

    Returns the safety backup of the state before, or None if nothing was restored (the
    problem was shown).
    """
    from PySide6.QtWidgets import QInputDialog

    from helferapp.services.exchange import WrongPasswordError
    from helferapp.ui import prompts

    password: str | None = None
    if backup_copies.is_sealed(path):
        while True:
            text, ok = QInputDialog.getText(
                parent,
                _tr("Passwort"),
                _tr("„%1“ ist mit einem Passwort geschützt. Passwort:").replace("%1", path.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            try:
                return _restore(parent, context, path, text)
            except WrongPasswordError as error:
                prompts.warn(parent, _tr("Passwort"), error.message)
            except UserError as error:
                prompts.warn(parent, _tr("Nicht wiederhergestellt"), error.message)
                return None
    try:
        return _restore(parent, context, path, password)
    except UserError as error:
        prompts.warn(parent, _tr("Nicht wiederhergestellt"), error.message)
        return None


def _restore(
    parent: QWidget | None, context: AppContext, path: Path, password: str | None
) -> BackupInfo:
    from helferapp.ui.backups.upgrade_progress import open_with_progress

    def reopen(target: Path) -> Database:
        # A backup of an older HelferApp is converted as at start, behind its dialog.
        QApplication.restoreOverrideCursor()
        try:
            return open_with_progress(target, parent)
        finally:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return backup_copies.restore_copy(context.database, path, password, reopen)
    finally:
        QApplication.restoreOverrideCursor()
