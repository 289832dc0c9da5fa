"""Format 1.0 files written by hand merge exactly as format 1.0 says, in any order.

The files are committed under tests/fixtures/format_1_0 (their README tells the story:
two installations, which field wins where, and why). They were written from
docs/FORMAT.md, not exported by HelferApp, and stay as they are when newer formats
come, so these tests keep holding the reader to the 1.0 document: the exact values and
the exact per-field stamps every record ends with, that the order of the files does not
matter (save where 1.0 says it does: a consent-only record never creates a person),
that a second import changes nothing, and that broken files are refused with the
German "beschädigt" and leave the database as it was.

Values are read in their wire form (``wire_dump``), the stamps through ``field_stamps``
alone: if the database stores stamps in another form one day, that one function is what
needs adapting, not the expectations.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import itertools
import json
import struct
import uuid
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from helferapp.domain.errors import UserError
from helferapp.services import exchange, records
from helferapp.services.entities import CONTACTS, GROUPS, PROGRAMMES
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.store.location import backups_dir
from tests.sync.helpers_exchange import TABLES, full_dump, stamp, stamps_dump, wire_dump

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "format_1_0"
PASSWORD = "Sonnenblume 2025"

# The two installations of the fixtures; B's id is the larger as text.
A = "3c5e0a9b1d2f4e6a8b7c9d0e1f2a3b4c"
B = "b7d1e2f3a4c5469788a9b0c1d2e3f4a5"
# Times of the writes (ms since 1970, UTC), as in the fixtures' README.
TB0 = 1_762_070_400_000  # 02.11.2025 08:00
T1 = 1_762_156_800_000  # 03.11.2025 08:00
T2 = 1_762_252_200_000  # 04.11.2025 10:30
T3 = 1_762_333_200_000  # 05.11.2025 09:00
T4 = 1_762_783_200_000  # 10.11.2025 14:00
T5 = 1_762_965_900_000  # 12.11.2025 16:45
T6 = 1_763_205_600_000  # 15.11.2025 11:20
T7 = 1_763_632_800_000  # 20.11.2025 10:00
T8 = 1_764_061_200_000  # 25.11.2025 09:00

GROUP = "5b0c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c4"
PASING = "5b0c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c5"
OLD_GROUP = "5b0c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c6"
MERGED_INTO = "5b0c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c7"
KI = "7d9c2f4a-1b3e-4c5d-8e6f-0a1b2c3d4e5f"
SPRACHCAFE = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
WERKSTATT = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e"
PERSON = "c0ffee00-1234-4567-89ab-cdef01234567"
CONTACT = "d00dfeed-0000-4000-8000-000000000001"
PURGED_CONTACT = "d00dfeed-0000-4000-8000-000000000002"
# uuid5(N, "partnership/<group>/<KI>") and uuid5(N, "region_status/09179"), worked out
# by hand once; test_natural_ids_are_the_documents_uuid5 checks them.
PARTNERSHIP = "621f9393-042b-5b88-9dc3-1f483411ce73"
STATUS = "d7eef117-75e1-58f0-bce8-d2e13b117233"
# uuid5(N, "partnership/<MERGED_INTO>/<KI>"): the partnership that follows the merge.
FOLLOWED_PARTNERSHIP = "df3baa13-7622-5dfa-8714-4472bc4254de"
# A stamp the receiver wrote itself (its installation id, its clock): see own_stamps.
OWN = "(eigener Zeitstempel)"

GOOD = ("a_two_installations", "b_later_edits", "c_deleted_and_purged", "d_district_partial")
SHORT = dict(zip("abcd", GOOD, strict=True))
CONSENT_ONLY = "f_consent_withdrawn"
MERGE = "h_merged_into"
# The broken files and what their refusal names (after "beschädigt …").
BROKEN = {
    "broken_values_stamps_mismatch": "Werte und Zeitstempel passen nicht zusammen",
    "broken_stamp_16_digits": "ungültiger Zeitstempel bei „name“",
    "broken_wrong_sha256": "Prüfsumme von „helper_group.jsonl“ stimmt nicht",
    "broken_bzip2_member": "mit einem nicht erlaubten Verfahren gepackt",
    "broken_partnership_id": "Kennung passt nicht zu den verknüpften Einträgen",
}

Table = dict[str, dict[str, Any]]  # record id → field → value (or stamp)


def fixture(name: str) -> Path:
    return FIXTURES / f"{name}.helferapp"


def text_lines(folder: str) -> dict[str, dict[str, dict[str, Any]]]:
    """table → id → line of a fixture, read from its plain text with ``json`` alone."""
    tables: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted((FIXTURES / folder).glob("*.jsonl")):
        lines = [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines()]
        tables[path.stem] = {line["id"]: line for line in lines}
    return tables


def field_stamps(database: Database) -> dict[str, Table]:
    """table → id → field → stamp of every record: the one place that knows how the
    database keeps stamps."""
    return stamps_dump(database)


def field_values(database: Database) -> dict[str, Table]:
    """table → id → field → value of every record, in wire form (FORMAT.md §4)."""
    return wire_dump(database)


def import_all(database: Database, *names: str) -> list[exchange.ImportResult]:
    return [exchange.import_file(database, fixture(name)) for name in names]


class Expected:
    """What the database must hold: per table and record its values and stamps."""

    def __init__(self) -> None:
        self.values: dict[str, Table] = {}
        self.stamps: dict[str, Table] = {}

    def take(self, folder: str, table: str, record_id: str) -> None:
        """The record exactly as one file's line has it."""
        line = text_lines(folder)[table][record_id]
        self.values.setdefault(table, {})[record_id] = dict(line["values"])
        self.stamps.setdefault(table, {})[record_id] = dict(line["stamps"])

    def take_all(self, folder: str) -> None:
        for table, lines in text_lines(folder).items():
            for record_id in lines:
                self.take(folder, table, record_id)

    def set(self, table: str, record_id: str, **fields: tuple[Any, str]) -> None:
        """Fields that end with another value and stamp: name=(value, stamp)."""
        for name, (value, field_stamp) in fields.items():
            assert name in self.stamps[table][record_id], f"{table}.{name}: no such field"
            self.values[table][record_id][name] = value
            self.stamps[table][record_id][name] = field_stamp

    def add(self, table: str, record_id: str, values: dict[str, Any], stamps: str) -> None:
        """A record no file holds: ``values``, every field with the stamp ``stamps``."""
        self.values.setdefault(table, {})[record_id] = dict(values)
        self.stamps.setdefault(table, {})[record_id] = dict.fromkeys(values, stamps)

    def check(self, database: Database, stamps: dict[str, Table] | None = None) -> None:
        assert field_values(database) == {table: self.values.get(table, {}) for table in TABLES}
        if stamps is None:
            stamps = field_stamps(database)
        assert stamps == {table: self.stamps.get(table, {}) for table in TABLES}


