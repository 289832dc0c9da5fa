"""SQLite's English failures become German messages; unknown ones are left alone."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from helferapp.domain.errors import UserError
from helferapp.store.database import translated_errors
from helferapp.store.errors import DatabaseError, database_error_for


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
