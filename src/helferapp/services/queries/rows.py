"""The row types of the GUI's record tables: named tuples of ready-to-show values.

Each ends with ``search``, the folded text the GUI's filter box tests; the first field is
always the id of the record (the AGS for a Gebiet).
"""

from __future__ import annotations

from datetime import date, time
from typing import NamedTuple

from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    KIStatus,
    OrganisationKind,
    Weekday,
)


class GroupRow(NamedTuple):
    id: str
    name: str
    status: GroupStatus
    gemeinden: str
    locality: str
    phone: str
    email: str
    checked_on: date | None
    changed_ms: int
    search: str


class ProgrammeRow(NamedTuple):
    id: str
    title: str
    provider: str
    fields: tuple[FieldOfAction, ...]
    gemeinde: str
    weekday: Weekday | None
    start_time: time | None
    end_time: time | None
    schedule_text: str
    changed_ms: int
    search: str


class OrganisationRow(NamedTuple):
    id: str
    name: str
    kind: OrganisationKind
    city: str
    gemeinde: str
    phone: str
    email: str
    changed_ms: int
    search: str


class PersonRow(NamedTuple):
    id: str
    name: str
    role: str
    belongs_to: str
    phone: str
    email: str
    consent_given_on: date | None
    consent_internal: bool
    consent_share: bool
    consent_print: bool
    consent_withdrawn_on: date | None
    changed_ms: int
    search: str


class ContactRow(NamedTuple):
    id: str
    contact_date: date | None
    organisation: str
    group: str
    channel: ContactChannel
    subject: str
    follow_up_on: date | None
    done: bool
    changed_ms: int
    search: str


class RegionTableRow(NamedTuple):
    """A Kreis or Gemeinde with its status; ``id`` is the AGS."""

    id: str
    name: str
    kind: str
    kreis: str
    population: int
    concept_status: ConceptStatus | None
    ki_status: KIStatus | None
    groups: int
    programmes: int
    search: str
