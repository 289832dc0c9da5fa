"""``helferapp-cli coverage``: table, CSV and JSON, for Bavaria or one Regierungsbezirk."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helferapp.domain.enums import ConceptStatus, FieldOfAction, KIStatus, OrganisationKind
from helferapp.domain.records import (
    HelperGroupData,
    OrganisationData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import records
from helferapp.services.entities import GROUPS, ORGANISATIONS, PROGRAMMES, REGION_STATUSES
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from tests.test_cli import assert_german_failure, run_cli


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "daten" / "helferapp.sqlite3"
    database = open_database(path)
    uow = UnitOfWork(database)
    group = records.create(
        uow, GROUPS, HelperGroupData(name="HK Augsburg", region_ags=("09761000",))
    )
    records.create(
        uow,
        PROGRAMMES,
        ProgrammeData(
            title="Lernhilfe",
            group_id=group.id,
            region_ags="09761000",
            fields=(FieldOfAction.SCHOOL,),
        ),
    )
    records.create(
        uow,
        REGION_STATUSES,
        RegionStatusData(
            ags="09761", concept_status=ConceptStatus.ADOPTED, ki_status=KIStatus.ACTIVE
        ),
    )
    database.dispose()
    return path


def test_table_for_one_bezirk(db_path: Path) -> None:
    result = run_cli("coverage", "--db", str(db_path), "--district-region", "097")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["AGS", "Kreis", "Konzept"]
    augsburg = next(line for line in lines if line.startswith("09761"))
    assert "Augsburg (kreisfreie Stadt)" in augsburg and "beschlossen" in augsburg
    assert "kein Angebot Elementarbereich" in augsburg
    assert any(line.startswith("09772  Augsburg (Landkreis)") for line in lines)
    assert len([line for line in lines if line[:3] == "097"]) == 14
    assert "Schwaben: 14 Kreise" in result.stdout


def test_csv_for_a_german_spreadsheet(db_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "helferapp.cli",
            "coverage",
            "--db",
            str(db_path),
            "--format",
            "csv",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # The same dialect as export-table: BOM, semicolons, CRLF, the AGS quoted as text.
    assert result.stdout.startswith(b"\xef\xbb\xbf")
    assert result.stdout.count(b"\r\n") == 97 and b"\n" not in result.stdout.replace(b"\r\n", b"")
    assert b'"09761";' in result.stdout
    text = result.stdout.decode("utf-8-sig")
    assert "Übergang Schule–Beruf" in text
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) == 96
    augsburg = next(row for row in rows if row["AGS"] == "09761")
    assert augsburg["Art"] == "kreisfreie Stadt"
    assert augsburg["Angebote Schule"] == "1"
    assert augsburg["Angebote je 10.000 Einwohner"] == "0,03"
    assert augsburg["Integrationskonzept"] == "beschlossen"


def test_json_with_codes_and_only_gaps(db_path: Path) -> None:
    result = run_cli("coverage", "--db", str(db_path), "--format", "json", "--gaps-only")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["area"]["name"] == "Bayern"
    assert document["area"]["programmes"] == 1
    assert document["area"]["concept"]["beschlossen"] == 1
    assert document["area"]["concept"]["nicht_erfasst"] == 95
    kreise = {kreis["ags"]: kreis for kreis in document["kreise"]}
    assert len(kreise) == 96  # every Kreis lacks something
    assert kreise["09761"]["gaps"] == [
        "kein_angebot_elementarbereich",
        "kein_angebot_uebergang",
        "kein_ki_kontakt",
    ]
    assert kreise["09761"]["by_area"]["schule"] == 1
    assert kreise["09761"]["ki"] == "aktiv"


def test_unknown_bezirk_is_a_german_error(db_path: Path) -> None:
    result = run_cli("coverage", "--db", str(db_path), "--district-region", "099")
    assert_german_failure(result, "Unbekannter Regierungsbezirk „099“", "097 Schwaben")


def test_coverage_is_listed_in_the_help() -> None:
    result = run_cli("--help")
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stdout.splitlines() if line.split()[:1] == ["coverage"]]


def test_pdf_report_for_one_bezirk(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "bericht.pdf"
    result = run_cli(
        "coverage", "--db", str(db_path), "--district-region", "097", "--format", "csv", "--pdf",
        str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Versorgungsbericht geschrieben" in result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_json_reports_a_ki_known_from_a_stelle_never_keins(tmp_path: Path) -> None:
    path = tmp_path / "ki.sqlite3"
    database = open_database(path)
    records.create(
        UnitOfWork(database),
        ORGANISATIONS,
        OrganisationData(
            name="Kommunales Integrationszentrum Landkreis Augsburg",
            kind=OrganisationKind.KI,
            region_ags="09772125",
        ),
    )
    database.dispose()
    result = run_cli("coverage", "--db", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    kreise = {kreis["ags"]: kreis for kreis in document["kreise"]}
    augsburg = kreise["09772"]
    assert augsburg["ki"] is None  # no status recorded: not "keins"
    assert augsburg["has_ki"] is True
    assert augsburg["ki_source"] == "stelle"
    assert augsburg["ki_stellen"] == ["Kommunales Integrationszentrum Landkreis Augsburg"]
    assert "kein_ki" not in augsburg["gaps"]
    others = [kreis for ags, kreis in kreise.items() if ags != "09772"]
    assert {(k["ki"], k["ki_source"], k["has_ki"]) for k in others} == {(None, None, False)}
    assert document["area"]["ki"]["keins"] == 0
    assert document["area"]["ki_from_stelle"] == 1
    table = run_cli("coverage", "--db", str(path), "--district-region", "097")
    line = next(row for row in table.stdout.splitlines() if row.startswith("09772"))
    assert "bekannt (Stelle)" in line
