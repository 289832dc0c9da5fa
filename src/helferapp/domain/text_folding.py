"""Folding text for search, so that typing is forgiving about Umlauts and accents.

Both the stored search text and the query are folded the same way, so "Müller",
"Mueller" and "muller" all meet at "muller", and "Straße" and "strasse" at "strasse".
The ae/oe/ue contraction is applied to both sides, so a whole word cannot miss, only
(rarely) find one more hit, e.g. "Quelle" also under "qulle" — harmless for a filter
box. The one thing it costs: a fragment that starts with the e of such a pair ("eller")
does not find the word ("Mueller").

Letters of every script are kept (lower-cased), so that "Олена" finds Олена; Latin
letters that Unicode does not decompose (ł, ø, đ, ı, …) are spelled out by hand.
``fold`` is idempotent: folding folded text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# Any run of e after a, o or u: the fixed point of contracting ae/oe/ue, so that
# folding twice gives the same as folding once ("aee" → "a", not "ae").
_DIGRAPHS = re.compile(r"(?<=[aou])e+")  # no group to refer to: replaced in C
_WORD_CHARACTER = re.compile(r"[\w@.+]")
_LETTERS = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
}
_SPELLED_OUT_LETTERS = str.maketrans(_LETTERS)
_SPELLED_OUT = str.maketrans({**_LETTERS, "_": " "})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _plain_lower_of(text: str) -> str:
    # Case-fold and decompose twice: each step can undo the other's work ("ℌ" decomposes
    # to "H"; "İ" case-folds to "i" plus a combining dot; "ᾀ" keeps its iota only if
    # case-folded before the accents go).
    return _strip_accents(_strip_accents(text.casefold()).casefold())


class _PerCharacter(dict[int, str]):
    """A ``str.translate`` table that works each character out once, on first sight.

    Case-folding, decomposing and dropping combining marks act on each character alone
    (a combining mark is dropped wherever it stands), so folding a text character by
    character gives the same as folding it whole — and ``translate`` with a filled
    table runs in C, several times faster than decomposing every stored text anew
    (merging a Landkreis's files folds the search text of every record).
    """

    def __init__(self, fold_character: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_character = fold_character

    def __missing__(self, code: int) -> str:
        folded = self.fold_character(chr(code))
        self[code] = folded
        return folded


def _searchable(character: str) -> str:
    """One character as search text: folded, spelled out; not a word character: a space."""
    spelled = _plain_lower_of(character).translate(_SPELLED_OUT)
    return "".join(char if _WORD_CHARACTER.match(char) else " " for char in spelled)


_PLAIN_LOWER = _PerCharacter(_plain_lower_of)
_SEARCHABLE = _PerCharacter(_searchable)


def _plain_lower(text: str) -> str:
    if text.isascii():  # most stored text: nothing to decompose
        return text.lower()
    return text.translate(_PLAIN_LOWER)


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, ß as ss, and ae/oe/ue as a/o/u."""
    contracted = _DIGRAPHS.sub("", text.translate(_SEARCHABLE))
    return " ".join(contracted.split())


def sort_key(text: str) -> str:
    """German dictionary order (DIN 5007-1): case and accents ignored, ä like a, ß like ss."""
    return _plain_lower(text).translate(_SPELLED_OUT_LETTERS)


def fold_terms(query: str) -> list[str]:
    """Split a search query into folded words; every word must occur in a hit."""
    return [term for term in fold(query).split(" ") if term]
