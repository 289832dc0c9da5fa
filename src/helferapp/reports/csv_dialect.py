"""The one CSV dialect and the one formula guard of every table file HelferApp writes.

Kept apart from ``table_files`` (which needs openpyxl) so that the import and the CLI can
use the guard without loading openpyxl. ``table_files`` explains the choices; in short:
UTF-8 with BOM, ``;``, CRLF, every cell quoted, and a cell that a spreadsheet would run
as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return at the start) gets an
apostrophe in front, which ``unguard`` takes off again when such a file comes back in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from helferapp.domain.validation import format_date

Value = str | int | float | bool | date | datetime | time | None
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def is_dangerous(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula."""
    return text.startswith(DANGEROUS)


def neutralise(text: str) -> str:
    """``text`` as a CSV cell that no spreadsheet evaluates."""
    return "'" + text if is_dangerous(text) else text


def unguard(text: str) -> str:
    """A cell read back from a file: the apostrophe ``neutralise`` put in front comes off.

    Only an apostrophe followed by what ``neutralise`` guards against is ours; „'s Gärtla“
    or a name typed with a leading apostrophe stays as it is.
    """
    return text[1:] if text.startswith("'") and is_dangerous(text[1:]) else text


def cell_text(value: Value) -> str:
    """A value as German text: TT.MM.JJJJ, ja/nein, 12:30."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Value]]) -> str:
    """The table as CSV text (``;``, CRLF, quoted, every cell safe), without the BOM.

    For a caller that writes the file itself with ``encoding="utf-8-sig"``.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow([neutralise(title) for title in headers])
    for row in rows:
        writer.writerow([neutralise(cell_text(value)) for value in row])
    return out.getvalue()


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Value]]) -> bytes:
    """The table as CSV for German Excel: UTF-8 with BOM, ``;``, CRLF, every cell safe."""
    return "\ufeff".encode() + csv_text(headers, rows).encode("utf-8")
