"""LibreOffice reads every CSV and XLSX the app writes with the cells the app meant.

``soffice --headless --convert-to csv`` opens each file as a user's LibreOffice would and
writes what it read back out as CSV; every cell must be what the app wrote: no formula
evaluated, no Umlaut garbled, no leading zero of an AGS lost, dates as TT.MM.JJJJ.

CSV files carry no types, so for them LibreOffice is given the one import option the
README tells users to tick, „Felder in Hochkommas als Text“ (quoted field as text); the
XLSX files open with LibreOffice's defaults. Needs LibreOffice (Debian:
``libreoffice-calc-nogui``), which CI installs; skipped where it is missing.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helferapp.domain.records import HelperGroupData
from helferapp.reports.csv_dialect import cell_text
from helferapp.services import entities, records
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from tests.services.report_fixtures import build_world
from tests.test_cli import run_cli

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) ist nicht installiert: apt-get install libreoffice-calc-nogui",
)
TABLES = ("group", "programme", "organisation", "person", "contact", "region_status")
# Field separator ;, text delimiter ", UTF-8, from line 1, no column types, no language,
# quoted field as text; the same tokens (plus "quote all text cells") for the output.
CSV_IN = "CSV:59,34,76,1,,0,true"
CSV_OUT = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,true,true"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dateien")
    db = folder / "daten.sqlite3"
    database = open_database(db)
    uow = UnitOfWork(database)
    world = build_world(uow)
    for name in ('=HYPERLINK("http://x","y")', "+1 Plus", "Übergang Schule–Beruf 😀"):
        records.create(uow, entities.GROUPS, HelperGroupData(name=name))
    database.dispose()
    assert world.group_id
    for table in TABLES:
        for kind in ("csv", "xlsx"):
            result = run_cli(
                "export-table", table, "--intern", "--format", kind,
                "-o", str(folder / f"{table}.{kind}"), "--db", str(db),
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
    coverage = subprocess.run(
        [*_cli(), "coverage", "--format", "csv", "--db", str(db)], capture_output=True, check=True
    )
    (folder / "versorgung.csv").write_bytes(coverage.stdout)
    summary = folder / "ergebnis.csv"
    result = run_cli(
        "import-table", str(folder / "group.csv"), "--target", "helferkreise",
        "--summary", str(summary), "--db", str(folder / "ziel.sqlite3"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder


def _cli() -> list[str]:
    return [sys.executable, "-m", "helferapp.cli"]


def _convert(paths: list[Path], infilter: str | None, out: Path) -> None:
    command = [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{out}/profil"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", CSV_OUT, "--outdir", str(out), *map(str, paths)]
    subprocess.run(command, capture_output=True, timeout=300, check=True)


def _rows(data: str) -> list[list[str]]:
    return [row for row in csv.reader(io.StringIO(data, newline=""), delimiter=";") if row]


def test_libreoffice_reads_every_csv_as_written(files: Path, tmp_path: Path) -> None:
    written = sorted(files.glob("*.csv"))
    assert {path.stem for path in written} >= {*TABLES, "versorgung", "ergebnis"}
    _convert(written, CSV_IN, tmp_path)
    for path in written:
        ours = _rows(path.read_text("utf-8-sig"))
        theirs = _rows((tmp_path / path.name).read_text("utf-8"))
        assert theirs == ours, path.name
    coverage = _rows((tmp_path / "versorgung.csv").read_text("utf-8"))
    assert coverage[0][0] == "AGS" and any(row[0] == "09771" for row in coverage)
    groups = _rows((tmp_path / "group.csv").read_text("utf-8"))
    assert [row[0] for row in groups if row[0].endswith("1 Plus")] == ["'+1 Plus"]


def test_libreoffice_reads_every_xlsx_as_written(files: Path, tmp_path: Path) -> None:
    written = sorted(files.glob("*.xlsx"))
    assert {path.stem for path in written} == set(TABLES)
    _convert(written, None, tmp_path)
    for path in written:
        sheet = load_workbook(path).active
        ours = [[_shown(cell.value) for cell in row] for row in sheet.iter_rows()]
        theirs = _rows((tmp_path / f"{path.stem}.csv").read_text("utf-8"))
        width = max(len(row) for row in ours)
        assert [row + [""] * (width - len(row)) for row in theirs] == ours, path.name
    groups = _rows((tmp_path / "group.csv").read_text("utf-8"))
    names = [row[0] for row in groups]
    assert '=HYPERLINK("http://x","y")' in names and "+1 Plus" in names  # text, not formulas


def _shown(value: object) -> str:
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return cell_text(value.date())
    if isinstance(value, date | datetime | int | float | bool):
        return cell_text(value)
    return "" if value is None else str(value)
