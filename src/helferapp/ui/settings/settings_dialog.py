"""Einstellungen: language, font size, sender name, backups, default export scope.

Why one dialog: volunteers look for „Einstellungen“ in one place, not scattered over
menus. What belongs to the computer (language, font size, export default) is kept in
QSettings; what belongs to the database (the sender name shown in exports, where its
backups go and how many are kept) is stored in the database, so the CLI and every
laptop that opens the file agree. The language applies after a restart (said in the
dialog): re-wording every open page live is not worth its risk for a rare change.
The start-up reads the language from here, so the services are imported only when the
dialog is used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.ui.context import AppContext
from helferapp.ui.settings import window_state
from helferapp.ui.widgets.error_label import ErrorLabel

LANGUAGE_KEY = "ui/language"
EXPORT_SCOPE_KEY = "export/default_scope"
LANGUAGES = ("system", "de", "en")
EXPORT_SCOPES = ("all", "group", "district", "district_region", "changes")
"""In the order of the export dialog's scope buttons (their ids)."""
FONT_STEPS = range(-3, 9)


def language_setting() -> str:
    """ "system", "de" or "en" as chosen in Einstellungen."""
    value = window_state.settings().value(LANGUAGE_KEY, "system")
    return value if value in LANGUAGES else "system"


def set_language_setting(value: str) -> None:
    window_state.settings().setValue(LANGUAGE_KEY, value if value in LANGUAGES else "system")


def ui_language(choice: str | None = None, system: QLocale | None = None) -> str:
    """The language to load: the choice, else the system's if we have it, else German.

    German is the source language; English is the only translation, so any system
    language other than English gives the German UI.
    """
    choice = language_setting() if choice is None else choice
    if choice in ("de", "en"):
        return choice
    locale = system or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in ("de", "en"):
            return code
    return "de"


def default_export_scope() -> str:
    """ "all", "group", "district", "district_region" or "changes": the export's preselection."""
    value = window_state.settings().value(EXPORT_SCOPE_KEY, "all")
    return value if value in EXPORT_SCOPES else "all"


def _percent(steps: int) -> str:
    return f"{round(100 * 1.1**steps)} %"


class SettingsDialog(QDialog):
    """See the module docstring; ``apply()`` is what OK does (tests call it directly)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._display_box())
        layout.addWidget(self._exchange_box())
        layout.addWidget(self._backup_box())
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Abbrechen"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- building ---------------------------------------------------------------------

    def _display_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Anzeige"), self)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        for code, text in zip(
            LANGUAGES,
            (self.tr("Wie das System"), "Deutsch", "English"),
            strict=True,
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(LANGUAGES.index(language_setting()))
        form.addRow(self.tr("&Sprache:"), self.language)
        hint = QLabel(self.tr("Eine andere Sprache gilt ab dem nächsten Start von HelferApp."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.font_size = QComboBox(box)
        for steps in FONT_STEPS:
            self.font_size.addItem(_percent(steps), steps)
        self.font_size.setCurrentIndex(self.font_size.findData(window_state.font_steps()))
        form.addRow(self.tr("Schrift&größe:"), self.font_size)
        return box

    def _exchange_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Austausch"), self)
        form = QFormLayout(box)
        self.label = QLineEdit(self.context.database.meta("installation_label"), box)
        self.label.setPlaceholderText(self.tr("z. B. Helferkreis Asyl Olching"))
        form.addRow(self.tr("A&bsender in Exporten:"), self.label)
        self.export_scope = QComboBox(box)
        for code, text in zip(
            EXPORT_SCOPES,
            (
                self.tr("Alles"),
                self.tr("Ein Helferkreis"),
                self.tr("Ein Landkreis / eine kreisfreie Stadt"),
                self.tr("Ein Regierungsbezirk"),
                self.tr("Nur Änderungen seit dem letzten Export"),
            ),
            strict=True,
        ):
            self.export_scope.addItem(text, code)
        self.export_scope.setCurrentIndex(EXPORT_SCOPES.index(default_export_scope()))
        form.addRow(self.tr("&Vorauswahl beim Export:"), self.export_scope)
        return box

    def _backup_box(self) -> QGroupBox:
        from helferapp.services import backups

        current = backups.backup_settings(self.context.database)
        box = QGroupBox(self.tr("Sicherungen dieser Datenbank"), self)
        form = QFormLayout(box)
        row = QHBoxLayout()
        self.backup_folder = QLineEdit(current.folder, box)
        self.backup_folder.setPlaceholderText(str(current.folder_in_use))
        self.backup_folder.setToolTip(self.tr("Leer lassen: Ordner „backups“ neben der Datenbank"))
        choose = QPushButton(self.tr("&Wählen …"), box)
        choose.clicked.connect(self._choose_folder)
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        folder_label = QLabel(self.tr("&Ordner:"), box)
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, row)
        self.backup_keep = QSpinBox(box)
        self.backup_keep.setRange(1, 999)
        self.backup_keep.setValue(current.keep)
        self.backup_keep.setSuffix(self.tr(" Sicherungen"))
        form.addRow(self.tr("Auf&heben:"), self.backup_keep)
        hint = QLabel(
            self.tr(
                "HelferApp sichert vor jedem Import selbst. Ist der gewählte Ordner nicht "
                "erreichbar (z. B. USB-Stick nicht eingesteckt), wird neben der Datenbank "
                "gesichert."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        return box

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Ordner für Sicherungen"),
            self.backup_folder.text() or self.backup_folder.placeholderText(),
        )
        if folder:
            self.backup_folder.setText(folder)

    # --- applying ---------------------------------------------------------------------

    def apply(self) -> None:
        """Store every choice; raises ``UserError`` (German) if one cannot be kept."""
        from helferapp.services import backups, exchange

        backups.set_backup_settings(
            self.context.uow(), self.backup_folder.text(), self.backup_keep.value()
        )
        exchange.set_installation_label(self.context.uow(), self.label.text())
        set_language_setting(str(self.language.currentData()))
        window_state.settings().setValue(EXPORT_SCOPE_KEY, str(self.export_scope.currentData()))
        steps = int(self.font_size.currentData())
        window_state.set_font_steps(steps)
        window = self.parent()
        if window is not None and hasattr(window, "apply_zoom"):
            window.apply_zoom(steps)

    def _accept(self) -> None:
        try:
            self.apply()
        except UserError as error:
            self.error.set_messages([QCoreApplication.translate("messages", error.message)])
            return
        self.accept()
