"""Datei → Drucken…, Als PDF speichern…, Tabelle exportieren, vCards, Wiedervorlagen-Kalender.

What can be printed depends on where the user is: every table page prints its table as
shown (with the filter), and the record chosen in it offers its reports – a
Helferkreis its profile, Kontaktblatt and Angebote; a Stelle its Kontaktprotokoll; a
Gebiet its Kontaktblatt, Angebote and Aushang. The reports themselves are written by
``reports`` from rows the services gather (consent applied there) in a worker thread
behind a progress dialog, so 25,000 Angebote do not freeze the window. reportlab and
the writers are imported on first use, so the window starts as quickly as before.

Entry points for the main window (each takes the window): ``print_current``,
``save_pdf``, ``export_table``, ``export_vcards``, ``export_calendar``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from helferapp.domain.errors import UserError
from helferapp.services.contact_sheet_data import kreis_of_organisation
from helferapp.services.report_data import ReportScope
from helferapp.ui import prompts
from helferapp.ui.folders import documents_folder
from helferapp.ui.records.record_page import RecordPage
from helferapp.ui.tasks import run_with_progress
from helferapp.ui.texts import plural
from helferapp.ui.window_protocol import MainWindowParts

Writer = Callable[..., int]


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


@dataclass(frozen=True)
class ReportChoice:
    """One thing the print dialog offers: its title, a file name, how to write it.

    ``write(target, progress=…, cancelled=…)`` returns the page count; ``needs_dates``
    asks the dialog for a date range (the Kontaktprotokoll); ``suggested`` marks the
    report about the selected record, which the dialog preselects; ``bilingual`` lets the
    dialog offer a second language (Aushang, Angebotsübersicht).
    """

    title: str
    file_stem: str
    write: Writer
    needs_dates: bool = False
    suggested: bool = False
    bilingual: bool = False


def _slug(text: str) -> str:
    cleaned = "".join(char if char.isalnum() else "-" for char in text.lower())
    return "-".join(part for part in cleaned.split("-") if part)[:50] or "bericht"


def view_table(page: Any) -> tuple[list[str], list[list[str]], list[float]]:
    """The page's table as shown: translated headers, cell texts of the filtered rows."""
    model = page.model
    columns = model.columns()
    headers = [QCoreApplication.translate("columns", column.title) for column in columns]
    rows = [model.row_at(number) for number in range(model.rowCount())]
    texts = [[column.text(row) for column in columns] for row in rows]
    return headers, texts, [float(column.width) for column in columns]


def _model_rows(page: Any) -> list[Any]:
    model = page.model
    return [model.row_at(number) for number in range(model.rowCount())]


def _page_title(page: Any) -> str:
    heading = getattr(page, "heading", None)
    return heading.text() if heading is not None else _tr("Tabelle")


def _filter_text(page: Any) -> str:
    edit = getattr(page, "filter_edit", None)
    text = edit.text().strip() if edit is not None else ""
    return _tr("Filter: „%1“").replace("%1", text) if text else ""


def table_choice(page: Any) -> ReportChoice | None:
    """The page's table as a PDF list (persons: only those who agreed to be printed)."""
    if getattr(page, "model", None) is None or not hasattr(page.model, "columns"):
        return None
    from helferapp.services import file_exports

    headers, texts, weights = view_table(page)
    allowed = file_exports.allowed_on_paper(page.kind_code, _model_rows(page))
    texts = [row for row, ok in zip(texts, allowed, strict=True) if ok]
    title = _page_title(page)

    def write(target: Any, **options: Any) -> int:
        from helferapp.reports import table_pdf

        return table_pdf.build(
            target, title, headers, texts, weights=weights, subtitle=_filter_text(page), **options
        )

    label = plural("printing", "Tabelle wie angezeigt (%Ln Einträge)", len(texts))
    return ReportChoice(label, _slug(title), write)


def _report(
    kind: str, title: str, stem: str, scope: ReportScope, context: Any, suggested: bool = True
) -> ReportChoice:
    from helferapp.services.report_kinds import REPORTS

    def write(target: Any, **options: Any) -> int:
        from helferapp.services.report_kinds import render

        dates = {key: options.pop(key) for key in ("date_from", "date_to") if key in options}
        return render(context.uow(), kind, replace(scope, **dates), target, **options)

    return ReportChoice(
        title,
        _slug(stem),
        write,
        needs_dates=kind == "kontaktprotokoll",
        suggested=suggested,
        bilingual=REPORTS[kind].bilingual,
    )


