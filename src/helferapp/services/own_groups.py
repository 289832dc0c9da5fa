"""The installation's own group(s): "Mein Helferkreis" / "Unsere Gruppe(n)".

A laptop belongs to one Helferkreis (sometimes two that share a laptop, or none at all:
an installation of a KI office). Knowing which one lets the app default new Angebote,
Personen and Kontakte to it, show our own Wiedervorlagen first after a neighbour's file
was imported, preselect our Landkreis for exports and name the sender of our files.

Where it lives: the ids of the chosen groups, as a JSON list, in the ``meta`` table
(key ``own_groups``), like the sender name. So it belongs to the database: it travels
with backups and copies of the file, the CLI sees it too, and another database opened
on the same laptop has its own. ``meta`` is never part of an exchange file, so our
choice never reaches others as their setting, and an import never changes it.

No own group is a valid state: then nothing is filtered and nothing is prefilled.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import HelperGroup, Meta, Region

META_OWN_GROUPS = "own_groups"


@dataclass(frozen=True)
class OwnGroup:
    """One of our groups, with the Landkreis it works in (from its first Gemeinde)."""

    id: str
    name: str
    district_ags: str
    district_name: str


def _stored_ids(session: Session) -> list[str]:
    raw = session.scalar(select(Meta.value).where(Meta.key == META_OWN_GROUPS))
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _write_ids(session: Session, ids: Sequence[str]) -> None:
    connection = session.connection()
    connection.execute(delete(Meta).where(Meta.key == META_OWN_GROUPS))
    connection.execute(insert(Meta).values(key=META_OWN_GROUPS, value=json.dumps(list(ids))))


def own_groups(uow: UnitOfWork) -> list[OwnGroup]:
    """Our live groups in the chosen order (groups since deleted or purged are skipped)."""
    with uow:
        session = uow.session
        ids = _stored_ids(session)
        if not ids:
            return []
        rows = {
            row.id: row
            for row in session.execute(
                select(HelperGroup.id, HelperGroup.name, HelperGroup.region_ags).where(
                    HelperGroup.id.in_(ids),
                    HelperGroup.deleted.is_(False),
                    HelperGroup.purged.is_(False),
                )
            )
        }
        districts = dict(
            session.execute(
                select(Region.ags, Region.name).where(Region.level == RegionLevel.DISTRICT.value)
            ).all()
        )
        found: list[OwnGroup] = []
        for group_id in ids:
            row = rows.get(group_id)
            if row is None:
                continue
            gemeinden = row.region_ags if isinstance(row.region_ags, list) else []
            district = str(gemeinden[0])[:5] if gemeinden else ""
            found.append(OwnGroup(row.id, row.name, district, districts.get(district, "")))
        return found


def own_group_ids(uow: UnitOfWork) -> tuple[str, ...]:
    """The ids of our live groups (empty: no own group, nothing is filtered)."""
    return tuple(group.id for group in own_groups(uow))


def default_group_id(uow: UnitOfWork) -> str | None:
    """The group a new Angebot, Person or Kontakt starts with: our first, if any."""
    ids = own_group_ids(uow)
    return ids[0] if ids else None


def own_district(uow: UnitOfWork) -> str | None:
    """The AGS of our Landkreis (of our first group that has a Gemeinde), if known."""
    for group in own_groups(uow):
        if group.district_ags:
            return group.district_ags
    return None


def default_sender(uow: UnitOfWork) -> str:
    """The sender name our files carry when none was set: our groups' names."""
    return " / ".join(group.name for group in own_groups(uow) if group.name)


def set_own_groups(uow: UnitOfWork, group_ids: Sequence[str]) -> None:
    """Remember ``group_ids`` (in this order) as ours; an empty list means "none"."""
    unique = list(dict.fromkeys(group_ids))
    with uow:
        session = uow.session
        live = set(
            session.scalars(
                select(HelperGroup.id).where(
                    HelperGroup.id.in_(unique),
                    HelperGroup.deleted.is_(False),
                    HelperGroup.purged.is_(False),
                )
            )
        )
        missing = [group_id for group_id in unique if group_id not in live]
        if missing:
            raise UserError(
                "Diesen Helferkreis gibt es nicht (mehr). Bitte einen vorhandenen wählen."
            )
        _write_ids(session, unique)
        uow.commit()


def create_own_group(uow: UnitOfWork, data: HelperGroupData) -> str:
    """Create a Helferkreis and make it ours, in one transaction; returns its id."""
    with uow:
        record = records.create(uow, GROUPS, data)
        ids = _stored_ids(uow.session)
        _write_ids(uow.session, [*ids, record.id])
        uow.commit()
    return record.id
