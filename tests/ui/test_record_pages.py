"""Each kind of record: create, edit, delete and restore it through its page, like a user.

The main window's actions are triggered (as the menus and shortcuts do), the form's
inputs are filled, and the tables, the Papierkorb and the database are checked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from helferapp.domain.enums import ConceptStatus, FieldOfAction, KIStatus
from helferapp.domain.ids import region_status_id
from helferapp.domain.records import HelperGroupData, OrganisationData
from helferapp.services import queries, records
from helferapp.services.entities import GROUPS, ORGANISATIONS, SPECS
from helferapp.ui.context import AppContext

Yes = QMessageBox.StandardButton.Yes
PAGES = {"group": 1, "programme": 2, "organisation": 3, "person": 4, "contact": 5}


def _fixtures(context: AppContext) -> tuple[str, str]:
    group = records.create(context.uow(), GROUPS, HelperGroupData(name="Helferkreis Au"))
    organisation = records.create(
        context.uow(), ORGANISATIONS, OrganisationData(name="KI Landkreis Freising")
    )
    return group.id, organisation.id


def _fill(kind: str, form: Any, title: str, group_id: str, organisation_id: str) -> None:
    editor = form.editor
    if kind == "programme":
        editor("title").setText(title)
        editor("group_id").set_value(group_id)
        editor("fields").set_value((FieldOfAction.LANGUAGE,))
    elif kind == "contact":
        editor("subject").setText(title)
        editor("organisation_id").set_value(organisation_id)
    else:
        editor("name").setText(title)
        if kind == "person":
            editor("group_id").set_value(group_id)


def _title_field(kind: str) -> str:
    return {"programme": "title", "contact": "subject"}.get(kind, "name")


def _titles(page: Any) -> list[str]:
    field = _title_field(page.kind_code)
    return [getattr(page.model.row_at(r), field) for r in range(page.model.rowCount())]


@pytest.mark.parametrize("kind", list(PAGES))
def test_create_edit_delete_restore(
    kind: str, make_window: Callable[[AppContext], Any], context: AppContext, answers: Any
) -> None:
    group_id, organisation_id = _fixtures(context)
    window = make_window(context)
    window.show_page(PAGES[kind])
    page = window.current_page()

    assert page.new_button.isVisible()
    page.new_button.click()
    _fill(kind, page.form, "Erster Titel", group_id, organisation_id)
    assert page.is_dirty()
    window.actions_.save.trigger()
    assert page.current is not None, answers.asked
    record_id = page.current.id
    assert "Erster Titel" in _titles(page)
    assert page.table.current_id() == record_id

    page.form.editor(_title_field(kind)).setText("Zweiter Titel")
    window.actions_.save.trigger()
    stored = records.get(context.uow(), SPECS[kind], record_id)
    assert getattr(stored.data, _title_field(kind)) == "Zweiter Titel"
    assert "Zweiter Titel" in _titles(page) and "Erster Titel" not in _titles(page)

    answers.answer(Yes)
    window.actions_.delete.trigger()
    assert any("Papierkorb" in text for text in answers.asked)
    assert records.get(context.uow(), SPECS[kind], record_id).deleted
    assert "Zweiter Titel" not in _titles(page)

    window.show_page(7)
    trash_page = window.current_page()
    assert trash_page.model.rowCount() == 1
    trash_page.table.selectRow(0)
    trash_page.restore_button.click()
    assert not records.get(context.uow(), SPECS[kind], record_id).deleted
    window.show_page(PAGES[kind])
    assert "Zweiter Titel" in _titles(page)


def test_undo_takes_back_create_edit_and_delete(
    make_window: Callable[[AppContext], Any], context: AppContext, answers: Any
) -> None:
    window = make_window(context)
    window.show_page(1)
    page = window.current_page()
    window.actions_.new.trigger()
    page.form.editor("name").setText("Helferkreis Moosburg")
    window.actions_.save.trigger()
    group_id = page.current.id
    page.form.editor("name").setText("Helferkreis Moosburg a.d. Isar")
    window.actions_.save.trigger()
    answers.answer(Yes)
    window.actions_.delete.trigger()

    window.actions_.undo.trigger()  # the deletion
    assert not records.get(context.uow(), GROUPS, group_id).deleted
    assert "Helferkreis Moosburg a.d. Isar" in _titles(page)
    window.actions_.undo.trigger()  # the edit
    assert records.get(context.uow(), GROUPS, group_id).data.name == "Helferkreis Moosburg"
    window.actions_.undo.trigger()  # the creation: back into the Papierkorb
    assert records.get(context.uow(), GROUPS, group_id).deleted
    assert _titles(page) == []
    assert not window.actions_.undo.isEnabled()
    window.undo()
    assert "nichts rückgängig" in window.statusBar().currentMessage()


def test_partnership_is_made_and_removed_on_the_group_page(
    make_window: Callable[[AppContext], Any],
    context: AppContext,
    answers: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from helferapp.ui.records.record_dialog import RecordDialog

    group_id, organisation_id = _fixtures(context)

    def choose_and_save(dialog: RecordDialog) -> int:
        dialog.form.editor("organisation_id").set_value(organisation_id)
        dialog.save()
        return 1

    monkeypatch.setattr(RecordDialog, "exec", choose_and_save)
    window = make_window(context)
    window.open_record("group", group_id)
    page = window.current_page()
    page._add_partner()
    assert page.partners.count() == 1
    item = page.partners.list.item(0)
    assert "KI Landkreis Freising" in item.text()

    page.partners.list.setCurrentRow(0)
    answers.answer(Yes)
    page._remove_partner()
    assert page.partners.count() == 0
    assert queries.group_relations(context.uow(), group_id).partners == []
    window.actions_.undo.trigger()
    assert page.partners.count() == 1


def test_region_status_is_edited_on_the_regions_page(
    make_window: Callable[[AppContext], Any], context: AppContext, answers: Any
) -> None:
    window = make_window(context)
    window.show_page(6)
    page = window.current_page()
    assert page.model.total_count() == 96 + 2056 - 25  # kreisfreie Städte once
    assert not page.can_create() and not page.new_button.isVisible()
    page.filter_edit.setText("freising")
    page.apply_filter()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).kind == "Landkreis")
    ags = page.model.row_at(row).id
    page.table.selectRow(row)
    assert "noch kein Status" in page.detail.heading.text()
    page.form.editor("concept_status").set_value(ConceptStatus.ADOPTED)
    page.form.editor("concept_date").set_value(date(2023, 5, 1))
    page.form.editor("ki_status").set_value(KIStatus.ACTIVE)
    window.actions_.save.trigger()
    stored = records.get(context.uow(), SPECS["region_status"], region_status_id(ags))
    assert stored.data.concept_status is ConceptStatus.ADOPTED
    shown = page.model.row_at(page.model.row_of(ags))
    assert shown.concept_status is ConceptStatus.ADOPTED and shown.ki_status is KIStatus.ACTIVE

    answers.answer(Yes)
    window.actions_.delete.trigger()
    assert records.get(context.uow(), SPECS["region_status"], region_status_id(ags)).deleted
    assert page.model.row_at(page.model.row_of(ags)).concept_status is None
