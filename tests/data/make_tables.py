"""Write the messy lists the table-import tests read (run once; the files are committed).

    .venv/bin/python tests/data/make_tables.py

``personen_messy.xlsx`` looks like a list a Helferkreis keeps: a title line, a header
whose "Kontakt" cell is merged over two columns with "Telefon"/"E-Mail" below, empty
lines, phone numbers typed as numbers (leading zero lost), dates as Excel serials, as
date cells and as "01.02.2024" text, and one row with a bad e-mail address.
``stellen_win1252.csv`` is what Excel writes as "CSV (Trennzeichen-getrennt)" on a
German Windows: Windows-1252, ``;``, CRLF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent


def write_persons_xlsx(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Helfer 2024"
    sheet.append(["Adressliste Helferkreis Asyl Musterdorf – Stand Februar 2024"])
    sheet.append([])
    sheet.append(["Name", "Vorname", "Kontakt", None, "Wohnort", "Seit", "Bemerkung"])
    sheet.append([None, None, "Telefon", "E-Mail", None, None, None])
    sheet.merge_cells("C3:D3")
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    rows = [
        ["Müller", "Hans", 8141123456, "hans.mueller@example.org", "Olching", 45323, ""],
        ["Schmid", "Anna", "0171 2345678", "anna@example.org", "Eichenau", "01.02.2024", ""],
        [None, None, None, None, None, None, None],
        [
            "Öztürk",
            "Ayşe",
            15112345678,
            "",
            "Neustadt a.d. Waldnaab",
            date(2023, 5, 1),
            "AG Sprache",
        ],
        ["Kaputt", "Karl", "12", "karl(at)example", "Olching", "32.13.2024", ""],
        ["Huber", "Sepp", 4981419999999, "SEPP@EXAMPLE.ORG", "Hausen", None, "welches Hausen?"],
    ]
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def write_organisations_csv(path: Path) -> None:
    lines = [
        "Einrichtung;Art;Straße;PLZ;Ort;Telefon;E-Mail;Bemerkung",
        "Caritas Migrationsberatung;Migrationsberatung;Hauptstraße 5;82140;Olching;"
        "08142 12345;migration@caritas-example.de;Dienstag offene Sprechstunde",
        "Landratsamt Fürstenfeldbruck;Landratsamt;Münchner Straße 32;82256;"
        "Fürstenfeldbruck;08141 5190;;Ausländerbehörde im 2. Stock",
        "",
        "Jobcenter Fürstenfeldbruck;Jobcenter;;82256;Fürstenfeldbruck;;;Frau Weiß – „Übergänge“",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def main() -> None:
    write_persons_xlsx(HERE / "personen_messy.xlsx")
    write_organisations_csv(HERE / "stellen_win1252.csv")


if __name__ == "__main__":
    main()
