"""Kontaktprotokoll: every contact with one Stelle (e.g. the KI) in a date range.

For the yearly talk with the Kommunales Integrationszentrum or a report to a funder:
date, way, who, topic, result and Wiedervorlage, oldest first, so it reads like a diary.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm

from helferapp.domain.validation import format_date
from helferapp.reports.pdf_base import data_table, para, styles
from helferapp.reports.pdf_document import Target, build_pdf, content_width
from helferapp.reports.rows import ContactLog

TITLE = "Kontaktprotokoll"
HEADERS = ("Datum", "Weg", "Helferkreis", "Person", "Thema", "Ergebnis", "Wiedervorlage")
WIDTHS_CM = (2.2, 2.9, 3.6, 3.0, 4.6, 6.3, 2.9)


def period(date_from: Any, date_to: Any) -> str:
    """ "01.01.2026 – 30.06.2026", "ab …", "bis …" or "alle Kontakte"."""
    if date_from and date_to:
        return f"{format_date(date_from)} – {format_date(date_to)}"
    if date_from:
        return f"ab {format_date(date_from)}"
    if date_to:
        return f"bis {format_date(date_to)}"
    return "alle Kontakte"


def build(target: Target, log: ContactLog, **options: Any) -> int:
    """Write the Kontaktprotokoll (landscape A4); return the number of pages."""
    s = styles()
    widths = [width * cm for width in WIDTHS_CM]
    scale = content_width(wide=True) / sum(widths)
    rows = []
    for contact in log.contacts:
        follow_up = format_date(contact.follow_up_on)
        if follow_up and contact.done:
            follow_up += " (erledigt)"
        rows.append(
            [
                format_date(contact.contact_date),
                contact.channel.label if contact.channel else "",
                contact.partner,
                contact.person,
                contact.subject,
                contact.result,
                follow_up,
            ]
        )
    story = [
        para(f"{len(rows)} Kontakt(e) mit {log.organisation} ({log.kind})", s.subheading),
        data_table(HEADERS, rows, [w * scale for w in widths], long=len(rows) > 200)
        if rows
        else para("In diesem Zeitraum sind keine Kontakte erfasst.", s.body),
    ]
    subtitle = f"{log.organisation} · {period(log.date_from, log.date_to)}"
    return build_pdf(target, TITLE, story, subtitle=subtitle, wide=True, **options)
