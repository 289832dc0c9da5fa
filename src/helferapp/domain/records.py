"""The editable content of each kind of record.

A ``…Data`` class holds exactly the fields a person can edit (and that travel in
exchange files); its attribute names are the column names in the store. The rules such
a record must satisfy live in ``record_rules``, so that code which only carries records
around (store, sync, reports) does not read the validation with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from helferapp.domain.enums import (
    ConceptStatus,
    ConsentScope,
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    KIStatus,
    LegalForm,
    OrganisationKind,
    PartnershipKind,
    Weekday,
)


@dataclass(frozen=True, kw_only=True)
class HelperGroupData:
    """A Helferkreis."""

    name: str = ""
    legal_form: LegalForm = LegalForm.INFORMAL
    region_ags: tuple[str, ...] = ()
    locality: str = ""
    status: GroupStatus = GroupStatus.ACTIVE
    working_groups: tuple[str, ...] = ()
    website: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    checked_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class ProgrammeData:
    """An Angebot, run by a Helferkreis or an organisation (or both together)."""

    title: str = ""
    group_id: str | None = None
    organisation_id: str | None = None
    fields: tuple[FieldOfAction, ...] = ()
    target_group: str = ""
    languages: tuple[str, ...] = ()
    location: str = ""
    region_ags: str | None = None
    weekday: Weekday | None = None
    start_time: time | None = None
    end_time: time | None = None
    schedule_text: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    registration_required: bool = False
    childcare: bool = False
    cost: str = ""
    accessible: bool = False
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class OrganisationData:
    """A Stelle: a KI, an office, a welfare organisation, a school, …"""

    kind: OrganisationKind = OrganisationKind.OTHER
    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region_ags: str | None = None
    phone: str = ""
    email: str = ""
    website: str = ""
    notes: str = ""


# The fields that make up a person's consent record (edited and shared as one unit).
CONSENT_FIELDS = (
    "consent_given_on",
    "consent_internal",
    "consent_share",
    "consent_print",
    "consent_withdrawn_on",
)


@dataclass(frozen=True, kw_only=True)
class PersonData:
    """An Ansprechperson of a group or an organisation, with a consent record."""

    name: str = ""
    role: str = ""
    group_id: str | None = None
    organisation_id: str | None = None
    phone: str = ""
    email: str = ""
    consent_given_on: date | None = None
    consent_internal: bool = False
    consent_share: bool = False
    consent_print: bool = False
    consent_withdrawn_on: date | None = None
    notes: str = ""

    def consent_allows(self, scope: ConsentScope) -> bool:
        """Tell whether the person's consent (still) covers ``scope``."""
        if self.consent_given_on is None or self.consent_withdrawn_on is not None:
            return False
        return {
            ConsentScope.INTERNAL: self.consent_internal,
            ConsentScope.SHARE: self.consent_share,
            ConsentScope.PRINT: self.consent_print,
        }[scope]

    @property
    def consent_scopes(self) -> tuple[ConsentScope, ...]:
        """The scopes the consent covers today, in a fixed order."""
        return tuple(scope for scope in ConsentScope if self.consent_allows(scope))


@dataclass(frozen=True, kw_only=True)
class ContactData:
    """One entry of the Kontaktprotokoll, with an optional Wiedervorlage."""

    contact_date: date | None = None
    group_id: str | None = None
    organisation_id: str | None = None
    person_id: str | None = None
    channel: ContactChannel = ContactChannel.PHONE
    subject: str = ""
    result: str = ""
    follow_up_on: date | None = None
    done: bool = False


@dataclass(frozen=True, kw_only=True)
class PartnershipData:
    """A Bündnispartner link between a group and an organisation."""

    group_id: str = ""
    organisation_id: str = ""
    kind: PartnershipKind = PartnershipKind.COOPERATION
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class RegionStatusData:
    """Integrationskonzept and KI status of one Kreis or Gemeinde."""

    ags: str = ""
    concept_status: ConceptStatus = ConceptStatus.NONE
    concept_date: date | None = None
    ki_status: KIStatus = KIStatus.NONE
    ki_date: date | None = None
    integration_guide: bool = False
    source: str = ""
    checked_on: date | None = None
    notes: str = ""


RecordData = (
    HelperGroupData
    | ProgrammeData
    | OrganisationData
    | PersonData
    | ContactData
    | PartnershipData
    | RegionStatusData
)
