"""Windows as the installer meets it: data folder, backups, exchange folder, keyring, launcher.

Most volunteers use Windows, but this repository's own CI runs on Linux. So each test
here either simulates the Windows part honestly on any system (platformdirs' Windows
rules with the Known Folder given; Windows paths as ``PureWindowsPath``; keyring's
Windows backend where it cannot work) or runs on the real thing and is skipped only
where that thing does not exist — the Windows jobs of .github/workflows/ci.yml and
release.yml run all of them on Windows, on NTFS with drive letters.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
import uuid
from contextlib import closing
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any
from urllib.parse import unquote

import keyring
import platformdirs
import platformdirs.windows
import pytest
from keyring.backends.Windows import WinVaultKeyring

from helferapp import launcher
from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import backups, exchange_folder, network_password, records
from helferapp.services.entities import GROUPS
from helferapp.services.exchange_folder_own import check_folder
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store import location
from helferapp.store.backup import _read_only_uri
from helferapp.store.database import Database, open_database
from tests.packaging.conftest import ROOT

ISS = ROOT / "packaging" / "windows" / "helferapp.iss"
LOCAL_APPDATA = r"C:\Users\Anna Maier\AppData\Local"
ON_WINDOWS = sys.platform == "win32"


@pytest.fixture
def windows_dirs(monkeypatch: pytest.MonkeyPatch) -> PureWindowsPath:
    """platformdirs' Windows rules, with %LOCALAPPDATA% as Windows' Known Folder API
    would give it (``WIN_PD_OVERRIDE_LOCAL_APPDATA`` is platformdirs' own way to say it)."""
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL_APPDATA)
    monkeypatch.delenv(location.ENV_DB, raising=False)
    return PureWindowsPath(LOCAL_APPDATA)


def as_windows(path: PurePath) -> PureWindowsPath:
    return PureWindowsPath(str(path))


def test_on_windows_the_database_is_in_local_appdata_helferapp(
    windows_dirs: PureWindowsPath,
) -> None:
    database = as_windows(location.default_db_path())

    assert database == windows_dirs / "HelferApp" / "helferapp.sqlite3"  # not Roaming
    assert as_windows(location.log_dir()) == windows_dirs / "HelferApp" / "Logs"
    assert location.backups_dir(database) == windows_dirs / "HelferApp" / "backups"


def test_the_uninstaller_asks_about_the_folder_the_app_really_uses(
    windows_dirs: PureWindowsPath,
) -> None:
    """helferapp.iss keeps (or on request deletes) {localappdata}\\HelferApp: it must be
    the folder platformdirs gives the app, or the question would name the wrong one."""
    script = ISS.read_text(encoding="utf-8")
    match = re.search(r"ExpandConstant\('\{localappdata\}\\([^']+)'\)", script)
    assert match, "the uninstaller's data folder is no longer {localappdata}\\…"

    assert windows_dirs / match.group(1) == as_windows(location.default_db_path()).parent


@pytest.mark.skipif(not ON_WINDOWS, reason="Windows' own Known Folder (Windows CI jobs)")
def test_the_real_windows_data_folder_is_the_one_the_installer_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(location.ENV_DB, raising=False)
    expected = Path(os.environ["LOCALAPPDATA"]) / "HelferApp"

    assert location.default_db_path() == expected / "helferapp.sqlite3"


def test_the_registered_open_command_passes_the_file_as_one_argument() -> None:
    """Explorer replaces %1 with the file's path: unquoted, "C:\\Users\\Anna Maier\\…"
    would arrive as two arguments and the import preview would not open."""
    script = ISS.read_text(encoding="utf-8")
    line = next(line for line in script.splitlines() if "shell\\open\\command" in line)
    value = re.search(r'ValueData: "((?:[^"]|"")*)"', line)
    assert value is not None
    command = value.group(1).replace('""', '"')  # Inno Setup's escaping of a quote

    assert command == '"{app}\\{#AppExe}" "%1"'


