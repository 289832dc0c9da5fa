"""Kontaktprotokoll: the form, and the quick dialog that logs a contact in seconds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from helferapp.domain.enums import ContactChannel, OrganisationKind
from helferapp.domain.errors import ValidationError
from helferapp.domain.records import ContactData, HelperGroupData, OrganisationData, PersonData
from helferapp.services import entities, records
from helferapp.ui.forms import ContactForm
from helferapp.ui.forms.contact_form import in_months
from helferapp.ui.records.contact_dialog import ContactDialog


@pytest.fixture
def linked(context):
    """A KI and a group, each with a person, and one person elsewhere."""
    uow = context.uow
    ki = records.create(
        uow(),
        entities.ORGANISATIONS,
        OrganisationData(name="KI Landkreis Augsburg", kind=OrganisationKind.KI),
    )
    other = records.create(uow(), entities.ORGANISATIONS, OrganisationData(name="Jobcenter"))
    group = records.create(uow(), entities.GROUPS, HelperGroupData(name="HK Gersthofen"))
    people = {
        name: records.create(uow(), entities.PERSONS, PersonData(name=name, **link)).id
        for name, link in (
            ("Anna Ki", {"organisation_id": ki.id}),
            ("Gerd Gruppe", {"group_id": group.id}),
            ("Jo Job", {"organisation_id": other.id}),
        )
    }
    return {"ki": ki.id, "group": group.id, "people": people}


def _person_names(form: ContactForm) -> list[str]:
    return [choice.display for choice in form.editor("person_id").choices()]


def test_contact_is_created_and_edited_through_the_form(qtbot, context, linked, user):
    form = ContactForm(context)
    qtbot.addWidget(form)
    form.show()
    assert form.editor("contact_date").value() == date.today()
    assert form.editor("channel").value() is ContactChannel.PHONE
    assert len(_person_names(form)) == 3  # nothing chosen: everybody

    user.type(form.editor("contact_date"), "3.3.2025")
    user.pick(form.editor("organisation_id"), "ki augsb")
    assert _person_names(form) == ["Anna Ki"]
    user.pick(form.editor("person_id"), "anna")
    user.choose(form.editor("channel"), ContactChannel.MEETING)
    user.type(form.editor("subject"), "Sprachkurse im Herbst")
    user.type(form.editor("result"), "KI fragt beim Landratsamt nach")
    user.type(form.editor("follow_up_on"), "17.3.2025")

    record = form.save()

    assert records.get(context.uow(), entities.CONTACTS, record.id).data == ContactData(
        contact_date=date(2025, 3, 3),
        organisation_id=linked["ki"],
        person_id=linked["people"]["Anna Ki"],
        channel=ContactChannel.MEETING,
        subject="Sprachkurse im Herbst",
        result="KI fragt beim Landratsamt nach",
        follow_up_on=date(2025, 3, 17),
    )

    form.load(records.get(context.uow(), entities.CONTACTS, record.id))
    assert not form.is_dirty()
    user.click(form.editor("done"))
    user.pick(form.editor("group_id"), "gersthofen")
    assert _person_names(form) == ["Anna Ki", "Gerd Gruppe"]
    form.save()
    stored = records.get(context.uow(), entities.CONTACTS, record.id).data
    assert stored.done
    assert stored.group_id == linked["group"]
    assert stored.person_id == linked["people"]["Anna Ki"]


def test_changing_the_stelle_drops_a_person_who_does_not_belong_there(qtbot, context, linked, user):
    form = ContactForm(context)
    qtbot.addWidget(form)
    user.pick(form.editor("organisation_id"), "ki")
    user.pick(form.editor("person_id"), "anna")
    user.pick(form.editor("organisation_id"), "jobcenter")
    assert form.editor("person_id").value() is None
    assert _person_names(form) == ["Jo Job"]


def test_contact_rules_are_shown_inline(qtbot, context, linked, user):
    form = ContactForm(context)
    qtbot.addWidget(form)
    form.show()
    user.type(form.editor("contact_date"), "")
    user.type(form.editor("follow_up_on"), "1.1.2020")
    with pytest.raises(ValidationError):
        form.save()
    assert "Datum des Kontakts" in form.field_errors("contact_date")[0]
    assert form.field_errors("subject")
    assert "Stelle oder welchem Helferkreis" in form.field_errors("organisation_id")[0]
    assert records.list_records(context.uow(), entities.CONTACTS) == []


def test_follow_up_before_the_contact_is_refused(qtbot, context, linked, user):
    form = ContactForm(context)
    qtbot.addWidget(form)
    form.load(None, ContactData(organisation_id=linked["ki"], contact_date=date(2025, 3, 3)))
    user.type(form.editor("subject"), "Rückruf")
    user.type(form.editor("follow_up_on"), "1.3.2025")
    with pytest.raises(ValidationError):
        form.save()
    assert "Wiedervorlage" in form.field_errors("follow_up_on")[0]


def test_quick_dialog_logs_a_contact_with_a_wiedervorlage(qtbot, context, linked, user):
    dialog = ContactDialog(context, ContactData(organisation_id=linked["ki"]))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts (Strg+Enter) need the active window
        dialog.show()
        dialog.activateWindow()
    form = dialog.form
    assert form.editor("organisation_id").currentText() == (
        "KI Landkreis Augsburg (Kommunales Integrationszentrum)"
    )
    assert form.editor("contact_date").value() == date.today()
    assert form.editor("channel").value() is ContactChannel.PHONE
    assert _person_names(form) == ["Anna Ki"]
    assert dialog.focusWidget() is form.editor("subject")  # prefilled Stelle: straight to the Thema

    user.key_clicks(form.editor("subject"), "Termin Integrationsbeirat")
    qtbot.mouseClick(form.quick_buttons[1], Qt.MouseButton.LeftButton)  # in 2 Wochen
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(
            form.editor("subject"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    stored = records.get(context.uow(), entities.CONTACTS, saved.args[0]).data
    assert stored.subject == "Termin Integrationsbeirat"
    assert stored.organisation_id == linked["ki"]
    assert stored.follow_up_on == date.today() + timedelta(weeks=2)
    assert stored.contact_date == date.today()
    assert dialog.result() == ContactDialog.DialogCode.Accepted


def test_quick_dialog_keeps_open_and_shows_problems(qtbot, context, linked, user):
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert dialog.focusWidget() is form.editor("organisation_id")  # nothing prefilled: start there
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(form.editor("subject"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert form.field_errors("subject")
    assert form.field_errors("organisation_id")
    assert records.list_records(context.uow(), entities.CONTACTS) == []


def test_enter_that_picks_a_stelle_does_not_save_yet(qtbot, context, linked, user):
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    with qtbot.assertNotEmitted(dialog.saved):
        user.pick(form.editor("organisation_id"), "ki augs")
    assert form.editor("organisation_id").value() == linked["ki"]
    assert dialog.isVisible()
    assert form.field_errors("subject") == []


def test_in_one_month_stays_in_the_next_month():
    assert in_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert in_months(date(2025, 12, 15), 1) == date(2026, 1, 15)
