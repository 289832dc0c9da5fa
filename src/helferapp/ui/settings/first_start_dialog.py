"""First start on an empty database: whose laptop is this? Or just try it, or restore.

The app works better when it knows its own group (``services.own_groups``): new
Angebote, Personen and Kontakte start with it, and the Übersicht shows its
Wiedervorlagen first. So the first start asks for it — a new Helferkreis (name and
Gemeinde), one that is already there, or none (an installation in a KI office). Two
other ways out: the example data, which lives in a file of its own so that real work
never lands in it, and restoring a backup copy (a new laptop after the old one died).
The question is asked once per database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError, ValidationError
from helferapp.domain.records import HelperGroupData
from helferapp.services import link_choices, own_groups
from helferapp.store.database import Database
from helferapp.ui.context import AppContext
from helferapp.ui.pages.base import Heading
from helferapp.ui.widgets.error_label import ErrorLabel
from helferapp.ui.widgets.region_pickers import RegionPicker

OWN = "own"
NONE = "none"
DEMO = "demo"
RESTORED = "restored"


class FirstStartDialog(QDialog):
    """See the module docstring.

    After ``exec()``, ``choice`` says what happened: ``OWN`` (our group is set),
    ``NONE`` (no own group), ``DEMO`` (open the example data instead), ``RESTORED``
    (a backup copy was restored into this database), or "" (closed without answer).
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.context = AppContext(database)
        self.choice = ""
        self.heading = Heading("", parent=self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)

        self.group_box = QGroupBox(self)
        self.new_button = QRadioButton(self.group_box)
        self.existing_button = QRadioButton(self.group_box)
        self.none_button = QRadioButton(self.group_box)
        self.kinds = QButtonGroup(self)
        for button in (self.new_button, self.existing_button, self.none_button):
            self.kinds.addButton(button)
            button.toggled.connect(self._update_enabled)
        self.name = QLineEdit(self.group_box)
        self.region = RegionPicker(self.group_box)
        self.region.set_regions(self.context.municipalities())
        self.existing = QComboBox(self.group_box)
        for choice in link_choices.group_choices(self.context.uow()):
            self.existing.addItem(choice.name, choice.id)
        self.name_label = QLabel(self.group_box)
        self.name_label.setBuddy(self.name)
        self.region_label = QLabel(self.group_box)
        self.region_label.setBuddy(self.region)
        form = QFormLayout(self.group_box)
        form.addRow(self.new_button)
        form.addRow(self.name_label, self.name)
        form.addRow(self.region_label, self.region)
        form.addRow(self.existing_button, self.existing)
        form.addRow(self.none_button)
        has_groups = self.existing.count() > 0
        self.existing_button.setVisible(has_groups)
        self.existing.setVisible(has_groups)
        (self.existing_button if has_groups else self.new_button).setChecked(True)

        self.error = ErrorLabel(self)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.demo_button = QPushButton(self)
        self.demo_button.clicked.connect(self.open_demo)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore)
        self.other_text = QLabel(self)
        self.other_text.setWordWrap(True)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        other_row = QHBoxLayout()
        other_row.addWidget(self.demo_button)
        other_row.addWidget(self.restore_button)
        other_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.group_box)
        layout.addWidget(self.error)
        layout.addLayout(start_row)
        layout.addWidget(self.other_text)
        layout.addLayout(other_row)
        self.setMinimumWidth(620)
        self.retranslate_ui()
        self._update_enabled()
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Willkommen bei HelferApp"))
        self.heading.setText(self.tr("Willkommen bei HelferApp"))
        self.text.setText(
            self.tr(
                "Für welchen Helferkreis arbeiten Sie mit HelferApp? Neue Angebote, Personen "
                "und Kontakte werden ihm zugeordnet, und die Übersicht zeigt seine "
                "Wiedervorlagen zuerst. Ändern lässt sich das später unter Einstellungen."
            )
        )
        self.group_box.setTitle(self.tr("Unser Helferkreis"))
        self.new_button.setText(self.tr("&Neuen Helferkreis anlegen"))
        self.name_label.setText(self.tr("Na&me:"))
        self.name.setPlaceholderText(self.tr("z. B. Helferkreis Asyl Olching"))
        self.name.setAccessibleName(self.tr("Name des Helferkreises"))
        self.region_label.setText(self.tr("&Gemeinde:"))
        self.region.set_placeholder(self.tr("optional – Gemeinde eintippen, z. B. Olching"))
        self.region.setAccessibleName(self.tr("Gemeinde des Helferkreises"))
        self.existing_button.setText(self.tr("&Vorhandenen wählen:"))
        self.existing.setAccessibleName(self.tr("Vorhandener Helferkreis"))
        self.none_button.setText(
            self.tr("&Kein eigener Helferkreis (z. B. im KI-Büro) – nichts wird gefiltert")
        )
        self.start_button.setText(self.tr("&Beginnen"))
        self.other_text.setText(
            self.tr(
                "Nur ausprobieren? Die Beispieldaten liegen in einer eigenen Datei. "
                "Neuer Rechner? Eine Sicherungskopie vom USB-Stick zurückholen."
            )
        )
        self.demo_button.setText(self.tr("Beispiel&daten ansehen"))
        self.demo_button.setAccessibleName(self.tr("Beispieldaten ansehen"))
        self.restore_button.setText(self.tr("Aus Sicherungskopie &wiederherstellen …"))

    def _update_enabled(self) -> None:
        new = self.new_button.isChecked()
        for widget in (self.name, self.region, self.name_label, self.region_label):
            widget.setEnabled(new)
        self.existing.setEnabled(self.existing_button.isChecked())

    def start(self) -> None:
        """Remember our group (create it first if new); problems stay in the dialog."""
        self.error.set_messages([])
        uow = self.context.uow()
        try:
            if self.new_button.isChecked():
                try:
                    region = self.region.value()
                except ValueError as error:
                    self.error.set_messages([str(error)])
                    return
                data = HelperGroupData(
                    name=self.name.text(), region_ags=(region,) if region else ()
                )
                own_groups.create_own_group(uow, data)
                self.choice = OWN
            elif self.existing_button.isChecked():
                own_groups.set_own_groups(uow, [str(self.existing.currentData())])
                self.choice = OWN
            else:
                own_groups.set_own_groups(uow, [])
                self.choice = NONE
        except ValidationError as error:
            self.error.set_messages([item.message for item in error.errors])
            self.name.setFocus()
            return
        except UserError as error:
            self.error.set_messages([error.message])
            return
        self.accept()

    def open_demo(self) -> None:
        self.choice = DEMO
        self.accept()

    def restore(self) -> None:
        """Restore a backup copy (a stick from the old laptop) into this empty database."""
        from helferapp.ui.backups.backup_copy_dialog import restore_from_copy

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Sicherungskopie wählen"),
            str(Path.home()),
            self.tr("HelferApp-Sicherung (*.sqlite3 *.helferapp-sicherung);;Alle Dateien (*)"),
        )
        if not path:
            return
        if restore_from_copy(self, self.context, Path(path)) is not None:
            self.choice = RESTORED
            self.accept()
