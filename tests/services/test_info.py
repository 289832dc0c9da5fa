"""Database facts for `helferapp-cli info` and the status bar."""

from __future__ import annotations

from helferapp.domain.records import HelperGroupData
from helferapp.services import info, records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import migrations
from helferapp.store.database import Database


def test_info_counts_live_and_deleted_records_per_kind(database: Database, uow: UnitOfWork) -> None:
    keep = records.create(uow, GROUPS, HelperGroupData(name="Bleibt"))
    gone = records.create(uow, GROUPS, HelperGroupData(name="Weg"))
    records.delete(uow, GROUPS, gone.id)

    facts = info.database_info(uow)

    assert facts.path == database.path
    assert facts.counts["group"] == 1 and facts.deleted["group"] == 1
    assert facts.counts["programme"] == 0
    assert facts.total == 1
    assert facts.regions == 2160
    assert facts.schema_revision == facts.newest_revision == migrations.head_revision()
    assert facts.installation_id == database.installation_id != ""
    assert keep.id
