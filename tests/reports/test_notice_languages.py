"""The vocabulary files of the bilingual notices: complete, printable, in the right script."""

from __future__ import annotations

import dataclasses
import io
import json
import re

import pytest

from helferapp.domain.errors import UserError
from helferapp.reports import notice_languages, programme_overview, scripts
from helferapp.reports.notice_languages import CODES, TERMS, load, problems
from helferapp.reports.pdf_base import FONT, register_fonts
from helferapp.reports.rows import ProgrammeOverview
from helferapp.resources import resource
from tests.reports.helpers import pdf_text, programme

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
ETHIOPIC = re.compile("[\u1200-\u139f]")


def _words(language: notice_languages.NoticeLanguage) -> list[str]:
    return [
        *language.terms.values(),
        *language.weekdays.values(),
        *language.months,
        *language.fields.values(),
    ]


@pytest.mark.parametrize("code", CODES)
def test_every_vocabulary_file_has_every_key(code: str) -> None:
    data = json.loads(resource("notice_languages", f"{code}.json").read_text("utf-8"))
    assert problems(data) == []
    assert data["code"] == code and set(data["terms"]) == set(TERMS)


@pytest.mark.parametrize("code", CODES)
def test_every_word_prints_in_a_bundled_font(code: str) -> None:
    language = load(code)
    register_fonts()
    with scripts.missing_glyphs() as missing:
        for word in _words(language):
            for font, piece in scripts.runs(word, FONT, rtl=language.rtl):
                face = scripts.pdfmetrics.getFont(font).face
                assert all(ord(char) in face.charToGlyph for char in piece), (word, font)
    assert missing == []


def test_scripts_and_directions() -> None:
    for code in ("ar", "fa", "ps"):
        language = load(code)
        assert language.rtl and all(ARABIC_SCRIPT.search(w) for w in language.weekdays.values())
    assert all(ETHIOPIC.search(word) for word in load("ti").fields.values())
    assert not any(load(code).rtl for code in ("uk", "ru", "tr", "en", "fr", "ti"))
    pashto = "".join(_words(load("ps")))
    assert set("ښټځګډړږڼۍې") & set(pashto)  # Pashto's own letters, not only Persian ones


def test_a_broken_file_is_named_with_what_is_missing() -> None:
    data = json.loads(resource("notice_languages", "ar.json").read_text("utf-8"))
    del data["terms"]["free"]
    data["weekdays"]["xx"] = "?"
    data["terms"]["count"] = "عدد"
    found = problems(data)
    assert "„terms.free“ fehlt." in found
    assert "„weekdays.xx“ ist unbekannt." in found
    assert any("{n}" in problem for problem in found)
    with pytest.raises(UserError, match="Die Sprache „de“ gibt es für Aushänge nicht"):
        load("de")


def test_the_review_note_shows_until_a_native_speaker_has_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overview = ProgrammeOverview("Olching", [programme(1)])
    out = io.BytesIO()
    programme_overview.build_aushang(out, overview, language="uk")
    text = pdf_text(out.getvalue())
    assert "noch nicht von Muttersprachlern geprüft" in text
    assert "Вівторок 18:00–19:30" in text and "Мова" in text  # weekday, Handlungsfeld
    assert "Sprachcafé 0001" in text  # the title stays as typed
    checked = dataclasses.replace(load("uk"), reviewed=True)
    monkeypatch.setattr(programme_overview, "load", lambda code: checked)
    out = io.BytesIO()
    programme_overview.build_aushang(out, overview, language="uk")
    assert "noch nicht von Muttersprachlern geprüft" not in pdf_text(out.getvalue())
