"""Light lists of records for pickers: id, name and what tells namesakes apart.

A picker needs three columns of thousands of rows, not whole records; reading just those
keeps the first opening of a person or Stelle picker fast on a Landkreis network's data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from helferapp.domain.enums import OrganisationKind
from helferapp.domain.text_folding import sort_key
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import HelperGroup, Organisation, Person


@dataclass(frozen=True)
class LinkChoice:
    """One record a picker can offer."""

    id: str
    name: str
    detail: str = ""
    extra: str = ""


def _sorted(choices: list[LinkChoice]) -> list[LinkChoice]:
    return sorted(choices, key=lambda choice: (sort_key(choice.name), choice.id))


def group_choices(uow: UnitOfWork) -> list[LinkChoice]:
    """Live Helferkreise: name."""
    statement = select(HelperGroup.id, HelperGroup.name).where(
        HelperGroup.deleted.is_(False), HelperGroup.purged.is_(False)
    )
    with uow:
        rows = uow.session.execute(statement).all()
    return _sorted([LinkChoice(row.id, row.name) for row in rows])


def organisation_choices(uow: UnitOfWork) -> list[LinkChoice]:
    """Live Stellen: name, kind (as detail) and city (as extra)."""
    statement = select(
        Organisation.id, Organisation.name, Organisation.kind, Organisation.city
    ).where(Organisation.deleted.is_(False), Organisation.purged.is_(False))
    with uow:
        rows = uow.session.execute(statement).all()
    return _sorted(
        [LinkChoice(row.id, row.name, OrganisationKind(row.kind).label, row.city) for row in rows]
    )


def person_choices(
    uow: UnitOfWork, group_id: str | None = None, organisation_id: str | None = None
) -> list[LinkChoice]:
    """Live persons (of a group and/or a Stelle when given): name and role."""
    statement = select(Person.id, Person.name, Person.role).where(
        Person.deleted.is_(False), Person.purged.is_(False)
    )
    links = [
        column == value
        for column, value in (
            (Person.group_id, group_id),
            (Person.organisation_id, organisation_id),
        )
        if value is not None
    ]
    if links:
        statement = statement.where(or_(*links))
    with uow:
        rows = uow.session.execute(statement).all()
    return _sorted([LinkChoice(row.id, row.name, row.role) for row in rows])
