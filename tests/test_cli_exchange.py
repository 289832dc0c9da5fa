"""``helferapp-cli export / import / journal`` as a user runs them, and kill -9 mid-import."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.records import HelperGroupData, PersonData, ProgrammeData
from helferapp.services import exchange, records
from helferapp.services.entities import GROUPS, PERSONS, PROGRAMMES
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database
from helferapp.store.location import backups_dir
from helferapp.sync.exchange_file import WireRecord, write_exchange
from tests.sync.helpers_exchange import (
    OLCHING,
    canonical_dump,
    file_lines,
    full_dump,
    new_replica,
    new_uuid,
    stamp,
)

PASSWORD = "Sonnenblume 2025"


def run_cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "HELFERAPP_DB"}
    # UTF-8 on both sides: the commands' logic, not the console's code page, is under test
    # here (Windows pipes are cp1252: tests/packaging/test_windows_console.py).
    environment["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "helferapp.cli", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        env=environment,
        timeout=timeout,
        check=False,
    )


def assert_ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def assert_german_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


@pytest.fixture
def sender(template_db_path: Path, tmp_path: Path) -> Iterator[Path]:
    """A closed database with a group, a programme and two persons (one without consent)."""
    database = new_replica(template_db_path, tmp_path / "absender" / "db.sqlite3", "HK Olching")
    uow = UnitOfWork(database)
    group = records.create(
        uow, GROUPS, HelperGroupData(name="Helferkreis Olching", region_ags=(OLCHING,))
    )
    records.create(
        uow,
        PROGRAMMES,
        ProgrammeData(title="Sprachcafé", group_id=group.id, fields=(FieldOfAction.LANGUAGE,)),
    )
    records.create(
        uow,
        PERSONS,
        PersonData(
            name="Maria Huber",
            group_id=group.id,
            consent_given_on=date(2025, 1, 1),
            consent_share=True,
        ),
    )
    records.create(uow, PERSONS, PersonData(name="Geheim", group_id=group.id))
    database.dispose()
    return database.path


@pytest.fixture
def receiver_path(template_db_path: Path, tmp_path: Path) -> Path:
    database = new_replica(template_db_path, tmp_path / "empfang" / "db.sqlite3", "Empfang")
    database.dispose()
    return database.path


def password_file(tmp_path: Path, text: str = PASSWORD + "\n") -> Path:
    path = tmp_path / "passwort.txt"
    path.write_text(text, encoding="utf-8")
    return path


def group_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT name FROM helper_group"))


# --- export ----------------------------------------------------------------------------


def test_export_everything_and_import_it_elsewhere(
    sender: Path, receiver_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "hk-olching.helferapp"
    out = assert_ok(run_cli("export", "--db", sender, target))

    assert f"Exportiert nach {target}" in out
    assert "1 Helferkreise" in out
    assert "1 Person ohne Einwilligung zur Weitergabe wurde weggelassen" in out
    assert zipfile.is_zipfile(target)
    assert "Geheim" not in str(file_lines(target.read_bytes()))

    out = assert_ok(run_cli("import", "--db", receiver_path, target))
    assert "Importiert: hk-olching.helferapp" in out
    assert "von: HK Olching" in out
    assert "Helferkreise:   1 neu" in out
    assert group_names(receiver_path) == ["Helferkreis Olching"]


def test_export_adds_the_extension(sender: Path, tmp_path: Path) -> None:
    assert_ok(run_cli("export", "--db", sender, tmp_path / "ohne-endung"))

    assert (tmp_path / "ohne-endung.helferapp").is_file()


def test_an_internal_export_holds_every_person(sender: Path, tmp_path: Path) -> None:
    target = tmp_path / "intern.helferapp"
    assert_ok(run_cli("export", "--db", sender, "--internal", target))

    names = {row["values"]["name"] for row in file_lines(target.read_bytes())["person"].values()}
    assert names == {"Maria Huber", "Geheim"}


@pytest.mark.parametrize(
    ("scope", "groups"),
    [
        ("group:Helferkreis Olching", 1),
        ("district:09179", 1),
        ("district:09162", 0),
        ("district-region:091", 1),
        ("district-region:097", 0),
        ("bezirk:091", 1),  # the earlier name of district-region
        ("changes:KI Fürstenfeldbruck", 1),
        ("all", 1),
    ],
)
def test_export_scopes(sender: Path, tmp_path: Path, scope: str, groups: int) -> None:
    target = tmp_path / "teil.helferapp"
    out = assert_ok(run_cli("export", "--db", sender, "--scope", scope, target))

    assert f"{groups} Helferkreise" in out
    assert len(file_lines(target.read_bytes()).get("helper_group", {})) == groups


def test_a_second_changes_export_is_empty(sender: Path, tmp_path: Path) -> None:
    assert_ok(run_cli("export", "--db", sender, "--scope", "changes:KI", tmp_path / "1"))
    out = assert_ok(run_cli("export", "--db", sender, "--scope", "changes:KI", tmp_path / "2"))

    assert "0 Helferkreise" in out


@pytest.mark.parametrize(
    ("scope", "needle"),
    [
        ("alles", "Unbekannter Umfang"),
        ("group:", "Unbekannter Umfang"),
        ("group:Gibt es nicht", "nicht gefunden"),
        ("district:12345", "kein bayerischer Landkreis"),
        ("district-region:09179", "kein bayerischer Regierungsbezirk"),
        ("changes:", "Unbekannter Umfang"),
    ],
)
def test_a_bad_scope_fails_in_german(sender: Path, tmp_path: Path, scope: str, needle: str) -> None:
    result = run_cli("export", "--db", sender, "--scope", scope, tmp_path / "x.helferapp")

    assert_german_failure(result, needle)
    assert not (tmp_path / "x.helferapp").exists()


def test_export_into_a_missing_folder_fails_in_german(sender: Path, tmp_path: Path) -> None:
    result = run_cli("export", "--db", sender, tmp_path / "fehlt" / "x.helferapp")

    assert_german_failure(result, "konnte nicht geschrieben werden")


# --- passwords -------------------------------------------------------------------------


def test_a_password_protected_file_needs_the_right_password(
    sender: Path, receiver_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "geschützt.helferapp"
    secret = password_file(tmp_path)
    assert_ok(run_cli("export", "--db", sender, "--password-file", secret, target))
    assert target.read_bytes().startswith(b"HELFENC1")
    before = full_dump(receiver_path)

    assert_german_failure(
        run_cli("import", "--db", receiver_path, target), "mit einem Passwort geschützt"
    )
    wrong = tmp_path / "falsch.txt"
    wrong.write_text("sonnenblume 2025\n", encoding="utf-8")
    assert_german_failure(
        run_cli("import", "--db", receiver_path, "--password-file", wrong, target),
        "Das Passwort ist falsch",
    )
    assert full_dump(receiver_path) == before

    assert_ok(run_cli("import", "--db", receiver_path, "--password-file", secret, target))
    assert group_names(receiver_path) == ["Helferkreis Olching"]


def test_a_missing_or_empty_password_file_fails_in_german(sender: Path, tmp_path: Path) -> None:
    target = tmp_path / "x.helferapp"
    assert_german_failure(
        run_cli("export", "--db", sender, "--password-file", tmp_path / "fehlt.txt", target),
        "Passwort-Datei",
    )
    empty = password_file(tmp_path, "")
    assert_german_failure(
        run_cli("export", "--db", sender, "--password-file", empty, target), "ist leer"
    )
    assert not target.exists()


# --- import ----------------------------------------------------------------------------


def test_a_dry_run_shows_what_would_change_and_changes_nothing(
    sender: Path, receiver_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "hk.helferapp"
    assert_ok(run_cli("export", "--db", sender, target))
    before = full_dump(receiver_path)

    out = assert_ok(run_cli("import", "--db", receiver_path, "--dry-run", target))

    assert "Vorschau für hk.helferapp (es wurde nichts verändert)" in out
    assert "Helferkreise:   1 neu" in out
    assert "Angebote:       1 neu" in out
    assert full_dump(receiver_path) == before
    assert not backups_dir(receiver_path).exists()


def _file_from_the_future(path: Path, years: int = 8) -> Path:
    written = stamp(int(time.time() * 1000) + years * 365 * 24 * 3600 * 1000)
    values = {"name": "Aus der Zukunft", "region_ags": [OLCHING], "deleted": False}
    path.write_bytes(
        write_exchange(
            {"helper_group": [WireRecord(new_uuid(), values, dict.fromkeys(values, written))]},
            installation_id="a" * 32,
            installation_label="Falsche Uhr",
            scope={"kind": "all"},
            consent="shared",
        )
    )
    return path


def test_a_file_years_ahead_is_shown_refused_and_taken_only_when_accepted(
    receiver_path: Path, tmp_path: Path
) -> None:
    path = _file_from_the_future(tmp_path / "zukunft.helferapp")
    claimed = date.fromtimestamp(time.time() + 8 * 365 * 24 * 3600).strftime("%d.%m.%Y")
    before = full_dump(receiver_path)

    preview = assert_ok(run_cli("import", "--db", receiver_path, "--dry-run", path))
    assert f"Änderungen vom {claimed}" in preview
    assert "Eine der beiden Uhren geht falsch" in preview
    assert "Ohne --accept-clock-skew" in preview

    refused = run_cli("import", "--db", receiver_path, path)
    assert_german_failure(refused, "nicht eingelesen", "--accept-clock-skew")
    assert full_dump(receiver_path) == before
    assert not backups_dir(receiver_path).exists()

    taken = assert_ok(run_cli("import", "--db", receiver_path, "--accept-clock-skew", path))
    assert "Importiert: zukunft.helferapp" in taken
    assert group_names(receiver_path) == ["Aus der Zukunft"]
    # The clock did not jump: no warning at the next start, and no stamp in the future.
    info = run_cli("info", "--db", receiver_path)
    assert "Hinweis" not in info.stderr
    with closing(sqlite3.connect(receiver_path)) as connection:
        (last,) = connection.execute("SELECT max(last_stamp) FROM helper_group").fetchone()
    assert int(last[:15]) <= time.time() * 1000 + 1000


def test_a_database_far_ahead_of_this_computers_clock_says_so_at_start(
    receiver_path: Path,
) -> None:
    with closing(sqlite3.connect(receiver_path)) as connection:
        connection.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('clock_last', ?)",
            (f"{4_102_444_800_000:015d}-00000-{'b' * 32}",),  # 01.01.2100
        )
        connection.commit()
    result = run_cli("info", "--db", receiver_path)
    assert result.returncode == 0
    assert "Hinweis: Die neuesten Daten in dieser Datenbank tragen das Datum 01.01.2100" in (
        result.stderr
    )
    assert "Uhr dieses Laptops" in result.stderr


def test_several_files_import_and_one_bad_file_fails_alone(
    sender: Path, receiver_path: Path, tmp_path: Path
) -> None:
    good = tmp_path / "gut.helferapp"
    broken = tmp_path / "kaputt.helferapp"
    broken.write_bytes(b"kein zip")
    assert_ok(run_cli("export", "--db", sender, good))

    result = run_cli("import", "--db", receiver_path, broken, tmp_path / "fehlt.helferapp", good)

    assert_german_failure(result, "Fehler bei kaputt.helferapp", "Fehler bei fehlt.helferapp")
    assert "gibt es nicht" in result.stderr
    assert "Importiert: gut.helferapp" in result.stdout
    assert group_names(receiver_path) == ["Helferkreis Olching"]


def test_importing_a_missing_file_fails_in_german(receiver_path: Path, tmp_path: Path) -> None:
    assert_german_failure(
        run_cli("import", "--db", receiver_path, tmp_path / "fehlt.helferapp"), "gibt es nicht"
    )


# --- journal ---------------------------------------------------------------------------


def test_the_journal_lists_overwritten_values_and_restores_one(
    sender: Path, receiver_path: Path, tmp_path: Path
) -> None:
    assert_ok(run_cli("export", "--db", sender, tmp_path / "1.helferapp"))
    assert_ok(run_cli("import", "--db", receiver_path, tmp_path / "1.helferapp"))
    out = assert_ok(run_cli("journal", "--db", receiver_path))
    assert "Das Import-Protokoll ist leer" in out

    rename(receiver_path, "Helferkreis Olching (Empfang)")
    rename(sender, "Helferkreis Olching e.V.")
    assert_ok(run_cli("export", "--db", sender, tmp_path / "2.helferapp"))
    out = assert_ok(run_cli("import", "--db", receiver_path, tmp_path / "2.helferapp"))
    assert "überschrieben: Helferkreis Olching (Empfang) – " in out
    assert "„Helferkreis Olching (Empfang)“ → „Helferkreis Olching e.V.“" in out
    assert "helferapp-cli journal" in out

    out = assert_ok(run_cli("journal", "--db", receiver_path))
    number = out.split()[0]
    assert "2.helferapp" in out
    assert "„Helferkreis Olching (Empfang)“ → „Helferkreis Olching e.V.“" in out
    assert "helferapp-cli journal --restore NR" in out

    out = assert_ok(run_cli("journal", "--db", receiver_path, "--restore", number))
    assert f"Wert aus Protokoll-Eintrag {number} wiederhergestellt" in out
    assert group_names(receiver_path) == ["Helferkreis Olching (Empfang)"]
    assert "(wiederhergestellt)" in assert_ok(run_cli("journal", "--db", receiver_path))


def rename(path: Path, name: str) -> None:
    database = open_database(path)
    uow = UnitOfWork(database)
    (group,) = records.list_records(uow, GROUPS)
    records.patch(uow, GROUPS, group.id, {"name": name})
    database.dispose()


def test_restoring_an_unknown_journal_entry_fails_in_german(receiver_path: Path) -> None:
    assert_german_failure(
        run_cli("journal", "--db", receiver_path, "--restore", "99"), "existiert nicht"
    )


def test_a_journal_number_that_is_no_number_fails_in_german(receiver_path: Path) -> None:
    assert_german_failure(
        run_cli("journal", "--db", receiver_path, "--restore", "drei"), "ungültiger Wert"
    )


# --- kill -9 ---------------------------------------------------------------------------


def big_file(path: Path, groups: int, programmes_per_group: int) -> int:
    """A large exchange file written with the app's writer."""
    node = "0123456789abcdef0123456789abcdef"
    written = stamp(1_764_000_000_000, 0, node)
    group_rows, programme_rows = [], []
    for number in range(groups):
        group_id = new_uuid()
        values = {
            "name": f"Helferkreis Nummer {number}",
            "region_ags": [OLCHING],
            "notes": "Treffen jeden zweiten Dienstag im Pfarrsaal. " * 3,
            "deleted": False,
            "purged": False,
        }
        group_rows.append(WireRecord(group_id, values, dict.fromkeys(values, written)))
        for index in range(programmes_per_group):
            values = {
                "title": f"Angebot {index} von {number}",
                "group_id": group_id,
                "fields": ["sprache"],
                "deleted": False,
                "purged": False,
            }
            programme_rows.append(WireRecord(new_uuid(), values, dict.fromkeys(values, written)))
    path.write_bytes(
        write_exchange(
            {"helper_group": group_rows, "programme": programme_rows},
            installation_id=node,
            installation_label="Groß",
            scope={"kind": "all"},
            consent="shared",
        )
    )
    return len(group_rows) + len(programme_rows)


