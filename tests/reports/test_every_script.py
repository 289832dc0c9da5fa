"""Every PDF report kind with names in Arabic, Persian, Pashto, Tigrinya, Ukrainian,
Turkish, Kurdish, Greek and with emoji: all fonts embedded, no glyph missing, names come
back in order.

"Come back" means what a reader gets when copying text out of the PDF or a screen
reader reads it: ``pdftotext`` (poppler) gives the names in logical order (Arabic
letters in presentation forms, hence NFKC before comparing). The font checks read the
PDF's own font dictionaries with pypdf, so they need no external tool; ``pdffonts`` is
run as well where poppler is installed (CI installs it).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.enums import ContactChannel, FieldOfAction
from helferapp.reports import (
    bidi_order,
    contact_log,
    contact_sheet,
    group_profile,
    privacy_report,
    programme_overview,
    scripts,
    table_pdf,
)
from helferapp.reports.coverage_report import build_coverage_report
from helferapp.reports.notice_languages import CODES
from helferapp.reports.rows import (
    ContactEntry,
    ContactLog,
    ContactSheet,
    GroupProfile,
    PartnerEntry,
    ProgrammeOverview,
    SheetEntry,
)
from helferapp.services import coverage
from helferapp.services.coverage_report_input import report_input
from helferapp.services.unit_of_work import UnitOfWork
from tests.reports.helpers import person, programme

pypdf = pytest.importorskip("pypdf")

NAMES = (
    "أحمد الحسن",  # Arabic
    "محمدرضا کریمی",  # Persian
    "ښکلی ټولنه",  # Pashto letters Unicode has no joined forms for
    "ሰላም ተስፋይ",  # Tigrinya
    "Олена Шевченко",  # Ukrainian
    "Ayşe Çelik",  # Turkish
    "Şêrko Xalid",  # Kurdish (Kurmanji, Latin letters)
    "ڕێبوار ئەحمەد",  # Kurdish (Sorani, Arabic script)
    "Νίκος Παπαδόπουλος",  # Greek
    "Lea 😀 Sommer",  # an emoji DejaVu Sans draws
)
UNPRINTABLE = "Jonas 🫶 Berg"  # an emoji no bundled font has
PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")


@dataclass
class Disclosure:
    name: str
    created_at: datetime
    details: list[tuple[str, str]]
    contacts: list[tuple[str, str, str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    journal: list[tuple[str, str, str, str]] = field(default_factory=list)
    last_changed: str = ""


def _people() -> tuple[Any, ...]:
    return tuple(person(name) for name in (*NAMES, UNPRINTABLE))


def _programmes() -> list[Any]:
    return [
        programme(number, title=name, provider=NAMES[0], fields=(FieldOfAction.LANGUAGE,))
        for number, name in enumerate((*NAMES, UNPRINTABLE))
    ]


def _contacts() -> list[ContactEntry]:
    return [
        ContactEntry(date(2026, 3, 2), f"Thema {n}", name, ContactChannel.PHONE, name, name)
        for n, name in enumerate((*NAMES, UNPRINTABLE))
    ]


def _kinds() -> dict[str, Callable[[io.BytesIO], object]]:
    sheet = ContactSheet(NAMES[1], [SheetEntry("Helferkreis", NAMES[0], persons=_people())])
    profile = GroupProfile(
        NAMES[0],
        [("Name", NAMES[0]), ("Gemeinden", NAMES[5])],
        NAMES,
        _programmes(),
        list(_people()),
        [PartnerEntry(NAMES[3], "Wohlfahrtsverband", "Kooperation")],
        _contacts(),
        [],
    )
    log = ContactLog(NAMES[4], "Kommunales Integrationszentrum", None, None, _contacts())
    overview = ProgrammeOverview(NAMES[2], _programmes())
    rows = [[name, name] for name in (*NAMES, UNPRINTABLE)]
    disclosure = Disclosure(
        NAMES[1],
        datetime(2026, 3, 2, 10, 0),
        [("Name", NAMES[1]), ("Funktion", UNPRINTABLE)],
        [("02.03.2026", name, "Thema", "Ergebnis") for name in NAMES],
    )
    kinds: dict[str, Callable[[io.BytesIO], object]] = {
        "kontaktblatt": lambda out: contact_sheet.build(out, sheet),
        "profil": lambda out: group_profile.build(out, profile),
        "kontaktprotokoll": lambda out: contact_log.build(out, log),
        "angebote": lambda out: programme_overview.build(out, overview),
        "aushang": lambda out: programme_overview.build_aushang(out, overview),
        "tabelle": lambda out: table_pdf.build(out, NAMES[3], ["Name", "Ort"], rows),
        "auskunft": lambda out: privacy_report.build(out, disclosure),
    }
    for code in CODES:
        kinds[f"angebote-{code}"] = lambda out, code=code: programme_overview.build(
            out, overview, language=code
        )
        kinds[f"aushang-{code}"] = lambda out, code=code: programme_overview.build_aushang(
            out, overview, language=code
        )
    return kinds


KINDS = _kinds()


def _render(build: Callable[[io.BytesIO], object]) -> tuple[bytes, list[Any]]:
    out = io.BytesIO()
    with scripts.missing_glyphs() as missing:
        build(out)
    return out.getvalue(), missing


def fonts_not_embedded(data: bytes) -> list[str]:
    """Base names of fonts the PDF uses but does not carry (from its font dictionaries)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    missing = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            if not embedded:
                missing.append(str(font.get("/BaseFont")))
    return missing


