"""DSGVO requests for one person: Auskunft (Art. 15) and Löschen (Art. 17).

Auskunft gathers everything this installation stores about a person: the record with
its consent, the group or Stelle it belongs to, the contacts logged with the person,
duplicates that were merged into it, and values an import overwrote (the import journal
keeps old phone numbers and names). It is returned as plain data, written as JSON here
and as a PDF by ``reports.privacy_report``.

Löschen wipes the person's values everywhere — the record, its merged duplicates and the
journal — and keeps the tombstone (``deleted`` and ``purged``, stamped), so the deletion
travels with the next export and every installation that had the person wipes it too.
Backups still hold the data until they are replaced (the last ten are kept); the dialog
says so.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import delete, select

from helferapp.domain.labels import field_label
from helferapp.domain.records import PersonData
from helferapp.domain.validation import format_date
from helferapp.services import records
from helferapp.services.entities import PERSONS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Contact, HelperGroup, ImportJournalEntry, Organisation, Person

_SKIP = {"group_id", "organisation_id"}


@dataclass(frozen=True)
class Disclosure:
    """Everything stored about one person, as text ready to show, print or save."""

    person_id: str
    name: str
    created_at: datetime
    details: list[tuple[str, str]]
    contacts: list[tuple[str, str, str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    journal: list[tuple[str, str, str, str]] = field(default_factory=list)
    last_changed: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "art": "Auskunft nach Art. 15 DSGVO",
            "erstellt_am": self.created_at.isoformat(timespec="seconds"),
            "person_id": self.person_id,
            "name": self.name,
            "gespeicherte_angaben": {label: value for label, value in self.details},
            "zuletzt_geaendert": self.last_changed,
            "kontakte": [
                dict(zip(("datum", "mit", "thema", "ergebnis"), row, strict=True))
                for row in self.contacts
            ],
            "zusammengefuehrte_eintraege": [
                dict(zip(("id", "name"), row, strict=True)) for row in self.duplicates
            ],
            "import_protokoll": [
                dict(zip(("importiert_am", "feld", "alter_wert", "neuer_wert"), row, strict=True))
                for row in self.journal
            ],
        }


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    return str(value)


def _name(uow: UnitOfWork, model: type[HelperGroup] | type[Organisation], ident: str | None) -> str:
    if not ident:
        return ""
    found = uow.session.get(model, ident)
    return str(getattr(found, "name", "")) if found is not None else ""


def disclosure(uow: UnitOfWork, person_id: str) -> Disclosure:
    """Collect the Auskunft for ``person_id`` (also for a person in the Papierkorb)."""
    with uow:
        model = records.load(uow, PERSONS, person_id)
        data: PersonData = records.data_from_model(PERSONS, model)
        details = [
            (field_label("person", item.name), _text(getattr(data, item.name)))
            for item in dataclasses.fields(data)
            if item.name not in _SKIP
        ]
        group = _name(uow, HelperGroup, data.group_id)
        organisation = _name(uow, Organisation, data.organisation_id)
        details.insert(2, ("gehört zu", " / ".join(part for part in (group, organisation) if part)))
        details.append(("im Papierkorb", _text(model.deleted)))
        ids = [person_id, *_merged_into(uow, person_id)]
        contacts = [
            (
                format_date(contact.contact_date),
                _name(uow, Organisation, contact.organisation_id)
                or _name(uow, HelperGroup, contact.group_id),
                contact.subject,
                contact.result,
            )
            for contact in uow.session.scalars(
                select(Contact)
                .where(Contact.person_id.in_(ids), Contact.purged.is_(False))
                .order_by(Contact.contact_date)
            )
        ]
        duplicates = [
            (duplicate.id, duplicate.name)
            for duplicate in uow.session.scalars(select(Person).where(Person.id.in_(ids[1:])))
        ]
        journal = [
            (
                entry.imported_at.strftime("%d.%m.%Y %H:%M"),
                field_label("person", entry.field),
                entry.old_value,
                entry.new_value,
            )
            for entry in uow.session.scalars(
                select(ImportJournalEntry)
                .where(ImportJournalEntry.record_id.in_(ids))
                .order_by(ImportJournalEntry.id)
            )
        ]
        changed = model.last_stamp[:15] if model.last_stamp else ""
        last = (
            datetime.fromtimestamp(int(changed) / 1000).strftime("%d.%m.%Y %H:%M")
            if changed
            else ""
        )
        return Disclosure(
            person_id,
            data.name,
            datetime.now().replace(microsecond=0),
            details,
            contacts,
            duplicates,
            journal,
            last,
        )


def disclosure_json(result: Disclosure) -> str:
    """The Auskunft as readable JSON (UTF-8, indented), for handing over as a file."""
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"


def _merged_into(uow: UnitOfWork, person_id: str) -> list[str]:
    """Ids of persons merged (directly or in a chain) into ``person_id``."""
    found: list[str] = []
    frontier = [person_id]
    while frontier:
        statement = select(Person.id).where(Person.merged_into.in_(frontier))
        frontier = [ident for ident in uow.session.scalars(statement) if ident not in found]
        found.extend(frontier)
    return found


@dataclass(frozen=True)
class Erasure:
    """What Löschen did."""

    persons: int
    journal_entries: int


def erase_person(uow: UnitOfWork, person_id: str) -> Erasure:
    """Wipe the person's values everywhere here; the stamped tombstone carries it on."""
    with uow:
        records.load(uow, PERSONS, person_id)  # a clear message if there is none
        ids = [person_id, *_merged_into(uow, person_id)]
        for ident in ids:
            person = uow.session.get(Person, ident)
            if person is None or person.purged:
                continue
            empty = PersonData(group_id=person.group_id, organisation_id=person.organisation_id)
            for item in dataclasses.fields(empty):
                if getattr(person, item.name) != getattr(empty, item.name):
                    setattr(person, item.name, getattr(empty, item.name))
            person.deleted = True
            person.purged = True
        removed = uow.session.execute(
            delete(ImportJournalEntry).where(ImportJournalEntry.record_id.in_(ids))
        )
        uow.commit()
        return Erasure(len(ids), int(getattr(removed, "rowcount", 0) or 0))
