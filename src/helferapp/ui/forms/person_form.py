"""The form for an Ansprechperson, with the consent status at a glance.

The consent itself is recorded in ``ConsentDialog`` (one place for recording and
withdrawing it); the form shows a status line and carries the consent values along.
A new person belongs to our own Helferkreis until said otherwise (``services.own_groups``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from helferapp.domain.records import CONSENT_FIELDS, PersonData, RecordData
from helferapp.services import entities, own_groups, records
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.forms.choices import use_group_choices, use_organisation_choices
from helferapp.ui.privacy.consent_dialog import ConsentDialog, consent_status
from helferapp.ui.widgets.error_label import error_color
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.text_edits import NotesEdit, PhoneEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonForm", text)


def person_field_labels() -> dict[str, str]:
    """The label of each field of a person: in this form and in the small one made from a
    picker (``quick_forms``), so that a field has the same name in both."""
    return {
        "name": _tr("Name"),
        "role": _tr("Aufgabe / Funktion"),
        "group_id": _tr("Gehört zu Helferkreis"),
        "organisation_id": _tr("oder zu Stelle"),
        "phone": _tr("Telefon"),
        "email": _tr("E-Mail"),
        "notes": _tr("Notizen"),
        "consent": _tr("Einwilligung"),
    }


class ConsentStatusBox(QWidget):
    """The consent line ("Einwilligung vom …" / "Keine Einwilligung …") and its button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self._allowed = False
        self._text = ""
        self.setFocusProxy(self.button)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and self._text:
            self.show_status(self._text, self._allowed)

    def show_status(self, text: str, allowed: bool) -> None:
        self._allowed = allowed
        self._text = text
        self.status.setText(("" if allowed else "⚠ ") + text)
        self.status.setAccessibleName(text)
        font = QFont(self.font())
        font.setBold(not allowed)
        self.status.setFont(font)
        palette = self.status.palette()
        colour = (
            self.palette().color(QPalette.ColorRole.WindowText)
            if allowed
            else error_color(self.palette())
        )
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.status.setPalette(palette)

    def is_marked(self) -> bool:
        """Tell whether the line is marked as "no usable consent"."""
        return not self._allowed


class PersonForm(RecordForm):
    """Name, role, where the person belongs, how to reach them, and their consent."""

    spec = entities.PERSONS
    required = ("name",)

    def create_editors(self) -> dict[str, QWidget]:
        group, organisation = SearchableComboBox(), SearchableComboBox()
        use_group_choices(group, self.context)
        use_organisation_choices(organisation, self.context)
        return {
            "name": QLineEdit(),
            "role": QLineEdit(),
            "group_id": group,
            "organisation_id": organisation,
            "phone": PhoneEdit(),
            "email": QLineEdit(),
            "notes": NotesEdit(),
        }

    def default_data(self) -> RecordData:
        return PersonData(group_id=own_groups.default_group_id(self.context.uow()))

    def create_extras(self) -> dict[str, QWidget]:
        self.consent_box = ConsentStatusBox()
        self.consent_box.button.clicked.connect(self.open_consent_dialog)
        self.consent_dialog: ConsentDialog | None = None
        return {"consent": self.consent_box}

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Person"), ("name", "role", "group_id", "organisation_id")),
            (self.tr("Erreichbarkeit"), ("phone", "email")),
            (self.tr("Einwilligung"), ("consent",)),
            (self.tr("Sonstiges"), ("notes",)),
        ]

    def field_labels(self) -> dict[str, str]:
        return person_field_labels()

    def field_hints(self) -> dict[str, str]:
        return {
            "name": self.tr("Vor- und Nachname"),
            "role": self.tr("z. B. Koordinatorin, Integrationslotsin"),
            "group_id": self.tr("Helferkreis eintippen oder auswählen"),
            "organisation_id": self.tr("Stelle eintippen oder auswählen"),
            "email": self.tr("name@beispiel.de"),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.consent_box.button.setText(self.tr("Einwilligung erfassen/ändern …"))
        self.consent_box.button.setAccessibleName(self.tr("Einwilligung erfassen oder ändern"))
        self._update_consent()

    def on_loaded(self, data: RecordData) -> None:
        self._update_consent()

    def _update_consent(self) -> None:
        data = self.loaded_data()
        assert isinstance(data, PersonData)
        text, allowed = consent_status(data)
        self.consent_box.show_status(text, allowed)
        saved = self.record_id() is not None
        self.consent_box.button.setEnabled(saved)
        self.consent_box.hint.setText(
            ""
            if saved
            else self.tr("Bitte die Person zuerst speichern, dann die Einwilligung erfassen.")
        )
        self.consent_box.hint.setVisible(not saved)

    def open_consent_dialog(self) -> ConsentDialog | None:
        """Open the consent dialog for the saved person (window-modal, not blocking)."""
        person_id = self.record_id()
        if person_id is None:
            return None
        dialog = ConsentDialog(self.context, person_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._consent_saved)
        self.consent_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "consent_dialog", None))
        dialog.open()
        return dialog

    def _consent_saved(self, person_id: str) -> None:
        """Take over the new consent values; other unsaved edits stay as they are."""
        record = records.get(self.context.uow(), entities.PERSONS, person_id)
        self.replace_loaded(**{name: getattr(record.data, name) for name in CONSENT_FIELDS})
        self._update_consent()
        self.saved.emit(person_id)
