"""The command line as a user runs it: a subprocess, German messages, exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.records import ContactData, HelperGroupData, ProgrammeData
from helferapp.services import records
from helferapp.services.entities import CONTACTS, GROUPS, PROGRAMMES
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import migrations
from helferapp.store.database import open_database


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "HELFERAPP_DB"}
    environment.update(env or {})
    # UTF-8 on both sides: the commands' logic, not the console's code page, is under test
    # here (Windows pipes are cp1252: tests/packaging/test_windows_console.py).
    environment["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "helferapp.cli", *args],
        capture_output=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )


def assert_german_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "daten" / "helferapp.sqlite3"


def seed(db_path: Path, names: Sequence[str] = ("Helferkreis Müllerstraße",)) -> None:
    uow = UnitOfWork(open_database(db_path))
    for name in names:
        group = records.create(uow, GROUPS, HelperGroupData(name=name, region_ags=("09162000",)))
        records.create(
            uow,
            PROGRAMMES,
            ProgrammeData(title="Sprachcafé", group_id=group.id, fields=(FieldOfAction.LANGUAGE,)),
        )
        records.create(
            uow,
            CONTACTS,
            ContactData(
                contact_date=date.today() - timedelta(days=10),
                group_id=group.id,
                subject="Raum für Deutschkurs",
                follow_up_on=date.today() - timedelta(days=1),
            ),
        )


def test_info_creates_the_database_and_shows_schema_and_counts(db_path: Path) -> None:
    result = run_cli("info", "--db", str(db_path))

    assert result.returncode == 0, result.stderr
    assert db_path.exists()
    newest = migrations.head_revision()
    assert f"Schema-Version:   {newest} (neueste: {newest})" in result.stdout
    assert "Gebiete:          2160" in result.stdout
    assert "Helferkreise:     0" in result.stdout


def test_info_uses_the_environment_variable_when_no_db_is_given(db_path: Path) -> None:
    result = run_cli("info", env={"HELFERAPP_DB": str(db_path)})

    assert result.returncode == 0, result.stderr
    assert str(db_path) in result.stdout


def test_info_counts_records_and_the_papierkorb(db_path: Path) -> None:
    seed(db_path, ["Helferkreis A", "Helferkreis B"])
    uow = UnitOfWork(open_database(db_path))
    victim = records.list_records(uow, GROUPS)[0]
    records.delete(uow, GROUPS, victim.id)

    result = run_cli("info", "--db", str(db_path))

    assert "Helferkreise:     1 (+1 im Papierkorb)" in result.stdout
    assert "Angebote:         2" in result.stdout


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "einkaufsliste.sqlite3"
    path.write_text("Milch, Brot, Käse\n", encoding="utf-8")

    result = run_cli("info", "--db", str(path))

    assert_german_failure(result, "keine HelferApp-Datenbank")
    assert path.read_text(encoding="utf-8") == "Milch, Brot, Käse\n"


def test_a_database_of_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(db_path).dispose()
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()

    result = run_cli("info", "--db", str(db_path))

    assert_german_failure(result, "neueren Version von HelferApp", "aktualisieren")
    assert db_path.read_bytes() == before


def test_unknown_commands_and_bad_options_get_a_german_message_and_exit_1(db_path: Path) -> None:
    assert_german_failure(run_cli("frobnicate"), "ungültige Auswahl", "--help")
    assert_german_failure(run_cli("search", "--db", str(db_path)), "fehlen")
    assert_german_failure(run_cli("follow-ups", "--days", "viele"), "ungültiger Wert")


def test_search_folds_umlauts(db_path: Path) -> None:
    seed(db_path)

    for query in ("muller", "mueller", "MÜLLER", "strasse"):
        result = run_cli("search", query, "--db", str(db_path))
        assert result.returncode == 0, result.stderr
        assert "Helferkreis Müllerstraße" in result.stdout, query

    nothing = run_cli("search", "zzz", "--db", str(db_path))
    assert "Nichts gefunden" in nothing.stdout


def test_follow_ups_lists_overdue_follow_ups(db_path: Path) -> None:
    seed(db_path)

    result = run_cli("follow-ups", "--db", str(db_path))

    assert result.returncode == 0, result.stderr
    assert "ÜBERFÄLLIG Raum für Deutschkurs" in result.stdout
    assert "Helferkreis Müllerstraße" in result.stdout


def test_backup_then_restore_brings_back_the_old_state(db_path: Path) -> None:
    seed(db_path, ["Helferkreis Vorher"])
    backup = run_cli("backup", "--db", str(db_path))
    assert backup.returncode == 0, backup.stderr
    seed(db_path, ["Helferkreis Nachher"])

    listing = run_cli("restore", "--db", str(db_path))
    assert " 1  " in listing.stdout and "manuell" in listing.stdout

    restored = run_cli("restore", "1", "--db", str(db_path))
    assert restored.returncode == 0, restored.stderr
    assert "vorherige Stand wurde gesichert" in restored.stdout

    names = [
        group.data.name
        for group in records.list_records(UnitOfWork(open_database(db_path)), GROUPS)
    ]
    assert names == ["Helferkreis Vorher"]


def test_restoring_a_missing_number_or_a_foreign_file_changes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    seed(db_path)
    run_cli("backup", "--db", str(db_path))
    foreign = tmp_path / "fremd.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection, connection:
        connection.execute("CREATE TABLE notizen (text)")

    assert_german_failure(run_cli("restore", "7", "--db", str(db_path)), "keine Sicherung Nr. 7")
    assert_german_failure(
        run_cli("restore", str(foreign), "--db", str(db_path)), "keine HelferApp-Sicherung"
    )
    groups = records.list_records(UnitOfWork(open_database(db_path)), GROUPS)
    assert [group.data.name for group in groups] == ["Helferkreis Müllerstraße"]


def test_the_cli_never_imports_qt(db_path: Path) -> None:
    code = (
        "import sys; from helferapp import cli; "
        f"cli.main(['info', '--db', {str(db_path)!r}]); "
        "print('QT' if any(name.startswith('PySide6') for name in sys.modules) else 'NOQT')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.stdout.strip().endswith("NOQT"), result.stdout + result.stderr


def test_the_helferapp_launcher_runs_subcommands_without_the_gui(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "helferapp", "--db", str(db_path), "info"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Schema-Version" in result.stdout


def test_a_file_error_in_the_cli_carries_no_english_system_text(tmp_path: Path) -> None:
    missing = tmp_path / "gibt-es-nicht" / "passwort.txt"
    result = run_cli(
        "export", "--db", str(tmp_path / "db.sqlite3"), str(tmp_path / "x.helferapp"),
        "--password-file", str(missing),
    )  # fmt: skip
    assert_german_failure(
        result,
        f"Die Passwort-Datei „{missing}“ lässt sich nicht lesen.",
        f"Den Ordner „{missing.parent}“ gibt es nicht (mehr).",
    )
    assert "No such file" not in result.stderr
