"""Datei → Exportieren…: what goes into the file, for whom, with or without a password.

The consent choice is spelled out, because it is the one decision in this dialog that
can leak a phone number: the default is the safe one (only persons who agreed to have
their data passed on), and the internal choice says in plain words what it means.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services import entities, exchange, own_groups, records, regions
from helferapp.ui.context import AppContext
from helferapp.ui.settings import window_state
from helferapp.ui.settings.settings_dialog import EXPORT_SCOPES, default_export_scope
from helferapp.ui.tasks import run_with_progress
from helferapp.ui.texts import plural, plural_noop
from helferapp.ui.widgets.error_label import ErrorLabel
from helferapp.ui.widgets.scroll_body import ScrollBody

# What the summary says was written, per table ("1 Stelle", "2.500 Helferkreise").
WRITTEN = {
    "helper_group": plural_noop("ExportDialog", "%Ln Helferkreise"),
    "organisation": plural_noop("ExportDialog", "%Ln Stellen"),
    "programme": plural_noop("ExportDialog", "%Ln Angebote"),
    "person": plural_noop("ExportDialog", "%Ln Personen"),
    "contact": plural_noop("ExportDialog", "%Ln Kontakte"),
    "partnership": plural_noop("ExportDialog", "%Ln Bündnispartnerschaften"),
    "region_status": plural_noop("ExportDialog", "%Ln Gebiete mit Status"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _slug(text: str) -> str:
    cleaned = "".join(char if char.isalnum() else "-" for char in text.lower())
    return "-".join(part for part in cleaned.split("-") if part)[:40] or "export"


class ExportDialog(QDialog):
    """Choose scope, consent mode, password and target file; then export."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(_tr("Exportieren"))
        self.setMinimumWidth(min(560, window_state.available_geometry(self).width()))
        outer = QVBoxLayout(self)
        layout = QVBoxLayout()
        sender = QFormLayout()
        self.sender_edit = QLineEdit(
            context.database.meta("installation_label") or own_groups.default_sender(context.uow())
        )
        self.sender_edit.setPlaceholderText(_tr("z. B. Helferkreis Asyl Olching"))
        self.sender_edit.setAccessibleName(_tr("Absender"))
        sender.addRow(_tr("&Absender (wer schickt die Datei?):"), self.sender_edit)
        layout.addLayout(sender)
        layout.addWidget(self._scope_box())
        layout.addWidget(self._consent_box())
        layout.addWidget(self._password_box())
        layout.addLayout(self._target_row())
        layout.addWidget(self._format_choice())
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        outer.addWidget(ScrollBody(layout, self), 1)  # scrolls at a large font; buttons stay
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            _tr("&Exportieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Abbrechen"))
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._update_enabled()
        # All of it if the screen allows (Qt would stop at two thirds of the screen).
        self.resize(window_state.initial_size(self, self.sizeHint()))

    # --- building -----------------------------------------------------------------

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Was soll in die Datei?"))
        form = QFormLayout(box)
        self.scope_buttons = QButtonGroup(self)
        self.all_button = QRadioButton(_tr("A&lles"))
        self.group_button = QRadioButton(_tr("Ein &Helferkreis mit seinen Einträgen:"))
        self.district_button = QRadioButton(_tr("Ein Land&kreis / eine kreisfreie Stadt:"))
        self.district_region_button = QRadioButton(_tr("Ein &Regierungsbezirk:"))
        self.changes_button = QRadioButton(_tr("Nur Ä&nderungen seit dem letzten Export an:"))
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(_tr("Helferkreis für den Export"))
        for group in records.list_records(self.context.uow(), entities.GROUPS):
            self.group_combo.addItem(group.data.name, group.id)
        self.district_combo = QComboBox()
        self.district_combo.setAccessibleName(_tr("Landkreis oder kreisfreie Stadt"))
        for district in regions.list_districts(self.context.uow()):
            self.district_combo.addItem(district.display, district.ags)
        # Our Landkreis and our group first, not the alphabet's first (services.own_groups).
        ours = own_groups.own_groups(self.context.uow())
        if ours:
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(ours[0].id)))
        own_district = own_groups.own_district(self.context.uow())
        if own_district is not None:
            self.district_combo.setCurrentIndex(max(0, self.district_combo.findData(own_district)))
        self.district_region_combo = QComboBox()
        self.district_region_combo.setAccessibleName(_tr("Regierungsbezirk"))
        for district_region in regions.list_district_regions(self.context.uow()):
            self.district_region_combo.addItem(district_region.name, district_region.ags)
        self.partner_edit = QComboBox()
        self.partner_edit.setEditable(True)
        self.partner_edit.setAccessibleName(_tr("Empfänger der Änderungen"))
        self.partner_edit.addItems(exchange.export_partners(self.context.uow()))
        self.partner_edit.setCurrentText("")
        partner_line = self.partner_edit.lineEdit()
        assert partner_line is not None  # the combo box is editable
        partner_line.setPlaceholderText(_tr("z. B. KI Landkreis Dachau"))
        # In the order of EXPORT_SCOPES: a button's id is its code's index there.
        rows: dict[str, tuple[QRadioButton, QWidget | None]] = {
            "all": (self.all_button, None),
            "group": (self.group_button, self.group_combo),
            "district": (self.district_button, self.district_combo),
            "district_region": (self.district_region_button, self.district_region_combo),
            "changes": (self.changes_button, self.partner_edit),
        }
        self.scope_editors: dict[str, QWidget] = {}
        for code in EXPORT_SCOPES:
            button, editor = rows[code]
            self.scope_buttons.addButton(button, EXPORT_SCOPES.index(code))
            if editor is None:
                form.addRow(button)
            else:
                form.addRow(button, editor)
                self.scope_editors[code] = editor
        self.group_button.setEnabled(self.group_combo.count() > 0)
        preselected = rows[default_export_scope()][0]
        (preselected if preselected.isEnabled() else self.all_button).setChecked(True)
        self.scope_buttons.idToggled.connect(lambda *_: self._update_enabled())
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Für wen ist die Datei?"))
        layout = QFormLayout(box)
        self.shared_button = QRadioButton(_tr("Für andere Helferkreise oder das KI (empfohlen)"))
        shared_hint = QLabel(
            _tr(
                "Personen kommen nur mit, wenn sie der Weitergabe ihrer\n"
                "Kontaktdaten zugestimmt haben."
            )
        )
        self.internal_button = QRadioButton(_tr("Nur für unsere eigenen Geräte (intern)"))
        internal_hint = QLabel(
            _tr(
                "Alle Personen kommen mit, auch ohne Einwilligung zur Weitergabe.\n"
                "Diese Datei darf den Helferkreis nicht verlassen – bitte mit Passwort schützen."
            )
        )
        self.shared_button.setChecked(True)
        self.internal_button.toggled.connect(self._internal_toggled)
        for button, hint in (
            (self.shared_button, shared_hint),
            (self.internal_button, internal_hint),
        ):
            hint.setIndent(24)
            layout.addRow(button)
            layout.addRow(hint)
        return box

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Passwort"))
        form = QFormLayout(box)
        self.use_password = QCheckBox(_tr("Datei mit einem &Passwort schützen"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Passwort"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(_tr("Passwort wiederholen"))
        form.addRow(self.use_password)
        form.addRow(_tr("Passwort:"), self.password)
        form.addRow(_tr("Wiederholen:"), self.repeat)
        hint = QLabel(_tr("Das Passwort bitte auf anderem Weg weitergeben (z. B. telefonisch)."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.use_password.toggled.connect(lambda *_: self._update_enabled())
        return box

    def _target_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(_tr("&Ziel:"))
        self.target = QLineEdit(str(self._default_target()))
        self.target.setAccessibleName(_tr("Zieldatei"))
        label.setBuddy(self.target)
        choose = QPushButton(_tr("Än&dern …"))
        choose.clicked.connect(self._choose_target)
        row.addWidget(label)
        row.addWidget(self.target, 1)
        row.addWidget(choose)
        return row

    def _format_choice(self) -> QCheckBox:
        # Volunteers do not all update at once; the receiver's app decides (FORMAT.md §7).
        self.old_format = QCheckBox(
            _tr("Für eine ältere HelferApp-&Version schreiben (Format 1.0, größere Datei)")
        )
        self.old_format.setToolTip(
            _tr(
                "Nur nötig, wenn der Empfänger meldet, die Datei stamme aus einer neueren "
                "Version von HelferApp."
            )
        )
        return self.old_format

    def format_version(self) -> str:
        """The format version the file is written in."""
        return "1.0" if self.old_format.isChecked() else exchange.CURRENT_VERSION

    def _default_target(self) -> Path:
        label = self.context.database.meta("installation_label") or "helferapp"
        name = f"{_slug(label)}-{date.today():%Y-%m-%d}{exchange.EXTENSION}"
        return window_state.exchange_folder() / name

    # --- behaviour ----------------------------------------------------------------

    def _update_enabled(self) -> None:
        checked = self.scope_code()
        for code, editor in self.scope_editors.items():
            editor.setEnabled(code == checked)
        protected = self.use_password.isChecked()
        self.password.setEnabled(protected)
        self.repeat.setEnabled(protected)

    def _internal_toggled(self, internal: bool) -> None:
        if internal:
            self.use_password.setChecked(True)

    def _choose_target(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            _tr("Exportieren nach"),
            self.target.text(),
            _tr("HelferApp-Austauschdatei (*.helferapp)"),
        )
        if path:
            self.target.setText(path)

    def scope_code(self) -> str:
        """ "all", "group", "district", "district_region" or "changes": the checked button."""
        checked = self.scope_buttons.checkedId()
        return EXPORT_SCOPES[checked] if 0 <= checked < len(EXPORT_SCOPES) else "all"

    def scope(self) -> exchange.ExportScope:
        """The scope the user chose."""
        code = self.scope_code()
        if code == "group":
            return exchange.ExportScope(
                exchange.ScopeKind.GROUP, group_id=str(self.group_combo.currentData())
            )
        if code == "district":
            return exchange.ExportScope(
                exchange.ScopeKind.DISTRICT, district_ags=str(self.district_combo.currentData())
            )
        if code == "district_region":
            return exchange.ExportScope(
                exchange.ScopeKind.DISTRICT_REGION,
                district_ags=str(self.district_region_combo.currentData()),
            )
        if code == "changes":
            return exchange.ExportScope(
                exchange.ScopeKind.CHANGES, partner=self.partner_edit.currentText()
            )
        return exchange.ExportScope()

    def _chosen_password(self) -> str | None:
        if not self.use_password.isChecked():
            return None
        if not self.password.text():
            raise UserError(_tr("Bitte ein Passwort eingeben oder den Passwortschutz abwählen."))
        if self.password.text() != self.repeat.text():
            raise UserError(_tr("Die beiden Passwörter stimmen nicht überein."))
        return self.password.text()

    def _export(self) -> None:
        self.error.set_messages([])  # an old complaint must not outlive a new try
        try:
            password = self._chosen_password()
            target = Path(self.target.text().strip()).expanduser()
            if not target.name:
                raise UserError(_tr("Bitte angeben, wohin die Datei geschrieben werden soll."))
            if target.suffix != exchange.EXTENSION:
                target = target.with_name(target.name + exchange.EXTENSION)
            mode = (
                exchange.ConsentMode.INTERNAL
                if self.internal_button.isChecked()
                else exchange.ConsentMode.SHARED
            )
            scope = self.scope()
            version = self.format_version()
            exchange.set_installation_label(self.context.uow(), self.sender_edit.text())
            result: exchange.ExportResult = run_with_progress(
                self,
                _tr("Exportieren"),
                _tr("Die Datei wird geschrieben …"),
                lambda _cancelled, _progress: exchange.export_file(
                    self.context.database, target, scope, mode, password, format_version=version
                ),
                cancellable=False,
            )
        except UserError as error:
            self.error.set_messages([QCoreApplication.translate("messages", error.message)])
            return
        window_state.set_exchange_folder(result.path.parent)
        QMessageBox.information(self, _tr("Exportiert"), self.summary(result))
        self.accept()

    @staticmethod
    def summary(result: exchange.ExportResult) -> str:
        """What was written, in one paragraph."""
        parts = [
            plural("ExportDialog", WRITTEN[table], count)
            for table, count in result.counts.items()
            if count
        ]
        text = _tr("Gespeichert in {path}:\n{parts}.").format(
            path=result.path, parts=", ".join(parts) or _tr("keine Einträge")
        )
        if result.left_out_persons:
            text += "\n\n" + plural(
                "ExportDialog",
                "%Ln Personen ohne Einwilligung zur Weitergabe weggelassen.",
                result.left_out_persons,
            )
        return text
