"""Finding records that are probably the same, and merging two of them for good.

When several groups' lists come together, "Müller, Hans", "Hans Mueller" and "H. Müller"
turn up as three persons. The finder normalises names (Umlauts folded, titles such as
"Dr." and forms such as "e.V." dropped, word order ignored), compares them with rapidfuzz
and adds what is stronger than a name: the same phone number (stored in one E.164-like
form, so equal means equal) or the same e-mail address. Only records that share a block
key (a name word, its consonant skeleton, a phone number, an e-mail address) are
compared, so 15,000 persons take seconds, not the hours all pairs would.

Merging writes ordinary stamped edits: the kept record takes the chosen values, the other
one becomes a tombstone with ``merged_into`` pointing to the kept one, and every
reference follows (``merge_follow``), so that other installations merge the same way.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select

from helferapp.domain.errors import UserError
from helferapp.domain.text_folding import fold
from helferapp.services import records
from helferapp.services.entities import GROUPS, ORGANISATIONS, PERSONS
from helferapp.services.merge_follow import follow_merges
from helferapp.services.records import EntitySpec
from helferapp.services.unit_of_work import UnitOfWork

SPECS: dict[str, EntitySpec[Any]] = {
    "person": PERSONS,
    "group": GROUPS,
    "organisation": ORGANISATIONS,
}
MAX_BLOCK = 200  # a phone number shared by more is a switchboard, not a person
_NAME_CUTOFF = 75.0
_PERSON_NOISE = {
    "dr", "prof", "med", "phil", "rer", "nat", "dipl", "ing", "herr", "frau", "hr", "fr",
    "mag", "pfarrer", "pfr", "ba", "ma", "von", "van", "de",
}  # fmt: skip
_ORG_NOISE = {
    "ev", "e", "v", "verein", "eingetragener", "der", "die", "das", "fur", "und", "im", "in",
    "am", "an", "gmbh", "ggmbh", "kv", "hk", "asyl", "helferkreis", "st", "sankt",
}  # fmt: skip
_SPLIT = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two records that are probably the same, with why."""

    kind: str
    first_id: str
    second_id: str
    first_title: str
    second_title: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Entry:
    id: str
    title: str
    tokens: tuple[str, ...]
    phone: str
    email: str
    extra: str  # website for groups and Stellen
    normal: str = ""  # the words sorted and joined: word order does not count
    initial: bool = False  # a word of one letter ("H. Müller")


def normalise(name: str, kind: str = "person") -> tuple[str, ...]:
    """Name words without titles and legal forms, Umlauts folded ("Dr. Müller" → muller)."""
    noise = _PERSON_NOISE if kind == "person" else _ORG_NOISE
    words = [word for word in _SPLIT.split(fold(name.replace("e.V.", " ev "))) if word]
    kept = tuple(word for word in words if word not in noise)
    return kept or tuple(words)


_SOUNDS = str.maketrans({"d": "t", "b": "p", "g": "k", "v": "f", "w": "f", "z": "s", "c": "k"})


@functools.lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """A rough sound key: consonants only, hard/soft alike, doubles collapsed.

    meier/maier/mayer → mr, schmid/schmidt/schmitt → skmt, so typical spelling variants
    of a name meet in one block.
    """
    consonants = re.sub(r"[aeiouyh]", "", word.replace("ph", "f")).translate(_SOUNDS)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _similarity(
    a: str, b: str, first: tuple[str, ...], second: tuple[str, ...], initial: bool
) -> float:
    if a == b:
        return 100.0
    score = max(fuzz.ratio(a, b), fuzz.token_set_ratio(a, b) - 8)  # ratio of sorted words
    if score < 90 and initial:
        score = max(score, _initials_score(first, second))
    return float(score)


def _has_initial(words: tuple[str, ...]) -> bool:
    return any(len(word) == 1 for word in words)


