"""``helferapp-cli info | demo | backup | restore | search | follow-ups``: the records.

What a volunteer asks of the database itself on the command line: how much is in it,
example data to try things out, backups (also a copy on a stick or in another folder,
optionally password-protected) and their restore, the search across all records
and the open Wiedervorlagen. No Qt; German messages.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from helferapp.cli.common import database_from, password_from
from helferapp.cli.parser import Commands, option
from helferapp.domain.errors import UserError
from helferapp.domain.validation import format_date
from helferapp.services import backup_copies, backups, follow_ups, info, search
from helferapp.services.entities import KIND_TITLES
from helferapp.services.unit_of_work import UnitOfWork


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
            database_from(args), Path(args.to).expanduser(), password_from(args.password_file)
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
    safety = backup_copies.restore_copy(database, chosen, password_from(args.password_file))
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


def register(commands: Commands) -> None:
    """Add this module's subcommands (called by ``cli.build_parser``)."""
    commands.add("info", cmd_info, "Datenbank, Schema-Version und Anzahl der Einträge zeigen")
    demo_parser = commands.add("demo", cmd_demo, "Beispieldaten in eine leere Datenbank laden")
    demo_parser.add_argument(
        "--scale",
        choices=["small", "bavaria"],
        default="small",
        help="small: ein Netz zum Ausprobieren; bavaria: ganz Bayern (Geschwindigkeitstest)",
    )
    demo_parser.add_argument(
        "--seed", type=int, default=1, metavar="ZAHL", help="Startwert des Zufalls (Standard 1)"
    )
    backup_parser = commands.add("backup", cmd_backup, "eine Sicherung der Datenbank anlegen")
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
    restore_parser = commands.add(
        "restore", cmd_restore, "Sicherungen auflisten oder eine wiederherstellen"
    )
    restore_parser.add_argument(
        "backup", nargs="?", metavar="NR_ODER_DATEI", help="Nummer aus der Liste oder Dateipfad"
    )
    restore_parser.add_argument(
        "--password-file",
        metavar="DATEI",
        help="Passwort einer geschützten Sicherungskopie (erste Zeile dieser Datei)",
    )
    search_parser = commands.add("search", cmd_search, "in allen Einträgen suchen (Umlaute egal)")
    search_parser.add_argument("query", metavar="SUCHBEGRIFF")
    search_parser.add_argument(
        "--limit", type=int, default=50, metavar="ANZAHL", help="höchstens so viele Treffer"
    )
    follow_parser = commands.add(
        "follow-ups", cmd_follow_ups, "offene Wiedervorlagen zeigen", old="wiedervorlagen"
    )
    option(
        follow_parser,
        "--days",
        old="--tage",
        type=int,
        metavar="TAGE",
        default=14,
        help="so viele Tage vorausschauen (Standard 14)",
    )
