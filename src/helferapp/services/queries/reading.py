"""Reading big tables quickly: plain column selects, cached decoding and folding.

Why: loading 25,000 Angebote through the ORM, with SQLAlchemy decoding every JSON list
and enum and ``fold`` running on every name, takes seconds on an old laptop; the same
few texts repeat thousands of times, so each is decoded or folded once here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import Select, String, select, type_coerce

from helferapp.domain.text_folding import fold
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import HelperGroup, Organisation, Region, SyncedRecord

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def sort_key(text: str) -> str:
    """German dictionary order (DIN 5007-1: ä like a), cheap enough for 25,000 rows.

    ``domain.text_folding.sort_key`` is exact for every script but ten times slower.
    """
    return text.casefold().translate(_UMLAUTS)


def stamp_ms(stamp: str | None) -> int:
    """Wall time in ms of a clock stamp (its first 15 digits), 0 for none."""
    return int(stamp[:15]) if stamp else 0


def live(model: type[SyncedRecord]) -> tuple[Any, Any]:
    return model.deleted.is_(False), model.purged.is_(False)


def names(
    uow: UnitOfWork,
    model: type[HelperGroup] | type[Organisation],
    ids: Iterable[str] | None = None,
) -> dict[str, str]:
    """Id → name of every group or organisation not wiped (deleted ones keep a name),
    or of only those of ``ids`` (a short list: a few of the 2,500 Bavarian groups)."""
    statement = select(model.id, model.name).where(model.purged.is_(False))
    if ids is not None:
        statement = statement.where(model.id.in_(sorted(set(ids))))
    return {key: name for key, name in execute(uow, statement)}


def region_names(uow: UnitOfWork) -> dict[str, str]:
    """AGS → name of every Gebiet."""
    with uow:
        return region_names_in(uow)


def region_names_in(uow: UnitOfWork) -> dict[str, str]:
    return {ags: name for ags, name in uow.session.execute(select(Region.ags, Region.name))}


class Folder:
    """Folds repeated names once: providers and Gemeinden recur thousands of times."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def __call__(self, *texts: str) -> str:
        parts = []
        for text in texts:
            if text:
                folded = self._cache.get(text)
                if folded is None:
                    folded = self._cache[text] = fold(text)
                parts.append(folded)
        return " ".join(parts)


E = TypeVar("E", bound=Enum)


class Decoder:
    """Turns stored codes (enum values, JSON lists) into values, once per distinct text.

    Why: SQLAlchemy's JSON and Enum result processing costs more than the rest of a
    25,000-row table load, while the same few texts ("[\"sprache\"]") repeat all over.
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[type, str | None], Any] = {}

    def member(self, enum_type: type[E], code: str | None) -> E | None:
        return None if code is None else enum_type(code)

    def members(self, enum_type: type[E], text: str | None) -> tuple[E, ...]:
        key = (enum_type, text)
        value = self._cache.get(key)
        if value is None:
            codes = json.loads(text) if text else []
            value = self._cache[key] = tuple(enum_type(code) for code in codes or ())
        return value

    def texts(self, text: str | None) -> tuple[str, ...]:
        key = (str, text)
        value = self._cache.get(key)
        if value is None:
            value = self._cache[key] = tuple(json.loads(text) if text else ())
        return value


def raw(column: Any) -> Any:
    """The column's stored text, undecoded (see ``Decoder``)."""
    return type_coerce(column, String())


def execute(uow: UnitOfWork, statement: Any) -> Any:
    """Run a column select in Core (no ORM loading layer: a third faster for big tables)."""
    return uow.session.connection().execute(statement)


S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def restrict(statement: S, model: type[SyncedRecord], ids: Iterable[str] | None) -> S:
    """Only live records, and only ``ids`` when given (to refresh single rows)."""
    if ids is not None:
        statement = statement.where(model.id.in_(list(ids)))
    return statement.where(*live(model))
