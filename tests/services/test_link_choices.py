"""Picker lists: only live records, in German order, persons filtered by their links."""

from __future__ import annotations

from helferapp.domain.enums import OrganisationKind
from helferapp.domain.records import HelperGroupData, OrganisationData, PersonData
from helferapp.services import link_choices, records
from helferapp.services.entities import GROUPS, ORGANISATIONS, PERSONS
from helferapp.services.unit_of_work import UnitOfWork


def test_groups_are_live_and_in_german_order(uow: UnitOfWork) -> None:
    for name in ("Zorneding", "Übersee", "Aschau"):
        records.create(uow, GROUPS, HelperGroupData(name=f"Helferkreis {name}"))
    gone = records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Weg"))
    records.delete(uow, GROUPS, gone.id)

    names = [choice.name for choice in link_choices.group_choices(uow)]

    assert names == ["Helferkreis Aschau", "Helferkreis Übersee", "Helferkreis Zorneding"]


def test_organisations_carry_kind_and_city(uow: UnitOfWork) -> None:
    records.create(
        uow,
        ORGANISATIONS,
        OrganisationData(kind=OrganisationKind.KI, name="KI Dachau", city="Dachau"),
    )

    (choice,) = link_choices.organisation_choices(uow)

    assert (choice.name, choice.detail, choice.extra) == (
        "KI Dachau",
        "Kommunales Integrationszentrum",
        "Dachau",
    )


def test_persons_are_filtered_by_group_or_organisation(uow: UnitOfWork) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="HK"))
    ki = records.create(uow, ORGANISATIONS, OrganisationData(name="KI"))
    records.create(uow, PERSONS, PersonData(name="Anna", role="Sprecherin", group_id=group.id))
    records.create(uow, PERSONS, PersonData(name="Bernd", organisation_id=ki.id))

    of_group = link_choices.person_choices(uow, group_id=group.id)
    of_ki = link_choices.person_choices(uow, organisation_id=ki.id)
    everyone = link_choices.person_choices(uow)

    assert [(p.name, p.detail) for p in of_group] == [("Anna", "Sprecherin")]
    assert [p.name for p in of_ki] == ["Bernd"]
    assert [p.name for p in everyone] == ["Anna", "Bernd"]
