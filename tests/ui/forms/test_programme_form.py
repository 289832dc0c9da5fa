"""Angebot form: every kind of input, and the date/time order rules."""

from __future__ import annotations

from datetime import date, time

import pytest

from helferapp.domain.enums import FieldOfAction, Weekday
from helferapp.domain.errors import ValidationError
from helferapp.domain.records import HelperGroupData, OrganisationData, ProgrammeData
from helferapp.services import entities, records
from helferapp.ui.forms import ProgrammeForm

WUERZBURG = "09663000"


@pytest.fixture
def group(context):
    return records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Würzburg"))


@pytest.fixture
def form(qtbot, context, group):
    records.create(context.uow(), entities.ORGANISATIONS, OrganisationData(name="Caritas Würzburg"))
    form = ProgrammeForm(context)
    qtbot.addWidget(form)
    form.show()
    return form


def test_programme_is_created_and_edited_through_the_form(form, context, group, user):
    fields = form.editor("fields")
    user.type(form.editor("title"), "Deutschkurs für Anfängerinnen")
    user.pick(form.editor("group_id"), "hk wurz")
    user.click(fields.check_box(FieldOfAction.LANGUAGE))
    user.click(fields.check_box(FieldOfAction.WOMEN_FAMILY))
    user.type(form.editor("target_group"), "Frauen mit kleinen Kindern")
    user.type(form.editor("languages"), "Deutsch, Arabisch, Dari")
    user.type(form.editor("location"), "Pfarrheim St. Peter")
    user.pick(form.editor("region_ags"), "wurzburg")
    user.choose(form.editor("weekday"), Weekday.TUESDAY)
    user.type(form.editor("start_time"), "9:30")
    user.type(form.editor("end_time"), "11")
    user.type(form.editor("starts_on"), "1.3.2025")
    user.type(form.editor("ends_on"), "31.7.2025")
    user.click(form.editor("childcare"))
    user.click(form.editor("accessible"))
    user.type(form.editor("cost"), "kostenlos")

    record = form.save()

    assert records.get(context.uow(), entities.PROGRAMMES, record.id).data == ProgrammeData(
        title="Deutschkurs für Anfängerinnen",
        group_id=group.id,
        fields=(FieldOfAction.LANGUAGE, FieldOfAction.WOMEN_FAMILY),
        target_group="Frauen mit kleinen Kindern",
        languages=("Deutsch", "Arabisch", "Dari"),
        location="Pfarrheim St. Peter",
        region_ags=WUERZBURG,
        weekday=Weekday.TUESDAY,
        start_time=time(9, 30),
        end_time=time(11, 0),
        starts_on=date(2025, 3, 1),
        ends_on=date(2025, 7, 31),
        childcare=True,
        accessible=True,
        cost="kostenlos",
    )
    assert not form.is_dirty()

    form.load(records.get(context.uow(), entities.PROGRAMMES, record.id))
    user.pick(form.editor("organisation_id"), "caritas")
    user.click(fields.check_box(FieldOfAction.WOMEN_FAMILY))
    user.click(form.editor("registration_required"))
    user.choose(form.editor("weekday"), None)
    user.type(form.editor("schedule_text"), "nach Absprache")
    form.save()

    stored = records.get(context.uow(), entities.PROGRAMMES, record.id).data
    assert stored.organisation_id is not None
    assert stored.group_id == group.id
    assert stored.fields == (FieldOfAction.LANGUAGE,)
    assert stored.registration_required
    assert stored.weekday is None
    assert stored.schedule_text == "nach Absprache"


def test_programme_rules_are_shown_next_to_the_fields(form, context, user):
    user.type(form.editor("title"), "Hausaufgabenhilfe")
    user.type(form.editor("start_time"), "18:00")
    user.type(form.editor("end_time"), "17:00")
    user.type(form.editor("starts_on"), "1.9.2025")
    user.type(form.editor("ends_on"), "1.3.2025")

    with pytest.raises(ValidationError):
        form.save()

    assert "Endzeit" in form.field_errors("end_time")[0]
    assert "liegt vor dem Beginn" in form.field_errors("ends_on")[0]
    assert "Handlungsfeld" in form.field_errors("fields")[0]
    assert "Helferkreis oder eine Stelle" in form.field_errors("group_id")[0]
    assert form.field_errors("title") == []
    assert form.editor("group_id").hasFocus()  # the first wrong field in the form
    assert records.list_records(context.uow(), entities.PROGRAMMES) == []


def test_unknown_gemeinde_and_time_are_reported(form, user):
    user.type(form.editor("start_time"), "halb neun")
    user.type(form.editor("region_ags"), "Atlantis")
    assert "Uhrzeit" in form.field_errors("start_time")[0]
    assert "nicht in der Liste" in form.field_errors("region_ags")[0]
    with pytest.raises(ValidationError) as raised:
        form.save()
    assert {"start_time", "region_ags", "title", "fields"} <= {
        error.field for error in raised.value.errors
    }
