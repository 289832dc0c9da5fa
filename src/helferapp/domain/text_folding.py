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

# Any run of e after a, o or u: the fixed point of contracting ae/oe/ue, so that
# folding twice gives the same as folding once ("aee" → "a", not "ae").
_DIGRAPHS = re.compile(r"([aou])e+")
_NON_WORD = re.compile(r"[^\w@.+]+")
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
    if text.isascii():  # most stored text: nothing to strip, and twice as fast
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _plain_lower(text: str) -> str:
    # Case-fold and decompose twice: each step can undo the other's work ("ℌ" decomposes
    # to "H"; "İ" case-folds to "i" plus a combining dot; "ᾀ" keeps its iota only if
    # case-folded before the accents go).
    return _strip_accents(_strip_accents(text.casefold()).casefold())


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, ß as ss, and ae/oe/ue as a/o/u."""
    plain = _plain_lower(text).translate(_SPELLED_OUT)
    contracted = _DIGRAPHS.sub(r"\1", plain)
    return _NON_WORD.sub(" ", contracted).strip()


def sort_key(text: str) -> str:
    """German dictionary order (DIN 5007-1): case and accents ignored, ä like a, ß like ss."""
    return _plain_lower(text).translate(_SPELLED_OUT_LETTERS)


def fold_terms(query: str) -> list[str]:
    """Split a search query into folded words; every word must occur in a hit."""
    return [term for term in fold(query).split(" ") if term]
