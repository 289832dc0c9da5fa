"""The argparse machinery of ``helferapp-cli``: German texts, exit code 1, hidden old names.

argparse words its own messages in English and exits with 2; a volunteer meets German and
the exit code 1 that every other input problem of the CLI has. The command line names its
commands and options in English kebab-case (the identifiers of the code); the German names
of earlier versions still work as hidden aliases, so scripts written for them keep running,
while ``--help`` shows only the current names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

Handler = Callable[[argparse.Namespace], int]

# argparse builds its own messages in English; these are the ones a user meets.
_ARGPARSE_GERMAN: dict[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "show program's version number and exit": "die Versionsnummer zeigen und beenden",
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


def german(message: str) -> str:
    """argparse's English message in German (unknown ones unchanged)."""
    return _ARGPARSE_GERMAN.get(message, message)


class Parser(argparse.ArgumentParser):
    """An argument parser that reports input errors in German with exit code 1."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: Fehler: {message}\nHilfe: {self.prog} --help\n")


class _CommandNames(dict[str, Any]):
    """The subcommands by name; the old names answer lookups but are not listed.

    argparse checks a word with ``in`` and looks its parser up by key, but lists the
    choices (in "ungültige Auswahl …") by iterating: so an alias works without being shown.
    """

    def __init__(self) -> None:
        super().__init__()
        self.hidden: set[str] = set()

    def __iter__(self) -> Iterator[str]:
        return (name for name in super().__iter__() if name not in self.hidden)


class Commands:
    """Adds subcommands to the parser, each with its handler and its hidden old names."""

    def __init__(self, subparsers: argparse._SubParsersAction[Parser], common: Parser) -> None:
        self._subparsers = subparsers
        self._common = common
        self._names = _CommandNames()
        subparsers._name_parser_map = self._names
        subparsers.choices = self._names

    def add(self, name: str, handler: Handler, text: str, *, old: str | None = None) -> Parser:
        """The subcommand ``name`` (``old``: its earlier name, still accepted, not shown)."""
        sub: Parser = self._subparsers.add_parser(
            name, parents=[self._common], help=text, description=text
        )
        sub.set_defaults(handler=handler)
        if old is not None:
            self._names[old] = sub
            self._names.hidden.add(old)
        return sub

    def names(self) -> set[str]:
        """Every subcommand, current and old names."""
        return set(dict.keys(self._names))

    def shown(self) -> list[str]:
        """The subcommands ``--help`` lists, in their order."""
        return list(self._names)


def option(parser: argparse.ArgumentParser, *names: str, old: str, **options: Any) -> None:
    """An option under its current ``names`` and, hidden, under its ``old`` name.

    Both write the same ``dest``; the old one has no default of its own, so that the
    current option's default stands when neither is given.
    """
    action = parser.add_argument(*names, **options)
    hidden = {key: value for key, value in options.items() if key not in ("help", "default")}
    hidden["dest"] = action.dest
    parser.add_argument(old, help=argparse.SUPPRESS, default=argparse.SUPPRESS, **hidden)


def choice(value: str, codes: dict[str, str], what: str) -> str:
    """The code that ``value`` names (a code or an accepted old word), or a German error."""
    if value in codes:
        return codes[value]
    shown = ", ".join(sorted(set(codes.values())))
    raise argparse.ArgumentTypeError(f"unbekannte {what} „{value}“ (möglich: {shown})")
