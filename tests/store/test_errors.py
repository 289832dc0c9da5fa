"""SQLite's English failures become German messages; unknown ones are left alone."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from helferapp.domain.errors import UserError
from helferapp.services import exchange
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import errors as errors_module
from helferapp.store.database import Database, translated_errors
from helferapp.store.errors import DatabaseError, database_error_for
from helferapp.store.models import Meta


@pytest.mark.parametrize(
    ("sqlite_text", "german"),
    [
        ("database is locked", "von einem anderen Programm benutzt"),
        ("database or disk is full", "Speicherplatz ist voll"),
        ("attempt to write a readonly database", "schreibgeschützt"),
        ("file is not a database", "keine HelferApp-Datenbank"),
        ("database disk image is malformed", "beschädigt"),
        ("unable to open database file", "lässt sich nicht öffnen"),
        ("disk I/O error", "Datenträgers"),
    ],
)
def test_known_sqlite_failures_get_a_german_message(sqlite_text: str, german: str) -> None:
    raw = sqlite3.OperationalError(sqlite_text)
    for error in (raw, OperationalError("INSERT …", {}, raw)):
        translated = database_error_for(error)
        assert isinstance(translated, DatabaseError)
        assert isinstance(translated, UserError)
        assert german in translated.message


def test_unknown_failures_are_not_disguised() -> None:
    assert database_error_for(sqlite3.OperationalError("no such table: x")) is None


def test_translated_errors_reraises_known_failures_as_database_error() -> None:
    with pytest.raises(DatabaseError, match="Speicherplatz") as caught, translated_errors():
        raise sqlite3.OperationalError("database or disk is full")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)


def test_translated_errors_lets_unknown_failures_through() -> None:
    with pytest.raises(sqlite3.OperationalError), translated_errors():
        raise sqlite3.OperationalError("no such column: y")


def _sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


SQLITE_IOERR_SHMSIZE = 10 | (19 << 8)
SQLITE_IOERR_WRITE = 10 | (3 << 8)


@pytest.mark.parametrize("code", [SQLITE_IOERR_SHMSIZE, SQLITE_IOERR_WRITE])
def test_an_io_error_with_hardly_any_space_free_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.setattr(errors_module.shutil, "disk_usage", lambda _path: _Usage(8 * 1024))
    raw = _sqlite_error("disk I/O error", code)
    for error in (raw, OperationalError("INSERT …", {}, raw)):
        translated = database_error_for(error, tmp_path)
        assert translated is not None
        assert "Der Speicherplatz ist voll" in translated.message


def test_an_io_error_with_space_free_is_the_disk_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors_module.shutil, "disk_usage", lambda _path: _Usage(10**10))
    translated = database_error_for(_sqlite_error("disk I/O error", SQLITE_IOERR_WRITE), tmp_path)
    assert translated is not None
    assert "USB-Stick" in translated.message
    assert "Speicherplatz" not in translated.message


def test_sqlite_full_and_enospc_are_a_full_disk_whatever_the_text() -> None:
    for error in (
        _sqlite_error("database or disk is full", 13),
        _sqlite_error("something", 13),
        OSError(errno.ENOSPC, "No space left on device"),
    ):
        translated = database_error_for(error)
        assert translated is not None and "Speicherplatz ist voll" in translated.message


def test_a_commit_on_a_full_disk_says_so_in_german(
    uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors_module.shutil, "disk_usage", lambda _path: _Usage(0))
    with uow:
        uow.session.add(Meta(key="probe", value="x"))

        def failing_commit() -> None:
            raise _sqlite_error("disk I/O error", SQLITE_IOERR_SHMSIZE)

        monkeypatch.setattr(uow.session, "commit", failing_commit)
        with pytest.raises(DatabaseError, match="Der Speicherplatz ist voll"):
            uow.commit()


def test_an_export_onto_a_full_disk_says_so(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_handle: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exchange.os, "fsync", no_space)
    with pytest.raises(UserError, match="Der Speicherplatz ist voll") as caught:
        exchange.export_file(database, tmp_path / "voll.helferapp")
    assert "space" not in caught.value.message
    assert not list(tmp_path.glob("voll.helferapp*"))


def test_an_export_onto_a_failing_stick_says_so(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_handle: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(exchange.os, "fsync", broken)
    with pytest.raises(UserError, match="Fehler des Datenträgers") as caught:
        exchange.export_file(database, tmp_path / "kaputt.helferapp")
    assert "USB-Stick" in caught.value.message and "Input" not in caught.value.message


class _Usage:
    def __init__(self, free: int) -> None:
        self.free = free
