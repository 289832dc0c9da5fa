"""Titles of records of any kind, counts, and the recent changes for the Übersicht.

A title is what a person recognises a record by (a group's name, an Angebot's title,
"Gruppe – Stelle" for a Bündnispartner link); the Papierkorb and the list of recent
changes show records of every kind side by side, so they share one title query.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, or_, select

from helferapp.services.follow_ups import FollowUpRow
from helferapp.services.queries.reading import execute, live, names, stamp_ms
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import (
    SYNCED_MODELS,
    Contact,
    HelperGroup,
    Organisation,
    Partnership,
    Programme,
    Region,
    RegionStatus,
    SyncedRecord,
)


class RecentRow(NamedTuple):
    kind_code: str
    id: str
    title: str
    changed_ms: int


# --- titles, counts, recent changes ---------------------------------------------------


def _title_statement(model: type[SyncedRecord]) -> Select[*tuple[Any, ...]]:
    """id, title and last stamp of every record of ``model`` (filtered by the caller)."""
    if model is Partnership:
        group, organisation = HelperGroup.__table__.alias(), Organisation.__table__.alias()
        title = group.c.name + " – " + organisation.c.name
        return (
            select(model.id, title, model.last_stamp)
            .join(group, group.c.id == model.group_id)
            .join(organisation, organisation.c.id == model.organisation_id)
        )
    if model is RegionStatus:
        title = Region.name + " (" + Region.kind + ")"
        return select(model.id, title, model.last_stamp).join(Region, Region.ags == model.ags)
    column = {Programme: Programme.title, Contact: Contact.subject}.get(model)
    if column is None:
        column = model.name  # type: ignore[attr-defined]  # groups, Stellen, Personen
    return select(model.id, column, model.last_stamp)


def titled_rows(
    uow: UnitOfWork, model: type[SyncedRecord], *conditions: Any, limit: int | None = None
) -> list[RecentRow]:
    """Records of ``model`` meeting ``conditions`` as (kind, id, title, changed), newest first."""
    statement = _title_statement(model).where(*conditions).order_by(model.last_stamp.desc())
    if limit is not None:
        statement = statement.limit(limit)
    return [
        RecentRow(model.kind_code, rid, title or "", stamp_ms(stamp))
        for rid, title, stamp in uow.session.execute(statement)
    ]


def _newest_live(uow: UnitOfWork, model: type[SyncedRecord], limit: int) -> list[RecentRow]:
    """The newest live records of ``model``, read along the ``last_stamp`` index.

    Filtering out deleted records in SQL would make SQLite pick the ``deleted`` index and
    sort the whole table (60,000 contacts: a fifth of a second); reading the newest few
    and skipping deleted ones here is a thousand times faster.
    """
    fetch = limit * 4
    while True:
        statement = (
            _title_statement(model)
            .add_columns(model.deleted)
            .order_by(model.last_stamp.desc())
            .limit(fetch)
        )
        found = list(uow.session.execute(statement))
        rows = [
            RecentRow(model.kind_code, rid, title or "", stamp_ms(stamp))
            for rid, title, stamp, deleted in found
            if not deleted
        ]
        if len(rows) >= limit or len(found) < fetch:
            return rows[:limit]
        fetch *= 8


def recent_changes(uow: UnitOfWork, limit: int = 10) -> list[RecentRow]:
    """The records changed last, of every kind, newest first (for the Übersicht)."""
    with uow:
        rows = [row for model in SYNCED_MODELS for row in _newest_live(uow, model, limit)]
    rows.sort(key=lambda row: row.changed_ms, reverse=True)
    return rows[:limit]


def counts(uow: UnitOfWork) -> dict[str, int]:
    """Live records per kind code.

    Counted by ``deleted`` alone, which the index covers: a purged record is always a
    deleted one (only the Papierkorb can be emptied).
    """
    with uow:
        return {
            model.kind_code: uow.session.scalar(
                select(func.count()).select_from(model).where(model.deleted.is_(False))
            )
            or 0
            for model in SYNCED_MODELS
        }


NAMES_BY_ID_LIMIT = 500
"""Up to this many rows, ``due_follow_ups`` reads the names it shows by id (well below
SQLite's limit of parameters in one statement); beyond, all names at once."""


class DueFollowUps(NamedTuple):
    """The first ``rows`` of the open Wiedervorlagen, and how many there are in all."""

    rows: list[FollowUpRow]
    total: int
    others: int = 0
    """How many more there are of other groups (when only our own were asked for)."""


def due_follow_ups(
    uow: UnitOfWork,
    today: date,
    within_days: int = 14,
    limit: int | None = None,
    *,
    own_groups: Sequence[str] = (),
) -> DueFollowUps:
    """Open Wiedervorlagen for the Übersicht, like ``services.follow_ups.due_follow_ups``.

    The same rows, read as plain columns instead of ORM objects and at most ``limit`` of
    them (the most overdue first), because the Übersicht loads at every start and a
    Landkreis network's data holds thousands (the ORM version takes a second there).

    With ``own_groups`` (``services.own_groups``) only ours are listed: those of our
    groups, and those without a group that were last written on this installation (a
    contact with a Stelle only); ``others`` counts the rest. Without, all are listed.
    """
    c = Contact
    due: tuple[Any, ...] = (
        c.done.is_(False),
        c.follow_up_on.is_not(None),
        c.follow_up_on <= today + timedelta(days=within_days),
        *live(c),
    )
    others = 0
    if own_groups:
        with uow:
            every = uow.session.scalar(select(func.count()).select_from(c).where(*due)) or 0
            installation = uow.database.installation_id
        ours = or_(
            c.group_id.in_(list(own_groups)),
            and_(c.group_id.is_(None), c.last_stamp.like(f"%-{installation}")),
        )
        due = (*due, ours)
    statement = (
        select(c.id, c.follow_up_on, c.contact_date, c.subject, c.group_id, c.organisation_id)
        .where(*due)
        .order_by(c.follow_up_on, c.id)
        .limit(limit)
    )
    with uow:
        total = uow.session.scalar(select(func.count()).select_from(c).where(*due)) or 0
        found = list(execute(uow, statement))
        # With a limit, the names of only the groups and Stellen listed: reading all
        # 2,500 Bavarian groups' names for a hundred rows was a third of the time.
        few = limit is not None and limit <= NAMES_BY_ID_LIMIT
        groups = names(uow, HelperGroup, [r[4] for r in found if r[4]] if few else None)
        organisations = names(uow, Organisation, [r[5] for r in found if r[5]] if few else None)
        rows = [
            FollowUpRow(
                contact_id=rid,
                follow_up_on=follow_up_on,
                contact_date=contact_date,
                subject=subject,
                group_id=group_id,
                group_name=groups.get(group_id, "") if group_id else "",
                organisation_id=organisation_id,
                organisation_name=organisations.get(organisation_id, "") if organisation_id else "",
                overdue=follow_up_on < today,
            )
            for rid, follow_up_on, contact_date, subject, group_id, organisation_id in found
        ]
        if own_groups:
            others = every - total
        return DueFollowUps(rows, total, others)


def is_empty(uow: UnitOfWork) -> bool:
    """True when the database holds no record at all, not even in the Papierkorb."""
    with uow:
        return all(uow.session.scalar(select(model.id).limit(1)) is None for model in SYNCED_MODELS)
