"""``helferapp-cli coverage``: the Versorgung figures per Kreis on the command line.

For the Landkreis network that collects everyone's files: the same figures as the
Versorgung page (``services.coverage``), for Bavaria or one Regierungsbezirk, as a
table to read, CSV for a spreadsheet (semicolons and decimal commas, as a German Excel
expects) or JSON for other programs (stable codes, plain numbers). ``--pdf`` also writes the
Versorgungsbericht. No Qt, like the whole ``cli`` package.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, TextIO

from helferapp.cli.common import counted, database_from
from helferapp.cli.parser import Commands, option
from helferapp.domain.enums import ConceptStatus, KIArea, KIStatus
from helferapp.domain.errors import UserError
from helferapp.domain.validation import format_date
from helferapp.reports.csv_dialect import csv_bytes
from helferapp.services import coverage
from helferapp.services.coverage import Coverage, KISource, KreisCoverage, ki_text
from helferapp.services.coverage_measures import german_number
from helferapp.services.unit_of_work import UnitOfWork

FORMATS = ("table", "csv", "json")
AREA_SHORT = {
    KIArea.ELEMENTARY: "Elem.",
    KIArea.SCHOOL: "Schule",
    KIArea.SCHOOL_TO_WORK: "Überg.",
    KIArea.CROSS_CUTTING: "Quer.",
}


def register(commands: Commands) -> None:
    """Add the ``coverage`` subcommand (called by ``cli.build_parser``)."""
    parser = commands.add(
        "coverage",
        cmd_coverage,
        "Versorgung je Kreis: Integrationskonzept, KI, Angebote, Lücken",
    )
    option(
        parser,
        "--district-region",
        old="--bezirk",
        metavar="AGS",
        help="nur ein Regierungsbezirk, z. B. 091 (Oberbayern) … 097 (Schwaben)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table (Standard), csv (für Tabellenkalkulation) oder json",
    )
    option(
        parser,
        "--gaps-only",
        old="--nur-luecken",
        action="store_true",
        help="nur Kreise mit Lücken",
    )
    parser.add_argument(
        "--pdf", metavar="DATEI", help="zusätzlich den Versorgungsbericht als PDF schreiben"
    )


def cmd_coverage(args: argparse.Namespace) -> int:
    database = database_from(args)
    figures = coverage.kreis_coverage(UnitOfWork(database))
    bezirk = _check_bezirk(figures, args.district_region)
    rows = figures.in_bezirk(bezirk)
    if args.gaps_only:
        rows = [row for row in rows if row.gaps]
    {"table": write_table, "csv": write_csv, "json": write_json}[args.format](
        figures, bezirk, rows, sys.stdout
    )
    if args.pdf:
        # Imported here: reportlab is only needed when a report is asked for.
        from helferapp.reports.coverage_report import build_coverage_report
        from helferapp.services.coverage_report_input import report_input

        pages = build_coverage_report(args.pdf, report_input(figures, bezirk))
        written = counted(pages, "Seite", "Seiten")
        print(f"Versorgungsbericht geschrieben: {args.pdf} ({written})", file=sys.stderr)
    return 0


def _check_bezirk(figures: Coverage, bezirk: str | None) -> str | None:
    if bezirk in (None, "", "09"):
        return None
    known = {summary.ags: summary.name for summary in figures.bezirke}
    if bezirk not in known:
        choices = ", ".join(f"{ags} {name}" for ags, name in sorted(known.items()))
        raise UserError(f"Unbekannter Regierungsbezirk „{bezirk}“. Möglich: {choices}.")
    return bezirk


def _gaps(row: KreisCoverage) -> str:
    return ", ".join(gap.label for gap in row.gaps)


def _ki_short(row: KreisCoverage) -> str:
    if row.ki_source is KISource.STELLE:
        return "bekannt (Stelle)"
    return _status(row.ki)


def _status(member: Any) -> str:
    return member.label if member is not None else "nicht erfasst"


def write_table(
    figures: Coverage, bezirk: str | None, rows: list[KreisCoverage], out: TextIO
) -> None:
    """A plain-text table, widths fitted to the content, then the summary."""
    header = [
        "AGS",
        "Kreis",
        "Konzept",
        "KI",
        "HK",
        "Angebote",
        "je 10.000",
        *AREA_SHORT.values(),
        "Gem. ohne",
        "KI-Kontakt",
        "Lücken",
    ]
    lines = [
        [
            row.ags,
            row.title,
            _status(row.concept),
            _ki_short(row),
            str(row.groups),
            german_number(row.programmes, 0),
            german_number(row.per_10k),
            *(str(row.by_area[area]) for area in AREA_SHORT),
            f"{row.gemeinden_without}/{row.gemeinden}",
            format_date(row.last_ki_contact) or "–",
            _gaps(row) or "–",
        ]
        for row in rows
    ]
    numeric = {4, 5, 6, 7, 8, 9, 10, 11}
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    for line in [header, *lines]:
        cells = [
            cell.rjust(width) if number in numeric else cell.ljust(width)
            for number, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        out.write("  ".join(cells).rstrip() + "\n")
    area = figures.area(bezirk)
    with_gaps = sum(1 for row in figures.in_bezirk(bezirk) if row.gaps)
    out.write(
        f"\n{area.name}: {area.kreise} Kreise, {with_gaps} mit Lücken;"
        f" {german_number(area.programmes, 0)} aktive Angebote"
        f" ({german_number(area.per_10k)} je 10.000 Einwohner);"
        f" {german_number(area.gemeinden_without, 0)} von {german_number(area.gemeinden, 0)}"
        f" Gemeinden ohne Angebot. Stand: {format_date(figures.today)}\n"
    )


CSV_HEADER = [
    "AGS",
    "Kreis",
    "Art",
    "Regierungsbezirk",
    "Einwohner",
    "Integrationskonzept",
    "Konzept seit",
    "KI",
    "KI seit",
    "Integrationslotsin",
    "Helferkreise",
    "Angebote",
    "Angebote je 10.000 Einwohner",
    *(f"Angebote {area.label}" for area in KIArea),
    "Gemeinden",
    "Gemeinden ohne Angebot",
    "Letzter KI-Kontakt",
    "Lücken",
]


def write_csv(
    figures: Coverage, bezirk: str | None, rows: list[KreisCoverage], out: TextIO
) -> None:
    """One line per Kreis, in the app's CSV dialect (BOM, ``;``, CRLF, decimal commas)."""
    data = csv_bytes(
        CSV_HEADER,
        (
            [
                row.ags,
                row.name,
                row.kind,
                row.bezirk_name,
                row.population,
                _status(row.concept),
                format_date(row.concept_date),
                ki_text(row),
                format_date(row.ki_date),
                "ja" if row.integration_guide else "nein",
                row.groups,
                row.programmes,
                f"{row.per_10k:.2f}".replace(".", ","),
                *(row.by_area[area] for area in KIArea),
                row.gemeinden,
                row.gemeinden_without,
                format_date(row.last_ki_contact),
                _gaps(row),
            ]
            for row in rows
        ),
    )
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8"))
        return
    out.flush()
    buffer.write(data)  # bytes, so that no text layer changes CRLF
    buffer.flush()


