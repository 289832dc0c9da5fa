"""``helferapp-cli report | export-table | vcard | ics``: the print and export features.

The same reports and files as Datei → Drucken… and the export commands of the GUI, for
scripts and for the Landkreis network that prints sheets for many groups at once. The
consent rules are those of the services (persons on paper only with consent to print, in
files only with consent to pass on, unless ``--internal``). No Qt, German messages, exit
code 1 for anything the user can fix. The file writers (openpyxl, icalendar, reportlab's
fonts) are imported by the command that uses them, not by every ``helferapp-cli`` call.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from helferapp.cli.common import counted, database_from, find_id
from helferapp.cli.parser import Commands, option
from helferapp.domain.errors import UserError
from helferapp.domain.validation import parse_date
from helferapp.reports import notice_languages
from helferapp.services import file_exports, records
from helferapp.services.entities import GROUPS, ORGANISATIONS, PERSONS
from helferapp.services.report_data import ReportScope
from helferapp.services.report_kinds import REPORTS, render
from helferapp.services.table_columns import TABLE_COLUMNS, TABLE_TITLES
from helferapp.services.unit_of_work import UnitOfWork


def _date(text: str | None) -> Any:
    try:
        return parse_date(text or "")
    except ValueError as error:
        raise UserError(str(error)) from None


def _target(text: str, suffix: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if not path.parent.is_dir():
        raise UserError(f"Den Ordner „{path.parent}“ gibt es nicht.")
    return path


def cmd_report(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    if args.kind not in REPORTS:
        raise UserError(f"Unbekannter Bericht „{args.kind}“. Möglich: {', '.join(REPORTS)}.")
    if sum(1 for value in (args.municipality, args.district, args.group) if value) > 1:
        raise UserError("Bitte nur eines angeben: --municipality, --district oder --group.")
    scope = ReportScope(
        group_id=find_id(uow, GROUPS, args.group) if args.group else None,
        gemeinde_ags=args.municipality,
        landkreis_ags=args.district,
        organisation_id=(
            find_id(uow, ORGANISATIONS, args.organisation) if args.organisation else None
        ),
        date_from=_date(args.date_from),
        date_to=_date(args.date_to),
    )
    target = _target(args.out, ".pdf")
    options = {"language": args.language} if args.language else {}
    from helferapp.reports.scripts import missing_glyphs  # reportlab's fonts

    with missing_glyphs() as missing:
        pages = render(uow, args.kind, scope, target, **options)
    for entry in missing:
        print(f"Warnung: {entry.message()}", file=sys.stderr)
    print(
        f"{REPORTS[args.kind].title} gespeichert: {target} ({counted(pages, 'Seite', 'Seiten')})."
    )
    return 0


TABLE_FORMATS = ("csv", "xlsx")


def cmd_export_table(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    title, columns = TABLE_TITLES[args.entity], TABLE_COLUMNS[args.entity]
    rows, left_out = file_exports.table_rows(uow, args.entity, args.filter or "", args.internal)
    # Without --format the file's name decides ("liste.csv" is a CSV), else XLSX.
    suffix = Path(args.out).suffix.lower().lstrip(".")
    file_format = args.format or (suffix if suffix in TABLE_FORMATS else "xlsx")
    target = _target(args.out, f".{file_format}")
    from helferapp.reports import table_files  # openpyxl

    table_files.write_table(
        target,
        [column.title for column in columns],
        ([column.file_value(row) for column in columns] for row in rows),
        sheet=title,
        file_format=file_format,
    )
    print(f"{title}: {counted(len(rows), 'Zeile', 'Zeilen')} gespeichert in {target}.")
    if left_out:
        print(file_exports.left_out_note(left_out, args.internal, "Tabelle"))
    return 0


def cmd_vcard(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    where: dict[str, str] = {}
    if args.group:
        where["group_id"] = find_id(uow, GROUPS, args.group)
    if args.organisation:
        where["organisation_id"] = find_id(uow, ORGANISATIONS, args.organisation)
    if args.person:
        ids = [find_id(uow, PERSONS, text) for text in args.person]
    else:
        ids = [record.id for record in records.list_records(uow, PERSONS, where=where)]
    persons, left_out = file_exports.vcard_persons(uow, ids, internal=args.internal)
    target = _target(args.out, ".vcf")
    from helferapp.reports import vcard

    count = vcard.write_vcards(target, persons)
    print(f"{counted(count, 'vCard', 'vCards')} gespeichert in {target}.")
    if left_out:
        print(file_exports.left_out_note(left_out, args.internal, "vCard-Datei"))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    target = _target(args.out, ".ics")
    from helferapp.reports import ical  # icalendar

    count = ical.write_calendar(target, file_exports.calendar_entries(uow))
    due = counted(count, "offene Wiedervorlage", "offene Wiedervorlagen")
    print(f"{due} gespeichert in {target}.")
    return 0


def register(commands: Commands) -> None:
    """Add ``report``, ``export-table``, ``vcard`` and ``ics`` (called by ``cli``)."""
    kinds = ", ".join(f"{code} ({kind.title})" for code, kind in REPORTS.items())
    report = commands.add("report", cmd_report, "einen Bericht als PDF schreiben (Kontaktblatt, …)")
    report.add_argument("kind", metavar="ART", help=f"welcher Bericht: {kinds}")
    option(
        report,
        "--municipality",
        old="--gemeinde",
        metavar="AGS",
        help="eine Gemeinde, z. B. 09179131",
    )
    option(
        report, "--district", old="--landkreis", metavar="AGS", help="ein Landkreis, z. B. 09179"
    )
    report.add_argument("--group", metavar="NAME_ODER_ID", help="ein Helferkreis")
    option(
        report,
        "--organisation",
        old="--stelle",
        metavar="NAME_ODER_ID",
        help="Stelle (Kontaktprotokoll)",
    )
    option(
        report,
        "--from",
        old="--von",
        dest="date_from",
        metavar="TT.MM.JJJJ",
        help="Kontakte ab diesem Tag",
    )
    option(
        report,
        "--to",
        old="--bis",
        dest="date_to",
        metavar="TT.MM.JJJJ",
        help="Kontakte bis zu diesem Tag",
    )
    option(
        report,
        "--language",
        old="--sprache",
        dest="language",
        metavar="CODE",
        help="Aushang und Angebotsübersicht zweisprachig, Deutsch und: "
        + ", ".join(notice_languages.CODES),
    )
    report.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel (.pdf)")

    table = commands.add(
        "export-table", cmd_export_table, "eine Tabelle als CSV oder Excel speichern"
    )
    table.add_argument(
        "entity", choices=list(TABLE_COLUMNS), metavar="TABELLE", help=", ".join(TABLE_COLUMNS)
    )
    table.add_argument(
        "--format",
        choices=TABLE_FORMATS,
        help="csv oder xlsx (ohne Angabe: nach der Endung der Ziel-Datei, sonst xlsx)",
    )
    table.add_argument("--filter", metavar="TEXT", help="nur Zeilen mit diesen Wörtern")
    option(
        table,
        "--internal",
        old="--intern",
        action="store_true",
        help="auch Personen ohne Einwilligung zur Weitergabe",
    )
    table.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel-Datei")

    cards = commands.add("vcard", cmd_vcard, "Ansprechpersonen als vCard-Datei (.vcf) speichern")
    cards.add_argument(
        "--person", action="append", metavar="NAME_ODER_ID", help="diese Person (mehrfach)"
    )
    cards.add_argument("--group", metavar="NAME_ODER_ID", help="alle Personen eines Helferkreises")
    option(
        cards,
        "--organisation",
        old="--stelle",
        metavar="NAME_ODER_ID",
        help="alle Personen einer Stelle",
    )
    option(
        cards,
        "--internal",
        old="--intern",
        action="store_true",
        help="auch Personen, die nur der internen Nutzung zugestimmt haben",
    )
    cards.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel (.vcf)")

    calendar = commands.add("ics", cmd_ics, "offene Wiedervorlagen als Kalender-Datei (.ics)")
    calendar.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel (.ics)")
