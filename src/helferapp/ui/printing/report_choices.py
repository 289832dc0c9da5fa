"""What can be printed where: the reports the print dialog offers on each page.

Every table page offers its table as shown (with the filter; persons only if they agreed
to be printed), and the record chosen in it offers its reports – a Helferkreis its
profile, Kontaktblatt and Angebote; a Stelle its Kontaktprotokoll; a Gebiet its
Kontaktblatt, Angebote and Aushang. A ``ReportChoice`` knows how to write itself; running
it (worker thread, progress, warnings, file dialogs) is ``print_commands``' part.
reportlab and the report writers are imported only when a choice is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from helferapp.services.contact_sheet_data import kreis_of_organisation
from helferapp.services.report_data import ReportScope
from helferapp.ui.texts import plural

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


def slug(text: str) -> str:
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


def model_rows(page: Any) -> list[Any]:
    model = page.model
    return [model.row_at(number) for number in range(model.rowCount())]


def page_title(page: Any) -> str:
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
    allowed = file_exports.allowed_on_paper(page.kind_code, model_rows(page))
    texts = [row for row, ok in zip(texts, allowed, strict=True) if ok]
    title = page_title(page)

    def write(target: Any, **options: Any) -> int:
        from helferapp.reports import table_pdf

        return table_pdf.build(
            target, title, headers, texts, weights=weights, subtitle=_filter_text(page), **options
        )

    label = plural("printing", "Tabelle wie angezeigt (%Ln Einträge)", len(texts))
    return ReportChoice(label, slug(title), write)


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
        slug(stem),
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
