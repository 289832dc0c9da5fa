"""Folding text for search, so that typing is forgiving about Umlauts and accents.

Both the stored search text and the query are folded the same way, so "Müller",
"Mueller" and "muller" all meet at "muller", and "Straße" and "strasse" at "strasse".
The ae/oe/ue contraction is applied to both sides, so it cannot miss, only (rarely) find
one more hit, e.g. "Quelle" also under "qulle" — harmless for a filter box.
"""

from __future__ import annotations

import re
import unicodedata

_DIGRAPHS = re.compile(r"ae|oe|ue")
_NON_WORD = re.compile(r"[^0-9a-z@.+]+")


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, ß as ss, and ae/oe/ue as a/o/u."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    contracted = _DIGRAPHS.sub(lambda match: match.group(0)[0], stripped)
    return _NON_WORD.sub(" ", contracted).strip()


def fold_terms(query: str) -> list[str]:
    """Split a search query into folded words; every word must occur in a hit."""
    return [term for term in fold(query).split(" ") if term]
