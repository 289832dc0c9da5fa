"""The record rules: required fields, date order, consent, Gebiete — all errors at once."""

from __future__ import annotations

from datetime import date, time
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helferapp.domain.enums import (
    ConceptStatus,
    ConsentScope,
    FieldOfAction,
    KIStatus,
    RegionLevel,
)
from helferapp.domain.errors import ValidationError
from helferapp.domain.record_rules import (
    validate_contact,
    validate_group,
    validate_organisation,
    validate_partnership,
    validate_person,
    validate_programme,
    validate_region_status,
)
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)

DACHAU_GEMEINDE = "09174115"
LANDKREIS_DACHAU = "09174"
OBERBAYERN = "091"


class FakeRegions:
    """A RegionLookup that knows three Gebiete."""

    levels: ClassVar[dict[str, RegionLevel]] = {
        DACHAU_GEMEINDE: RegionLevel.MUNICIPALITY,
        LANDKREIS_DACHAU: RegionLevel.DISTRICT,
        OBERBAYERN: RegionLevel.DISTRICT_REGION,
    }

    def region_level(self, ags: str) -> RegionLevel | None:
        return self.levels.get(ags)


REGIONS = FakeRegions()


def fields_of(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [item.field for item in error.value.errors]


# --- Helferkreis -------------------------------------------------------------------------


def test_a_group_is_cleaned() -> None:
    cleaned = validate_group(
        HelperGroupData(
            name="  Helferkreis   Dachau ",
            region_ags=(DACHAU_GEMEINDE, " ", DACHAU_GEMEINDE),
            working_groups=("Sprache", "  ", "Sprache", "Wohnen "),
            email=" info@hk-dachau.de ",
            phone="08131 123456",
            website="hk-dachau.de",
            notes="  Notiz \n",
        ),
        REGIONS,
    )
    assert cleaned.name == "Helferkreis Dachau"
    assert cleaned.region_ags == (DACHAU_GEMEINDE,)
    assert cleaned.working_groups == ("Sprache", "Wohnen")
    assert cleaned.email == "info@hk-dachau.de"
    assert cleaned.phone == "+49 8131 123456"
    assert cleaned.website == "https://hk-dachau.de"
    assert cleaned.notes == "Notiz"


def test_a_group_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="Namen für den Helferkreis") as caught:
        validate_group(HelperGroupData(name="   "), REGIONS)
    assert fields_of(caught) == ["name"]


def test_a_group_reports_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_group(
            HelperGroupData(
                name="",
                region_ags=("09999999",),
                email="kaputt",
                phone="12",
                website="nix",
            ),
            REGIONS,
        )
    assert sorted(fields_of(caught)) == sorted(["name", "region_ags", "email", "phone", "website"])
    [phone_message] = caught.value.for_field("phone")
    assert "Telefonnummer" in phone_message
    assert "\n" in caught.value.message


def test_a_group_works_only_in_gemeinden() -> None:
    with pytest.raises(ValidationError, match="kein\\(e\\) Gemeinde") as caught:
        validate_group(HelperGroupData(name="HK", region_ags=(LANDKREIS_DACHAU,)), REGIONS)
    assert fields_of(caught) == ["region_ags"]


def test_an_unknown_ags_is_named_in_the_message() -> None:
    with pytest.raises(ValidationError, match=r"keinen bayerischen Gebietsschlüssel.*09999999"):
        validate_group(HelperGroupData(name="HK", region_ags=("09999999",)), REGIONS)


# --- Angebot -----------------------------------------------------------------------------


def good_programme(**changes: object) -> ProgrammeData:
    values: dict[str, object] = {
        "title": "Deutschkurs",
        "group_id": "g1",
        "fields": (FieldOfAction.LANGUAGE,),
    }
    values.update(changes)
    return ProgrammeData(**values)  # type: ignore[arg-type]


def test_a_programme_is_cleaned() -> None:
    cleaned = validate_programme(
        good_programme(
            title=" Deutsch  für Frauen ",
            fields=(FieldOfAction.LANGUAGE, FieldOfAction.WOMEN_FAMILY, FieldOfAction.LANGUAGE),
            languages=("Arabisch", "arabisch ", "Arabisch", ""),
            region_ags="",
        ),
        REGIONS,
    )
    assert cleaned.title == "Deutsch für Frauen"
    assert cleaned.fields == (FieldOfAction.LANGUAGE, FieldOfAction.WOMEN_FAMILY)
    assert cleaned.languages == ("Arabisch", "arabisch")
    assert cleaned.region_ags is None


def test_a_programme_needs_title_runner_and_a_field_of_action() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_programme(ProgrammeData(), REGIONS)
    assert sorted(fields_of(caught)) == ["fields", "group_id", "title"]
    assert "Handlungsfeld" in caught.value.message


