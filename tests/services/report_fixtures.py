"""A small world for the report tests: groups, a KI, persons with and without consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from helferapp.domain.enums import ContactChannel, FieldOfAction, OrganisationKind, Weekday
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
)
from helferapp.services import entities, records
from helferapp.services.unit_of_work import UnitOfWork

DACHAU = "09174115"
KARLSFELD = "09174126"
LANDKREIS_DACHAU = "09174"
MUNICH = "09162000"
MARKUP = "<b>Müller & Söhne</b>"
SECRET = "Gerda Geheim"


@dataclass(frozen=True)
class World:
    group_id: str
    other_group_id: str
    ki_id: str


def consent(print_: bool = False, share: bool = False, internal: bool = False) -> dict[str, object]:
    return {
        "consent_given_on": date(2025, 1, 10),
        "consent_print": print_,
        "consent_share": share,
        "consent_internal": internal,
    }


def build_world(uow: UnitOfWork) -> World:
    create = records.create
    group = create(uow, entities.GROUPS, HelperGroupData(name=MARKUP, region_ags=(DACHAU,)))
    other = create(
        uow, entities.GROUPS, HelperGroupData(name="Helferkreis München", region_ags=(MUNICH,))
    )
    ki = create(
        uow,
        entities.ORGANISATIONS,
        OrganisationData(name="KI Dachau", kind=OrganisationKind.KI, region_ags=LANDKREIS_DACHAU),
    )
    create(uow, entities.PARTNERSHIPS, PartnershipData(group_id=group.id, organisation_id=ki.id))
    people = [
        PersonData(name="Jürgen Weiß", group_id=group.id, **consent(print_=True)),  # type: ignore[arg-type]
        PersonData(
            name="Ayşe Çelik", group_id=group.id, phone="0151 12345678", **consent(share=True)
        ),  # type: ignore[arg-type]
        PersonData(name=SECRET, group_id=group.id, phone="08131 99999"),
        PersonData(name="Ina Intern", group_id=group.id, **consent(internal=True)),  # type: ignore[arg-type]
        PersonData(
            name="Wilma Widerruf",
            group_id=group.id,
            consent_withdrawn_on=date(2025, 6, 1),
            **consent(print_=True, share=True),  # type: ignore[arg-type]
        ),
        PersonData(name="Klara KI", organisation_id=ki.id, **consent(print_=True, share=True)),  # type: ignore[arg-type]
    ]
    for person in people:
        create(uow, entities.PERSONS, person)
    create(
        uow,
        entities.PROGRAMMES,
        ProgrammeData(
            title="Sprachcafé Dachau",
            group_id=group.id,
            fields=(FieldOfAction.LANGUAGE, FieldOfAction.ENCOUNTER),
            region_ags=DACHAU,
            weekday=Weekday.MONDAY,
            languages=("Deutsch", "Arabisch"),
        ),
    )
    create(
        uow,
        entities.PROGRAMMES,
        ProgrammeData(
            title="Hausaufgabenhilfe München",
            group_id=other.id,
            fields=(FieldOfAction.SCHOOL,),
            region_ags=MUNICH,
        ),
    )
    today = date.today()
    for days, subject, follow_up in (
        (10, "Sprachkurse planen", today + timedelta(days=5)),
        (400, "Altes Thema", None),
    ):
        create(
            uow,
            entities.CONTACTS,
            ContactData(
                contact_date=today - timedelta(days=days),
                group_id=group.id,
                organisation_id=ki.id,
                channel=ContactChannel.MEETING,
                subject=subject,
                follow_up_on=follow_up,
            ),
        )
    return World(group.id, other.id, ki.id)
