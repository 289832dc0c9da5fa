"""Table import: messy files, guessing columns, per-cell errors, bad rows, Gemeinden, scale."""

from __future__ import annotations

from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import records
from helferapp.services.column_mapping import TARGETS, guess_mapping, target_for
from helferapp.services.entities import GROUPS, ORGANISATIONS, PERSONS
from helferapp.services.table_files import decode_text, detect_delimiter, read_table
from helferapp.services.table_import import (
    BadRows,
    ImportPlan,
    check_rows,
    import_table,
    require_mapping,
    summary_csv,
)
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync.merge_report import ImportCancelled

DATA = Path(__file__).resolve().parents[1] / "data"


def _group(uow: UnitOfWork, name: str = "HK Musterdorf") -> str:
    return records.create(uow, GROUPS, HelperGroupData(name=name)).id


def test_messy_excel_headers_and_values() -> None:
    table = read_table(DATA / "personen_messy.xlsx")
    assert table.headers[:4] == ["Name", "Vorname", "Telefon", "E-Mail"]
    assert table.row_numbers == [5, 6, 8, 9, 10]  # title, header lines and empty line gone
    mapping = guess_mapping(TARGETS["person"], table.headers)
    assert mapping == {0: "last_name", 1: "first_name", 2: "phone", 3: "email", 6: "notes"}


def test_preview_shows_errors_per_cell(uow: UnitOfWork) -> None:
    _group(uow)
    table = read_table(DATA / "personen_messy.xlsx")
    plan = ImportPlan(
        "person", guess_mapping(TARGETS["person"], table.headers), {"group": "HK Musterdorf"}
    )
    preview = check_rows(uow, table, plan)
    first = preview.rows[0]
    assert not first.errors
    assert first.data.name == "Hans Müller"
    assert first.data.phone == "+49 8141 123456"  # the number lost its 0 in Excel
    bad = preview.rows[3]
    assert {(error.column, error.field) for error in bad.errors} == {(2, "phone"), (3, "email")}
    assert preview.bad == 1


def test_bad_rows_skipped_or_noted(database: Database, uow: UnitOfWork) -> None:
    _group(uow)
    table = read_table(DATA / "personen_messy.xlsx")
    mapping = guess_mapping(TARGETS["person"], table.headers)
    skip = import_table(
        database, table, ImportPlan("person", mapping, {"group": "HK Musterdorf"}), backup=False
    )
    assert skip.imported == 4
    assert [outcome.row_number for outcome in skip.skipped] == [9]
    assert "Spalte „Telefon“" in skip.skipped[0].reasons[0]
    assert '"9";"übersprungen";"Karl Kaputt";' in summary_csv(skip)
    note = import_table(
        database,
        table,
        ImportPlan("person", mapping, {"group": "HK Musterdorf"}, bad_rows=BadRows.NOTE),
        backup=False,
    )
    assert note.imported == 5 and note.count("mit Hinweis") == 1
    karl = next(p for p in records.list_records(uow, PERSONS) if p.data.name == "Karl Kaputt")
    assert "Zeile 9" in karl.data.notes and karl.data.phone == ""


def test_imported_persons_have_no_consent(database: Database, uow: UnitOfWork) -> None:
    _group(uow)
    table = read_table(DATA / "personen_messy.xlsx")
    import_table(
        database,
        table,
        ImportPlan(
            "person", guess_mapping(TARGETS["person"], table.headers), {"group": "HK Musterdorf"}
        ),
        backup=False,
    )
    assert all(
        not person.data.consent_scopes and person.data.consent_given_on is None
        for person in records.list_records(uow, PERSONS)
    )


def test_windows_csv_with_semicolons(database: Database, uow: UnitOfWork) -> None:
    table = read_table(DATA / "stellen_win1252.csv")
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    mapping = guess_mapping(TARGETS["organisation"], table.headers)
    summary = import_table(database, table, ImportPlan("organisation", mapping), backup=False)
    assert summary.imported == 3
    names = {o.data.name: o.data for o in records.list_records(uow, ORGANISATIONS)}
    assert names["Jobcenter Fürstenfeldbruck"].notes == "Frau Weiß – „Übergänge“"
    assert names["Caritas Migrationsberatung"].region_ags == "09179142"  # Olching, from "Ort"


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter"),
    [
        (b"Name,Ort\nA,B\n", "UTF-8", ","),
        ("\ufeffName\tOrt\nÄ\tB\n".encode(), "UTF-8", "\t"),
        ("Name;Straße\nÄ;ß\n".encode("cp1252"), "Windows-1252", ";"),
    ],
)
def test_encoding_and_delimiter(data: bytes, encoding: str, delimiter: str) -> None:
    text, found = decode_text(data)
    assert found == encoding and not text.startswith("\ufeff")
    assert detect_delimiter(text) == delimiter


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_gemeinde_names_ambiguous_asked_and_resolved(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "Helferkreis;Gemeinde;Landkreis\nHK A;Neustadt an der Waldnaab;\nHK B;Hausen;\n"
        "HK C;Hausen;Miltenberg\nHK D;Hausen (Lkr. Rhön-Grabfeld);\nHK E;Nirgendwo;\n",
    )
    table = read_table(path)
    mapping = guess_mapping(TARGETS["group"], table.headers)
    assert mapping == {0: "name", 1: "gemeinden", 2: "district"}
    preview = check_rows(uow, table, ImportPlan("group", mapping), limit=2)
    assert list(preview.ambiguous) == ["Hausen"] and len(preview.ambiguous["Hausen"]) == 4
    chosen = preview.ambiguous["Hausen"][0][0]
    plan = ImportPlan("group", mapping, gemeinde_choices={"Hausen": chosen})
    summary = import_table(database, table, plan, backup=False)
    assert summary.imported == 4 and "Nirgendwo" in summary.skipped[0].reasons[0]
    groups = {g.data.name: g.data.region_ags for g in records.list_records(uow, GROUPS)}
    assert groups["HK A"] == ("09374139",)
    assert groups["HK B"] == (chosen,)
    assert groups["HK C"][0].startswith("09676") and groups["HK D"][0].startswith("09673")


