"""The form for a Helferkreis."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from helferapp.domain.enums import GroupStatus, LegalForm
from helferapp.services import entities
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionListEditor
from helferapp.ui.widgets.tag_list_edit import TagListEdit
from helferapp.ui.widgets.text_edits import NotesEdit, PhoneEdit


class GroupForm(RecordForm):
    """Name, Rechtsform, Gemeinden, status and how to reach a Helferkreis."""

    spec = entities.GROUPS
    required = ("name",)

    def create_editors(self) -> dict[str, QWidget]:
        regions = RegionListEditor()
        regions.set_regions(self.context.municipalities())
        return {
            "name": QLineEdit(),
            "legal_form": EnumComboBox(LegalForm),
            "status": EnumComboBox(GroupStatus),
            "region_ags": regions,
            "locality": QLineEdit(),
            "working_groups": TagListEdit(),
            "phone": PhoneEdit(),
            "email": QLineEdit(),
            "website": QLineEdit(),
            "checked_on": OptionalDateEdit(),
            "notes": NotesEdit(),
        }

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        return [
            (self.tr("Helferkreis"), ("name", "legal_form", "status")),
            (self.tr("Wo der Helferkreis arbeitet"), ("region_ags", "locality", "working_groups")),
            (self.tr("Erreichbarkeit"), ("phone", "email", "website")),
            (self.tr("Sonstiges"), ("checked_on", "notes")),
        ]

    def field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "legal_form": self.tr("Rechtsform"),
            "status": self.tr("Status"),
            "region_ags": self.tr("Gemeinden"),
            "locality": self.tr("Ortsteil"),
            "working_groups": self.tr("Arbeitsgruppen"),
            "phone": self.tr("Telefon"),
            "email": self.tr("E-Mail"),
            "website": self.tr("Internetseite"),
            "checked_on": self.tr("Zuletzt geprüft am"),
            "notes": self.tr("Notizen"),
        }

    def field_hints(self) -> dict[str, str]:
        return {
            "name": self.tr("z. B. Helferkreis Asyl Gersthofen"),
            "locality": self.tr("falls nur in einem Ortsteil, z. B. Hirblingen"),
            "working_groups": self.tr("durch Komma getrennt, z. B. Deutschkurs, Fahrdienst"),
            "email": self.tr("name@beispiel.de"),
            "website": self.tr("www.beispiel.de"),
            "checked_on": self.tr("Wann wurden diese Angaben zuletzt überprüft?"),
        }
