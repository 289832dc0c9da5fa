"""Bavaria's Gebiete for pickers and lists: always with their kind and their Kreis.

Names repeat (Landkreis Augsburg and kreisfreie Stadt Augsburg; 14 such pairs, and many
Gemeinden share a name), so every row carries its kind and, for Gemeinden, the Kreis it
belongs to; ``display`` puts them together for a picker.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import NotFoundError
from helferapp.domain.text_folding import fold, fold_terms, sort_key
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Region


@dataclass(frozen=True)
class RegionRow:
    """One Gebiet, ready to show."""

    ags: str
    name: str
    kind: str
    level: RegionLevel
    parent_ags: str | None
    parent_name: str
    parent_kind: str
    population: int
    postal_code: str
    search_text: str

    @property
    def display(self) -> str:
        """E.g. "Gersthofen (Stadt, Landkreis Augsburg)" or "Augsburg (kreisfreie Stadt)"."""
        if self.level is RegionLevel.MUNICIPALITY and self.kind != "kreisfreie Stadt":
            return f"{self.name} ({self.kind}, {self.parent_kind} {self.parent_name})"
        return f"{self.name} ({self.kind})"

    def matches(self, query: str) -> bool:
        """Tell whether every folded word of ``query`` occurs in this Gebiet's search text."""
        return all(term in self.search_text for term in fold_terms(query))


def _rows(uow: UnitOfWork, *conditions: object) -> list[RegionRow]:
    parent = aliased(Region)
    statement = (
        select(Region, parent.name, parent.kind)
        .outerjoin(parent, parent.ags == Region.parent_ags)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Region.name, Region.ags)
    )
    with uow:
        rows = [
            RegionRow(
                ags=region.ags,
                name=region.name,
                kind=region.kind,
                level=RegionLevel(region.level),
                parent_ags=region.parent_ags,
                parent_name=parent_name or "",
                parent_kind=parent_kind or "",
                population=region.population,
                postal_code=region.postal_code,
                search_text=f"{region.search_text} {fold(parent_name or '')}",
            )
            for region, parent_name, parent_kind in uow.session.execute(statement)
        ]
    # German order: Übersee among the U, not after Zusmarshausen.
    rows.sort(key=lambda row: (sort_key(row.name), row.ags))
    return rows


def list_regions(uow: UnitOfWork, level: RegionLevel | None = None) -> list[RegionRow]:
    """All Gebiete (or those of one level), sorted by name."""
    if level is None:
        return _rows(uow)
    return _rows(uow, Region.level == level.value)


def list_municipalities(uow: UnitOfWork) -> list[RegionRow]:
    """The 2,056 Gemeinden, for the Gemeinde picker."""
    return list_regions(uow, RegionLevel.MUNICIPALITY)


def list_districts(uow: UnitOfWork) -> list[RegionRow]:
    """The 96 Landkreise and kreisfreie Städte."""
    return list_regions(uow, RegionLevel.DISTRICT)


def list_district_regions(uow: UnitOfWork) -> list[RegionRow]:
    """The seven Regierungsbezirke, in the official order of their keys (091 Oberbayern …)."""
    return sorted(list_regions(uow, RegionLevel.DISTRICT_REGION), key=lambda row: row.ags)


def get_region(uow: UnitOfWork, ags: str) -> RegionRow:
    """One Gebiet by its AGS."""
    rows = _rows(uow, Region.ags == ags)
    if not rows:
        raise NotFoundError(f"Es gibt keinen bayerischen Gebietsschlüssel (AGS) „{ags}“.")
    return rows[0]
