"""The command line's output on Windows, where a redirected stdout is not UTF-8.

In a console window Python writes Unicode, but ``helferapp-cli … > liste.txt``, a pipe,
or the windowed ``helferapp.exe`` started with its output sent to a file write in the
ANSI code page — cp1252 on German and English Windows — which has „ “ ä ö ü ß € but
no "→". ``PYTHONIOENCODING=cp1252`` gives a child process exactly that code page on any
system; on the Windows CI jobs it is what Windows does anyway.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helferapp.store.database import Database


def run_cli_cp1252(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "HELFERAPP_DB"}
    environment["PYTHONIOENCODING"] = "cp1252"
    return subprocess.run(
        [sys.executable, "-m", "helferapp.cli", *args],
        capture_output=True,
        encoding="cp1252",
        env=environment,
        timeout=120,
        check=False,
    )


def test_a_table_import_preview_redirected_on_windows_is_text_not_a_traceback(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    table = tmp_path / "Helferliste.csv"
    table.write_text("Name;Telefon\nAnna Müller;08141 12345\n", encoding="utf-8")

    result = run_cli_cp1252(
        "import-table", str(table), "--target", "personen", "--dry-run", "--db", str(db_path)
    )

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Helferliste.csv: 1 Zeilen ? " in result.stdout  # "→" has no place in cp1252
    assert "„Name“" in result.stdout  # what cp1252 has stays as it is


def test_german_errors_keep_their_umlauts_in_cp1252(db_path: Path, tmp_path: Path) -> None:
    result = run_cli_cp1252(
        "restore", str(tmp_path / "gibt es nicht.sqlite3"), "--db", str(db_path)
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Fehler: ")
    assert "„" in result.stderr and "“" in result.stderr
