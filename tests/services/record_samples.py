"""Valid sample content for every kind of record, shared by the service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    FieldOfAction,
    KIStatus,
    LegalForm,
    OrganisationKind,
    PartnershipKind,
    Weekday,
)
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RecordData,
    RegionStatusData,
)
from helferapp.services import entities, records
from helferapp.services.records import EntitySpec
from helferapp.services.unit_of_work import UnitOfWork

DACHAU = "09174115"  # Gemeinde Dachau (Große Kreisstadt)
LANDKREIS_DACHAU = "09174"


@dataclass(frozen=True)
class Parents:
    """Records that the samples link to."""

    group_id: str
    organisation_id: str
    person_id: str


def make_parents(uow: UnitOfWork) -> Parents:
    group = records.create(uow, entities.GROUPS, HelperGroupData(name="Helferkreis Dachau"))
    organisation = records.create(
        uow, entities.ORGANISATIONS, OrganisationData(name="KI Dachau", kind=OrganisationKind.KI)
    )
    person = records.create(
        uow, entities.PERSONS, PersonData(name="Bernd Beispiel", organisation_id=organisation.id)
    )
    return Parents(group.id, organisation.id, person.id)


def sample(spec: EntitySpec[Any], parents: Parents) -> RecordData:
    """Content of a new record of ``spec``'s kind that uses every field type it has."""
    if spec is entities.GROUPS:
        return HelperGroupData(
            name="Asylhelferkreis Müllerstraße",
            legal_form=LegalForm.REGISTERED_ASSOCIATION,
            region_ags=(DACHAU,),
            locality="Dachau-Ost",
            working_groups=("Sprache", "Wohnen"),
            website="www.hk-dachau.de",
            email="info@hk-dachau.de",
            phone="08131 123456",
            notes="Treffen jeden ersten Montag",
            checked_on=date(2025, 1, 15),
        )
    if spec is entities.ORGANISATIONS:
        return OrganisationData(
            kind=OrganisationKind.DISTRICT_OFFICE,
            name="Landratsamt Dachau",
            street="Weiherweg 16",
            postal_code="85221",
            city="Dachau",
            region_ags=LANDKREIS_DACHAU,
            phone="08131 740",
            email="poststelle@lra-dah.bayern.de",
            website="https://www.landratsamt-dachau.de",
        )
    if spec is entities.PROGRAMMES:
        return ProgrammeData(
            title="Deutschkurs für Mütter",
            group_id=parents.group_id,
            organisation_id=parents.organisation_id,
            fields=(FieldOfAction.LANGUAGE, FieldOfAction.ELEMENTARY),
            target_group="Mütter mit Kleinkindern",
            languages=("Arabisch", "Dari"),
            location="Pfarrheim St. Jakob",
            region_ags=DACHAU,
            weekday=Weekday.TUESDAY,
            start_time=time(9, 30),
            end_time=time(11, 0),
            starts_on=date(2025, 2, 1),
            ends_on=date(2025, 7, 31),
            registration_required=True,
            childcare=True,
            cost="kostenlos",
            accessible=True,
        )
    if spec is entities.PERSONS:
        return PersonData(
            name="Anna Müller",
            role="Koordinatorin",
            group_id=parents.group_id,
            phone="0151 1234 5678",
            email="anna.mueller@beispiel.de",
            consent_given_on=date(2025, 1, 10),
            consent_internal=True,
            consent_print=True,
        )
    if spec is entities.CONTACTS:
        return ContactData(
            contact_date=date(2025, 3, 3),
            group_id=parents.group_id,
            organisation_id=parents.organisation_id,
            person_id=parents.person_id,
            channel=ContactChannel.MEETING,
            subject="Kita-Plätze für Neuankömmlinge",
            result="KI fragt beim Jugendamt nach",
            follow_up_on=date(2025, 3, 17),
        )
    if spec is entities.PARTNERSHIPS:
        return PartnershipData(
            group_id=parents.group_id,
            organisation_id=parents.organisation_id,
            kind=PartnershipKind.NETWORK,
            notes="gemeinsamer Runder Tisch",
        )
    if spec is entities.REGION_STATUSES:
        return RegionStatusData(
            ags=LANDKREIS_DACHAU,
            concept_status=ConceptStatus.ADOPTED,
            concept_date=date(2021, 5, 4),
            ki_status=KIStatus.ACTIVE,
            ki_date=date(2019, 1, 1),
            source="Kreistagsbeschluss",
            checked_on=date(2025, 1, 1),
            notes="Integrationskonzept online",
        )
    raise AssertionError(spec.label)


# One ordinary content field per kind, and a new value for it.
EDIT: dict[str, tuple[str, Any]] = {
    "Helferkreis": ("notes", "Treffen jeden zweiten Montag"),
    "Stelle": ("notes", "Sprechzeiten Di + Do"),
    "Angebot": ("notes", "Ferienpause im August"),
    "Person": ("role", "Sprecherin"),
    "Kontakt": ("result", "Zusage für zwei Plätze"),
    "Bündnispartner": ("notes", "Kooperationsvertrag 2025"),
    "Gebietsstatus": ("notes", "geprüft"),
}
