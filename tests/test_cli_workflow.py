"""The command line without and with an own group, backup copies elsewhere, demo files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from helferapp.domain.records import HelperGroupData
from helferapp.services import exchange, own_groups, records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from tests.test_cli import run_cli


def test_info_names_the_own_group_and_works_without_one(db_path: Path) -> None:
    result = run_cli("info", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert "Eigene Gruppe(n): keine (nichts wird gefiltert)" in result.stdout
    database = open_database(db_path)
    own_groups.create_own_group(UnitOfWork(database), HelperGroupData(name="HK Olching"))
    database.dispose()
    result = run_cli("info", "--db", str(db_path))
    assert "Eigene Gruppe(n): HK Olching" in result.stdout


def test_backup_to_a_folder_with_password_and_restore_it(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path)
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK Stick"))
    database.dispose()
    stick = tmp_path / "stick"
    stick.mkdir()
    password = tmp_path / "pw.txt"
    password.write_text("geheim\n", encoding="utf-8")
    result = run_cli(
        "backup", "--db", str(db_path), "--to", str(stick), "--password-file", str(password)
    )
    assert result.returncode == 0, result.stderr
    [copy] = stick.iterdir()
    assert copy.name.endswith(".helferapp-sicherung")

    fresh = tmp_path / "neu.sqlite3"
    refused = run_cli("restore", "--db", str(fresh), str(copy))
    assert refused.returncode == 1 and "Passwort" in refused.stderr
    assert "Traceback" not in refused.stderr
    result = run_cli("restore", "--db", str(fresh), str(copy), "--password-file", str(password))
    assert result.returncode == 0, result.stderr
    database = open_database(fresh)
    assert [g.data.name for g in records.list_records(UnitOfWork(database), GROUPS)] == ["HK Stick"]
    database.dispose()


def test_backup_to_a_missing_folder_says_so_in_german(db_path: Path, tmp_path: Path) -> None:
    result = run_cli("backup", "--db", str(db_path), "--to", str(tmp_path / "fehlt"))
    assert result.returncode == 1
    assert "gibt es nicht" in result.stderr and "Traceback" not in result.stderr


def test_import_of_a_demo_file_needs_allow_demo(
    db_path: Path, tmp_path: Path, template_db_path: Path
) -> None:
    demo_path = tmp_path / "demo.sqlite3"
    demo_path.write_bytes(template_db_path.read_bytes())
    demo = open_database(demo_path)
    records.create(UnitOfWork(demo), GROUPS, HelperGroupData(name="Beispiel-HK"))
    demo.dispose()
    with closing(sqlite3.connect(demo_path)) as connection:
        connection.execute("INSERT INTO meta (key, value) VALUES ('demo', '1')")
        connection.commit()
    demo = open_database(demo_path)
    file = tmp_path / "demo.helferapp"
    exchange.export_file(demo, file)
    demo.dispose()
    refused = run_cli("import", "--db", str(db_path), str(file))
    assert refused.returncode == 1 and "Beispieldaten" in refused.stderr
    accepted = run_cli("import", "--db", str(db_path), str(file), "--allow-demo")
    assert accepted.returncode == 0, accepted.stderr
