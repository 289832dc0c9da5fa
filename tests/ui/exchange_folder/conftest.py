"""Fixtures for the Austauschordner GUI: an in-memory keyring, a folder, two replicas."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from helferapp.services import network_password
from helferapp.store.database import Database
from tests.services.test_exchange_folder import new_replica


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: tests never touch the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    network_password.clear_session()
    yield backend
    keyring.set_keyring(previous)
    network_password.clear_session()


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Nextcloud" / "Austausch"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def other(template_db_path: Path, tmp_path: Path) -> Iterator[Database]:
    """Another installation that writes into the shared folder."""
    database = new_replica(template_db_path, tmp_path / "andere" / "db.sqlite3", "HK Maisach")
    yield database
    database.dispose()


@pytest.fixture
def here(template_db_path: Path, tmp_path: Path) -> Iterator[Database]:
    """The installation whose window is open."""
    database = new_replica(template_db_path, tmp_path / "hier" / "db.sqlite3", "KI FFB")
    yield database
    database.dispose()
