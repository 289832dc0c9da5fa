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
one of them. A chain that ends at a record this table does not have (a hostile or broken
file: an id nobody has, or one of another table) cannot be followed: if live records
point to its start, the import is refused (``DanglingMergeError``), otherwise it is left
alone too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from helferapp.domain.errors import UserError
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


class DanglingMergeError(UserError):
    """Live records point to a record merged into one that does not exist."""


def merge_targets(session: Session, model: type[SyncedRecord]) -> dict[str, str]:
    """Merged (deleted) record id → the id at the end of its ``merged_into`` chain
    (only chains that end at a record of the same table)."""
    return _chains(session, model)[0]


def _chains(session: Session, model: type[SyncedRecord]) -> tuple[dict[str, str], set[str]]:
    """The followable chains (as ``merge_targets``), and the merged records whose chain
    ends at an id this table does not have (loops are neither)."""
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
    existing: set[str] = set()
    for chunk in batches(sorted(set(final.values()))):
        existing.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    followable = {start: end for start, end in final.items() if end in existing}
    return followable, set(final) - set(followable)


def follow_merges(session: Session) -> int:
    """Re-point every live reference to a merged record; return how many were moved."""
    with session.no_autoflush:
        chains = {column: _chains(session, model) for column, model in _TARGETS.items()}
        targets = {column: chain[0] for column, chain in chains.items()}
        _refuse_dangling(session, {column: chain[1] for column, chain in chains.items()})
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


def _refuse_dangling(session: Session, dangling_by_column: dict[str, set[str]]) -> None:
    """Refuse when a live record points to a merged record whose chain ends nowhere —
    following it would point the record at nothing; leaving it would point it at a
    record every other installation re-points elsewhere."""
    for column, dangling in dangling_by_column.items():
        if not dangling:
            continue
        referrers = [
            (referrer, getattr(referrer, column))
            for referrer, columns in _REFERRERS
            if column in columns
        ]
        for referrer, attribute in referrers:
            for chunk in batches(sorted(dangling)):
                found = session.scalar(
                    select(referrer.id)
                    .where(attribute.in_(chunk), referrer.deleted.is_(False))
                    .limit(1)
                )
                if found is not None:
                    raise DanglingMergeError(
                        "Die Datei enthält einen zusammengeführten Eintrag, dessen Ziel es "
                        "nicht gibt, und andere Einträge verweisen noch auf ihn. Es wurde "
                        "nichts verändert. Bitte beim Absender eine neue Datei anfordern."
                    )


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
