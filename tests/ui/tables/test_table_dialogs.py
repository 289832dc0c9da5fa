"""Driving the table import wizard, the duplicate list with its merge, and Datenschutz."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWizard

from helferapp.domain.records import ContactData, HelperGroupData, PersonData
from helferapp.services import records
from helferapp.services.entities import CONTACTS, GROUPS, PERSONS
from helferapp.ui.context import AppContext
from helferapp.ui.privacy.privacy_dialog import PrivacyDialog
from helferapp.ui.tables.duplicates_dialog import DuplicatesDialog, MergeDialog
from helferapp.ui.tables.table_import_wizard import ERROR_BACKGROUND, TableImportWizard

DATA = Path(__file__).resolve().parents[2] / "data"


def _wizard(qtbot: Any, context: AppContext) -> TableImportWizard:
    wizard = TableImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_imports_messy_excel_list(
    qtbot: Any, context: AppContext, answers: Any, tmp_path: Path
) -> None:
    group = records.create(context.uow(), GROUPS, HelperGroupData(name="HK Musterdorf")).id
    wizard = _wizard(qtbot, context)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.file_page.load(DATA / "personen_messy.xlsx")
    wizard.file_page.target_box.setCurrentIndex(wizard.file_page.target_box.findData("person"))
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == {0: "last_name", 1: "first_name", 2: "phone", 3: "email", 6: "notes"}
    page.default_box.setCurrentIndex(page.default_box.findData(f"group:{group}"))
    wizard.next()
    preview = wizard.preview_page
    assert "1 davon mit Fehlern" in preview.status.text()
    bad = preview.grid.item(3, 3)  # row 9 of the file, Telefon column
    assert bad.background().color() == ERROR_BACKGROUND and "Telefonnummer" in bad.toolTip()
    preview.note.setChecked(True)
    wizard.next()  # the commit page imports
    assert wizard.currentPage() is wizard.summary_page
    assert (
        "5 Zeilen importiert (1 davon mit Hinweis), 0 übersprungen"
        in wizard.summary_page.status.text()
    )
    assert "keine Einwilligung" in wizard.summary_page.status.text()
    target = tmp_path / "ergebnis.csv"
    wizard.summary_page.save_csv(str(target))
    assert "mit Hinweis" in target.read_text(encoding="utf-8-sig")
    assert len(records.list_records(context.uow(), PERSONS)) == 5


def test_wizard_asks_about_gemeinden_with_the_same_name(
    qtbot: Any, context: AppContext, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "kreise.csv"
    path.write_text(
        "Helferkreis;Gemeinde\nHK Hausen;Hausen\nHK Olching;Olching\n", encoding="utf-8"
    )
    wizard = _wizard(qtbot, context)
    assert wizard.file_page.load(path)
    wizard.file_page.target_box.setCurrentIndex(wizard.file_page.target_box.findData("group"))
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    box = preview.place_boxes["Hausen"]
    assert box.count() == 5 and preview.places.isVisibleTo(wizard)
    box.setCurrentIndex(1)
    assert "0 davon mit Fehlern" in preview.status.text()
    wizard.next()
    groups = {g.data.name: g.data.region_ags for g in records.list_records(context.uow(), GROUPS)}
    assert groups["HK Hausen"] == (box.itemData(1),)


def test_wizard_refuses_a_mapping_without_names(
    qtbot: Any, context: AppContext, answers: Any
) -> None:
    wizard = _wizard(qtbot, context)
    wizard.file_page.load(DATA / "stellen_win1252.csv")
    wizard.file_page.target_box.setCurrentIndex(
        wizard.file_page.target_box.findData("organisation")
    )
    wizard.next()
    wizard.mapping_page.combos[0].setCurrentIndex(0)  # "Einrichtung" not taken
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert any("Name" in text for text in answers.asked)


def _people(context: AppContext) -> tuple[str, str, str]:
    uow = context.uow()
    group = records.create(uow, GROUPS, HelperGroupData(name="HK Olching")).id
    first = records.create(
        uow, PERSONS, PersonData(name="Müller, Hans", group_id=group, phone="08141 123456")
    ).id
    second = records.create(
        uow,
        PERSONS,
        PersonData(name="H. Mueller", group_id=group, phone="08141 123456", email="h@example.org"),
    ).id
    contact = records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=date(2024, 2, 1), group_id=group, person_id=second, subject="Treffen"
        ),
    ).id
    return first, second, contact


def test_duplicates_listed_and_merged(qtbot: Any, context: AppContext, answers: Any) -> None:
    _first, _second, contact = _people(context)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.search()
    assert (
        dialog.table.rowCount() == 1 and "gleiche Telefonnummer" in dialog.table.item(0, 3).text()
    )
    merge = MergeDialog(context, dialog.found[0])
    qtbot.addWidget(merge)
    _left, right = merge.choices["email"]
    assert right.isChecked()  # the empty side does not win by default
    merge.merge()
    kept = records.get(context.uow(), PERSONS, merge.first.id)
    assert kept.data.email == "h@example.org"
    assert records.get(context.uow(), CONTACTS, contact).data.person_id == kept.id
    assert records.get(context.uow(), PERSONS, merge.second.id).deleted


def test_privacy_dialog_saves_and_erases(
    qtbot: Any, context: AppContext, answers: Any, tmp_path: Path
) -> None:
    first, _second, _contact = _people(context)
    dialog = PrivacyDialog(context, first)
    qtbot.addWidget(dialog)
    assert "Müller, Hans" in dialog.windowTitle() and "+49 8141 123456" in dialog.view.toPlainText()
    saved = dialog.save("json", str(tmp_path / "a.json"))
    assert (
        saved is not None
        and json.loads(saved.read_text(encoding="utf-8"))["name"] == "Müller, Hans"
    )
    pdf = dialog.save("pdf", str(tmp_path / "a.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    erased: list[str] = []
    dialog.erased.connect(erased.append)
    answers.answer(QMessageBox.StandardButton.No)
    assert not dialog.erase()
    answers.answer(QMessageBox.StandardButton.Yes)
    assert dialog.erase() and erased == [first]
    assert records.list_records(context.uow(), PERSONS)[0].data.name == "H. Mueller"


def test_menus_and_person_page_reach_the_dialogs(window: Any) -> None:
    titles = [action.text() for menu in window.menus for action in menu.actions()]
    assert "&Tabelle importieren …" in titles and "&Dubletten suchen …" in titles
    window.show_kind("person")
    page = window.current_page()
    assert not page.privacy_button.isVisible()
    page.table.selectRow(0)
    assert page.privacy_button.isVisible()


def test_wizard_back_and_forth_keeps_working(
    qtbot: Any, context: AppContext, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "kreise.csv"
    path.write_text("Helferkreis;Gemeinde\nHK Hausen;Hausen\n", encoding="utf-8")
    wizard = _wizard(qtbot, context)
    wizard.file_page.load(path)
    assert wizard.file_page.target_box.currentData() == "group"  # guessed from the headers
    wizard.next()
    wizard.next()
    assert list(wizard.preview_page.place_boxes) == ["Hausen"]
    wizard.back()
    wizard.next()
    assert list(wizard.preview_page.place_boxes) == ["Hausen"]
    assert wizard.preview_page.places_form.rowCount() == 1


def test_actions_open_the_dialogs(window: Any, monkeypatch: Any) -> None:
    from helferapp.ui.tables import table_commands
    from helferapp.ui.tables.table_import_wizard import TableImportWizard

    opened: list[str] = []
    monkeypatch.setattr(TableImportWizard, "exec", lambda self: opened.append("wizard") or 0)
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: opened.append("duplicates") or 0)
    monkeypatch.setattr(PrivacyDialog, "exec", lambda self: opened.append("privacy") or 0)
    window.actions_.import_table.trigger()
    window.actions_.duplicates.trigger()
    window.show_kind("person")
    page = window.current_page()
    page.table.selectRow(0)
    page.privacy_button.click()
    assert opened == ["wizard", "duplicates", "privacy"]
    assert table_commands.privacy(page) is not None
