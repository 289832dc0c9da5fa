"""What every form shares: the FORMS registry, labels, dirty tracking, errors, retranslation."""

from __future__ import annotations

import pytest

from helferapp.domain.errors import FieldError, UserError, ValidationError
from helferapp.domain.records import ContactData, HelperGroupData
from helferapp.services import entities, records
from helferapp.services.entities import ALL_SPECS
from helferapp.ui.forms import FORMS, RecordForm

# a text field of each kind of form, to edit in the dirty-tracking test
TEXT_FIELD = {
    "group": "name",
    "programme": "title",
    "organisation": "name",
    "person": "name",
    "contact": "subject",
    "partnership": "notes",
    "region_status": "source",
}


@pytest.fixture(params=sorted(FORMS))
def form(request, qtbot, context) -> RecordForm:
    form = FORMS[request.param](context)
    qtbot.addWidget(form)
    form.show()
    return form


def test_there_is_a_form_for_every_kind_of_record():
    assert set(FORMS) == {spec.model.kind_code for spec in ALL_SPECS}
    assert set(FORMS) == set(TEXT_FIELD)
    for kind, form_class in FORMS.items():
        assert issubclass(form_class, RecordForm)
        assert form_class.spec.model.kind_code == kind


def test_every_input_has_a_label_and_an_accessible_name(form):
    for name in form.field_names():
        editor = form.editor(name)
        label = form.label(name)
        assert label.buddy() is editor, name
        assert label.text().endswith(":"), name
        assert editor.accessibleName(), name
        assert editor.focusPolicy() != 0 or editor.focusProxy() is not None, name
    assert form.record_id() is None


def test_changed_is_sent_for_edits_not_for_loading(form, qtbot, user, context):
    with qtbot.assertNotEmitted(form.changed):
        form.load(None)
    assert not form.is_dirty()
    with qtbot.waitSignal(form.changed):
        user.type(form.editor(TEXT_FIELD[form.spec.model.kind_code]), "geändert")
    assert form.is_dirty()
    with qtbot.assertNotEmitted(form.changed):
        form.load(None)
    assert not form.is_dirty()
    user.type(form.editor(TEXT_FIELD[form.spec.model.kind_code]), "x")
    user.type(form.editor(TEXT_FIELD[form.spec.model.kind_code]), "")
    assert not form.is_dirty()  # back to what was loaded


def test_loading_a_record_is_clean_and_saving_keeps_it_clean(qtbot, context, user):
    group = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Kissing"))
    form = FORMS["group"](context)
    qtbot.addWidget(form)
    with qtbot.assertNotEmitted(form.changed):
        form.load(group)
    assert form.record_id() == group.id
    assert not form.is_dirty()
    user.type(form.editor("notes"), "neu")
    assert form.is_dirty()
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    assert saved.args == [group.id]
    assert not form.is_dirty()
    assert form.data().notes == "neu"


def test_defaults_prefill_a_new_record(qtbot, context):
    group = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Diedorf"))
    form = FORMS["contact"](context)
    qtbot.addWidget(form)
    form.load(None, ContactData(group_id=group.id, subject="Vorlage"))
    assert form.record_id() is None
    assert form.editor("group_id").currentText() == "HK Diedorf"
    assert form.data() == ContactData(group_id=group.id, subject="Vorlage")
    assert not form.is_dirty()


def test_show_errors_puts_unknown_fields_on_top_and_clear_errors_hides_all(form):
    first = form.field_names()[0]
    form.show_errors(
        ValidationError([FieldError(first, "Falsch hier."), FieldError("gibt_es_nicht", "Oben.")])
    )
    assert form.field_errors(first) == ["Falsch hier."]
    assert form.error_label(first).isVisible()
    assert "Oben." in form.general_errors()
    form.clear_errors()
    assert form.field_errors(first) == []
    assert form.general_errors() == []
    assert not form.error_label(first).isVisible()


def test_retranslate_keeps_texts(form):
    texts = [form.label(name).text() for name in form.field_names()]
    for name in form.field_names():
        form.label(name).setText("")
    form.retranslate_ui()
    assert [form.label(name).text() for name in form.field_names()] == texts
    assert all(texts)


def test_a_record_deleted_meanwhile_gives_a_user_error(qtbot, context, user):
    group = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Bobingen"))
    form = FORMS["group"](context)
    qtbot.addWidget(form)
    form.load(group)
    records.delete(context.uow(), entities.GROUPS, group.id)
    records.purge(context.uow(), entities.GROUPS, group.id)
    user.type(form.editor("name"), "HK Bobingen-Siedlung")
    with pytest.raises(UserError):
        form.save()
    assert form.is_dirty()  # nothing lost from the screen
