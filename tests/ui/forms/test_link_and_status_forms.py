"""Bündnispartner and Gebietsstatus forms: natural keys fixed once saved."""

from __future__ import annotations

from datetime import date

import pytest

from helferapp.domain.enums import ConceptStatus, KIStatus, PartnershipKind
from helferapp.domain.errors import ValidationError
from helferapp.domain.records import (
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    RegionStatusData,
)
from helferapp.services import entities, records
from helferapp.ui.forms import PartnershipForm, RegionStatusForm

LANDKREIS_AUGSBURG = "09772"


@pytest.fixture
def pair(context):
    group = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Stadtbergen"))
    organisation = records.create(
        context.uow(), entities.ORGANISATIONS, OrganisationData(name="AWO Augsburg")
    )
    return group.id, organisation.id


def test_partnership_is_created_and_edited(qtbot, context, pair, user):
    form = PartnershipForm(context)
    qtbot.addWidget(form)
    form.show()
    user.pick(form.editor("group_id"), "stadtbergen")
    user.pick(form.editor("organisation_id"), "awo")
    user.choose(form.editor("kind"), PartnershipKind.NETWORK)
    user.type(form.editor("notes"), "gemeinsamer Runder Tisch")

    record = form.save()

    assert records.get(context.uow(), entities.PARTNERSHIPS, record.id).data == PartnershipData(
        group_id=pair[0],
        organisation_id=pair[1],
        kind=PartnershipKind.NETWORK,
        notes="gemeinsamer Runder Tisch",
    )
    assert not form.editor("group_id").isEnabled()  # the pair is the record's identity
    assert not form.editor("organisation_id").isEnabled()
    user.choose(form.editor("kind"), PartnershipKind.FUNDING)
    form.save()
    stored = records.get(context.uow(), entities.PARTNERSHIPS, record.id).data
    assert stored.kind is PartnershipKind.FUNDING

    form.load(None, PartnershipData(group_id=pair[0]))  # as the group's page prefills it
    assert form.editor("group_id").isEnabled()
    assert form.editor("group_id").currentText() == "HK Stadtbergen"
    assert not form.is_dirty()


def test_partnership_needs_both_sides(qtbot, context, pair):
    form = PartnershipForm(context)
    qtbot.addWidget(form)
    form.show()
    assert form.data() == PartnershipData()
    with pytest.raises(ValidationError):
        form.save()
    assert form.field_errors("group_id") == ["Bitte einen Helferkreis auswählen."]
    assert form.field_errors("organisation_id") == ["Bitte eine Stelle auswählen."]
    assert records.list_records(context.uow(), entities.PARTNERSHIPS) == []


def test_region_status_is_created_and_edited(qtbot, context, user):
    form = RegionStatusForm(context)
    qtbot.addWidget(form)
    form.show()
    user.pick(form.editor("ags"), "landkreis augsburg")
    user.choose(form.editor("concept_status"), ConceptStatus.ADOPTED)
    user.type(form.editor("concept_date"), "12.10.2022")
    user.choose(form.editor("ki_status"), KIStatus.ACTIVE)
    user.type(form.editor("ki_date"), "1.1.2023")
    user.type(form.editor("source"), "Internetseite des Landratsamts")
    user.type(form.editor("checked_on"), "1.3.2025")

    record = form.save()

    assert records.get(context.uow(), entities.REGION_STATUSES, record.id).data == (
        RegionStatusData(
            ags=LANDKREIS_AUGSBURG,
            concept_status=ConceptStatus.ADOPTED,
            concept_date=date(2022, 10, 12),
            ki_status=KIStatus.ACTIVE,
            ki_date=date(2023, 1, 1),
            source="Internetseite des Landratsamts",
            checked_on=date(2025, 3, 1),
        )
    )
    assert not form.editor("ags").isEnabled()
    user.type(form.editor("notes"), "KI-Leitung neu besetzt")
    form.save()
    stored = records.get(context.uow(), entities.REGION_STATUSES, record.id).data
    assert stored.notes == "KI-Leitung neu besetzt"


def test_region_status_rules_inline(qtbot, context, user):
    form = RegionStatusForm(context)
    qtbot.addWidget(form)
    form.show()
    user.type(form.editor("concept_date"), "1.1.2024")
    with pytest.raises(ValidationError):  # both statuses still "nicht erfasst"
        form.save()
    assert "auch „keins“ ist eine Angabe" in form.field_errors("concept_status")[0]
    user.choose(form.editor("concept_status"), ConceptStatus.NONE)
    user.choose(form.editor("ki_status"), KIStatus.NONE)
    with pytest.raises(ValidationError):
        form.save()
    assert form.field_errors("ags") == ["Bitte ein Gebiet auswählen."]
    assert "Ohne Integrationskonzept" in form.field_errors("concept_date")[0]
    assert records.list_records(context.uow(), entities.REGION_STATUSES) == []
