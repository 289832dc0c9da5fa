"""CSV/XLSX (round trip, formula injection), vCard 3.0 (vobject) and iCalendar files."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from helferapp.domain.errors import UserError
from helferapp.reports import ical, table_files, vcard
from helferapp.reports.rows import CalendarEntry
from tests.reports.helpers import MARKUP, person

vobject = pytest.importorskip("vobject")
icalendar = pytest.importorskip("icalendar")

HEADERS = ["Name", "Notiz", "Datum", "Anzahl"]
ROWS = [
    ["Müller, Jürgen", '=HYPERLINK("http://x")', date(2026, 3, 1), 3],
    ["@SUM(A1)", "+49 151 123", None, 0],
    ["-2+3", "normal", date(2026, 12, 24), 12],
]


def test_csv_has_bom_semicolons_and_neutralised_formulas() -> None:
    data = table_files.csv_bytes(HEADERS, ROWS)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == '"Name";"Notiz";"Datum";"Anzahl"'  # quoted: see table_files
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[1] == ["Müller, Jürgen", '\'=HYPERLINK("http://x")', "01.03.2026", "3"]
    assert rows[2] == ["'@SUM(A1)", "'+49 151 123", "", "0"]
    assert rows[3][0] == "'-2+3"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_neutralise(text: str) -> None:
    assert table_files.neutralise(text) == "'" + text
    assert table_files.neutralise("Müller") == "Müller"


def test_xlsx_round_trip_keeps_values_and_never_makes_formulas(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    table_files.write_table(path, HEADERS, ROWS, sheet="Personen")
    sheet = load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[1][0] == "Müller, Jürgen"
    assert values[1][2].date() == date(2026, 3, 1)
    assert values[1][3] == 3
    assert sheet.title == "Personen"
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s" and cell.quotePrefix
    assert sheet["B2"].value == '=HYPERLINK("http://x")'


def test_unknown_format_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        table_files.write_table(tmp_path / "t.ods", HEADERS, ROWS)


def test_vcards_parse_with_vobject_and_keep_umlauts_and_markup() -> None:
    people = [
        person(organisation="Helferkreis Gröbenzell; Süd"),
        person(MARKUP, role="Kasse, Vorstand", phone=""),
        person("Çelik, Ayşe Gülşen " + "Langername" * 5),
    ]
    text = vcard.vcards(people)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cards = list(vobject.readComponents(text))
    assert len(cards) == 3
    assert cards[0].version.value == "3.0"
    assert cards[0].fn.value == "Ayşe Çelik"
    assert cards[0].n.value.family == "Çelik" and cards[0].n.value.given == "Ayşe"
    assert cards[0].org.value == ["Helferkreis Gröbenzell; Süd"]
    assert cards[0].tel.value == "+49 8141 123456"
    assert cards[1].fn.value == MARKUP
    assert cards[1].title.value == "Kasse, Vorstand"
    assert cards[2].n.value.family == "Çelik"


def test_no_persons_no_file(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        vcard.write_vcards(tmp_path / "x.vcf", [])
    assert not (tmp_path / "x.vcf").exists()


def test_ics_parses_with_icalendar() -> None:
    entries = [
        CalendarEntry(
            "c1",
            date(2026, 5, 4),
            "Räume für den Sprachkurs",
            "KI Erding",
            date(2026, 4, 1),
            "Rückruf zugesagt",
        ),
        CalendarEntry("c2", date(2026, 6, 1), MARKUP),
    ]
    cal = icalendar.Calendar.from_ical(ical.calendar(entries))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    assert str(events[0]["summary"]) == "Wiedervorlage: Räume für den Sprachkurs"
    assert events[0].decoded("dtstart") == date(2026, 5, 4)
    assert str(events[0]["uid"]) == "wiedervorlage-c1@helferapp"
    assert "KI Erding" in str(events[0]["description"])
    assert str(events[1]["summary"]) == f"Wiedervorlage: {MARKUP}"
    assert list(events[0].walk("VALARM"))
    assert isinstance(io.BytesIO(ical.calendar([])).read(), bytes)


def test_keys_with_leading_zeros_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    table_files.write_table(path, ["AGS", "PLZ"], [["09771", "01067"]], sheet="Kreise")
    sheet = load_workbook(path).active
    assert [(c.value, c.data_type) for c in sheet[2]] == [("09771", "s"), ("01067", "s")]
    text = table_files.csv_bytes(["AGS"], [["09771"]]).decode("utf-8-sig")
    assert text == '"AGS"\r\n"09771"\r\n'  # quoted, for LibreOffice's "quoted field as text"


@pytest.mark.parametrize(
    ("cell", "back"),
    [("'+1 Plus", "+1 Plus"), ("'=A1", "=A1"), ("'s Gärtla", "'s Gärtla"), ("'", "'")],
)
def test_unguard_takes_off_only_our_own_apostrophe(cell: str, back: str) -> None:
    assert table_files.unguard(cell) == back
    assert table_files.unguard(table_files.neutralise(back)) == back
