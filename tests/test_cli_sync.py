"""``helferapp-cli sync-folder``: rounds as a subprocess, German messages, exit codes."""

from __future__ import annotations

import random
from pathlib import Path

from helferapp.domain.records import HelperGroupData
from helferapp.services import records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from tests.services.test_exchange_folder import add_group, data_of, new_replica
from tests.test_cli import assert_german_failure, run_cli


def test_two_installations_exchange_through_the_folder(
    template_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Austausch"
    folder.mkdir()
    paths = []
    for name, label in (("a", "HK Olching"), ("b", "KI Fürstenfeldbruck")):
        database = new_replica(template_db_path, tmp_path / name / "db.sqlite3", label)
        records.create(
            UnitOfWork(database), GROUPS, HelperGroupData(name=f"Gruppe {name}", region_ags=())
        )
        database.dispose()
        paths.append(database.path)
    first = run_cli("sync-folder", str(folder), "--once", "--db", str(paths[0]))
    assert first.returncode == 0, first.stderr
    assert "Eigene Datei hk-olching-" in first.stdout
    second = run_cli("sync-folder", str(folder), "--once", "--db", str(paths[1]))
    assert second.returncode == 0, second.stderr
    assert "(HK Olching): zusammengeführt, 1 Eintrag neu/geändert" in second.stdout
    assert "Sicherung vorher:" in second.stdout
    again = run_cli("sync-folder", str(folder), "--once", "--db", str(paths[1]))
    assert again.returncode == 0, again.stderr
    assert "unverändert (schon zusammengeführt)" in again.stdout
    assert "Sicherung vorher" not in again.stdout


def test_missing_folder_is_a_german_error(tmp_path: Path) -> None:
    result = run_cli(
        "sync-folder", str(tmp_path / "gibt-es-nicht"), "--once", "--db", str(tmp_path / "x.db")
    )
    assert_german_failure(result, "Austauschordner", "nicht erreichbar")
    assert not (tmp_path / "x.db").exists()


def test_three_replicas_converge_through_cli_rounds_in_random_order(
    template_db_path: Path, tmp_path: Path
) -> None:
    chance = random.Random(10)
    folder = tmp_path / "Austausch"
    folder.mkdir()
    replicas = [
        new_replica(template_db_path, tmp_path / name / "db.sqlite3", f"HK {name}")
        for name in ("a", "b", "c")
    ]
    try:
        for step in range(4):
            database = replicas[chance.randrange(3)]
            add_group(database, f"Helferkreis {step}")
            database.dispose()
            chosen = replicas[chance.randrange(3)]
            result = run_cli("sync-folder", str(folder), "--once", "--db", str(chosen.path))
            assert result.returncode == 0, result.stderr
        for _ in range(2):
            for index in chance.sample(range(3), 3):
                result = run_cli(
                    "sync-folder", str(folder), "--once", "--db", str(replicas[index].path)
                )
                assert result.returncode == 0, result.stderr
        dumps = [data_of(database) for database in replicas]
        assert len(dumps[0]["helper_group"]) == 4
        assert dumps[1] == dumps[0] and dumps[2] == dumps[0]
    finally:
        for database in replicas:
            database.dispose()


def test_an_older_copy_of_the_same_size_under_the_own_name_is_replaced(
    template_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Austausch"
    folder.mkdir()
    database = new_replica(template_db_path, tmp_path / "a" / "db.sqlite3", "HK Olching")
    add_group(database, "Helferkreis Olching")
    database.dispose()
    first = run_cli("sync-folder", str(folder), "--once", "--db", str(database.path))
    assert first.returncode == 0, first.stderr
    (own,) = folder.glob("hk-olching-*.helferapp")
    written = own.read_bytes()
    # A sync tool puts other bytes of exactly the recorded size under the own name.
    own.write_bytes(written[::-1])

    second = run_cli("sync-folder", str(folder), "--once", "--db", str(database.path))

    assert second.returncode == 0, second.stderr
    assert f"Eigene Datei {own.name}: geschrieben" in second.stdout
    assert own.read_bytes() == written
    third = run_cli("sync-folder", str(folder), "--once", "--db", str(database.path))
    assert f"Eigene Datei {own.name}: unverändert" in third.stdout


def test_a_conflict_copy_is_merged_and_named_and_temporary_files_are_ignored(
    template_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Austausch"
    folder.mkdir()
    other = new_replica(template_db_path, tmp_path / "b" / "db.sqlite3", "KI FFB")
    add_group(other, "Gruppe der KI")
    other.dispose()
    mine = new_replica(template_db_path, tmp_path / "a" / "db.sqlite3", "HK Olching")
    mine.dispose()
    assert run_cli("sync-folder", str(folder), "--once", "--db", str(other.path)).returncode == 0
    (theirs,) = folder.glob("ki-ffb-*.helferapp")
    conflict = folder / f"{theirs.stem}.sync-conflict-20261201-101500-ABCDEFG.helferapp"
    conflict.write_bytes(theirs.read_bytes())
    theirs.unlink()
    for name in (f".syncthing.{theirs.name}.tmp", f"{theirs.name}.part", f".~lock.{theirs.name}#"):
        (folder / name).write_bytes(b"halb")

    result = run_cli("sync-folder", str(folder), "--once", "--db", str(mine.path))

    assert result.returncode == 0, result.stderr
    assert f"{conflict.name} (KI FFB): zusammengeführt" in result.stdout
    assert "Konfliktkopie" in result.stdout and "kann gelöscht werden" in result.stdout
    assert ".part" not in result.stdout + result.stderr
    assert "syncthing" not in result.stdout + result.stderr
    assert "~lock" not in result.stdout + result.stderr
