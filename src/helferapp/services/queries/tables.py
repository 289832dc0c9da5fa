"""Rows for the GUI's record tables: plain named tuples, one query per table.

Why tuples: a table of 25,000 Angebote must load in a blink and filter in memory on every
keystroke. Each row is read with one column ``select`` (no ORM objects), names of linked
records come from small id → name maps, and every row ends with ``search``: the record's
stored folded search text plus the folded names shown beside it, so the GUI's filter is a
plain substring test ("muller" finds "Müller", also in a provider's name).

Enum values stay enums here; the GUI translates their labels.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select

from helferapp.domain.enums import ContactChannel, FieldOfAction, Weekday
from helferapp.services.queries.reading import (
    Decoder,
    Folder,
    execute,
    live,
    names,
    raw,
    region_names_in,
    restrict,
    stamp_ms,
)
from helferapp.services.queries.rows import (
    ContactRow,
    GroupRow,
    OrganisationRow,
    PersonRow,
    ProgrammeRow,
    RegionTableRow,
)
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Person,
    Programme,
    Region,
    RegionStatus,
)


def group_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[GroupRow]:
    """Helferkreise for the table (only ``ids`` if given)."""
    g = HelperGroup
    statement = restrict(
        select(
            g.id,
            g.name,
            g.status,
            raw(g.region_ags).label("region_ags"),
            g.locality,
            g.phone,
            g.email,
            g.checked_on,
            g.last_stamp,
            g.search_text,
        ).order_by(g.name, g.id),
        g,
        ids,
    )
    folder, decoder = Folder(), Decoder()
    with uow:
        regions = region_names_in(uow)
        rows = []
        for row in execute(uow, statement):
            codes = decoder.texts(row.region_ags)
            gemeinden = ", ".join(regions.get(ags, ags) for ags in codes)
            rows.append(
                GroupRow(
                    row.id,
                    row.name,
                    row.status,
                    gemeinden,
                    row.locality,
                    row.phone,
                    row.email,
                    row.checked_on,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(gemeinden, row.status.label)}",
                )
            )
        return rows


def _provider(group: str, organisation: str) -> str:
    return " / ".join(name for name in (group, organisation) if name)


def programme_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[ProgrammeRow]:
    """Angebote for the table, each with who runs it and where."""
    p = Programme
    statement = restrict(
        select(
            p.id,
            p.title,
            p.group_id,
            p.organisation_id,
            raw(p.fields).label("fields"),
            p.region_ags,
            raw(p.weekday).label("weekday"),
            p.start_time,
            p.end_time,
            p.schedule_text,
            p.last_stamp,
            p.search_text,
        ).order_by(p.title, p.id),
        p,
        ids,
    )
    folder, decoder = Folder(), Decoder()
    weekdays = {member.value: member for member in Weekday}
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        regions = region_names_in(uow)
        field_text: dict[tuple[FieldOfAction, ...], str] = {}
        providers: dict[tuple[str | None, str | None], tuple[str, str]] = {}
        rows = []
        # Unpacking is much cheaper than attribute access on 25,000 rows.
        for (
            rid, title, group_id, organisation_id, codes, region_ags, weekday,
            start_time, end_time, schedule_text, last_stamp, search_text,
        ) in execute(uow, statement):  # fmt: skip
            provider, provider_text = providers.get((group_id, organisation_id)) or ("", "")
            if not provider:
                provider = _provider(
                    groups.get(group_id, ""), organisations.get(organisation_id, "")
                )
                provider_text = folder(provider)
                providers[group_id, organisation_id] = (provider, provider_text)
            gemeinde = regions.get(region_ags, "") if region_ags else ""
            fields = decoder.members(FieldOfAction, codes)
            if fields not in field_text:
                field_text[fields] = folder(*(field.label for field in fields))
            rows.append(
                ProgrammeRow(
                    rid,
                    title,
                    provider,
                    fields,
                    gemeinde,
                    weekdays.get(weekday),
                    start_time,
                    end_time,
                    schedule_text,
                    stamp_ms(last_stamp),
                    f"{search_text} {provider_text} {folder(gemeinde)} {field_text[fields]}",
                )
            )
        return rows


def organisation_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[OrganisationRow]:
    """Stellen for the table, with their kind."""
    o = Organisation
    statement = restrict(
        select(
            o.id,
            o.name,
            o.kind,
            o.city,
            o.region_ags,
            o.phone,
            o.email,
            o.last_stamp,
            o.search_text,
        ).order_by(o.name, o.id),
        o,
        ids,
    )
    folder = Folder()
    with uow:
        regions = region_names_in(uow)
        rows = []
        for row in execute(uow, statement):
            gemeinde = regions.get(row.region_ags, "") if row.region_ags else ""
            rows.append(
                OrganisationRow(
                    row.id,
                    row.name,
                    row.kind,
                    row.city,
                    gemeinde,
                    row.phone,
                    row.email,
                    stamp_ms(row.last_stamp),
                    f"{row.search_text} {folder(gemeinde, row.kind.label)}",
                )
            )
        return rows


def person_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[PersonRow]:
    """Ansprechpersonen for the table, with their consent at a glance."""
    p = Person
    statement = restrict(
        select(
            p.id,
            p.name,
            p.role,
            p.group_id,
            p.organisation_id,
            p.phone,
            p.email,
            p.consent_given_on,
            p.consent_internal,
            p.consent_share,
            p.consent_print,
            p.consent_withdrawn_on,
            p.last_stamp,
            p.search_text,
        ).order_by(p.name, p.id),
        p,
        ids,
    )
    folder = Folder()
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        rows = []
        for (
            rid, name, role, group_id, organisation_id, phone, email, given_on, internal,
            share, print_, withdrawn_on, last_stamp, search_text,
        ) in execute(uow, statement):  # fmt: skip
            belongs = _provider(groups.get(group_id, ""), organisations.get(organisation_id, ""))
            rows.append(
                PersonRow(
                    rid,
                    name,
                    role,
                    belongs,
                    phone,
                    email,
                    given_on,
                    internal,
                    share,
                    print_,
                    withdrawn_on,
                    stamp_ms(last_stamp),
                    f"{search_text} {folder(belongs)}",
                )
            )
        return rows


def contact_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[ContactRow]:
    """The Kontaktprotokoll, newest first."""
    c = Contact
    statement = restrict(
        select(
            c.id,
            c.contact_date,
            c.organisation_id,
            c.group_id,
            raw(c.channel).label("channel"),
            c.subject,
            c.follow_up_on,
            c.done,
            c.last_stamp,
            c.search_text,
        ).order_by(c.contact_date.desc(), c.id),
        c,
        ids,
    )
    folder = Folder()
    channels = {member.value: member for member in ContactChannel}
    with uow:
        groups, organisations = names(uow, HelperGroup), names(uow, Organisation)
        rows = []
        for (
            rid, contact_date, organisation_id, group_id, code, subject, follow_up_on, done,
            last_stamp, search_text,
        ) in execute(uow, statement):  # fmt: skip
            organisation = organisations.get(organisation_id, "")
            group = groups.get(group_id, "")
            channel = channels[code]
            rows.append(
                ContactRow(
                    rid,
                    contact_date,
                    organisation,
                    group,
                    channel,
                    subject,
                    follow_up_on,
                    done,
                    stamp_ms(last_stamp),
                    f"{search_text} {folder(organisation, group, channel.label)}",
                )
            )
        return rows


def region_rows(uow: UnitOfWork, ids: Iterable[str] | None = None) -> list[RegionTableRow]:
    """Kreise and Gemeinden with their status and how many groups/Angebote work there.

    A kreisfreie Stadt is a Kreis and a Gemeinde at once; it is listed once, as the Kreis,
    and counts what is recorded for either key.
    """
    r = Region
    statement = select(
        r.ags, r.name, r.kind, r.level, r.parent_ags, r.population, r.search_text
    ).where(r.level.in_(("Kreis", "Gemeinde")))
    if ids is not None:
        statement = statement.where(r.ags.in_(list(ids)))
    with uow:
        session = uow.session
        kinds = {ags: kind for ags, kind in session.execute(select(r.ags, r.kind))}
        names = region_names_in(uow)
        statuses = {
            ags: (concept, ki)
            for ags, concept, ki in session.execute(
                select(RegionStatus.ags, RegionStatus.concept_status, RegionStatus.ki_status).where(
                    *live(RegionStatus)
                )
            )
        }
        groups: dict[str, int] = defaultdict(int)
        for (region_ags,) in session.execute(
            select(HelperGroup.region_ags).where(*live(HelperGroup))
        ):
            for ags in region_ags or ():
                groups[ags] += 1
        programmes: dict[str, int] = defaultdict(int)
        for programme_ags, number in session.execute(
            select(Programme.region_ags, func.count())
            .where(*live(Programme))
            .group_by(Programme.region_ags)
        ):
            if programme_ags:
                programmes[programme_ags] = number
        for counts in (groups, programmes):
            for ags, number in list(counts.items()):
                if len(ags) == 8:
                    counts[ags[:5]] += number
        folder = Folder()
        rows = []
        for row in session.execute(statement.order_by(r.name, r.ags)):
            if row.level == "Gemeinde" and row.kind == "kreisfreie Stadt":
                continue  # shown once, as the Kreis it also is
            kreis = ""  # the Kreis of a Gemeinde, the Regierungsbezirk of a Kreis
            if row.parent_ags:
                kreis = f"{kinds.get(row.parent_ags, '')} {names.get(row.parent_ags, '')}"
            concept, ki = statuses.get(row.ags, (None, None))
            rows.append(
                RegionTableRow(
                    row.ags,
                    row.name,
                    row.kind,
                    kreis,
                    row.population,
                    concept,
                    ki,
                    groups.get(row.ags, 0),
                    programmes.get(row.ags, 0),
                    f"{row.search_text} {row.ags} {folder(row.kind, kreis)}",
                )
            )
        return rows


ROW_QUERIES = {
    "group": group_rows,
    "programme": programme_rows,
    "organisation": organisation_rows,
    "person": person_rows,
    "contact": contact_rows,
    "region_status": region_rows,
}
