"""``helferapp-cli report | export-table | vcard | ics`` as a user runs them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from tests.services.report_fixtures import LANDKREIS_DACHAU, MARKUP, SECRET, build_world
from tests.test_cli import assert_german_failure, run_cli

pypdf = pytest.importorskip("pypdf")
vobject = pytest.importorskip("vobject")
icalendar = pytest.importorskip("icalendar")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "daten.sqlite3"
    database = open_database(path)
    build_world(UnitOfWork(database))
    database.dispose()
    return path


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_kontaktblatt_for_a_landkreis(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "blatt"
    result = run_cli(
        "report", "kontaktblatt", "--district", LANDKREIS_DACHAU, "-o", str(out), "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    assert "Kontaktblatt gespeichert" in result.stdout
    text = _pdf_text(tmp_path / "blatt.pdf")
    assert MARKUP in text and "Jürgen Weiß" in text and SECRET not in text


def test_report_profile_by_group_name_and_contact_log_by_stelle(db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "report", "profil", "--group", MARKUP, "-o", str(tmp_path / "p.pdf"), "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    result = run_cli(
        "report",
        "kontaktprotokoll",
        "--organisation",
        "KI Dachau",
        "--from",
        "1.1.2000",
        "-o",
        str(tmp_path / "k.pdf"),
        "--db",
        str(db),
    )
    assert result.returncode == 0, result.stderr
    assert "ab 01.01.2000" in _pdf_text(tmp_path / "k.pdf")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["report", "nix", "-o", "x.pdf"], "Unbekannter Bericht"),
        (["report", "profil", "-o", "x.pdf"], "braucht einen Helferkreis"),
        (
            ["report", "angebote", "--municipality", LANDKREIS_DACHAU, "-o", "x.pdf"],
            "keine Gemeinde",
        ),
        (["report", "angebote", "--municipality", "1", "--district", "2", "-o", "x"], "nur eines"),
        (["report", "profil", "--group", "Gibtsnicht", "-o", "x.pdf"], "nicht gefunden"),
        (
            [
                "report",
                "kontaktprotokoll",
                "--organisation",
                "KI",
                "--from",
                "32.1.2026",
                "-o",
                "x",
            ],
            "Datum",
        ),
        (["export-table", "programme", "-o", "/nirgends/da/x.csv"], "Ordner"),
        (["report", "angebote"], "diese Angaben fehlen"),
    ],
)
def test_user_errors_are_german_with_exit_1(db: Path, args: list[str], needle: str) -> None:
    assert_german_failure(run_cli(*args, "--db", str(db)), needle)


def test_export_table_xlsx_and_csv(db: Path, tmp_path: Path) -> None:
    result = run_cli(
        "export-table", "programme", "--format", "xlsx", "-o", str(tmp_path / "a"), "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(tmp_path / "a.xlsx").active
    titles = [cell.value for cell in sheet[1]]
    assert titles[:2] == ["Titel", "Wer bietet es an"]
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == {
        "Sprachcafé Dachau",
        "Hausaufgabenhilfe München",
    }
    result = run_cli(
        "export-table",
        "person",
        "--format",
        "csv",
        "--filter",
        "celik",
        "-o",
        str(tmp_path / "p.csv"),
        "--db",
        str(db),
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "p.csv").read_bytes().decode("utf-8-sig")
    assert "Ayşe Çelik" in text and SECRET not in text


def test_export_table_takes_the_format_from_the_file_name_when_none_is_given(
    db: Path, tmp_path: Path
) -> None:
    for name, written, starts in (
        ("liste.csv", "liste.csv", b"\xef\xbb\xbf"),  # UTF-8 BOM: a CSV
        ("liste.XLSX", "liste.XLSX", b"PK"),
        ("liste", "liste.xlsx", b"PK"),
    ):
        result = run_cli("export-table", "programme", "-o", str(tmp_path / name), "--db", str(db))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / written).read_bytes().startswith(starts), name
    assert not (tmp_path / "liste.csv.xlsx").exists()


def test_vcard_and_ics(db: Path, tmp_path: Path) -> None:
    result = run_cli("vcard", "-o", str(tmp_path / "leute"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "4 Personen fehlen in der vCard-Datei" in result.stdout
    cards = list(vobject.readComponents((tmp_path / "leute.vcf").read_text("utf-8")))
    assert {card.fn.value for card in cards} == {"Ayşe Çelik", "Klara KI"}
    result = run_cli("ics", "-o", str(tmp_path / "wv.ics"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical((tmp_path / "wv.ics").read_bytes())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [
        "Wiedervorlage: Sprachkurse planen"
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--intern"],
            "3 Personen fehlen in der Tabelle: Sie haben weder in die interne Nutzung noch in "
            "die Weitergabe eingewilligt (oder die Einwilligung widerrufen).",
        ),
        (
            [],
            "4 Personen fehlen in der Tabelle: Sie haben nicht in die Weitergabe an andere "
            "eingewilligt (oder die Einwilligung widerrufen).",
        ),
    ],
)
def test_export_table_says_who_is_missing_and_why(
    db: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    out = tmp_path / "p.csv"
    result = run_cli(
        "export-table", "person", *args, "--format", "csv", "-o", str(out), "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert "Weitergabe wurden weggelassen" not in result.stdout


def test_left_out_note_singular() -> None:
    from helferapp.services.file_exports import left_out_note

    assert left_out_note(0, True) == ""
    assert left_out_note(1, False, "vCard-Datei") == (
        "1 Person fehlt in der vCard-Datei: Sie hat nicht in die Weitergabe an andere "
        "eingewilligt (oder die Einwilligung widerrufen)."
    )


def test_report_aushang_in_german_and_arabic(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "aushang.pdf"
    result = run_cli(
        "report", "aushang", "--district", LANDKREIS_DACHAU, "--language", "ar",
        "-o", str(out), "--db", str(db),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "Sprachcafé Dachau" in text  # typed text stays as typed
    assert "Arabisch-Übersetzung ist noch nicht von Muttersprachlern geprüft" in text
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    result = run_cli(
        "report", "angebote", "--landkreis", LANDKREIS_DACHAU, "--language", "ti",
        "-o", str(tmp_path / "a.pdf"), "--db", str(db),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["aushang", "--language", "xx"], "Die Sprache „xx“ gibt es für Aushänge nicht"),
        (["kontaktblatt", "--language", "ar"], "gibt es nur auf Deutsch"),
    ],
)
def test_report_language_refused_in_german(
    db: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    result = run_cli(
        "report", *args, "--landkreis", LANDKREIS_DACHAU, "-o", str(tmp_path / "x.pdf"),
        "--db", str(db),
    )  # fmt: skip
    assert_german_failure(result, expected)
    assert not (tmp_path / "x.pdf").exists()


def test_counts_have_real_plurals(db: Path, tmp_path: Path) -> None:
    """„1 Wiedervorlage“, „2 vCards“ — never „vCard(s)“, „Seite(n)“, „Zeile(n)“."""
    ics = run_cli("ics", "-o", str(tmp_path / "wv.ics"), "--db", str(db))
    assert "1 offene Wiedervorlage gespeichert" in ics.stdout, ics.stdout
    cards = run_cli("vcard", "-o", str(tmp_path / "leute"), "--db", str(db))
    assert "2 vCards gespeichert" in cards.stdout, cards.stdout
    table = run_cli("export-table", "group", "-o", str(tmp_path / "hk.csv"), "--db", str(db))
    assert table.returncode == 0, table.stderr
    for result in (ics, cards, table):
        assert not any(mark in result.stdout for mark in ("(n)", "(s)", "(en)")), result.stdout