def _kreis_json(row: KreisCoverage) -> dict[str, Any]:
    return {
        "ags": row.ags,
        "name": row.name,
        "kind": row.kind,
        "bezirk_ags": row.bezirk_ags,
        "population": row.population,
        "concept": row.concept.value if row.concept else None,
        "concept_date": _iso(row.concept_date),
        "ki": row.ki.value if row.ki else None,
        "ki_date": _iso(row.ki_date),
        "has_ki": row.has_ki,
        "ki_source": row.ki_source.value if row.ki_source else None,
        "ki_stellen": list(row.ki_stellen),
        "integration_guide": row.integration_guide,
        "groups": row.groups,
        "programmes": row.programmes,
        "programmes_per_10k": round(row.per_10k, 3),
        "by_area": {area.value: row.by_area[area] for area in KIArea},
        "by_field": {field.value: number for field, number in row.by_field.items()},
        "gemeinden": row.gemeinden,
        "gemeinden_without_programme": row.gemeinden_without,
        "last_ki_contact": _iso(row.last_ki_contact),
        "gaps": [gap.value for gap in row.gaps],
    }


def _status_counts(counts: dict[Any, int], members: list[Any]) -> dict[str, int]:
    """Kreise per status code in a fixed order; "nicht_erfasst" for no status."""
    result = {member.value: counts.get(member, 0) for member in members}
    result["nicht_erfasst"] = counts.get(None, 0)
    return result


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def write_json(
    figures: Coverage, bezirk: str | None, rows: list[KreisCoverage], out: TextIO
) -> None:
    """Stable codes (enum values) and plain numbers, for other programs."""
    area = figures.area(bezirk)
    document = {
        "date": figures.today.isoformat(),
        "area": {
            "ags": area.ags,
            "name": area.name,
            "kreise": area.kreise,
            "population": area.population,
            "groups": area.groups,
            "programmes": area.programmes,
            "programmes_per_10k": round(area.per_10k, 3),
            "by_area": {key.value: value for key, value in area.by_area.items()},
            "gemeinden": area.gemeinden,
            "gemeinden_without_programme": area.gemeinden_without,
            "concept": _status_counts(area.concept, list(ConceptStatus)),
            "ki": _status_counts(area.ki, list(KIStatus)),
            "ki_from_stelle": area.ki_from_stelle,
            "integration_guide": area.integration_guide,
            "last_ki_contact": _iso(area.last_ki_contact),
            "gaps": {gap.value: number for gap, number in area.gaps.items()},
        },
        "kreise": [_kreis_json(row) for row in rows],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
