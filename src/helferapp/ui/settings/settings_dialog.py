"""Einstellungen: language, font size, our group(s), sender name, backups, export default.

Why one dialog: volunteers look for „Einstellungen“ in one place, not scattered over
menus. What belongs to the computer (language, font size, export default) is kept in
QSettings; what belongs to the database (our own group(s), the sender name shown in
exports, where its backups go and how many are kept, when to remind of a copy elsewhere)
is stored in the database, so the CLI and every laptop that opens the file agree. The
language applies after a restart (said in the dialog): re-wording every open page live
is not worth its risk for a rare change. The start-up reads the language from here,
so the services are imported only when the dialog is used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.ui import prompts
from helferapp.ui.context import AppContext
from helferapp.ui.settings import window_state
from helferapp.ui.widgets.error_label import ErrorLabel
from helferapp.ui.widgets.scroll_body import ScrollBody

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
        self.setMinimumWidth(900)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._own_groups_box())
        left.addWidget(self._display_box())
        left.addStretch(1)
        right.addWidget(self._exchange_box())
        right.addWidget(self._backup_box())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addWidget(ScrollBody(columns, self), 1)  # scrolls at a large font
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
        self._initial = self._values()

    def _values(self) -> tuple[object, ...]:
        """Everything the dialog can change, to tell whether something was changed."""
        return (
            self.own_ids(),
            self.label.text(),
            self.export_scope.currentIndex(),
            self.language.currentIndex(),
            self.font_size.currentIndex(),
            self.backup_folder.text(),
            self.backup_keep.value(),
            self.remind_days.value(),
        )

    def reject(self) -> None:
        """Esc, × and Abbrechen: ask first when something was changed."""
        changed = self._values() != self._initial
        if changed and not prompts.may_close(self, self.tr("Die Einstellungen"), self._accept):
            return
        super().reject()

    # --- building ---------------------------------------------------------------------

    def _own_groups_box(self) -> QGroupBox:
        from helferapp.services import own_groups
        from helferapp.ui.forms.choices import use_group_choices
        from helferapp.ui.widgets.searchable_combo import SearchableComboBox

        box = QGroupBox(self.tr("Unsere Gruppe(n)"), self)
        column = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Neue Angebote, Personen und Kontakte gehören zu unserem Helferkreis, und die "
                "Übersicht zeigt seine Wiedervorlagen zuerst. Ohne eigenen Helferkreis (z. B. "
                "im KI-Büro) wird nichts gefiltert."
            ),
            box,
        )
        hint.setWordWrap(True)
        self.own_list = QListWidget(box)
        self.own_list.setAccessibleName(self.tr("Unsere Helferkreise"))
        self.own_list.setMaximumHeight(self.own_list.fontMetrics().height() * 5)
        for group in own_groups.own_groups(self.context.uow()):
            item = QListWidgetItem(group.name, self.own_list)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
        self.own_picker = SearchableComboBox(box, placeholder=self.tr("Helferkreis eintippen …"))
        self.own_picker.setAccessibleName(self.tr("Helferkreis hinzufügen"))
        use_group_choices(self.own_picker, self.context)
        add = QPushButton(self.tr("&Hinzufügen"), box)
        add.clicked.connect(self._add_own)
        remove = QPushButton(self.tr("&Entfernen"), box)
        remove.clicked.connect(self._remove_own)
        row = QHBoxLayout()
        row.addWidget(self.own_picker, 1)
        row.addWidget(add)
        row.addWidget(remove)
        column.addWidget(hint)
        column.addWidget(self.own_list)
        column.addLayout(row)
        return box

    def own_ids(self) -> list[str]:
        return [
            str(self.own_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.own_list.count())
        ]

    def _add_own(self) -> None:
        try:
            group_id = self.own_picker.value()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        if group_id is None or group_id in self.own_ids():
            return
        item = QListWidgetItem(self.own_picker.currentText(), self.own_list)
        item.setData(Qt.ItemDataRole.UserRole, group_id)
        self.own_picker.set_value(None)

    def _remove_own(self) -> None:
        row = self.own_list.currentRow()
        if row >= 0:
            self.own_list.takeItem(row)

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
        from helferapp.services import own_groups

        self.label = QLineEdit(self.context.database.meta("installation_label"), box)
        self.label.setPlaceholderText(
            own_groups.default_sender(self.context.uow())
            or self.tr("z. B. Helferkreis Asyl Olching")
        )
        self.label.setToolTip(self.tr("Leer lassen: der Name unseres Helferkreises"))
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
        form.addRow(self.tr("Au&fheben:"), self.backup_keep)
        from helferapp.services import backup_copies

        self.remind_days = QSpinBox(box)
        self.remind_days.setRange(0, 3650)
        self.remind_days.setValue(backup_copies.copy_state(self.context.database).remind_days)
        self.remind_days.setSuffix(self.tr(" Tagen"))
        self.remind_days.setSpecialValueText(self.tr("nie"))
        self.remind_days.setToolTip(
            self.tr(
                "Die Übersicht erinnert, wenn die letzte Kopie auf USB-Stick älter ist (0: nie)"
            )
        )
        form.addRow(self.tr("An &Kopie erinnern nach:"), self.remind_days)
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
        from helferapp.services import backup_copies, backups, exchange, own_groups

        own_groups.set_own_groups(self.context.uow(), self.own_ids())
        backup_copies.set_remind_days(self.context.uow(), self.remind_days.value())
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