def notdef_codes(data: bytes) -> list[str]:
    """Text drawn with code 0, which reportlab uses for a character its font lacks."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        content = pypdf.generic.ContentStream(page.get_contents(), reader)
        for operands, operator in content.operations:
            shown: list[Any] = []
            if operator in (b"Tj", b"'"):
                shown = [operands[0]]
            elif operator == b"TJ":
                shown = [item for item in operands[0] if not isinstance(item, int | float)]
            for text in shown:
                raw = text.original_bytes if hasattr(text, "original_bytes") else bytes(text)
                if b"\x00" in raw:
                    found.append(repr(raw))
    return found


def readable(text: str) -> str:
    """pdftotext's text compared as a reader sees it: base letters, no bidi marks."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_script_prints_embedded_complete_and_in_order(kind: str, tmp_path: Path) -> None:
    data, missing = _render(KINDS[kind])
    assert fonts_not_embedded(data) == []
    assert notdef_codes(data) == []
    assert missing and all(UNPRINTABLE in entry.text for entry in missing)  # names the record
    assert "🫶" in missing[0].message() and "U+1FAF6" in missing[0].message()
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(data)
    if PDFFONTS:
        lines = subprocess.run(
            [PDFFONTS, str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert lines and all(line.split()[-5] == "yes" for line in lines), lines
    if not PDFTOTEXT:
        pytest.skip("pdftotext fehlt (Debian: poppler-utils); Schriften und Glyphen geprüft")
    text = readable(
        subprocess.run(
            [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    names = NAMES if not kind.startswith("aushang") else NAMES[:1]  # the Aushang shows a few
    for name in names:
        assert name in text, name
    if not kind.startswith("aushang"):
        assert "Jonas \ufffd Berg" in text


def test_pdffonts_would_have_caught_helvetica(tmp_path: Path) -> None:
    """The check itself: a PDF with reportlab's default font is refused."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(10, 10, "Hallo")
    canvas.save()
    assert fonts_not_embedded(out.getvalue()) == ["/Helvetica"]


def test_the_versorgungsbericht_embeds_its_fonts(uow: UnitOfWork) -> None:
    figures = coverage.kreis_coverage(uow, date(2026, 6, 30))
    data, missing = _render(lambda out: build_coverage_report(out, report_input(figures)))
    assert fonts_not_embedded(data) == [] and notdef_codes(data) == [] and missing == []


def test_the_display_order_agrees_with_python_bidi() -> None:
    """Our reordering (needed for mirroring) gives python-bidi's order, brackets mirrored."""
    from bidi import get_display

    for text, rtl in (
        ("Helferkreis أحمد الحسن Olching", False),
        ("أين: Pfarrheim St. Anna, Gröbenzell · 18:00–19:30", True),
        ("Name: محمدرضا کریمی (Teheran) 12", False),
    ):
        ours = bidi_order.visual(text, rtl=rtl)
        theirs = get_display(text, base_dir="R" if rtl else "L")
        assert ours.translate(str.maketrans("()", ")(")) == theirs or ours == theirs
    assert bidi_order.visual("العروض (HelferApp).", rtl=True) == ".(HelferApp) ضورعلا"
