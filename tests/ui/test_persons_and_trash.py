"""Consent at a glance in the persons table, and the Papierkorb: restore and empty."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QMessageBox

from helferapp.domain.records import HelperGroupData, PersonData
from helferapp.services import records, trash
from helferapp.services.entities import GROUPS, PERSONS
from helferapp.store.models import Person
from helferapp.ui.context import AppContext
from helferapp.ui.models.table_model import WARNING_ROLE

B = QMessageBox.StandardButton


def _person(context: AppContext) -> str:
    group = records.create(context.uow(), GROUPS, HelperGroupData(name="Helferkreis Au"))
    data = PersonData(
        name="Erika Fiktivmaier",
        group_id=group.id,
        consent_given_on=date(2024, 3, 1),
        consent_internal=True,
        consent_share=True,
        consent_print=True,
    )
    return records.create(context.uow(), PERSONS, data).id


def test_consent_withdrawal_marks_the_person(
    qtbot: Any, make_window: Any, context: AppContext
) -> None:
    person_id = _person(context)
    window = make_window(context)
    window.open_record("person", person_id)
    page = window.current_page()
    model = page.model
    row = model.row_of(person_id)
    assert model.data(model.index(row, 1)) == "intern, weitergeben, drucken"
    assert model.data(model.index(row, 1), WARNING_ROLE) is False

    dialog = page.form.open_consent_dialog()
    dialog.withdraw()
    dialog.save()
    qtbot.waitUntil(lambda: "widerrufen" in model.data(model.index(model.row_of(person_id), 1)))
    row = model.row_of(person_id)
    assert model.data(model.index(row, 1), WARNING_ROLE) is True
    stored = records.get(context.uow(), PERSONS, person_id).data
    assert stored.consent_withdrawn_on is not None and stored.consent_scopes == ()
    window.actions_.undo.trigger()  # the withdrawal was recorded by mistake
    assert records.get(context.uow(), PERSONS, person_id).data.consent_withdrawn_on is None
    assert model.data(model.index(model.row_of(person_id), 1), WARNING_ROLE) is False


def test_emptying_the_trash_wipes_but_keeps_tombstones(
    make_window: Any, context: AppContext, answers: Any
) -> None:
    person_id = _person(context)
    records.delete(context.uow(), PERSONS, person_id)
    window = make_window(context)
    window.show_page(7)
    page = window.current_page()
    assert page.model.rowCount() == 1
    answers.answer(B.No)
    page.empty_button.click()
    assert page.model.rowCount() == 1
    answers.answer(B.Yes)
    page.empty_button.click()
    assert any("nicht rückgängig" in text for text in answers.asked)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.stack.empty
    assert trash.deleted_rows(context.uow()) == []
    with context.uow() as uow:  # the tombstone stays, its values wiped
        stored = uow.session.get(Person, person_id)
        assert stored is not None and stored.deleted and stored.purged and stored.name == ""


NAMES = ("أحمد الحسن", "محمدرضا کریمی", "ሰላም ተስፋይ", "Олена Шевченко", "Ayşe Çelik")


def test_names_in_other_scripts_show_as_entered_and_right_to_left(
    make_window: Any, context: AppContext
) -> None:
    from PySide6.QtGui import QTextLayout

    from helferapp.ui.app import install_fonts

    install_fonts()
    group = records.create(context.uow(), GROUPS, HelperGroupData(name="Helferkreis Au"))
    ids = [
        records.create(context.uow(), PERSONS, PersonData(name=name, group_id=group.id)).id
        for name in NAMES
    ]
    window = make_window(context)
    for name, person_id in zip(NAMES, ids, strict=True):
        window.open_record("person", person_id)
        page = window.current_page()
        model = page.model
        assert model.data(model.index(model.row_of(person_id), 0)) == name  # the list
        editor = page.form.editor("name")
        assert editor.text() == name  # the form
        layout = QTextLayout(name, editor.font())
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():  # every letter has a glyph in some font
            assert 0 not in run.glyphIndexes(), (name, run.rawFont().familyName())
        first, last = line.cursorToX(0)[0], line.cursorToX(len(name))[0]
        if name[0] in "أم":  # Arabic script runs right to left
            assert first > last
        else:
            assert first < last
