"""Any table view as a PDF list: "Drucken" on a page prints what the table shows.

The GUI passes the visible columns' titles and the cell texts of the filtered rows, so
the printout matches the screen (and its filter, named in the subtitle). Column widths
follow the share each column has on screen; more than five columns go landscape.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from helferapp.reports.pdf_base import data_table, para, styles
from helferapp.reports.pdf_document import Target, build_pdf, content_width


def build(
    target: Target,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    weights: Sequence[float] | None = None,
    subtitle: str = "",
    **options: Any,
) -> int:
    """Write the table as a PDF; ``weights`` are relative column widths (default equal)."""
    wide = len(headers) > 5
    shares = list(weights or [1.0] * len(headers))
    total = sum(shares) or 1.0
    widths = [content_width(wide) * share / total for share in shares]
    count = f"{len(rows):,} Einträge".replace(",", ".")
    story = (
        [data_table(headers, rows, widths, long=len(rows) > 200)]
        if rows
        else [para("Die Tabelle ist leer.", styles().body)]
    )
    line = " · ".join(part for part in (subtitle, count) if part)
    return build_pdf(target, title, story, subtitle=line, wide=wide, **options)
