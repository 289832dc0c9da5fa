"""The SQL behind the Versorgung figures: a handful of aggregate queries per call.

Kept apart from ``services.coverage`` (which turns these counts into figures and gaps)
because this is where the speed is decided. With a whole Land's data (25,000 Angebote,
60,000 Kontakte, rows of 1–2 KB each because of their stamps) reading a table once is
already the largest cost, so:

- the Angebote are read in **one** scan, grouped by (Kreis, list of Handlungsfelder):
  a few thousand groups, each distinct list parsed once in Python (summing a dozen
  ``instr`` tests per row in SQL was slower);
- the last KI contact is looked up per KI Stelle through the index on
  ``contact.organisation_id`` (a few dozen Stellen), not by scanning all Kontakte;
- Helferkreise, Stellen, Gebiete and statuses are small tables.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, String, case, func, null, or_, select, true, type_coerce, union_all

from helferapp.domain.enums import FieldOfAction, GroupStatus, KIArea, OrganisationKind
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Contact, HelperGroup, Organisation, Programme, Region


@dataclass
class ProgrammeCounts:
    """Active Angebote of one Kreis: in all, per KI-Bereich, per Handlungsfeld, Gemeinden."""

    total: int = 0
    by_area: dict[KIArea, int] = field(default_factory=lambda: defaultdict(int))
    by_field: dict[FieldOfAction, int] = field(default_factory=lambda: defaultdict(int))
    gemeinden: int = 0  # Gemeinden with at least one


def off(flag: Any) -> Any:
    """SQL: ``flag`` is false, written so that SQLite does not use an index on it.

    Without statistics SQLite picks the index on ``deleted`` (true for nearly every
    row) over a table scan or the index that actually narrows the search: ten times
    slower here.
    """
    return func.coalesce(flag, True).is_(False)


def kreis_of(column: Any) -> Any:
    """SQL: the Kreis (first five digits) of an AGS."""
    return func.substr(column, 1, 5)


def active_programmes(today: date) -> Any:
    """CTE (gemeinde, fields) of the active Angebote (see ``services.coverage``).

    The Gemeinde falls back to the Stelle's, then to the Helferkreis' first; SQLite's
    ``coalesce`` only runs those lookups for the rare Angebot without a Gemeinde.
    """
    p = Programme
    organisation_place = (
        select(Organisation.region_ags)
        .where(Organisation.id == p.organisation_id)
        .scalar_subquery()
    )
    group_place = (
        select(func.json_extract(HelperGroup.region_ags, "$[0]"))
        .where(HelperGroup.id == p.group_id)
        .scalar_subquery()
    )
    dissolved = select(HelperGroup.id).where(HelperGroup.status == GroupStatus.DISSOLVED)
    gemeinde = func.coalesce(p.region_ags, organisation_place, group_place)
    return (
        select(gemeinde.label("gemeinde"), type_coerce(p.fields, String).label("fields"))
        .where(
            off(p.deleted),
            off(p.purged),
            or_(p.starts_on.is_(None), p.starts_on <= today),
            or_(p.ends_on.is_(None), p.ends_on >= today),
            or_(p.group_id.is_(None), p.group_id.not_in(dissolved)),
        )
        .cte("active")
    )


def programme_counts(uow: UnitOfWork, today: date) -> dict[str, ProgrammeCounts]:
    """Kreis AGS → counts of its active Angebote.

    One statement, one scan of the Angebote (SQLite materialises the CTE used twice):
    per (Kreis, list of Handlungsfelder) a count — a few thousand rows, each list
    parsed once here — and per Kreis the number of Gemeinden with an Angebot.
    """
    active = active_programmes(today)
    kreis = kreis_of(active.c.gemeinde)
    served = case((func.length(active.c.gemeinde) == 8, active.c.gemeinde))
    statement = union_all(
        select(kreis, active.c.fields, func.count(), null()).group_by(kreis, active.c.fields),
        select(kreis, null(), null(), func.count(func.distinct(served))).group_by(kreis),
    )
    parsed: dict[str, tuple[set[FieldOfAction], set[KIArea]]] = {}
    counts: dict[str, ProgrammeCounts] = defaultdict(ProgrammeCounts)
    for kreis_ags, text, number, gemeinden in uow.session.execute(statement):
        if not kreis_ags:
            continue
        result = counts[kreis_ags]
        if gemeinden is not None:
            result.gemeinden = gemeinden
            continue
        kinds = parsed.get(text)
        if kinds is None:
            fields = {FieldOfAction(code) for code in json.loads(text or "[]")}
            kinds = parsed[text] = (fields, {f.ki_area for f in fields})
        result.total += number
        for field_ in kinds[0]:
            result.by_field[field_] += number
        for area in kinds[1]:
            result.by_area[area] += number
    return counts


def group_counts(uow: UnitOfWork) -> dict[str, int]:
    """Kreis AGS → Helferkreise (not aufgelöst) with a Gemeinde there."""
    places = func.json_each(HelperGroup.region_ags).table_valued("value").alias("place")
    kreis = kreis_of(places.c.value)
    statement = (
        select(kreis, func.count(func.distinct(HelperGroup.id)))
        .select_from(HelperGroup)
        .join(places, true())
        .where(
            HelperGroup.deleted.is_(False),
            HelperGroup.purged.is_(False),
            HelperGroup.status != GroupStatus.DISSOLVED,
        )
        .group_by(kreis)
    )
    return {ags: number for ags, number in uow.session.execute(statement) if ags}


def last_ki_contacts(uow: UnitOfWork, today: date) -> dict[str, date]:
    """Kreis AGS → date of the newest contact (up to today) with a KI there."""
    # date(…) and off() keep SQLite away from the contact_date and deleted indexes; it
    # then uses the index on organisation_id: a few hundred rows per KI.
    newest = (
        select(func.max(func.date(Contact.contact_date)))
        .where(
            Contact.organisation_id == Organisation.id,
            off(Contact.deleted),
            off(Contact.purged),
            func.date(Contact.contact_date) <= today,
        )
        .scalar_subquery()
    )
    kreis = kreis_of(Organisation.region_ags)
    statement = (
        select(kreis, type_coerce(func.max(newest), Date))
        .where(
            Organisation.kind == OrganisationKind.KI,
            Organisation.purged.is_(False),
            Organisation.region_ags.is_not(None),
        )
        .group_by(kreis)
    )
    return {ags: when for ags, when in uow.session.execute(statement) if when}


def ki_stellen(uow: UnitOfWork) -> dict[str, tuple[str, ...]]:
    """Kreis AGS → names of the live Stellen of kind KI located there, in name order.

    A KI entered as a Stelle is a KI the user knows of: the coverage counts it as one
    even where no status was recorded for the Kreis (``services.coverage``).
    """
    statement = (
        select(kreis_of(Organisation.region_ags), Organisation.name)
        .where(
            Organisation.kind == OrganisationKind.KI,
            Organisation.deleted.is_(False),
            Organisation.purged.is_(False),
            Organisation.region_ags.is_not(None),
        )
        .order_by(Organisation.name)
    )
    found: dict[str, list[str]] = defaultdict(list)
    for ags, name in uow.session.execute(statement):
        if ags:
            found[ags].append(name)
    return {ags: tuple(names) for ags, names in found.items()}


def gemeinde_counts(uow: UnitOfWork) -> dict[str, int]:
    """Kreis AGS → number of its Gemeinden."""
    statement = (
        select(Region.parent_ags, func.count())
        .where(Region.level == "Gemeinde")
        .group_by(Region.parent_ags)
    )
    return {ags: number for ags, number in uow.session.execute(statement) if ags}


def gemeinden_without_programme(uow: UnitOfWork, kreis_ags: str, today: date) -> list[str]:
    """Names of the Gemeinden of one Kreis without any active Angebot (unsorted)."""
    active = active_programmes(today)
    served = select(active.c.gemeinde).where(active.c.gemeinde.is_not(None))
    statement = select(Region.name).where(
        Region.parent_ags == kreis_ags,
        Region.level == "Gemeinde",
        Region.ags.not_in(served),
    )
    return list(uow.session.scalars(statement))