def _stelle_sheets(context: Any, organisation_id: str, name: str) -> list[ReportChoice]:
    """A Stelle's Kontaktprotokoll, and the Kontaktblatt of the Kreis it lies in."""
    found = [
        _report(
            "kontaktprotokoll",
            _tr("Kontaktprotokoll: %1").replace("%1", name),
            f"kontaktprotokoll-{name}",
            ReportScope(organisation_id=organisation_id),
            context,
        )
    ]
    kreis = kreis_of_organisation(context.uow(), organisation_id)
    if kreis is not None:
        title = f"{kreis.kind} {kreis.name}"
        found.append(
            _report(
                "kontaktblatt",
                _tr("Kontaktblatt: %1").replace("%1", title),
                f"kontaktblatt-{kreis.name}",
                ReportScope(landkreis_ags=kreis.ags),
                context,
                suggested=False,
            )
        )
    return found


def choices_for(page: Any) -> list[ReportChoice]:
    """What the print dialog offers on ``page`` for its current record."""
    context = page.context
    found: list[ReportChoice] = []
    table = table_choice(page)
    current = page.table.current_id() if hasattr(page, "table") else None
    kind = getattr(page, "kind_code", None)
    if kind == "group" and current:
        name = page.model.row_at(page.model.row_of(current)).name
        scope = ReportScope(group_id=current)
        found += [
            _report(
                "profil",
                _tr("Helferkreis-Profil: %1").replace("%1", name),
                f"profil-{name}",
                scope,
                context,
            ),
            _report(
                "kontaktblatt",
                _tr("Kontaktblatt: %1").replace("%1", name),
                f"kontaktblatt-{name}",
                scope,
                context,
            ),
            _report(
                "angebote",
                _tr("Angebotsübersicht: %1").replace("%1", name),
                f"angebote-{name}",
                scope,
                context,
            ),
        ]
    elif kind == "organisation" and current:
        name = page.model.row_at(page.model.row_of(current)).name
        found += _stelle_sheets(context, current, name)
    elif kind == "region_status" and current:
        name = page.model.row_at(page.model.row_of(current)).name
        scope = (
            ReportScope(landkreis_ags=current)
            if len(current) == 5
            else ReportScope(gemeinde_ags=current)
        )
        for code, title in (
            ("kontaktblatt", _tr("Kontaktblatt: %1")),
            ("angebote", _tr("Angebotsübersicht: %1")),
            ("aushang", _tr("Aushang (eine Seite, große Schrift): %1")),
        ):
            found.append(_report(code, title.replace("%1", name), f"{code}-{name}", scope, context))
    if kind in ("programme", None):
        found.append(
            _report(
                "angebote",
                _tr("Angebotsübersicht: ganz Bayern"),
                "angebote-bayern",
                ReportScope(),
                context,
                suggested=kind is None,
            )
        )
    if type(page).__name__ == "CoveragePage":
        found.append(
            _report(
                "versorgung",
                _tr("Versorgungsbericht: ganz Bayern"),
                "versorgung-bayern",
                ReportScope(),
                context,
            )
        )
    if table is not None:
        found.insert(0, table)
    return found


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
    allowed = file_exports.allowed_in_file(page.kind_code or "", _model_rows(page))
    left_out = allowed.count(False)
    texts = [row for row, ok in zip(texts, allowed, strict=True) if ok]
    title = _page_title(page)
    path = _save_name(
        window,
        _tr("Tabelle exportieren"),
        _slug(title) + ".xlsx",
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
    if left_out == 1:
        text += " " + _tr(
            "1 Person fehlt in der Tabelle: Sie hat nicht in die Weitergabe an andere "
            "eingewilligt (oder die Einwilligung widerrufen)."
        )
    elif left_out:
        text += " " + _tr(
            "%1 Personen fehlen in der Tabelle: Sie haben nicht in die Weitergabe an andere "
            "eingewilligt (oder die Einwilligung widerrufen)."
        ).replace("%1", str(left_out))
    window.show_message(text)


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
    stem = _slug(persons[0].name) if len(persons) == 1 else "kontakte"
    path = _save_name(window, _tr("vCards speichern"), f"{stem}.vcf", _tr("vCard-Datei (*.vcf)"))
    if path is None:
        return
    try:
        count = vcard.write_vcards(path, persons)
    except UserError as error:
        prompts.warn(window, _tr("Nicht gespeichert"), error.message)
        return
    text = _tr("%1 vCards gespeichert: %2").replace("%1", str(count)).replace("%2", str(path))
    if left_out == 1:
        text += " " + _tr(
            "1 Person fehlt in der vCard-Datei: Sie hat nicht in die Weitergabe an andere "
            "eingewilligt (oder die Einwilligung widerrufen)."
        )
    elif left_out:
        text += " " + _tr(
            "%1 Personen fehlen in der vCard-Datei: Sie haben nicht in die Weitergabe an "
            "andere eingewilligt (oder die Einwilligung widerrufen)."
        ).replace("%1", str(left_out))
    window.show_message(text)


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
