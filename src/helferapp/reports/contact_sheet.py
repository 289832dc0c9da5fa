"""Kontaktblatt: groups and Stellen of a group, Gemeinde or Landkreis with their people.

For a binder or a notice board. Each Ansprechperson gets a QR code holding their vCard
(reportlab's own QR widget, no extra package), so a phone's camera can save the contact.
Only persons who agreed to be printed are passed in (``services.report_data``); the
sheet says how many were left out, so nobody wonders where a colleague went.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from helferapp.domain.validation import display_phone
from helferapp.reports.pdf_base import FONT, RULE, join, para, styles
from helferapp.reports.pdf_document import Target, build_pdf, content_width
from helferapp.reports.rows import ContactSheet, PersonEntry, SheetEntry
from helferapp.reports.vcard import vcard

QR_SIZE = 2.3 * cm
TITLE = "Kontaktblatt"


def qr_code(text: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of ``text`` (error correction M), ``size`` points square."""
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.initialFontName = FONT  # a drawing would select Helvetica, which is not embedded
    drawing.add(widget)
    return drawing


def _person_cell(person: PersonEntry) -> list[Flowable]:
    s = styles()
    lines = [para(person.name, s.subheading)]
    if person.role:
        lines.append(para(person.role, s.body))
    contact = join(display_phone(person.phone), person.email, separator="   ")
    if contact:
        lines.append(para(contact, s.body))
    return lines


def _persons_table(entry: SheetEntry, width: float) -> Table:
    rows = [[qr_code(vcard(person)), _person_cell(person)] for person in entry.persons]
    table = Table(rows, colWidths=[QR_SIZE + 0.4 * cm, width - QR_SIZE - 0.4 * cm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # the default, Helvetica, is not embedded
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def entry_flowables(entry: SheetEntry, width: float) -> list[Flowable]:
    """One group or Stelle: name and kind, its own contact line, then its people."""
    s = styles()
    head: list[Flowable] = [
        para(entry.name, s.heading),
        para(entry.kind, s.small),
    ]
    details = join(entry.address, display_phone(entry.phone), entry.email, entry.website)
    if details:
        head.append(para(details, s.body))
    head.append(Spacer(1, 0.15 * cm))
    if not entry.persons:
        return [
            KeepTogether([*head, para("Keine Ansprechperson zum Drucken freigegeben.", s.small)])
        ]
    persons = _persons_table(entry, width)
    if len(entry.persons) <= 4:
        return [KeepTogether([*head, persons])]
    return [CondPageBreak(6 * cm), *head, persons]


def build(target: Target, sheet: ContactSheet, **options: Any) -> int:
    """Write the Kontaktblatt; return the number of pages (``options`` go to ``build_pdf``)."""
    s = styles()
    width = content_width()
    story: list[Flowable] = []
    if not sheet.entries:
        story.append(
            para("Für diese Auswahl sind keine Helferkreise oder Stellen erfasst.", s.body)
        )
    for entry in sheet.entries:
        story.extend(entry_flowables(entry, width))
    if sheet.left_out:
        story += [
            Spacer(1, 0.4 * cm),
            para(
                "1 Ansprechperson ist nicht aufgeführt: Sie hat nicht in den Druck eingewilligt."
                if sheet.left_out == 1
                else f"{sheet.left_out} Ansprechpersonen sind nicht aufgeführt: Sie haben nicht "
                "in den Druck eingewilligt.",
                s.small,
            ),
        ]
    return build_pdf(target, TITLE, story, subtitle=sheet.scope, **options)
