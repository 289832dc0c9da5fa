"""The rows behind every report and export, gathered from the database in one place.

Consent is applied *here*, not in the reports: a Kontaktblatt, a profile or a
Kontaktprotokoll gets only persons who agreed to be printed (``ConsentScope.PRINT``);
vCards and table exports get only persons who agreed to be passed on (``SHARE``) unless
the user deliberately chose internal use (then ``INTERNAL`` suffices). Persons without a
valid consent never leave. A report cannot forget the rule, because it never sees them.

The Kontaktblatt's rows are gathered in ``services.contact_sheet_data`` with the
helpers here. ``services.report_kinds`` puts these together with the PDF reports for
the CLI and GUI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from helferapp.domain.enums import ConsentScope, FieldOfAction, OrganisationKind, RegionLevel
from helferapp.domain.errors import UserError
from helferapp.domain.records import PersonData
from helferapp.domain.text_folding import sort_key
from helferapp.domain.validation import display_phone, format_date
from helferapp.reports.rows import (
    ContactEntry,
    ContactLog,
    GroupProfile,
    PartnerEntry,
    PersonEntry,
    ProgrammeEntry,
    ProgrammeOverview,
)
from helferapp.services import records, regions
from helferapp.services.entities import GROUPS, ORGANISATIONS
from helferapp.services.queries.reading import live, names
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Partnership,
    Person,
    Programme,
)


@dataclass(frozen=True)
class ReportScope:
    """What a report covers: one group, Gemeinde, Landkreis or Stelle (none: all Bavaria)."""

    group_id: str | None = None
    gemeinde_ags: str | None = None
    landkreis_ags: str | None = None
    organisation_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None


def _consent(row: Any) -> PersonData:
    return PersonData(
        consent_given_on=row.consent_given_on,
        consent_internal=row.consent_internal,
        consent_share=row.consent_share,
        consent_print=row.consent_print,
        consent_withdrawn_on=row.consent_withdrawn_on,
    )


def may_print(row: Any) -> bool:
    """Whether a person (any row with the consent columns) may appear on paper."""
    return _consent(row).consent_allows(ConsentScope.PRINT)


def may_share(row: Any, internal: bool = False) -> bool:
    """Whether a person may leave in a file for others (or, ``internal``, for own use)."""
    consent = _consent(row)
    return consent.consent_allows(ConsentScope.SHARE) or (
        internal and consent.consent_allows(ConsentScope.INTERNAL)
    )


def _region(uow: UnitOfWork, ags: str, level: RegionLevel, what: str) -> regions.RegionRow:
    row = regions.get_region(uow, ags)
    if row.level is not level:
        raise UserError(f"„{ags}“ ist {what}, sondern: {row.kind} {row.name}.")
    return row


def scope_label(uow: UnitOfWork, scope: ReportScope) -> str:
    """How the report's subtitle names its scope, e.g. "Landkreis Fürstenfeldbruck"."""
    if scope.group_id:
        return records.get(uow, GROUPS, scope.group_id).data.name
    if scope.gemeinde_ags:
        row = _region(uow, scope.gemeinde_ags, RegionLevel.MUNICIPALITY, "keine Gemeinde")
        return f"{row.kind} {row.name}" if row.kind == "kreisfreie Stadt" else row.display
    if scope.landkreis_ags:
        row = _region(uow, scope.landkreis_ags, RegionLevel.DISTRICT, "kein Landkreis")
        return f"{row.kind} {row.name}"
    return "Bayern"


def in_region(ags: str | None, scope: ReportScope) -> bool:
    if not ags:
        return False
    if scope.gemeinde_ags:
        return ags == scope.gemeinde_ags
    return scope.landkreis_ags is not None and ags.startswith(scope.landkreis_ags)


def person_columns() -> Sequence[Any]:
    p = Person
    return (
        p.id,
        p.name,
        p.role,
        p.phone,
        p.email,
        p.group_id,
        p.organisation_id,
        p.consent_given_on,
        p.consent_internal,
        p.consent_share,
        p.consent_print,
        p.consent_withdrawn_on,
    )


def printable_persons(
    uow: UnitOfWork, column: Any, ids: Sequence[str], owners: dict[str, str]
) -> tuple[dict[str, list[PersonEntry]], int]:
    """Persons of the given groups/Stellen who may be printed, per owner; and the rest's count."""
    found: dict[str, list[PersonEntry]] = {}
    left_out = 0
    statement = select(*person_columns()).where(column.in_(list(ids)), *live(Person))
    for row in uow.session.execute(statement):
        if not may_print(row):
            left_out += 1
            continue
        owner = row.group_id if column is Person.group_id else row.organisation_id
        found.setdefault(owner, []).append(
            PersonEntry(row.name, row.role, row.phone, row.email, owners.get(owner, ""))
        )
    for people in found.values():
        people.sort(key=lambda person: sort_key(person.name))
    return found, left_out


def live_organisations(uow: UnitOfWork) -> list[Organisation]:
    return list(uow.session.scalars(select(Organisation).where(*live(Organisation))))


