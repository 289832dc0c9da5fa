"""Making references follow merged duplicates, as ordinary stamped local edits.

A record merged into another carries ``merged_into`` and is deleted (docs/FORMAT.md §4).
Whoever merges moves the references it knows about; but another installation may hold
contacts or Angebote that still point to the dropped record (made before it imported the
merge). So after merging two records here *and* after every exchange import, each live
reference to a merged record is re-pointed to the record at the end of its chain.
Bündnispartner links have ids derived from their pair, so a link is re-pointed by
reviving or creating the link of the new pair and merging the old one into it. Because
every installation applies the same rule to the same data, all of them converge.

A chain that loops (two laptops merged A into B and B into A at the same time) is left
alone: both records stay deleted and their references unchanged until someone restores
one of them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from helferapp.domain.ids import partnership_id
from helferapp.store.batches import batches
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Partnership,
    Person,
    Programme,
    SyncedRecord,
)

_TARGETS: dict[str, type[SyncedRecord]] = {
    "group_id": HelperGroup,
    "organisation_id": Organisation,
    "person_id": Person,
}
_REFERRERS: tuple[tuple[type[SyncedRecord], tuple[str, ...]], ...] = (
    (Programme, ("group_id", "organisation_id")),
    (Person, ("group_id", "organisation_id")),
    (Contact, ("group_id", "organisation_id", "person_id")),
)


def merge_targets(session: Session, model: type[SyncedRecord]) -> dict[str, str]:
    """Merged (deleted) record id → the id at the end of its ``merged_into`` chain."""
    statement = select(model.id, model.merged_into).where(
        model.merged_into.is_not(None), model.deleted.is_(True)
    )
    direct = {row[0]: row[1] for row in session.execute(statement) if row[1]}
    final: dict[str, str] = {}
    for start in direct:
        seen = {start}
        current = direct[start]
        while current in direct and current not in seen:
            seen.add(current)
            current = direct[current]
        if current not in seen:
            final[start] = current
    return final


def follow_merges(session: Session) -> int:
    """Re-point every live reference to a merged record; return how many were moved."""
    with session.no_autoflush:
        targets = {column: merge_targets(session, model) for column, model in _TARGETS.items()}
    moved = 0
    for model, columns in _REFERRERS:
        for column in columns:
            mapping = targets[column]
            if not mapping:
                continue
            attribute: Any = getattr(model, column)
            for chunk in batches(sorted(mapping)):
                statement = select(model).where(attribute.in_(chunk), model.purged.is_(False))
                for record in session.scalars(statement):
                    setattr(record, column, mapping[getattr(record, column)])
                    moved += 1
    return moved + _follow_partnerships(session, targets["group_id"], targets["organisation_id"])


def _follow_partnerships(session: Session, groups: dict[str, str], orgs: dict[str, str]) -> int:
    if not groups and not orgs:
        return 0
    statement = select(Partnership).where(
        Partnership.deleted.is_(False),
        or_(Partnership.group_id.in_(list(groups)), Partnership.organisation_id.in_(list(orgs))),
    )
    moved = 0
    for old in list(session.scalars(statement)):
        group_id = groups.get(old.group_id, old.group_id)
        organisation_id = orgs.get(old.organisation_id, old.organisation_id)
        new_id = partnership_id(group_id, organisation_id)
        link = session.get(Partnership, new_id)
        if link is None:
            link = Partnership(
                id=new_id,
                group_id=group_id,
                organisation_id=organisation_id,
                kind=old.kind,
                notes=old.notes,
                deleted=False,
                purged=False,
            )
            session.add(link)
        elif link.deleted:
            link.deleted = False
            link.purged = False
            link.kind, link.notes = old.kind, old.notes
        old.merged_into = new_id
        old.deleted = True
        moved += 1
    return moved
