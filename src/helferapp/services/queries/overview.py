"""Titles of records of any kind, counts, and the recent changes for the Übersicht.

A title is what a person recognises a record by (a group's name, an Angebot's title,
"Gruppe – Stelle" for a Bündnispartner link); the Papierkorb and the list of recent
changes show records of every kind side by side, so they share one title query.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import Select, func, select

from helferapp.services.queries.tables import live, stamp_ms
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


def recent_changes(uow: UnitOfWork, limit: int = 10) -> list[RecentRow]:
    """The records changed last, of every kind, newest first (for the Übersicht)."""
    with uow:
        rows = [
            row
            for model in SYNCED_MODELS
            for row in titled_rows(uow, model, *live(model), limit=limit)
        ]
    rows.sort(key=lambda row: row.changed_ms, reverse=True)
    return rows[:limit]


def counts(uow: UnitOfWork) -> dict[str, int]:
    """Live records per kind code."""
    with uow:
        return {
            model.kind_code: uow.session.scalar(
                select(func.count()).select_from(model).where(*live(model))
            )
            or 0
            for model in SYNCED_MODELS
        }


def is_empty(uow: UnitOfWork) -> bool:
    """True when the database holds no record at all, not even in the Papierkorb."""
    with uow:
        return all(uow.session.scalar(select(model.id).limit(1)) is None for model in SYNCED_MODELS)