def test_missing_reference_is_a_row_error(uow: UnitOfWork, tmp_path: Path) -> None:
    table = read_table(_csv(tmp_path, "Name;Helferkreis\nAnna;Gibtsnicht\n"))
    preview = check_rows(uow, table, ImportPlan("person", {0: "name", 1: "group"}))
    assert "gibt es hier noch nicht" in preview.rows[0].errors[0].message


def test_plan_needs_a_name_column() -> None:
    with pytest.raises(UserError, match="Name"):
        require_mapping(ImportPlan("group", {0: "phone"}))
    assert target_for("Personen").code == "person" and target_for("stellen").code == "organisation"


def test_unreadable_files(tmp_path: Path) -> None:
    old = tmp_path / "alt.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(UserError, match="xlsx"):
        read_table(old)
    with pytest.raises(UserError, match="gibt es nicht"):
        read_table(tmp_path / "fehlt.csv")


def test_five_thousand_rows_and_cancel(database: Database, uow: UnitOfWork, tmp_path: Path) -> None:
    _group(uow)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Liste")
    sheet.append(["Vorname", "Nachname", "Handy", "Mail", "Helferkreis"])
    for number in range(5000):
        phone = 15110000000 + number if number != 17 else "kaputt"
        sheet.append(
            [f"Vor{number}", f"Nach{number}", phone, f"p{number}@example.org", "HK Musterdorf"]
        )
    path = tmp_path / "gross.xlsx"
    workbook.save(path)
    table = read_table(path)
    plan = ImportPlan("person", guess_mapping(TARGETS["person"], table.headers))
    with pytest.raises(ImportCancelled):
        import_table(database, table, plan, cancelled=lambda: True, backup=False)
    assert records.list_records(uow, PERSONS) == []
    seen: list[int] = []
    summary = import_table(database, table, plan, progress=lambda done, total: seen.append(done))
    assert summary.imported == 4999 and summary.skipped[0].row_number == 19
    assert summary.backup is not None and seen[-1] == 5000
    assert len(records.list_records(uow, PERSONS)) == 4999


def test_cell_values_undo_what_excel_did() -> None:
    from datetime import date, datetime, time

    from helferapp.domain.enums import FieldOfAction, Weekday
    from helferapp.services import cell_values as cv

    assert cv.day(45323) == date(2024, 2, 1)
    assert (
        cv.day("01.02.2024") == cv.day("1.2.24") == cv.day(datetime(2024, 2, 1)) == date(2024, 2, 1)
    )
    assert cv.clock_time(0.75) == time(18, 0) and cv.clock_time("18.30 Uhr") == time(18, 30)
    assert cv.phone(8141123456) == "08141123456" and cv.phone(498141123456) == "+498141123456"
    assert cv.yes_no("x") and not cv.yes_no("nein")
    assert cv.vocabulary("Di", Weekday) is Weekday.TUESDAY
    assert cv.vocabulary_list("Sprache, Übergang Schule–Beruf", FieldOfAction) == (
        FieldOfAction.LANGUAGE,
        FieldOfAction.SCHOOL_TO_WORK,
    )
    for bad, reader in (
        ("32.13.2024", cv.day),
        ("25:00", cv.clock_time),
        ("vielleicht", cv.yes_no),
    ):
        with pytest.raises(ValueError):
            reader(bad)


def test_gemeinde_spellings(uow: UnitOfWork) -> None:
    from helferapp.services.gemeinde_match import GemeindeMatcher
    from helferapp.services.regions import list_regions

    matcher = GemeindeMatcher(list_regions(uow), districts=True)
    assert matcher.match("Neustadt an der Waldnaab").ags == "09374139"
    assert matcher.match("Stadt Olching").ags == matcher.match("olching").ags == "09179142"
    assert matcher.match("Landkreis Augsburg").ags == "09772"
    assert matcher.match("Augsburg").ags == "09761000"
    assert matcher.match("Hausen").ambiguous
    assert matcher.match("Hausen", "Lkr. Miltenberg").ags == "09676128"
    assert matcher.match("Nirgendwo").candidates == ()