def test_a_programme_may_be_run_by_an_organisation_alone() -> None:
    validate_programme(good_programme(group_id=None, organisation_id="o1"), REGIONS)


def test_a_programme_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="Zeitraum") as caught:
        validate_programme(
            good_programme(starts_on=date(2025, 3, 1), ends_on=date(2025, 2, 28)), REGIONS
        )
    assert fields_of(caught) == ["ends_on"]


def test_a_programme_on_a_single_day_is_fine() -> None:
    validate_programme(
        good_programme(starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 1)), REGIONS
    )


@pytest.mark.parametrize("end", [time(9, 0), time(8, 30)])
def test_a_programme_must_end_after_it_starts_on_the_day(end: time) -> None:
    with pytest.raises(ValidationError, match="Endzeit") as caught:
        validate_programme(good_programme(start_time=time(9, 0), end_time=end), REGIONS)
    assert fields_of(caught) == ["end_time"]


def test_a_programme_takes_place_in_a_gemeinde_not_a_kreis() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_programme(good_programme(region_ags=LANDKREIS_DACHAU), REGIONS)
    assert fields_of(caught) == ["region_ags"]
    validate_programme(good_programme(region_ags=DACHAU_GEMEINDE), REGIONS)


# --- Stelle ------------------------------------------------------------------------------


def test_an_organisation_needs_a_name_and_a_five_digit_postal_code() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_organisation(OrganisationData(name=" ", postal_code="8522"), REGIONS)
    assert sorted(fields_of(caught)) == ["name", "postal_code"]
    assert "Postleitzahl" in caught.value.message


@pytest.mark.parametrize("ags", [DACHAU_GEMEINDE, LANDKREIS_DACHAU])
def test_an_organisation_sits_in_a_gemeinde_or_a_kreis(ags: str) -> None:
    cleaned = validate_organisation(
        OrganisationData(name="Landratsamt", postal_code=" 85221 ", region_ags=ags), REGIONS
    )
    assert cleaned.postal_code == "85221"
    assert cleaned.region_ags == ags


def test_an_organisation_cannot_sit_in_a_regierungsbezirk() -> None:
    with pytest.raises(ValidationError, match="Regierungsbezirk"):
        validate_organisation(OrganisationData(name="Regierung", region_ags=OBERBAYERN), REGIONS)


def test_an_organisation_with_bad_contact_data_lists_all_of_them() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_organisation(
            OrganisationData(name="KI", phone="abc", email="x@", website="y"), REGIONS
        )
    assert sorted(fields_of(caught)) == ["email", "phone", "website"]


# --- Person and consent ------------------------------------------------------------------


def test_a_person_needs_a_name_and_a_group_or_organisation() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_person(PersonData())
    assert sorted(fields_of(caught)) == ["group_id", "name"]


def test_consent_scopes_need_the_date_of_the_consent() -> None:
    with pytest.raises(ValidationError, match="Datum der Einwilligung") as caught:
        validate_person(PersonData(name="Anna", group_id="g", consent_print=True))
    assert fields_of(caught) == ["consent_given_on"]


def test_a_withdrawal_needs_a_consent_before_it() -> None:
    with pytest.raises(ValidationError, match="Widerruf") as caught:
        validate_person(
            PersonData(name="Anna", group_id="g", consent_withdrawn_on=date(2025, 1, 1))
        )
    assert fields_of(caught) == ["consent_withdrawn_on"]


def test_a_withdrawal_before_the_consent_is_refused() -> None:
    with pytest.raises(ValidationError, match="Einwilligung und Widerruf") as caught:
        validate_person(
            PersonData(
                name="Anna",
                group_id="g",
                consent_given_on=date(2025, 2, 1),
                consent_internal=True,
                consent_withdrawn_on=date(2025, 1, 31),
            )
        )
    assert fields_of(caught) == ["consent_withdrawn_on"]


def test_a_complete_consent_record_is_accepted() -> None:
    person = validate_person(
        PersonData(
            name=" Anna  Meier ",
            organisation_id="o",
            phone="0151 12345678",
            email="anna@beispiel.de",
            consent_given_on=date(2025, 1, 1),
            consent_internal=True,
            consent_share=True,
            consent_withdrawn_on=date(2025, 1, 1),
        )
    )
    assert person.name == "Anna Meier"
    assert person.phone == "+49 1511 2345678"


def test_consent_allows_only_the_scopes_given() -> None:
    person = PersonData(
        consent_given_on=date(2025, 1, 1), consent_internal=True, consent_print=True
    )
    assert person.consent_allows(ConsentScope.INTERNAL)
    assert not person.consent_allows(ConsentScope.SHARE)
    assert person.consent_allows(ConsentScope.PRINT)
    assert person.consent_scopes == (ConsentScope.INTERNAL, ConsentScope.PRINT)