def programme_entries(uow: UnitOfWork, scope: ReportScope) -> list[ProgrammeEntry]:
    """The Angebote of the scope as report rows (one column select, no ORM objects)."""
    p = Programme
    statement = select(
        p.title,
        p.group_id,
        p.organisation_id,
        p.fields,
        p.target_group,
        p.weekday,
        p.start_time,
        p.end_time,
        p.schedule_text,
        p.location,
        p.region_ags,
        p.languages,
        p.registration_required,
        p.childcare,
        p.cost,
        p.accessible,
    ).where(*live(p))
    if scope.group_id:
        statement = statement.where(p.group_id == scope.group_id)
    elif scope.gemeinde_ags:
        statement = statement.where(p.region_ags == scope.gemeinde_ags)
    elif scope.landkreis_ags:
        statement = statement.where(p.region_ags.like(f"{scope.landkreis_ags}%"))
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        gemeinden = {row.ags: row.name for row in regions.list_municipalities(uow)}
        fields = {field.value: field for field in FieldOfAction}
        return [
            ProgrammeEntry(
                title=row.title,
                provider=" / ".join(
                    n
                    for n in (
                        groups.get(row.group_id, ""),
                        organisations.get(row.organisation_id, ""),
                    )
                    if n
                ),
                fields=tuple(fields[code] for code in row.fields or () if code in fields),
                target_group=row.target_group,
                weekday=row.weekday,
                start_time=row.start_time,
                end_time=row.end_time,
                schedule_text=row.schedule_text,
                location=row.location,
                gemeinde=gemeinden.get(row.region_ags, "") if row.region_ags else "",
                languages=tuple(row.languages or ()),
                registration_required=row.registration_required,
                childcare=row.childcare,
                cost=row.cost,
                accessible=row.accessible,
            )
            for row in uow.session.execute(statement)
        ]


def programme_overview(uow: UnitOfWork, scope: ReportScope) -> ProgrammeOverview:
    """Angebotsübersicht (and Aushang) data for the scope."""
    return ProgrammeOverview(scope_label(uow, scope), programme_entries(uow, scope))


def _contact_entries(
    uow: UnitOfWork, *conditions: Any, partner_of: str = "organisation"
) -> list[ContactEntry]:
    """Contacts as report rows; ``partner`` names the Stelle (or, ``"group"``, the group)."""
    c = Contact
    statement = (
        select(
            c.contact_date,
            c.subject,
            c.group_id,
            c.organisation_id,
            c.channel,
            c.person_id,
            c.result,
            c.follow_up_on,
            c.done,
        )
        .where(*live(c), *conditions)
        .order_by(c.contact_date, c.id)
    )
    groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
    printable = {
        row.id: row.name
        for row in uow.session.execute(select(*person_columns()).where(*live(Person)))
        if may_print(row)
    }
    return [
        ContactEntry(
            contact_date=row.contact_date,
            subject=row.subject,
            partner=(
                groups.get(row.group_id, "")
                if partner_of == "group"
                else organisations.get(row.organisation_id, "") or groups.get(row.group_id, "")
            ),
            channel=row.channel,
            person=printable.get(row.person_id, "") if row.person_id else "",
            result=row.result,
            follow_up_on=row.follow_up_on,
            done=row.done,
        )
        for row in uow.session.execute(statement)
    ]


def group_profile(uow: UnitOfWork, group_id: str, today: date | None = None) -> GroupProfile:
    """Everything the Helferkreis-Profil shows (persons: only with print consent)."""
    today = today or date.today()
    with uow:
        group = records.get(uow, GROUPS, group_id).data
        gemeinden = {row.ags: row.name for row in regions.list_municipalities(uow)}
        details = [
            ("Rechtsform", group.legal_form.label),
            ("Status", group.status.label),
            ("Gemeinden", ", ".join(gemeinden.get(a, a) for a in group.region_ags)),
            ("Ortsteil", group.locality),
            ("Telefon", display_phone(group.phone)),
            ("E-Mail", group.email),
            ("Internetseite", group.website),
            ("Angaben geprüft am", format_date(group.checked_on)),
        ]
        programmes = programme_entries(uow, ReportScope(group_id=group_id))
        programmes.sort(key=lambda entry: sort_key(entry.title))
        people, left_out = printable_persons(
            uow, Person.group_id, [group_id], {group_id: group.name}
        )
        organisations = {o.id: o for o in live_organisations(uow)}
        partners = [
            PartnerEntry(organisations[oid].name, organisations[oid].kind.label, kind.label)
            for oid, kind in uow.session.execute(
                select(Partnership.organisation_id, Partnership.kind).where(
                    Partnership.group_id == group_id, *live(Partnership)
                )
            )
            if oid in organisations
        ]
        partners.sort(key=lambda entry: sort_key(entry.name))
        ki_ids = [o.id for o in organisations.values() if o.kind is OrganisationKind.KI]
        ki_contacts = _contact_entries(
            uow,
            Contact.group_id == group_id,
            Contact.organisation_id.in_(ki_ids),
            Contact.contact_date >= today - timedelta(days=365),
        )[::-1][:15]
        follow_ups = _contact_entries(
            uow,
            Contact.group_id == group_id,
            Contact.follow_up_on.is_not(None),
            Contact.done.is_(False),
        )
        follow_ups.sort(key=lambda entry: entry.follow_up_on or date.max)
        return GroupProfile(
            group.name,
            details,
            group.working_groups,
            programmes,
            people.get(group_id, []),
            partners,
            ki_contacts,
            follow_ups,
            left_out,
        )


def contact_log(
    uow: UnitOfWork, organisation_id: str, date_from: date | None, date_to: date | None
) -> ContactLog:
    """Kontaktprotokoll of one Stelle between two dates (both included)."""
    if date_from and date_to and date_to < date_from:
        raise UserError("Der Zeitraum endet vor seinem Beginn. Bitte die Daten prüfen.")
    with uow:
        organisation = records.get(uow, ORGANISATIONS, organisation_id).data
        conditions = [Contact.organisation_id == organisation_id]
        if date_from:
            conditions.append(Contact.contact_date >= date_from)
        if date_to:
            conditions.append(Contact.contact_date <= date_to)
        contacts = _contact_entries(uow, *conditions, partner_of="group")
    return ContactLog(organisation.name, organisation.kind.label, date_from, date_to, contacts)
