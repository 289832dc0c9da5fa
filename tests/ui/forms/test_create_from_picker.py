"""„„X“ neu anlegen …“: a picker that finds nothing offers to create the record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helferapp.domain.enums import OrganisationKind
from helferapp.domain.records import ContactData, HelperGroupData
from helferapp.services import entities, records
from helferapp.ui.context import AppContext
from helferapp.ui.records.contact_dialog import ContactDialog
from helferapp.ui.records.quick_create_dialog import QuickCreateDialog
from helferapp.ui.widgets.searchable_combo import SearchableComboBox


def _dialog(qtbot: Any, context: AppContext) -> ContactDialog:
    group = records.create(context.uow(), entities.GROUPS, HelperGroupData(name="HK Ried"))
    dialog = ContactDialog(context, ContactData(group_id=group.id))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _when_quick_dialog_opens(qtbot: Any, act: Any, seen: list[QuickCreateDialog]) -> None:
    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QuickCreateDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(0)

    QTimer.singleShot(0, handle)


def test_a_missing_stelle_is_created_and_chosen(qtbot: Any, context: AppContext, user: Any) -> None:
    dialog = _dialog(qtbot, context)
    picker = dialog.form.typed_editor("organisation_id", SearchableComboBox)
    line = picker.lineEdit()
    line.setFocus()
    user.key_clicks(line, "Tafel Gersthofen")
    offered = [
        picker.filter_model().index(row).data() for row in range(picker.filter_model().rowCount())
    ]
    assert offered == ["„Tafel Gersthofen“ neu anlegen …"]

    seen: list[QuickCreateDialog] = []

    def fill(quick: QuickCreateDialog) -> None:
        assert quick.form.editor("name").text() == "Tafel Gersthofen"
        quick.form.editor("kind").setCurrentIndex(
            quick.form.editor("kind").members().index(OrganisationKind.OTHER)
        )
        QTest.keyClick(quick.form.editor("city"), Qt.Key.Key_G)
        quick.buttons.button(quick.buttons.StandardButton.Save).click()

    _when_quick_dialog_opens(qtbot, fill, seen)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert seen, "the small form did not open"
    [stelle] = records.list_records(context.uow(), entities.ORGANISATIONS)
    assert stelle.data.name == "Tafel Gersthofen"
    assert picker.value() == stelle.id
    assert dialog.isVisible()  # the contact itself is not saved yet
    assert records.list_records(context.uow(), entities.CONTACTS) == []


def test_esc_in_the_small_form_returns_with_the_text_intact(
    qtbot: Any, context: AppContext, user: Any, answers: Any
) -> None:
    dialog = _dialog(qtbot, context)
    picker = dialog.form.typed_editor("organisation_id", SearchableComboBox)
    line = picker.lineEdit()
    line.setFocus()
    user.key_clicks(line, "Tafel Gersthofen")
    seen: list[QuickCreateDialog] = []
    _when_quick_dialog_opens(
        qtbot, lambda quick: QTest.keyClick(quick.form.editor("name"), Qt.Key.Key_Escape), seen
    )
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert seen and not seen[0].isVisible()
    assert answers.asked == []  # nothing beyond the typed name: no question
    assert line.text() == "Tafel Gersthofen"
    assert records.list_records(context.uow(), entities.ORGANISATIONS) == []
    assert dialog.isVisible()


def test_a_missing_helferkreis_can_be_created_from_the_angebot_form(
    qtbot: Any, context: AppContext, user: Any, answers: Any
) -> None:
    from helferapp.ui.forms.programme_form import ProgrammeForm

    form = ProgrammeForm(context)
    qtbot.addWidget(form)
    form.show()
    picker = form.typed_editor("group_id", SearchableComboBox)
    picker.lineEdit().setFocus()
    user.key_clicks(picker.lineEdit(), "HK Neu")
    seen: list[QuickCreateDialog] = []
    _when_quick_dialog_opens(
        qtbot,
        lambda quick: quick.buttons.button(quick.buttons.StandardButton.Save).click(),
        seen,
    )
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    [group] = records.list_records(context.uow(), entities.GROUPS)
    assert group.data.name == "HK Neu" and picker.value() == group.id
