"""Command-line doors to the table import and the duplicate finder.

    helferapp-cli import-table liste.xlsx --target personen --mapping zuordnung.json
    helferapp-cli duplicates --kind person

No Qt, German messages, exit code 1 for anything the user has to fix. The mapping file is JSON::

    {"columns": {"Tel.": "phone", "Name": "name"},   # header (or column letter) → field
     "defaults": {"group": "Helferkreis Olching"},    # value for every row
     "gemeinden": {"Hausen": "09676128"},             # answers for ambiguous names
     "bad_rows": "skip"}                              # or "note"

Without ``--mapping`` the columns are guessed from their headers, and the guess is shown.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from helferapp.cli.common import database_from
from helferapp.cli.parser import Commands, choice, option
from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.services.column_mapping import TARGETS, Target, guess_mapping, target_for
from helferapp.services.duplicates import find_duplicates
from helferapp.services.table_files import Table, read_table
from helferapp.services.table_import import (
    BadRows,
    ImportPlan,
    check_rows,
    import_table,
    require_mapping,
    summary_csv,
)
from helferapp.services.unit_of_work import UnitOfWork

# The kinds the duplicate finder compares, by their kind codes (as export-table names its
# tables); the German plurals of earlier versions are still accepted.
_KINDS = {
    "person": "person",
    "group": "group",
    "organisation": "organisation",
    "personen": "person",
    "helferkreise": "group",
    "stellen": "organisation",
}


def _kind(text: str) -> str:
    return choice(text, _KINDS, "Art")


def _load_mapping(path: str | None) -> dict[str, Any]:
    if not path:
        return {}
    try:
        loaded = json.loads(Path(path).expanduser().read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(
            f"Die Zuordnungsdatei „{path}“ lässt sich nicht lesen. {describe_os_error(error, path)}"
        ) from error
    except json.JSONDecodeError as error:
        raise UserError(
            f"Die Zuordnungsdatei „{path}“ ist kein gültiges JSON (Fehler in Zeile "
            f"{error.lineno}, Zeichen {error.colno})."
        ) from None
    if not isinstance(loaded, dict):
        raise UserError(f"Die Zuordnungsdatei „{path}“ muss ein JSON-Objekt {{…}} enthalten.")
    return loaded


def _column(table: Table, name: str) -> int:
    for index, header in enumerate(table.headers):
        if header.casefold() == name.strip().casefold():
            return index
    letters = name.strip().upper()
    if letters.isalpha() and len(letters) <= 2:
        number = 0
        for letter in letters:
            number = number * 26 + ord(letter) - 64
        if number <= len(table.headers):
            return number - 1
    raise UserError(
        f"Die Spalte „{name}“ aus der Zuordnungsdatei gibt es in der Tabelle nicht. "
        f"Vorhanden: {', '.join(table.headers)}."
    )


def _field_key(target: Target, name: str) -> str:
    for item in target.fields:
        if name.strip().casefold() in (item.key, item.label.casefold()):
            return item.key
    choices = ", ".join(item.key for item in target.fields)
    raise UserError(f"Unbekanntes Feld „{name}“ für {target.label}. Möglich: {choices}.")


def plan_from(table: Table, target: Target, mapping: dict[str, Any]) -> ImportPlan:
    """The import plan from a mapping file (or the guess when it names no columns)."""
    columns = mapping.get("columns")
    if isinstance(columns, dict) and columns:
        chosen = {
            _column(table, str(header)): _field_key(target, str(key))
            for header, key in columns.items()
            if key
        }
    else:
        chosen = guess_mapping(target, table.headers)
    defaults = {_field_key(target, str(k)): str(v) for k, v in mapping.get("defaults", {}).items()}
    try:
        bad_rows = BadRows(mapping.get("bad_rows", "skip"))
    except ValueError:
        raise UserError("„bad_rows“ muss „skip“ oder „note“ sein.") from None
    plan = ImportPlan(
        target.code,
        chosen,
        defaults,
        {str(k): str(v) for k, v in mapping.get("gemeinden", {}).items()},
        bad_rows,
    )
    require_mapping(plan)
    return plan


def cmd_import_table(args: argparse.Namespace) -> int:
    try:
        target = target_for(args.target)
    except ValueError as error:
        raise UserError(str(error)) from None
    table = read_table(Path(args.file).expanduser(), args.sheet)
    mapping = _load_mapping(args.mapping)
    if args.bad_rows:
        mapping["bad_rows"] = args.bad_rows
    plan = plan_from(table, target, mapping)
    database = database_from(args)
    print(f"{table.name}: {len(table.rows)} Zeilen → {target.label}")
    for column, key in plan.mapping.items():
        print(f"  Spalte „{table.headers[column]}“ → {target.field(key).label}")
    preview = check_rows(UnitOfWork(database), table, plan, limit=0)
    if preview.ambiguous:
        for name, candidates in preview.ambiguous.items():
            options = "; ".join(f"{ags} = {text}" for ags, text in candidates)
            print(f"Mehrdeutig: „{name}“ – {options}")
        print("Bitte in der Zuordnungsdatei unter „gemeinden“ die gemeinte AGS angeben.")
    if args.dry_run:
        checked = check_rows(UnitOfWork(database), table, plan)
        print(f"Vorschau: {len(checked.rows) - checked.bad} in Ordnung, {checked.bad} mit Fehlern.")
        for row in checked.rows:
            for problem in row.errors:
                print(f"  Zeile {row.row_number}: {problem.message}")
        return 0
    summary = import_table(database, table, plan)
    print(
        f"Importiert: {summary.imported} (davon {summary.count('mit Hinweis')} mit Hinweis), "
        f"übersprungen: {len(summary.skipped)}."
    )
    for outcome in summary.skipped[:50]:
        print(f"  Zeile {outcome.row_number} ({outcome.title}): {' | '.join(outcome.reasons)}")
    if args.summary:
        Path(args.summary).expanduser().write_text(summary_csv(summary), encoding="utf-8-sig")
        print(f"Zusammenfassung gespeichert: {args.summary}")
    if target.code == "person" and summary.imported:
        print("Hinweis: Die importierten Personen haben noch keine Einwilligung – bitte erfassen.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    kind: str = args.kind
    found = find_duplicates(UnitOfWork(database_from(args)), kind, limit=args.limit)
    if not found:
        print("Keine wahrscheinlichen Dubletten gefunden.")
        return 0
    for item in found:
        print(
            f"{item.score:>3} %  {item.first_title}  ↔  {item.second_title}  "
            f"({', '.join(item.reasons)})"
        )
    print("Zusammenführen: in der App unter Bearbeiten → Dubletten suchen …")
    return 0


def register(commands: Commands) -> None:
    """Add this module's subcommands to ``helferapp-cli``."""
    names = ", ".join(target.label.lower() for target in TARGETS.values())
    parser = commands.add(
        "import-table", cmd_import_table, "eine Excel- oder CSV-Liste importieren"
    )
    parser.add_argument("file", metavar="DATEI", help=".xlsx oder .csv")
    parser.add_argument("--target", required=True, metavar="ZIEL", help=f"eines von: {names}")
    parser.add_argument("--mapping", metavar="JSON", help="Zuordnung der Spalten (siehe Hilfe)")
    option(parser, "--sheet", old="--blatt", metavar="NAME", help="Tabellenblatt (.xlsx)")
    option(
        parser, "--bad-rows", old="--fehlerhafte", choices=["skip", "note"],
        help="Zeilen mit Fehlern: skip = überspringen, note = ohne die falschen Werte mit Hinweis",
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
    parser.add_argument("--summary", metavar="CSV", help="Zusammenfassung als CSV speichern")
    duplicates = commands.add(
        "duplicates", cmd_duplicates, "wahrscheinliche Dubletten auflisten", old="dubletten"
    )
    option(
        duplicates,
        "--kind",
        old="--art",
        type=_kind,
        default="person",
        metavar="ART",
        help="person (Standard), group oder organisation",
    )
    duplicates.add_argument(
        "--limit", type=int, default=100, metavar="ANZAHL", help="höchstens so viele Paare"
    )
