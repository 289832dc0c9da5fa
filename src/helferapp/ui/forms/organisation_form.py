"""The form for a Stelle / Organisation (a KI, an office, a welfare organisation, …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from helferapp.domain.enums import OrganisationKind
from helferapp.services import entities
from helferapp.services.regions import list_districts
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionPicker
from helferapp.ui.widgets.text_edits import NotesEdit, PhoneEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationForm", text)


def organisation_field_labels() -> dict[str, str]:
    """The label of each field of a Stelle: in this form and in the small one made from a
    picker (``quick_forms``), so that a field has the same name in both."""
    return {
        "kind": _tr("Art der Stelle"),
        "name": _tr("Name"),
        "street": _tr("Straße und Hausnummer"),
        "postal_code": _tr("PLZ"),
        "city": _tr("Ort"),
        "region_ags": _tr("Gemeinde oder Kreis"),
        "phone": _tr("Telefon"),
        "email": _tr("E-Mail"),
        "website": _tr("Internetseite"),
        "notes": _tr("Notizen"),
    }


class OrganisationForm(RecordForm):
    """Kind, name, address, Gemeinde or Kreis, and how to reach a Stelle."""

    spec = entities.ORGANISATIONS
    required = ("name",)

    def create_editors(self) -> dict[str, QWidget]:
        region = RegionPicker()
        region.set_regions([*list_districts(self.context.uow()), *self.context.municipalities()])
        postal_code = QLineEdit()
        postal_code.setMaxLength(5)
        postal_code.setMaximumWidth(postal_code.fontMetrics().horizontalAdvance("000000") + 24)
        return {
            "kind": EnumComboBox(OrganisationKind),
            "name": QLineEdit(),
            "street": QLineEdit(),
            "postal_code": postal_code,
            "city": QLineEdit(),
            "region_ags": region,
            "phone": PhoneEdit(),
            "email": QLineEdit(),
            "website": QLineEdit(),
            "notes": NotesEdit(),
        }

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Stelle"), ("kind", "name")),
            (self.tr("Anschrift"), ("street", "postal_code", "city", "region_ags")),
            (self.tr("Erreichbarkeit"), ("phone", "email", "website")),
            (self.tr("Sonstiges"), ("notes",)),
        ]

    def field_labels(self) -> dict[str, str]:
        return organisation_field_labels()

    def field_hints(self) -> dict[str, str]:
        return {
            "name": self.tr("z. B. Kommunales Integrationszentrum Landkreis Augsburg"),
            "region_ags": self.tr("Für welches Gebiet ist die Stelle zuständig? Name eintippen"),
            "email": self.tr("name@beispiel.de"),
            "website": self.tr("www.beispiel.de"),
        }
