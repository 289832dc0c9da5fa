"""Table rows, related lists, counts and recent changes for the GUI: plain tuples, right
content, folded search text, deleted records left out."""

from __future__ import annotations

from datetime import date, timedelta

from helferapp.domain.enums import (
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    OrganisationKind,
    PartnershipKind,
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
from helferapp.services import follow_ups, queries, records
from helferapp.services.entities import (
    CONTACTS,
    GROUPS,
    ORGANISATIONS,
    PARTNERSHIPS,
    PERSONS,
    PROGRAMMES,
    REGION_STATUSES,
)
from helferapp.services.unit_of_work import UnitOfWork

DACHAU = "09174115"  # Dachau, Stadt, Landkreis Dachau
KREIS_DACHAU = "09174"


def _world(uow: UnitOfWork) -> dict[str, str]:
    group = records.create(
        uow,
        GROUPS,
        HelperGroupData(name="Helferkreis Dachau-Süd", region_ags=(DACHAU,), phone="08131 12345"),
    ).id
    ki = records.create(
        uow,
        ORGANISATIONS,
        OrganisationData(
            name="KI Landkreis Dachau", kind=OrganisationKind.KI, region_ags=KREIS_DACHAU
        ),
    ).id
    programme = records.create(
        uow,
        PROGRAMMES,
        ProgrammeData(
            title="Sprachcafé",
            group_id=group,
            organisation_id=ki,
            fields=(FieldOfAction.LANGUAGE, FieldOfAction.ENCOUNTER),
            region_ags=DACHAU,
        ),
    ).id
    person = records.create(
        uow, PERSONS, PersonData(name="Jürgen Müller", role="Koordinator", group_id=group)
    ).id
    contact = records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=date(2025, 3, 1),
            group_id=group,
            organisation_id=ki,
            channel=ContactChannel.MEETING,
            subject="Räume für den Deutschkurs",
        ),
    ).id
    partnership = records.create(
        uow, PARTNERSHIPS, PartnershipData(group_id=group, organisation_id=ki)
    ).id
    return {
        "group": group,
        "ki": ki,
        "programme": programme,
        "person": person,
        "contact": contact,
        "partnership": partnership,
    }


def test_rows_carry_names_of_linked_records_and_folded_search_text(uow: UnitOfWork) -> None:
    ids = _world(uow)
    (group,) = queries.group_rows(uow)
    assert (group.id, group.name, group.status, group.gemeinden) == (
        ids["group"],
        "Helferkreis Dachau-Süd",
        GroupStatus.ACTIVE,
        "Dachau",
    )
    assert group.changed_ms > 0
    (programme,) = queries.programme_rows(uow)
    assert programme.provider == "Helferkreis Dachau-Süd / KI Landkreis Dachau"
    assert programme.fields == (FieldOfAction.LANGUAGE, FieldOfAction.ENCOUNTER)
    assert programme.gemeinde == "Dachau"
    assert "sprachcafe" in programme.search and "begegnung" in programme.search
    assert "dachau sud" in programme.search  # the provider's name, folded
    (person,) = queries.person_rows(uow)
    assert person.belongs_to == "Helferkreis Dachau-Süd" and "muller" in person.search
    (contact,) = queries.contact_rows(uow)
    assert (
        contact.channel is ContactChannel.MEETING and contact.organisation == "KI Landkreis Dachau"
    )
    (organisation,) = queries.organisation_rows(uow)
    assert organisation.kind is OrganisationKind.KI and organisation.gemeinde == "Dachau"


def test_rows_of_some_ids_and_no_deleted_ones(uow: UnitOfWork) -> None:
    ids = _world(uow)
    other = records.create(uow, GROUPS, HelperGroupData(name="Zweiter Kreis")).id
    assert [row.id for row in queries.group_rows(uow, [other])] == [other]
    records.delete(uow, GROUPS, other)
    assert [row.id for row in queries.group_rows(uow)] == [ids["group"]]
    assert queries.group_rows(uow, [other]) == []