def after_a() -> Expected:
    expected = Expected()
    expected.take_all("a_two_installations")
    return expected


def after_a_and_b() -> Expected:
    """a and b merged: per field the larger stamp (FORMAT.md §5)."""
    expected = after_a()
    expected.take("b_later_edits", "helper_group", PASING)
    expected.set(
        "helper_group",
        GROUP,
        # Same time and counter as A's "Esting": B's larger installation id wins.
        locality=("Geiselbullach", stamp(T3, 0, B)),
        notes=(
            "Treffen jeden ersten Montag im Pfarrsaal, ab Januar im Bürgerhaus",
            stamp(T4, 0, B),
        ),
    )
    expected.set("organisation", KI, phone=("08141 519-222", stamp(T4, 1, B)))
    expected.set("programme", SPRACHCAFE, start_time=("17:00", stamp(T4, 2, B)))
    expected.set(
        "person",
        PERSON,
        phone=("0151 7654321", stamp(T4, 3, B)),
        consent_print=(True, stamp(T4, 3, B)),
    )
    expected.set(
        "contact",
        CONTACT,
        result=("Pfarrsaal ab Januar zugesagt; Schlüssel beim Mesner", stamp(T4, 4, B)),
        done=(True, stamp(T4, 4, B)),
    )
    expected.set("partnership", PARTNERSHIP, kind=("buendnis", stamp(T4 + 5_000, 0, B)))
    expected.set(
        "region_status", STATUS, notes=("Fortschreibung 2026 geplant", stamp(T4 + 6_000, 0, B))
    )
    return expected


