"""Our own group(s): stored in the database, never sent, never overwritten by an import."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from helferapp.domain.errors import UserError
from helferapp.domain.records import ContactData, HelperGroupData, OrganisationData
from helferapp.services import exchange, info, own_groups, queries, records
from helferapp.services.entities import CONTACTS, GROUPS, ORGANISATIONS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from tests.sync.helpers_exchange import FFB_GEMEINDE, new_replica

OLCHING = "09179142"


@pytest.fixture
def neighbour(template_db_path: Path, tmp_path: Path) -> Iterator[Database]:
    database = new_replica(template_db_path, tmp_path / "nachbar" / "db.sqlite3", "")
    yield database
    database.dispose()


def test_no_own_group_is_a_valid_state(uow: UnitOfWork) -> None:
    assert own_groups.own_groups(uow) == []
    assert own_groups.default_group_id(uow) is None
    assert own_groups.own_district(uow) is None
    assert own_groups.default_sender(uow) == ""


def test_create_own_group_remembers_it_with_its_landkreis(uow: UnitOfWork) -> None:
    group_id = own_groups.create_own_group(
        uow, HelperGroupData(name="HK Olching", region_ags=(OLCHING,))
    )
    [group] = own_groups.own_groups(uow)
    assert (group.id, group.name, group.district_ags) == (group_id, "HK Olching", "09179")
    assert "Fürstenfeldbruck" in group.district_name
    assert own_groups.default_group_id(uow) == group_id
    assert own_groups.default_sender(uow) == "HK Olching"


def test_setting_an_unknown_group_is_refused_and_changes_nothing(uow: UnitOfWork) -> None:
    ours = own_groups.create_own_group(uow, HelperGroupData(name="HK Olching"))
    with pytest.raises(UserError, match="gibt es nicht"):
        own_groups.set_own_groups(uow, [ours, "nicht-da"])
    assert own_groups.own_group_ids(uow) == (ours,)


def test_a_deleted_own_group_no_longer_counts(uow: UnitOfWork) -> None:
    ours = own_groups.create_own_group(uow, HelperGroupData(name="HK Olching"))
    records.delete(uow, GROUPS, ours)
    assert own_groups.own_group_ids(uow) == ()


def test_export_does_not_carry_the_own_group_and_import_keeps_ours(
    database: Database, neighbour: Database, tmp_path: Path
) -> None:
    ours = own_groups.create_own_group(
        UnitOfWork(database), HelperGroupData(name="HK Olching", region_ags=(OLCHING,))
    )
    theirs = own_groups.create_own_group(
        UnitOfWork(neighbour), HelperGroupData(name="HK Bruck", region_ags=(FFB_GEMEINDE,))
    )
    path = tmp_path / "nachbar.helferapp"
    exchange.export_file(neighbour, path)
    assert theirs not in str(exchange.open_exchange(path).manifest)
    assert "own_groups" not in path.read_bytes().decode("latin-1")
    exchange.import_file(database, path)
    assert own_groups.own_group_ids(UnitOfWork(database)) == (ours,)
    # The sender of the neighbour's file was its own group's name (no label was set).
    assert exchange.open_exchange(path).manifest.installation_label == "HK Bruck"


def test_our_follow_ups_first_then_all(
    database: Database, neighbour: Database, tmp_path: Path
) -> None:
    today = date.today()
    uow = UnitOfWork(database)
    ours = own_groups.create_own_group(uow, HelperGroupData(name="HK Olching"))
    stelle = records.create(uow, ORGANISATIONS, OrganisationData(name="KI")).id
    soon = today + timedelta(days=3)
    records.create(
        uow,
        CONTACTS,
        ContactData(contact_date=today, subject="unser", group_id=ours, follow_up_on=soon),
    )
    records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=today, subject="nur Stelle", organisation_id=stelle, follow_up_on=soon
        ),
    )
    other_uow = UnitOfWork(neighbour)
    theirs = records.create(other_uow, GROUPS, HelperGroupData(name="HK Bruck")).id
    their_stelle = records.create(other_uow, ORGANISATIONS, OrganisationData(name="LRA")).id
    for number in range(3):
        records.create(
            other_uow,
            CONTACTS,
            ContactData(
                contact_date=today, subject=f"fremd {number}", group_id=theirs, follow_up_on=soon
            ),
        )
    records.create(
        other_uow,
        CONTACTS,
        ContactData(
            contact_date=today,
            subject="fremd ohne Gruppe",
            organisation_id=their_stelle,
            follow_up_on=soon,
        ),
    )
    path = tmp_path / "nachbar.helferapp"
    exchange.export_file(neighbour, path)
    exchange.import_file(database, path)

    mine = queries.due_follow_ups(uow, today, 14, own_groups=own_groups.own_group_ids(uow))
    assert sorted(row.subject for row in mine.rows) == ["nur Stelle", "unser"]
    assert (mine.total, mine.others) == (2, 4)
    every = queries.due_follow_ups(uow, today, 14)
    assert every.total == 6


def test_demo_mark_travels_and_a_real_database_refuses_it_unasked(
    database: Database, neighbour: Database, tmp_path: Path
) -> None:
    records.create(UnitOfWork(neighbour), GROUPS, HelperGroupData(name="Beispiel-HK"))
    with closing(sqlite3.connect(neighbour.path)) as connection:
        connection.execute("INSERT INTO meta (key, value) VALUES ('demo', '1')")
        connection.commit()
    assert info.is_demo(neighbour)
    path = tmp_path / "demo.helferapp"
    exchange.export_file(neighbour, path)
    assert exchange.open_exchange(path).manifest.demo
    with pytest.raises(exchange.DemoDataError, match="Beispieldaten"):
        exchange.import_file(database, path)
    assert records.list_records(UnitOfWork(database), GROUPS) == []
    exchange.import_file(database, path, allow_demo=True)
    assert [g.data.name for g in records.list_records(UnitOfWork(database), GROUPS)] == [
        "Beispiel-HK"
    ]


def test_a_file_from_a_real_database_has_no_demo_mark(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "echt.helferapp"
    exchange.export_file(database, path)
    manifest = json.loads(__import__("zipfile").ZipFile(path).read("manifest.json").decode("utf-8"))
    assert "demo" not in manifest
