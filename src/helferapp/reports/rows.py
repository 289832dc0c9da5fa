"""The plain data each report is made from, filled by ``services.report_data``.

Reports never query: a service gathers these rows (and applies the consent rules while
doing so), the report only lays them out. That keeps ``reports/`` free of SQL and Qt,
lets tests feed a report hand-made rows (a 2,500-row overview, a name with markup), and
lets the GUI gather in a worker thread what the report then writes.

This module holds data classes only (standard library and domain enums), so the service
layer can import it like a part of the domain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from helferapp.domain.enums import ContactChannel, FieldOfAction, Weekday


@dataclass(frozen=True)
class PersonEntry:
    """An Ansprechperson as printed or put into a vCard (consent already checked)."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class SheetEntry:
    """A Helferkreis or a Stelle on the Kontaktblatt, with its Ansprechpersonen."""

    kind: str
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    persons: tuple[PersonEntry, ...] = ()


@dataclass(frozen=True)
class ContactSheet:
    """Kontaktblatt for a group, a Gemeinde or a Landkreis."""

    scope: str
    entries: list[SheetEntry]
    left_out: int = 0


@dataclass(frozen=True)
class ProgrammeEntry:
    """One Angebot as the overview shows it."""

    title: str
    provider: str = ""
    fields: tuple[FieldOfAction, ...] = ()
    target_group: str = ""
    weekday: Weekday | None = None
    start_time: time | None = None
    end_time: time | None = None
    schedule_text: str = ""
    location: str = ""
    gemeinde: str = ""
    languages: tuple[str, ...] = ()
    registration_required: bool = False
    childcare: bool = False
    cost: str = ""
    accessible: bool = False

    @property
    def when(self) -> str:
        """ "Montag 18:00–19:30, 14-täglich" – day, time and free text."""
        span = ""
        if self.start_time:
            span = self.start_time.strftime("%H:%M")
            if self.end_time:
                span += "–" + self.end_time.strftime("%H:%M")
        day = self.weekday.label if self.weekday else ""
        head = " ".join(part for part in (day, span) if part)
        return ", ".join(part for part in (head, self.schedule_text) if part)

    @property
    def place(self) -> str:
        """Location and Gemeinde, without saying the Gemeinde twice."""
        if self.gemeinde and self.gemeinde not in self.location:
            return ", ".join(part for part in (self.location, self.gemeinde) if part)
        return self.location


@dataclass(frozen=True)
class ProgrammeOverview:
    """Angebote of a Gemeinde, a Landkreis, a group, or of all Bavaria."""

    scope: str
    programmes: list[ProgrammeEntry]


@dataclass(frozen=True)
class ContactEntry:
    """One Kontakt (or open Wiedervorlage) in a profile or a Kontaktprotokoll."""

    contact_date: date | None
    subject: str
    partner: str = ""
    channel: ContactChannel | None = None
    person: str = ""
    result: str = ""
    follow_up_on: date | None = None
    done: bool = False


@dataclass(frozen=True)
class PartnerEntry:
    """A Bündnispartner of a group: the Stelle, its kind, the kind of partnership."""

    name: str
    kind: str
    partnership: str


@dataclass(frozen=True)
class GroupProfile:
    """Everything the Helferkreis-Profil shows about one group."""

    name: str
    details: list[tuple[str, str]]
    working_groups: tuple[str, ...] = ()
    programmes: list[ProgrammeEntry] = field(default_factory=list)
    persons: list[PersonEntry] = field(default_factory=list)
    partners: list[PartnerEntry] = field(default_factory=list)
    ki_contacts: list[ContactEntry] = field(default_factory=list)
    follow_ups: list[ContactEntry] = field(default_factory=list)
    left_out: int = 0


@dataclass(frozen=True)
class ContactLog:
    """Kontaktprotokoll: contacts with one Stelle in a date range."""

    organisation: str
    kind: str
    date_from: date | None
    date_to: date | None
    contacts: list[ContactEntry]


@dataclass(frozen=True)
class CalendarEntry:
    """An open Wiedervorlage for the calendar file."""

    contact_id: str
    follow_up_on: date
    subject: str
    partner: str = ""
    contact_date: date | None = None
    result: str = ""
