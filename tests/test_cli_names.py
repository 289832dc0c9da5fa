"""The command line's names: English in --help, the earlier German names still accepted.

Scripts written for earlier versions call ``wiedervorlagen --tage 7`` or ``loeschen --ja``;
each old name must still do exactly what the new one does, and ``--help`` must show only
the new names so that nobody learns the old ones.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helferapp import cli
from tests.test_cli import run_cli

# (old spelling, new spelling): each pair must parse into the same arguments.
OLD_AND_NEW: list[tuple[list[str], list[str]]] = [
    (["wiedervorlagen"], ["follow-ups"]),
    (["follow-ups", "--tage", "3"], ["follow-ups", "--days", "3"]),
    (["export", "x.helferapp", "--intern"], ["export", "x.helferapp", "--internal"]),
    (["journal", "--wiederherstellen", "4"], ["journal", "--restore", "4"]),
    (["coverage", "--bezirk", "091"], ["coverage", "--district-region", "091"]),
    (["coverage", "--nur-luecken"], ["coverage", "--gaps-only"]),
    (["report", "angebote", "--gemeinde", "09179131", "-o", "x"],
     ["report", "angebote", "--municipality", "09179131", "-o", "x"]),
    (["report", "angebote", "--landkreis", "09179", "-o", "x"],
     ["report", "angebote", "--district", "09179", "-o", "x"]),
    (["report", "kontaktprotokoll", "--stelle", "KI", "-o", "x"],
     ["report", "kontaktprotokoll", "--organisation", "KI", "-o", "x"]),
    (["report", "kontaktprotokoll", "--von", "1.1.2026", "-o", "x"],
     ["report", "kontaktprotokoll", "--from", "1.1.2026", "-o", "x"]),
    (["report", "kontaktprotokoll", "--bis", "1.1.2026", "-o", "x"],
     ["report", "kontaktprotokoll", "--to", "1.1.2026", "-o", "x"]),
    (["export-table", "person", "--intern", "-o", "x"],
     ["export-table", "person", "--internal", "-o", "x"]),
    (["vcard", "--stelle", "KI", "-o", "x"], ["vcard", "--organisation", "KI", "-o", "x"]),
    (["vcard", "--intern", "-o", "x"], ["vcard", "--internal", "-o", "x"]),
    (["import-table", "l.xlsx", "--target", "personen", "--blatt", "B"],
     ["import-table", "l.xlsx", "--target", "personen", "--sheet", "B"]),
    (["import-table", "l.xlsx", "--target", "personen", "--fehlerhafte", "note"],
     ["import-table", "l.xlsx", "--target", "personen", "--bad-rows", "note"]),
    (["dubletten"], ["duplicates"]),
    (["duplicates", "--art", "stellen"], ["duplicates", "--kind", "organisation"]),
    (["duplicates", "--kind", "helferkreise"], ["duplicates", "--kind", "group"]),
    (["auskunft", "Hans"], ["disclosure", "Hans"]),
    (["loeschen", "Hans", "--ja"], ["erase", "Hans", "--yes"]),
]  # fmt: skip


def parsed(argv: list[str]) -> dict[str, object]:
    """What the handler gets, without the word the command was called by."""
    values = vars(cli.build_parser().parse_args(argv))
    values.pop("command")
    return values


@pytest.mark.parametrize(("old", "new"), OLD_AND_NEW, ids=lambda argv: " ".join(argv))
def test_an_old_name_does_what_the_new_one_does(old: list[str], new: list[str]) -> None:
    assert parsed(old) == parsed(new)


def test_an_option_left_out_keeps_its_default_beside_its_old_name() -> None:
    assert parsed(["follow-ups"])["days"] == 14
    assert parsed(["duplicates"])["kind"] == "person"
    assert parsed(["erase", "Hans"])["yes"] is False


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args([*argv, "--help"])
    return capsys.readouterr().out


def differing_words(old: list[str], new: list[str]) -> tuple[str, list[str], list[str]]:
    """The subcommand as --help lists it, and the words only the old / new spelling has."""
    return new[0], [w for w in old if w not in new], [w for w in new if w not in old]


@pytest.mark.parametrize(("old", "new"), OLD_AND_NEW, ids=lambda argv: " ".join(argv))
def test_help_shows_the_new_name_and_not_the_old(
    capsys: pytest.CaptureFixture[str], old: list[str], new: list[str]
) -> None:
    command, old_words, new_words = differing_words(old, new)
    overview = help_of(capsys)
    options = set(re.findall(r"--?[\w-]+", help_of(capsys, command)))
    for word in old_words:
        if word.startswith("-"):
            assert word not in options
        elif word == old[0]:
            assert word not in overview.split()
    for word in new_words:
        if word.startswith("-"):
            assert word in options
        elif word == new[0]:
            assert word in overview.split()


def test_an_unknown_command_lists_only_the_new_names() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 1
    assert "'follow-ups'" in result.stderr and "'duplicates'" in result.stderr
    for old in ("wiedervorlagen", "dubletten", "auskunft", "loeschen"):
        assert old not in result.stderr


def test_an_old_script_still_runs(db_path: Path) -> None:
    result = run_cli("wiedervorlagen", "--tage", "3", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "Keine offenen Wiedervorlagen in den nächsten 3 Tagen." in result.stdout

    result = run_cli("dubletten", "--art", "stellen", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "Keine wahrscheinlichen Dubletten gefunden." in result.stdout


def test_the_launcher_knows_the_old_names_too(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "helferapp", "--db", str(db_path), "wiedervorlagen"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Keine offenen Wiedervorlagen" in result.stdout


def test_an_unknown_kind_names_the_codes_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.build_parser().parse_args(["duplicates", "--kind", "autos"])
    assert raised.value.code == 1
    assert "unbekannte Art „autos“ (möglich: group, organisation, person)" in (
        capsys.readouterr().err
    )


def test_every_hidden_name_is_an_alias_of_a_shown_command() -> None:
    parser = cli.build_parser()
    shown = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    assert set(shown.choices) < cli.command_names()
    assert {"wiedervorlagen", "dubletten", "auskunft", "loeschen"} == (
        cli.command_names() - set(shown.choices)
    )
