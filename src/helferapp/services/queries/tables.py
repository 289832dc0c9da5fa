"""Rows for the GUI's record tables: plain named tuples, one query per table.

Why tuples: a table of 25,000 Angebote must load in a blink and filter in memory on every
keystroke. Each row is read with one column ``select`` (no ORM objects), names of linked
records come from small id → name maps, and every row ends with ``search``: the record's
stored folded search text plus the folded names shown beside it, so the GUI's filter is a
plain substring test ("muller" finds "Müller", also in a provider's name).

Enum values stay enums here; the GUI translates their labels.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, time
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, func, select

from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    KIStatus,
    OrganisationKind,
    Weekday,
)
from helferapp.domain.text_folding import fold
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Person,
    Programme,
    Region,
    RegionStatus,
    SyncedRecord,
)

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def sort_key(text: str) -> str:
    """German dictionary order (DIN 5007-1: ä like a), cheap enough for 25,000 rows."""
    return text.casefold().translate(_UMLAUTS)


def stamp_ms(stamp: str | None) -> int:
    """Wall time in ms of a clock stamp (its first 15 digits), 0 for none."""
    return int(stamp[:15]) if stamp else 0


class GroupRow(NamedTuple):
    id: str
    name: str
    status: GroupStatus
    gemeinden: str
    locality: str
    phone: str
    email: str
    checked_on: date | None
    changed_ms: int
    search: str


class ProgrammeRow(NamedTuple):
    id: str
    title: str
    provider: str
    fields: tuple[FieldOfAction, ...]
    gemeinde: str
    weekday: Weekday | None
    start_time: time | None
    end_time: time | None
    schedule_text: str
    changed_ms: int
    search: str


class OrganisationRow(NamedTuple):
    id: str
    name: str
    kind: OrganisationKind
    city: str
    gemeinde: str
    phone: str
    email: str
    changed_ms: int
    search: str


class PersonRow(NamedTuple):
    id: str
    name: str
    role: str
    belongs_to: str
    phone: str
    email: str
    consent_given_on: date | None
    consent_internal: bool
    consent_share: bool
    consent_print: bool
    consent_withdrawn_on: date | None
    changed_ms: int
    search: str


class ContactRow(NamedTuple):
    id: str
    contact_date: date | None
    organisation: str
    group: str
    channel: ContactChannel
    subject: str
    follow_up_on: date | None
    done: bool
    changed_ms: int
    search: str


class RegionTableRow(NamedTuple):
    """A Kreis or Gemeinde with its status; ``id`` is the AGS."""

    id: str
    name: str
    kind: str
    kreis: str
    population: int
    concept_status: ConceptStatus | None
    ki_status: KIStatus | None
    groups: int
    programmes: int
    search: str


def live(model: type[SyncedRecord]) -> tuple[Any, Any]:
    return model.deleted.is_(False), model.purged.is_(False)


def names(uow: UnitOfWork, model: type[HelperGroup] | type[Organisation]) -> dict[str, str]:
    """Id → name of every group or organisation not wiped (deleted ones keep a name)."""
    statement = select(model.id, model.name).where(model.purged.is_(False))
    return {key: name for key, name in uow.session.execute(statement)}


def region_names(uow: UnitOfWork) -> dict[str, str]:
    """AGS → name of every Gebiet."""
    with uow:
        return _region_names(uow)


def _region_names(uow: UnitOfWork) -> dict[str, str]:
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


S = TypeVar("S", bound=Select[*tuple[Any, ...]])


def _restrict(statement: S, model: type[SyncedRecord], ids: Iterable[str] | None) -> S:
    """Only live records, and only ``ids`` when given (to refresh single rows)."""
    if ids is not None:
        statement = statement.where(model.id.in_(list(ids)))
    return statement.where(*live(model))


def group_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[GroupRow]:
    """Helferkreise for the table (only ``ids`` if given)."""
    g = HelperGroup
    statement = _restrict(
        select(
            g.id,
            g.name,
            g.status,
            g.region_ags,
            g.locality,
            g.phone,
            g.email,
            g.checked_on,
            g.last_stamp,
            g.search_text,
        ).order_by(g.name, g.id),
        g,
        ids,
    )
    folder = Folder()
    with uow:
        regions = _region_names(uow)
        rows = []
        for row in uow.session.execute(statement):
            gemeinden = ", ".join(regions.get(ags, ags) for ags in row.region_ags or ())
            rows.append(
                GroupRow(
                    row.id,
                    row.name,
                    row.status,
                    gemeinden,
                    row.locality,
                    row.phone,
                    row.email,
                    row.checked_on,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(gemeinden, row.status.label)}",
                )
            )
        return rows


def _provider(group: str, organisation: str) -> str:
    return " / ".join(name for name in (group, organisation) if name)


def programme_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[ProgrammeRow]:
    """Angebote for the table, each with who runs it and where."""
    p = Programme
    statement = _restrict(
        select(
            p.id,
            p.title,
            p.group_id,
            p.organisation_id,
            p.fields,
            p.region_ags,
            p.weekday,
            p.start_time,
            p.end_time,
            p.schedule_text,
            p.last_stamp,
            p.search_text,
        ).order_by(p.title, p.id),
        p,
        ids,
    )
    folder = Folder()
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        regions = _region_names(uow)
        rows = []
        for row in uow.session.execute(statement):
            provider = _provider(
                groups.get(row.group_id, ""), organisations.get(row.organisation_id, "")
            )
            gemeinde = regions.get(row.region_ags, "") if row.region_ags else ""
            fields = tuple(FieldOfAction(code) for code in row.fields or ())
            rows.append(
                ProgrammeRow(
                    row.id,
                    row.title,
                    provider,
                    fields,
                    gemeinde,
                    row.weekday,
                    row.start_time,
                    row.end_time,
                    row.schedule_text,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(provider, gemeinde, *(f.label for f in fields))}",
                )
            )
        return rows


def organisation_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[OrganisationRow]:
    """Stellen for the table, with their kind."""
    o = Organisation
    statement = _restrict(
        select(
            o.id,
            o.name,
            o.kind,
            o.city,
            o.region_ags,
            o.phone,
            o.email,
            o.last_stamp,
            o.search_text,
        ).order_by(o.name, o.id),
        o,
        ids,
    )
    folder = Folder()
    with uow:
        regions = _region_names(uow)
        rows = []
        for row in uow.session.execute(statement):
            gemeinde = regions.get(row.region_ags, "") if row.region_ags else ""
            rows.append(
                OrganisationRow(
                    row.id,
                    row.name,
                    row.kind,
                    row.city,
                    gemeinde,
                    row.phone,
                    row.email,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(gemeinde, row.kind.label)}",
                )
            )
        return rows


def person_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[PersonRow]:
    """Ansprechpersonen for the table, with their consent at a glance."""
    p = Person
    statement = _restrict(
        select(
            p.id,
            p.name,
            p.role,
            p.group_id,
            p.organisation_id,
            p.phone,
            p.email,
            p.consent_given_on,
            p.consent_internal,
            p.consent_share,
            p.consent_print,
            p.consent_withdrawn_on,
            p.last_stamp,
            p.search_text,
        ).order_by(p.name, p.id),
        p,
        ids,
    )
    folder = Folder()
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        rows = []
        for row in uow.session.execute(statement):
            belongs = _provider(
                groups.get(row.group_id, ""), organisations.get(row.organisation_id, "")
            )
            rows.append(
                PersonRow(
                    row.id,
                    row.name,
                    row.role,
                    belongs,
                    row.phone,
                    row.email,
                    row.consent_given_on,
                    row.consent_internal,
                    row.consent_share,
                    row.consent_print,
                    row.consent_withdrawn_on,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(belongs)}",
                )
            )
        return rows


def contact_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[ContactRow]:
    """The Kontaktprotokoll, newest first."""
    c = Contact
    statement = _restrict(
        select(
            c.id,
            c.contact_date,
            c.organisation_id,
            c.group_id,
            c.channel,
            c.subject,
            c.follow_up_on,
            c.done,
            c.last_stamp,
            c.search_text,
        ).order_by(c.contact_date.desc(), c.id),
        c,
        ids,
    )
    folder = Folder()
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        rows = []
        for row in uow.session.execute(statement):
            organisation = organisations.get(row.organisation_id, "")
            group = groups.get(row.group_id, "")
            rows.append(
                ContactRow(
                    row.id,
                    row.contact_date,
                    organisation,
                    group,
                    row.channel,
                    row.subject,
                    row.follow_up_on,
                    row.done,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(organisation, group, row.channel.label)}",
                )
            )
        return rows


def region_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[RegionTableRow]:
    """Kreise and Gemeinden with their status and how many groups/Angebote work there.

    A kreisfreie Stadt is a Kreis and a Gemeinde at once; it is listed once, as the Kreis,
    and counts what is recorded for either key.
    """
    r = Region
    statement = select(
        r.ags, r.name, r.kind, r.level, r.parent_ags, r.population, r.search_text
    ).where(r.level.in_(("Kreis", "Gemeinde")))
    if ids is not None:
        statement = statement.where(r.ags.in_(list(ids)))
    with uow:
        session = uow.session
        kinds = {ags: kind for ags, kind in session.execute(select(r.ags, r.kind))}
        names = _region_names(uow)
        statuses = {
            ags: (concept, ki)
            for ags, concept, ki in session.execute(
                select(RegionStatus.ags, RegionStatus.concept_status, RegionStatus.ki_status).where(
                    *live(RegionStatus)
                )
            )
        }
        groups: dict[str, int] = defaultdict(int)
        for (region_ags,) in session.execute(
            select(HelperGroup.region_ags).where(*live(HelperGroup))
        ):
            for ags in region_ags or ():
                groups[ags] += 1
        programmes: dict[str, int] = defaultdict(int)
        for programme_ags, number in session.execute(
            select(Programme.region_ags, func.count())
            .where(*live(Programme))
            .group_by(Programme.region_ags)
        ):
            if programme_ags:
                programmes[programme_ags] = number
        for counts in (groups, programmes):
            for ags, number in list(counts.items()):
                if len(ags) == 8:
                    counts[ags[:5]] += number
        folder = Folder()
        rows = []
        for row in session.execute(statement.order_by(r.name, r.ags)):
            if row.level == "Gemeinde" and row.kind == "kreisfreie Stadt":
                continue  # shown once, as the Kreis it also is
            kreis = ""  # the Kreis of a Gemeinde, the Regierungsbezirk of a Kreis
            if row.parent_ags:
                kreis = f"{kinds.get(row.parent_ags, '')} {names.get(row.parent_ags, '')}"
            concept, ki = statuses.get(row.ags, (None, None))
            rows.append(
                RegionTableRow(
                    row.ags,
                    row.name,
                    row.kind,
                    kreis,
                    row.population,
                    concept,
                    ki,
                    groups.get(row.ags, 0),
                    programmes.get(row.ags, 0),
                    f"{row.search_text} {row.ags} {folder(row.kind, kreis)}",
                )
            )
        return rows


ROW_QUERIES = {
    "group": group_rows,
    "programme": programme_rows,
    "organisation": organisation_rows,
    "person": person_rows,
    "contact": contact_rows,
    "region_status": region_rows,
}
