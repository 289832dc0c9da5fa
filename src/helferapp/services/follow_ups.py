"""Wiedervorlagen: contacts that need another look on or before a given day.

The Übersicht and ``helferapp-cli follow-ups`` show them; overdue ones (date before
today) are flagged so the GUI can highlight them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from helferapp.services import records
from helferapp.services.entities import CONTACTS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Contact, HelperGroup, Organisation


@dataclass(frozen=True)
class FollowUpRow:
    """One open Wiedervorlage."""

    contact_id: str
    follow_up_on: date
    contact_date: date | None
    subject: str
    group_id: str | None
    group_name: str
    organisation_id: str | None
    organisation_name: str
    overdue: bool

    @property
    def partner(self) -> str:
        """Who the contact was with, for a one-line list."""
        return " / ".join(name for name in (self.organisation_name, self.group_name) if name)


def due_follow_ups(uow: UnitOfWork, today: date, within_days: int = 14) -> list[FollowUpRow]:
    """Open Wiedervorlagen due up to ``within_days`` after ``today``, overdue ones first."""
    group = aliased(HelperGroup)
    organisation = aliased(Organisation)
    # Plain columns, not ORM objects: a Landkreis network has thousands of due entries.
    statement = (
        select(
            Contact.id,
            Contact.follow_up_on,
            Contact.contact_date,
            Contact.subject,
            Contact.group_id,
            group.name,
            Contact.organisation_id,
            organisation.name,
        )
        .outerjoin(group, group.id == Contact.group_id)
        .outerjoin(organisation, organisation.id == Contact.organisation_id)
        .where(
            Contact.deleted.is_(False),
            Contact.purged.is_(False),
            Contact.done.is_(False),
            Contact.follow_up_on.is_not(None),
            Contact.follow_up_on <= today + timedelta(days=within_days),
        )
        .order_by(Contact.follow_up_on, Contact.id)
    )
    with uow:
        rows = uow.session.execute(statement).all()
    return [_row(*row, today=today) for row in rows]


def _row(
    contact_id: str,
    follow_up_on: date | None,
    contact_date: date | None,
    subject: str,
    group_id: str | None,
    group_name: str | None,
    organisation_id: str | None,
    organisation_name: str | None,
    *,
    today: date,
) -> FollowUpRow:
    assert follow_up_on is not None  # the query asks for set dates only
    return FollowUpRow(
        contact_id=contact_id,
        follow_up_on=follow_up_on,
        contact_date=contact_date,
        subject=subject,
        group_id=group_id,
        group_name=group_name or "",
        organisation_id=organisation_id,
        organisation_name=organisation_name or "",
        overdue=follow_up_on < today,
    )


def mark_done(uow: UnitOfWork, contact_id: str) -> None:
    """Mark a contact's Wiedervorlage as erledigt."""
    records.patch(uow, CONTACTS, contact_id, {"done": True})
