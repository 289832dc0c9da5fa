"""Record ids: random for ordinary records, uuid5 of the natural key otherwise."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from helferapp.domain import ids

UUIDS = st.uuids().map(str)


def test_new_ids_are_random_uuids() -> None:
    first, second = ids.new_id(), ids.new_id()
    assert first != second
    assert uuid.UUID(first).version == 4
    assert len(first) == 36


def test_the_namespace_never_changes() -> None:
    assert str(ids.NAMESPACE) == "6f1c3c2e-4b7a-5d0e-9a61-2f0c8d7e5b41"
    # A fixed example: changing how natural ids are made would split merged records.
    assert ids.region_status_id("09174") == str(uuid.uuid5(ids.NAMESPACE, "region_status/09174"))


@given(UUIDS, UUIDS)
def test_a_partnership_id_is_a_deterministic_uuid5(group_id: str, organisation_id: str) -> None:
    made = ids.partnership_id(group_id, organisation_id)
    assert made == ids.partnership_id(group_id, organisation_id)
    assert uuid.UUID(made).version == 5


@given(UUIDS, UUIDS, UUIDS)
def test_a_partnership_id_depends_on_both_ids(group: str, organisation: str, other: str) -> None:
    made = ids.partnership_id(group, organisation)
    if other != group:
        assert ids.partnership_id(other, organisation) != made
    if other != organisation:
        assert ids.partnership_id(group, other) != made


def test_a_partnership_id_depends_on_which_side_is_the_group() -> None:
    a, b = ids.new_id(), ids.new_id()
    assert ids.partnership_id(a, b) != ids.partnership_id(b, a)


def test_region_status_ids_differ_per_gebiet_and_from_other_kinds() -> None:
    assert ids.region_status_id("09174") != ids.region_status_id("09175")
    assert ids.region_status_id("09174") != ids.natural_id("other", "09174")
    assert uuid.UUID(ids.region_status_id("09174")).version == 5
