"""What several subcommands need alike: the database, the password file, a record by
name, a number with its noun in the right form.

Kept once so that every command opens the database from ``--db`` the same way (and,
when it comes from an older HelferApp and is converted first, says so on stderr with the
backup and a line per tenth of the records, so that a long wait never looks hung), reads a
``--password-file`` with the same messages and finds "Helferkreis Olching" (or its id)
with the same rule and the same answer when a name fits several records.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from helferapp.domain.errors import NotFoundError, UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.domain.text_folding import fold
from helferapp.services import exchange, records
from helferapp.services.records import EntitySpec
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, UpgradeProgress, UpgradeStage, open_database
from helferapp.store.location import resolve_db_path


def _number(number: int) -> str:
    """``number`` with German thousands dots: 107.007."""
    return f"{number:,}".replace(",", ".")


def counted(number: int, one: str, many: str) -> str:
    """``number`` with its noun in singular or plural: "1 Seite", "2 Seiten", "1.250 Zeilen".

    The CLI cannot use Qt's plural forms (it must not import Qt); German has two forms,
    singular for exactly one, plural otherwise (also for 0).
    """
    return _number(number) + " " + (one if number == 1 else many)


class UpgradeReport:
    """Prints how the conversion of an older database goes, in German, on stderr."""

    def __init__(self) -> None:
        self.tenths_shown = -1
        self.backup_shown = False

    def __call__(self, event: UpgradeProgress) -> None:
        if event.backup is not None and not self.backup_shown:
            self.backup_shown = True
            self._say(f"Sicherung der bisherigen Datenbank: {event.backup}")
        if event.stage == UpgradeStage.BACKUP:
            self._say(
                "Die Datenbank stammt von einer älteren Version von HelferApp und wird auf "
                "die neue Version umgestellt. Zuerst wird eine Sicherung angelegt …"
            )
        elif event.stage == UpgradeStage.CONVERT and event.total:
            tenths = event.done * 10 // event.total
            if tenths > self.tenths_shown:
                self.tenths_shown = tenths
                self._say(
                    f"Datenbank wird umgestellt: {event.done * 100 // event.total} % "
                    f"({_number(event.done)} von {counted(event.total, 'Eintrag', 'Einträgen')})"
                )
        elif event.stage == UpgradeStage.COMPACT:
            self._say("Die Datenbank wird verkleinert …")

    @staticmethod
    def _say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)


def database_from(args: argparse.Namespace) -> Database:
    """The database named by ``--db`` (or the default), opened; for every subcommand.

    Says so (on stderr) if the data lies far ahead of this computer's clock, and how the
    conversion of a database of an older HelferApp goes.
    """
    database = open_database(resolve_db_path(args.db), progress=UpgradeReport())
    if database.upgrade_backup is not None:
        print(
            "Die Datenbank ist auf die neue Version umgestellt. Die Sicherung von vorher "
            f"liegt unter {database.upgrade_backup}",
            file=sys.stderr,
        )
    warning = exchange.clock_ahead_warning(database)
    if warning:
        print(f"Hinweis: {warning}", file=sys.stderr)
    return database


def password_from(name: str | None) -> str | None:
    """The password in the first line of the file ``name`` (``None`` without a file)."""
    if not name:
        return None
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except OSError as error:
        raise UserError(
            f"Die Passwort-Datei „{name}“ lässt sich nicht lesen. {describe_os_error(error, name)}"
        ) from error
    password = text.splitlines()[0] if text else ""
    if not password:
        raise UserError(f"Die Passwort-Datei „{name}“ ist leer.")
    return password


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
