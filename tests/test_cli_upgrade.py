"""A command on a database of an older HelferApp: converted first, with progress on stderr."""

from __future__ import annotations

import re
from pathlib import Path

from tests.store.old_stamps_db import build_0003_database, revision_of
from tests.test_cli import assert_german_failure, run_cli


def test_a_command_on_an_older_database_shows_the_conversion_and_the_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "daten" / "helferapp.sqlite3"
    path.parent.mkdir()
    build_0003_database(path, many=12_000)

    result = run_cli("info", "--db", str(path))

    assert result.returncode == 0, result.stderr
    assert "Helferkreise:     12001" in result.stdout
    assert revision_of(path) == "0004"
    lines = result.stderr.splitlines()
    progress = [line for line in lines if line.startswith("Datenbank wird umgestellt: ")]
    assert progress[0] == "Datenbank wird umgestellt: 0 % (0 von 12.007 Einträgen)"
    assert progress[-1] == "Datenbank wird umgestellt: 100 % (12.007 von 12.007 Einträgen)"
    percents = [int(re.findall(r"(\d+) %", line)[0]) for line in progress]
    assert percents == sorted(percents) and 3 <= len(percents) <= 12
    backups = list((path.parent / "backups").glob("helferapp-*-vor-umstellung.sqlite3"))
    assert len(backups) == 1
    assert f"Sicherung der bisherigen Datenbank: {backups[0]}" in lines
    assert revision_of(backups[0]) == "0003"
    assert "Traceback" not in result.stderr

    again = run_cli("info", "--db", str(path))

    assert again.returncode == 0, again.stderr
    assert "umgestellt" not in again.stderr


def test_without_room_for_the_backup_the_command_stops_in_german(tmp_path: Path) -> None:
    path = tmp_path / "helferapp.sqlite3"
    build_0003_database(path)
    original = path.read_bytes()
    (tmp_path / "backups").write_text("eine Datei, wo der Ordner hin soll", encoding="utf-8")

    result = run_cli("info", "--db", str(path))

    assert_german_failure(result, "Sicherung", "Es wurde nichts verändert")
    assert path.read_bytes() == original
    assert revision_of(path) == "0003"
