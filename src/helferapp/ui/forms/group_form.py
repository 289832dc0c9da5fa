"""The form for a Helferkreis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from helferapp.domain.enums import GroupStatus, LegalForm
from helferapp.services import entities
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.widgets.date_time_edits import OptionalDateEdit
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionListEditor
from helferapp.ui.widgets.tag_list_edit import TagListEdit
from helferapp.ui.widgets.text_edits import NotesEdit, PhoneEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupForm", text)


def group_field_labels() -> dict[str, str]:
    """The label of each field of a Helferkreis: in this form and in the small one made from a
    picker (``quick_forms``), so that a field has the same name in both."""
    return {
        "name": _tr("Name"),
        "legal_form": _tr("Rechtsform"),
        "status": _tr("Status"),
        "region_ags": _tr("Gemeinden"),
        "locality": _tr("Ortsteil"),
        "working_groups": _tr("Arbeitsgruppen"),
        "phone": _tr("Telefon"),
        "email": _tr("E-Mail"),
        "website": _tr("Internetseite"),
        "checked_on": _tr("Zuletzt geprüft am"),
        "notes": _tr("Notizen"),
    }


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
        return group_field_labels()

    def field_hints(self) -> dict[str, str]:
        return {
            "name": self.tr("z. B. Helferkreis Asyl Gersthofen"),
            "locality": self.tr("falls nur in einem Ortsteil, z. B. Hirblingen"),
            "working_groups": self.tr("durch Komma getrennt, z. B. Deutschkurs, Fahrdienst"),
            "email": self.tr("name@beispiel.de"),
            "website": self.tr("www.beispiel.de"),
            "checked_on": self.tr("Wann wurden diese Angaben zuletzt überprüft?"),
        }
