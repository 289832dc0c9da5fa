"""Person form with its consent line, and the consent dialog (record, then withdraw)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from helferapp.domain.enums import ConsentScope
from helferapp.domain.errors import ValidationError
from helferapp.domain.records import HelperGroupData, PersonData
from helferapp.domain.validation import clean_phone
from helferapp.services import entities, records
from helferapp.ui.forms import PersonForm
from helferapp.ui.privacy.consent_dialog import ConsentDialog, consent_status


@pytest.fixture
def group(context):
    return records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Gersthofen"))


@pytest.fixture
def form(qtbot, context, group):
    form = PersonForm(context)
    qtbot.addWidget(form)
    form.show()
    return form


def _person(context, **consent):
    group = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK"))
    data = PersonData(name="Erika Mustermann", group_id=group.id, **consent)
    return records.create(context.uow(), entities.PERSONS, data)


def _press_save(dialog, qtbot):
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_person_is_created_and_edited_and_consent_recorded(form, context, group, user, qtbot):
    assert form.consent_box.is_marked()
    assert "Keine Einwilligung" in form.consent_box.status.text()
    assert not form.consent_box.button.isEnabled()  # save first
    user.type(form.editor("name"), "Erika Mustermann")
    user.type(form.editor("role"), "Koordinatorin")
    user.pick(form.editor("group_id"), "gersthofen")
    user.type(form.editor("phone"), "0151 12345678")
    user.type(form.editor("email"), "erika@example.org")

    record = form.save()

    assert records.get(context.uow(), entities.PERSONS, record.id).data == PersonData(
        name="Erika Mustermann",
        role="Koordinatorin",
        group_id=group.id,
        phone=clean_phone("0151 12345678"),
        email="erika@example.org",
    )
    assert form.consent_box.button.isEnabled()

    user.type(form.editor("role"), "Sprecherin")  # an unsaved edit stays while consenting
    dialog = form.open_consent_dialog()
    assert dialog is not None
    user.type(dialog.given_on, "1.3.2025")
    for box in dialog.scope_boxes.values():
        user.click(box)
    with qtbot.waitSignal(form.saved):
        _press_save(dialog, qtbot)

    assert "Einwilligung vom 01.03.2025: intern, weitergeben, drucken" in (
        form.consent_box.status.text()
    )
    assert not form.consent_box.is_marked()
    assert form.is_dirty()  # the role edit is still waiting
    assert form.editor("role").text() == "Sprecherin"
    form.save()
    stored = records.get(context.uow(), entities.PERSONS, record.id).data
    assert stored.role == "Sprecherin"
    assert stored.consent_allows(ConsentScope.PRINT)  # the form kept the consent
    assert not form.is_dirty()


def test_person_without_name_or_belonging_is_not_saved(form, context, user):
    user.type(form.editor("email"), "bad@")
    with pytest.raises(ValidationError):
        form.save()
    assert form.field_errors("name")
    assert "zu welchem Helferkreis" in form.field_errors("group_id")[0]
    assert form.field_errors("email")
    assert form.editor("name").hasFocus()
    assert records.list_records(context.uow(), entities.PERSONS) == []


def test_consent_dialog_records_then_withdraws(qtbot, context, user):
    person = _person(context)
    dialog = ConsentDialog(context, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Erika Mustermann" in dialog._heading.text()
    assert dialog.given_on.value() == date.today()  # default: today
    assert not dialog.withdrawn_on.isEnabled()
    user.type(dialog.given_on, "1.3.2025")
    user.click(dialog.scope_boxes[ConsentScope.INTERNAL])
    user.click(dialog.scope_boxes[ConsentScope.PRINT])
    with qtbot.waitSignal(dialog.saved) as saved:
        _press_save(dialog, qtbot)
    assert saved.args == [person.id]
    stored = records.get(context.uow(), entities.PERSONS, person.id).data
    assert stored.consent_given_on == date(2025, 3, 1)
    assert stored.consent_scopes == (ConsentScope.INTERNAL, ConsentScope.PRINT)
    assert stored.name == "Erika Mustermann"
    assert consent_status(stored) == (
        "Einwilligung vom 01.03.2025: intern, drucken – nicht: weitergeben",
        True,
    )

    dialog = ConsentDialog(context, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope_boxes[ConsentScope.PRINT].isChecked()
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert dialog.withdrawn.isChecked()
    assert dialog.withdrawn_on.value() == date.today()
    user.type(dialog.withdrawn_on, "1.6.2025")
    _press_save(dialog, qtbot)

    stored = records.get(context.uow(), entities.PERSONS, person.id).data
    assert stored.consent_withdrawn_on == date(2025, 6, 1)
    assert not stored.consent_allows(ConsentScope.PRINT)
    text, allowed = consent_status(stored)
    assert text.startswith("Einwilligung widerrufen am 01.06.2025")
    assert not allowed


def test_consent_dialog_shows_a_withdrawal_before_the_consent_inline(qtbot, context, user):
    person = _person(context, consent_given_on=date(2025, 3, 1), consent_internal=True)
    dialog = ConsentDialog(context, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.withdraw()
    user.type(dialog.withdrawn_on, "1.1.2025")
    with qtbot.assertNotEmitted(dialog.saved):
        _press_save(dialog, qtbot)
    assert "liegt vor dem Beginn" in dialog._withdrawn_error.text()
    assert dialog._withdrawn_error.isVisible()
    assert dialog.isVisible()
    stored = records.get(context.uow(), entities.PERSONS, person.id).data
    assert stored.consent_withdrawn_on is None


def test_consent_dialog_for_a_missing_person_says_so(qtbot, context):
    dialog = ConsentDialog(context, "no-such-id")
    qtbot.addWidget(dialog)
    assert "nicht gefunden" in dialog._general_error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
