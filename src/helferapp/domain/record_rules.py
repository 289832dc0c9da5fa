"""The rules each kind of record must satisfy before it is stored.

``validate_…`` returns a cleaned copy of a ``…Data`` record (see ``records``) or raises
``ValidationError`` listing every problem at once, so a form can mark all wrong fields
in one go. The rules for single values (e-mail, phone, dates) are in ``validation``;
whether a Gebiet exists is asked through ``RegionLookup``, which the services answer
from the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Protocol

from helferapp.domain.enums import ConceptStatus, KIStatus, RegionLevel
from helferapp.domain.errors import FieldError, ValidationError
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.domain.validation import (
    check_date_order,
    clean_email,
    clean_phone,
    clean_text,
    clean_url,
)


class RegionLookup(Protocol):
    """What validation needs to know about Gebiete: does an AGS exist at a level."""

    def region_level(self, ags: str) -> RegionLevel | None:
        """Return the level of the Gebiet with ``ags``, or None if there is none."""


class _Collector:
    """Gathers field errors so that a form can show all of them at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field, message))

    def clean(self, field: str, value: str, cleaner: Callable[[str], str]) -> str:
        try:
            return cleaner(value)
        except ValueError as error:
            self.add(field, str(error))
            return value

    def check(self, field: str, check: Callable[[], None]) -> None:
        try:
            check()
        except ValueError as error:
            self.add(field, str(error))

    def require(self, field: str, value: str, message: str) -> None:
        if not value:
            self.add(field, message)

    def region(
        self,
        field: str,
        ags: str | None,
        regions: RegionLookup,
        levels: Iterable[RegionLevel],
        what: str,
    ) -> None:
        if not ags:
            return
        level = regions.region_level(ags)
        if level is None:
            self.add(field, f"Es gibt keinen bayerischen Gebietsschlüssel (AGS) „{ags}“.")
        elif level not in tuple(levels):
            self.add(field, f"„{ags}“ ist kein(e) {what}, sondern ein(e) {level.value}.")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def _clean_list(values: Iterable[str]) -> tuple[str, ...]:
    """Trim entries, drop empty ones and duplicates, keep the order the user chose."""
    seen: dict[str, None] = {}
    for value in values:
        cleaned = clean_text(value)
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def validate_group(data: HelperGroupData, regions: RegionLookup) -> HelperGroupData:
    """Check and clean a Helferkreis."""
    errors = _Collector()
    name = clean_text(data.name)
    errors.require("name", name, "Bitte einen Namen für den Helferkreis eingeben.")
    region_ags = _clean_list(data.region_ags)
    for ags in region_ags:
        errors.region("region_ags", ags, regions, [RegionLevel.MUNICIPALITY], "Gemeinde")
    cleaned = replace(
        data,
        name=name,
        region_ags=region_ags,
        locality=clean_text(data.locality),
        working_groups=_clean_list(data.working_groups),
        website=errors.clean("website", data.website, clean_url),
        email=errors.clean("email", data.email, clean_email),
        phone=errors.clean("phone", data.phone, clean_phone),
        notes=data.notes.strip(),
    )
    errors.raise_if_any()
    return cleaned


def validate_programme(data: ProgrammeData, regions: RegionLookup) -> ProgrammeData:
    """Check and clean an Angebot."""
    errors = _Collector()
    title = clean_text(data.title)
    errors.require("title", title, "Bitte einen Titel für das Angebot eingeben.")
    if not data.group_id and not data.organisation_id:
        errors.add(
            "group_id",
            "Bitte angeben, wer das Angebot macht: einen Helferkreis oder eine Stelle.",
        )
    if not data.fields:
        errors.add("fields", "Bitte mindestens ein Handlungsfeld auswählen.")
    errors.region("region_ags", data.region_ags, regions, [RegionLevel.MUNICIPALITY], "Gemeinde")
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        errors.add("end_time", "Die Endzeit muss nach der Anfangszeit liegen.")
    errors.check("ends_on", lambda: check_date_order(data.starts_on, data.ends_on, "Zeitraum"))
    cleaned = replace(
        data,
        title=title,
        fields=tuple(dict.fromkeys(data.fields)),
        target_group=clean_text(data.target_group),
        languages=_clean_list(data.languages),
        location=clean_text(data.location),
        region_ags=data.region_ags or None,
        schedule_text=clean_text(data.schedule_text),
        cost=clean_text(data.cost),
        notes=data.notes.strip(),
    )
    errors.raise_if_any()
    return cleaned


