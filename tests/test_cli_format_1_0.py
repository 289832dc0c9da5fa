"""``helferapp-cli import`` reads a hand-written format 1.0 file and counts it in German.

The file is tests/fixtures/format_1_0/a_two_installations.helferapp (see the README
there): one record of every table, two contacts. Run as a user runs the command.
"""

from __future__ import annotations

from pathlib import Path

from helferapp.store.database import open_database
from tests.sync.helpers_exchange import full_dump, wire_dump
from tests.test_cli import assert_german_failure, run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "format_1_0"
FILE_A = FIXTURES / "a_two_installations.helferapp"
BROKEN = FIXTURES / "broken_values_stamps_mismatch.helferapp"


def report(*, new: bool) -> list[str]:
    """The per-table lines the import prints for file a: all new, or all unchanged."""
    counts = {
        "Helferkreise:  ": 1,
        "Stellen:       ": 1,
        "Angebote:      ": 1,
        "Personen:      ": 1,
        "Kontakte:      ": 2,
        "Bündnispartner:": 1,
        "Gebietsstatus: ": 1,
    }
    return [
        f"  {title} {count if new else 0} neu, 0 geändert, 0 in den Papierkorb, "
        f"0 wiederhergestellt, {0 if new else count} unverändert"
        for title, count in counts.items()
    ]


def test_the_cli_imports_file_a_and_reports_the_counts_in_german(db_path: Path) -> None:
    first = run_cli("import", "--db", str(db_path), str(FILE_A))

    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    assert first.stdout.splitlines() == [
        "Importiert: a_two_installations.helferapp",
        "  von: Helferkreis Asyl Olching",
        *report(new=True),
    ]
    database = open_database(db_path)
    try:
        values = wire_dump(database)
    finally:
        database.dispose()
    assert {table: len(rows) for table, rows in values.items()} == {
        "helper_group": 1,
        "organisation": 1,
        "programme": 1,
        "person": 1,
        "contact": 2,
        "partnership": 1,
        "region_status": 1,
    }
    assert values["helper_group"]["5b0c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c4"]["locality"] == "Esting"
    before = full_dump(db_path)

    # Again, together with a broken file: the first changes nothing, the second is refused.
    again = run_cli("import", "--db", str(db_path), str(FILE_A), str(BROKEN))

    assert_german_failure(
        again,
        "Fehler bei broken_values_stamps_mismatch.helferapp: Die Datei ist beschädigt",
        "Werte und Zeitstempel passen nicht zusammen",
        "Es wurde nichts verändert.",
    )
    assert again.stdout.splitlines() == [
        "Importiert: a_two_installations.helferapp",
        "  von: Helferkreis Asyl Olching",
        *report(new=False),
    ]
    assert full_dump(db_path) == before