@pytest.mark.skipif(not ON_WINDOWS, reason="CommandLineToArgvW is Windows' own parser")
def test_windows_splits_the_open_command_into_program_and_one_file() -> None:
    import ctypes
    from ctypes import wintypes

    file = r"C:\Users\Anna Maier\Downloads\Landkreis Fürstenfeldbruck (2).helferapp"
    line = f'"C:\\Users\\Anna Maier\\AppData\\Local\\Programs\\HelferApp\\helferapp.exe" "{file}"'
    parse = ctypes.windll.shell32.CommandLineToArgvW  # type: ignore[attr-defined]
    parse.argtypes = [wintypes.LPCWSTR, ctypes.POINTER(ctypes.c_int)]
    parse.restype = ctypes.POINTER(wintypes.LPWSTR)
    count = ctypes.c_int()
    argv = parse(line, ctypes.byref(count))
    try:
        words = [argv[index] for index in range(count.value)]
    finally:
        ctypes.windll.kernel32.LocalFree(argv)  # type: ignore[attr-defined]

    assert words[1:] == [file]


@pytest.mark.parametrize(
    "args",
    [
        [r"C:\Users\Anna Maier\Downloads\Landkreis Fürstenfeldbruck (2).helferapp"],
        [r"\\nas\Helferkreis\Austausch\OLCHING.HELFERAPP"],
        ["--db", r"E:\HelferApp\Kopie vom Stick.sqlite3", r"D:\Export #3.helferapp"],
    ],
)
def test_a_double_clicked_windows_file_opens_the_window_not_the_cli(
    monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """What the registered command (or macOS's argv emulation) hands the launcher."""
    opened: list[list[str]] = []

    class FakeGui:
        @staticmethod
        def main(argv: list[str]) -> int:
            opened.append(argv)
            return 0

    def import_module(name: str) -> Any:
        assert not name.startswith("helferapp.cli"), "a file path was taken for a command"
        return FakeGui

    monkeypatch.setattr(launcher.importlib, "import_module", import_module)

    assert launcher.main(args) == 0
    assert opened == [args]


def test_read_only_uri_keeps_windows_paths_whole() -> None:
    for path in (
        PureWindowsPath(r"C:\Users\Anna Maier\Sicherungen #2\helferapp-x.sqlite3"),
        PureWindowsPath(r"\\nas\helferkreis\100% sicher\helferapp-x.sqlite3"),
        PureWindowsPath(r"E:\Stick?\x.sqlite3"),
    ):
        uri = _read_only_uri(path)
        assert uri.startswith("file:") and uri.endswith("?mode=ro")
        inner = uri.removeprefix("file:").removesuffix("?mode=ro")
        assert not set(inner) & {"#", "?", "\\", "/"}  # nothing SQLite would read as syntax
        assert unquote(inner) == str(path)


def folder_names() -> list[str]:
    names = ["Sicherungen #2", "100 % sicher", "Anna Maier (USB)", "Übergabe 100%25"]
    if not ON_WINDOWS:  # "?" cannot be part of a Windows file name
        names.append("Wirklich?")
    return names


@pytest.mark.parametrize("name", folder_names())
def test_a_backup_restores_from_a_folder_with_any_name(
    database: Database, tmp_path: Path, name: str
) -> None:
    uow = UnitOfWork(database)
    records.create(uow, GROUPS, HelperGroupData(name="Vorher"))
    saved = backups.create_backup(database)
    folder = tmp_path / name
    folder.mkdir()
    moved = Path(shutil.copy2(saved.path, folder))
    records.create(uow, GROUPS, HelperGroupData(name="Nachher"))

    backups.restore_backup(database, moved)

    assert [group.data.name for group in records.list_records(uow, GROUPS)] == ["Vorher"]
    beside = {path.name for path in tmp_path.iterdir()} - {
        database.path.name,
        f"{database.path.name}-shm",
        f"{database.path.name}-wal",
    }
    assert beside == {"backups", name}  # and no stray empty database next to the folder


def test_backups_go_to_a_chosen_folder_with_spaces_and_umlauts(
    database: Database, tmp_path: Path
) -> None:
    """On Windows this is a real "C:\\…\\Sicherungen für Anna" (tmp_path is on C:)."""
    chosen = tmp_path / "Sicherungen für Anna"
    chosen.mkdir()
    backups.set_backup_settings(UnitOfWork(database), str(chosen), 3)

    made = [backups.create_backup(database) for _ in range(4)]

    assert [info.path.parent for info in made] == [chosen] * 4
    assert [info.path for info in backups.list_backups(database)] == [
        info.path for info in reversed(made[1:])
    ]


def test_an_unplugged_drive_as_exchange_folder_says_what_to_do() -> None:
    folder = Path(r"X:\Austausch Landkreis") if ON_WINDOWS else Path("/nicht/da/X:/Austausch")

    with pytest.raises(UserError) as raised:
        check_folder(folder)

    assert f"„{folder}“" in raised.value.message
    assert "USB-Stick" in raised.value.message


def replica(template: Path, path: Path, label: str) -> Database:
    """A copy of the template database that is another installation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'installation_id'", (uuid.uuid4().hex,)
        )
        connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('installation_label', ?)", (label,)
        )
        connection.commit()
    return open_database(path)


def test_an_exchange_round_through_a_folder_with_spaces_hash_and_umlauts(
    template_db_path: Path, tmp_path: Path
) -> None:
    """A network drive folder as groups name them; on Windows a real drive-letter path."""
    folder = tmp_path / "Austausch #1 (Landkreis Fürstenfeldbruck)"
    folder.mkdir()
    olching = replica(template_db_path, tmp_path / "Olching" / "db.sqlite3", "HK Olching")
    puchheim = replica(template_db_path, tmp_path / "Puchheim" / "db.sqlite3", "HK Puchheim")
    try:
        records.create(UnitOfWork(olching), GROUPS, HelperGroupData(name="Helferkreis Olching"))

        first = exchange_folder.run_round(olching, folder)
        second = exchange_folder.run_round(puchheim, folder)

        assert first.own_written and first.own_file.parent == folder
        assert [item.status for item in second.files] == [exchange_folder.FileStatus.MERGED]
        names = [group.data.name for group in records.list_records(UnitOfWork(puchheim), GROUPS)]
        assert "Helferkreis Olching" in names
    finally:
        olching.dispose()
        puchheim.dispose()


def test_keyrings_windows_backend_where_it_cannot_work_means_session_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """keyring's backends raise from ``priority`` where they cannot run (here: Windows'
    Credential Manager off Windows, as a keyringrc.cfg naming it would give): the
    password is then kept for the session, as with no keyring, not a traceback."""
    if ON_WINDOWS:
        pytest.skip("on Windows this backend works: see the test below")
    previous = keyring.get_keyring()
    keyring.set_keyring(WinVaultKeyring())
    network_password.clear_session()
    try:
        assert network_password.keyring_usable() is False
        assert network_password.get_password("install-1") is None
        assert network_password.set_password("install-1", "geheim") is False
        assert network_password.get_password("install-1") == "geheim"
    finally:
        network_password.clear_session()
        keyring.set_keyring(previous)


@pytest.mark.skipif(not ON_WINDOWS, reason="Windows' Credential Manager (Windows CI jobs)")
def test_on_windows_the_password_goes_to_the_credential_manager() -> None:
    keyring.core.init_backend()  # what a fresh start chooses, not a test's stand-in
    backend = keyring.get_keyring()
    chosen = getattr(backend, "backends", [backend])

    assert any(isinstance(item, WinVaultKeyring) for item in chosen), backend
    assert network_password.keyring_usable()
