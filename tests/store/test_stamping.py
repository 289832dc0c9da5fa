"""Every write is stamped: per field, by the clock, and never around it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from helferapp.domain.records import HelperGroupData, PersonData
from helferapp.domain.text_folding import fold_terms
from helferapp.domain.validation import clean_phone, display_phone
from helferapp.services import records
from helferapp.services.entities import GROUPS, PERSONS
from helferapp.services.unit_of_work import META_CLOCK, UnitOfWork
from helferapp.store.database import Database, open_database
from helferapp.store.models import (
    SYNCED_MODELS,
    Contact,
    HelperGroup,
    Meta,
    Organisation,
    Partnership,
    Person,
    Programme,
    RegionStatus,
    SyncedRecord,
)
from helferapp.store.stamping import (
    CLOCK,
    IMPORTING,
    UnstampedWriteError,
    changed_fields,
    search_text_of,
)
from helferapp.sync.clock import Stamp


class CountingClock:
    """Stamps 000…1-00000-test, 000…2-00000-test, …"""

    def __init__(self) -> None:
        self.ticks = 0

    def now(self) -> str:
        self.ticks += 1
        return str(Stamp(self.ticks, 0, "test"))


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session_factory() as session:
        session.info[CLOCK] = CountingClock()
        yield session


# A content field per model that an edit can change without touching anything else.
EDITABLE = {
    HelperGroup: "notes",
    Organisation: "notes",
    Programme: "notes",
    Person: "notes",
    Contact: "result",
    Partnership: "notes",
    RegionStatus: "notes",
}


def make(session: Session, model: type[SyncedRecord]) -> SyncedRecord:
    """A valid new record of ``model`` (with the group and organisation it may need)."""
    group = session.get(HelperGroup, "g") or HelperGroup(id="g", name="HK")
    organisation = session.get(Organisation, "o") or Organisation(id="o", name="KI")
    session.add_all([group, organisation])
    session.flush()
    made: dict[type[SyncedRecord], SyncedRecord] = {
        HelperGroup: HelperGroup(id="g2", name="HK 2"),
        Organisation: Organisation(id="o2", name="KI 2"),
        Programme: Programme(id="p", title="Kurs", group_id="g"),
        Person: Person(id="pe", name="Anna", group_id="g"),
        Contact: Contact(id="c", subject="Treffen", organisation_id="o"),
        Partnership: Partnership(id="pa", group_id="g", organisation_id="o"),
        RegionStatus: RegionStatus(id="rs", ags="09174"),
    }
    record = made[model]
    session.add(record)
    session.flush()
    return record


def test_every_synced_model_says_which_fields_are_synced() -> None:
    for model in SYNCED_MODELS:
        fields = model.synced_fields()
        assert "deleted" in fields and "purged" in fields
        assert not {"id", "stamps", "last_stamp", "search_text"} & set(fields)
        assert EDITABLE[model] in fields


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__name__)
def test_every_synced_field_is_stamped_when_a_record_is_created(
    session: Session, model: type[SyncedRecord]
) -> None:
    record = make(session, model)
    assert set(record.field_stamps()) == set(model.synced_fields())
    assert len(set(record.field_stamps().values())) == 1
    assert record.last_stamp == next(iter(record.field_stamps().values()))


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__name__)
def test_an_edit_stamps_exactly_the_changed_field(
    session: Session, model: type[SyncedRecord]
) -> None:
    record = make(session, model)
    before = dict(record.field_stamps())
    field = EDITABLE[model]
    setattr(record, field, "geändert")
    session.flush()
    changed = {
        name for name in record.field_stamps() if record.field_stamps()[name] != before[name]
    }
    assert changed == {field}
    assert record.field_stamps()[field] > before[field]
    assert record.last_stamp == max(record.field_stamps().values()) == record.field_stamps()[field]


def test_a_tombstone_is_a_stamped_edit_of_deleted(session: Session) -> None:
    record = make(session, HelperGroup)
    before = dict(record.field_stamps())
    record.deleted = True
    session.flush()
    assert {
        name for name in record.field_stamps() if record.field_stamps()[name] != before[name]
    } == {"deleted"}


def test_setting_a_field_to_its_current_value_stamps_nothing(session: Session) -> None:
    record = make(session, HelperGroup)
    session.commit()
    before = (dict(record.field_stamps()), record.last_stamp)
    record.name = record.name
    assert changed_fields(record) == []
    session.flush()
    assert (record.field_stamps(), record.last_stamp) == before


def test_last_stamp_is_the_largest_field_stamp(session: Session) -> None:
    record = make(session, Person)
    for field in ("notes", "role", "notes", "email"):
        setattr(record, field, f"{field} {record.last_stamp}")
        session.flush()
        assert record.last_stamp == max(record.field_stamps().values())


def test_a_session_without_a_clock_refuses_to_create(database: Database) -> None:
    with database.session_factory() as session:
        session.add(HelperGroup(id="g", name="HK"))
        with pytest.raises(UnstampedWriteError, match="without a clock"):
            session.flush()


def test_a_session_without_a_clock_refuses_to_edit(database: Database) -> None:
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK"))
    with database.session_factory() as session:
        group = session.scalars(select(HelperGroup)).one()
        group.name = "heimlich"
        with pytest.raises(UnstampedWriteError):
            session.commit()
    assert records.list_records(UnitOfWork(database), GROUPS)[0].data.name == "HK"


def test_a_session_without_a_clock_may_still_read(database: Database) -> None:
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK"))
    with database.session_factory() as session:
        assert session.scalars(select(HelperGroup.name)).all() == ["HK"]
        session.commit()


def test_removing_a_synced_record_outright_is_refused(session: Session) -> None:
    record = make(session, HelperGroup)
    session.delete(record)
    with pytest.raises(UnstampedWriteError, match="tombstone"):
        session.flush()


@pytest.mark.parametrize(
    "statement",
    [
        update(HelperGroup).values(name="alle gleich"),
        update(HelperGroup.__table__).values(name="alle gleich"),
        delete(HelperGroup),
        insert(HelperGroup).values(id="roh", name="ohne Stempel"),
    ],
    ids=["orm-update", "core-update", "delete", "insert"],
)
def test_bulk_writes_to_synced_tables_are_refused(session: Session, statement: Any) -> None:
    make(session, HelperGroup)
    session.commit()
    with pytest.raises(UnstampedWriteError, match="bypasses the clock"):
        session.execute(statement)


def test_bulk_writes_to_other_tables_are_allowed(session: Session) -> None:
    session.execute(update(Meta).where(Meta.key == "installation_id").values(value="neu"))
    assert session.scalar(select(Meta.value).where(Meta.key == "installation_id")) == "neu"


def test_an_import_may_write_in_bulk(database: Database) -> None:
    with database.session_factory() as session:
        session.info[IMPORTING] = True
        session.add(HelperGroup(id="g", name="HK", stamps="", last_stamp=""))
        session.flush()
        session.execute(update(HelperGroup).values(notes="aus der Datei"))
        assert session.scalar(select(HelperGroup.notes)) == "aus der Datei"


def test_search_text_is_refreshed_on_every_edit(session: Session) -> None:
    record = make(session, Person)
    assert "anna" in record.search_text
    record.name = "Jürgen Groß"
    session.flush()
    assert "jurgen gross" in record.search_text
    assert "anna" not in record.search_text


def test_an_import_keeps_the_stamps_of_the_file_but_refreshes_search_text(
    database: Database,
) -> None:
    stamp = str(Stamp(123, 4, "anderer"))
    with database.session_factory() as session:
        session.info[IMPORTING] = True
        group = HelperGroup(
            id="g",
            name="Helferkreis Übersee",
        )
        group.set_field_stamps({field: stamp for field in HelperGroup.synced_fields()})
        session.add(group)
        session.commit()
        assert group.field_stamps() == {field: stamp for field in HelperGroup.synced_fields()}
        assert group.last_stamp == stamp
        assert "helferkreis ubersee" in group.search_text


def _found(typed: str, search_text: str) -> bool:
    """The search's rule: every folded word of what was typed occurs in the text."""
    return all(term in search_text for term in fold_terms(typed))