def validate_organisation(data: OrganisationData, regions: RegionLookup) -> OrganisationData:
    """Check and clean a Stelle / Organisation."""
    errors = _Collector()
    name = clean_text(data.name)
    errors.require("name", name, "Bitte einen Namen für die Stelle eingeben.")
    postal_code = data.postal_code.strip()
    if postal_code and not (postal_code.isdigit() and len(postal_code) == 5):
        errors.add("postal_code", f"„{postal_code}“ ist keine Postleitzahl (fünf Ziffern).")
    errors.region(
        "region_ags",
        data.region_ags,
        regions,
        [RegionLevel.MUNICIPALITY, RegionLevel.DISTRICT],
        "Gemeinde oder Kreis",
    )
    cleaned = replace(
        data,
        name=name,
        street=clean_text(data.street),
        postal_code=postal_code,
        city=clean_text(data.city),
        region_ags=data.region_ags or None,
        phone=errors.clean("phone", data.phone, clean_phone),
        email=errors.clean("email", data.email, clean_email),
        website=errors.clean("website", data.website, clean_url),
        notes=data.notes.strip(),
    )
    errors.raise_if_any()
    return cleaned


def validate_person(data: PersonData) -> PersonData:
    """Check and clean an Ansprechperson and the consent record."""
    errors = _Collector()
    name = clean_text(data.name)
    errors.require("name", name, "Bitte den Namen der Person eingeben.")
    if not data.group_id and not data.organisation_id:
        errors.add(
            "group_id",
            "Bitte angeben, zu welchem Helferkreis oder zu welcher Stelle die Person gehört.",
        )
    any_scope = data.consent_internal or data.consent_share or data.consent_print
    if any_scope and data.consent_given_on is None:
        errors.add(
            "consent_given_on",
            "Bitte das Datum der Einwilligung eingeben (wann hat die Person zugestimmt?).",
        )
    if data.consent_withdrawn_on and data.consent_given_on is None:
        errors.add("consent_withdrawn_on", "Ein Widerruf braucht eine vorherige Einwilligung.")
    errors.check(
        "consent_withdrawn_on",
        lambda: check_date_order(
            data.consent_given_on, data.consent_withdrawn_on, "Einwilligung und Widerruf"
        ),
    )
    cleaned = replace(
        data,
        name=name,
        role=clean_text(data.role),
        phone=errors.clean("phone", data.phone, clean_phone),
        email=errors.clean("email", data.email, clean_email),
        notes=data.notes.strip(),
    )
    errors.raise_if_any()
    return cleaned


def validate_contact(data: ContactData) -> ContactData:
    """Check and clean a Kontaktprotokoll entry."""
    errors = _Collector()
    if data.contact_date is None:
        errors.add("contact_date", "Bitte das Datum des Kontakts eingeben.")
    if not data.group_id and not data.organisation_id:
        errors.add(
            "organisation_id",
            "Bitte angeben, mit welcher Stelle oder welchem Helferkreis der Kontakt war.",
        )
    subject = clean_text(data.subject)
    errors.require("subject", subject, "Bitte kurz das Thema des Kontakts eingeben.")
    if data.contact_date and data.follow_up_on and data.follow_up_on < data.contact_date:
        errors.add(
            "follow_up_on", "Die Wiedervorlage kann nicht vor dem Datum des Kontakts liegen."
        )
    cleaned = replace(data, subject=subject, result=data.result.strip())
    errors.raise_if_any()
    return cleaned


def validate_partnership(data: PartnershipData) -> PartnershipData:
    """Check a Bündnispartner link."""
    errors = _Collector()
    errors.require("group_id", data.group_id, "Bitte einen Helferkreis auswählen.")
    errors.require("organisation_id", data.organisation_id, "Bitte eine Stelle auswählen.")
    errors.raise_if_any()
    return replace(data, notes=data.notes.strip())


def validate_region_status(data: RegionStatusData, regions: RegionLookup) -> RegionStatusData:
    """Check the Integrationskonzept/KI status of a Gebiet."""
    errors = _Collector()
    errors.require("ags", data.ags, "Bitte ein Gebiet auswählen.")
    errors.region(
        "ags",
        data.ags,
        regions,
        [RegionLevel.DISTRICT, RegionLevel.MUNICIPALITY],
        "Kreis oder Gemeinde",
    )
    if data.concept_status is ConceptStatus.NONE and data.concept_date is not None:
        errors.add("concept_date", "Ohne Integrationskonzept gibt es kein Datum dazu.")
    if data.ki_status is KIStatus.NONE and data.ki_date is not None:
        errors.add("ki_date", "Ohne Kommunales Integrationszentrum gibt es kein Datum dazu.")
    cleaned = replace(data, source=clean_text(data.source), notes=data.notes.strip())
    errors.raise_if_any()
    return cleaned
