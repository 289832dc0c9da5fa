"""The content of the demo database, invented deterministically from a seed.

A demo is only useful for screenshots, bug reports and benchmarks if everybody who loads
seed 1 sees the same Helferkreise, so every choice comes from one ``random.Random(seed)``
consumed in a fixed order, every id is a name-based uuid of (seed, kind, number) and
every date is relative to ``today``. The generator knows nothing about the database: it
yields ``(id, …Data)`` pairs, and ``services.demo`` validates and stores them.

Call the generating methods in the order of ``DemoContent``'s docstring; each one builds
on what the earlier ones invented (programmes need groups, contacts need persons). The
content rules go kind by kind, all drawing from the one random stream: the Kreise,
Helferkreise and Stellen in ``services.demo_places``, Angebote, Personen, Kontakte,
Bündnispartner and Gebietsstatus here; the building blocks in ``services.demo_parts``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, time, timedelta

from helferapp.domain import ids
from helferapp.domain.enums import FieldOfAction
from helferapp.domain.records import (
    ContactData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import demo_vocabulary as words
from helferapp.services.demo_parts import (
    CHANNEL,
    CONTACT_GROUP_WEIGHTS,
    LANGUAGE_COUNT,
    PARTNER_COUNT,
    PARTNERSHIP,
    PROGRAMME_WEIGHTS,
    WEEKDAYS,
    Consent,
    DemoGroup,
    DemoOrg,
    K,
    Schedule,
    Table,
    contact_weight,
    slug,
)
from helferapp.services.demo_places import PlacesContent


class DemoContent(PlacesContent):
    """Invents the demo records; call groups, organisations, programmes, persons,
    contacts, partnerships, region_statuses in this order and exhaust each iterator."""

    # --- Angebote --------------------------------------------------------------------------

    def programmes(self) -> Iterator[tuple[str, ProgrammeData]]:
        """Angebote of groups (mostly), of Stellen, and a few run together."""
        groups = Table.weighted(self._groups, lambda g: PROGRAMME_WEIGHTS[g.status])
        runners = [org for org in self._orgs if org.kind is not K.REFUGEE_COUNCIL]
        for_groups = [t for t in words.PROGRAMMES if not t.offices_only]
        taken: set[tuple[str, str]] = set()
        for number in range(self.sizes.programmes):
            share = self.rng.random()
            group: DemoGroup | None = None
            org: DemoOrg | None = None
            if share < 0.82 or not runners:  # a group's own Angebot
                group = groups.draw(self.rng)
            elif share < 0.95:  # a Stelle's Angebot
                org = self.rng.choice(runners)
            else:  # run together with a Stelle of the group's Kreis
                group = groups.draw(self.rng)
                org = self.rng.choice(self._orgs_by_kreis.get(group.kreis_ags) or runners)
            runner = group or org
            assert runner is not None
            template, title = self._programme_title(
                runner.id, for_groups if group else words.PROGRAMMES, taken
            )
            schedule = self._schedule()
            yield (
                self._id("programme", number),
                ProgrammeData(
                    title=title,
                    group_id=group.id if group else None,
                    organisation_id=org.id if org else None,
                    fields=self._fields(template.fields),
                    target_group=self.rng.choice(template.target_groups),
                    languages=self._languages(),
                    location=self.rng.choice(words.LOCATIONS),
                    region_ags=runner.home.ags,
                    weekday=schedule.weekday,
                    start_time=schedule.start_time,
                    end_time=schedule.end_time,
                    schedule_text=schedule.text,
                    starts_on=schedule.starts_on,
                    ends_on=schedule.ends_on,
                    registration_required=self._chance(0.4),
                    childcare=template.childcare or self._chance(0.1),
                    cost=self.rng.choice(words.COSTS),
                    accessible=self._chance(0.5),
                    notes=self.rng.choice(words.PROGRAMME_NOTES) if self._chance(0.15) else "",
                ),
            )

    def _programme_title(
        self,
        owner: str,
        templates: Sequence[words.ProgrammeTemplate],
        taken: set[tuple[str, str]],
    ) -> tuple[words.ProgrammeTemplate, str]:
        """A title the runner does not use yet (a variant like "(Abendkurs)" if needed)."""
        for attempt in range(40):
            template = self.rng.choice(templates)
            variant = self.rng.choice(words.PROGRAMME_VARIANTS) if attempt > 5 else ""
            title = template.title + variant
            if (owner, title) not in taken:
                break
        else:
            title = f"{title} {attempt}"
        taken.add((owner, title))
        return template, title

    def _fields(self, fields: tuple[FieldOfAction, ...]) -> tuple[FieldOfAction, ...]:
        if len(fields) < 3 and self._chance(0.15):
            extra = self.rng.choice([f for f in FieldOfAction if f not in fields])
            return (*fields, extra)
        return fields

    def _languages(self) -> tuple[str, ...]:
        count = LANGUAGE_COUNT.draw(self.rng)
        return ("Deutsch", *self.rng.sample(words.OTHER_LANGUAGES, count))

    def _schedule(self) -> Schedule:
        """Wochentag and Uhrzeit (most), or a schedule text; some with a Zeitraum."""
        schedule = Schedule()
        if self._chance(0.7):
            hour = self.rng.choice((9, 10, 14, 15, 16, 17, 18, 19))
            start = time(hour, self.rng.choice((0, 0, 30)))
            end = start.hour * 60 + start.minute + self.rng.choice((60, 90, 120))
            schedule = schedule._replace(
                weekday=self.rng.choice(WEEKDAYS),
                start_time=start,
                end_time=time(end // 60, end % 60),
            )
        else:
            schedule = schedule._replace(text=self.rng.choice(words.SCHEDULE_TEXTS))
        if self._chance(0.3):
            starts_on = self._days_ago(0, 400)
            ends_on = starts_on + timedelta(days=self.rng.randint(30, 300))
            schedule = schedule._replace(
                starts_on=starts_on, ends_on=ends_on if self._chance(0.85) else None
            )
        return schedule

    # --- Ansprechpersonen ------------------------------------------------------------------

    def persons(self) -> Iterator[tuple[str, PersonData]]:
        """A coordinator per group, a contact per Stelle (KI first), then more at random."""
        by_rank = sorted(self._orgs, key=lambda org: (org.rank, org.kreis_ags or ""))
        owners: list[DemoGroup | DemoOrg] = [*self._groups, *by_rank]
        for number in range(self.sizes.persons):
            if number < len(owners):
                owner = owners[number]
            elif self._chance(0.65):
                owner = self.rng.choice(self._groups)
            else:
                owner = self.rng.choice(self._orgs)
            record_id = self._id("person", number)
            members = self._people.setdefault(owner.id, [])
            yield record_id, self._person(owner, lead=not members)
            members.append(record_id)

    def _person(self, owner: DemoGroup | DemoOrg, lead: bool) -> PersonData:
        consent = self._consent()
        female = self._chance(0.6)
        first = self.rng.choice(words.FEMALE_FIRST_NAMES if female else words.MALE_FIRST_NAMES)
        if self._chance(0.05):
            surname = "Musterfrau" if female else "Mustermann"
        else:
            surname = self.rng.choice(words.SURNAME_STEMS) + self.rng.choice(words.SURNAME_ENDINGS)
        roles: Sequence[tuple[str, str]]
        if isinstance(owner, DemoGroup):
            roles = words.GROUP_ROLES[:1] if lead else words.GROUP_ROLES[1:]
            email = f"{slug(first, '.')}.{slug(surname, '.')}@example.com"
        else:
            roles = words.ORGANISATION_ROLES.get(owner.kind, words.OTHER_ROLES)
            email = f"{slug(first)[0]}.{slug(surname)}@{owner.domain}"
        female_role, male_role = self.rng.choice(roles)
        return PersonData(
            name=f"{first} {surname}",
            role=female_role if female else male_role,
            group_id=owner.id if isinstance(owner, DemoGroup) else None,
            organisation_id=owner.id if isinstance(owner, DemoOrg) else None,
            phone=self._phone() if self._chance(0.75) else "",
            email=email if self._chance(0.8) else "",
            notes=self.rng.choice(words.PERSON_NOTES) if self._chance(0.1) else "",
            consent_given_on=consent.given_on,
            consent_internal=consent.internal,
            consent_share=consent.share,
            consent_print=consent.print,
            consent_withdrawn_on=consent.withdrawn_on,
        )

    def _consent(self) -> Consent:
        """Most consented (scopes mixed), ~15 % never asked, ~5 % withdrew."""
        kind = self.rng.random()
        if kind < 0.15:
            return Consent()
        given = self._days_ago(30, 1000)
        share = self._chance(0.6)
        print_ = self._chance(0.45)
        internal = self._chance(0.95) or not (share or print_)
        withdrawn = None
        if kind < 0.20:
            withdrawn = given + timedelta(days=self.rng.randint(1, (self.today - given).days))
        return Consent(given, internal, share, print_, withdrawn)

    # --- Kontakte --------------------------------------------------------------------------

    def contacts(self) -> Iterator[tuple[str, ContactData]]:
        """Contacts of groups with Stellen of their Kreis (KI most often), ~20 % with a
        Wiedervorlage: overdue, due within two weeks, later, or already done."""
        council = self._orgs[0]
        partners = {
            kreis_ags: Table.weighted([*orgs, council], contact_weight)
            for kreis_ags, orgs in self._orgs_by_kreis.items()
        }
        nobody = Table.of({council: 1.0})
        groups = Table.weighted(self._groups, lambda g: CONTACT_GROUP_WEIGHTS[g.status])
        for number in range(self.sizes.contacts):
            share = self.rng.random()
            group: DemoGroup | None = None
            org: DemoOrg | None = None
            if share < 0.05:  # logged by a Stelle, no group involved
                org = self.rng.choice(self._orgs)
            else:
                group = groups.draw(self.rng)
                if share < 0.95:  # with a Stelle of the group's Kreis (else among groups)
                    org = partners.get(group.kreis_ags, nobody).draw(self.rng)
            yield self._id("contact", number), self._contact(group, org)

    def _contact(self, group: DemoGroup | None, org: DemoOrg | None) -> ContactData:
        person_pool = self._people.get(org.id, []) if org else []
        if not org and group:
            person_pool = self._people.get(group.id, [])
        if org:
            subjects = words.CONTACT_SUBJECTS.get(org.kind, words.GENERAL_SUBJECTS)
            if self._chance(0.4):
                subjects = words.GENERAL_SUBJECTS
        else:
            subjects = words.GROUP_CONTACT_SUBJECTS
        contact_date, follow_up_on, done = self._contact_dates()
        return ContactData(
            contact_date=contact_date,
            group_id=group.id if group else None,
            organisation_id=org.id if org else None,
            person_id=self.rng.choice(person_pool) if person_pool and self._chance(0.6) else None,
            channel=CHANNEL.draw(self.rng),
            subject=self.rng.choice(subjects),
            result=self.rng.choice(words.CONTACT_RESULTS),
            follow_up_on=follow_up_on,
            done=done,
        )

    def _contact_dates(self) -> tuple[date, date | None, bool]:
        if not self._chance(0.2):
            return self._days_ago(0, 547), None, False
        kind = self.rng.random()
        if kind < 0.35:  # overdue
            follow_up = self._days_ago(1, 90)
            return follow_up - timedelta(days=self.rng.randint(3, 60)), follow_up, False
        if kind < 0.65:  # due within the next two weeks
            follow_up = self.today + timedelta(days=self.rng.randint(0, 14))
            return follow_up - timedelta(days=self.rng.randint(14, 60)), follow_up, False
        if kind < 0.75:  # later
            follow_up = self.today + timedelta(days=self.rng.randint(15, 120))
            return self._days_ago(0, 60), follow_up, False
        contact_date = self._days_ago(14, 540)
        return contact_date, contact_date + timedelta(days=self.rng.randint(7, 60)), True

    # --- Bündnispartner and Integrationskonzept --------------------------------------------

    def partnerships(self) -> Iterator[tuple[str, PartnershipData]]:
        """0–3 Bündnispartner per group, all Stellen of the group's own Kreis."""
        for group in self._groups:
            count = PARTNER_COUNT.draw(self.rng)
            local = self._orgs_by_kreis.get(group.kreis_ags, [])
            for org in self.rng.sample(local, min(count, len(local))):
                yield (
                    ids.partnership_id(group.id, org.id),
                    PartnershipData(
                        group_id=group.id,
                        organisation_id=org.id,
                        kind=PARTNERSHIP.draw(self.rng),
                        notes=self.rng.choice(words.PARTNERSHIP_NOTES),
                    ),
                )

    def region_statuses(self) -> Iterator[tuple[str, RegionStatusData]]:
        """The Integrationskonzept/KI status planned in the constructor, by AGS."""
        for ags, data in self._statuses.items():
            yield ids.region_status_id(ags), data
