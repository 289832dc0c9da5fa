"""DSGVO-Auskunft (Art. 15) as a PDF: everything stored about one person, to hand over.

The data comes from ``services.privacy.disclosure`` as plain text; this module only lays
it out (it imports no service): the stored values, the contacts logged with the person,
merged duplicates and values that imports overwrote, with a short explanation of where
the data is kept and how it can be deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from helferapp.reports.pdf_base import data_table, key_value_table, para, styles
from helferapp.reports.pdf_document import Target, build_pdf, content_width

TITLE = "Auskunft nach Art. 15 DSGVO"
EXPLANATION = (
    "Diese Auskunft zeigt alle Angaben, die in dieser HelferApp-Installation über Sie "
    "gespeichert sind. Die Daten liegen nur auf diesem Gerät und in den Austauschdateien, "
    "die Sie mit Ihrer Einwilligung zur Weitergabe an andere Helferkreise erlaubt haben. "
    "Auf Wunsch werden alle Angaben gelöscht; die Löschung wird mit dem nächsten "
    "Austausch an die anderen Geräte weitergegeben."
)


class DisclosureLike(Protocol):
    """What the report needs (``services.privacy.Disclosure`` has it)."""

    @property
    def name(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def details(self) -> Sequence[tuple[str, str]]: ...
    @property
    def contacts(self) -> Sequence[tuple[str, str, str, str]]: ...
    @property
    def duplicates(self) -> Sequence[tuple[str, str]]: ...
    @property
    def journal(self) -> Sequence[tuple[str, str, str, str]]: ...
    @property
    def last_changed(self) -> str: ...


def build(target: Target, disclosure: DisclosureLike) -> int:
    """Write the Auskunft as A4 PDF to ``target``; return the number of pages."""
    s = styles()
    width = content_width()
    story: list[Flowable] = [para(EXPLANATION, s.body), Spacer(1, 0.3 * cm)]
    story.append(para("Gespeicherte Angaben", s.heading))
    details = [(label, value or "–") for label, value in disclosure.details]
    if disclosure.last_changed:
        details.append(("zuletzt geändert", disclosure.last_changed))
    story.append(key_value_table(details, width))
    sections: list[tuple[str, Sequence[str], Sequence[Sequence[str]], Sequence[float]]] = [
        (
            "Kontakte mit Ihnen",
            ("Datum", "mit", "Thema", "Ergebnis"),
            disclosure.contacts,
            (2.4, 4.2, 4.5, 5.9),
        ),
        ("Zusammengeführte Einträge (Dubletten)", ("Id", "Name"), disclosure.duplicates, (8, 9)),
        (
            "Von Importen überschriebene Werte",
            ("importiert am", "Feld", "alter Wert", "neuer Wert"),
            disclosure.journal,
            (3.2, 3.6, 5.1, 5.1),
        ),
    ]
    for heading, headers, rows, widths in sections:
        story.append(para(heading, s.heading))
        if not rows:
            story.append(para("keine", s.body))
            continue
        scale = width / sum(w * cm for w in widths)
        story.append(data_table(headers, rows, [w * cm * scale for w in widths]))
    created = disclosure.created_at.strftime("%d.%m.%Y %H:%M")
    subtitle = f"{disclosure.name} · Stand {created}"
    return build_pdf(target, TITLE, story, subtitle=subtitle, created=disclosure.created_at.date())
