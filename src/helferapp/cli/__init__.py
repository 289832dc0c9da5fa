"""The command line: ``helferapp-cli`` with the same services as the GUI, and no Qt.

Exit codes: 0 done, 1 the user has to fix something (the German message on stderr says
what), 2 never used for input problems. A traceback only ever appears for a real bug.
Messages are German; the command line has no Qt, so they are not run through Qt's
translation (see docs/ARCHITECTURE.md).

Each feature's subcommands live in a module of their own, imported here by name so that
a reader (and tests/test_layers.py) sees every one: ``records`` (info, demo, backup,
restore, search, follow-ups), ``exchange`` (export, import, journal, sync-folder),
``coverage``, ``reports`` (report, export-table, vcard, ics), ``tables`` (table import,
duplicates) and ``privacy`` (the DSGVO requests). ``parser`` holds the argparse
machinery, ``common`` what several commands share.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Sequence

from helferapp import __version__
from helferapp.cli import coverage, exchange, privacy, records, reports, tables
from helferapp.cli.parser import Commands, Parser, german
from helferapp.domain.errors import UserError

__all__ = ["build_parser", "command_names", "main"]

# In the order ``--help`` lists them.
_FEATURES = (records, exchange, coverage, reports, tables, privacy)


def _build() -> tuple[argparse.ArgumentParser, Commands]:
    argparse._ = german  # type: ignore[attr-defined]
    parser = Parser(
        prog="helferapp-cli",
        description="HelferApp auf der Kommandozeile: Datenbank, Beispieldaten, Sicherungen.",
    )
    parser.add_argument("--version", action="version", version=f"HelferApp {__version__}")
    db_option = Parser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="DATEI",
        help="Datenbank-Datei (sonst HELFERAPP_DB oder der Standardort)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=Parser)
    subparsers.required = True
    commands = Commands(subparsers, db_option)
    for feature in _FEATURES:
        feature.register(commands)
    return parser, commands


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    return _build()[0]


def command_names() -> set[str]:
    """Every subcommand (also the old names still accepted), read from the parser."""
    return _build()[1].names()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code."""
    # Windows writes a redirected output (``> liste.txt``, a pipe) in its ANSI code page,
    # which has no "→": that shows as "?" there, instead of ending in a traceback.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
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