def _initials_score(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    for short, long_ in ((first, second), (second, first)):
        initials = [word for word in short if len(word) == 1]
        rest = [word for word in short if len(word) > 1]
        others = list(long_)
        if not initials or not rest or not all(word in others for word in rest):
            continue
        for word in rest:
            others.remove(word)
        if all(any(other.startswith(letter) for other in others) for letter in initials):
            return 90.0
    return 0.0


def _load(uow: UnitOfWork, kind: str) -> list[_Entry]:
    spec = SPECS[kind]
    model: Any = spec.model
    extra = model.website if kind != "person" else model.email
    statement = select(model.id, model.name, model.phone, model.email, extra).where(
        model.deleted.is_(False), model.purged.is_(False)
    )
    with uow:
        rows = uow.session.execute(statement).all()
    entries: list[_Entry] = []
    for row in rows:
        tokens = normalise(row[1], kind)
        entries.append(
            _Entry(
                row[0],
                row[1],
                tokens,
                row[2] or "",
                (row[3] or "").lower(),
                (row[4] or "").lower().rstrip("/") if kind != "person" else "",
                " ".join(sorted(tokens)),
                _has_initial(tokens),
            )
        )
    return entries


def _pairs(entries: list[_Entry]) -> set[tuple[int, int]]:
    """The pairs worth scoring (blocking): records that share a phone number, an e-mail
    or web address, or the sound key of the whole name; and a name with an initial
    ("H. Müller") with the names that share its other words."""
    by_key: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    initials: list[int] = []
    for index, entry in enumerate(entries):
        sounds = sorted(_skeleton(word) for word in entry.tokens if len(word) > 1)
        keys = {f"n:{' '.join(sounds)}"} if sounds else set()
        for value, prefix in ((entry.phone, "p"), (entry.email, "e"), (entry.extra, "x")):
            if value:
                keys.add(f"{prefix}:{value}")
        for key in keys:
            by_key[key].append(index)
        for word in entry.tokens:
            if len(word) > 1:
                by_word[word].append(index)
        if any(len(word) == 1 for word in entry.tokens):
            initials.append(index)
    pairs: set[tuple[int, int]] = set()
    for block in by_key.values():
        if 1 < len(block) <= MAX_BLOCK:
            pairs.update(combinations(sorted(block), 2))
    for index in initials:
        words = [word for word in entries[index].tokens if len(word) > 1]
        if not words:
            continue
        shared = set(by_word[words[0]]).intersection(*(by_word[word] for word in words[1:]))
        pairs.update((min(index, other), max(index, other)) for other in shared if other != index)
    return pairs


def find_duplicates(
    uow: UnitOfWork, kind: str, *, limit: int = 500, min_score: int = 70
) -> list[DuplicateCandidate]:
    """Pairs of live records of ``kind`` that are probably the same, best first."""
    entries = _load(uow, kind)
    found = [_candidate(kind, entries[a], entries[b]) for a, b in _pairs(entries)]
    ranked = [item for item in found if item is not None and item.score >= min_score]
    ranked.sort(key=lambda item: (-item.score, item.first_title, item.second_title))
    return ranked[:limit]


def _candidate(kind: str, first: _Entry, second: _Entry) -> DuplicateCandidate | None:
    similarity = _similarity(
        first.normal, second.normal, first.tokens, second.tokens, first.initial or second.initial
    )
    reasons: list[str] = []
    strong = 0
    if first.phone and first.phone == second.phone:
        reasons.append("gleiche Telefonnummer")
        strong += 1
    if first.email and first.email == second.email:
        reasons.append("gleiche E-Mail-Adresse")
        strong += 1
    if first.extra and first.extra == second.extra:
        reasons.append("gleiche Internetseite")
        strong += 1
    if similarity < _NAME_CUTOFF and not strong:
        return None
    if similarity >= 99.5:
        reasons.insert(0, "gleicher Name")
    elif similarity >= 60:
        reasons.insert(0, f"ähnlicher Name ({round(similarity)} %)")
    score = similarity * 0.7 + (30 if strong else 0) + (5 if strong > 1 else 0)
    if not strong:
        score = similarity * 0.85
    return DuplicateCandidate(
        kind, first.id, second.id, first.title, second.title, min(100, round(score)), tuple(reasons)
    )


def merge_records(
    uow: UnitOfWork, kind: str, keep_id: str, drop_id: str, chosen: Mapping[str, Any] | None = None
) -> records.Record[Any]:
    """Merge ``drop_id`` into ``keep_id``: chosen values, references moved, tombstone.

    ``chosen`` maps field names to the value the kept record should have (taken from
    either side in the merge dialog); fields not named keep the kept record's value.
    """
    spec = SPECS.get(kind)
    if spec is None:
        raise UserError(f"Einträge der Art „{kind}“ lassen sich nicht zusammenführen.")
    if keep_id == drop_id:
        raise UserError("Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.")
    with uow:
        keep = records.load(uow, spec, keep_id)
        drop = records.load(uow, spec, drop_id)
        if keep.deleted or drop.deleted:
            raise UserError(
                "Einer der beiden Einträge liegt im Papierkorb. Bitte zuerst wiederherstellen."
            )
        current = records.data_from_model(spec, keep)
        wanted = dataclasses.replace(current, **dict(chosen or {}))
        cleaned = spec.validate(uow.session, wanted, previous=current)
        for item in dataclasses.fields(cleaned):
            value = getattr(cleaned, item.name)
            if isinstance(value, tuple):
                value = [part.value if isinstance(part, Enum) else part for part in value]
            if getattr(keep, item.name) != value:
                setattr(keep, item.name, value)
        drop.merged_into = keep_id
        drop.deleted = True
        uow.session.flush()
        follow_merges(uow.session)
        uow.commit()
        return records.to_record(spec, keep)