def after_all() -> Expected:
    """a, b, c and d merged."""
    expected = after_a_and_b()
    expected.set("programme", SPRACHCAFE, deleted=(True, stamp(T5, 0, A)))
    expected.take("c_deleted_and_purged", "contact", PURGED_CONTACT)
    expected.take("c_deleted_and_purged", "helper_group", OLD_GROUP)
    expected.take("d_district_partial", "programme", WERKSTATT)
    expected.set("helper_group", PASING, name=("Helferkreis Pasing-Obermenzing", stamp(T6, 0, B)))
    return expected


# --- single files ---------------------------------------------------------------------


def test_file_a_gives_every_record_with_the_stamps_of_both_installations(
    database: Database, uow: UnitOfWork
) -> None:
    (result,) = import_all(database, "a_two_installations")

    assert {table: changes.new for table, changes in result.report.tables.items()} == {
        "helper_group": 1,
        "organisation": 1,
        "programme": 1,
        "person": 1,
        "contact": 2,
        "partnership": 1,
        "region_status": 1,
    }
    after_a().check(database)
    stamps = field_stamps(database)
    # Within one record, fields last written by different installations keep their own.
    assert stamps["helper_group"][GROUP]["name"] == stamp(T3, 0, A)
    assert stamps["helper_group"][GROUP]["phone"] == stamp(T2, 0, B)
    assert stamps["helper_group"][GROUP]["legal_form"] == stamp(T1, 0, A)
    assert stamps["organisation"][KI]["notes"] == stamp(T3, 2, A)
    assert stamps["organisation"][KI]["kind"] == stamp(TB0, 0, B)
    assert stamps["person"][PERSON]["role"] == stamp(T2 + 2_000, 0, B)
    person = field_values(database)["person"][PERSON]
    assert {name: value for name, value in person.items() if name.startswith("consent_")} == {
        "consent_given_on": "2025-03-01",
        "consent_internal": True,
        "consent_share": True,
        "consent_print": False,
        "consent_withdrawn_on": None,
    }
    assert records.get(uow, GROUPS, GROUP).data.name == "Helferkreis Asyl Olching e. V."


def test_natural_ids_are_the_documents_uuid5() -> None:
    namespace = uuid.UUID("6f1c3c2e-4b7a-5d0e-9a61-2f0c8d7e5b41")  # FORMAT.md §3
    assert str(uuid.uuid5(namespace, f"partnership/{GROUP}/{KI}")) == PARTNERSHIP
    assert str(uuid.uuid5(namespace, "region_status/09179")) == STATUS
    followed = f"partnership/{MERGED_INTO}/{KI}"
    assert str(uuid.uuid5(namespace, followed)) == FOLLOWED_PARTNERSHIP
    lines = text_lines("a_two_installations")
    assert list(lines["partnership"]) == [PARTNERSHIP]
    assert list(lines["region_status"]) == [STATUS]


