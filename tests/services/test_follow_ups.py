"""Wiedervorlagen: due ones listed with their partner, overdue flagged, done ones gone."""

from __future__ import annotations

from datetime import date, timedelta

from helferapp.domain.enums import OrganisationKind
from helferapp.domain.records import ContactData, HelperGroupData, OrganisationData
from helferapp.services import follow_ups, records
from helferapp.services.entities import CONTACTS, GROUPS, ORGANISATIONS
from helferapp.services.unit_of_work import UnitOfWork

TODAY = date(2026, 11, 25)


def log(uow: UnitOfWork, subject: str, follow_up_on: date | None, **links: str) -> str:
    contact = records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=TODAY - timedelta(days=30),
            subject=subject,
            follow_up_on=follow_up_on,
            **links,
        ),
    )
    return contact.id


def test_due_follow_ups_are_sorted_flagged_and_named(uow: UnitOfWork) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Süd"))
    ki = records.create(
        uow,
        ORGANISATIONS,
        OrganisationData(kind=OrganisationKind.KI, name="KI Landkreis Fürstenfeldbruck"),
    )
    log(uow, "Später", TODAY + timedelta(days=10), organisation_id=ki.id)
    log(uow, "Überfällig", TODAY - timedelta(days=2), organisation_id=ki.id, group_id=group.id)
    log(uow, "Heute", TODAY, group_id=group.id)
    log(uow, "Zu weit weg", TODAY + timedelta(days=40), group_id=group.id)
    log(uow, "Ohne Wiedervorlage", None, group_id=group.id)

    rows = follow_ups.due_follow_ups(uow, TODAY, within_days=14)

    assert [row.subject for row in rows] == ["Überfällig", "Heute", "Später"]
    assert [row.overdue for row in rows] == [True, False, False]
    assert rows[0].partner == "KI Landkreis Fürstenfeldbruck / Helferkreis Süd"


def test_marking_done_or_deleting_removes_a_follow_up(uow: UnitOfWork) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="Helferkreis Nord"))
    done = log(uow, "Erledigt", TODAY, group_id=group.id)
    deleted = log(uow, "Gelöscht", TODAY, group_id=group.id)
    log(uow, "Offen", TODAY, group_id=group.id)

    follow_ups.mark_done(uow, done)
    records.delete(uow, CONTACTS, deleted)

    assert [row.subject for row in follow_ups.due_follow_ups(uow, TODAY)] == ["Offen"]
    assert records.get(uow, CONTACTS, done).data.done is True
