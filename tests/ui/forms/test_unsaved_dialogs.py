"""Dialogs that hold unsaved input ask before they close, whichever way they are closed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helferapp.domain.records import ContactData, HelperGroupData, PartnershipData
from helferapp.services import entities, records
from helferapp.ui.context import AppContext
from helferapp.ui.records.contact_dialog import ContactDialog
from helferapp.ui.records.record_dialog import RecordDialog

Button = QMessageBox.StandardButton


@pytest.fixture
def group_id(context: AppContext) -> str:
    return records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Ried")).id


def _filled_dialog(qtbot: Any, context: AppContext, group_id: str) -> ContactDialog:
    dialog = ContactDialog(context, ContactData(group_id=group_id))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClicks(dialog.form.editor("subject"), "Sprachkurs im Herbst")
    qtbot.keyClicks(dialog.form.editor("result").viewport(), "Zusage")
    return dialog


def test_esc_on_a_filled_contact_asks_and_abbrechen_keeps_the_input(
    qtbot: Any, context: AppContext, group_id: str, answers: Any
) -> None:
    dialog = _filled_dialog(qtbot, context, group_id)
    answers.answer(Button.Cancel)
    qtbot.keyClick(dialog.form.editor("subject"), Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert any("noch nicht gespeichert" in text for text in answers.asked)
    assert dialog.form.editor("subject").text() == "Sprachkurs im Herbst"


def test_closing_with_x_and_verwerfen_throws_it_away(
    qtbot: Any, context: AppContext, group_id: str, answers: Any
) -> None:
    dialog = _filled_dialog(qtbot, context, group_id)
    answers.answer(Button.Discard)
    dialog.close()
    assert not dialog.isVisible()
    assert records.list_records(context.uow(), entities.CONTACTS) == []


def test_abbrechen_button_and_speichern_saves_the_contact(
    qtbot: Any, context: AppContext, group_id: str, answers: Any
) -> None:
    dialog = _filled_dialog(qtbot, context, group_id)
    answers.answer(Button.Save)
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    [stored] = records.list_records(context.uow(), entities.CONTACTS)
    assert stored.data.subject == "Sprachkurs im Herbst"
    assert dialog.result() == ContactDialog.DialogCode.Accepted


def test_an_untouched_dialog_closes_without_asking(
    qtbot: Any, context: AppContext, group_id: str, answers: Any
) -> None:
    dialog = ContactDialog(context, ContactData(group_id=group_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.form.editor("subject"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers.asked == []


def test_the_record_dialog_asks_too(
    qtbot: Any, context: AppContext, group_id: str, answers: Any
) -> None:
    dialog = RecordDialog(
        context,
        "partnership",
        "Bündnispartner verknüpfen",
        defaults=PartnershipData(group_id=group_id),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.editor("notes").viewport(), "gemeinsames Fest")
    answers.answer(Button.Cancel)
    dialog.reject()
    assert dialog.isVisible() and len(answers.asked) == 1


def test_the_austauschordner_settings_ask_before_esc_throws_them_away(
    qtbot: Any, context: AppContext, answers: Any, tmp_path: Any
) -> None:
    from helferapp.ui.exchange import exchange_folder as folder_ui
    from helferapp.ui.exchange.exchange_folder_dialog import ExchangeFolderDialog

    dialog = ExchangeFolderDialog(folder_ui.ExchangeFolderController(context))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path))
    answers.answer(Button.Cancel)
    qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(answers.asked) == 1
    answers.answer(Button.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_the_table_import_asks_before_esc_throws_the_column_mapping_away(
    qtbot: Any, context: AppContext, answers: Any
) -> None:
    from pathlib import Path

    from helferapp.ui.tables.table_import_wizard import TableImportWizard

    wizard = TableImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    data = Path(__file__).resolve().parents[2] / "data" / "personen_messy.xlsx"
    assert wizard.file_page.load(data)
    wizard.next()
    answers.answer(Button.No)  # "Abbrechen" in the question: stay
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and any("Zuordnung" in text for text in answers.asked)
    answers.answer(Button.Yes)
    wizard.reject()
    assert not wizard.isVisible()
