"""DSGVO Auskunft and Löschen: everything shown, everything wiped, the wipe travels."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from helferapp.domain.errors import NotFoundError
from helferapp.domain.records import ContactData, HelperGroupData, OrganisationData, PersonData
from helferapp.services import exchange, records
from helferapp.services.duplicates import merge_records
from helferapp.services.entities import CONTACTS, GROUPS, ORGANISATIONS, PERSONS
from helferapp.services.privacy import disclosure, disclosure_json, erase_person
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database, open_database
from helferapp.store.models import ImportJournalEntry, Person


def _people(uow: UnitOfWork) -> tuple[str, str, str]:
    group = records.create(uow, GROUPS, HelperGroupData(name="HK Olching")).id
    org = records.create(uow, ORGANISATIONS, OrganisationData(name="KI Fürstenfeldbruck")).id
    data = PersonData(
        name="Hans Müller",
        group_id=group,
        phone="08141 123456",
        email="hans@example.org",
        consent_given_on=date(2024, 1, 5),
        consent_internal=True,
        consent_share=True,
    )
    person = records.create(uow, PERSONS, data).id
    twin = records.create(
        uow, PERSONS, PersonData(name="H. Mueller", group_id=group, phone="0171 2345678")
    ).id
    records.create(
        uow,
        CONTACTS,
        ContactData(
            contact_date=date(2024, 2, 1), organisation_id=org, person_id=twin, subject="Sprachkurs"
        ),
    )
    return group, person, twin


def test_auskunft_lists_everything(uow: UnitOfWork) -> None:
    _group, person, twin = _people(uow)
    merge_records(uow, "person", person, twin)
    result = disclosure(uow, person)
    details = dict(result.details)
    assert details["Name"] == "Hans Müller"
    assert details["Telefon"] == "+49 8141 123456"
    assert details["gehört zu"] == "HK Olching"
    assert details["Einwilligung vom"] == "05.01.2024"
    assert result.contacts == [("01.02.2024", "KI Fürstenfeldbruck", "Sprachkurs", "")]
    assert result.duplicates == [(twin, "H. Mueller")]
    parsed = json.loads(disclosure_json(result))
    assert parsed["name"] == "Hans Müller" and parsed["kontakte"][0]["thema"] == "Sprachkurs"


def test_loeschen_wipes_person_duplicates_and_journal(uow: UnitOfWork) -> None:
    _group, person, twin = _people(uow)
    merge_records(uow, "person", person, twin)
    with uow:
        uow.session.add(
            ImportJournalEntry(
                import_id="x", imported_at=disclosure(uow, person).created_at, table_name="person",
                record_id=person, field="phone", old_value='"+49 89 1"', new_value='"+49 89 2"',
            )
        )  # fmt: skip
        uow.commit()
    assert disclosure(uow, person).journal
    result = erase_person(uow, person)
    assert (result.persons, result.journal_entries) == (2, 1)
    with uow:
        for ident in (person, twin):
            stored = uow.session.get(Person, ident)
            assert stored is not None and stored.purged and stored.deleted
            assert (stored.name, stored.phone, stored.email, stored.notes) == ("", "", "", "")
            assert stored.consent_given_on is None and "name" in stored.field_stamps()
        assert uow.session.scalar(select(func.count()).select_from(ImportJournalEntry)) == 0
    with pytest.raises(NotFoundError):
        disclosure(uow, person)


def _replica(template: Path, path: Path) -> Database:
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'installation_id'", (uuid.uuid4().hex,)
        )
    return open_database(path)


def test_loeschen_travels_in_a_shared_export(template_db_path: Path, tmp_path: Path) -> None:
    a = _replica(template_db_path, tmp_path / "a.sqlite3")
    b = _replica(template_db_path, tmp_path / "b.sqlite3")
    try:
        ua, ub = UnitOfWork(a), UnitOfWork(b)
        _group, person, _twin = _people(ua)
        exchange.export_file(a, tmp_path / "1.helferapp")
        exchange.import_file(b, tmp_path / "1.helferapp")
        assert records.get(ub, PERSONS, person).data.name == "Hans Müller"
        erase_person(ua, person)
        exchange.export_file(a, tmp_path / "2.helferapp")  # shared: no consent any more
        exchange.import_file(b, tmp_path / "2.helferapp")
        with ub:
            stored = ub.session.get(Person, person)
            assert stored is not None and stored.purged and stored.name == "" and stored.phone == ""
    finally:
        a.dispose()
        b.dispose()


def test_auskunft_as_pdf(uow: UnitOfWork, tmp_path: Path) -> None:
    from helferapp.reports import privacy_report

    _group, person, twin = _people(uow)
    merge_records(uow, "person", person, twin)
    target = tmp_path / "auskunft.pdf"
    pages = privacy_report.build(target, disclosure(uow, person))
    assert pages >= 1 and target.read_bytes().startswith(b"%PDF")
