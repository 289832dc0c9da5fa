"""Datei → Drucken…, Als PDF speichern…, exports: what a volunteer gets from each page."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from helferapp.ui.printing import print_commands, print_preview_dialog, report_choices
from helferapp.ui.printing.print_preview_dialog import PrintPreviewDialog, ReportChoiceDialog

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("PySide6.QtPdfWidgets")


def _open(window: Any, index: int, row: int | None = 0) -> Any:
    window.show_page(index)
    page = window.current_page()
    if row is not None:
        page.table.select_id(page.model.id_at(row))
    return page


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_actions_are_in_the_file_menu_with_strg_p(window: Any) -> None:
    a = window.actions_
    assert a.print_.shortcut().toString() == "Ctrl+P"
    file_menu = window.menus[0].actions()
    for action in (a.print_, a.save_pdf, a.export_table, a.export_vcard, a.export_calendar):
        assert action in file_menu and action.text()


def test_group_page_offers_table_profile_sheet_and_programmes(window: Any) -> None:
    page = _open(window, 1)
    titles = [choice.title for choice in report_choices.choices_for(page)]
    assert titles[0].startswith("Tabelle wie angezeigt")
    assert any(t.startswith("Helferkreis-Profil") for t in titles)
    assert any(t.startswith("Kontaktblatt") for t in titles)


def test_region_and_organisation_pages_offer_their_reports(window: Any) -> None:
    page = _open(window, 6)
    page.filter_edit.setText("Fürstenfeldbruck")
    page.apply_filter()
    page.table.select_id(page.model.id_at(0))
    titles = [choice.title for choice in report_choices.choices_for(page)]
    assert any(t.startswith("Aushang") for t in titles)
    page = _open(window, 3)
    [log] = [c for c in report_choices.choices_for(page) if c.needs_dates]
    assert log.title.startswith("Kontaktprotokoll")


def test_table_pdf_follows_the_filter(window: Any, tmp_path: Path) -> None:
    page = _open(window, 1, row=None)
    first = page.model.row_at(0).name
    page.filter_edit.setText(first)
    page.apply_filter()
    choice = report_choices.table_choice(page)
    assert choice is not None
    choice.write(tmp_path / "t.pdf")
    text = _text(tmp_path / "t.pdf")
    assert first in text and f"Filter: „{first}“" in text


def test_person_table_prints_only_persons_with_print_consent(window: Any, tmp_path: Path) -> None:
    page = _open(window, 4, row=None)
    rows = [page.model.row_at(n) for n in range(page.model.rowCount())]
    hidden = [
        r.name
        for r in rows
        if not (r.consent_print and r.consent_given_on and not r.consent_withdrawn_on)
    ]
    assert hidden
    choice = report_choices.table_choice(page)
    assert choice is not None
    choice.write(tmp_path / "p.pdf")
    text = _text(tmp_path / "p.pdf").replace("\n", " ")
    for name in hidden:
        assert name not in text


def test_print_current_renders_in_a_worker_and_opens_the_preview(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(window, 1)
    shown: list[tuple[Path, str]] = []
    monkeypatch.setattr(ReportChoiceDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        print_preview_dialog,
        "show_preview",
        lambda path, title, parent=None: shown.append((path, title)),
    )
    print_commands.print_current(window)
    [(path, title)] = shown
    assert title.startswith("Helferkreis-Profil") and path.exists()
    assert "Helferkreis-Profil" in _text(path)


def test_preview_shows_the_pages_and_prints_them(qtbot: Any, tmp_path: Path) -> None:
    from helferapp.reports import table_pdf

    path = tmp_path / "x.pdf"
    pages = table_pdf.build(path, "Test", ["A"], [["Zeile"]] * 200)
    dialog = PrintPreviewDialog(path, "Test")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == pages > 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    print_preview_dialog.print_document(dialog.document, printer)
    printed = pypdf.PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == pages


def test_save_pdf_writes_the_chosen_report(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _open(window, 3)
    target = tmp_path / "protokoll"
    monkeypatch.setattr(ReportChoiceDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    print_commands.save_pdf(window)
    assert "Kontaktprotokoll" in _text(tmp_path / "protokoll.pdf")


def test_export_table_vcards_and_calendar(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    targets = iter([tmp_path / "a.xlsx", tmp_path / "leute.vcf", tmp_path / "wv.ics"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    page = _open(window, 2, row=None)
    print_commands.export_table(window)
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert sheet.max_row == page.model.rowCount() + 1
    _open(window, 4, row=None)
    print_commands.export_vcards(window)
    assert (tmp_path / "leute.vcf").read_text("utf-8").startswith("BEGIN:VCARD")
    print_commands.export_calendar(window)
    assert b"BEGIN:VEVENT" in (tmp_path / "wv.ics").read_bytes()


def test_the_dialog_preselects_the_report_of_the_selected_record(qtbot: Any, window: Any) -> None:
    page = _open(window, 1)
    dialog = ReportChoiceDialog(report_choices.choices_for(page), "Drucken", window)
    qtbot.addWidget(dialog)
    assert dialog.chosen().title.startswith("Helferkreis-Profil")
    assert dialog.options() == {}
    page = _open(window, 2, row=None)
    dialog = ReportChoiceDialog(report_choices.choices_for(page), "Drucken", window)
    qtbot.addWidget(dialog)
    assert dialog.chosen().title.startswith("Tabelle wie angezeigt")
    page = _open(window, 3)
    dialog = ReportChoiceDialog(report_choices.choices_for(page), "Drucken", window)
    qtbot.addWidget(dialog)
    assert dialog.chosen().needs_dates and set(dialog.options()) == {"date_from", "date_to"}


def test_the_aushang_can_be_chosen_bilingual_and_prints_arabic(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    page = _open(window, 6)
    page.filter_edit.setText("Fürstenfeldbruck")
    page.apply_filter()
    page.table.select_id(page.model.id_at(0))
    dialog = ReportChoiceDialog(report_choices.choices_for(page), "Drucken", window)
    qtbot.addWidget(dialog)
    dialog.show()
    aushang = next(n for n, c in enumerate(dialog._choices) if c.title.startswith("Aushang"))
    dialog.group.button(aushang).setChecked(True)
    assert dialog.languages.isVisible() and dialog.options() == {}
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert "Arabisch" in dialog.language.currentText()
    assert dialog.options() == {"language": "ar"}
    dialog.chosen().write(tmp_path / "aushang.pdf", **dialog.options())
    text = _text(tmp_path / "aushang.pdf")
    assert "Angebote" in text and "noch nicht von Muttersprachlern geprüft" in text
    log = next(n for n, c in enumerate(dialog._choices) if not c.bilingual)
    dialog.group.button(log).setChecked(True)
    assert not dialog.languages.isVisible() and "language" not in dialog.options()


def test_a_character_no_font_has_is_warned_about_naming_the_text(
    window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        print_commands.prompts,
        "warn",
        lambda parent, title, text, *a, **k: warned.append((title, text)),
    )

    def write(target: Any, **options: Any) -> int:
        from helferapp.reports import table_pdf

        return table_pdf.build(target, "Test", ["Name"], [["Jonas 🫶 Berg"]], **options)

    print_commands._write(
        window, report_choices.ReportChoice("Test", "test", write), tmp_path / "t.pdf", {}
    )
    [(title, text)] = warned
    assert title == "Zeichen ersetzt" and "Jonas 🫶 Berg" in text and "U+1FAF6" in text
    assert "Jonas \ufffd Berg" in _text(tmp_path / "t.pdf")


def test_a_stelle_offers_its_kontaktprotokoll_and_its_kreis_kontaktblatt(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from helferapp.services import contact_sheet_data

    page = _open(window, 3)
    current = page.table.current_id()
    kreis = contact_sheet_data.kreis_of_organisation(page.context.uow(), current)
    assert kreis is not None
    titles = [choice.title for choice in print_commands.choices_for(page)]
    assert any(title.startswith("Kontaktprotokoll: ") for title in titles)
    sheet = f"Kontaktblatt: {kreis.kind} {kreis.name}"
    assert sheet in titles
    choice = next(c for c in print_commands.choices_for(page) if c.title == sheet)
    assert choice.write(tmp_path / "blatt.pdf") >= 1


def test_the_print_choice_changes_with_the_arrow_keys(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = _open(window, 1)
    dialog = ReportChoiceDialog(print_commands.choices_for(page), "Drucken", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.chosen().title
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.chosen().title != first
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Up)
    assert dialog.chosen().title == first
