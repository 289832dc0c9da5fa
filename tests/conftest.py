"""Shared fixtures: a fresh HelferApp database per test and a unit of work on it.

Opening a database runs the migrations and loads the 2,160 Gebiete; to keep the suite
fast, that happens once per session in a template that each test gets a copy of. Tests
about opening itself call ``open_database`` on their own paths.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, open_database


@pytest.fixture(scope="session")
def template_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database opened once (schema at head, Gebiete loaded), closed cleanly."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(path)
    database.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db_path: Path) -> Path:
    """Path of a ready database file that belongs to this test alone."""
    path = tmp_path / "x.sqlite3"
    shutil.copyfile(template_db_path, path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """The open database at ``db_path``."""
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def uow(database: Database) -> UnitOfWork:
    """A unit of work on ``database`` (each service call opens and closes it)."""
    return UnitOfWork(database)
