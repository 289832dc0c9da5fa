"""``helferapp-cli sync-folder PATH [--once]``: exchange rounds through a shared folder.

For scripted use (a Landratsamt server's scheduled task, a cron job on the KI's
laptop): each round merges every other installation's file not merged before and then
writes this installation's own file — with the same safety as an import (a backup before
the first merged file, each file merged all or nothing in its own nested transaction,
the import journal). Without ``--once`` a round runs every ``--interval`` seconds until
Ctrl+C. No Qt, like cli.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helferapp.cli import database_from
from helferapp.domain.errors import UserError
from helferapp.services import exchange_folder, exchange_folder_own
from helferapp.services.exchange_folder import FileStatus, RoundReport

_TEXT = {
    FileStatus.MERGED: "zusammengeführt",
    FileStatus.UNCHANGED: "unverändert (schon zusammengeführt)",
    FileStatus.PENDING: "noch unvollständig – wird beim nächsten Durchgang erneut versucht",
    FileStatus.UNREADABLE: "nicht lesbar",
    FileStatus.NEEDS_REVIEW: "braucht die Vorschau",
}


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add the ``sync-folder`` subcommand (called by ``cli.build_parser``)."""
    parser = add(
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


def _password(name: str | None) -> str | None:
    if not name:
        return None
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(
            f"Die Passwort-Datei „{name}“ lässt sich nicht lesen ({error.strerror})."
        ) from error
    password = text.splitlines()[0] if text else ""
    if not password:
        raise UserError(f"Die Passwort-Datei „{name}“ ist leer.")
    return password


def print_round(report: RoundReport) -> None:
    """One line per file that is worth a word, then the own file."""
    for item in report.files:
        who = f" ({item.label})" if item.label else ""
        line = f"{item.name}{who}: {_TEXT[item.status]}"
        if item.status is FileStatus.MERGED:
            line += f", {item.touched} Einträge neu/geändert"
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
    password = _password(args.password_file)
    database = database_from(args)
    while True:
        report = exchange_folder.run_round(database, folder, password)
        print_round(report)
        if args.once:
            return 1 if report.having(FileStatus.UNREADABLE) else 0
        time.sleep(max(5, args.interval))