def test_search_text_holds_the_phone_number_in_every_usual_spelling() -> None:
    person = Person(name="Anna", phone="+49 1511 2345678", email="a@b.de")
    text = search_text_of(person)
    for typed in ("+49 1511 2345678", "01511 2345678", "015112345678", "+4915112345678"):
        assert _found(typed, text)
    assert not _found("01512", text)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"0[1-9][0-9]{5,10}", fullmatch=True))
def test_a_german_number_is_found_as_it_is_shown(typed: str) -> None:
    try:
        stored = clean_phone(typed)
    except ValueError:
        assume(False)
    text = search_text_of(Person(name="X", phone=stored, email=""))
    for spelling in (display_phone(stored), stored, typed):
        assert _found(spelling, text)


def test_search_text_holds_list_fields() -> None:
    programme = Programme(title="Kurs", languages=["Arabisch", "Dari"])
    assert "arabisch dari" in search_text_of(programme)


# --- The clock behind the unit of work ---------------------------------------------------


def frozen_wall(monkeypatch: pytest.MonkeyPatch, ms: int) -> None:
    monkeypatch.setattr(time, "time_ns", lambda: ms * 1_000_000)


def all_stamps(database: Database) -> list[str]:
    with database.session_factory() as session:
        stamps: list[str] = []
        for model in SYNCED_MODELS:
            for record in session.scalars(select(model)):
                stamps.extend(record.field_stamps().values())
        return stamps