def test_a_partial_record_of_a_district_file_starts_with_the_defaults_unstamped(
    database: Database,
) -> None:
    import_all(database, "d_district_partial")

    # FORMAT.md §2: a group outside the Gebiet travels with its identifying fields only;
    # a new record starts with the defaults (§4), and those carry no stamp at all, so
    # that any later value for them wins.
    assert field_values(database)["helper_group"] == {
        PASING: {
            "name": "Helferkreis Pasing-Obermenzing",
            "legal_form": "kirchlich",
            "region_ags": ["09162000"],
            "locality": "",
            "status": "aktiv",
            "working_groups": [],
            "website": "",
            "email": "",
            "phone": "",
            "notes": "",
            "checked_on": None,
            "deleted": False,
            "purged": False,
            "merged_into": None,
        }
    }
    created = stamp(T4 + 10_000, 0, B)
    assert field_stamps(database)["helper_group"] == {
        PASING: {
            "name": stamp(T6, 0, B),
            "legal_form": created,
            "region_ags": created,
            "deleted": created,
            "purged": created,
        }
    }
    expected = Expected()
    expected.take("d_district_partial", "programme", WERKSTATT)
    assert field_values(database)["programme"] == expected.values["programme"]
    assert field_stamps(database)["programme"] == expected.stamps["programme"]


def test_the_password_envelope_opens_to_file_a(database: Database) -> None:
    path = fixture("e_password")
    assert exchange.needs_password(path)
    before = full_dump(database.path)
    with pytest.raises(exchange.WrongPasswordError, match="Passwort ist falsch"):
        exchange.import_file(database, path, "sonnenblume 2025")
    assert full_dump(database.path) == before

    exchange.import_file(database, path, PASSWORD)

    after_a().check(database)


# --- two and more files ---------------------------------------------------------------


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_a_and_b_give_the_same_values_and_stamps_in_either_order(
    database: Database, order: str
) -> None:
    import_all(database, *(SHORT[key] for key in order))

    after_a_and_b().check(database)


def test_what_wins_between_a_and_b_is_what_the_stamps_say(database: Database) -> None:
    """The expectations of ``after_a_and_b`` spelled out where b loses, so that a change
    to the texts that made both files agree would not go unnoticed."""
    a = text_lines("a_two_installations")
    b = text_lines("b_later_edits")
    import_all(database, "b_later_edits", "a_two_installations")
    values, stamps = field_values(database), field_stamps(database)

    losers = [
        # table, record, field, the winner's value and stamp
        ("helper_group", GROUP, "name", "Helferkreis Asyl Olching e. V.", stamp(T3, 0, A)),
        # Same time, but A's counter is larger: A wins although B's id is larger.
        ("helper_group", GROUP, "email", "kontakt@asyl-olching.example", stamp(T3, 1, A)),
        ("helper_group", GROUP, "checked_on", "2025-11-05", stamp(T3, 0, A)),
        (
            "organisation",
            KI,
            "notes",
            "Ansprechpartnerin Frau Öztürk, dienstags erreichbar",
            stamp(T3, 2, A),
        ),
        ("region_status", STATUS, "checked_on", "2025-11-05", stamp(T3, 3, A)),
    ]
    for table, record_id, name, value, winner in losers:
        assert (values[table][record_id][name], stamps[table][record_id][name]) == (value, winner)
        assert a[table][record_id]["values"][name] == value
        assert b[table][record_id]["values"][name] != value
        assert b[table][record_id]["stamps"][name] < winner
    tie = ("helper_group", GROUP, "locality")
    assert a[tie[0]][tie[1]]["stamps"][tie[2]][:22] == b[tie[0]][tie[1]]["stamps"][tie[2]][:22]
    assert values["helper_group"][GROUP]["locality"] == "Geiselbullach"


def test_b_after_a_reports_what_changed(database: Database) -> None:
    _first, second = import_all(database, "a_two_installations", "b_later_edits")

    changed = {table: changes.changed for table, changes in second.report.tables.items()}
    assert changed == dict.fromkeys(TABLES, 1)
    assert second.report.tables["helper_group"].new == 1  # the Pasing group
    assert sorted((item.table, item.field) for item in second.report.overwrites) == [
        ("contact", "done"),
        ("contact", "result"),
        ("helper_group", "locality"),
        ("helper_group", "notes"),
        ("organisation", "phone"),
        ("partnership", "kind"),
        ("person", "consent_print"),
        ("person", "phone"),
        ("programme", "start_time"),
        ("region_status", "notes"),
    ]


