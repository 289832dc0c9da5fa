"""The PDF reports the CLI and the print dialog offer, each with what it needs.

One list for both doors, so ``helferapp-cli report KIND`` and Datei → Drucken… always
offer the same reports with the same rules. A ``ReportKind`` says what a report must be
given (a group, a Gemeinde or Landkreis, a Stelle) and how to ``render`` it: gather the
rows (``services.report_data``, consent applied there) and write the PDF (``reports``).

The Versorgungsbericht joins by adding its ``ReportKind`` to ``REPORTS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from helferapp.domain.errors import UserError
from helferapp.reports import contact_log as contact_log_report
from helferapp.reports import contact_sheet as contact_sheet_report
from helferapp.reports import group_profile as group_profile_report
from helferapp.reports import programme_overview as overview_report
from helferapp.reports.notice_languages import load as load_language
from helferapp.services.contact_sheet_data import contact_sheet
from helferapp.services.report_data import (
    ReportScope,
    contact_log,
    group_profile,
    programme_overview,
)
from helferapp.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ReportKind:
    """A PDF report as the CLI and the print dialog offer it.

    ``needs`` is what it must be given: ``"region"`` (Gemeinde or Landkreis; none means
    all Bavaria), ``"group"``, ``"organisation"``; ``render(uow, scope, target,
    **options)`` gathers the rows and writes the PDF, returning the page count.
    """

    code: str
    title: str
    needs: frozenset[str]
    render: Callable[..., int]
    required: frozenset[str] = frozenset()
    bilingual: bool = False
    """Whether it can be printed German plus a second language (``language="ar"``)."""


def _sheet(uow: UnitOfWork, scope: ReportScope, target: Any, **options: Any) -> int:
    if not (scope.group_id or scope.gemeinde_ags or scope.landkreis_ags):
        raise UserError(
            "Das Kontaktblatt braucht einen Helferkreis, eine Gemeinde oder einen Landkreis."
        )
    return contact_sheet_report.build(target, contact_sheet(uow, scope), **options)


def _overview(uow: UnitOfWork, scope: ReportScope, target: Any, **options: Any) -> int:
    return overview_report.build(target, programme_overview(uow, scope), **options)


def _aushang(uow: UnitOfWork, scope: ReportScope, target: Any, **options: Any) -> int:
    return overview_report.build_aushang(target, programme_overview(uow, scope), **options)


def _profile(uow: UnitOfWork, scope: ReportScope, target: Any, **options: Any) -> int:
    if not scope.group_id:
        raise UserError("Das Helferkreis-Profil braucht einen Helferkreis (--group).")
    return group_profile_report.build(target, group_profile(uow, scope.group_id), **options)


def _log(uow: UnitOfWork, scope: ReportScope, target: Any, **options: Any) -> int:
    if not scope.organisation_id:
        raise UserError("Das Kontaktprotokoll braucht eine Stelle (--organisation).")
    data = contact_log(uow, scope.organisation_id, scope.date_from, scope.date_to)
    return contact_log_report.build(target, data, **options)


REGION = frozenset({"group", "region"})
REPORTS: dict[str, ReportKind] = {
    "kontaktblatt": ReportKind("kontaktblatt", "Kontaktblatt", REGION, _sheet),
    "angebote": ReportKind("angebote", "Angebotsübersicht", REGION, _overview, bilingual=True),
    "aushang": ReportKind(
        "aushang", "Aushang (eine Seite, große Schrift)", REGION, _aushang, bilingual=True
    ),
    "profil": ReportKind("profil", "Helferkreis-Profil", frozenset({"group"}), _profile),
    "kontaktprotokoll": ReportKind(
        "kontaktprotokoll", "Kontaktprotokoll", frozenset({"organisation"}), _log
    ),
}
"""Add the Versorgungsbericht here: ``REPORTS["versorgung"] = ReportKind(...)``."""


def _coverage(uow: UnitOfWork, scope: ReportScope, target: Any, **options: Any) -> int:
    # Bavaria, or the Regierungsbezirk of the Landkreis/Gemeinde given (first 3 digits).
    from helferapp.reports import coverage_report
    from helferapp.services import coverage
    from helferapp.services.coverage_report_input import report_input

    place = scope.landkreis_ags or scope.gemeinde_ags or ""
    data = report_input(coverage.kreis_coverage(uow), place[:3] or None)
    return coverage_report.build(target, data, **options)


REPORTS["versorgung"] = ReportKind(
    "versorgung", "Versorgungsbericht (Bayern oder Regierungsbezirk)", REGION, _coverage
)


def render(uow: UnitOfWork, kind: str, scope: ReportScope, target: Any, **options: Any) -> int:
    """Gather and write the report ``kind`` for ``scope``; return the page count.

    ``language`` (a code of ``reports.notice_languages``, or None) asks for a bilingual
    notice; only reports marked ``bilingual`` take it.
    """
    report = REPORTS.get(kind)
    if report is None:
        known = ", ".join(REPORTS)
        raise UserError(f"Unbekannter Bericht „{kind}“. Möglich sind: {known}.")
    language = options.pop("language", None)
    if language:
        if not report.bilingual:
            bilingual = ", ".join(code for code, entry in REPORTS.items() if entry.bilingual)
            raise UserError(
                f"„{report.title}“ gibt es nur auf Deutsch. Zweisprachig gibt es: {bilingual}."
            )
        load_language(language)  # an unknown code is refused before any data is gathered
        options["language"] = language
    return report.render(uow, scope, target, **options)
