"""Opening a database: schema, Gebiete, pragmas, and clear refusals that change nothing."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from helferapp.domain.records import HelperGroupData, OrganisationData
from helferapp.resources import resource
from helferapp.services import records
from helferapp.services.entities import GROUPS, ORGANISATIONS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import database as database_module
from helferapp.store import migrations, reference_data
from helferapp.store.database import (
    DatabaseError,
    is_sqlite_file,
    open_database,
    table_names,
)
from helferapp.store.models import Base, HelperGroup, Region

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes, to prove that nothing changed."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def group_count(database: database_module.Database) -> int:
    with database.session_factory() as session:
        return session.scalar(select(func.count()).select_from(HelperGroup)) or 0


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[database_module.Database]:
    database = open_database(tmp_path / "neu" / "helferapp.sqlite3")
    yield database
    database.dispose()


# --- A new database ----------------------------------------------------------------------


def test_a_new_database_gets_the_schema_at_head(fresh: database_module.Database) -> None:
    assert fresh.path.is_file()
    assert fresh.schema_revision() == migrations.head_revision()
    assert set(table_names(fresh.engine)) == {*Base.metadata.tables, "alembic_version"}


def test_a_new_database_holds_all_2160_gebiete(fresh: database_module.Database) -> None:
    with fresh.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Region)) == 2160
        augsburg = session.get(Region, "09761")
    assert augsburg is not None and augsburg.kind == "kreisfreie Stadt"


def test_a_new_database_gets_an_installation_id(fresh: database_module.Database) -> None:
    installation_id = fresh.installation_id
    assert re.fullmatch("[0-9a-f]{32}", installation_id)  # docs/FORMAT.md: 32 lower-case hex
    assert fresh.installation_id == installation_id  # kept, not made anew on every read


def test_two_databases_get_different_installation_ids(tmp_path: Path) -> None:
    one = open_database(tmp_path / "a.sqlite3")
    other = open_database(tmp_path / "b.sqlite3")
    assert one.installation_id != other.installation_id
    one.dispose()
    other.dispose()


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "leer.sqlite3"
    path.touch()
    assert is_sqlite_file(path)
    database = open_database(path)
    assert database.schema_revision() == migrations.head_revision()
    database.dispose()


@pytest.mark.parametrize("folder", ["Jürgen Müller", "Helfer #1", "100% sicher", "a%20b", "was?"])
def test_a_database_is_created_exactly_where_asked(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "helferapp.sqlite3"
    database = open_database(path)
    database.dispose()
    assert path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


def test_the_connection_pragmas_are_set(database: database_module.Database) -> None:
    with database.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == database_module.BUSY_TIMEOUT_MS
        assert pragma("synchronous") == 1


def test_foreign_keys_are_enforced(database: database_module.Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisation (id, kind, name, street, postal_code, city, "
                "region_ags, phone, email, website, notes, deleted, purged, stamps, "
                "last_stamp, search_text) VALUES ('x', 'ki', 'n', '', '', '', '09999999', "
                "'', '', '', '', 0, 0, '{}', '', '')"
            )
        )


# --- Opening again -----------------------------------------------------------------------


def test_reopening_changes_nothing_and_keeps_the_data(db_path: Path) -> None:
    first = open_database(db_path)
    records.create(UnitOfWork(first), GROUPS, HelperGroupData(name="Helferkreis Dachau"))
    installation_id = first.installation_id
    first.dispose()
    again = open_database(db_path)
    assert again.installation_id == installation_id
    assert again.schema_revision() == migrations.head_revision()
    assert group_count(again) == 1
    with again.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Region)) == 2160
    with again.engine.begin() as connection:
        assert reference_data.ensure_regions(connection) is False
    again.dispose()


def test_a_changed_list_of_gebiete_is_loaded_again(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM region WHERE level = 'Gemeinde'"))
        connection.execute(text("UPDATE meta SET value = 'alt' WHERE key = 'regions_sha256'"))
    database.dispose()
    database = open_database(db_path)
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Region)) == 2160
    assert database.meta(reference_data.META_REGIONS_SHA) != "alt"
    database.dispose()


def test_a_gebiet_dropped_from_the_shipped_list_stays_while_records_point_to_it(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    referenced, unreferenced = "09174115", "09174111"
    database = open_database(db_path)
    records.create(
        UnitOfWork(database),
        ORGANISATIONS,
        OrganisationData(name="Rathaus Dachau", region_ags=referenced),
    )
    database.dispose()

    shipped = resource(*reference_data.REGIONS_FILE).read_text(encoding="utf-8").splitlines()
    newer = [line for line in shipped if not line.startswith((referenced, unreferenced))]
    assert len(newer) == len(shipped) - 2
    newer_file = tmp_path / "newer.csv"
    newer_file.write_text("\n".join(newer) + "\n", encoding="utf-8")
    monkeypatch.setattr(reference_data, "resource", lambda *_parts: newer_file)

    database = open_database(db_path)
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Region)) == 2159
        assert session.get(Region, referenced) is not None
        assert session.get(Region, unreferenced) is None
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    database.dispose()


# --- Refusals that leave the file alone --------------------------------------------------


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "brief.sqlite3"
    path.write_text("Liebe Helferinnen und Helfer,\n", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match="keine HelferApp-Datenbank"):
        open_database(path)
    assert snapshot(tmp_path) == before


def test_a_damaged_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match=r"beschädigt|keine HelferApp-Datenbank"):
        open_database(path)
    assert snapshot(tmp_path) == before


def test_a_database_of_another_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "kunden.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO kunden (name) VALUES ('Anna')")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match="eines anderen Programms"):
        open_database(path)
    assert snapshot(tmp_path) == before


def test_a_database_of_another_program_in_wal_mode_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "fremd.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match="eines anderen Programms"):
        open_database(path)
    assert snapshot(tmp_path) == before


def test_a_database_of_another_alembic_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "alembic.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match="eines anderen Programms"):
        open_database(path)
    assert snapshot(tmp_path) == before


def test_tables_without_a_schema_version_are_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "ohne_version.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("CREATE TABLE helper_group (id TEXT PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match="eines anderen Programms"):
        open_database(path)
    assert snapshot(tmp_path) == before


def test_sqlites_own_tables_do_not_make_a_database_foreign(tmp_path: Path) -> None:
    path = tmp_path / "analysiert.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("ANALYZE")
    connection.execute("DROP TABLE t")
    connection.commit()
    connection.close()
    database = open_database(path)
    assert database.schema_revision() == migrations.head_revision()
    database.dispose()


def test_a_database_of_a_newer_helferapp_is_refused_and_left_alone(db_path: Path) -> None:
    database = open_database(db_path)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_zukunft'"))
    database.dispose()
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseError, match="neueren Version von HelferApp"):
        open_database(db_path)
    assert snapshot(db_path.parent) == before


def test_a_read_only_file_is_refused_and_left_alone(db_path: Path) -> None:
    db_path.chmod(0o444)
    before = snapshot(db_path.parent)
    try:
        with pytest.raises(DatabaseError, match="schreibgeschützt"):
            open_database(db_path)
    finally:
        db_path.chmod(0o644)
    assert snapshot(db_path.parent) == before


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root may write into any folder")
@pytest.mark.skipif(os.name == "nt", reason="Windows folders have no write permission bit")
def test_a_database_in_a_read_only_folder_is_refused(db_path: Path) -> None:
    folder = db_path.parent
    before = snapshot(folder)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(DatabaseError, match="schreibgeschützt"):
            open_database(db_path)
    finally:
        folder.chmod(0o755)
    assert snapshot(folder) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "daten.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="ein Ordner"):
        open_database(folder)
    assert list(folder.iterdir()) == []


def test_a_folder_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="lässt sich nicht anlegen"):
        open_database(blocker / "unter" / "helferapp.sqlite3")
    assert blocker.read_text() == "x"


def test_a_failed_first_start_leaves_no_half_made_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "neu.sqlite3"

    def broken(_connection: object) -> bool:
        raise DatabaseError("Test: Gebiete nicht lesbar")

    monkeypatch.setattr(reference_data, "ensure_regions", broken)
    with pytest.raises(DatabaseError, match="Gebiete nicht lesbar"):
        open_database(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM sqlite_master").fetchall() == []
    connection.close()


# --- Failures while writing --------------------------------------------------------------


def test_a_locked_database_gives_a_german_message_on_write(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    database = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="wird gerade von einem anderen Programm benutzt"):
            records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="Helferkreis"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert group_count(database) == 0
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="Helferkreis"))
    assert group_count(database) == 1
    database.dispose()


def test_a_unit_of_work_can_save_again_after_a_failed_commit(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    database = open_database(db_path)
    uow = UnitOfWork(database)
    with uow:
        uow.session.add(HelperGroup(id="erster", name="Erster Versuch"))
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseError, match="anderen Programm"):
            uow.commit()
        other.execute("ROLLBACK")
        other.close()
        uow.session.add(HelperGroup(id="zweiter", name="Zweiter Versuch"))
        uow.commit()
    names = [r.data.name for r in records.list_records(UnitOfWork(database), GROUPS)]
    assert names == ["Zweiter Versuch"]
    database.dispose()


def test_a_full_disk_gives_a_german_message_and_writes_nothing(
    database: database_module.Database,
) -> None:
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="Vorher"))
    clock_before = database.meta("clock_last")
    uow = UnitOfWork(database)

    with pytest.raises(DatabaseError, match="Speicherplatz ist voll") as caught, uow:
        connection = uow.session.connection()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        for number in range(5):
            uow.session.add(HelperGroup(id=f"voll-{number}", name="x" * 100_000, notes="y"))
        uow.commit()
    assert "Es wurde nichts gespeichert" in caught.value.message
    database.dispose()  # forget the connection that carries the page limit
    assert group_count(database) == 1
    assert database.meta("clock_last") == clock_before
