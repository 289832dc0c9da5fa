"""The generic record functions: lists, search, filters, patches, units of work."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helferapp.domain.enums import FieldOfAction
from helferapp.domain.errors import NotFoundError, ValidationError
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PersonData,
    ProgrammeData,
)
from helferapp.services import entities, records
from helferapp.services.records import Record
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.store.models import HelperGroup
from tests.services.record_samples import Parents, make_parents, sample


@pytest.fixture
def parents(uow: UnitOfWork) -> Parents:
    return make_parents(uow)


def names(found: list[Record[PersonData]] | list[Record[HelperGroupData]]) -> list[str]:
    return [record.data.name for record in found]


# --- Search ------------------------------------------------------------------------------


@pytest.fixture
def people(uow: UnitOfWork, parents: Parents) -> None:
    for name, phone in [
        ("Anna Müller", "0151 1234 5678"),
        ("Jürgen Groß", "08131 654321"),
        ("Ole Olsen", ""),
    ]:
        records.create(
            uow, entities.PERSONS, PersonData(name=name, phone=phone, group_id=parents.group_id)
        )


@pytest.mark.parametrize("query", ["muller", "mueller", "MÜLLER", "Müller", "müll", "anna mül"])
@pytest.mark.usefixtures("people")
def test_search_finds_mueller_however_it_is_typed(uow: UnitOfWork, query: str) -> None:
    assert names(records.list_records(uow, entities.PERSONS, query=query)) == ["Anna Müller"]


@pytest.mark.parametrize("query", ["gross", "groß", "GROSS", "jurgen", "juergen"])
@pytest.mark.usefixtures("people")
def test_search_finds_sharp_s_and_umlauts(uow: UnitOfWork, query: str) -> None:
    assert names(records.list_records(uow, entities.PERSONS, query=query)) == ["Jürgen Groß"]


@pytest.mark.parametrize(
    "query", ["01511234", "015112345678", "0151 1234 5678", "+4915112345678", "1234 5678"]
)
@pytest.mark.usefixtures("people")
def test_search_finds_a_person_by_the_digits_of_the_phone_number(
    uow: UnitOfWork, query: str
) -> None:
    assert names(records.list_records(uow, entities.PERSONS, query=query)) == ["Anna Müller"]


@pytest.mark.usefixtures("people")
def test_every_word_of_the_query_must_match(uow: UnitOfWork) -> None:
    assert names(records.list_records(uow, entities.PERSONS, query="anna groß")) == []


@pytest.mark.parametrize("query", ["", "   ", "-"])
@pytest.mark.usefixtures("people")
def test_an_empty_query_lists_everything_sorted_by_name(uow: UnitOfWork, query: str) -> None:
    found = records.list_records(uow, entities.PERSONS, query=query)
    assert names(found) == ["Anna Müller", "Bernd Beispiel", "Jürgen Groß", "Ole Olsen"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Ole%Olsen", ["Ole Olsen"]), ("ole_olsen", ["Ole Olsen"]), ("x%", []), ("o_x", [])],
)
@pytest.mark.usefixtures("people")
def test_like_wildcards_in_the_query_only_separate_words(
    uow: UnitOfWork, query: str, expected: list[str]
) -> None:
    assert names(records.list_records(uow, entities.PERSONS, query=query)) == expected


def test_a_query_in_another_script_finds_only_matching_records(
    uow: UnitOfWork, parents: Parents
) -> None:
    records.create(
        uow, entities.PERSONS, PersonData(name="Олена Петренко", group_id=parents.group_id)
    )
    assert names(records.list_records(uow, entities.PERSONS, query="олена")) == ["Олена Петренко"]
    assert names(records.list_records(uow, entities.PERSONS, query="Олена")) == ["Олена Петренко"]
    assert records.list_records(uow, entities.PERSONS, query="Марія") == []


def test_search_finds_a_street_written_with_ss(uow: UnitOfWork) -> None:
    records.create(
        uow, entities.ORGANISATIONS, OrganisationData(name="Caritas", street="Münchner Straße 1")
    )
    for query in ("strasse", "Straße", "munchner str", "muenchner strasse 1"):
        found = records.list_records(uow, entities.ORGANISATIONS, query=query)
        assert [record.data.name for record in found] == ["Caritas"], query


def test_search_covers_list_fields(uow: UnitOfWork, parents: Parents) -> None:
    records.create(uow, entities.PROGRAMMES, sample(entities.PROGRAMMES, parents))
    found = records.list_records(uow, entities.PROGRAMMES, query="dari")
    assert [record.data.title for record in found] == ["Deutschkurs für Mütter"]


def test_search_follows_an_edit(uow: UnitOfWork, parents: Parents) -> None:
    group = records.get(uow, entities.GROUPS, parents.group_id)
    records.update(uow, entities.GROUPS, group.id, dataclasses.replace(group.data, name="Neu"))
    assert records.list_records(uow, entities.GROUPS, query="dachau") == []
    assert names(records.list_records(uow, entities.GROUPS, query="neu")) == ["Neu"]


def test_search_in_the_papierkorb_finds_only_deleted_records(
    uow: UnitOfWork, parents: Parents
) -> None:
    records.delete(uow, entities.GROUPS, parents.group_id)
    assert records.list_records(uow, entities.GROUPS, query="dachau") == []
    found = records.list_records(uow, entities.GROUPS, query="dachau", deleted=True)
    assert [record.id for record in found] == [parents.group_id]


WORDS = st.text(st.characters(categories=["L"]), min_size=1, max_size=12)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(WORDS, min_size=1, max_size=4))
def test_every_word_of_a_saved_name_finds_the_record(database: Database, words: list[str]) -> None:
    uow = UnitOfWork(database)
    created = records.create(uow, entities.GROUPS, HelperGroupData(name=" ".join(words)))
    assert created.data.name == " ".join(words)
    for word in words:
        found = records.list_records(uow, entities.GROUPS, query=word)
        assert created.id in [record.id for record in found], word
    found = records.list_records(uow, entities.GROUPS, query=created.data.name.upper())
    assert created.id in [record.id for record in found]


# --- Filters and order -------------------------------------------------------------------


def test_where_filters_by_column_values(uow: UnitOfWork, parents: Parents) -> None:
    other = records.create(uow, entities.GROUPS, HelperGroupData(name="Anderer Kreis"))
    for title, group_id in [
        ("B-Kurs", parents.group_id),
        ("A-Kurs", parents.group_id),
        ("Fremdkurs", other.id),
    ]:
        records.create(
            uow,
            entities.PROGRAMMES,
            ProgrammeData(title=title, group_id=group_id, fields=(FieldOfAction.LANGUAGE,)),
        )
    found = records.list_records(uow, entities.PROGRAMMES, where={"group_id": parents.group_id})
    assert [record.data.title for record in found] == ["A-Kurs", "B-Kurs"]
    found = records.list_records(
        uow, entities.PROGRAMMES, query="kurs", where={"group_id": other.id}
    )
    assert [record.data.title for record in found] == ["Fremdkurs"]


def test_where_compares_with_none_as_is_null(uow: UnitOfWork, parents: Parents) -> None:
    records.create(uow, entities.PERSONS, PersonData(name="In Gruppe", group_id=parents.group_id))
    found = records.list_records(uow, entities.PERSONS, where={"group_id": None})
    assert names(found) == ["Bernd Beispiel"]


def test_lists_are_in_german_dictionary_order(uow: UnitOfWork) -> None:
    for name in ["Zentrum Nord", "Ärztenetz", "anna-Kreis", "Übersee-Hilfe", "Ulm"]:
        records.create(uow, entities.GROUPS, HelperGroupData(name=name))
    assert names(records.list_records(uow, entities.GROUPS)) == [
        "anna-Kreis",
        "Ärztenetz",
        "Übersee-Hilfe",
        "Ulm",
        "Zentrum Nord",
    ]


def test_contacts_are_listed_by_date(uow: UnitOfWork, parents: Parents) -> None:
    for day in (5, 1, 3):
        records.create(
            uow,
            entities.CONTACTS,
            ContactData(
                contact_date=date(2025, 1, day), group_id=parents.group_id, subject=f"Tag {day}"
            ),
        )
    found = records.list_records(uow, entities.CONTACTS)
    assert [record.data.subject for record in found] == ["Tag 1", "Tag 3", "Tag 5"]


# --- Patch -------------------------------------------------------------------------------


def test_patch_changes_only_the_given_fields(uow: UnitOfWork, parents: Parents) -> None:
    contact = records.create(uow, entities.CONTACTS, sample(entities.CONTACTS, parents))
    done = records.patch(uow, entities.CONTACTS, contact.id, {"done": True})
    assert done.data == dataclasses.replace(contact.data, done=True)


def test_patch_validates_and_saves_nothing_on_error(uow: UnitOfWork, parents: Parents) -> None:
    contact = records.create(uow, entities.CONTACTS, sample(entities.CONTACTS, parents))
    with pytest.raises(ValidationError, match="Wiedervorlage"):
        records.patch(uow, entities.CONTACTS, contact.id, {"follow_up_on": date(2000, 1, 1)})
    assert records.get(uow, entities.CONTACTS, contact.id) == contact


def test_patch_of_an_unknown_record_is_not_found(uow: UnitOfWork) -> None:
    with pytest.raises(NotFoundError, match="Kontakt nicht gefunden"):
        records.patch(uow, entities.CONTACTS, "weg", {"done": True})


def test_update_of_an_unknown_record_is_not_found(uow: UnitOfWork) -> None:
    with pytest.raises(NotFoundError):
        records.update(uow, entities.GROUPS, "weg", HelperGroupData(name="x"))


def test_an_invalid_update_leaves_the_record_unchanged(uow: UnitOfWork, parents: Parents) -> None:
    before = records.get(uow, entities.GROUPS, parents.group_id)
    with pytest.raises(ValidationError):
        records.update(uow, entities.GROUPS, parents.group_id, HelperGroupData(name=""))
    assert records.get(uow, entities.GROUPS, parents.group_id) == before


def test_deleting_twice_stamps_nothing_new(uow: UnitOfWork, parents: Parents) -> None:
    first = records.delete(uow, entities.GROUPS, parents.group_id)
    second = records.delete(uow, entities.GROUPS, parents.group_id)
    assert second.last_stamp == first.last_stamp


# --- Records and the unit of work --------------------------------------------------------


def test_records_are_plain_frozen_data(uow: UnitOfWork, parents: Parents) -> None:
    record = records.get(uow, entities.GROUPS, parents.group_id)
    assert not isinstance(record.data, HelperGroup)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.data.name = "x"  # type: ignore[misc]


def test_a_record_without_stamp_has_no_change_time() -> None:
    assert Record(id="x", data=HelperGroupData()).changed_at_ms == 0


def test_services_called_inside_an_open_unit_of_work_join_it(database: Database) -> None:
    uow = UnitOfWork(database)
    with uow:
        group = records.create(uow, entities.GROUPS, HelperGroupData(name="Außen"))
        person = records.create(uow, entities.PERSONS, PersonData(name="Innen", group_id=group.id))
        session = uow.session
        assert records.get(uow, entities.PERSONS, person.id).data.name == "Innen"
        assert uow.session is session
    fresh = UnitOfWork(database)
    assert names(records.list_records(fresh, entities.GROUPS)) == ["Außen"]
    assert names(records.list_records(fresh, entities.PERSONS)) == ["Innen"]


def test_work_not_committed_in_an_outer_unit_of_work_is_rolled_back(database: Database) -> None:
    uow = UnitOfWork(database)
    with uow:
        uow.session.add(HelperGroup(id="ohne-commit", name="Nie"))
        records.list_records(uow, entities.GROUPS)  # a service inside must not close it
        assert uow.session.get(HelperGroup, "ohne-commit") is not None
    assert records.list_records(UnitOfWork(database), entities.GROUPS) == []


def test_a_unit_of_work_can_be_used_again_after_it_closed(database: Database) -> None:
    uow = UnitOfWork(database)
    records.create(uow, entities.GROUPS, HelperGroupData(name="Eins"))
    records.create(uow, entities.GROUPS, HelperGroupData(name="Zwei"))
    assert names(records.list_records(uow, entities.GROUPS)) == ["Eins", "Zwei"]
