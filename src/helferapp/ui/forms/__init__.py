"""Record forms: one per kind of record, all built on ``base.RecordForm``.

``FORMS`` maps a model's ``kind_code`` ("group", "programme", "organisation", "person",
"contact", "partnership", "region_status") to its form class, so a page can embed the
form for whatever kind of record it shows.
"""

from __future__ import annotations

from helferapp.ui.forms.base import RecordForm
from helferapp.ui.forms.contact_form import ContactForm
from helferapp.ui.forms.group_form import GroupForm
from helferapp.ui.forms.organisation_form import OrganisationForm
from helferapp.ui.forms.partnership_form import PartnershipForm
from helferapp.ui.forms.person_form import PersonForm
from helferapp.ui.forms.programme_form import ProgrammeForm
from helferapp.ui.forms.region_status_form import RegionStatusForm

FORMS: dict[str, type[RecordForm]] = {
    form.spec.model.kind_code: form
    for form in (
        GroupForm,
        ProgrammeForm,
        OrganisationForm,
        PersonForm,
        ContactForm,
        PartnershipForm,
        RegionStatusForm,
    )
}

__all__ = [
    "FORMS",
    "ContactForm",
    "GroupForm",
    "OrganisationForm",
    "PartnershipForm",
    "PersonForm",
    "ProgrammeForm",
    "RecordForm",
    "RegionStatusForm",
]