def test_the_clock_is_stored_with_the_writes_it_stamped(database: Database) -> None:
    record = records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK"))
    assert database.meta(META_CLOCK) == record.last_stamp


def test_stamps_carry_the_installation_id(database: Database) -> None:
    record = records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="HK"))
    assert Stamp.parse(record.last_stamp).node == database.installation_id


def test_a_later_unit_of_work_stamps_later_even_if_the_wall_clock_went_back(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_wall(monkeypatch, 2_000_000_000_000)
    first = records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="A"))
    frozen_wall(monkeypatch, 1_000_000_000_000)
    second = records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="B"))
    assert second.last_stamp > first.last_stamp
    frozen_wall(monkeypatch, 2_000_000_000_000)
    third = records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="C"))
    assert third.last_stamp > second.last_stamp


def test_after_reopening_new_stamps_are_larger_than_all_old_ones(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_wall(monkeypatch, 3_000_000_000_000)
    database = open_database(db_path)
    group = records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="A"))
    records.create(UnitOfWork(database), PERSONS, PersonData(name="P", group_id=group.id))
    old = all_stamps(database)
    database.dispose()

    frozen_wall(monkeypatch, 1_000_000_000_000)  # the laptop's clock was set back
    database = open_database(db_path)
    new = records.update(UnitOfWork(database), GROUPS, group.id, HelperGroupData(name="B"))
    assert all(new.last_stamp > stamp for stamp in old)
    database.dispose()


def test_a_rolled_back_unit_of_work_stores_neither_data_nor_clock(database: Database) -> None:
    records.create(UnitOfWork(database), GROUPS, HelperGroupData(name="A"))
    clock_before = database.meta(META_CLOCK)
    uow = UnitOfWork(database)
    with uow:
        uow.session.add(HelperGroup(id="nie", name="nie gespeichert"))
        uow.session.flush()
    assert database.meta(META_CLOCK) == clock_before
    assert [r.data.name for r in records.list_records(UnitOfWork(database), GROUPS)] == ["A"]


def test_an_error_inside_a_unit_of_work_rolls_everything_back(database: Database) -> None:
    uow = UnitOfWork(database)
    with pytest.raises(RuntimeError), uow:
        uow.session.add(HelperGroup(id="x", name="halb"))
        uow.session.flush()
        raise RuntimeError("Abbruch")
    assert records.list_records(UnitOfWork(database), GROUPS) == []