def test_a_tombstone_and_a_purged_record_travel(database: Database, uow: UnitOfWork) -> None:
    _first, result = import_all(database, "a_two_installations", "c_deleted_and_purged")

    assert result.report.tables["programme"].deleted == 1
    assert result.report.tables["contact"].deleted == 1
    assert result.report.tables["helper_group"].tombstones == 1
    values, stamps = field_values(database), field_stamps(database)
    assert values["programme"][SPRACHCAFE]["deleted"] is True
    assert stamps["programme"][SPRACHCAFE]["deleted"] == stamp(T5, 0, A)
    assert stamps["programme"][SPRACHCAFE]["title"] == stamp(T1 + 60_000, 0, A)
    purge = stamp(T5 + 1_000, 0, A)
    created = stamp(T1 + 240_000, 0, A)
    assert values["contact"][PURGED_CONTACT] == {
        "contact_date": None,
        "group_id": GROUP,
        "organisation_id": None,
        "person_id": PERSON,
        "channel": "telefon",
        "subject": "",
        "result": "",
        "follow_up_on": None,
        "done": False,
        "deleted": True,
        "purged": True,
        "merged_into": None,
    }
    assert stamps["contact"][PURGED_CONTACT] == {
        "contact_date": purge,
        "group_id": created,
        "organisation_id": created,
        "person_id": created,
        "channel": created,
        "subject": purge,
        "result": purge,
        "follow_up_on": created,
        "done": purge,
        "deleted": stamp(T5, 1, A),
        "purged": purge,
        "merged_into": created,
    }
    assert values["helper_group"][OLD_GROUP]["deleted"] is True
    # As a user sees it: the Angebot is in the Papierkorb, the purged contact nowhere.
    assert records.list_records(uow, PROGRAMMES) == []
    assert [item.id for item in records.list_records(uow, PROGRAMMES, deleted=True)] == [SPRACHCAFE]
    assert [item.id for item in records.list_records(uow, CONTACTS)] == [CONTACT]
    assert records.list_records(uow, CONTACTS, deleted=True) == []
    assert [item.id for item in records.list_records(uow, GROUPS, deleted=True)] == [OLD_GROUP]


def test_the_purge_is_not_undone_by_the_older_full_record(database: Database) -> None:
    import_all(database, "c_deleted_and_purged", "a_two_installations")

    purged = text_lines("c_deleted_and_purged")["contact"][PURGED_CONTACT]
    assert field_values(database)["contact"][PURGED_CONTACT] == purged["values"]
    assert field_stamps(database)["contact"][PURGED_CONTACT] == purged["stamps"]


@pytest.mark.parametrize("order", ["".join(keys) for keys in itertools.permutations("abcd")])
def test_all_four_files_give_the_same_values_and_stamps_in_any_order(
    database: Database, order: str
) -> None:
    import_all(database, *(SHORT[key] for key in order))

    after_all().check(database)


def test_importing_every_file_again_changes_nothing(database: Database) -> None:
    import_all(database, *GOOD)
    before = full_dump(database.path)
    backups = sorted(backups_dir(database.path).iterdir())

    again = import_all(database, *GOOD)

    assert [result.report.written for result in again] == [0, 0, 0, 0]
    assert [result.report.touched for result in again] == [0, 0, 0, 0]
    assert [result.backup for result in again] == [None, None, None, None]
    assert full_dump(database.path) == before
    assert sorted(backups_dir(database.path).iterdir()) == backups
    after_all().check(database)


def test_a_consent_only_record_updates_the_person_the_receiver_has(database: Database) -> None:
    import_all(database, "a_two_installations", CONSENT_ONLY)

    expected = after_a()
    expected.set(
        "person",
        PERSON,
        consent_share=(False, stamp(T7, 0, B)),
        consent_print=(True, stamp(T4, 3, B)),
        consent_withdrawn_on=("2025-11-20", stamp(T7, 0, B)),
    )
    expected.check(database)
    line = text_lines(CONSENT_ONLY)["person"][PERSON]
    assert sorted(line["values"]) == [
        "consent_given_on",
        "consent_internal",
        "consent_print",
        "consent_share",
        "consent_withdrawn_on",
        "deleted",
    ]


