"""What a record's page lists beside its form: the records linked to it.

A Helferkreis lists its Angebote, Personen, Bündnispartner and Kontakte; a Stelle the
groups it works with (as Bündnispartner, through shared Angebote or contacts), its
Angebote, Personen and the contact log; a Gebiet the groups and Stellen there. Each
item names the record to open, so the GUI can navigate with one double-click.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import func, select

from helferapp.domain.enums import PartnershipKind
from helferapp.services.queries.reading import live, names, sort_key
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Partnership,
    Person,
    Programme,
)


class RelatedItem(NamedTuple):
    """One entry of a related list: what to open, and what to show.

    ``link_id`` is the id of the record that makes the relation (a Bündnispartner link),
    so that it can be removed without opening the other record.
    """

    kind_code: str
    id: str
    title: str
    when: date | None = None
    tag: Any = None
    link_id: str | None = None


# --- related lists ------------------------------------------------------------------


class GroupLink(NamedTuple):
    """Why an organisation's page lists a group: partnership, shared Angebote, contacts."""

    partnership: PartnershipKind | None
    programmes: int
    contacts: int


class GroupRelations(NamedTuple):
    programmes: list[RelatedItem]
    persons: list[RelatedItem]
    partners: list[RelatedItem]
    contacts: list[RelatedItem]


class OrganisationRelations(NamedTuple):
    groups: list[RelatedItem]
    programmes: list[RelatedItem]
    persons: list[RelatedItem]
    contacts: list[RelatedItem]


class RegionRelations(NamedTuple):
    groups: list[RelatedItem]
    organisations: list[RelatedItem]


def _programmes_of(uow: UnitOfWork, column: Any, record_id: str) -> list[RelatedItem]:
    statement = (
        select(Programme.id, Programme.title)
        .where(column == record_id, *live(Programme))
        .order_by(Programme.title, Programme.id)
    )
    return [RelatedItem("programme", pid, title) for pid, title in uow.session.execute(statement)]


def _persons_of(uow: UnitOfWork, column: Any, record_id: str) -> list[RelatedItem]:
    statement = (
        select(Person.id, Person.name, Person.role)
        .where(column == record_id, *live(Person))
        .order_by(Person.name, Person.id)
    )
    return [
        RelatedItem("person", pid, f"{name} ({role})" if role else name)
        for pid, name, role in uow.session.execute(statement)
    ]


def _contacts_of(
    uow: UnitOfWork, column: Any, record_id: str, other: dict[str, str], other_column: Any
) -> list[RelatedItem]:
    statement = (
        select(Contact.id, Contact.contact_date, Contact.subject, other_column)
        .where(column == record_id, *live(Contact))
        .order_by(Contact.contact_date.desc(), Contact.id)
    )
    return [
        RelatedItem(
            "contact", cid, " – ".join(t for t in (subject, other.get(oid, "")) if t), when=when
        )
        for cid, when, subject, oid in uow.session.execute(statement)
    ]


def group_relations(uow: UnitOfWork, group_id: str) -> GroupRelations:
    """What a Helferkreis' page lists: its Angebote, Personen, Bündnispartner, Kontakte."""
    with uow:
        organisations = names(uow, Organisation)
        partners = [
            RelatedItem("organisation", oid, organisations.get(oid, ""), tag=kind, link_id=lid)
            for lid, oid, kind in uow.session.execute(
                select(Partnership.id, Partnership.organisation_id, Partnership.kind).where(
                    Partnership.group_id == group_id, *live(Partnership)
                )
            )
        ]
        partners.sort(key=lambda item: sort_key(item.title))
        return GroupRelations(
            _programmes_of(uow, Programme.group_id, group_id),
            _persons_of(uow, Person.group_id, group_id),
            partners,
            _contacts_of(uow, Contact.group_id, group_id, organisations, Contact.organisation_id),
        )


def organisation_relations(uow: UnitOfWork, organisation_id: str) -> OrganisationRelations:
    """What a Stelle's page lists: the groups it works with, its Angebote, Personen, Kontakte."""
    with uow:
        session = uow.session
        groups = names(uow, HelperGroup)
        partnership: dict[str, tuple[PartnershipKind, str]] = {
            gid: (kind, lid)
            for lid, gid, kind in session.execute(
                select(Partnership.id, Partnership.group_id, Partnership.kind).where(
                    Partnership.organisation_id == organisation_id, *live(Partnership)
                )
            )
        }
        shared: dict[str, int] = {}
        contacts_by_group: dict[str, int] = {}
        for model, counter in ((Programme, shared), (Contact, contacts_by_group)):
            for gid, number in session.execute(
                select(model.group_id, func.count())
                .where(
                    model.organisation_id == organisation_id,
                    model.group_id.is_not(None),
                    *live(model),
                )
                .group_by(model.group_id)
            ):
                if gid:
                    counter[gid] = number
        linked = [
            RelatedItem(
                "group",
                gid,
                groups.get(gid, ""),
                tag=GroupLink(
                    partnership.get(gid, (None, None))[0],
                    shared.get(gid, 0),
                    contacts_by_group.get(gid, 0),
                ),
                link_id=partnership.get(gid, (None, None))[1],
            )
            for gid in {*partnership, *shared, *contacts_by_group}
            if gid in groups
        ]
        linked.sort(key=lambda item: sort_key(item.title))
        return OrganisationRelations(
            linked,
            _programmes_of(uow, Programme.organisation_id, organisation_id),
            _persons_of(uow, Person.organisation_id, organisation_id),
            _contacts_of(uow, Contact.organisation_id, organisation_id, groups, Contact.group_id),
        )


def region_relations(uow: UnitOfWork, ags: str) -> RegionRelations:
    """Helferkreise working in a Gemeinde (or any Gemeinde of a Kreis) and Stellen there."""
    with uow:
        session = uow.session
        in_region = (lambda code: code.startswith(ags)) if len(ags) == 5 else ags.__eq__
        groups = [
            RelatedItem("group", gid, name)
            for gid, name, codes in session.execute(
                select(HelperGroup.id, HelperGroup.name, HelperGroup.region_ags).where(
                    *live(HelperGroup)
                )
            )
            if any(in_region(code) for code in codes or ())
        ]
        groups.sort(key=lambda item: sort_key(item.title))
        o = Organisation
        organisations = [
            RelatedItem("organisation", oid, name, tag=kind)
            for oid, name, kind in session.execute(
                select(o.id, o.name, o.kind)
                .where(o.region_ags.startswith(ags), *live(o))
                .order_by(o.name, o.id)
            )
        ]
        return RegionRelations(groups, organisations)
