"""``helferapp-cli report | export-table | vcard | ics``: the print and export features.

The same reports and files as Datei → Drucken… and the export commands of the GUI, for
scripts and for the Landkreis network that prints sheets for many groups at once. The
consent rules are those of the services (persons on paper only with consent to print, in
files only with consent to pass on, unless ``--intern``). Registered through
``cli.EXTENSION_MODULES``; no Qt, German messages, exit code 1 for anything the user can
fix.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helferapp.cli import database_from
from helferapp.domain.errors import NotFoundError, UserError
from helferapp.domain.text_folding import fold
from helferapp.domain.validation import display_phone, parse_date
from helferapp.reports import ical, notice_languages, table_files, vcard
from helferapp.reports.scripts import missing_glyphs
from helferapp.services import file_exports, records
from helferapp.services.entities import GROUPS, ORGANISATIONS, PERSONS
from helferapp.services.records import EntitySpec
from helferapp.services.report_data import ReportScope
from helferapp.services.report_kinds import REPORTS, render
from helferapp.services.unit_of_work import UnitOfWork

Getter = Callable[[Any], Any]


def _join(values: Any) -> str:
    return ", ".join(getattr(value, "label", str(value)) for value in values)


def _label(value: Any) -> str:
    return str(getattr(value, "label", "")) if value is not None else ""


def _when(row: Any) -> str:
    parts = [_label(row.weekday)]
    if row.start_time:
        parts.append(row.start_time.strftime("%H:%M"))
        if row.end_time:
            parts[-1] += "–" + row.end_time.strftime("%H:%M")
    parts.append(row.schedule_text)
    return " ".join(part for part in parts if part)


def _consent(row: Any) -> str:
    if row.consent_withdrawn_on:
        return "widerrufen"
    scopes = [
        name
        for name, allowed in (
            ("intern", row.consent_internal),
            ("weitergeben", row.consent_share),
            ("drucken", row.consent_print),
        )
        if allowed and row.consent_given_on
    ]
    return ", ".join(scopes) or "keine Einwilligung"


# The columns of each table as the GUI shows them (titles and order), with typed values.
TABLES: dict[str, tuple[str, list[tuple[str, Getter]]]] = {
    "group": (
        "Helferkreise",
        [
            ("Name", lambda r: r.name),
            ("Gemeinden", lambda r: r.gemeinden),
            ("Ortsteil", lambda r: r.locality),
            ("Status", lambda r: _label(r.status)),
            ("Telefon", lambda r: display_phone(r.phone)),
            ("E-Mail", lambda r: r.email),
            ("Geprüft am", lambda r: r.checked_on),
        ],
    ),
    "programme": (
        "Angebote",
        [
            ("Titel", lambda r: r.title),
            ("Wer bietet es an", lambda r: r.provider),
            ("Handlungsfelder", lambda r: _join(r.fields)),
            ("Gemeinde", lambda r: r.gemeinde),
            ("Wann", _when),
        ],
    ),
    "organisation": (
        "Stellen",
        [
            ("Name", lambda r: r.name),
            ("Art", lambda r: _label(r.kind)),
            ("Ort", lambda r: r.city),
            ("Gemeinde", lambda r: r.gemeinde),
            ("Telefon", lambda r: display_phone(r.phone)),
            ("E-Mail", lambda r: r.email),
        ],
    ),
    "person": (
        "Personen",
        [
            ("Name", lambda r: r.name),
            ("Einwilligung", _consent),
            ("Rolle", lambda r: r.role),
            ("Gehört zu", lambda r: r.belongs_to),
            ("Telefon", lambda r: display_phone(r.phone)),
            ("E-Mail", lambda r: r.email),
        ],
    ),
    "contact": (
        "Kontakte",
        [
            ("Datum", lambda r: r.contact_date),
            ("Thema", lambda r: r.subject),
            ("Stelle", lambda r: r.organisation),
            ("Helferkreis", lambda r: r.group),
            ("Wiedervorlage", lambda r: r.follow_up_on),
            ("erledigt", lambda r: r.done),
            ("Weg", lambda r: _label(r.channel)),
        ],
    ),
    "region_status": (
        "Gebiete",
        [
            ("Name", lambda r: r.name),
            ("Art", lambda r: r.kind),
            ("Gehört zu", lambda r: r.kreis),
            ("Einwohner", lambda r: r.population),
            ("Integrationskonzept", lambda r: _label(r.concept_status)),
            ("KI", lambda r: _label(r.ki_status)),
            ("Helferkreise", lambda r: r.groups),
            ("Angebote", lambda r: r.programmes),
        ],
    ),
}


def find_id(uow: UnitOfWork, spec: EntitySpec[Any], text: str) -> str:
    """The id of a group/Stelle/person named ``text`` (its id or its unique name)."""
    try:
        return records.get(uow, spec, text).id
    except NotFoundError:
        pass
    hits = records.list_records(uow, spec, query=text)
    exact = [hit for hit in hits if fold(getattr(hit.data, "name", "")) == fold(text)]
    chosen = exact or hits
    if len(chosen) == 1:
        return chosen[0].id
    if not chosen:
        raise NotFoundError(f"{spec.label} „{text}“ nicht gefunden.")
    found = ", ".join(getattr(hit.data, "name", "") for hit in chosen[:5]) or "nichts"
    raise UserError(
        f"{spec.label} „{text}“ ist nicht eindeutig (gefunden: {found}). Bitte den genauen "
        "Namen oder die Kennung angeben."
    )


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
    if sum(1 for value in (args.gemeinde, args.landkreis, args.group) if value) > 1:
        raise UserError("Bitte nur eines angeben: --gemeinde, --landkreis oder --group.")
    scope = ReportScope(
        group_id=find_id(uow, GROUPS, args.group) if args.group else None,
        gemeinde_ags=args.gemeinde,
        landkreis_ags=args.landkreis,
        organisation_id=find_id(uow, ORGANISATIONS, args.stelle) if args.stelle else None,
        date_from=_date(args.von),
        date_to=_date(args.bis),
    )
    target = _target(args.out, ".pdf")
    options = {"language": args.language} if args.language else {}
    with missing_glyphs() as missing:
        pages = render(uow, args.kind, scope, target, **options)
    for entry in missing:
        print(f"Warnung: {entry.message()}", file=sys.stderr)
    print(f"{REPORTS[args.kind].title} gespeichert: {target} ({pages} Seite(n)).")
    return 0


def cmd_export_table(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    title, columns = TABLES[args.entity]
    rows, left_out = file_exports.table_rows(uow, args.entity, args.filter or "", args.intern)
    target = _target(args.out, f".{args.format}")
    table_files.write_table(
        target,
        [name for name, _ in columns],
        ([getter(row) for _, getter in columns] for row in rows),
        sheet=title,
        file_format=args.format,
    )
    print(f"{title}: {len(rows)} Zeile(n) gespeichert in {target}.")
    if left_out:
        print(file_exports.left_out_note(left_out, args.intern, "Tabelle"))
    return 0


def cmd_vcard(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    where: dict[str, str] = {}
    if args.group:
        where["group_id"] = find_id(uow, GROUPS, args.group)
    if args.stelle:
        where["organisation_id"] = find_id(uow, ORGANISATIONS, args.stelle)
    if args.person:
        ids = [find_id(uow, PERSONS, text) for text in args.person]
    else:
        ids = [record.id for record in records.list_records(uow, PERSONS, where=where)]
    persons, left_out = file_exports.vcard_persons(uow, ids, internal=args.intern)
    target = _target(args.out, ".vcf")
    count = vcard.write_vcards(target, persons)
    print(f"{count} vCard(s) gespeichert in {target}.")
    if left_out:
        print(file_exports.left_out_note(left_out, args.intern, "vCard-Datei"))
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    target = _target(args.out, ".ics")
    count = ical.write_calendar(target, file_exports.calendar_entries(uow))
    print(f"{count} offene Wiedervorlage(n) gespeichert in {target}.")
    return 0


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add ``report``, ``export-table``, ``vcard`` and ``ics`` (called by ``cli``)."""
    kinds = ", ".join(f"{code} ({kind.title})" for code, kind in REPORTS.items())
    report = add("report", cmd_report, "einen Bericht als PDF schreiben (Kontaktblatt, …)")
    report.add_argument("kind", metavar="ART", help=f"welcher Bericht: {kinds}")
    report.add_argument("--gemeinde", metavar="AGS", help="eine Gemeinde, z. B. 09179131")
    report.add_argument("--landkreis", metavar="AGS", help="ein Landkreis, z. B. 09179")
    report.add_argument("--group", metavar="NAME_ODER_ID", help="ein Helferkreis")
    report.add_argument("--stelle", metavar="NAME_ODER_ID", help="Stelle (Kontaktprotokoll)")
    report.add_argument("--von", metavar="TT.MM.JJJJ", help="Kontakte ab diesem Tag")
    report.add_argument("--bis", metavar="TT.MM.JJJJ", help="Kontakte bis zu diesem Tag")
    report.add_argument(
        "--sprache",
        "--language",
        dest="language",
        metavar="CODE",
        help="Aushang und Angebotsübersicht zweisprachig, Deutsch und: "
        + ", ".join(notice_languages.CODES),
    )
    report.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel (.pdf)")

    table = add("export-table", cmd_export_table, "eine Tabelle als CSV oder Excel speichern")
    table.add_argument("entity", choices=list(TABLES), metavar="TABELLE", help=", ".join(TABLES))
    table.add_argument("--format", choices=["csv", "xlsx"], default="xlsx", help="csv oder xlsx")
    table.add_argument("--filter", metavar="TEXT", help="nur Zeilen mit diesen Wörtern")
    table.add_argument(
        "--intern", action="store_true", help="auch Personen ohne Einwilligung zur Weitergabe"
    )
    table.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel-Datei")

    cards = add("vcard", cmd_vcard, "Ansprechpersonen als vCard-Datei (.vcf) speichern")
    cards.add_argument(
        "--person", action="append", metavar="NAME_ODER_ID", help="diese Person (mehrfach)"
    )
    cards.add_argument("--group", metavar="NAME_ODER_ID", help="alle Personen eines Helferkreises")
    cards.add_argument("--stelle", metavar="NAME_ODER_ID", help="alle Personen einer Stelle")
    cards.add_argument(
        "--intern",
        action="store_true",
        help="auch Personen, die nur der internen Nutzung zugestimmt haben",
    )
    cards.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel (.vcf)")

    calendar = add("ics", cmd_ics, "offene Wiedervorlagen als Kalender-Datei (.ics)")
    calendar.add_argument("-o", "--out", required=True, metavar="DATEI", help="Ziel (.ics)")
