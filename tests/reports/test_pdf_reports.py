"""Each PDF report: names with Umlauts present, markup printed literally, tables split."""

from __future__ import annotations

import io
from datetime import date

from helferapp.domain.enums import ContactChannel, FieldOfAction
from helferapp.reports import (
    contact_log,
    contact_sheet,
    group_profile,
    programme_overview,
    table_pdf,
)
from helferapp.reports.rows import (
    ContactEntry,
    ContactLog,
    ContactSheet,
    GroupProfile,
    PartnerEntry,
    ProgrammeOverview,
    SheetEntry,
)
from tests.reports.helpers import MARKUP, pdf_pages, pdf_text, person, programme


def _pdf(build: object, *args: object) -> bytes:
    out = io.BytesIO()
    build(out, *args)  # type: ignore[operator]
    return out.getvalue()


def test_contact_sheet_prints_names_literally_with_a_qr_code_each() -> None:
    sheet = ContactSheet(
        "Landkreis Fürstenfeldbruck",
        [
            SheetEntry("Helferkreis", MARKUP, "Hauptstraße 1", persons=(person(), person(MARKUP))),
            SheetEntry("Kommunales Integrationszentrum", "KI Fürstenfeldbruck"),
        ],
        left_out=2,
    )
    data = _pdf(contact_sheet.build, sheet)
    text = pdf_text(data)
    assert text.count(MARKUP) >= 2
    assert "Ayşe Çelik" in text
    assert "08141 123456" in text
    assert "2 Ansprechpersonen sind nicht aufgeführt: Sie haben nicht in den Druck" in text
    assert data.count(b"/Subtype /Image") == 0  # QR codes are vector drawings


def test_qr_code_holds_the_vcard() -> None:
    drawing = contact_sheet.qr_code("BEGIN:VCARD")
    assert drawing.width == contact_sheet.QR_SIZE


def test_a_2500_row_overview_spans_pages_with_the_header_on_each() -> None:
    rows = [programme(n) for n in range(2500)]
    data = _pdf(programme_overview.build, ProgrammeOverview("Gemeinde Gröbenzell", rows))
    pages = pdf_pages(data)
    assert len(pages) > 20
    for text in pages:
        assert "Sprachen" in text and "Anmeldung" in text
    assert "Sprachcafé 0000" in pages[0]
    assert "Sprachcafé 2499" in pages[-1]
    assert f"Seite {len(pages)} von {len(pages)}" in pages[-1]


def test_overview_groups_by_field_and_lists_a_programme_under_each_of_its_fields() -> None:
    both = programme(7, title=MARKUP, fields=(FieldOfAction.SCHOOL, FieldOfAction.LANGUAGE))
    text = pdf_text(_pdf(programme_overview.build, ProgrammeOverview("Bayern", [both])))
    assert text.count(MARKUP) == 2
    assert text.index("Sprache (1 Angebot)") < text.index("Schule (1 Angebot)")
    assert "Dienstag 18:00–19:30" in text
    assert "Deutsch, Türkçe" in text


def test_aushang_is_always_one_page() -> None:
    rows = [programme(n, fields=(field,)) for n, field in enumerate(FieldOfAction)] * 40
    pages = pdf_pages(_pdf(programme_overview.build_aushang, ProgrammeOverview("Olching", rows)))
    assert len(pages) == 1
    assert "Angebote" in pages[0] and "weitere" in pages[0]


def test_group_profile_shows_every_section() -> None:
    profile = GroupProfile(
        MARKUP,
        [("Rechtsform", "eingetragener Verein (e. V.)"), ("Gemeinden", "Gröbenzell")],
        ("Fahrradwerkstatt",),
        [programme(1)],
        [person()],
        [PartnerEntry("Caritas Fürstenfeldbruck", "Wohlfahrtsverband", "Kooperation")],
        [
            ContactEntry(
                date(2026, 3, 2), "Sprachkurse", "KI Fürstenfeldbruck", ContactChannel.PHONE
            )
        ],
        [
            ContactEntry(
                date(2026, 3, 2), "Räume klären", "Landratsamt", follow_up_on=date(2026, 4, 1)
            )
        ],
        left_out=1,
    )
    text = pdf_text(_pdf(group_profile.build, profile))
    for needle in (
        MARKUP,
        "Fahrradwerkstatt",
        "Sprachcafé 0001",
        "Ayşe Çelik",
        "Caritas Fürstenfeldbruck",
        "Sprachkurse",
        "01.04.2026",
        "1 Person ist nicht aufgeführt: Sie hat nicht in den Druck eingewilligt.",
    ):
        assert needle in text


def test_contact_log_lists_contacts_in_the_range() -> None:
    contacts = [
        ContactEntry(
            date(2026, 1, day),
            f"Thema {day}",
            "HK Gröbenzell",
            ContactChannel.EMAIL,
            "Jürgen Weiß",
            "Zusage",
            date(2026, 2, 1),
            done=day % 2 == 0,
        )
        for day in range(1, 31)
    ]
    log = ContactLog(
        "KI Fürstenfeldbruck",
        "Kommunales Integrationszentrum",
        date(2026, 1, 1),
        date(2026, 1, 31),
        contacts,
    )
    text = pdf_text(_pdf(contact_log.build, log))
    assert "01.01.2026 – 31.01.2026" in text
    assert "Jürgen Weiß" in text
    assert "(erledigt)" in text
    assert "30 Kontakt(e) mit KI Fürstenfeldbruck" in text


def test_table_pdf_of_a_view() -> None:
    rows = [[MARKUP, "Olching"]] * 3
    text = pdf_text(_pdf(table_pdf.build, "Helferkreise", ["Name", "Gemeinden"], rows))
    assert MARKUP in text and "3 Einträge" in text
