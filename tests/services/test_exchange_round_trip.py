"""The Landkreis round trip: several files previewed together, merged, handed back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helferapp.domain.errors import UserError
from helferapp.services import exchange_round_trip
from helferapp.services.exchange import ExportScope, ScopeKind, export_file, list_journal
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from tests.services.test_exchange_folder import add_group, data_of, new_replica


@pytest.fixture
def network(template_db_path: Path, tmp_path: Path) -> Iterator[list[Database]]:
    databases = [
        new_replica(template_db_path, tmp_path / name / "db.sqlite3", name)
        for name in ("KI", "HK Olching", "HK Maisach")
    ]
    yield databases
    for database in databases:
        database.dispose()


def test_collect_preview_merge_and_hand_back(network: list[Database], tmp_path: Path) -> None:
    ki, olching, maisach = network
    inbox = tmp_path / "eingang"
    inbox.mkdir()
    for number, database in enumerate((olching, maisach)):
        add_group(database, f"Helferkreis {number}")
        export_file(database, inbox / f"gruppe-{number}.helferapp")
    (inbox / "kaputt.helferapp").write_bytes(b"PK kaputt")
    paths = exchange_round_trip.collect_files([inbox])
    assert len(paths) == 3
    preview = exchange_round_trip.preview_combined(ki, paths)
    assert preview.tables["helper_group"].new == 2
    assert [bool(item.error) for item in preview.files] == [False, False, True]
    assert data_of(ki)["helper_group"] == {}
    target = tmp_path / "zurueck.helferapp"
    scope = ExportScope(ScopeKind.DISTRICT, district_ags="09179")
    result = exchange_round_trip.merge_and_hand_back(ki, preview.readable, target, scope)
    assert result.backup is not None and result.export is not None
    assert result.export.counts["helper_group"] == 2
    assert len(data_of(ki)["helper_group"]) == 2
    assert list_journal(UnitOfWork(ki)) == []


def test_nothing_to_collect_says_what_to_choose(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="keine HelferApp-Austauschdatei"):
        exchange_round_trip.collect_files([tmp_path])
