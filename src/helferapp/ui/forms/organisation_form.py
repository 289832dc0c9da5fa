"""The form for a Stelle / Organisation (a KI, an office, a welfare organisation, …)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from helferapp.domain.enums import OrganisationKind
from helferapp.services import entities
from helferapp.services.regions import list_districts
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionPicker
from helferapp.ui.widgets.text_edits import NotesEdit, PhoneEdit


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
        return {
            "kind": self.tr("Art der Stelle"),
            "name": self.tr("Name"),
            "street": self.tr("Straße und Hausnummer"),
            "postal_code": self.tr("PLZ"),
            "city": self.tr("Ort"),
            "region_ags": self.tr("Gemeinde oder Kreis"),
            "phone": self.tr("Telefon"),
            "email": self.tr("E-Mail"),
            "website": self.tr("Internetseite"),
            "notes": self.tr("Notizen"),
        }

    def field_hints(self) -> dict[str, str]:
        return {
            "name": self.tr("z. B. Kommunales Integrationszentrum Landkreis Augsburg"),
            "region_ags": self.tr("Für welches Gebiet ist die Stelle zuständig? Name eintippen"),
            "email": self.tr("name@beispiel.de"),
            "website": self.tr("www.beispiel.de"),
        }