def test_a_consent_only_record_never_creates_a_person(database: Database) -> None:
    (alone,) = import_all(database, CONSENT_ONLY)

    assert alone.report.written == 0
    assert alone.backup is None
    assert field_values(database)["person"] == {}
    assert field_stamps(database)["person"] == {}
    # FORMAT.md §4 as it stands: the withdrawal was skipped, so the person who arrives
    # later keeps the consent her file says, until the withdrawal comes again.
    import_all(database, "a_two_installations")
    after_a().check(database)
    import_all(database, CONSENT_ONLY)
    assert field_values(database)["person"][PERSON]["consent_share"] is False


def own_stamps(database: Database, after: int) -> dict[str, Table]:
    """``field_stamps`` with every stamp this database wrote itself later than ``after``
    (ms) shown as ``OWN``: its time is the moment of the test, its node this
    installation's id."""
    node = database.meta("installation_id")
    assert len(node) == 32
    return {
        table: {
            record_id: {
                name: OWN if value.endswith(node) and int(value[:15]) > after else value
                for name, value in fields.items()
            }
            for record_id, fields in rows.items()
        }
        for table, rows in field_stamps(database).items()
    }


@pytest.mark.parametrize("order", ["ah", "ha"])
def test_references_follow_a_merge_as_the_receivers_own_writes(
    database: Database, order: str
) -> None:
    files = {"a": "a_two_installations", "h": MERGE}
    results = import_all(database, *(files[key] for key in order))

    # FORMAT.md §4: every live reference to the merged group now points to the group it
    # was merged into, written by the receiver with its own stamp; the partnership is
    # replaced by the one of the new pair (its id derived from the pair) and merged into
    # it. The file's own stamps stay as they were.
    assert results[-1].followed_merges == 5
    expected = after_a()
    expected.take(MERGE, "helper_group", MERGED_INTO)
    expected.set(
        "helper_group",
        GROUP,
        deleted=(True, stamp(T8, 0, B)),
        merged_into=(MERGED_INTO, stamp(T8, 0, B)),
    )
    expected.set("programme", SPRACHCAFE, group_id=(MERGED_INTO, OWN))
    expected.set("person", PERSON, group_id=(MERGED_INTO, OWN))
    expected.set("contact", CONTACT, group_id=(MERGED_INTO, OWN))
    expected.set("contact", PURGED_CONTACT, group_id=(MERGED_INTO, OWN))
    expected.set(
        "partnership",
        PARTNERSHIP,
        deleted=(True, OWN),
        merged_into=(FOLLOWED_PARTNERSHIP, OWN),
    )
    expected.add(
        "partnership",
        FOLLOWED_PARTNERSHIP,
        {
            "group_id": MERGED_INTO,
            "organisation_id": KI,
            "kind": "netzwerk",
            "notes": "Runder Tisch Asyl",
            "deleted": False,
            "purged": False,
            "merged_into": None,
        },
        OWN,
    )
    expected.check(database, own_stamps(database, after=T8))
    # Both files again: nothing left to follow, nothing written.
    before = full_dump(database.path)
    again = import_all(database, *(files[key] for key in order))
    assert [(result.report.written, result.followed_merges) for result in again] == [
        (0, 0),
        (0, 0),
    ]
    assert full_dump(database.path) == before


# --- broken files ---------------------------------------------------------------------


@pytest.mark.parametrize(("name", "detail"), BROKEN.items())
def test_a_broken_file_is_refused_and_changes_nothing(
    database: Database, name: str, detail: str
) -> None:
    import_all(database, "a_two_installations")
    before = full_dump(database.path)
    backups = sorted(backups_dir(database.path).iterdir())

    with pytest.raises(UserError) as refused:
        exchange.import_file(database, fixture(name))

    message = refused.value.message
    assert "beschädigt" in message
    assert detail in message
    assert "Es wurde nichts verändert" in message
    assert full_dump(database.path) == before
    assert sorted(backups_dir(database.path).iterdir()) == backups
    after_a().check(database)


