"""Migrations: from an empty file to head, down to every revision and back, models match."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from helferapp.domain.enums import FieldOfAction, OrganisationKind
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import entities, records
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import migrations
from helferapp.store.database import Database, make_engine, open_database
from helferapp.store.models import SYNCED_MODELS, Base


def fill(database: Database) -> None:
    """One record of every kind, linked to each other."""
    uow = UnitOfWork(database)
    group = records.create(uow, entities.GROUPS, HelperGroupData(name="HK Dachau"))
    organisation = records.create(
        uow,
        entities.ORGANISATIONS,
        OrganisationData(name="KI Dachau", kind=OrganisationKind.KI, region_ags="09174"),
    )
    person = records.create(
        uow, entities.PERSONS, PersonData(name="Anna Müller", group_id=group.id)
    )
    records.create(
        uow,
        entities.PROGRAMMES,
        ProgrammeData(title="Deutschkurs", group_id=group.id, fields=(FieldOfAction.LANGUAGE,)),
    )
    records.create(
        uow,
        entities.CONTACTS,
        ContactData(
            contact_date=date(2025, 1, 2),
            organisation_id=organisation.id,
            person_id=person.id,
            subject="Sprachkurse",
        ),
    )
    records.create(
        uow,
        entities.PARTNERSHIPS,
        PartnershipData(group_id=group.id, organisation_id=organisation.id),
    )
    records.create(uow, entities.REGION_STATUSES, RegionStatusData(ags="09174"))


def counts(database: Database) -> dict[str, int]:
    with database.session_factory() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in SYNCED_MODELS
        }


def test_the_revisions_form_one_line_ending_at_head() -> None:
    revisions = migrations.all_revisions()
    assert revisions
    assert revisions[-1] == migrations.head_revision()
    assert len(set(revisions)) == len(revisions)
    assert all(migrations.is_known_revision(revision) for revision in revisions)
    assert not migrations.is_known_revision("9999")


def test_an_empty_database_is_upgraded_to_head(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "leer.sqlite3", foreign_keys=False)
    with engine.begin() as connection:
        assert migrations.is_helferapp_schema(connection)
        assert migrations.current_revision(connection) is None
        migrations.upgrade(connection)
        assert migrations.current_revision(connection) == migrations.head_revision()
        assert set(inspect(connection).get_table_names()) == {
            *Base.metadata.tables,
            "alembic_version",
        }
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    engine.dispose()


def test_migrations_refuse_to_run_without_the_apps_connection() -> None:
    with pytest.raises(RuntimeError, match="only through"):
        command.upgrade(migrations.config(), "head")


@pytest.mark.parametrize("revision", ["base", *migrations.all_revisions()])
def test_downgrade_to_every_revision_and_upgrade_back_to_head(db_path: Path, revision: str) -> None:
    database = open_database(db_path)
    fill(database)
    before = counts(database)
    database.dispose()

    engine = make_engine(db_path, foreign_keys=False)
    with engine.begin() as connection:
        migrations.downgrade(connection, revision)
        expected = None if revision == "base" else revision
        assert migrations.current_revision(connection) == expected
        migrations.upgrade(connection)
        assert migrations.current_revision(connection) == migrations.head_revision()
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    engine.dispose()

    database = open_database(db_path)
    assert database.schema_revision() == migrations.head_revision()
    after = counts(database)
    if revision == migrations.head_revision():
        assert after == before
    elif revision == "base":
        assert after == dict.fromkeys(before, 0)  # base has no tables to keep data in
        fill(database)  # and the upgraded schema takes new data
    else:
        # Helferkreise exist since the first revision, so they survive every round trip.
        assert after["helper_group"] == before["helper_group"]
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute(text("SELECT count(*) FROM region")).scalar() == 2160
    database.dispose()


def test_the_models_match_the_migrations(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_every_synced_table_has_the_bookkeeping_columns(database: Database) -> None:
    inspector = inspect(database.engine)
    for model in SYNCED_MODELS:
        columns = {column["name"] for column in inspector.get_columns(model.__tablename__)}
        assert {"id", "deleted", "purged", "stamps", "last_stamp", "search_text"} <= columns


def test_the_revision_files_read_without_alembic_agree_with_alembic() -> None:
    script = migrations.script_directory()
    walked = [revision.revision for revision in script.walk_revisions()]

    assert migrations.all_revisions() == list(reversed(walked))
    assert migrations.head_revision() == script.get_current_head()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "aktuell.sqlite3"
    open_database(path).dispose()
    code = (
        "import sys; from pathlib import Path; "
        "from helferapp.store.database import open_database; "
        f"open_database(Path({str(path)!r})).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
