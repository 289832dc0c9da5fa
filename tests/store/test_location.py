"""Where the database lives: platformdirs, --db or HELFERAPP_DB; backups beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from helferapp.store import location


def test_the_default_database_is_in_the_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(location.ENV_DB, raising=False)
    path = location.default_db_path()
    assert path.name == "helferapp.sqlite3"
    assert "HelferApp" in path.parts


def test_the_environment_variable_overrides_the_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(location.ENV_DB, str(tmp_path / "anders.sqlite3"))
    assert location.default_db_path() == tmp_path / "anders.sqlite3"
    assert location.resolve_db_path(None) == tmp_path / "anders.sqlite3"


def test_a_given_path_wins_and_is_made_absolute(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(location.ENV_DB, str(tmp_path / "env.sqlite3"))
    monkeypatch.chdir(tmp_path)
    assert location.resolve_db_path("daten/x.sqlite3") == tmp_path / "daten" / "x.sqlite3"


def test_backups_live_next_to_the_database(tmp_path: Path) -> None:
    assert location.backups_dir(tmp_path / "stick" / "x.sqlite3") == tmp_path / "stick" / "backups"


def test_the_log_folder_belongs_to_helferapp() -> None:
    assert "HelferApp" in location.log_dir().parts
