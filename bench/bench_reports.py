"""Reports: the Angebotsübersicht of every Angebot in the bavaria demo (issue 6).

Target: at most 1.5× the time bare reportlab needs for a table of the same rows and
columns, measured in the same run. The baseline gets the rows ready-made (the same
strings, one row per Angebot and Handlungsfeld, as the overview lists them) and builds one
plain ``Table`` with a repeated header in a ``SimpleDocTemplate`` with reportlab's
built-in Helvetica: no fonts to embed, no wrapping, no headings, no footer. Our figure
is everything a user waits for: reading the Angebote from the database, grouping,
wrapping, the embedded font, the footer with "Seite X von Y".

Also measured: the rows alone (``services.report_data``) against a raw ``sqlite3``
read of the same columns.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from bench import Result, quick, timed
from bench.fixtures import connect, demo_database
from helferapp.reports import programme_overview
from helferapp.reports.rows import ProgrammeOverview
from helferapp.services import report_data
from helferapp.services.demo import Scale
from helferapp.services.report_data import ReportScope
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database

RAW_SQL = (
    "SELECT title, group_id, organisation_id, fields, target_group, weekday, start_time, "
    "end_time, schedule_text, location, region_ags, languages, registration_required, "
    "childcare, cost, accessible FROM programme WHERE deleted = 0 AND purged = 0"
)


def bare_reportlab(overview: ProgrammeOverview) -> tuple[float, int]:
    """Seconds and pages of one plain reportlab table of the overview's rows and columns."""
    rows = [
        programme_overview.row(entry)
        for entries in programme_overview.by_field(overview.programmes).values()
        for entry in entries
    ]
    data = [list(programme_overview.HEADERS), *rows]

    def build() -> int:
        out = io.BytesIO()
        document = SimpleDocTemplate(out, pagesize=landscape(A4))
        table = Table(data, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8)]))
        document.build([table])
        return int(document.page)

    seconds, pages = timed(build)
    return seconds, pages


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    database = open_database(built.path)
    connection = connect(built.path)
    try:
        uow = UnitOfWork(database)
        read_seconds, overview = timed(lambda: report_data.programme_overview(uow, ReportScope()))
        raw_seconds, _ = timed(lambda: connection.execute(RAW_SQL).fetchall())
        ours, pages = timed(
            lambda: programme_overview.build(
                io.BytesIO(), report_data.programme_overview(uow, ReportScope())
            )
        )
        base, base_pages = bare_reportlab(overview)
        count = len(overview.programmes)
        return [
            Result(
                name=f"Angebotsübersicht, all {count} Angebote ({scale.value} demo)",
                value=ours,
                unit="s",
                baseline_name="bare reportlab Table, same rows and columns",
                baseline_value=base,
                note=f"{pages} pages (baseline {base_pages}); includes reading the rows",
            ),
            Result(
                name=f"report rows for {count} Angebote",
                value=read_seconds * 1000,
                unit="ms",
                baseline_name="sqlite3: the same columns",
                baseline_value=raw_seconds * 1000,
            ),
        ]
    finally:
        connection.close()
        database.dispose()
