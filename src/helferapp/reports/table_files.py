"""Any table as CSV or Excel file, safe to open in Excel or LibreOffice.

- CSV: UTF-8 *with* BOM, ``;`` as separator, CRLF line ends, every cell in quotes –
  without the BOM German Excel reads „Müller“ as „MÃ¼ller“, and with ``,`` it puts every
  line into one column. Every CSV the app writes (tables, the import summary, the
  Versorgung per Kreis) goes through ``csv_text``/``csv_bytes``, so they share this
  dialect and the formula guard below.
- Keys with leading zeros (AGS ``09771``, PLZ ``01067``): a CSV file cannot say "this is
  text"; LibreOffice and Excel turn ``09771`` into the number 9771 unless the user imports
  the column as text. The cells are quoted, so LibreOffice keeps them exactly with its
  import option „Felder in Hochkommas als Text“ (Excel: Daten → Aus Text/CSV, Spalte als
  Text). In XLSX they are text cells and open right with no option: for tables with keys,
  XLSX is the format to choose.
- XLSX (openpyxl): a bold, frozen header row, an auto-filter, sensible column widths;
  dates stay dates (shown TT.MM.JJJJ).
- Formula injection: a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or
  carriage return) would be run as a formula by the spreadsheet. In CSV it gets a leading
  apostrophe (OWASP's advice); in XLSX it is stored as text with Excel's "quote prefix",
  so the cell shows exactly what was typed and is never calculated.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from helferapp.domain.errors import UserError
from helferapp.domain.os_errors import describe_os_error
from helferapp.reports.csv_dialect import (
    DANGEROUS,
    Value,
    cell_text,
    csv_bytes,
    csv_text,
    is_dangerous,
    neutralise,
    unguard,
)

__all__ = [
    "DANGEROUS",
    "Value",
    "cell_text",
    "csv_bytes",
    "csv_text",
    "is_dangerous",
    "neutralise",
    "unguard",
    "write_table",
    "xlsx_bytes",
]


def xlsx_bytes(headers: Sequence[str], rows: Iterable[Sequence[Value]], sheet: str) -> bytes:
    """The table as an Excel workbook with one sheet called ``sheet``."""
    book = Workbook(write_only=False)
    ws = book.active
    assert ws is not None
    ws.title = _sheet_title(sheet)
    ws.append([neutralise(title) for title in headers])
    widths = [len(title) for title in headers]
    for row in rows:
        cells: list[Value] = []
        for index, value in enumerate(row):
            typed = isinstance(value, int | float | date | time) and not isinstance(value, bool)
            shown = value if typed else cell_text(value)
            cells.append(shown)
            if index < len(widths):
                widths[index] = max(widths[index], min(len(cell_text(value)), 60))
        ws.append(cells)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and is_dangerous(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
            elif isinstance(cell.value, datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(cell.value, date):
                cell.number_format = "DD.MM.YYYY"
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="top")
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(8, width + 2)
    ws.freeze_panes = "A2"
    if headers:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 1)}"
    book.properties.creator = "HelferApp"
    book.properties.title = sheet
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_title(text: str) -> str:
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in text).strip()
    return cleaned[:31] or "Tabelle"


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Value]],
    *,
    sheet: str = "Tabelle",
    file_format: str | None = None,
) -> None:
    """Write the table as CSV or XLSX (by ``file_format`` or the file's extension)."""
    target = Path(path)
    kind = (file_format or target.suffix.lstrip(".")).lower()
    if kind == "csv":
        data = csv_bytes(headers, rows)
    elif kind == "xlsx":
        data = xlsx_bytes(headers, rows, sheet)
    else:
        raise UserError(f"Unbekanntes Format „{kind}“. Möglich sind csv und xlsx.")
    try:
        target.write_bytes(data)
    except OSError as error:
        raise UserError(
            f"Die Datei „{target}“ lässt sich nicht schreiben. "
            f"{describe_os_error(error, target, writing=True)} Ist sie noch in Excel geöffnet?"
        ) from error
