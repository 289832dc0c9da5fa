"""``helferapp-cli export | import | journal | sync-folder``: exchange files and the folder.

``export`` writes a ``.helferapp`` file (everything, one Helferkreis, a Landkreis, a
Regierungsbezirk or the changes for a partner; persons only with consent to share unless
``--internal``), ``import`` previews or merges such files, ``journal`` shows (and brings
back) the values imports overwrote.

``sync-folder PATH [--once]`` runs exchange rounds through a shared folder, for scripted
use (a Landratsamt server's scheduled task, a cron job on the KI's laptop): each round
merges every other installation's file not merged before and then writes this
installation's own file — with the same safety as an import (a backup before the first
merged file, each file merged all or nothing in its own nested transaction, the import
journal). Without ``--once`` a round runs every ``--interval`` seconds until Ctrl+C.
No Qt; German messages.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from helferapp.cli.common import counted, database_from, find_id, password_from
from helferapp.cli.parser import Commands, option
from helferapp.domain.errors import UserError
from helferapp.domain.labels import field_label, kind_label
from helferapp.services import exchange, exchange_folder, exchange_folder_own
from helferapp.services.entities import GROUPS
from helferapp.services.exchange_folder import FileStatus, RoundReport
from helferapp.services.unit_of_work import UnitOfWork

TABLE_TITLES: dict[str, str] = {
    table: kind_label(table, plural=True) for table in exchange.EXCHANGE_TABLES
}


def _scope(uow: UnitOfWork, text: str) -> exchange.ExportScope:
    kind, _, value = text.partition(":")
    value = value.strip()
    if kind == "all" and not value:
        return exchange.ExportScope()
    if kind == "group" and value:
        return exchange.ExportScope(exchange.ScopeKind.GROUP, group_id=find_id(uow, GROUPS, value))
    if kind == "district" and value:
        return exchange.ExportScope(exchange.ScopeKind.DISTRICT, district_ags=value)
    if kind in ("district-region", "bezirk") and value:  # "bezirk": the earlier name
        return exchange.ExportScope(exchange.ScopeKind.DISTRICT_REGION, district_ags=value)
    if kind == "changes" and value:
        return exchange.ExportScope(exchange.ScopeKind.CHANGES, partner=value)
    raise UserError(
        f"Unbekannter Umfang „{text}“. Möglich: all, group:NAME, district:AGS (z. B. "
        "district:09179), district-region:AGS (z. B. district-region:091 für Oberbayern), "
        "changes:PARTNER."
    )


def cmd_export(args: argparse.Namespace) -> int:
    database = database_from(args)
    mode = exchange.ConsentMode.INTERNAL if args.internal else exchange.ConsentMode.SHARED
    target = Path(args.out).expanduser()
    if target.suffix != exchange.EXTENSION:
        target = target.with_name(target.name + exchange.EXTENSION)
    result = exchange.export_file(
        database,
        target,
        _scope(UnitOfWork(database), args.scope),
        mode,
        password_from(args.password_file),
        format_version=args.format_version,
    )
    counts = ", ".join(f"{result.counts[table]} {title}" for table, title in TABLE_TITLES.items())
    print(f"Exportiert nach {result.path}: {counts}.")
    if result.left_out_persons:
        persons = counted(result.left_out_persons, "Person", "Personen")
        were = "wurde" if result.left_out_persons == 1 else "wurden"
        print(f"{persons} ohne Einwilligung zur Weitergabe {were} weggelassen.")
    return 0


def _print_report(result: exchange.ImportResult) -> None:
    for table, title in TABLE_TITLES.items():
        changes = result.report.tables.get(table)
        if changes is None or not (changes.touched or changes.unchanged):
            continue
        print(
            f"  {title + ':':<16}{changes.new} neu, {changes.changed} geändert, "
            f"{changes.deleted} in den Papierkorb, {changes.restored} wiederhergestellt, "
            f"{changes.unchanged} unverändert"
        )
    for item in result.report.overwrites[:20]:
        print(
            f"  überschrieben: {item.title} – {field_label(item.table, item.field)}: "
            f"„{exchange.shown_value(item.table, item.field, item.old_value)}“ → "
            f"„{exchange.shown_value(item.table, item.field, item.new_value)}“"
        )
    if len(result.report.overwrites) > 20:
        print(f"  … und {len(result.report.overwrites) - 20} weitere überschriebene Werte")


def cmd_import(args: argparse.Namespace) -> int:
    database = database_from(args)
    password = password_from(args.password_file)
    failures = 0
    for name in args.files:
        path = Path(name).expanduser()
        try:
            if args.dry_run:
                result = exchange.preview_import(database, path, password)
                print(f"Vorschau für {path.name} (es wurde nichts verändert):")
            else:
                result = exchange.import_file(
                    database,
                    path,
                    password,
                    accept_clock_skew=args.accept_clock_skew,
                    allow_demo=args.allow_demo,
                )
                print(f"Importiert: {path.name}")
        except UserError as error:
            failures += 1
            print(f"Fehler bei {path.name}: {error.message}", file=sys.stderr)
            if isinstance(error, exchange.ClockSkewError):
                print(
                    "Wer sicher ist, dass die Werte stimmen: helferapp-cli import "
                    f"--accept-clock-skew „{path}“",
                    file=sys.stderr,
                )
            continue
        if result.clock_warning:
            print(f"  Achtung: {result.clock_warning}")
            if args.dry_run and not args.accept_clock_skew:
                print("  Ohne --accept-clock-skew wird diese Datei nicht eingelesen.")
        label = result.manifest.installation_label
        if label:
            print(f"  von: {label}")
        _print_report(result)
        if result.report.overwrites and not args.dry_run:
            print("  Überschriebene Werte stehen im Import-Protokoll: helferapp-cli journal")
    return 1 if failures else 0


def cmd_journal(args: argparse.Namespace) -> int:
    database = database_from(args)
    uow = UnitOfWork(database)
    if args.restore is not None:
        exchange.restore_journal_entry(uow, args.restore)
        print(f"Wert aus Protokoll-Eintrag {args.restore} wiederhergestellt.")
        return 0
    rows = exchange.list_journal(uow)
    if not rows:
        print("Das Import-Protokoll ist leer: kein Import hat bisher Werte überschrieben.")
        return 0
    for row in rows:
        when = row.imported_at.strftime("%d.%m.%Y %H:%M")
        restored = " (wiederhergestellt)" if row.restored_at else ""
        print(
            f"{row.id:>5}  {when}  {row.source_name}  {row.record_title} – "
            f"{field_label(row.table_name, row.field)}: "
            f"„{exchange.shown_value(row.table_name, row.field, row.old_value)}“ → "
            f"„{exchange.shown_value(row.table_name, row.field, row.new_value)}“{restored}"
        )
    print("Einen alten Wert zurückholen: helferapp-cli journal --restore NR")
    return 0


_TEXT = {
    FileStatus.MERGED: "zusammengeführt",
    FileStatus.UNCHANGED: "unverändert (schon zusammengeführt)",
    FileStatus.PENDING: "noch unvollständig – wird beim nächsten Durchgang erneut versucht",
    FileStatus.UNREADABLE: "nicht lesbar",
    FileStatus.NEEDS_REVIEW: "braucht die Vorschau",
}


def print_round(report: RoundReport) -> None:
    """One line per file that is worth a word, then the own file."""
    for item in report.files:
        who = f" ({item.label})" if item.label else ""
        line = f"{item.name}{who}: {_TEXT[item.status]}"
        if item.status is FileStatus.MERGED:
            line += f", {counted(item.touched, 'Eintrag', 'Einträge')} neu/geändert"
            if item.overwrites:
                line += f", {item.overwrites} Werte überschrieben (siehe helferapp-cli journal)"
        if item.message and item.status is not FileStatus.PENDING:
            line += f" – {item.message}"
        if item.conflict_copy and item.status in (FileStatus.MERGED, FileStatus.UNCHANGED):
            line += (
                " – eine Konfliktkopie des Synchronisationsprogramms; ihr Inhalt ist "
                "zusammengeführt, sie kann gelöscht werden"
            )
        stream = sys.stderr if item.status is FileStatus.UNREADABLE else sys.stdout
        print(line, file=stream)
    skipped = len(report.having(FileStatus.UNCHANGED))
    own = "geschrieben" if report.own_written else "unverändert"
    print(f"Eigene Datei {report.own_file.name}: {own}. {skipped} Dateien unverändert.")
    if report.backup is not None:
        print(f"Sicherung vorher: {report.backup.path}")


def cmd_sync_folder(args: argparse.Namespace) -> int:
    folder = exchange_folder_own.check_folder(Path(args.folder).expanduser())
    password = password_from(args.password_file)
    database = database_from(args)
    while True:
        report = exchange_folder.run_round(database, folder, password)
        print_round(report)
        if args.once:
            return 1 if report.having(FileStatus.UNREADABLE) else 0
        time.sleep(max(5, args.interval))


def register(commands: Commands) -> None:
    """Add this module's subcommands (called by ``cli.build_parser``)."""
    export_parser = commands.add("export", cmd_export, "eine Austauschdatei (.helferapp) schreiben")
    export_parser.add_argument("out", metavar="DATEI", help="Ziel, z. B. hk-olching.helferapp")
    export_parser.add_argument(
        "--scope",
        default="all",
        metavar="UMFANG",
        help="all (Standard), group:NAME, district:AGS (Landkreis), district-region:AGS "
        "(Regierungsbezirk) oder changes:PARTNER",
    )
    option(
        export_parser,
        "--internal",
        old="--intern",
        action="store_true",
        help="auch Personen ohne Einwilligung zur Weitergabe (nur für die eigenen Geräte!)",
    )
    export_parser.add_argument(
        "--password-file", metavar="DATEI", help="Passwort aus der ersten Zeile dieser Datei"
    )
    export_parser.add_argument(
        "--format-version",
        choices=exchange.FORMAT_VERSIONS,
        default=exchange.CURRENT_VERSION,
        metavar="VERSION",
        help=f"Dateiformat: {exchange.CURRENT_VERSION} (Standard, kleiner) oder 1.0 für "
        "Empfänger mit einer HelferApp-Version vor dem Format 2.0",
    )
    import_parser = commands.add(
        "import", cmd_import, "Austauschdateien einlesen und zusammenführen"
    )
    import_parser.add_argument("files", nargs="+", metavar="DATEI")
    import_parser.add_argument(
        "--dry-run", action="store_true", help="nur zeigen, was sich ändern würde"
    )
    option(
        import_parser,
        "--accept-clock-skew",
        old="--uhr-abweichung-akzeptieren",
        dest="accept_clock_skew",
        action="store_true",
        help="auch eine Datei einlesen, deren Zeitangaben mehr als einen Tag nach der Uhr "
        "dieses Computers liegen (eine der Uhren geht falsch)",
    )
    import_parser.add_argument(
        "--allow-demo",
        action="store_true",
        help="auch Dateien aus einer Beispieldatenbank in eine echte Datenbank einlesen",
    )
    import_parser.add_argument(
        "--password-file", metavar="DATEI", help="Passwort aus der ersten Zeile dieser Datei"
    )
    journal_parser = commands.add(
        "journal", cmd_journal, "von Importen überschriebene Werte zeigen"
    )
    option(
        journal_parser,
        "--restore",
        old="--wiederherstellen",
        type=int,
        metavar="NR",
        help="den alten Wert dieses Eintrags zurückholen",
    )
    parser = commands.add(
        "sync-folder",
        cmd_sync_folder,
        "über einen gemeinsamen Austauschordner austauschen (eigene Datei schreiben, "
        "die der anderen zusammenführen)",
    )
    parser.add_argument("folder", metavar="ORDNER", help="der gemeinsame Austauschordner")
    parser.add_argument("--once", action="store_true", help="nur einen Durchgang, dann beenden")
    parser.add_argument(
        "--interval",
        type=int,
        default=60,
        metavar="SEKUNDEN",
        help="ohne --once: Abstand der Durchgänge (Standard 60)",
    )
    parser.add_argument(
        "--password-file",
        metavar="DATEI",
        help="gemeinsames Passwort des Netzes aus der ersten Zeile dieser Datei",
    )
