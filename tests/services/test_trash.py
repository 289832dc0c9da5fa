"""The Papierkorb service: lists deleted records of every kind, restores, empties."""

from __future__ import annotations

from helferapp.domain.records import HelperGroupData, OrganisationData, PartnershipData
from helferapp.services import records, trash
from helferapp.services.entities import GROUPS, ORGANISATIONS, PARTNERSHIPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import HelperGroup


def test_lists_restores_and_empties(uow: UnitOfWork) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Au")).id
    ki = records.create(uow, ORGANISATIONS, OrganisationData(name="KI Freising")).id
    link = records.create(uow, PARTNERSHIPS, PartnershipData(group_id=group, organisation_id=ki)).id
    records.delete(uow, PARTNERSHIPS, link)
    records.delete(uow, GROUPS, group)
    rows = trash.deleted_rows(uow)
    assert [(row.kind_code, row.title) for row in rows] == [
        ("group", "Helferkreis Au"),
        ("partnership", "Helferkreis Au – KI Freising"),
    ]
    trash.restore(uow, "partnership", link)
    assert [row.id for row in trash.deleted_rows(uow)] == [group]

    assert trash.purge_all(uow) == 1
    assert trash.deleted_rows(uow) == []
    with uow:
        tombstone = uow.session.get(HelperGroup, group)
        assert tombstone is not None
        assert tombstone.deleted and tombstone.purged and tombstone.name == ""
    assert not records.get(uow, PARTNERSHIPS, link).deleted
