"""Reading the lists groups keep today: Excel sheets (.xlsx) and CSV files, as they are.

Real lists are messy: a title line above the header, header cells merged over two
columns with a second header line below, empty lines between blocks, CSV files saved by
Excel in Windows-1252 with ``;``. This module turns such a file into a plain ``Table``
(column headers, data rows with their row numbers in the file) and leaves the meaning of
the columns to ``column_mapping``. Excel files are read with openpyxl's read-only mode,
which streams the sheet instead of building it in memory.

A cell that starts with an apostrophe followed by ``=``, ``+``, ``-``, ``@``, tab or
carriage return is how HelferApp's own table export guards against formulas
(``reports.csv_dialect``); the apostrophe is taken off, so a list exported and imported
again gives back „+1 Plus“, not „'+1 Plus“.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.reports.csv_dialect import unguard
from helferapp.services.column_mapping import header_score

Cell = str | int | float | bool | date | datetime | time | None
MAX_BYTES = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 15
_ENCODINGS = ("utf-8-sig", "cp1252")
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class Table:
    """A sheet as rows of cells, with the header line(s) found and taken off."""

    name: str
    headers: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    sheets: list[str] = field(default_factory=list)

    def cell(self, index: int, column: int) -> Cell:
        row = self.rows[index]
        return row[column] if column < len(row) else None


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read ``path`` (.xlsx or .csv; the content decides, not only the name)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(
                f"Die Datei „{path.name}“ ist zu groß (über 50 MB). Bitte die Liste teilen."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError as error:
        raise UserError(
            f"Die Datei „{path.name}“ lässt sich nicht lesen. {describe_os_error(error, path)} "
            "Ist sie noch in Excel geöffnet? Bitte dort schließen und noch einmal versuchen."
        ) from error
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path.name, data, sheet)
    if path.suffix.lower() in (".xls", ".ods") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(
            f"„{path.name}“ ist eine ältere Excel- oder eine OpenOffice-Datei. Bitte in Excel "
            "oder LibreOffice „Speichern unter …“ wählen und als .xlsx oder .csv speichern."
        )
    return _read_csv(path.name, data)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 (with or without BOM), else Windows-1252 (Excel's default)."""
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), "UTF-8" if encoding == "utf-8-sig" else "Windows-1252"
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "ISO-8859-1"


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines most evenly into the most columns."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", -1.0
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = common * counts.count(common) / len(counts)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(name: str, data: bytes) -> Table:
    text, encoding = decode_text(data)
    delimiter = detect_delimiter(text)
    rows: list[list[Cell]] = [
        [unguard(cell) for cell in row]
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return _with_headers(name, rows, encoding=encoding, delimiter=delimiter)


def _read_xlsx(name: str, data: bytes, sheet: str | None) -> Table:
    import openpyxl  # type: ignore[import-untyped]

    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise UserError(
            f"„{name}“ lässt sich nicht als Excel-Datei lesen: {describe_os_error(error, name)} "
            "Bitte in Excel öffnen und als .xlsx neu speichern."
        ) from error
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise UserError(
                f"In „{name}“ gibt es kein Tabellenblatt „{sheet}“ (vorhanden: {', '.join(names)})."
            )
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        rows: list[list[Cell]] = [
            [unguard(cell) if isinstance(cell, str) else cell for cell in row]
            for row in worksheet.iter_rows(values_only=True)
        ]
        return _with_headers(name, rows, sheet=worksheet.title, sheets=names)
    finally:
        workbook.close()


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _is_empty(row: list[Cell]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in row)


def _filled(row: list[Cell]) -> list[str]:
    """Header texts with merged cells spread: an empty cell takes its left neighbour's text."""
    out: list[str] = []
    previous = ""
    for value in row:
        text = _text(value)
        if text:
            previous = text
        out.append(text or previous)
    return out


def _with_headers(name: str, rows: list[list[Cell]], **extra: Any) -> Table:
    """Find the header line (or two, under merged cells) and keep the data rows after it."""
    width = max((len(row) for row in rows), default=0)
    rows = [row + [None] * (width - len(row)) for row in rows]
    best: tuple[float, int, int, list[str]] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if _is_empty(row):
            continue
        single = [_text(value) for value in row]
        # A text counts once: a data line whose cells spread into three „Sprache“ (the
        # Handlungsfeld of an exported Angebote list) is no better header for it.
        candidates = [(float(header_score(dict.fromkeys(single))), 1, single)]
        if index + 1 < len(rows) and not _is_empty(rows[index + 1]):
            upper, lower = _filled(row), [_text(value) for value in rows[index + 1]]
            if sum(1 for text in lower if text) >= 2 and not _looks_like_data(rows[index + 1]):
                joined = [low or up for up, low in zip(upper, lower, strict=True)]
                candidates.append((header_score(dict.fromkeys(joined)) + 0.5, 2, joined))
        for score, height, headers in candidates:
            if best is None or score > best[0]:
                best = (score, index, height, headers)
    if best is None:
        raise UserError(f"„{name}“ enthält keine Daten. Bitte eine Liste mit Kopfzeile wählen.")
    _score, start, height, headers = best
    headers = [text or f"Spalte {_column_letter(number)}" for number, text in enumerate(headers)]
    data_rows: list[list[Cell]] = []
    numbers: list[int] = []
    for offset, row in enumerate(rows[start + height :], start=start + height + 1):
        if not _is_empty(row):
            data_rows.append(row)
            numbers.append(offset)
    return Table(name, headers, data_rows, numbers, **extra)


def _looks_like_data(row: list[Cell]) -> bool:
    """A line with numbers, dates or e-mail addresses is data, not a second header line."""
    for value in row:
        if isinstance(value, int | float | date | time) and not isinstance(value, bool):
            return True
        if isinstance(value, str) and ("@" in value or sum(c.isdigit() for c in value) >= 4):
            return True
    return False


def _column_letter(number: int) -> str:
    letters = ""
    number += 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
