"""The command line: ``helferapp-cli`` with the same services as the GUI, and no Qt.

Exit codes: 0 done, 1 the user has to fix something (the German message on stderr says
what), 2 never used for input problems. A traceback only ever appears for a real bug.
Messages are German; the command line has no Qt, so they are not run through Qt's
translation (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from helferapp import __version__
from helferapp.domain.errors import UserError
from helferapp.domain.labels import field_label, kind_label
from helferapp.domain.validation import format_date
from helferapp.services import backup_copies, backups, exchange, follow_ups, info, search
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, open_database
from helferapp.store.location import resolve_db_path
from helferapp.store.models import SYNCED_MODELS
from helferapp.sync.exchange_file import TABLES

KIND_TITLES: dict[str, str] = {
    model.kind_code: kind_label(model.__tablename__, plural=True) for model in SYNCED_MODELS
}

# argparse builds its own messages in English; these are the ones a user meets.
_ARGPARSE_GERMAN: dict[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ungültige Auswahl: %(value)r (möglich: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "expected one argument": "erwartet einen Wert",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
}


def _german(message: str) -> str:
    return _ARGPARSE_GERMAN.get(message, message)


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports input errors in German with exit code 1."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: Fehler: {message}\nHilfe: {self.prog} --help\n")


def database_from(args: argparse.Namespace) -> Database:
    """The database named by ``--db`` (or the default), opened; for every subcommand."""
    return open_database(resolve_db_path(args.db))


def cmd_info(args: argparse.Namespace) -> int:
    database = database_from(args)
    facts = info.database_info(UnitOfWork(database))
    print(f"Datenbank:        {facts.path}")
    print(f"Schema-Version:   {facts.schema_revision} (neueste: {facts.newest_revision})")
    print(f"Installation:     {facts.installation_id}")
    print(f"Gebiete:          {facts.regions}")
    print(f"Eigene Gruppe(n): {', '.join(facts.own_groups) or 'keine (nichts wird gefiltert)'}")
    if facts.demo:
        print("Beispieldaten:    ja – zum Ausprobieren, nicht für echte Arbeit")
    for kind, title in KIND_TITLES.items():
        deleted = facts.deleted.get(kind, 0)
        suffix = f" (+{deleted} im Papierkorb)" if deleted else ""
        print(f"{title + ':':<18}{facts.counts.get(kind, 0)}{suffix}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # Imported here: the generator and its word lists are only needed by this command.
    from helferapp.services import demo

    database = database_from(args)
    started = time.perf_counter()
    summary = demo.build_demo(
        database,
        demo.Scale(args.scale),
        seed=args.seed,
        progress=lambda text: print(text, file=sys.stderr),
    )
    elapsed = time.perf_counter() - started
    parts = ", ".join(
        f"{summary.counts.get(key, 0)} {title}"
        for key, title in (
            ("groups", "Helferkreise"),
            ("programmes", "Angebote"),
            ("organisations", "Stellen"),
            ("persons", "Personen"),
            ("contacts", "Kontakte"),
            ("partnerships", "Bündnispartner"),
            ("region_statuses", "Gebietsstatus"),
        )
    )
    print(f"Beispieldaten angelegt in {database.path}: {parts}.")
    print(f"Dauer: {elapsed:.1f} s")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.to:
        target = backup_copies.write_copy(
            database_from(args), Path(args.to).expanduser(), _password(args)
        )
        print(f"Sicherungskopie geschrieben: {target}")
        return 0
    if args.password_file:
        raise UserError("Ein Passwort gibt es nur für eine Kopie an einem anderen Ort (--to).")
    backup = backups.create_backup(database_from(args), "manuell")
    print(f"Sicherung angelegt: {backup.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    database = database_from(args)
    available = backups.list_backups(database)
    if args.backup is None:
        if not available:
            print("Es gibt noch keine Sicherungen. Anlegen mit: helferapp-cli backup")
            return 0
        print("Sicherungen (neueste zuerst); wiederherstellen mit: helferapp-cli restore NR")
        for number, backup in enumerate(available, start=1):
            created = backup.created_at.strftime("%d.%m.%Y %H:%M:%S")
            print(f"{number:>3}  {created}  {backup.reason or '-':<24} {backup.path.name}")
        return 0
    chosen = _choose_backup(args.backup, available)
    safety = backup_copies.restore_copy(database, chosen, _password(args))
    print(f"Wiederhergestellt aus {chosen.name}.")
    print(f"Der vorherige Stand wurde gesichert: {safety.path}")
    return 0


def _choose_backup(choice: str, available: Sequence[backups.BackupInfo]) -> Path:
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(available):
            raise UserError(
                f"Es gibt keine Sicherung Nr. {number}. Die Liste zeigt: helferapp-cli restore"
            )
        return available[number - 1].path
    return Path(choice).expanduser()


def cmd_search(args: argparse.Namespace) -> int:
    hits = search.search(UnitOfWork(database_from(args)), args.query, limit=args.limit)
    if not hits:
        print(f"Nichts gefunden für „{args.query}“.")
        return 0
    for hit in hits:
        detail = f" – {hit.detail}" if hit.detail else ""
        print(f"{hit.kind_label:<12} {hit.title}{detail}")
    return 0


def cmd_follow_ups(args: argparse.Namespace) -> int:
    today = date.today()
    rows = follow_ups.due_follow_ups(UnitOfWork(database_from(args)), today, within_days=args.days)
    if not rows:
        print(f"Keine offenen Wiedervorlagen in den nächsten {args.days} Tagen.")
        return 0
    for row in rows:
        mark = "ÜBERFÄLLIG " if row.overdue else ""
        print(f"{format_date(row.follow_up_on)}  {mark}{row.subject} – {row.partner}")
    return 0


TABLE_TITLES: dict[str, str] = {table: kind_label(table, plural=True) for table in TABLES}


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_file:
        return None
    try:
        text = Path(args.password_file).expanduser().read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(
            f"Die Passwort-Datei „{args.password_file}“ lässt sich nicht lesen ({error.strerror})."
        ) from error
    password = text.splitlines()[0] if text else ""
    if not password:
        raise UserError(f"Die Passwort-Datei „{args.password_file}“ ist leer.")
    return password


def _scope(database: Database, text: str) -> exchange.ExportScope:
    kind, _, value = text.partition(":")
    value = value.strip()
    if kind == "all" and not value:
        return exchange.ExportScope()
    if kind == "group" and value:
        return exchange.ExportScope(exchange.ScopeKind.GROUP, group_id=_group_id(database, value))
    if kind == "district" and value:
        return exchange.ExportScope(exchange.ScopeKind.DISTRICT, district_ags=value)
    if kind == "bezirk" and value:
        return exchange.ExportScope(exchange.ScopeKind.DISTRICT_REGION, district_ags=value)
    if kind == "changes" and value:
        return exchange.ExportScope(exchange.ScopeKind.CHANGES, partner=value)
    raise UserError(
        f"Unbekannter Umfang „{text}“. Möglich: all, group:NAME, district:AGS (z. B. "
        "district:09179), bezirk:AGS (z. B. bezirk:091 für Oberbayern), changes:PARTNER."
    )


def _group_id(database: Database, name: str) -> str:
    hits = [hit for hit in search.search(UnitOfWork(database), name) if hit.kind_code == "group"]
    exact = [hit for hit in hits if hit.title == name or hit.id == name]
    chosen = exact or hits
    if len(chosen) != 1:
        found = ", ".join(hit.title for hit in chosen[:5]) or "keiner"
        raise UserError(
            f"Der Helferkreis „{name}“ ist nicht eindeutig (gefunden: {found}). Bitte den "
            "genauen Namen angeben."
        )
    return chosen[0].id


def cmd_export(args: argparse.Namespace) -> int:
    database = database_from(args)
    mode = exchange.ConsentMode.INTERNAL if args.intern else exchange.ConsentMode.SHARED
    target = Path(args.out).expanduser()
    if target.suffix != exchange.EXTENSION:
        target = target.with_name(target.name + exchange.EXTENSION)
    result = exchange.export_file(
        database, target, _scope(database, args.scope), mode, _password(args)
    )
    counts = ", ".join(f"{result.counts[table]} {title}" for table, title in TABLE_TITLES.items())
    print(f"Exportiert nach {result.path}: {counts}.")
    if result.left_out_persons:
        print(
            f"{result.left_out_persons} Person(en) ohne Einwilligung zur Weitergabe wurden "
            "weggelassen."
        )
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
            f"{json.dumps(item.old_value, ensure_ascii=False)} → "
            f"{json.dumps(item.new_value, ensure_ascii=False)}"
        )
    if len(result.report.overwrites) > 20:
        print(f"  … und {len(result.report.overwrites) - 20} weitere überschriebene Werte")


def cmd_import(args: argparse.Namespace) -> int:
    database = database_from(args)
    password = _password(args)
    failures = 0
    for name in args.files:
        path = Path(name).expanduser()
        try:
            if args.dry_run:
                result = exchange.preview_import(database, path, password)
                print(f"Vorschau für {path.name} (es wurde nichts verändert):")
            else:
                result = exchange.import_file(database, path, password, allow_demo=args.allow_demo)
                print(f"Importiert: {path.name}")
        except UserError as error:
            failures += 1
            print(f"Fehler bei {path.name}: {error.message}", file=sys.stderr)
            continue
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
            f"{json.dumps(row.old_value, ensure_ascii=False)} → "
            f"{json.dumps(row.new_value, ensure_ascii=False)}{restored}"
        )
    print("Einen alten Wert zurückholen: helferapp-cli journal --wiederherstellen NR")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    return _build()[0]


def _build() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[_Parser]]:
    argparse._ = _german  # type: ignore[attr-defined]
    parser = _Parser(
        prog="helferapp-cli",
        description="HelferApp auf der Kommandozeile: Datenbank, Beispieldaten, Sicherungen.",
    )
    parser.add_argument("--version", action="version", version=f"HelferApp {__version__}")
    db_option = _Parser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="DATEI",
        help="Datenbank-Datei (sonst HELFERAPP_DB oder der Standardort)",
    )
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    commands.required = True

    def add(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> _Parser:
        sub: _Parser = commands.add_parser(name, parents=[db_option], help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    add("info", cmd_info, "Datenbank, Schema-Version und Anzahl der Einträge zeigen")
    demo_parser = add("demo", cmd_demo, "Beispieldaten in eine leere Datenbank laden")
    demo_parser.add_argument(
        "--scale",
        choices=["small", "bavaria"],
        default="small",
        help="small: ein Netz zum Ausprobieren; bavaria: ganz Bayern (Geschwindigkeitstest)",
    )
    demo_parser.add_argument(
        "--seed", type=int, default=1, help="Startwert des Zufalls (Standard 1)"
    )
    backup_parser = add("backup", cmd_backup, "eine Sicherung der Datenbank anlegen")
    backup_parser.add_argument(
        "--to",
        metavar="ORDNER",
        help="eine Kopie in diesen Ordner schreiben (z. B. USB-Stick), nicht neben die Datenbank",
    )
    backup_parser.add_argument(
        "--password-file",
        metavar="DATEI",
        help="die Kopie mit dem Passwort aus der ersten Zeile dieser Datei schützen",
    )
    restore_parser = add("restore", cmd_restore, "Sicherungen auflisten oder eine wiederherstellen")
    restore_parser.add_argument(
        "backup", nargs="?", metavar="NR_ODER_DATEI", help="Nummer aus der Liste oder Dateipfad"
    )
    restore_parser.add_argument(
        "--password-file",
        metavar="DATEI",
        help="Passwort einer geschützten Sicherungskopie (erste Zeile dieser Datei)",
    )
    search_parser = add("search", cmd_search, "in allen Einträgen suchen (Umlaute egal)")
    search_parser.add_argument("query", metavar="SUCHBEGRIFF")
    search_parser.add_argument("--limit", type=int, default=50, help="höchstens so viele Treffer")
    follow_parser = add("wiedervorlagen", cmd_follow_ups, "offene Wiedervorlagen zeigen")
    follow_parser.add_argument(
        "--tage",
        dest="days",
        type=int,
        default=14,
        help="so viele Tage vorausschauen (Standard 14)",
    )
    export_parser = add("export", cmd_export, "eine Austauschdatei (.helferapp) schreiben")
    export_parser.add_argument("out", metavar="DATEI", help="Ziel, z. B. hk-olching.helferapp")
    export_parser.add_argument(
        "--scope",
        default="all",
        metavar="UMFANG",
        help="all (Standard), group:NAME, district:AGS, bezirk:AGS oder changes:PARTNER",
    )
    export_parser.add_argument(
        "--intern",
        action="store_true",
        help="auch Personen ohne Einwilligung zur Weitergabe (nur für die eigenen Geräte!)",
    )
    export_parser.add_argument(
        "--password-file", metavar="DATEI", help="Passwort aus der ersten Zeile dieser Datei"
    )
    import_parser = add("import", cmd_import, "Austauschdateien einlesen und zusammenführen")
    import_parser.add_argument("files", nargs="+", metavar="DATEI")
    import_parser.add_argument(
        "--dry-run", action="store_true", help="nur zeigen, was sich ändern würde"
    )
    import_parser.add_argument(
        "--allow-demo",
        action="store_true",
        help="auch Dateien aus einer Beispieldatenbank in eine echte Datenbank einlesen",
    )
    import_parser.add_argument(
        "--password-file", metavar="DATEI", help="Passwort aus der ersten Zeile dieser Datei"
    )
    journal_parser = add("journal", cmd_journal, "von Importen überschriebene Werte zeigen")
    journal_parser.add_argument(
        "--wiederherstellen",
        dest="restore",
        type=int,
        metavar="NR",
        help="den alten Wert dieses Eintrags zurückholen",
    )
    for register in _extensions():
        register(add)
    return parser, commands


AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

# Modules that add their own subcommands: each has ``register(add: AddCommand) -> None``
# and, like this module, never imports Qt.
EXTENSION_MODULES: tuple[str, ...] = (
    "helferapp.cli_coverage",
    "helferapp.cli_tables",
    "helferapp.cli_reports",
    "helferapp.cli_sync",
)


def _extensions() -> list[Callable[[AddCommand], None]]:
    return [importlib.import_module(name).register for name in EXTENSION_MODULES]


def command_names() -> set[str]:
    """Every subcommand, read from the parser so that a new one cannot be forgotten."""
    return set(_build()[1].choices)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except UserError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
