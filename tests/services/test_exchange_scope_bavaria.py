"""A Landkreis or Bezirk export carries its own records, and of others only names.

Built on the Bavaria-scale demo (once per session): the Bayerischer Flüchtlingsrat sits
in München and talks to groups all over Bavaria. An export of München (or of
Oberbayern) must carry München's groups and Stellen with what belongs to them, but no
contact or person of a group outside it — and a group or Stelle outside that a record
inside points to only with its identifying fields (docs/FORMAT.md §2).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from helferapp.services import exchange
from helferapp.services.demo import Scale, build_demo
from helferapp.services.exchange import IDENTIFYING, ExportScope, ScopeKind
from helferapp.store.database import Database, open_database
from helferapp.sync.exchange_file import TABLES, ExchangeFile
from tests.sync.helpers_exchange import new_replica

BOOKKEEPING = {"deleted", "purged"}


@pytest.fixture(scope="session")
def bavaria(tmp_path_factory: pytest.TempPathFactory, template_db_path: Path) -> Path:
    path = tmp_path_factory.mktemp("bayern") / "db.sqlite3"
    shutil.copyfile(template_db_path, path)
    database = open_database(path)
    build_demo(database, Scale.BAVARIA, seed=1)
    database.dispose()
    return path


@pytest.fixture
def source(bavaria: Path) -> Iterator[Database]:
    database = open_database(bavaria)
    yield database
    database.dispose()


def _rows(path: Path, sql: str) -> list[Any]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def _statewide_kreise(path: Path) -> dict[str, str]:
    """Kreis → a Stelle located there whose contacts reach groups in ten Kreise or more."""
    rows = _rows(
        path,
        "SELECT o.id, o.region_ags, count(DISTINCT substr(j.value, 1, 5)) "
        "FROM organisation o JOIN contact c ON c.organisation_id = o.id "
        "JOIN helper_group g ON g.id = c.group_id, json_each(g.region_ags) j "
        "GROUP BY o.id HAVING count(DISTINCT substr(j.value, 1, 5)) >= 10",
    )
    return {region[:5]: organisation for organisation, region, _kreise in rows if region}


def _read(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    exchange_file = ExchangeFile(path.read_bytes())
    return {
        table: {record.id: record.values for record in exchange_file.records(table)}
        for table in TABLES
    }


def _check_scope(bavaria: Path, contents: dict[str, dict[str, dict[str, Any]]], ags: str) -> None:
    groups = {
        group_id
        for group_id, regions in _rows(bavaria, "SELECT id, region_ags FROM helper_group")
        if any(code.startswith(ags) for code in json.loads(regions or "[]"))
    }
    stellen = {
        org_id
        for org_id, region in _rows(bavaria, "SELECT id, region_ags FROM organisation")
        if region and region.startswith(ags)
    }
    owners = dict(
        (row[0], (row[1], row[2]))
        for table in ("contact", "person")
        for row in _rows(bavaria, f"SELECT id, group_id, organisation_id FROM {table}")
    )
    for table in ("contact", "person"):
        for record_id, values in contents[table].items():
            group, organisation = owners[record_id]
            if (
                set(values)
                <= set(IDENTIFYING.get(table, ()))
                | BOOKKEEPING
                | {
                    "consent_given_on",
                    "consent_internal",
                    "consent_share",
                    "consent_print",
                    "consent_withdrawn_on",
                }
                and table == "person"
                and group not in groups
            ):
                continue  # a person outside, named by a contact inside: its name only
            assert (group in groups) if group else (organisation in stellen), (table, values)
    for table, inside in (("helper_group", groups), ("organisation", stellen)):
        for record_id, values in contents[table].items():
            if record_id not in inside:
                assert set(values) <= set(IDENTIFYING[table]), (table, sorted(values))
    assert set(contents["helper_group"]) >= groups


def test_no_district_export_carries_a_contact_of_a_group_outside_it(
    bavaria: Path, source: Database, tmp_path: Path
) -> None:
    kreise = _statewide_kreise(bavaria)
    assert "09162" in kreise  # the Flüchtlingsrat in München
    for ags in sorted(kreise):
        target = tmp_path / f"{ags}.helferapp"
        scope = ExportScope(ScopeKind.DISTRICT, district_ags=ags)
        exchange.export_file(source, target, scope)
        contents = _read(target)
        _check_scope(bavaria, contents, ags)
        assert kreise[ags] in contents["organisation"]
    oberbayern = tmp_path / "091.helferapp"
    exchange.export_file(
        source, oberbayern, ExportScope(ScopeKind.DISTRICT_REGION, district_ags="091")
    )
    _check_scope(bavaria, _read(oberbayern), "091")


def test_a_record_that_travels_with_its_name_only_blanks_nothing_at_the_receiver(
    bavaria: Path, source: Database, template_db_path: Path, tmp_path: Path
) -> None:
    munich = tmp_path / "muenchen.helferapp"
    exchange.export_file(source, munich, ExportScope(ScopeKind.DISTRICT, district_ags="09162"))
    contents = _read(munich)
    outside = [
        group_id for group_id, values in contents["helper_group"].items() if "notes" not in values
    ]
    assert outside
    (ags,) = _rows(
        bavaria,
        "SELECT substr(json_extract(region_ags, '$[0]'), 1, 5) FROM helper_group "
        f"WHERE id = '{outside[0]}'",
    )[0]
    home = tmp_path / "heimat.helferapp"
    exchange.export_file(source, home, ExportScope(ScopeKind.DISTRICT, district_ags=ags))
    receiver = new_replica(template_db_path, tmp_path / "empfang" / "db.sqlite3", "Empfang")
    try:
        exchange.import_file(receiver, home, allow_demo=True)  # the Bavaria demo
        before = _rows(receiver.path, f"SELECT * FROM helper_group WHERE id = '{outside[0]}'")
        result = exchange.import_file(receiver, munich, allow_demo=True)
        assert result.report.tables["helper_group"].new > 0
        after = _rows(receiver.path, f"SELECT * FROM helper_group WHERE id = '{outside[0]}'")
        assert after == before
    finally:
        receiver.dispose()
