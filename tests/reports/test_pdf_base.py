"""The report base: escaping, embedded font, footer "Seite X von Y", metadata, A4."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4

from helferapp.reports.pdf_base import data_table, escape, para, styles
from helferapp.reports.pdf_document import Cancelled, build_pdf
from tests.reports.helpers import MARKUP, pdf_pages, pdf_reader


def test_escape_turns_markup_into_text() -> None:
    assert escape(MARKUP) == "&lt;b&gt;Müller &amp; Söhne&lt;/b&gt;"
    assert escape("Zeile 1\nZeile 2") == "Zeile 1<br/>Zeile 2"


def test_every_page_has_the_footer_with_page_count_date_title_and_app() -> None:
    out = io.BytesIO()
    rows = [[f"Zeile {n}", "„Grüße“ mit ß und €"] for n in range(300)]
    pages = build_pdf(out, "Testbericht", [data_table(["Nr", "Text"], rows, [200, 200])])
    texts = pdf_pages(out.getvalue())
    assert pages == len(texts) > 1
    for number, text in enumerate(texts, start=1):
        assert f"Seite {number} von {pages}" in text
        assert "HelferApp · Testbericht" in text
        assert "erstellt am" in text
    assert "„Grüße“ mit ß und €" in texts[0]


def test_metadata_language_and_a4_with_the_font_embedded() -> None:
    out = io.BytesIO()
    build_pdf(out, "Kontaktblatt", [para("Çağrı Yılmaz", styles().body)], subtitle="Olching")
    reader = pdf_reader(out.getvalue())
    meta = reader.metadata  # type: ignore[attr-defined]
    assert meta.title == "Kontaktblatt"
    assert meta.author == "HelferApp"
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"  # type: ignore[attr-defined]
    page = reader.pages[0]  # type: ignore[attr-defined]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
        round(A4[0]),
        round(A4[1]),
    )
    fonts = {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in name for name in fonts)
    descriptor = next(
        font.get_object()["/FontDescriptor"]
        for font in page["/Resources"]["/Font"].values()
        if "DejaVuSans" in str(font.get_object()["/BaseFont"])
    )
    assert "/FontFile2" in descriptor  # embedded TrueType
    assert "Çağrı Yılmaz" in page.extract_text()


def test_a_cancelled_build_stops_and_writes_nothing(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "x.pdf"
    rows = [[str(n)] for n in range(2000)]
    with pytest.raises(Cancelled):
        build_pdf(target, "T", [data_table(["Nr"], rows, [100])], cancelled=lambda: True)
    assert not target.exists()


def test_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    build_pdf(
        io.BytesIO(), "T", [para("a", styles().body)] * 5, progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] <= seen[-1][1]


def test_viewer_shows_the_title_and_xmp_carries_title_and_language() -> None:
    out = io.BytesIO()
    build_pdf(out, "Kontaktblatt", [para("أحمد الحسن", styles().body)], subtitle="Olching")
    reader = pdf_reader(out.getvalue())
    root = reader.trailer["/Root"]  # type: ignore[attr-defined]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert '<rdf:li xml:lang="x-default">Kontaktblatt</rdf:li>' in xmp
    assert "<rdf:li>de-DE</rdf:li>" in xmp and "Olching" in xmp
    fonts = reader.pages[0]["/Resources"]["/Font"].values()  # type: ignore[attr-defined]
    assert all("/FontDescriptor" in font.get_object() for font in fonts)  # none unembedded