def test_without_a_consent_date_nothing_is_allowed() -> None:
    person = PersonData(consent_internal=True, consent_share=True, consent_print=True)
    assert person.consent_scopes == ()
    assert not any(person.consent_allows(scope) for scope in ConsentScope)


def test_a_withdrawn_consent_allows_nothing() -> None:
    person = PersonData(
        consent_given_on=date(2025, 1, 1),
        consent_internal=True,
        consent_share=True,
        consent_print=True,
        consent_withdrawn_on=date(2025, 6, 1),
    )
    assert person.consent_scopes == ()


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_consent_scopes_are_exactly_the_allowed_scopes_in_fixed_order(
    given_: bool, internal: bool, share: bool, print_: bool, withdrawn: bool
) -> None:
    person = PersonData(
        consent_given_on=date(2025, 1, 1) if given_ else None,
        consent_internal=internal,
        consent_share=share,
        consent_print=print_,
        consent_withdrawn_on=date(2025, 2, 1) if withdrawn else None,
    )
    expected = tuple(scope for scope in ConsentScope if person.consent_allows(scope))
    assert person.consent_scopes == expected
    if given_ and not withdrawn:
        assert len(expected) == internal + share + print_
    else:
        assert expected == ()


# --- Kontakt -----------------------------------------------------------------------------


def test_a_contact_needs_date_partner_and_subject() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_contact(ContactData(subject="  "))
    assert sorted(fields_of(caught)) == ["contact_date", "organisation_id", "subject"]


def test_a_follow_up_before_the_contact_is_refused() -> None:
    with pytest.raises(ValidationError, match="Wiedervorlage") as caught:
        validate_contact(
            ContactData(
                contact_date=date(2025, 3, 10),
                organisation_id="o",
                subject="Sprachkurse",
                follow_up_on=date(2025, 3, 9),
            )
        )
    assert fields_of(caught) == ["follow_up_on"]


def test_a_follow_up_on_the_day_of_the_contact_is_fine() -> None:
    cleaned = validate_contact(
        ContactData(
            contact_date=date(2025, 3, 10),
            group_id="g",
            subject="  Sprachkurse ",
            result=" offen ",
            follow_up_on=date(2025, 3, 10),
        )
    )
    assert cleaned.subject == "Sprachkurse"
    assert cleaned.result == "offen"


# --- Bündnispartner ----------------------------------------------------------------------


def test_a_partnership_needs_both_sides() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_partnership(PartnershipData())
    assert sorted(fields_of(caught)) == ["group_id", "organisation_id"]
    assert (
        validate_partnership(PartnershipData(group_id="g", organisation_id="o", notes=" x ")).notes
        == "x"
    )


# --- Gebietsstatus -----------------------------------------------------------------------


def test_a_region_status_needs_a_gebiet() -> None:
    with pytest.raises(ValidationError, match="Gebiet auswählen") as caught:
        validate_region_status(RegionStatusData(), REGIONS)
    assert fields_of(caught) == ["ags"]


@pytest.mark.parametrize("ags", [DACHAU_GEMEINDE, LANDKREIS_DACHAU])
def test_a_region_status_belongs_to_a_kreis_or_a_gemeinde(ags: str) -> None:
    cleaned = validate_region_status(
        RegionStatusData(ags=ags, source="  Website  KI ", ki_status=KIStatus.ACTIVE), REGIONS
    )
    assert cleaned.source == "Website KI"


@pytest.mark.parametrize("ags", [OBERBAYERN, "09999"])
def test_a_region_status_for_anything_else_is_refused(ags: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_region_status(RegionStatusData(ags=ags), REGIONS)
    assert fields_of(caught) == ["ags"]


def test_a_concept_date_without_a_concept_is_refused() -> None:
    with pytest.raises(ValidationError, match="Integrationskonzept") as caught:
        validate_region_status(
            RegionStatusData(ags=LANDKREIS_DACHAU, concept_date=date(2024, 1, 1)), REGIONS
        )
    assert fields_of(caught) == ["concept_date"]
    validate_region_status(
        RegionStatusData(
            ags=LANDKREIS_DACHAU,
            concept_status=ConceptStatus.ADOPTED,
            concept_date=date(2024, 1, 1),
        ),
        REGIONS,
    )


def test_a_ki_date_without_a_ki_is_refused() -> None:
    with pytest.raises(ValidationError, match="Integrationszentrum") as caught:
        validate_region_status(
            RegionStatusData(ags=LANDKREIS_DACHAU, ki_date=date(2024, 1, 1)), REGIONS
        )
    assert fields_of(caught) == ["ki_date"]
    validate_region_status(
        RegionStatusData(
            ags=LANDKREIS_DACHAU, ki_status=KIStatus.PLANNED, ki_date=date(2024, 1, 1)
        ),
        REGIONS,
    )
