"""The fixed vocabularies: stable codes, German labels, Handlungsfeld → KI-Bereich."""

from __future__ import annotations

import pytest

from helferapp.domain import enums
from helferapp.domain.enums import FieldOfAction, KIArea, LabelledEnum, OrganisationKind

ALL_ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
]
ALL_MEMBERS = [member for enum_type in ALL_ENUMS for member in enum_type]


def test_the_module_defines_the_expected_vocabularies() -> None:
    names = {enum_type.__name__ for enum_type in ALL_ENUMS}
    assert {
        "KIArea",
        "FieldOfAction",
        "OrganisationKind",
        "LegalForm",
        "GroupStatus",
        "Weekday",
        "ContactChannel",
        "PartnershipKind",
        "ConceptStatus",
        "KIStatus",
        "RegionLevel",
        "ConsentScope",
    } <= names


@pytest.mark.parametrize("enum_type", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_vocabulary_registers_a_label_for_each_member(
    enum_type: type[LabelledEnum],
) -> None:
    labels = enums._LABELS.get(enum_type)
    assert labels is not None, f"{enum_type.__name__} has no labels registered"
    assert set(labels) == {member.value for member in enum_type}


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=repr)
def test_every_member_has_a_non_empty_label(member: LabelledEnum) -> None:
    assert member.label.strip()


@pytest.mark.parametrize("enum_type", ALL_ENUMS, ids=lambda e: e.__name__)
def test_codes_are_unique_and_labels_are_unique_within_a_vocabulary(
    enum_type: type[LabelledEnum],
) -> None:
    members = list(enum_type)
    assert len({m.value for m in members}) == len(members)
    assert len({m.label for m in members}) == len(members)


def test_codes_are_lower_case_ascii_except_the_region_levels() -> None:
    for member in ALL_MEMBERS:
        if isinstance(member, enums.RegionLevel):
            continue  # the reference data's own level names
        assert member.value.isascii() and member.value == member.value.lower(), member


def test_labels_are_german() -> None:
    assert FieldOfAction.SCHOOL_TO_WORK.label == "Übergang Schule–Beruf"
    assert OrganisationKind.KI.label == "Kommunales Integrationszentrum"
    assert OrganisationKind.REFUGEE_COUNCIL.label == "Flüchtlingsrat"
    assert enums.Weekday.MONDAY.label == "Montag"
    assert enums.GroupStatus.DISSOLVED.label == "aufgelöst"


@pytest.mark.parametrize("field", list(FieldOfAction), ids=str)
def test_every_field_of_action_maps_to_a_ki_area(field: FieldOfAction) -> None:
    assert isinstance(field.ki_area, KIArea)


@pytest.mark.parametrize(
    ("field", "area"),
    [
        (FieldOfAction.ELEMENTARY, KIArea.ELEMENTARY),
        (FieldOfAction.SCHOOL, KIArea.SCHOOL),
        (FieldOfAction.SCHOOL_TO_WORK, KIArea.SCHOOL_TO_WORK),
    ],
)
def test_the_three_priority_fields_map_to_their_own_ki_area(
    field: FieldOfAction, area: KIArea
) -> None:
    assert field.ki_area is area


def test_every_other_field_of_action_is_cross_cutting() -> None:
    priority = {FieldOfAction.ELEMENTARY, FieldOfAction.SCHOOL, FieldOfAction.SCHOOL_TO_WORK}
    for field in set(FieldOfAction) - priority:
        assert field.ki_area is KIArea.CROSS_CUTTING


def test_every_ki_area_but_cross_cutting_has_exactly_one_field() -> None:
    for area in KIArea:
        fields = [field for field in FieldOfAction if field.ki_area is area]
        if area is KIArea.CROSS_CUTTING:
            assert len(fields) > 1
        else:
            assert len(fields) == 1


def test_from_code_returns_the_member() -> None:
    assert OrganisationKind.from_code("jobcenter") is OrganisationKind.JOBCENTER


def test_from_code_refuses_unknown_codes_listing_the_allowed_ones() -> None:
    with pytest.raises(ValueError, match="kein gültiger Wert") as caught:
        FieldOfAction.from_code("Sprache")
    assert "sprache" in str(caught.value)
    assert "uebergang_schule_beruf" in str(caught.value)


def test_registering_incomplete_labels_is_refused() -> None:
    class Colour(LabelledEnum):
        RED = "rot"
        BLUE = "blau"

    with pytest.raises(AssertionError, match="blau"):
        enums._register_labels(Colour, {"rot": "Rot"})


def test_a_member_without_registered_label_shows_its_code() -> None:
    class Unlabelled(LabelledEnum):
        ONE = "eins"

    assert Unlabelled.ONE.label == "eins"
