"""Export and import as the GUI and CLI use them: scopes, consent, preview, backup, journal.

Exported files are read back with ``zipfile`` and ``json`` (not the app's reader) to see
exactly what leaves the installation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.errors import NotFoundError, UserError
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import backups, exchange, records
from helferapp.services.entities import (
    CONTACTS,
    GROUPS,
    ORGANISATIONS,
    PARTNERSHIPS,
    PERSONS,
    PROGRAMMES,
    REGION_STATUSES,
)
from helferapp.services.exchange import ConsentMode, ExportScope, ScopeKind
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync.merge_report import ImportCancelled
from tests.sync.helpers_exchange import (
    FFB_GEMEINDE,
    FFB_KREIS,
    MUENCHEN,
    MUENCHEN_KREIS,
    OLCHING,
    T0,
    canonical_dump,
    exchange_bytes,
    file_bytes,
    file_lines,
    full_dump,
    line,
    new_replica,
    new_uuid,
    stamp,
    write,
    zip_members,
)

EVERYTHING = ExportScope()
SHARE = {"consent_given_on": date(2025, 1, 10), "consent_share": True, "consent_internal": True}


@pytest.fixture
def receiver(template_db_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A second installation (own id) to import into."""
    database = new_replica(template_db_path, tmp_path / "empfang" / "db.sqlite3", "Empfang")
    yield database
    database.dispose()


@pytest.fixture
def third(template_db_path: Path, tmp_path: Path) -> Iterator[Database]:
    database = new_replica(template_db_path, tmp_path / "dritte" / "db.sqlite3", "Dritte")
    yield database
    database.dispose()


def export(
    database: Database,
    path: Path,
    scope: ExportScope = EVERYTHING,
    consent: ConsentMode = ConsentMode.SHARED,
) -> dict[str, dict[str, dict[str, Any]]]:
    exchange.export_file(database, path, scope, consent)
    return file_lines(path.read_bytes())