def test_region_rows_list_kreise_and_gemeinden_once_with_counts_and_status(
    uow: UnitOfWork,
) -> None:
    _world(uow)
    records.create(uow, REGION_STATUSES, RegionStatusData(ags=KREIS_DACHAU))
    rows = {row.id: row for row in queries.region_rows(uow)}
    assert len(rows) == 96 + 2056 - 25  # a kreisfreie Stadt once, as its Kreis
    assert "09162000" not in rows and rows["09162"].kind == "kreisfreie Stadt"
    dachau, kreis = rows[DACHAU], rows[KREIS_DACHAU]
    assert dachau.kreis == "Landkreis Dachau" and kreis.kreis == "Regierungsbezirk Oberbayern"
    assert (dachau.groups, dachau.programmes) == (1, 1)
    assert (kreis.groups, kreis.programmes) == (1, 1)  # summed over its Gemeinden
    assert kreis.concept_status is not None and dachau.concept_status is None


def test_group_relations(uow: UnitOfWork) -> None:
    ids = _world(uow)
    relations = queries.group_relations(uow, ids["group"])
    assert [(i.kind_code, i.id) for i in relations.programmes] == [("programme", ids["programme"])]
    assert [i.title for i in relations.persons] == ["Jürgen Müller (Koordinator)"]
    (partner,) = relations.partners
    assert (partner.kind_code, partner.id, partner.link_id) == (
        "organisation",
        ids["ki"],
        ids["partnership"],
    )
    assert partner.tag is PartnershipKind.COOPERATION
    (contact,) = relations.contacts
    assert contact.title == "Räume für den Deutschkurs – KI Landkreis Dachau"
    assert contact.when == date(2025, 3, 1)


def test_organisation_relations_name_every_kind_of_link(uow: UnitOfWork) -> None:
    ids = _world(uow)
    relations = queries.organisation_relations(uow, ids["ki"])
    (group,) = relations.groups
    assert group.id == ids["group"] and group.link_id == ids["partnership"]
    assert group.tag == queries.GroupLink(PartnershipKind.COOPERATION, 1, 1)
    assert [i.id for i in relations.contacts] == [ids["contact"]]
    assert [i.id for i in relations.programmes] == [ids["programme"]]
    assert relations.persons == []


def test_region_relations(uow: UnitOfWork) -> None:
    ids = _world(uow)
    for ags in (DACHAU, KREIS_DACHAU):
        relations = queries.region_relations(uow, ags)
        assert [i.id for i in relations.groups] == [ids["group"]]
    assert [i.id for i in queries.region_relations(uow, KREIS_DACHAU).organisations] == [ids["ki"]]


def test_counts_recent_changes_and_emptiness(uow: UnitOfWork) -> None:
    assert queries.is_empty(uow)
    ids = _world(uow)
    assert not queries.is_empty(uow)
    counts = queries.counts(uow)
    assert counts["group"] == 1 and counts["partnership"] == 1 and counts["region_status"] == 0
    records.delete(uow, PERSONS, ids["person"])
    assert queries.counts(uow)["person"] == 0
    recent = queries.recent_changes(uow, limit=4)
    assert len(recent) == 4
    assert ids["person"] not in {row.id for row in recent}
    assert [row.changed_ms for row in recent] == sorted(
        (row.changed_ms for row in recent), reverse=True
    )
    assert recent[0].kind_code == "partnership"
    assert recent[0].title == "Helferkreis Dachau-Süd – KI Landkreis Dachau"


def test_due_follow_ups_match_the_service_and_are_limited(uow: UnitOfWork) -> None:
    ids = _world(uow)
    today = date(2025, 6, 1)
    for days in (-5, -1, 3, 30):
        data = ContactData(
            contact_date=date(2025, 1, 1),
            organisation_id=ids["ki"],
            subject=f"Wiedervorlage {days}",
            follow_up_on=today + timedelta(days=days),
        )
        records.create(uow, CONTACTS, data)
    due = queries.due_follow_ups(uow, today, 14)
    assert due.rows == follow_ups.due_follow_ups(uow, today, 14)
    assert due.total == 3 and [row.overdue for row in due.rows] == [True, True, False]
    limited = queries.due_follow_ups(uow, today, 14, limit=1)
    assert limited.total == 3 and [row.subject for row in limited.rows] == ["Wiedervorlage -5"]
    # With a limit the names are read by id: the same names as without.
    assert limited.rows == due.rows[:1] and limited.rows[0].organisation_name
