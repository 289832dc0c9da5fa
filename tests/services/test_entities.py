"""Every kind of record through its whole life: create, edit, Papierkorb, back, gone."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from helferapp.domain.errors import NotFoundError, UserError, ValidationError
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import entities, records
from helferapp.services.records import EntitySpec
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Region
from helferapp.sync.clock import Stamp
from tests.services.record_samples import EDIT, Parents, make_parents, sample

SPECS = pytest.mark.parametrize("spec", entities.ALL_SPECS, ids=lambda spec: spec.label)
LINK_FIELDS = ("group_id", "organisation_id", "person_id", "ags")


@pytest.fixture
def parents(uow: UnitOfWork) -> Parents:
    return make_parents(uow)


def stored(uow: UnitOfWork, spec: EntitySpec[Any], record_id: str) -> SimpleNamespace:
    """What the row itself holds, also when the services no longer show it."""
    with uow:
        model = uow.session.get(spec.model, record_id)
        assert model is not None
        return SimpleNamespace(
            data=records.data_from_model(spec, model),
            deleted=model.deleted,
            purged=model.purged,
            stamps=dict(model.field_stamps()),
            last_stamp=model.last_stamp,
            search_text=model.search_text,
        )


def ids_of(records_: list[records.Record[Any]]) -> list[str]:
    return [record.id for record in records_]


def test_all_seven_kinds_are_described() -> None:
    assert len(entities.ALL_SPECS) == 7
    assert len({spec.model for spec in entities.ALL_SPECS}) == 7
    assert {spec.label for spec in entities.ALL_SPECS} == set(EDIT)


@SPECS
def test_a_created_record_reads_back_as_saved(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any]
) -> None:
    created = records.create(uow, spec, sample(spec, parents))
    assert not created.deleted and not created.purged
    assert Stamp.parse(created.last_stamp)
    assert created.changed_at_ms == Stamp.parse(created.last_stamp).physical
    assert records.get(uow, spec, created.id) == created
    with uow:
        assert created.data == spec.validate(uow.session, sample(spec, parents))
    assert created.id in ids_of(records.list_records(uow, spec))


@SPECS
def test_a_record_goes_through_its_whole_life(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any]
) -> None:
    data = sample(spec, parents)
    created = records.create(uow, spec, data)
    record_id = created.id

    field, value = EDIT[spec.label]
    edited = records.update(
        uow, spec, record_id, dataclasses.replace(created.data, **{field: value})
    )
    assert getattr(edited.data, field) == value
    assert edited.last_stamp > created.last_stamp
    assert records.get(uow, spec, record_id).data == edited.data

    deleted = records.delete(uow, spec, record_id)
    assert deleted.deleted
    assert record_id not in ids_of(records.list_records(uow, spec))
    assert record_id in ids_of(records.list_records(uow, spec, deleted=True))
    assert records.get(uow, spec, record_id).deleted

    restored = records.restore(uow, spec, record_id)
    assert not restored.deleted
    assert restored.data == edited.data
    assert record_id in ids_of(records.list_records(uow, spec))
    assert record_id not in ids_of(records.list_records(uow, spec, deleted=True))

    records.delete(uow, spec, record_id)
    records.purge(uow, spec, record_id)
    with pytest.raises(NotFoundError, match="nicht gefunden"):
        records.get(uow, spec, record_id)
    with pytest.raises(NotFoundError):
        records.restore(uow, spec, record_id)
    assert record_id not in ids_of(records.list_records(uow, spec))
    assert record_id not in ids_of(records.list_records(uow, spec, deleted=True))

    tombstone = stored(uow, spec, record_id)
    assert tombstone.deleted and tombstone.purged
    wiped = tombstone.data
    empty = spec.data_type()
    for item in dataclasses.fields(spec.data_type):
        if item.name in LINK_FIELDS:
            assert getattr(wiped, item.name) == getattr(edited.data, item.name), item.name
        else:
            assert getattr(wiped, item.name) == getattr(empty, item.name), item.name
    assert tombstone.search_text == ""
    assert tombstone.last_stamp > restored.last_stamp


@SPECS
def test_purge_refuses_a_record_that_is_not_in_the_papierkorb(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any]
) -> None:
    created = records.create(uow, spec, sample(spec, parents))
    with pytest.raises(UserError, match="nicht im Papierkorb"):
        records.purge(uow, spec, created.id)
    assert records.get(uow, spec, created.id) == created


@SPECS
def test_an_unknown_id_is_not_found_with_a_german_message(
    uow: UnitOfWork, spec: EntitySpec[Any]
) -> None:
    for action in (records.get, records.delete, records.restore, records.purge):
        with pytest.raises(NotFoundError, match=f"{spec.label} nicht gefunden"):
            action(uow, spec, "gibt-es-nicht")


@SPECS
def test_an_edit_stamps_only_the_changed_field(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any]
) -> None:
    created = records.create(uow, spec, sample(spec, parents))
    before = dict(stored(uow, spec, created.id).stamps)
    field, value = EDIT[spec.label]
    records.patch(uow, spec, created.id, {field: value})
    after = stored(uow, spec, created.id).stamps
    assert {name for name in after if after[name] != before[name]} == {field}


@SPECS
def test_saving_unchanged_content_stamps_nothing(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any]
) -> None:
    created = records.create(uow, spec, sample(spec, parents))
    again = records.update(uow, spec, created.id, created.data)
    assert again.last_stamp == created.last_stamp


# --- Natural keys ------------------------------------------------------------------------

NATURAL = pytest.mark.parametrize(
    "spec", [entities.PARTNERSHIPS, entities.REGION_STATUSES], ids=lambda spec: spec.label
)


@NATURAL
def test_creating_the_same_natural_key_twice_gives_one_record(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any]
) -> None:
    first = records.create(uow, spec, sample(spec, parents))
    field, value = EDIT[spec.label]
    second = records.create(uow, spec, dataclasses.replace(sample(spec, parents), **{field: value}))
    assert second.id == first.id
    assert ids_of(records.list_records(uow, spec)) == [first.id]
    assert getattr(records.get(uow, spec, first.id).data, field) == value


@NATURAL
@pytest.mark.parametrize("purge", [False, True], ids=["deleted", "purged"])
def test_creating_a_deleted_natural_key_again_revives_it(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any], purge: bool
) -> None:
    first = records.create(uow, spec, sample(spec, parents))
    records.delete(uow, spec, first.id)
    if purge:
        records.purge(uow, spec, first.id)
    revived = records.create(uow, spec, sample(spec, parents))
    assert revived.id == first.id
    assert not revived.deleted and not revived.purged
    assert revived.data == first.data
    assert ids_of(records.list_records(uow, spec)) == [first.id]


def test_natural_ids_do_not_depend_on_the_installation(uow: UnitOfWork, parents: Parents) -> None:
    from helferapp.domain import ids

    status = records.create(uow, entities.REGION_STATUSES, RegionStatusData(ags="09174"))
    assert status.id == ids.region_status_id("09174")
    partnership = records.create(
        uow,
        entities.PARTNERSHIPS,
        PartnershipData(group_id=parents.group_id, organisation_id=parents.organisation_id),
    )
    assert partnership.id == ids.partnership_id(parents.group_id, parents.organisation_id)


def test_the_pair_of_a_partnership_cannot_be_edited(uow: UnitOfWork, parents: Parents) -> None:
    partnership = records.create(uow, entities.PARTNERSHIPS, sample(entities.PARTNERSHIPS, parents))
    other = records.create(uow, entities.GROUPS, HelperGroupData(name="Anderer Kreis"))
    with pytest.raises(UserError, match="verknüpften Einträge"):
        records.patch(uow, entities.PARTNERSHIPS, partnership.id, {"group_id": other.id})
    assert records.get(uow, entities.PARTNERSHIPS, partnership.id) == partnership


def test_the_gebiet_of_a_region_status_cannot_be_edited(uow: UnitOfWork) -> None:
    status = records.create(uow, entities.REGION_STATUSES, RegionStatusData(ags="09174"))
    with pytest.raises(UserError, match="verknüpften Einträge"):
        records.patch(uow, entities.REGION_STATUSES, status.id, {"ags": "09175"})


# --- What only the database knows: links and Gebiete ------------------------------------


def test_a_programme_of_a_deleted_group_is_refused(uow: UnitOfWork, parents: Parents) -> None:
    records.delete(uow, entities.GROUPS, parents.group_id)
    with pytest.raises(ValidationError, match="Helferkreis liegt im Papierkorb") as caught:
        records.create(uow, entities.PROGRAMMES, sample(entities.PROGRAMMES, parents))
    assert [error.field for error in caught.value.errors] == ["group_id"]
    assert records.list_records(uow, entities.PROGRAMMES) == []


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        (entities.PROGRAMMES, "organisation_id"),
        (entities.PERSONS, "group_id"),
        (entities.CONTACTS, "person_id"),
        (entities.PARTNERSHIPS, "organisation_id"),
    ],
    ids=lambda value: getattr(value, "label", value),
)
def test_a_link_to_a_record_that_does_not_exist_is_refused(
    uow: UnitOfWork, parents: Parents, spec: EntitySpec[Any], field: str
) -> None:
    data = dataclasses.replace(sample(spec, parents), **{field: "gibt-es-nicht"})
    with pytest.raises(ValidationError, match="existiert nicht") as caught:
        records.create(uow, spec, data)
    assert [error.field for error in caught.value.errors] == [field]


def test_a_link_to_a_purged_record_is_refused(uow: UnitOfWork, parents: Parents) -> None:
    records.delete(uow, entities.PERSONS, parents.person_id)
    records.purge(uow, entities.PERSONS, parents.person_id)
    with pytest.raises(ValidationError, match="Person existiert nicht"):
        records.create(uow, entities.CONTACTS, sample(entities.CONTACTS, parents))


def test_an_existing_record_stays_editable_when_its_linked_record_was_deleted(
    uow: UnitOfWork, parents: Parents
) -> None:
    contact = records.create(uow, entities.CONTACTS, sample(entities.CONTACTS, parents))
    records.delete(uow, entities.ORGANISATIONS, parents.organisation_id)
    done = records.patch(uow, entities.CONTACTS, contact.id, {"done": True})
    assert done.data.done
    assert done.data.organisation_id == parents.organisation_id


def test_moving_a_record_to_a_deleted_record_is_refused(uow: UnitOfWork, parents: Parents) -> None:
    programme = records.create(uow, entities.PROGRAMMES, sample(entities.PROGRAMMES, parents))
    other = records.create(uow, entities.GROUPS, HelperGroupData(name="Anderer Kreis"))
    records.delete(uow, entities.GROUPS, other.id)
    with pytest.raises(ValidationError, match="Papierkorb"):
        records.patch(uow, entities.PROGRAMMES, programme.id, {"group_id": other.id})


@pytest.mark.parametrize(
    ("spec", "data"),
    [
        (entities.GROUPS, HelperGroupData(name="HK", region_ags=("09999999",))),
        (entities.ORGANISATIONS, OrganisationData(name="KI", region_ags="09999")),
        (entities.REGION_STATUSES, RegionStatusData(ags="08111")),
    ],
    ids=lambda value: getattr(value, "label", ""),
)
def test_an_unknown_ags_is_refused(uow: UnitOfWork, spec: EntitySpec[Any], data: Any) -> None:
    with pytest.raises(ValidationError, match="keinen bayerischen Gebietsschlüssel"):
        records.create(uow, spec, data)
    assert records.list_records(uow, spec) == []


def test_the_level_of_a_gebiet_comes_from_the_region_table(uow: UnitOfWork) -> None:
    with uow:
        lookup = entities.SessionRegions(uow.session)
        assert lookup.region_level("09174115") is not None
        assert lookup.region_level("09174115").value == "Gemeinde"  # type: ignore[union-attr]
        assert lookup.region_level("09174").value == "Kreis"  # type: ignore[union-attr]
        assert lookup.region_level("0") is None
        assert uow.session.scalar(select(Region.level).where(Region.ags == "091")) == (
            "Regierungsbezirk"
        )


def test_rule_errors_and_link_errors_are_reported_together(
    uow: UnitOfWork, parents: Parents
) -> None:
    records.delete(uow, entities.GROUPS, parents.group_id)
    with pytest.raises(ValidationError) as caught:
        records.create(
            uow,
            entities.PROGRAMMES,
            ProgrammeData(title="", group_id=parents.group_id, region_ags="09999999"),
        )
    fields = sorted(error.field for error in caught.value.errors)
    assert fields == ["fields", "group_id", "region_ags", "title"]


def test_every_field_error_of_a_person_is_listed_at_once(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as caught:
        records.create(
            uow,
            entities.PERSONS,
            PersonData(name="", phone="12", email="x", consent_share=True),
        )
    fields = sorted(error.field for error in caught.value.errors)
    assert fields == ["consent_given_on", "email", "group_id", "name", "phone"]
    assert caught.value.message.count("\n") == 4


def test_a_contact_with_only_a_group_is_fine(uow: UnitOfWork, parents: Parents) -> None:
    data = dataclasses.replace(
        sample(entities.CONTACTS, parents), organisation_id=None, person_id=None
    )
    assert isinstance(data, ContactData)
    created = records.create(uow, entities.CONTACTS, data)
    assert created.data.organisation_id is None


def test_organisation_data_is_cleaned_on_save(uow: UnitOfWork) -> None:
    created = records.create(
        uow,
        entities.ORGANISATIONS,
        OrganisationData(name="  Caritas   Dachau ", phone="08131 2980", website="caritas.de"),
    )
    assert created.data.name == "Caritas Dachau"
    assert created.data.phone == "+49 8131 2980"
    assert created.data.website == "https://caritas.de"
