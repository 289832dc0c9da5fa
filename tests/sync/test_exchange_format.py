"""Files written by hand from docs/FORMAT.md import correctly; the app's own files round-trip.

The files in the first part are built with ``zipfile``, ``json`` and ``hashlib`` only,
exactly as the document describes them, so these tests hold the reader to the document.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import zipfile
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    KIStatus,
    LegalForm,
    OrganisationKind,
    PartnershipKind,
    Weekday,
)
from helferapp.domain.errors import UserError
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import exchange, records
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
from helferapp.sync.clock import wall_clock_ms
from helferapp.sync.exchange_file import WireRecord, write_exchange
from tests.sync.helpers_exchange import (
    FFB_KREIS,
    NODE,
    OLCHING,
    T0,
    Line,
    canonical_dump,
    exchange_bytes,
    jsonl,
    line,
    manifest_for,
    new_replica,
    new_uuid,
    partnership_id,
    region_status_id,
    stamp,
    stamps_dump,
    wire_dump,
    write,
    zip_bytes,
    zip_members,
)

GROUP = "0b5e8a0e-3c1f-4e55-9a53-5f2d7c1e9a01"
DELETED_GROUP = "0b5e8a0e-3c1f-4e55-9a53-5f2d7c1e9a02"
ORGANISATION = "7d9c2f4a-1b3e-4c5d-8e6f-0a1b2c3d4e5f"
PROGRAMME = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
PERSON = "c0ffee00-1234-4567-89ab-cdef01234567"
CONTACT = "d00dfeed-0000-4000-8000-000000000001"
S = stamp(T0)

GROUP_VALUES: dict[str, Any] = {
    "name": "Helferkreis Asyl Olching",
    "legal_form": "ev",
    "region_ags": [OLCHING],
    "locality": "Esting",
    "status": "ruhend",
    "working_groups": ["Sprache", "Fahrdienst"],
    "website": "https://hk-olching.example",
    "email": "info@hk-olching.example",
    "phone": "+49 8142 123456",
    "notes": "Treffen jeden ersten Montag – im Pfarrsaal",
    "checked_on": "2025-10-01",
    "deleted": False,
    "purged": False,
}
ORGANISATION_VALUES: dict[str, Any] = {
    "kind": "ki",
    "name": "KI Landkreis Fürstenfeldbruck",
    "street": "Münchner Straße 32",
    "postal_code": "82256",
    "city": "Fürstenfeldbruck",
    "region_ags": FFB_KREIS,
    "phone": "08141 519-0",
    "email": "ki@lra-ffb.example",
    "website": "https://lra-ffb.example/ki",
    "notes": "",
    "deleted": False,
    "purged": False,
}
PROGRAMME_VALUES: dict[str, Any] = {
    "title": "Sprachcafé",
    "group_id": GROUP,
    "organisation_id": ORGANISATION,
    "fields": ["sprache", "begegnung"],
    "target_group": "Erwachsene",
    "languages": ["Deutsch", "Arabisch", "Ukrainisch"],
    "location": "Pfarrheim St. Peter",
    "region_ags": OLCHING,
    "weekday": "mi",
    "start_time": "16:30",
    "end_time": "18:00",
    "schedule_text": "mittwochs, nicht in den Ferien",
    "starts_on": "2025-01-15",
    "ends_on": None,
    "registration_required": True,
    "childcare": False,
    "cost": "kostenlos",
    "accessible": True,
    "notes": "",
    "deleted": False,
    "purged": False,
}
PERSON_VALUES: dict[str, Any] = {
    "name": "Maria Huber",
    "role": "Koordination",
    "group_id": GROUP,
    "organisation_id": None,
    "phone": "0151 2345678",
    "email": "maria.huber@example.org",
    "consent_given_on": "2025-03-01",
    "consent_internal": True,
    "consent_share": True,
    "consent_print": False,
    "consent_withdrawn_on": None,
    "notes": "",
    "deleted": False,
    "purged": False,
}
CONTACT_VALUES: dict[str, Any] = {
    "contact_date": "2025-11-20",
    "group_id": GROUP,
    "organisation_id": ORGANISATION,
    "person_id": PERSON,
    "channel": "treffen",
    "subject": "Räume für das Sprachcafé",
    "result": "Pfarrsaal ab Januar zugesagt",
    "follow_up_on": "2025-12-01",
    "done": False,
    "deleted": False,
    "purged": False,
}
PARTNERSHIP_VALUES: dict[str, Any] = {
    "group_id": GROUP,
    "organisation_id": ORGANISATION,
    "kind": "netzwerk",
    "notes": "Runder Tisch Asyl",
    "deleted": False,
    "purged": False,
}
REGION_STATUS_VALUES: dict[str, Any] = {
    "ags": FFB_KREIS,
    "concept_status": "beschlossen",
    "concept_date": "2024-06-30",
    "ki_status": "aktiv",
    "ki_date": "2023-01-01",
    "source": "Kreistagsbeschluss",
    "checked_on": "2025-09-01",
    "notes": "",
    "deleted": False,
    "purged": False,
}


def every_table() -> dict[str, list[Line]]:
    """One record of every table plus a tombstone, as FORMAT.md §3–§4 describe them."""
    return {
        "helper_group": [
            line(GROUP, GROUP_VALUES, S),
            # A tombstone: only the fields that travel, the rest keeps its defaults.
            line(
                DELETED_GROUP,
                {"name": "Alter Helferkreis", "deleted": True, "purged": False},
                stamp(T0, 1),
            ),
        ],
        "organisation": [line(ORGANISATION, ORGANISATION_VALUES, S)],
        "programme": [line(PROGRAMME, PROGRAMME_VALUES, S)],
        "person": [line(PERSON, PERSON_VALUES, S)],
        "contact": [line(CONTACT, CONTACT_VALUES, S)],
        "partnership": [line(partnership_id(GROUP, ORGANISATION), PARTNERSHIP_VALUES, S)],
        "region_status": [line(region_status_id(FFB_KREIS), REGION_STATUS_VALUES, S)],
    }


def import_bytes(database: Database, tmp_path: Path, data: bytes) -> exchange.ImportResult:
    return exchange.import_file(database, write(tmp_path / "von-hand.helferapp", data))


# --- files written by hand ------------------------------------------------------------


def test_a_hand_written_file_with_every_table_imports_every_record(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    result = import_bytes(database, tmp_path, exchange_bytes(every_table()))

    assert {table: changes.new for table, changes in result.report.tables.items()} == {
        "helper_group": 1,
        "organisation": 1,
        "programme": 1,
        "person": 1,
        "contact": 1,
        "partnership": 1,
        "region_status": 1,
    }
    assert result.report.tables["helper_group"].tombstones == 1
    assert records.get(uow, GROUPS, GROUP).data == HelperGroupData(
        name="Helferkreis Asyl Olching",
        legal_form=LegalForm("ev"),
        region_ags=(OLCHING,),
        locality="Esting",
        status=GroupStatus("ruhend"),
        working_groups=("Sprache", "Fahrdienst"),
        website="https://hk-olching.example",
        email="info@hk-olching.example",
        phone="+49 8142 123456",
        notes="Treffen jeden ersten Montag – im Pfarrsaal",
        checked_on=date(2025, 10, 1),
    )
    assert records.get(uow, ORGANISATIONS, ORGANISATION).data == OrganisationData(
        kind=OrganisationKind("ki"),
        name="KI Landkreis Fürstenfeldbruck",
        street="Münchner Straße 32",
        postal_code="82256",
        city="Fürstenfeldbruck",
        region_ags=FFB_KREIS,
        phone="08141 519-0",
        email="ki@lra-ffb.example",
        website="https://lra-ffb.example/ki",
    )
    assert records.get(uow, PROGRAMMES, PROGRAMME).data == ProgrammeData(
        title="Sprachcafé",
        group_id=GROUP,
        organisation_id=ORGANISATION,
        fields=(FieldOfAction("sprache"), FieldOfAction("begegnung")),
        target_group="Erwachsene",
        languages=("Deutsch", "Arabisch", "Ukrainisch"),
        location="Pfarrheim St. Peter",
        region_ags=OLCHING,
        weekday=Weekday("mi"),
        start_time=time(16, 30),
        end_time=time(18, 0),
        schedule_text="mittwochs, nicht in den Ferien",
        starts_on=date(2025, 1, 15),
        registration_required=True,
        cost="kostenlos",
        accessible=True,
    )
    assert records.get(uow, PERSONS, PERSON).data == PersonData(
        name="Maria Huber",
        role="Koordination",
        group_id=GROUP,
        phone="0151 2345678",
        email="maria.huber@example.org",
        consent_given_on=date(2025, 3, 1),
        consent_internal=True,
        consent_share=True,
    )
    assert records.get(uow, CONTACTS, CONTACT).data == ContactData(
        contact_date=date(2025, 11, 20),
        group_id=GROUP,
        organisation_id=ORGANISATION,
        person_id=PERSON,
        channel=ContactChannel("treffen"),
        subject="Räume für das Sprachcafé",
        result="Pfarrsaal ab Januar zugesagt",
        follow_up_on=date(2025, 12, 1),
    )
    assert records.get(uow, PARTNERSHIPS, partnership_id(GROUP, ORGANISATION)).data == (
        PartnershipData(
            group_id=GROUP,
            organisation_id=ORGANISATION,
            kind=PartnershipKind("netzwerk"),
            notes="Runder Tisch Asyl",
        )
    )
    assert records.get(uow, REGION_STATUSES, region_status_id(FFB_KREIS)).data == (
        RegionStatusData(
            ags=FFB_KREIS,
            concept_status=ConceptStatus("beschlossen"),
            concept_date=date(2024, 6, 30),
            ki_status=KIStatus("aktiv"),
            ki_date=date(2023, 1, 1),
            source="Kreistagsbeschluss",
            checked_on=date(2025, 9, 1),
        )
    )
    tombstone = records.get(uow, GROUPS, DELETED_GROUP)
    assert tombstone.deleted
    assert tombstone.data.name == "Alter Helferkreis"
    assert [group.id for group in records.list_records(uow, GROUPS)] == [GROUP]
    assert [group.id for group in records.list_records(uow, GROUPS, deleted=True)] == [
        DELETED_GROUP
    ]


def test_imported_stamps_are_kept_and_the_next_local_edit_is_stamped_later(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    soon = stamp(wall_clock_ms() + 3600 * 1000)  # an hour ahead: within the bound
    lines = every_table()
    lines["helper_group"] = [line(GROUP, GROUP_VALUES, soon)]
    import_bytes(database, tmp_path, exchange_bytes(lines))

    assert records.get(uow, GROUPS, GROUP).last_stamp == soon
    edited = records.patch(uow, GROUPS, GROUP, {"notes": "neu"})

    assert edited.last_stamp > soon
    assert not edited.last_stamp.endswith(NODE)


def test_a_file_ten_years_ahead_is_refused_unless_accepted_and_then_capped(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    future = stamp(T0 + 10 * 365 * 24 * 3600 * 1000)  # ten years ahead of the wall clock
    lines = every_table()
    lines["helper_group"] = [line(GROUP, GROUP_VALUES, future)]
    path = write(tmp_path / "zukunft.helferapp", exchange_bytes(lines))
    before = canonical_dump(database)

    preview = exchange.preview_import(database, path)
    assert "23.11.2035" in preview.clock_warning
    assert "Uhren geht falsch" in preview.clock_warning
    with pytest.raises(exchange.ClockSkewError, match="nicht eingelesen"):
        exchange.import_file(database, path)
    assert canonical_dump(database) == before

    started = wall_clock_ms()
    result = exchange.import_file(database, path, accept_clock_skew=True)
    assert result.report.capped > 0
    kept = records.get(uow, GROUPS, GROUP).last_stamp
    assert kept < future
    # Taken as written at the moment of the import: the clock did not jump at all.
    assert started <= int(kept[:15]) <= wall_clock_ms()
    assert kept.endswith(NODE)
    edited = records.patch(uow, GROUPS, GROUP, {"notes": "neu"})
    assert edited.last_stamp > kept
    assert int(edited.last_stamp[:15]) <= wall_clock_ms() + 1
    # The same file again, accepted again: nothing new (the stamps do not climb).
    again = exchange.import_file(database, path, accept_clock_skew=True)
    assert again.report.written == 0
    assert again.backup is None
    assert records.get(uow, GROUPS, GROUP).data.notes == "neu"


def test_a_record_that_leaves_fields_out_keeps_the_receivers_values(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    import_bytes(database, tmp_path, exchange_bytes(every_table()))
    partial = line(GROUP, {"notes": "Neue Notiz"}, stamp(T0 + 1000))
    result = import_bytes(database, tmp_path, exchange_bytes({"helper_group": [partial]}))

    group = records.get(uow, GROUPS, GROUP).data
    assert group.notes == "Neue Notiz"
    assert group.name == "Helferkreis Asyl Olching"
    assert group.working_groups == ("Sprache", "Fahrdienst")
    assert result.report.tables["helper_group"].changed == 1


def test_a_newer_minor_version_with_unknown_fields_imports_and_ignores_them(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    lines = every_table()
    group = lines["helper_group"][0]
    group["values"]["founded_in"] = 2015
    group["stamps"]["founded_in"] = S
    group["future_key"] = {"anything": [1, 2, 3]}
    data = exchange_bytes(lines, format_version="1.7", compression_hint="zstd-someday")

    result = import_bytes(database, tmp_path, data)

    assert result.manifest.format_version == "1.7"
    assert records.get(uow, GROUPS, GROUP).data.name == "Helferkreis Asyl Olching"
    assert "founded_in" not in wire_dump(database)["helper_group"][GROUP]


def test_a_file_with_only_some_table_members_imports(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    lines = every_table()
    only = {"helper_group": lines["helper_group"], "region_status": lines["region_status"]}
    import_bytes(database, tmp_path, exchange_bytes(only))

    assert records.get(uow, GROUPS, GROUP).data.name == "Helferkreis Asyl Olching"
    assert records.get(uow, REGION_STATUSES, region_status_id(FFB_KREIS)).data.ags == FFB_KREIS
    assert records.list_records(uow, PROGRAMMES) == []


def test_a_manifest_only_file_imports_nothing(database: Database, tmp_path: Path) -> None:
    result = import_bytes(database, tmp_path, exchange_bytes({}))

    assert result.report.touched == 0
    assert result.manifest.members == {}


@pytest.mark.parametrize("stored", [("programme.jsonl",), ("manifest.json", "person.jsonl")])
def test_members_may_be_stored_instead_of_deflated(
    database: Database, uow: UnitOfWork, tmp_path: Path, stored: tuple[str, ...]
) -> None:
    data = exchange_bytes(every_table(), stored=stored)
    with zipfile.ZipFile(write(tmp_path / "check.zip", data)) as archive:
        assert archive.getinfo(stored[0]).compress_type == zipfile.ZIP_STORED

    import_bytes(database, tmp_path, data)

    assert records.get(uow, PROGRAMMES, PROGRAMME).data.title == "Sprachcafé"
    assert records.get(uow, PERSONS, PERSON).data.name == "Maria Huber"


def test_a_member_without_final_newline_and_in_any_zip_order_imports(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    members = {
        f"{table}.jsonl": jsonl(lines).rstrip(b"\n") for table, lines in every_table().items()
    }
    manifest = manifest_for(members)
    for name, data in members.items():
        manifest["members"][name]["records"] = data.count(b"\n") + 1
    entries = [*reversed(members.items()), ("manifest.json", json.dumps(manifest).encode())]

    import_bytes(database, tmp_path, zip_bytes(entries))

    assert records.get(uow, CONTACTS, CONTACT).data.subject == "Räume für das Sprachcafé"


def test_partnership_and_region_status_written_twice_converge_to_one_record(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    records.create(uow, REGION_STATUSES, RegionStatusData(ags=FFB_KREIS, notes="lokal"))
    lines = every_table()
    status = lines["region_status"][0]
    # Only concept_status was written after the local record (an hour ahead); the rest before.
    status["stamps"]["concept_status"] = stamp(wall_clock_ms() + 3600 * 1000)
    import_bytes(database, tmp_path, exchange_bytes(lines))

    statuses = records.list_records(uow, REGION_STATUSES)
    assert [(item.id, item.data.ags) for item in statuses] == [
        (region_status_id(FFB_KREIS), FFB_KREIS)
    ]
    assert statuses[0].data.notes == "lokal"
    assert statuses[0].data.concept_status is ConceptStatus("beschlossen")


def test_a_larger_stamp_wins_per_field_and_a_smaller_one_changes_nothing(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    import_bytes(database, tmp_path, exchange_bytes(every_table()))
    older = line(GROUP, {"name": "Alt", "notes": "alt"}, stamp(T0 - 1))
    newer_name = line(GROUP, {"name": "Neu"}, stamp(T0, 1))
    tie_other_node = line(GROUP, {"notes": "gleichzeitig"}, stamp(T0, 0, "f" * 32))

    first = import_bytes(database, tmp_path, exchange_bytes({"helper_group": [older]}))
    assert first.report.touched == 0
    import_bytes(database, tmp_path, exchange_bytes({"helper_group": [newer_name]}))
    import_bytes(database, tmp_path, exchange_bytes({"helper_group": [tie_other_node]}))

    group = records.get(uow, GROUPS, GROUP).data
    assert group.name == "Neu"
    # Same millisecond and counter: the larger installation id wins (FORMAT.md §5).
    assert group.notes == "gleichzeitig"


def test_deletion_and_restore_by_hand_written_files_travel(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    import_bytes(database, tmp_path, exchange_bytes(every_table()))

    deletion = line(GROUP, {"deleted": True}, stamp(T0 + 1))
    import_bytes(database, tmp_path, exchange_bytes({"helper_group": [deletion]}))
    assert records.get(uow, GROUPS, GROUP).deleted

    restore = line(GROUP, {"deleted": False}, stamp(T0 + 2))
    result = import_bytes(database, tmp_path, exchange_bytes({"helper_group": [restore]}))
    assert not records.get(uow, GROUPS, GROUP).deleted
    assert result.report.tables["helper_group"].restored == 1


def test_a_time_with_seconds_is_refused_as_the_format_says_hh_mm(
    database: Database, tmp_path: Path
) -> None:
    lines = every_table()
    lines["programme"][0]["values"]["start_time"] = "16:30:15"
    path = write(tmp_path / "sekunden.helferapp", exchange_bytes(lines))

    with pytest.raises(UserError, match="start_time"):
        exchange.import_file(database, path)


# --- the app's writer -----------------------------------------------------------------


def fill(uow: UnitOfWork) -> dict[str, str]:
    """Records of every kind through the services, as a user would create them."""
    group = records.create(
        uow,
        GROUPS,
        HelperGroupData(
            name="Helferkreis Olching",
            region_ags=(OLCHING,),
            working_groups=("Sprache",),
            checked_on=date(2025, 5, 1),
        ),
    )
    organisation = records.create(
        uow,
        ORGANISATIONS,
        OrganisationData(
            kind=OrganisationKind("ki"), name="KI Fürstenfeldbruck", region_ags=FFB_KREIS
        ),
    )
    programme = records.create(
        uow,
        PROGRAMMES,
        ProgrammeData(
            title="Nähcafé",
            group_id=group.id,
            fields=(FieldOfAction("begegnung"),),
            weekday=Weekday("fr"),
            start_time=time(9, 0),
            end_time=time(11, 30),
            starts_on=date(2025, 2, 1),
        ),
    )
    person = records.create(
        uow,
        PERSONS,
        PersonData(
            name="Ali Demir",
            group_id=group.id,
            consent_given_on=date(2025, 1, 1),
            consent_internal=True,
            consent_share=True,
        ),
    )
    contact = records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=date(2025, 11, 1),
            group_id=group.id,
            person_id=person.id,
            subject="Anruf",
            follow_up_on=date(2025, 11, 30),
        ),
    )
    partnership = records.create(
        uow,
        PARTNERSHIPS,
        PartnershipData(group_id=group.id, organisation_id=organisation.id),
    )
    status = records.create(
        uow, REGION_STATUSES, RegionStatusData(ags=OLCHING, ki_status=KIStatus("geplant"))
    )
    gone = records.create(uow, GROUPS, HelperGroupData(name="Aufgelöst", region_ags=(OLCHING,)))
    records.delete(uow, GROUPS, gone.id)
    return {
        "group": group.id,
        "organisation": organisation.id,
        "programme": programme.id,
        "person": person.id,
        "contact": contact.id,
        "partnership": partnership.id,
        "status": status.id,
        "gone": gone.id,
    }


def test_the_apps_file_read_back_gives_the_same_records_and_stamps(
    database: Database, uow: UnitOfWork, tmp_path: Path, template_db_path: Path
) -> None:
    ids = fill(uow)
    path = tmp_path / "alles.helferapp"
    exchange.export_file(database, path, consent=ConsentMode.INTERNAL)
    receiver = new_replica(template_db_path, tmp_path / "b" / "b.sqlite3")
    try:
        exchange.import_file(receiver, path)
        assert wire_dump(receiver) == wire_dump(database)
        assert stamps_dump(receiver) == stamps_dump(database)
        # Stored byte for byte as the ORM stores it (dates, times, lists, booleans).
        assert canonical_dump(receiver) == canonical_dump(database)
        assert records.get(UnitOfWork(receiver), GROUPS, ids["gone"]).deleted
    finally:
        receiver.dispose()


@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_the_apps_file_follows_the_documented_layout(
    database: Database, uow: UnitOfWork, tmp_path: Path, version: str
) -> None:
    ids = fill(uow)
    path = tmp_path / "alles.helferapp"
    exchange.export_file(database, path, consent=ConsentMode.INTERNAL, format_version=version)
    data = path.read_bytes()
    members = zip_members(data)
    manifest = json.loads(members["manifest.json"])

    assert data.startswith(b"PK\x03\x04")
    assert set(members) == {"manifest.json", *(f"{table}.jsonl" for table in manifest_tables())}
    assert manifest["format"] == "helferapp-exchange"
    assert manifest["format_version"] == version
    assert manifest["reads"] == ["1.0", "2.0"]
    assert manifest["installation_id"] == database.installation_id
    assert manifest["scope"] == {"kind": "all"}
    assert manifest["consent"] == "internal"
    for name, entry in manifest["members"].items():
        body = members[name]
        assert entry["records"] == len(body.decode().splitlines())
        assert entry["sha256"] == hashlib.sha256(body).hexdigest()
        for text in body.decode().splitlines():
            record = json.loads(text)
            assert {"deleted", "purged"} <= set(record["values"])
            if version == "1.0":
                assert set(record) == {"id", "values", "stamps"}
                assert set(record["values"]) == set(record["stamps"])
                assert "nodes" not in manifest
                continue
            # 2.0: one stamp, the fields whose stamp differs, installations by number.
            assert set(record) <= {"id", "values", "stamp", "stamps"}
            assert re.fullmatch(r"[0-9]{15}-[0-9]{5}-0", record["stamp"])
            assert set(record.get("stamps", {})) < set(record["values"])
            assert manifest["nodes"] == [database.installation_id]
    partnership_line = json.loads(members["partnership.jsonl"])
    assert partnership_line["id"] == partnership_id(ids["group"], ids["organisation"])
    status_line = json.loads(members["region_status.jsonl"])
    assert status_line["id"] == region_status_id(OLCHING)
    programme_line = json.loads(members["programme.jsonl"])
    assert programme_line["values"]["start_time"] == "09:00"
    assert programme_line["values"]["starts_on"] == "2025-02-01"
    assert programme_line["values"]["weekday"] == "fr"


def manifest_tables() -> tuple[str, ...]:
    return (
        "helper_group",
        "organisation",
        "programme",
        "person",
        "contact",
        "partnership",
        "region_status",
    )


def test_exporting_the_same_data_twice_gives_identical_bytes(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    ids = fill(uow)
    group_scope = ExportScope(ScopeKind.GROUP, group_id=ids["group"])
    for scope in (ExportScope(), group_scope):
        first, second = tmp_path / "eins.helferapp", tmp_path / "zwei.helferapp"
        exchange.export_file(database, first, scope)
        exchange.export_file(database, second, scope)
        assert first.read_bytes() == second.read_bytes()


def test_the_same_records_in_another_database_give_the_same_members(
    database: Database, uow: UnitOfWork, tmp_path: Path, template_db_path: Path
) -> None:
    fill(uow)
    first = tmp_path / "a.helferapp"
    exchange.export_file(database, first, consent=ConsentMode.INTERNAL)
    receiver = new_replica(template_db_path, tmp_path / "b" / "b.sqlite3")
    try:
        exchange.import_file(receiver, first)
        second = tmp_path / "b.helferapp"
        exchange.export_file(receiver, second, consent=ConsentMode.INTERNAL)
    finally:
        receiver.dispose()

    one, other = zip_members(first.read_bytes()), zip_members(second.read_bytes())
    assert {k: v for k, v in one.items() if k != "manifest.json"} == {
        k: v for k, v in other.items() if k != "manifest.json"
    }


def test_an_empty_database_exports_a_valid_file_that_imports(
    database: Database, tmp_path: Path, template_db_path: Path
) -> None:
    path = tmp_path / "leer.helferapp"
    result = exchange.export_file(database, path)

    assert sum(result.counts.values()) == 0
    assert json.loads(zip_members(path.read_bytes())["manifest.json"])["members"] == {}
    assert exchange.import_file(database, path).report.touched == 0


def test_a_new_id_in_a_hand_written_file_is_a_new_record(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    other = new_uuid()
    lines = {"helper_group": [line(other, {**GROUP_VALUES, "name": "Zweiter"}, S)]}
    import_bytes(database, tmp_path, exchange_bytes(lines))

    assert records.get(uow, GROUPS, other).data.name == "Zweiter"


def test_a_writer_stopped_halfway_leaves_no_thread_behind(tmp_path: Path) -> None:
    """Records out of order stop the writer (a programming error, not a user's); its
    background writes end with it."""
    records = [WireRecord(f"{n:08d}-0000-4000-8000-000000000000", {}, {}) for n in (2, 1)]
    before = threading.active_count()
    with pytest.raises(ValueError):
        write_exchange(
            {"helper_group": records},
            installation_id="a" * 32,
            installation_label="",
            scope={"kind": "all"},
            consent="shared",
            sorted_by_id=True,
        )
    assert threading.active_count() == before
