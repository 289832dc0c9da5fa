"""The command line: ``helferapp-cli`` with the same services as the GUI, and no Qt.

Exit codes: 0 done, 1 the user has to fix something (the German message on stderr says
what), 2 never used for input problems. A traceback only ever appears for a real bug.
Messages are German; the command line has no Qt, so they are not run through Qt's
translation (see docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from helferapp import __version__
from helferapp.domain.errors import UserError
from helferapp.domain.validation import format_date
from helferapp.services import backups, follow_ups, info, search
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, open_database
from helferapp.store.location import resolve_db_path

KIND_TITLES: dict[str, str] = {
    "group": "Helferkreise",
    "programme": "Angebote",
    "organisation": "Stellen",
    "person": "Personen",
    "contact": "Kontakte",
    "partnership": "Bündnispartner",
    "region_status": "Gebietsstatus",
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


def _open(args: argparse.Namespace) -> Database:
    return open_database(resolve_db_path(args.db))


def cmd_info(args: argparse.Namespace) -> int:
    database = _open(args)
    facts = info.database_info(UnitOfWork(database))
    print(f"Datenbank:        {facts.path}")
    print(f"Schema-Version:   {facts.schema_revision} (neueste: {facts.newest_revision})")
    print(f"Installation:     {facts.installation_id}")
    print(f"Gebiete:          {facts.regions}")
    for kind, title in KIND_TITLES.items():
        deleted = facts.deleted.get(kind, 0)
        suffix = f" (+{deleted} im Papierkorb)" if deleted else ""
        print(f"{title + ':':<18}{facts.counts.get(kind, 0)}{suffix}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # Imported here: the generator and its word lists are only needed by this command.
    from helferapp.services import demo

    database = _open(args)
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
    backup = backups.create_backup(_open(args), "manuell")
    print(f"Sicherung angelegt: {backup.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    database = _open(args)
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
    safety = backups.restore_backup(database, chosen)
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
    hits = search.search(UnitOfWork(_open(args)), args.query, limit=args.limit)
    if not hits:
        print(f"Nichts gefunden für „{args.query}“.")
        return 0
    for hit in hits:
        detail = f" – {hit.detail}" if hit.detail else ""
        print(f"{hit.kind_label:<12} {hit.title}{detail}")
    return 0


def cmd_follow_ups(args: argparse.Namespace) -> int:
    today = date.today()
    rows = follow_ups.due_follow_ups(UnitOfWork(_open(args)), today, within_days=args.days)
    if not rows:
        print(f"Keine offenen Wiedervorlagen in den nächsten {args.days} Tagen.")
        return 0
    for row in rows:
        mark = "ÜBERFÄLLIG " if row.overdue else ""
        print(f"{format_date(row.follow_up_on)}  {mark}{row.subject} – {row.partner}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand (also used by the launcher)."""
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
    add("backup", cmd_backup, "eine Sicherung der Datenbank anlegen")
    restore_parser = add("restore", cmd_restore, "Sicherungen auflisten oder eine wiederherstellen")
    restore_parser.add_argument(
        "backup", nargs="?", metavar="NR_ODER_DATEI", help="Nummer aus der Liste oder Dateipfad"
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
    return parser


COMMANDS = ("info", "demo", "backup", "restore", "search", "wiedervorlagen")


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