def ids_in(lines: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    return {table: set(rows) for table, rows in lines.items()}


class World:
    """Two Helferkreise in two Landkreise with everything that hangs off them."""

    def __init__(self, uow: UnitOfWork) -> None:
        def create(spec: Any, data: Any) -> str:
            return str(records.create(uow, spec, data).id)

        self.olching = create(GROUPS, HelperGroupData(name="HK Olching", region_ags=(OLCHING,)))
        self.ffb = create(GROUPS, HelperGroupData(name="HK Bruck", region_ags=(FFB_GEMEINDE,)))
        self.munich = create(GROUPS, HelperGroupData(name="HK München", region_ags=(MUENCHEN,)))
        self.ki = create(
            ORGANISATIONS, OrganisationData(name="KI Fürstenfeldbruck", region_ags=FFB_KREIS)
        )
        self.caritas = create(ORGANISATIONS, OrganisationData(name="Caritas München"))
        self.jobcenter = create(
            ORGANISATIONS, OrganisationData(name="Jobcenter München", region_ags=MUENCHEN_KREIS)
        )
        self.unrelated = create(ORGANISATIONS, OrganisationData(name="Verein irgendwo"))
        self.course = create(
            PROGRAMMES,
            ProgrammeData(
                title="Deutschkurs",
                group_id=self.olching,
                organisation_id=self.caritas,
                fields=(FieldOfAction.LANGUAGE,),
            ),
        )
        self.munich_course = create(
            PROGRAMMES,
            ProgrammeData(
                title="Café München", group_id=self.munich, fields=(FieldOfAction.ENCOUNTER,)
            ),
        )
        self.maria = create(PERSONS, PersonData(name="Maria Huber", group_id=self.olching, **SHARE))
        self.secret = create(PERSONS, PersonData(name="Ohne Einwilligung", group_id=self.olching))
        self.withdrawn = create(
            PERSONS,
            PersonData(
                name="Zurückgezogen",
                group_id=self.olching,
                consent_withdrawn_on=date(2025, 6, 1),
                **SHARE,
            ),
        )
        self.munich_person = create(
            PERSONS, PersonData(name="Max München", group_id=self.munich, **SHARE)
        )
        self.call = create(
            CONTACTS,
            ContactData(
                contact_date=date(2025, 11, 1),
                subject="Anruf",
                group_id=self.olching,
                person_id=self.secret,
            ),
        )
        self.visit = create(
            CONTACTS,
            ContactData(
                contact_date=date(2025, 11, 2),
                subject="Besuch",
                group_id=self.olching,
                person_id=self.maria,
            ),
        )
        self.partnership = create(
            PARTNERSHIPS, PartnershipData(group_id=self.olching, organisation_id=self.ki)
        )
        self.munich_partnership = create(
            PARTNERSHIPS, PartnershipData(group_id=self.munich, organisation_id=self.jobcenter)
        )
        self.status_olching = create(REGION_STATUSES, RegionStatusData(ags=OLCHING))
        self.status_ffb = create(REGION_STATUSES, RegionStatusData(ags=FFB_KREIS))
        self.status_munich = create(REGION_STATUSES, RegionStatusData(ags=MUENCHEN_KREIS))


@pytest.fixture
def world(uow: UnitOfWork) -> World:
    return World(uow)


# --- scopes ----------------------------------------------------------------------------


def test_a_group_export_holds_the_group_and_everything_that_hangs_off_it(
    database: Database, world: World, tmp_path: Path
) -> None:
    scope = ExportScope(ScopeKind.GROUP, group_id=world.olching)
    lines = export(database, tmp_path / "hk.helferapp", scope, ConsentMode.INTERNAL)

    assert ids_in(lines) == {
        "helper_group": {world.olching},
        "organisation": {world.caritas, world.ki},
        "programme": {world.course},
        "person": {world.maria, world.secret, world.withdrawn},
        "contact": {world.call, world.visit},
        "partnership": {world.partnership},
        "region_status": {world.status_olching, world.status_ffb},
    }
    manifest = json.loads(zip_members((tmp_path / "hk.helferapp").read_bytes())["manifest.json"])
    assert manifest["scope"] == {"kind": "group", "id": world.olching, "name": "HK Olching"}


def test_a_district_export_holds_the_records_of_that_landkreis(
    database: Database, world: World, tmp_path: Path
) -> None:
    scope = ExportScope(ScopeKind.DISTRICT, district_ags=FFB_KREIS)
    lines = export(database, tmp_path / "ffb.helferapp", scope, ConsentMode.INTERNAL)

    assert ids_in(lines)["helper_group"] == {world.olching, world.ffb}
    assert world.ki in ids_in(lines)["organisation"]
    assert world.jobcenter not in ids_in(lines)["organisation"]
    assert ids_in(lines)["region_status"] == {world.status_olching, world.status_ffb}
    assert world.munich_course not in ids_in(lines).get("programme", set())
    assert world.munich_person not in ids_in(lines)["person"]
    manifest = json.loads(zip_members((tmp_path / "ffb.helferapp").read_bytes())["manifest.json"])
    assert manifest["scope"] == {"kind": "district", "ags": FFB_KREIS, "name": "Fürstenfeldbruck"}


def test_a_regierungsbezirk_export_holds_every_landkreis_of_it(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    path = tmp_path / "obb.helferapp"
    scope = ExportScope(ScopeKind.DISTRICT_REGION, district_ags="091")
    lines = export(database, path, scope, ConsentMode.INTERNAL)

    # Fürstenfeldbruck and München both lie in Oberbayern.
    assert {world.olching, world.ffb, world.munich} <= ids_in(lines)["helper_group"]
    assert world.munich_course in ids_in(lines)["programme"]
    manifest = json.loads(zip_members(path.read_bytes())["manifest.json"])
    assert manifest["scope"] == {"kind": "district_region", "ags": "091", "name": "Oberbayern"}
    exchange.import_file(receiver, path)  # every reference resolves inside the file

    elsewhere = export(
        database,
        tmp_path / "schwaben.helferapp",
        ExportScope(ScopeKind.DISTRICT_REGION, district_ags="097"),
        ConsentMode.INTERNAL,
    )
    assert not ids_in(elsewhere).get("helper_group")


@pytest.mark.parametrize("ags", ["098", "09179", "09", "91", ""])
def test_an_unknown_regierungsbezirk_is_refused(
    database: Database, tmp_path: Path, ags: str
) -> None:
    scope = ExportScope(ScopeKind.DISTRICT_REGION, district_ags=ags)
    with pytest.raises(UserError, match="Regierungsbezirk"):
        exchange.export_file(database, tmp_path / "x.helferapp", scope)
    assert not (tmp_path / "x.helferapp").exists()


@pytest.mark.parametrize("ags", ["12345", "09999", "0917", "09179142", ""])
def test_an_unknown_landkreis_is_refused(database: Database, tmp_path: Path, ags: str) -> None:
    with pytest.raises(UserError, match="Landkreis"):
        exchange.export_file(
            database, tmp_path / "x.helferapp", ExportScope(ScopeKind.DISTRICT, district_ags=ags)
        )
    assert not (tmp_path / "x.helferapp").exists()


def test_an_unknown_group_is_refused(database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="Helferkreis"):
        exchange.export_file(
            database, tmp_path / "x.helferapp", ExportScope(ScopeKind.GROUP, group_id=new_uuid())
        )


def test_an_exported_record_never_points_outside_the_file(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    for scope in (
        ExportScope(ScopeKind.GROUP, group_id=world.munich),
        ExportScope(ScopeKind.DISTRICT, district_ags=MUENCHEN_KREIS),
    ):
        path = tmp_path / "teil.helferapp"
        lines = export(database, path, scope)
        ids = ids_in(lines)
        targets = {
            "group_id": "helper_group",
            "organisation_id": "organisation",
            "person_id": "person",
        }
        references = [
            (field, value)
            for rows in lines.values()
            for row in rows.values()
            for field, value in row["values"].items()
            if field in targets and value is not None
        ]
        assert references, "the scope exports records that point to others"
        for field, value in references:
            assert value in ids.get(targets[field], set()), (field, value)
        # An empty installation can take it: every reference resolves inside the file.
        exchange.import_file(receiver, path)
        received = canonical_dump(receiver)
        for table, exported in ids.items():
            assert exported <= set(received.get(table, {})), table


def test_changes_since_the_last_export_to_a_partner(
    database: Database, uow: UnitOfWork, world: World, tmp_path: Path
) -> None:
    to_ki = ExportScope(ScopeKind.CHANGES, partner="KI Landkreis")
    first = export(database, tmp_path / "1.helferapp", to_ki, ConsentMode.INTERNAL)
    assert ids_in(first)["helper_group"] == {world.olching, world.ffb, world.munich}

    second = export(database, tmp_path / "2.helferapp", to_ki, ConsentMode.INTERNAL)
    assert second == {}

    records.patch(uow, GROUPS, world.ffb, {"notes": "neue Notiz"})
    records.delete(uow, PROGRAMMES, world.munich_course)
    third = export(database, tmp_path / "3.helferapp", to_ki, ConsentMode.INTERNAL)
    assert ids_in(third) == {
        "helper_group": {world.ffb, world.munich},  # München: the programme points to it
        "programme": {world.munich_course},
    }
    assert third["programme"][world.munich_course]["values"]["deleted"] is True

    other = ExportScope(ScopeKind.CHANGES, partner="Nachbarkreis")
    assert len(export(database, tmp_path / "4.helferapp", other)["helper_group"]) == 3
    manifest = json.loads(zip_members((tmp_path / "3.helferapp").read_bytes())["manifest.json"])
    assert manifest["scope"]["kind"] == "changes"
    assert manifest["scope"]["partner"] == "KI Landkreis"


def test_changes_to_a_partner_include_older_records_imported_since_the_last_export(
    database: Database, uow: UnitOfWork, tmp_path: Path, receiver: Database
) -> None:
    # The KI collects files and passes on changes: a record it imports after its last
    # export to a group must reach that group, even if its stamp is older than that export.
    old = line(
        new_uuid(),
        {"name": "Aus einer alten Datei", "region_ags": [OLCHING], "deleted": False},
        stamp(T0 - 86_400_000),
    )
    to_group = ExportScope(ScopeKind.CHANGES, partner="HK Olching")
    records.create(uow, GROUPS, HelperGroupData(name="Eigener", region_ags=(OLCHING,)))
    export(database, tmp_path / "1.helferapp", to_group)

    exchange.import_file(
        database, write(tmp_path / "alt.helferapp", exchange_bytes({"helper_group": [old]}))
    )
    second = export(database, tmp_path / "2.helferapp", to_group)

    assert old["id"] in second["helper_group"]


def test_a_changes_export_needs_a_partner(database: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="an wen"):
        exchange.export_file(
            database, tmp_path / "x.helferapp", ExportScope(ScopeKind.CHANGES, partner="  ")
        )


# --- consent ---------------------------------------------------------------------------


def test_a_shared_export_leaves_out_persons_without_consent_to_share(
    database: Database, world: World, tmp_path: Path
) -> None:
    result = exchange.export_file(database, tmp_path / "geteilt.helferapp")
    lines = file_lines((tmp_path / "geteilt.helferapp").read_bytes())
    persons = lines["person"]

    assert persons[world.maria]["values"]["name"] == "Maria Huber"
    assert world.secret not in persons  # never consented: nothing travels
    # Consent withdrawn: only the consent travels, so that earlier receivers learn of it.
    assert set(persons[world.withdrawn]["values"]) - {"deleted", "purged"} == {
        "consent_given_on",
        "consent_internal",
        "consent_share",
        "consent_print",
        "consent_withdrawn_on",
    }
    assert "Zurückgezogen" not in json.dumps(lines, ensure_ascii=False)
    assert "Ohne Einwilligung" not in json.dumps(lines, ensure_ascii=False)
    assert result.left_out_persons == 2
    # The contact with the left-out person travels without its link to that person.
    assert "person_id" not in lines["contact"][world.call]["values"]
    assert lines["contact"][world.visit]["values"]["person_id"] == world.maria


def test_an_internal_export_holds_every_person(
    database: Database, world: World, tmp_path: Path
) -> None:
    result = exchange.export_file(
        database, tmp_path / "intern.helferapp", consent=ConsentMode.INTERNAL
    )
    lines = file_lines((tmp_path / "intern.helferapp").read_bytes())

    assert lines["person"][world.secret]["values"]["name"] == "Ohne Einwilligung"
    assert lines["contact"][world.call]["values"]["person_id"] == world.secret
    assert result.left_out_persons == 0
    manifest = json.loads(
        zip_members((tmp_path / "intern.helferapp").read_bytes())["manifest.json"]
    )
    assert manifest["consent"] == "internal"


def test_a_withdrawal_reaches_a_receiver_that_has_the_person_and_creates_none_elsewhere(
    database: Database,
    uow: UnitOfWork,
    world: World,
    tmp_path: Path,
    receiver: Database,
    third: Database,
) -> None:
    exchange.import_file(receiver, _shared(database, tmp_path, "1"))
    assert records.get(UnitOfWork(receiver), PERSONS, world.maria).data.consent_share

    records.patch(uow, PERSONS, world.maria, {"consent_withdrawn_on": date(2025, 11, 20)})
    path = _shared(database, tmp_path, "2")
    exchange.import_file(receiver, path)
    exchange.import_file(third, path)

    person = records.get(UnitOfWork(receiver), PERSONS, world.maria).data
    assert person.consent_withdrawn_on == date(2025, 11, 20)
    assert person.name == "Maria Huber"  # the receiver keeps what it had
    with pytest.raises(NotFoundError):
        records.get(UnitOfWork(third), PERSONS, world.maria)
    # The receiver's own shared export now leaves the person out as well.
    lines = file_lines(_shared(receiver, tmp_path, "3").read_bytes())
    assert "name" not in lines["person"][world.maria]["values"]


def _shared(database: Database, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"geteilt-{name}.helferapp"
    exchange.export_file(database, path)
    return path


def test_a_link_to_a_person_arrives_once_the_person_may_be_shared(
    database: Database, uow: UnitOfWork, world: World, tmp_path: Path, receiver: Database
) -> None:
    exchange.import_file(receiver, _shared(database, tmp_path, "1"))
    assert records.get(UnitOfWork(receiver), CONTACTS, world.call).data.person_id is None

    records.patch(uow, PERSONS, world.secret, {**SHARE})
    exchange.import_file(receiver, _shared(database, tmp_path, "2"))

    assert records.get(UnitOfWork(receiver), CONTACTS, world.call).data.person_id == world.secret


def test_a_purged_person_is_wiped_at_the_receivers_too(
    database: Database, uow: UnitOfWork, world: World, tmp_path: Path, receiver: Database
) -> None:
    exchange.import_file(receiver, _shared(database, tmp_path, "1"))
    records.delete(uow, PERSONS, world.maria)
    records.purge(uow, PERSONS, world.maria)
    exchange.import_file(receiver, _shared(database, tmp_path, "2"))

    row = canonical_dump(receiver)["person"][world.maria]
    assert row["purged"] and row["deleted"]
    assert row["name"] == ""
    assert row["email"] == ""


# --- preview ---------------------------------------------------------------------------


def test_a_preview_writes_nothing_and_names_what_would_change(
    database: Database, uow: UnitOfWork, world: World, tmp_path: Path, receiver: Database
) -> None:
    exchange.import_file(receiver, _internal(database, tmp_path, "1"))
    ruth = records.create(
        UnitOfWork(receiver), PERSONS, PersonData(name="Ruth", group_id=world.olching)
    )
    records.patch(UnitOfWork(receiver), GROUPS, world.olching, {"notes": "von Empfang"})

    records.patch(uow, GROUPS, world.olching, {"notes": "vom Absender"})
    records.create(uow, GROUPS, HelperGroupData(name="HK Neu", region_ags=(OLCHING,)))
    records.delete(uow, PROGRAMMES, world.course)
    path = _internal(database, tmp_path, "2")
    before_dump, before_bytes = full_dump(receiver.path), file_bytes(receiver)
    backups_before = len(backups.list_backups(receiver))

    preview = exchange.preview_import(receiver, path)

    assert full_dump(receiver.path) == before_dump
    assert file_bytes(receiver) == before_bytes
    assert len(backups.list_backups(receiver)) == backups_before
    groups = preview.report.tables["helper_group"]
    assert (groups.new, groups.changed) == (1, 1)
    assert groups.titles["new"] == ["HK Neu"]
    assert groups.titles["changed"] == ["HK Olching"]
    assert preview.report.tables["programme"].titles["deleted"] == ["Deutschkurs"]
    assert [(o.title, o.field, o.old_value, o.new_value) for o in preview.report.overwrites] == [
        ("HK Olching", "notes", "von Empfang", "vom Absender"),
        ("Deutschkurs", "deleted", False, True),
    ]
    assert preview.import_id == ""
    assert preview.manifest.installation_id == database.installation_id
    # The real import does what the preview said.
    result = exchange.import_file(receiver, path)
    assert [(o.title, o.field) for o in result.report.overwrites] == [
        ("HK Olching", "notes"),
        ("Deutschkurs", "deleted"),
    ]
    assert records.get(UnitOfWork(receiver), PERSONS, ruth.id).data.name == "Ruth"


def _internal(database: Database, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"intern-{name}.helferapp"
    exchange.export_file(database, path, consent=ConsentMode.INTERNAL)
    return path


# --- import: backup, journal, restore, cancel ---------------------------------------


def test_an_import_takes_a_backup_first(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    path = _internal(database, tmp_path, "1")
    result = exchange.import_file(receiver, path)

    assert result.backup is not None
    listed = backups.list_backups(receiver)
    assert [backup.reason for backup in listed] == ["vor-import"]
    assert listed[0].path == result.backup.path
    # The backup is the state before the import: no Helferkreis in it.
    backup_db = new_replica(result.backup.path, tmp_path / "backup-copy" / "db.sqlite3")
    try:
        assert canonical_dump(backup_db)["helper_group"] == {}
    finally:
        backup_db.dispose()
    # The same file again writes nothing, and so takes no backup either.
    again = exchange.import_file(receiver, path)
    assert again.backup is None
    assert len(backups.list_backups(receiver)) == 1


def test_overwritten_values_are_journaled_and_restore_wins_the_next_exchange(
    database: Database, uow: UnitOfWork, world: World, tmp_path: Path, receiver: Database
) -> None:
    exchange.import_file(receiver, _internal(database, tmp_path, "1"))
    their = UnitOfWork(receiver)
    records.patch(their, GROUPS, world.olching, {"name": "HK Olching (Empfang)"})
    records.patch(uow, GROUPS, world.olching, {"name": "HK Olching e.V."})

    result = exchange.import_file(receiver, _internal(database, tmp_path, "2"))
    (row,) = exchange.list_journal(their, result.import_id)
    assert (row.table_name, row.record_id, row.field) == ("helper_group", world.olching, "name")
    assert (row.old_value, row.new_value) == ("HK Olching (Empfang)", "HK Olching e.V.")
    assert row.source_name == "intern-2.helferapp"
    assert row.source_label == ""
    assert row.record_title == "HK Olching (Empfang)"
    assert row.restored_at is None
    assert records.get(their, GROUPS, world.olching).data.name == "HK Olching e.V."

    exchange.restore_journal_entry(their, row.id)
    restored = records.get(their, GROUPS, world.olching)
    assert restored.data.name == "HK Olching (Empfang)"
    assert exchange.list_journal(their)[0].restored_at is not None

    exchange.import_file(database, _internal(receiver, tmp_path, "3"))
    assert records.get(uow, GROUPS, world.olching).data.name == "HK Olching (Empfang)"


def test_restoring_an_unknown_journal_entry_says_so(uow: UnitOfWork) -> None:
    with pytest.raises(NotFoundError, match="Import-Protokolls"):
        exchange.restore_journal_entry(uow, 4711)


def test_the_journal_is_empty_when_nothing_was_overwritten(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    result = exchange.import_file(receiver, _internal(database, tmp_path, "1"))

    assert result.report.overwrites == []
    assert exchange.list_journal(UnitOfWork(receiver)) == []


def test_a_cancelled_import_changes_nothing(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    path = _internal(database, tmp_path, "1")
    before = full_dump(receiver.path)
    with pytest.raises(ImportCancelled, match="abgebrochen"):
        exchange.import_file(receiver, path, cancelled=lambda: True)

    assert full_dump(receiver.path) == before


def test_cancelling_in_the_middle_of_a_big_import_changes_nothing(
    tmp_path: Path, receiver: Database
) -> None:
    groups = [
        line(new_uuid(), {"name": f"HK {n}", "region_ags": [OLCHING], "deleted": False}, stamp())
        for n in range(1800)
    ]
    path = write(tmp_path / "gross.helferapp", exchange_bytes({"helper_group": groups}))
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(seen) >= 2

    before = full_dump(receiver.path)
    with pytest.raises(ImportCancelled):
        exchange.import_file(
            receiver, path, cancelled=cancelled, progress=lambda *done: seen.append(done)
        )

    assert seen == [(500, 1800), (1000, 1800)]
    assert full_dump(receiver.path) == before


def test_progress_counts_up_to_every_record(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    seen: list[tuple[int, int]] = []
    exchange.import_file(
        receiver, _internal(database, tmp_path, "1"), progress=lambda *done: seen.append(done)
    )

    total = sum(len(rows) for rows in canonical_dump(database).values())
    assert seen[-1] == (total, total)


def test_a_deletion_and_a_restore_travel(
    database: Database, uow: UnitOfWork, world: World, tmp_path: Path, receiver: Database
) -> None:
    exchange.import_file(receiver, _internal(database, tmp_path, "1"))
    records.delete(uow, GROUPS, world.ffb)
    result = exchange.import_file(receiver, _internal(database, tmp_path, "2"))
    assert result.report.tables["helper_group"].titles["deleted"] == ["HK Bruck"]
    assert records.get(UnitOfWork(receiver), GROUPS, world.ffb).deleted

    records.restore(uow, GROUPS, world.ffb)
    result = exchange.import_file(receiver, _internal(database, tmp_path, "3"))
    assert result.report.tables["helper_group"].titles["restored"] == ["HK Bruck"]
    assert not records.get(UnitOfWork(receiver), GROUPS, world.ffb).deleted


def test_an_import_into_an_empty_installation_gives_the_same_data(
    database: Database, world: World, tmp_path: Path, receiver: Database
) -> None:
    exchange.import_file(receiver, _internal(database, tmp_path, "1"))

    assert canonical_dump(receiver) == canonical_dump(database)


# --- writing ---------------------------------------------------------------------------


def test_export_writes_atomically_and_reports_counts(
    database: Database, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "alles.helferapp"
    result = exchange.export_file(database, path, consent=ConsentMode.INTERNAL)

    assert result.path == path
    assert result.size_bytes == path.stat().st_size
    assert result.counts["helper_group"] == 3
    assert result.counts["person"] == 4
    assert not list(tmp_path.glob("*.partial"))


def test_export_into_a_missing_folder_says_so_and_leaves_nothing(
    database: Database, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="konnte nicht geschrieben werden"):
        exchange.export_file(database, tmp_path / "fehlt" / "x.helferapp")
    assert not (tmp_path / "fehlt").exists()


def test_export_replaces_an_existing_file(database: Database, world: World, tmp_path: Path) -> None:
    path = write(tmp_path / "alt.helferapp", b"altes Zeug")
    exchange.export_file(database, path)

    assert path.read_bytes().startswith(b"PK\x03\x04")


def test_needs_password_tells_a_protected_file_from_a_plain_one(
    database: Database, tmp_path: Path
) -> None:
    plain, protected = tmp_path / "offen.helferapp", tmp_path / "geschuetzt.helferapp"
    exchange.export_file(database, plain)
    exchange.export_file(database, protected, password="geheim-genug")
    assert exchange.needs_password(plain) is False
    assert exchange.needs_password(protected) is True
    with pytest.raises(UserError, match="gibt es nicht"):
        exchange.needs_password(tmp_path / "fehlt.helferapp")


def test_field_enum_names_the_codes_of_a_coded_field_only() -> None:
    assert exchange.field_enum("programme", "fields") is FieldOfAction
    assert exchange.field_enum("programme", "title") is None
    assert exchange.field_enum("no_such_table", "title") is None
