"""Datei → Drucken…, Als PDF speichern…, Tabelle exportieren, vCards, Wiedervorlagen-Kalender.

What can be printed depends on where the user is (``report_choices`` says what); here
the user picks one and it is run: the reports are written by ``reports`` from rows the
services gather (consent applied there) in a worker thread behind a progress dialog, so
25,000 Angebote do not freeze the window, and the file exports (table, vCards, calendar)
ask for a file and report what they left out. reportlab and the writers are imported on
first use, so the window starts as quickly as before.

Entry points for the main window (each takes the window): ``print_current``,
``save_pdf``, ``export_table``, ``export_vcards``, ``export_calendar``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from helferapp.domain.errors import UserError
from helferapp.ui import prompts
from helferapp.ui.folders import documents_folder
from helferapp.ui.printing.report_choices import (
    ReportChoice,
    choices_for,
    model_rows,
    page_title,
    slug,
    view_table,
)
from helferapp.ui.records.record_page import RecordPage
from helferapp.ui.tasks import run_with_progress
from helferapp.ui.texts import plural
from helferapp.ui.window_protocol import MainWindowParts


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def _choose(window: MainWindowParts, purpose: str) -> tuple[ReportChoice, dict[str, Any]] | None:
    from helferapp.ui.printing.print_preview_dialog import ReportChoiceDialog

    if not window.current_page().confirm_leave():
        return None
    choices = choices_for(window.current_page())
    if not choices:
        prompts.inform(window, purpose, _tr("Auf dieser Seite gibt es nichts zu drucken."))
        return None
    dialog = ReportChoiceDialog(choices, purpose, window)
    if not dialog.exec():
        return None
    return dialog.chosen(), dialog.options()


def _write(window: QWidget, choice: ReportChoice, target: Any, options: dict[str, Any]) -> int:
    from helferapp.reports.scripts import missing_glyphs

    missing: list[Any] = []

    def job(cancelled: Callable[[], bool], progress: Callable[[int, int], None]) -> int:
        with missing_glyphs() as found:
            pages = choice.write(target, progress=progress, cancelled=cancelled, **options)
        missing.extend(found)
        return pages

    result: int = run_with_progress(
        window, _tr("Bericht wird erstellt"), choice.title, job, cancellable=True
    )
    if missing:
        prompts.warn(
            window,
            _tr("Zeichen ersetzt"),
            _tr(
                "Einige Zeichen hat keine mitgelieferte Schrift; sie sind im PDF als � "
                "gedruckt:\n%1"
            ).replace("%1", "\n".join(_missing_line(entry) for entry in missing[:10])),
        )
    return result


def _missing_line(entry: Any) -> str:
    codes = ", ".join(f"{char} (U+{ord(char):04X})" for char in entry.characters)
    return _tr("„%1“: %2").replace("%1", entry.text).replace("%2", codes)


def print_current(window: MainWindowParts) -> None:
    """Drucken… (Strg+P): choose a report, see it in the preview, print from there."""
    from helferapp.ui.printing.print_preview_dialog import show_preview

    picked = _choose(window, _tr("Drucken"))
    if picked is None:
        return
    choice, options = picked
    folder = Path(tempfile.mkdtemp(prefix="helferapp-druck-"))
    target = folder / f"{choice.file_stem}.pdf"
    try:
        _write(window, choice, target, options)
    except UserError as error:
        prompts.warn(window, _tr("Bericht nicht erstellt"), error.message)
        return
    show_preview(target, choice.title, window)


def _save_name(window: MainWindowParts, title: str, stem: str, filters: str) -> Path | None:
    folder = documents_folder()
    path, _selected = QFileDialog.getSaveFileName(window, title, str(folder / stem), filters)
    return Path(path) if path else None


def save_pdf(window: MainWindowParts) -> None:
    """Als PDF speichern…: choose a report and a file; write it."""
    picked = _choose(window, _tr("Als PDF speichern"))
    if picked is None:
        return
    choice, options = picked
    path = _save_name(
        window, _tr("Als PDF speichern"), f"{choice.file_stem}.pdf", _tr("PDF-Datei (*.pdf)")
    )
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        pages = _write(window, choice, path, options)
    except UserError as error:
        prompts.warn(window, _tr("Bericht nicht gespeichert"), error.message)
        return
    window.show_message(
        plural("printing", "Gespeichert: %1 (%n Seiten)", pages).replace("%1", str(path))
    )


def export_table(window: MainWindowParts) -> None:
    """Tabelle exportieren (CSV/XLSX): the current table as shown, with its filter."""
    page = window.current_page()
    model = getattr(page, "model", None)
    if model is None or not hasattr(model, "columns"):
        prompts.inform(
            window,
            _tr("Tabelle exportieren"),
            _tr("Bitte zuerst eine Seite mit einer Tabelle öffnen."),
        )
        return
    from helferapp.services import file_exports

    headers, texts, _weights = view_table(page)
    allowed = file_exports.allowed_in_file(page.kind_code or "", model_rows(page))
    left_out = allowed.count(False)
    texts = [row for row, ok in zip(texts, allowed, strict=True) if ok]
    title = page_title(page)
    path = _save_name(
        window,
        _tr("Tabelle exportieren"),
        slug(title) + ".xlsx",
        _tr("Excel-Datei (*.xlsx);;CSV für Excel (*.csv)"),
    )
    if path is None:
        return
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + ".xlsx")
    from helferapp.reports import table_files

    try:
        table_files.write_table(path, headers, texts, sheet=title)
    except UserError as error:
        prompts.warn(window, _tr("Nicht exportiert"), error.message)
        return
    text = _tr("%1 Zeilen gespeichert: %2").replace("%1", str(len(texts))).replace("%2", str(path))
    one = _tr(
        "1 Person fehlt in der Tabelle: Sie hat nicht in die Weitergabe an andere "
        "eingewilligt (oder die Einwilligung widerrufen)."
    )
    many = _tr(
        "%1 Personen fehlen in der Tabelle: Sie haben nicht in die Weitergabe an andere "
        "eingewilligt (oder die Einwilligung widerrufen)."
    )
    window.show_message(_with_left_out(text, left_out, one, many))


def _with_left_out(text: str, left_out: int, one: str, many: str) -> str:
    """``text``, then how many persons the file lacks for want of consent (``one`` for
    one person, ``many`` with %1 for more); nothing when none is left out."""
    if left_out == 1:
        return f"{text} {one}"
    if left_out:
        return f"{text} {many.replace('%1', str(left_out))}"
    return text


def export_vcards(window: MainWindowParts) -> None:
    """vCards der Personen: the selected person, or all shown on the Personen page."""
    page = window.current_page()
    if page.kind_code != "person" or not isinstance(page, RecordPage):
        prompts.inform(
            window,
            _tr("vCards speichern"),
            _tr("Bitte zuerst die Seite „Personen“ öffnen und Personen auswählen (oder filtern)."),
        )
        return
    current = page.table.current_id()
    ids = [current] if current else [page.model.id_at(n) for n in range(page.model.rowCount())]
    from helferapp.reports import vcard
    from helferapp.services import file_exports

    persons, left_out = file_exports.vcard_persons(page.context.uow(), ids)
    if not persons:
        prompts.inform(
            window,
            _tr("vCards speichern"),
            _tr("Keine der gewählten Personen hat der Weitergabe zugestimmt."),
        )
        return
    stem = slug(persons[0].name) if len(persons) == 1 else "kontakte"
    path = _save_name(window, _tr("vCards speichern"), f"{stem}.vcf", _tr("vCard-Datei (*.vcf)"))
    if path is None:
        return
    try:
        count = vcard.write_vcards(path, persons)
    except UserError as error:
        prompts.warn(window, _tr("Nicht gespeichert"), error.message)
        return
    text = _tr("%1 vCards gespeichert: %2").replace("%1", str(count)).replace("%2", str(path))
    one = _tr(
        "1 Person fehlt in der vCard-Datei: Sie hat nicht in die Weitergabe an andere "
        "eingewilligt (oder die Einwilligung widerrufen)."
    )
    many = _tr(
        "%1 Personen fehlen in der vCard-Datei: Sie haben nicht in die Weitergabe an "
        "andere eingewilligt (oder die Einwilligung widerrufen)."
    )
    window.show_message(_with_left_out(text, left_out, one, many))


def export_calendar(window: MainWindowParts) -> None:
    """Wiedervorlagen als Kalender (.ics): every open Wiedervorlage."""
    from helferapp.reports import ical
    from helferapp.services import file_exports

    entries = file_exports.calendar_entries(window.context.uow(), date.today())
    if not entries:
        prompts.inform(
            window, _tr("Wiedervorlagen als Kalender"), _tr("Es gibt keine offenen Wiedervorlagen.")
        )
        return
    path = _save_name(
        window,
        _tr("Wiedervorlagen als Kalender"),
        "wiedervorlagen.ics",
        _tr("Kalender-Datei (*.ics)"),
    )
    if path is None:
        return
    try:
        count = ical.write_calendar(path, entries)
    except UserError as error:
        prompts.warn(window, _tr("Nicht gespeichert"), error.message)
        return
    window.show_message(
        _tr("%1 Wiedervorlagen gespeichert: %2").replace("%1", str(count)).replace("%2", str(path))
    )
