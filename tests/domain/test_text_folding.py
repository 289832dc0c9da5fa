"""Search folding: Umlauts, ß, accents and the ae/oe/ue spelling all meet."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from helferapp.domain import text_folding
from helferapp.domain.text_folding import fold, fold_terms, sort_key


@pytest.mark.parametrize("spelling", ["Müller", "Mueller", "muller", "MÜLLER", "MUELLER", "müller"])
def test_every_spelling_of_mueller_folds_to_the_same_text(spelling: str) -> None:
    assert fold(spelling) == fold("Müller") == "muller"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Straße", "strasse"),
        ("STRASSE", "straße"),
        ("Grüße", "gruesse"),
        ("Österreich", "oesterreich"),
        ("Ärztin", "aerztin"),
        ("Bürgermeister", "buergermeister"),
        ("Göthe", "Goethe"),
    ],
)
def test_umlauts_and_sharp_s_fold_like_their_transcriptions(one: str, other: str) -> None:
    assert fold(one) == fold(other)


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("José", "jose"),
        ("Renée Côté", "renee cote"),
        ("Çelik", "celik"),
        ("Ñandú", "nandu"),
        ("Dvořák", "dvorak"),
        ("Łukasz", "lukasz"),
        ("Søren", "soren"),
        ("Đorđe", "dorde"),
        ("Yıldız", "yildiz"),
        ("İstanbul", "istanbul"),
    ],
)
def test_accents_and_special_latin_letters_are_dropped(accented: str, plain: str) -> None:
    assert fold(accented) == fold(plain)


def test_punctuation_and_runs_of_space_become_one_space() -> None:
    assert fold("  Helferkreis   Dachau – Ost (e. V.)  ") == "helferkreis dachau ost e. v."


def test_email_addresses_and_phone_numbers_stay_searchable() -> None:
    assert fold("Anna.Meier@Beispiel.de") == "anna.meier@beispiel.de"
    assert fold("+49 151 12345678") == "+49 151 12345678"


def test_letters_of_other_scripts_are_kept_and_lower_cased() -> None:
    assert fold("Олена ПЕТРЕНКО") == "олена петренко"
    assert fold("مرحبا") == "مرحبا"


def test_a_query_in_another_script_does_not_fold_to_nothing() -> None:
    assert fold_terms("Олена") == ["олена"]


def test_fold_terms_splits_into_folded_words() -> None:
    assert fold_terms("  Müller,  Straße ") == ["muller", "strasse"]
    assert fold_terms("") == []
    assert fold_terms(" - / ") == []


@given(st.text())
@example("aee")
@example("Queen")
@example("ℌ")
@example("İ")
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_folded_text_is_lower_case_trimmed_and_single_spaced(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert folded == folded.casefold()
    assert not re.search(r"[ÄÖÜäöüß]", folded)


@given(st.text())
def test_fold_terms_are_the_words_of_fold(text: str) -> None:
    terms = fold_terms(text)
    assert " ".join(terms) == fold(text)
    assert all(term and " " not in term for term in terms)


LETTERS = st.characters(categories=["L"])


@given(st.text(LETTERS, min_size=1), st.data())
@example("Mueller", None)
@example("Straße", None)
def test_a_piece_of_a_word_is_found_in_the_word(word: str, data: st.DataObject | None) -> None:
    """Typing part of a name finds it, unless the part starts with the e of ae/oe/ue.

    (The e after a, o or u is dropped on both sides, so "eller" cannot find "Mueller" —
    the price of "mueller" finding "Müller".)
    """
    if data is None:
        pieces = [word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1)]
    else:
        start = data.draw(st.integers(0, len(word) - 1))
        end = data.draw(st.integers(start + 1, len(word)))
        pieces = [word[start:end]]
    for piece in pieces:
        if fold(piece).startswith("e"):
            continue
        assert fold(piece) in fold(word), (piece, word)


def test_a_piece_starting_with_the_e_of_a_digraph_is_not_found() -> None:
    assert fold("eller") not in fold("Mueller")


def test_sort_key_gives_german_dictionary_order() -> None:
    names = ["Zentrum", "Übersee", "ärzte", "Anna", "Straße", "Strasbourg", "Łódź", "Lohr"]
    assert sorted(names, key=sort_key) == [
        "Anna",
        "ärzte",
        "Łódź",
        "Lohr",
        "Strasbourg",
        "Straße",
        "Übersee",
        "Zentrum",
    ]


@given(st.text())
def test_sort_key_ignores_case_and_accents(text: str) -> None:
    assert sort_key(text.upper()) == sort_key(text.lower()) or not text.isascii()
    assert sort_key(sort_key(text)) == sort_key(text)


@given(st.text(LETTERS))
@example("ᾀ")
@example("ß")
def test_upper_and_lower_case_fold_alike(word: str) -> None:
    assert fold(word.upper()) == fold(word) == fold(word.lower())


def _whole_text_plain_lower(text: str) -> str:
    """The definition the per-character table must agree with: fold the text as a whole."""

    def strip(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value)
        return "".join(char for char in decomposed if not unicodedata.combining(char))

    return strip(strip(text.casefold()).casefold())


@given(st.text())
@example("ΟΔΟΣ Straße İstanbul ℌ ᾀ e\u0301\u0327 한국어 Ǆ ﬁ")
def test_folding_character_by_character_equals_folding_the_whole_text(text: str) -> None:
    assert text_folding._plain_lower(text) == _whole_text_plain_lower(text)


@given(st.text())
@example("Ærø_Straße — café, „Zoë“ & Łódź!")
def test_fold_equals_its_step_by_step_definition(text: str) -> None:
    spelled = _whole_text_plain_lower(text).translate(text_folding._SPELLED_OUT)
    contracted = re.sub(r"([aou])e+", r"\1", spelled)
    assert fold(text) == re.sub(r"[^\w@.+]+", " ", contracted).strip()
