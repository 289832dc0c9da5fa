"""The Kontaktblatt's rows: who a group, a Gemeinde or a Landkreis has to call.

A group's sheet is the one for its binder: the group itself with its Ansprechpersonen,
its Bündnispartner, and the Stellen of the Kreis(e) it works in — the KI, the
Landratsamt, the Migrationsberatung first, then the others —, each with the persons
who agreed to be printed only (``report_data.printable_persons``). A Gemeinde's or a
Landkreis' sheet lists the groups and Stellen located there.
"""

from __future__ import annotations

from sqlalchemy import select

from helferapp.domain.enums import OrganisationKind
from helferapp.domain.text_folding import sort_key
from helferapp.reports.rows import ContactSheet, SheetEntry
from helferapp.services import regions
from helferapp.services.queries.reading import live
from helferapp.services.report_data import (
    ReportScope,
    in_region,
    live_organisations,
    printable_persons,
    scope_label,
)
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import HelperGroup, Organisation, Partnership, Person

FIRST_KINDS = (
    OrganisationKind.KI,
    OrganisationKind.DISTRICT_OFFICE,
    OrganisationKind.MIGRATION_COUNSELLING,
)
"""The Stellen a group needs most, at the top of its Kreis' part of the sheet."""

PARTNER = "Bündnispartner"


def _kind_order(organisation: Organisation) -> tuple[int, int, str]:
    first = FIRST_KINDS.index(organisation.kind) if organisation.kind in FIRST_KINDS else 9
    return first, list(OrganisationKind).index(organisation.kind), sort_key(organisation.name)


def _kreise_of(group: HelperGroup) -> set[str]:
    return {ags[:5] for ags in group.region_ags or () if len(ags) >= 5}


def contact_sheet(uow: UnitOfWork, scope: ReportScope) -> ContactSheet:
    """Groups and Stellen of the scope with their printable Ansprechpersonen."""
    with uow:
        label = scope_label(uow, scope)
        region_names = {row.ags: row.name for row in regions.list_municipalities(uow)}
        groups = [
            row
            for row in uow.session.execute(select(HelperGroup).where(*live(HelperGroup)))
            .scalars()
            .all()
            if (scope.group_id and row.id == scope.group_id)
            or (not scope.group_id and any(in_region(a, scope) for a in row.region_ags or ()))
        ]
        everything = live_organisations(uow)
        partners: list[Organisation] = []
        if scope.group_id:
            partner_ids = set(
                uow.session.scalars(
                    select(Partnership.organisation_id).where(
                        Partnership.group_id == scope.group_id, *live(Partnership)
                    )
                )
            )
            partners = sorted(
                (o for o in everything if o.id in partner_ids), key=lambda o: sort_key(o.name)
            )
            kreise = set().union(*(_kreise_of(group) for group in groups))
            located = [
                o
                for o in everything
                if o.id not in partner_ids and (o.region_ags or "")[:5] in kreise
            ]
            if kreise:
                names = [regions.get_region(uow, ags).name for ags in sorted(kreise)]
                label = f"{label} – {', '.join(names)}"
        else:
            located = [o for o in everything if in_region(o.region_ags, scope)]
        located.sort(key=_kind_order)
        organisations = [*partners, *located]
        group_people, left_groups = printable_persons(
            uow, Person.group_id, [g.id for g in groups], {g.id: g.name for g in groups}
        )
        org_people, left_orgs = printable_persons(
            uow,
            Person.organisation_id,
            [o.id for o in organisations],
            {o.id: o.name for o in organisations},
        )
        entries = [
            SheetEntry(
                "Helferkreis",
                group.name,
                ", ".join(region_names.get(a, a) for a in group.region_ags or ()),
                group.phone,
                group.email,
                group.website,
                tuple(group_people.get(group.id, ())),
            )
            for group in sorted(groups, key=lambda g: sort_key(g.name))
        ]
        partner_ids_in_sheet = {o.id for o in partners}
        entries += [
            SheetEntry(
                f"{org.kind.label} · {PARTNER}"
                if org.id in partner_ids_in_sheet
                else org.kind.label,
                org.name,
                ", ".join(p for p in (org.street, f"{org.postal_code} {org.city}".strip()) if p),
                org.phone,
                org.email,
                org.website,
                tuple(org_people.get(org.id, ())),
            )
            for org in organisations
        ]
        return ContactSheet(label, entries, left_groups + left_orgs)


def kreis_of_organisation(uow: UnitOfWork, organisation_id: str) -> regions.RegionRow | None:
    """The Landkreis or kreisfreie Stadt a Stelle lies in (for its Kreis' Kontaktblatt);
    None for a Stelle without a Gebiet."""
    with uow:
        ags = uow.session.scalar(
            select(Organisation.region_ags).where(Organisation.id == organisation_id)
        )
        return regions.get_region(uow, ags[:5]) if ags and len(ags) >= 5 else None
