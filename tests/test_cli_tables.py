"""helferapp-cli import-table, duplicates, disclosure, erase: as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helferapp.domain.records import HelperGroupData, PersonData
from helferapp.services import records
from helferapp.services.entities import GROUPS, PERSONS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database

DATA = Path(__file__).resolve().parent / "data"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "HELFERAPP_DB"}
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


def test_import_table_with_mapping_file(database: Database, db_path: Path, tmp_path: Path) -> None:
    uow = UnitOfWork(database)
    records.create(uow, GROUPS, HelperGroupData(name="HK Musterdorf"))
    mapping = tmp_path / "zuordnung.json"
    mapping.write_text(
        json.dumps(
            {
                "columns": {
                    "Name": "last_name",
                    "Vorname": "first_name",
                    "Telefon": "phone",
                    "D": "E-Mail",
                },
                "defaults": {"group": "HK Musterdorf"},
                "bad_rows": "note",
            }
        ),
        encoding="utf-8",
    )
    summary = tmp_path / "ergebnis.csv"
    result = run_cli(
        "import-table", str(DATA / "personen_messy.xlsx"), "--target", "personen",
        "--mapping", str(mapping), "--summary", str(summary), "--db", str(db_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Importiert: 5 (davon 1 mit Hinweis)" in result.stdout
    assert "keine Einwilligung" in result.stdout
    data = summary.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert '"Zeile";"Ergebnis";"Name";"Gründe"' in data.decode("utf-8-sig")
    assert len(records.list_records(uow, PERSONS)) == 5


def test_import_table_guesses_and_dry_run(db_path: Path, database: Database) -> None:
    result = run_cli(
        "import-table", str(DATA / "stellen_win1252.csv"), "--target", "stellen", "--dry-run",
        "--db", str(db_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Spalte „Einrichtung“ → Name" in result.stdout
    assert "Vorschau: 3 in Ordnung, 0 mit Fehlern." in result.stdout


def test_import_table_errors_in_german(db_path: Path, database: Database, tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.json"
    bad.write_text("{nicht json", encoding="utf-8")
    for args, needle in (
        (("--target", "autos"), "Unbekanntes Ziel"),
        (("--target", "personen", "--mapping", str(bad)), "kein gültiges JSON"),
    ):
        result = run_cli(
            "import-table", str(DATA / "stellen_win1252.csv"), *args, "--db", str(db_path)
        )
        assert (
            result.returncode == 1 and needle in result.stderr and "Traceback" not in result.stderr
        )


def test_duplicates_disclosure_and_erase(database: Database, db_path: Path, tmp_path: Path) -> None:
    uow = UnitOfWork(database)
    group = records.create(uow, GROUPS, HelperGroupData(name="HK Olching")).id
    for name in ("Müller, Hans", "Hans Mueller"):
        records.create(uow, PERSONS, PersonData(name=name, group_id=group, phone="08141 123456"))
    listed = run_cli("duplicates", "--db", str(db_path))
    assert listed.returncode == 0 and "gleiche Telefonnummer" in listed.stdout
    out = tmp_path / "auskunft.json"
    shown = run_cli("disclosure", "Hans Mueller", "--json", str(out), "--db", str(db_path))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "Hans Mueller"
    refused = run_cli("erase", "Hans Mueller", "--db", str(db_path))
    assert refused.returncode == 1 and "--yes" in refused.stderr
    erased = run_cli("erase", "Hans Mueller", "--yes", "--db", str(db_path))
    assert erased.returncode == 0 and "Gelöscht: 1" in erased.stdout
