"""Helferkreis and Stelle forms: create, edit, validation, Gemeinde pickers."""

from __future__ import annotations

from datetime import date

import pytest

from helferapp.domain.enums import GroupStatus, LegalForm, OrganisationKind
from helferapp.domain.errors import ValidationError
from helferapp.domain.records import HelperGroupData, OrganisationData
from helferapp.domain.validation import clean_phone
from helferapp.services import entities, records
from helferapp.ui.forms import GroupForm, OrganisationForm
from helferapp.ui.widgets.region_pickers import RegionListEditor

GERSTHOFEN = "09772147"
WUERZBURG = "09663000"
LANDKREIS_AUGSBURG = "09772"


@pytest.fixture
def group_form(qtbot, context):
    form = GroupForm(context)
    qtbot.addWidget(form)
    form.show()
    return form


@pytest.fixture
def organisation_form(qtbot, context):
    form = OrganisationForm(context)
    qtbot.addWidget(form)
    form.show()
    return form


def test_group_is_created_and_edited_through_the_form(group_form, context, user, qtbot):
    form = group_form
    form.load(None)
    user.type(form.editor("name"), "Helferkreis Asyl Gersthofen")
    user.choose(form.editor("legal_form"), LegalForm.REGISTERED_ASSOCIATION)
    regions = form.editor("region_ags")
    assert isinstance(regions, RegionListEditor)
    user.pick(regions.picker, "gersthofen")
    user.pick(regions.picker, "wurzburg")
    user.type(form.editor("working_groups"), "Deutschkurs, Fahrdienst")
    user.type(form.editor("phone"), "0821 123456")
    user.type(form.editor("email"), "info@hk-gersthofen.de")
    user.type(form.editor("website"), "www.hk-gersthofen.de")
    user.type(form.editor("checked_on"), "1.3.2025")
    user.type(form.editor("notes"), "Treffen jeden Dienstag")

    record = form.save()

    stored = records.get(context.uow(), entities.GROUPS, record.id).data
    assert stored == HelperGroupData(
        name="Helferkreis Asyl Gersthofen",
        legal_form=LegalForm.REGISTERED_ASSOCIATION,
        region_ags=(GERSTHOFEN, WUERZBURG),
        working_groups=("Deutschkurs", "Fahrdienst"),
        phone=clean_phone("0821 123456"),
        email="info@hk-gersthofen.de",
        website="https://www.hk-gersthofen.de",
        checked_on=date(2025, 3, 1),
        notes="Treffen jeden Dienstag",
    )
    assert form.record_id() == record.id
    assert not form.is_dirty()
    assert form.editor("phone").text() == "0821 123456"
    assert form.editor("checked_on").line_edit().text() == "01.03.2025"

    form.load(records.get(context.uow(), entities.GROUPS, record.id))
    assert not form.is_dirty()
    regions.list.setCurrentRow(1)
    regions.remove_button.click()
    user.choose(form.editor("status"), GroupStatus.DORMANT)
    with qtbot.waitSignal(form.saved):
        form.save()

    stored = records.get(context.uow(), entities.GROUPS, record.id).data
    assert stored.region_ags == (GERSTHOFEN,)
    assert stored.status is GroupStatus.DORMANT
    assert len(records.list_records(context.uow(), entities.GROUPS)) == 1


def test_group_form_shows_every_problem_next_to_its_field(group_form, context, user):
    form = group_form
    user.type(form.editor("phone"), "12")
    user.type(form.editor("email"), "bad@")

    with pytest.raises(ValidationError):
        form.save()

    assert form.field_errors("name") == ["Bitte einen Namen für den Helferkreis eingeben."]
    assert "keine gültige Telefonnummer" in form.field_errors("phone")[0]
    assert "keine gültige E-Mail-Adresse" in form.field_errors("email")[0]
    assert form.field_errors("website") == []
    assert form.error_label("name").isVisible()
    assert not form.error_label("website").isVisible()
    assert form.general_errors()  # the banner says that nothing was saved
    assert form.editor("name").hasFocus()
    assert records.list_records(context.uow(), entities.GROUPS) == []
    assert form.record_id() is None

    user.type(form.editor("name"), "HK Neusäß")
    user.type(form.editor("phone"), "")
    user.type(form.editor("email"), "")
    form.save()
    assert form.field_errors("name") == []
    assert form.general_errors() == []


def test_unreadable_date_is_named_with_the_rules_errors(group_form, context, user):
    form = group_form
    user.type(form.editor("checked_on"), "31.2.2025")
    assert "kein gültiges Datum" in form.field_errors("checked_on")[0]  # said on leaving
    assert form.is_dirty()

    with pytest.raises(ValidationError) as raised:
        form.save()

    assert {error.field for error in raised.value.errors} == {"checked_on", "name"}
    assert "kein gültiges Datum" in form.field_errors("checked_on")[0]
    assert form.field_errors("name")
    assert records.list_records(context.uow(), entities.GROUPS) == []


def test_organisation_is_created_and_edited_through_the_form(organisation_form, context, user):
    form = organisation_form
    user.choose(form.editor("kind"), OrganisationKind.KI)
    user.type(form.editor("name"), "KI Landkreis Augsburg")
    user.type(form.editor("street"), "Prinzregentenplatz 4")
    user.type(form.editor("postal_code"), "86150")
    user.type(form.editor("city"), "Augsburg")
    user.pick(form.editor("region_ags"), "landkreis augsburg")
    user.type(form.editor("phone"), "0821 3102 0")
    user.type(form.editor("email"), "ki@lra-a.bayern.de")

    record = form.save()

    assert records.get(context.uow(), entities.ORGANISATIONS, record.id).data == OrganisationData(
        kind=OrganisationKind.KI,
        name="KI Landkreis Augsburg",
        street="Prinzregentenplatz 4",
        postal_code="86150",
        city="Augsburg",
        region_ags=LANDKREIS_AUGSBURG,
        phone=clean_phone("0821 3102 0"),
        email="ki@lra-a.bayern.de",
    )
    assert form.editor("region_ags").currentText() == "Augsburg (Landkreis)"

    user.pick(form.editor("region_ags"), "gersthofen")
    user.type(form.editor("website"), "www.landkreis-augsburg.de")
    assert form.is_dirty()
    form.save()
    stored = records.get(context.uow(), entities.ORGANISATIONS, record.id).data
    assert stored.region_ags == GERSTHOFEN
    assert stored.website == "https://www.landkreis-augsburg.de"
    assert not form.is_dirty()


def test_organisation_form_rejects_a_bad_postal_code_and_e_mail(organisation_form, context, user):
    form = organisation_form
    user.type(form.editor("name"), "Caritas Augsburg")
    user.type(form.editor("postal_code"), "8615")
    user.type(form.editor("email"), "bad@")

    with pytest.raises(ValidationError):
        form.save()

    assert "keine Postleitzahl" in form.field_errors("postal_code")[0]
    assert form.field_errors("email")
    assert form.field_errors("name") == []
    assert form.editor("postal_code").hasFocus() or form.editor("postal_code").isVisible()
    assert records.list_records(context.uow(), entities.ORGANISATIONS) == []
