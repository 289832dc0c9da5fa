"""``helferapp --self-test``: prove that a built bundle has everything it needs, without a window.

A frozen app fails in ways the test suite cannot see: a migration script, a font or the
reference data left out of the bundle, a hidden import PyInstaller did not find. The
self-test walks the paths of a user's first minutes — open a new database (migrations,
Gebiete), render a PDF with the embedded font, write an exchange file and read it back —
in a temporary folder, prints one line per step and returns 0 only if all of them worked.
It imports no Qt, so it also runs where no display exists (CI, a support call).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import helferapp
from helferapp.store.database import Database


class _Checks:
    """The steps, sharing the database that the second one opens."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database: Database | None = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("Ressourcen", self.resources),
            ("Datenbank und Migrationen", self.open),
            ("PDF", self.pdf),
            ("Austauschdatei", self.exchange),
            ("Zweiter Prozess", self.second_process),
        ]

    def _db(self) -> Database:
        if self.database is None:
            raise RuntimeError("keine Datenbank geöffnet")
        return self.database

    def resources(self) -> str:
        from helferapp.resources import resources_dir

        folder = resources_dir()
        for part in (
            "fonts/DejaVuSans.ttf",
            "fonts/NotoSansArabic-Regular.ttf",
            "fonts/NotoSansEthiopic-Regular.ttf",
            "notice_languages/ar.json",
            "reference/bavaria_regions.csv",
            "demo/vocabulary.json",  # the example data offered at the first start
            "demo/weights.json",
        ):
            if not (folder / part).is_file():
                raise FileNotFoundError(folder / part)
        return str(folder)

    def open(self) -> str:
        from helferapp.store import migrations
        from helferapp.store.database import open_database

        self.database = open_database(self.folder / "selbsttest.sqlite3")
        revision = self.database.schema_revision()
        if revision != migrations.head_revision():
            raise RuntimeError(f"Schema {revision}, erwartet {migrations.head_revision()}")
        return f"Schema {revision}"

    def pdf(self) -> str:
        from helferapp.services.report_data import ReportScope
        from helferapp.services.report_kinds import render
        from helferapp.services.unit_of_work import UnitOfWork

        target = self.folder / "angebote.pdf"
        pages = render(UnitOfWork(self._db()), "angebote", ReportScope(), target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF") or b"DejaVu" not in data:
            raise RuntimeError("PDF ohne eingebettete DejaVu-Schrift")
        # Bilingual, Arabic: the shaping (HarfBuzz), the bidi library and the Noto font.
        notice = self.folder / "aushang-ar.pdf"
        render(UnitOfWork(self._db()), "aushang", ReportScope(), notice, language="ar")
        if b"NotoSansArabic" not in notice.read_bytes():
            raise RuntimeError("zweisprachiger Aushang ohne arabische Schrift")
        return f"{pages} Seite(n), {len(data)} Bytes; Aushang Deutsch/Arabisch"

    def exchange(self) -> str:
        from helferapp.services import exchange
        from helferapp.services.unit_of_work import UnitOfWork

        target = self.folder / f"selbsttest{exchange.EXTENSION}"
        exchange.set_installation_label(UnitOfWork(self._db()), "Selbsttest")
        exchange.export_file(self._db(), target, password="selbsttest")
        result = exchange.preview_import(self._db(), target, "selbsttest")
        if result.manifest is None:
            raise RuntimeError("kein Manifest")
        return f"{target.stat().st_size} Bytes, verschlüsselt geschrieben und gelesen"

    def second_process(self) -> str:
        """The Austauschordner reads files ahead in a worker process: it must start
        (in the bundle, too: the same executable, see ``helferapp_main.py``)."""
        from helferapp.sync.read_ahead import ReadAhead

        data = (self.folder / "selbsttest.helferapp").read_bytes()
        with ReadAhead([("erste", data), ("zweite", data)], "selbsttest") as ahead:
            prepared = ahead.take("zweite")
        if prepared is None:
            raise RuntimeError("der zweite Prozess hat die Austauschdatei nicht gelesen")
        return f"Austauschdatei mit {prepared.manifest.record_count} Einträgen gelesen"


def run(out: TextIO | None = None) -> int:
    """Run every step in a fresh temporary folder; 0 if all passed, 1 otherwise."""
    stream = out or sys.stdout
    print(f"HelferApp {helferapp.__version__} – Selbsttest", file=stream)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="helferapp-selbsttest-") as name:
        checks = _Checks(Path(name))
        try:
            for title, step in checks.steps():
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as error:  # report every failure, then go on
                    failed += 1
                    print(f"FEHLER {title}: {type(error).__name__}: {error}", file=stream)
                    continue
                took = (time.perf_counter() - started) * 1000
                print(f"ok     {title}: {detail} ({took:.0f} ms)", file=stream)
        finally:
            if checks.database is not None:
                checks.database.dispose()  # Windows cannot delete an open file
    summary = f"{failed} Schritt(e) fehlgeschlagen." if failed else "Selbsttest bestanden."
    print(summary, file=stream)
    return 0 if not failed else 1
