"""Datei → Austauschordner …: choose the shared folder, see who exchanged when.

One dialog for everything about the folder, so that a volunteer finds it in one place:
the folder, whether the own file is written automatically (after changes, on exit), the
network's shared password (kept in the system's keyring where there is one), the list
"Wer hat wann zuletzt ausgetauscht" with the names from the files, the files that could
not be read with the reason, and "Jetzt austauschen".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services import exchange_folder_state as folder_state
from helferapp.services import network_password
from helferapp.ui import prompts


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeFolderDialog", text)


def _when(value: object) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value is not None else "–"  # type: ignore[attr-defined]


def _fit(table: QTableWidget, stretch: int, widest: int = 320) -> None:
    """Columns as wide as their content (at most ``widest``), one taking the rest."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.setWordWrap(True)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSize(column), widest))
    table.resizeRowsToContents()


class ExchangeFolderDialog(QDialog):
    """See the module docstring; ``controller`` is the window's ExchangeFolderController."""

    def __init__(self, controller: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(_tr("Austauschordner"))
        self.resize(820, 600)
        settings: folder_state.FolderSettings = controller.settings  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Ein Ordner, den alle im Netz teilen (Nextcloud, Syncthing, Netzlaufwerk oder "
                "ein USB-Stick). HelferApp legt dort die eigene Austauschdatei ab und führt "
                "die Dateien der anderen automatisch zusammen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder_edit = QLineEdit(settings.folder)
        self.folder_edit.setPlaceholderText(_tr("kein Ordner gewählt – Austausch aus"))
        choose = QPushButton(_tr("&Wählen …"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        folder_label = QLabel(_tr("&Ordner:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        self.after_changes = QCheckBox(_tr("Eigene Datei nach jeder Änderung schreiben"))
        self.after_changes.setChecked(settings.write_after_changes)
        self.on_exit = QCheckBox(_tr("Eigene Datei beim Beenden schreiben"))
        self.on_exit.setChecked(settings.write_on_exit)
        form.addRow("", self.after_changes)
        form.addRow("", self.on_exit)
        self.uses_password = QCheckBox(_tr("Unser Netz verwendet ein gemeinsames Passwort"))
        self.uses_password.setChecked(settings.uses_password)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            _tr("gespeichert – zum Ändern neu eingeben")
            if settings.uses_password
            else _tr("Passwort")
        )
        self.password_edit.setEnabled(settings.uses_password)
        self.uses_password.toggled.connect(self.password_edit.setEnabled)
        form.addRow("", self.uses_password)
        form.addRow(_tr("&Passwort:"), self.password_edit)
        where = (
            _tr("Das Passwort wird im Schlüsselbund des Systems gespeichert.")
            if network_password.keyring_usable()
            else _tr(
                "Dieses System hat keinen Schlüsselbund: das Passwort gilt nur bis zum Beenden "
                "und wird beim nächsten Start einmal abgefragt."
            )
        )
        hint = QLabel(where)
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addLayout(form)

        layout.addWidget(QLabel(_tr("<b>Wer hat wann zuletzt ausgetauscht</b>")))
        self.seen_table = self._table(
            [_tr("Installation"), _tr("Datei geschrieben"), _tr("Zuletzt übernommen")]
        )
        self.seen_table.setAccessibleName(_tr("Wer hat wann zuletzt ausgetauscht"))
        layout.addWidget(self.seen_table, 2)
        layout.addWidget(QLabel(_tr("<b>Dateien, die nicht gelesen werden konnten</b>")))
        self.problem_table = self._table([_tr("Datei"), _tr("Grund"), _tr("Seit")])
        self.problem_table.setAccessibleName(_tr("Dateien, die nicht gelesen werden konnten"))
        layout.addWidget(self.problem_table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_tr("&Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Schl&ießen"))
        self.now_button = buttons.addButton(
            _tr("&Jetzt austauschen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.now_button.clicked.connect(self.exchange_now)
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        controller.status_changed.connect(self.refresh)  # type: ignore[attr-defined]
        self.refresh()
        self._saved = self.chosen_settings()

    def reject(self) -> None:
        """Esc, × and Schließen: ask first when a setting or the password was changed."""
        if self.chosen_settings() != self._saved or self.password_edit.text():
            answer = prompts.ask_unsaved(self, _tr("Die Einstellungen des Austauschordners"))
            if answer is prompts.Answer.SAVE:
                self.save_and_close()
                return
            if answer is prompts.Answer.CANCEL:
                return
        super().reject()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        return table

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, _tr("Austauschordner wählen"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def chosen_settings(self) -> folder_state.FolderSettings:
        return folder_state.FolderSettings(
            folder=self.folder_edit.text().strip(),
            write_after_changes=self.after_changes.isChecked(),
            write_on_exit=self.on_exit.isChecked(),
            uses_password=self.uses_password.isChecked(),
        )

    def save(self) -> bool:
        """Store the settings (folder in the database, password in the keyring)."""
        controller = self.controller
        chosen = self.chosen_settings()
        account = controller.context.database.installation_id  # type: ignore[attr-defined]
        if chosen.uses_password and self.password_edit.text():
            network_password.set_password(account, self.password_edit.text())
            self.password_edit.clear()
        elif not chosen.uses_password:
            network_password.forget_password(account)
        try:
            folder_state.save_settings(controller.context.uow(), chosen)  # type: ignore[attr-defined]
        except UserError as error:
            prompts.warn(self, _tr("Nicht gespeichert"), error.message)
            return False
        controller.apply_settings(chosen)  # type: ignore[attr-defined]
        self._saved = chosen
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def exchange_now(self) -> None:
        if self.save():
            self.controller.start_round()  # type: ignore[attr-defined]
            self.summary.setText(_tr("Austausch läuft …"))

    def refresh(self) -> None:
        status: folder_state.FolderStatus = self.controller.status()  # type: ignore[attr-defined]
        self.seen_table.setRowCount(len(status.installations))
        for row, seen in enumerate(status.installations):
            name = seen.label or seen.file_name or seen.installation_id[:8]
            if seen.own:
                name = _tr("%1 (diese Installation)").replace("%1", name)
            cells = (name, _when(seen.written_at), "–" if seen.own else _when(seen.merged_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(seen.file_name)
                self.seen_table.setItem(row, column, item)
        self.problem_table.setRowCount(len(status.problems))
        for row, problem in enumerate(status.problems):
            reason = QCoreApplication.translate("messages", problem.reason)
            for column, text in enumerate((problem.file_name, reason, _when(problem.since))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problem_table.setItem(row, column, item)
        _fit(self.seen_table, stretch=0)
        _fit(self.problem_table, stretch=1)
        error = self.controller.last_error  # type: ignore[attr-defined]
        if error:
            self.summary.setText(error)
        elif status.last_round is not None:
            self.summary.setText(
                _tr("Letzter Austausch: %1").replace("%1", _when(status.last_round))
                + self._conflict_copies()
            )
        else:
            self.summary.setText(_tr("Noch kein Austausch."))

    def _conflict_copies(self) -> str:
        """The last round's conflict copies of sync tools, with the hint to delete them."""
        report = getattr(self.controller, "last_report", None)
        names = [item.name for item in report.files if item.conflict_copy] if report else []
        if not names:
            return ""
        return "\n" + _tr(
            "Konfliktkopien des Synchronisationsprogramms (schon zusammengeführt, sie können "
            "gelöscht werden): %1"
        ).replace("%1", ", ".join(names))
