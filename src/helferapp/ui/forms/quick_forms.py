"""Small forms for a record made on the way: a Stelle, a Helferkreis or a Person.

When a picker does not find the record a volunteer needs („„X“ neu anlegen …“, see
``ui.widgets.searchable_combo``), a full form would pull them away from what they were
doing. These forms ask only what the record needs to be found again and told apart
(the name, and for a Stelle its kind and place, for a person where they belong); the
rest can be added later on the record's own page. Their fields carry the labels of the
full forms (``…_field_labels``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from helferapp.domain.enums import OrganisationKind
from helferapp.services import entities
from helferapp.services.regions import list_districts
from helferapp.ui.forms.base import RecordForm
from helferapp.ui.forms.choices import use_group_choices, use_organisation_choices
from helferapp.ui.forms.group_form import group_field_labels
from helferapp.ui.forms.organisation_form import organisation_field_labels
from helferapp.ui.forms.person_form import person_field_labels
from helferapp.ui.widgets.enum_combo import EnumComboBox
from helferapp.ui.widgets.region_pickers import RegionListEditor, RegionPicker
from helferapp.ui.widgets.searchable_combo import SearchableComboBox
from helferapp.ui.widgets.text_edits import PhoneEdit


class QuickGroupForm(RecordForm):
    """Name and Gemeinden of a new Helferkreis."""

    spec = entities.GROUPS
    required = ("name",)

    def create_editors(self) -> dict[str, QWidget]:
        regions = RegionListEditor()
        regions.set_regions(self.context.municipalities())
        return {"name": QLineEdit(), "region_ags": regions}

    def field_labels(self) -> dict[str, str]:
        return group_field_labels()


class QuickOrganisationForm(RecordForm):
    """Kind, name and place of a new Stelle."""

    spec = entities.ORGANISATIONS
    required = ("name",)

    def create_editors(self) -> dict[str, QWidget]:
        region = RegionPicker()
        region.set_regions([*list_districts(self.context.uow()), *self.context.municipalities()])
        return {
            "kind": EnumComboBox(OrganisationKind),
            "name": QLineEdit(),
            "city": QLineEdit(),
            "region_ags": region,
        }

    def field_labels(self) -> dict[str, str]:
        return organisation_field_labels()


class QuickPersonForm(RecordForm):
    """Name, role, where the person belongs and how to reach them."""

    spec = entities.PERSONS
    required = ("name",)

    def create_editors(self) -> dict[str, QWidget]:
        group, organisation = SearchableComboBox(), SearchableComboBox()
        use_group_choices(group, self.context, creatable=False)
        use_organisation_choices(organisation, self.context, creatable=False)
        return {
            "name": QLineEdit(),
            "role": QLineEdit(),
            "group_id": group,
            "organisation_id": organisation,
            "phone": PhoneEdit(),
            "email": QLineEdit(),
        }

    def field_labels(self) -> dict[str, str]:
        return person_field_labels()


QUICK_FORMS: dict[str, type[RecordForm]] = {
    "group": QuickGroupForm,
    "organisation": QuickOrganisationForm,
    "person": QuickPersonForm,
}