def test_each_broken_file_would_change_a_record_were_it_sound() -> None:
    """The refusals above mean something: each broken file carries a newer value."""
    a = text_lines("a_two_installations")
    for name in BROKEN.keys() - {"broken_partnership_id"}:
        (line,) = text_lines(name)["helper_group"].values()
        assert line["id"] == GROUP
        assert line["values"]["name"] != a["helper_group"][GROUP]["values"]["name"]
    (line,) = text_lines("broken_partnership_id")["partnership"].values()
    assert line["values"]["notes"] != a["partnership"][PARTNERSHIP]["values"]["notes"]
    assert line["id"] != PARTNERSHIP


# --- the texts and the committed files agree --------------------------------------------


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("format_1_0_build", FIXTURES / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def zip_content(data: bytes) -> list[tuple[str, int, bytes]]:
    """Name, method and inflated bytes of every member, in the ZIP's order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [
            (info.filename, info.compress_type, archive.read(info)) for info in archive.infolist()
        ]


def open_envelope(data: bytes, password: str) -> bytes:
    """FORMAT.md §6, read with hashlib and AES-GCM alone."""
    magic, kdf, log2_n, r, p = struct.unpack(">8sBIII", data[:21])
    assert (magic, kdf, log2_n, r, p) == (b"HELFENC1", 1, 15, 8, 1)
    salt, check, nonce = data[21:37], data[37:53], data[53:65]
    key = hashlib.scrypt(
        password.encode(), salt=salt, n=2**log2_n, r=r, p=p, maxmem=2**26, dklen=32
    )
    assert hashlib.sha256(b"helferapp key check" + key).digest()[:16] == check
    return AESGCM(key).decrypt(nonce, data[65:], data[:65])


def test_the_committed_files_are_built_from_the_texts() -> None:
    build = build_script()
    outputs: dict[Path, bytes] = build.build()
    folders = sorted(path.parent.name for path in FIXTURES.glob("*/manifest.json"))
    assert folders == sorted([*GOOD, CONSENT_ONLY, MERGE, *BROKEN])

    for folder in folders:
        manifest = FIXTURES / folder / "manifest.json"
        # The counts and checksums in the folder are those of its members.
        assert outputs[manifest] == manifest.read_bytes(), f"{folder}: run build.py"
        texts = [manifest.name, *(f"{table}.jsonl" for table in TABLES)]
        files = [
            (name, (FIXTURES / folder / name).read_bytes())
            for name in texts
            if (FIXTURES / folder / name).exists()
        ]
        committed = zip_content(fixture(folder).read_bytes())
        assert [(name, data) for name, _method, data in committed] == files, folder
        assert committed == zip_content(outputs[fixture(folder)]), folder
        methods = {method for _name, method, _data in committed}
        if folder == "broken_bzip2_member":
            assert dict((name, method) for name, method, _ in committed) == {
                "manifest.json": zipfile.ZIP_DEFLATED,
                "helper_group.jsonl": zipfile.ZIP_BZIP2,
            }
        else:
            assert methods == {zipfile.ZIP_DEFLATED}, folder

    sealed = fixture("e_password").read_bytes()
    inner = open_envelope(sealed, PASSWORD)
    assert zip_content(inner) == zip_content(fixture("a_two_installations").read_bytes())


def test_the_wrong_checksum_is_the_only_fault_of_its_file() -> None:
    folder = FIXTURES / "broken_wrong_sha256"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    member = (folder / "helper_group.jsonl").read_bytes()
    entry = manifest["members"]["helper_group.jsonl"]
    assert entry["records"] == member.count(b"\n") == 1
    assert entry["sha256"] == hashlib.sha256(b"").hexdigest() != hashlib.sha256(member).hexdigest()
