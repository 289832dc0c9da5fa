"""Finding the Gemeinde (AGS) that a list means by "Neustadt a.d. Waldnaab" or "Hausen".

Lists name places the way people say them: with or without "Markt"/"Stadt", "an der"
spelled out or abbreviated, Umlauts or not. 2,056 Bavarian Gemeinden share names (four
are called Hausen), so a name alone is not always enough: a Landkreis in brackets, in
another column or a postal code decides; if nothing does, the match is *ambiguous* and
the wizard asks the user (the CLI takes the answer from the mapping file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from helferapp.domain.enums import RegionLevel
from helferapp.domain.text_folding import fold
from helferapp.services.regions import RegionRow

_PREFIXES = ("landeshauptstadt", "grosse kreisstadt", "stadt", "markt", "gemeinde", "gem")
_DISTRICT_WORDS = re.compile(r"\b(landkreis|landkr|lkr|lk|kreis|krs|stadt|kreisfreie)\b")
_ABBREVIATIONS = (
    (r"\ban der\b", "a d"),
    (r"\bin der\b", "i d"),
    (r"\bob der\b", "o d"),
    (r"\bam\b", "a"),
    (r"\ban\b", "a"),
    (r"\bbei\b", "b"),
    (r"\bim\b", "i"),
    (r"\bin\b", "i"),
    (r"\bsankt\b", "st"),
)


def name_key(text: str) -> str:
    """A spelling-proof key: folded, "an der" → "a d", only letters and digits left."""
    folded = fold(text).replace(".", " ")
    for pattern, short in _ABBREVIATIONS:
        folded = re.sub(pattern, short, folded)
    return re.sub(r"[^0-9a-z]+", "", folded)


@dataclass(frozen=True)
class GemeindeMatch:
    """The outcome for one cell: one AGS, or the candidates to choose from, or none."""

    text: str
    ags: str | None = None
    candidates: tuple[RegionRow, ...] = field(default_factory=tuple)

    @property
    def ambiguous(self) -> bool:
        return self.ags is None and len(self.candidates) > 1


class GemeindeMatcher:
    """Matches place names against the Gebiete (Gemeinden, optionally also Kreise)."""

    def __init__(self, regions: list[RegionRow], *, districts: bool = False) -> None:
        self._by_key: dict[str, list[RegionRow]] = {}
        self._by_ags: dict[str, RegionRow] = {}
        levels = {RegionLevel.MUNICIPALITY} | ({RegionLevel.DISTRICT} if districts else set())
        for row in regions:
            if row.level not in levels:
                continue
            self._by_ags[row.ags] = row
            self._by_key.setdefault(name_key(row.name), []).append(row)

    def match(self, text: str, hint: str = "", postal_code: str = "") -> GemeindeMatch:
        """Match ``text``; ``hint`` (a Landkreis) and ``postal_code`` break ties."""
        text = " ".join(text.split())
        if not text:
            return GemeindeMatch(text)
        if text in self._by_ags:
            return GemeindeMatch(text, text, (self._by_ags[text],))
        name, inline_hint = _split_hint(text)
        candidates = self._candidates(name)
        if len(candidates) > 1:
            for decider in (inline_hint, hint, postal_code):
                narrowed = [row for row in candidates if decider and _fits(row, decider)]
                if narrowed:
                    candidates = narrowed
                    if len(candidates) == 1:
                        break
        if len(candidates) > 1:
            municipalities = [row for row in candidates if row.level is RegionLevel.MUNICIPALITY]
            if inline_hint == "" and len({row.name for row in candidates}) == 1:
                # "Augsburg" the kreisfreie Stadt and its Gemeinde are one place: prefer the
                # Gemeinde row of a kreisfreie Stadt over the Kreis only when asked for one.
                candidates = municipalities or candidates
        if len(candidates) == 1:
            return GemeindeMatch(text, candidates[0].ags, tuple(candidates))
        return GemeindeMatch(text, None, tuple(sorted(candidates, key=lambda row: row.display)))

    def _candidates(self, name: str) -> list[RegionRow]:
        key = name_key(name)
        found = self._by_key.get(key)
        if found:
            return list(found)
        folded = fold(name)
        for prefix in ("landkreis", "lkr", "lk"):
            if folded.startswith(prefix + " "):
                rest = self._by_key.get(name_key(folded[len(prefix) + 1 :]), [])
                return [row for row in rest if row.kind == "Landkreis"]
        for prefix in _PREFIXES:
            if folded.startswith(prefix + " "):
                found = self._by_key.get(name_key(folded[len(prefix) + 1 :]))
                if found:
                    return list(found)
        return []

    def describe(self, ags: str) -> str:
        row = self._by_ags.get(ags)
        return row.display if row else ags


def _split_hint(text: str) -> tuple[str, str]:
    """ "Hausen (Lkr. Miltenberg)" / "Hausen, Miltenberg" → ("Hausen", "Lkr. Miltenberg")."""
    match = re.match(r"^(.*?)\s*[(\[]\s*(.*?)\s*[)\]]\s*$", text)
    if match:
        return match.group(1), match.group(2)
    for separator in (",", " / ", " - ", " – "):
        if separator in text:
            name, _, hint = text.partition(separator)
            return name.strip(), hint.strip()
    return text, ""


def _fits(row: RegionRow, decider: str) -> bool:
    """Does the Landkreis text, PLZ or AGS ``decider`` describe where ``row`` lies?"""
    decider = decider.strip()
    if decider.isdigit():
        return row.postal_code == decider or row.ags.startswith(decider)
    key = name_key(_DISTRICT_WORDS.sub(" ", fold(decider)))
    if not key:
        return False
    parent = name_key(row.parent_name)
    return bool(parent) and (key == parent or key in parent or parent in key)
