"""Fixtures for the exchange dialogs: two installations with a shared group."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from helferapp.store.database import Database, open_database
from helferapp.ui.context import AppContext


@pytest.fixture
def laptops(tmp_path: Path, template_db_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two separate installations (each its own database and installation id)."""
    first = open_database(tmp_path / "erster.sqlite3")
    second = open_database(tmp_path / "zweiter.sqlite3")
    yield first, second
    first.dispose()
    second.dispose()


@pytest.fixture
def first_context(laptops: tuple[Database, Database]) -> AppContext:
    return AppContext(laptops[0])


@pytest.fixture
def second_context(laptops: tuple[Database, Database]) -> AppContext:
    return AppContext(laptops[1])