def test_a_kill_in_the_middle_of_an_import_leaves_the_database_as_it_was(
    tmp_path: Path, template_db_path: Path
) -> None:
    database = new_replica(template_db_path, tmp_path / "opfer" / "db.sqlite3", "Opfer")
    records.create(
        UnitOfWork(database), GROUPS, HelperGroupData(name="Bestand", region_ags=(OLCHING,))
    )
    before = canonical_dump(database)
    database.dispose()
    path = tmp_path / "gross.helferapp"
    big_file(path, groups=8_000, programmes_per_group=5)
    wal = database.path.with_name(database.path.name + "-wal")

    process = subprocess.Popen(
        [sys.executable, "-m", "helferapp.cli", "import", "--db", str(database.path), str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        # Inside the merge: the backup "vor-import" exists and the WAL is growing.
        while time.monotonic() < deadline and process.poll() is None:
            started = list(backups_dir(database.path).glob("*vor-import.sqlite3"))
            if started and wal.exists() and wal.stat().st_size > 1_000_000:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the import ended before it could be killed"
        process.kill()  # SIGKILL; on Windows TerminateProcess (there is no SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == (1 if os.name == "nt" else -signal.SIGKILL)

    reopened = open_database(database.path)
    try:
        assert canonical_dump(reopened) == before
        with closing(sqlite3.connect(database.path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # And it works: the same import, run to the end, now succeeds.
        result = exchange.import_file(reopened, path)
        assert result.report.tables["helper_group"].new == 8_000
    finally:
        reopened.dispose()


def test_the_export_counts_the_persons_the_receiver_gets(tmp_path: Path) -> None:
    """A person without consent to pass on travels only as a consent record (for a
    receiver that already has them): it is no Person the file brings. The export's
    count and the import preview's count agree (they once said 36 and 25)."""
    import re

    source, empty = tmp_path / "demo.sqlite3", tmp_path / "leer.sqlite3"
    assert_ok(run_cli("demo", "--db", source))
    out = assert_ok(run_cli("export", "--db", source, tmp_path / "alle.helferapp"))
    exported = int(re.search(r"(\d+) Personen,", out).group(1))  # type: ignore[union-attr]
    left_out = int(re.search(r"(\d+) Personen? ohne Einwilligung", out).group(1))  # type: ignore[union-attr]
    preview = assert_ok(run_cli("import", "--db", empty, "--dry-run", tmp_path / "alle.helferapp"))
    new = int(re.search(r"Personen:\s+(\d+) neu", preview).group(1))  # type: ignore[union-attr]
    assert exported == new
    info = assert_ok(run_cli("info", "--db", source))
    total = int(re.search(r"Personen\D+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert exported + left_out == total
