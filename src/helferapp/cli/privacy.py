"""``helferapp-cli disclosure | erase``: the DSGVO requests of a person.

    helferapp-cli disclosure "Hans Müller" --json auskunft.json
    helferapp-cli erase "Hans Müller" --yes

Everything stored about one person as JSON (Art. 15), or all of it wiped (Art. 17; the
deletion travels with the next export). No Qt, German messages, exit code 1 for anything
the user has to fix.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from helferapp.cli.common import counted, database_from, find_id
from helferapp.cli.parser import Commands, option
from helferapp.domain.errors import UserError
from helferapp.services.entities import PERSONS
from helferapp.services.privacy import disclosure, disclosure_json, erase_person
from helferapp.services.unit_of_work import UnitOfWork


def cmd_disclosure(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    result = disclosure(uow, find_id(uow, PERSONS, args.person))
    text = disclosure_json(result)
    if args.json:
        Path(args.json).expanduser().write_text(text, encoding="utf-8")
        print(f"Auskunft über {result.name} gespeichert: {args.json}")
    else:
        print(text, end="")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    uow = UnitOfWork(database_from(args))
    person_id = find_id(uow, PERSONS, args.person)
    if not args.yes:
        raise UserError(
            "Löschen entfernt alle Angaben zu dieser Person endgültig. Zur Bestätigung bitte "
            "mit --yes aufrufen."
        )
    result = erase_person(uow, person_id)
    print(
        f"Gelöscht: {counted(result.persons, 'Eintrag', 'Einträge')}, "
        f"{counted(result.journal_entries, 'Protokollwert', 'Protokollwerte')}. "
        "Die Löschung wird mit dem nächsten Export weitergegeben."
    )
    return 0


def register(commands: Commands) -> None:
    """Add this module's subcommands (called by ``cli.build_parser``)."""
    info = commands.add(
        "disclosure", cmd_disclosure, "DSGVO-Auskunft über eine Person (JSON)", old="auskunft"
    )
    info.add_argument("person", metavar="PERSON", help="Name oder Id")
    info.add_argument("--json", metavar="DATEI", help="in diese Datei statt auf den Bildschirm")
    erase = commands.add(
        "erase", cmd_erase, "alle Angaben zu einer Person löschen (DSGVO)", old="loeschen"
    )
    erase.add_argument("person", metavar="PERSON", help="Name oder Id")
    option(erase, "--yes", old="--ja", action="store_true", help="ja, endgültig löschen")
