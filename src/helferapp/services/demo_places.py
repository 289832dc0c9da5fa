"""The first half of the demo generator: its random stream, Kreise, Helferkreise, Stellen.

``DemoContent`` (``services.demo_content``) builds on this class; both draw from the one
``random.Random(seed)`` in a fixed order (see there). Split from it along the kinds so
that each module holds the rules of a few kinds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from helferapp.domain import ids
from helferapp.domain.enums import ConceptStatus, KIStatus
from helferapp.domain.records import HelperGroupData, OrganisationData, RegionStatusData
from helferapp.services import demo_vocabulary as words
from helferapp.services.demo_parts import (
    CONCEPT,
    GROUP_STATUS,
    KI_STATUS,
    LEGAL_FORM,
    DemoGroup,
    DemoOrg,
    Gebiet,
    K,
    RegionIndex,
    Sizes,
    T,
    Table,
    group_weight,
    kreis_label,
    slug,
)


class PlacesContent:
    """Invents the Kreise' statuses (planned first), Helferkreise and Stellen; see
    ``DemoContent`` for the order of calls."""

    def __init__(self, regions: RegionIndex, sizes: Sizes, seed: int, today: date) -> None:
        self.regions = regions
        self.sizes = sizes
        self.today = today
        self.rng = random.Random(seed)
        self._seed = str(seed)
        self._phones: set[str] = set()
        self._groups: list[DemoGroup] = []
        self._orgs: list[DemoOrg] = []
        self._orgs_by_kreis: dict[str, list[DemoOrg]] = {}
        self._people: dict[str, list[str]] = {}
        self.kreise = self._choose_kreise()
        self._statuses = self._plan_statuses()

    # --- helpers ---------------------------------------------------------------------------

    def _id(self, kind: str, number: int) -> str:
        return ids.natural_id("demo", self._seed, kind, str(number))

    def _days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def _chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def _some(self, items: Sequence[T], low: int, high: int) -> list[T]:
        return self.rng.sample(items, min(len(items), self.rng.randint(low, high)))

    def _phone(self) -> str:
        """A mobile number of the 0151 1234 xxxx kind, cleaned as validation stores it."""
        while True:
            prefix = self.rng.choice(("1511", "1521", "1571"))
            number = f"+49 {prefix} 234{self.rng.randrange(10_000):04d}"
            if number not in self._phones:
                self._phones.add(number)
                return number

    def _choose_kreise(self) -> list[Gebiet]:
        """The Kreise that get groups: one per Regierungsbezirk first, then at random."""
        kreise = self.regions.kreise
        if self.sizes.kreise >= len(kreise):
            return list(kreise)
        by_bezirk: dict[str | None, list[Gebiet]] = {}
        for kreis in kreise:
            by_bezirk.setdefault(kreis.parent_ags, []).append(kreis)
        chosen = [self.rng.choice(members) for members in by_bezirk.values()]
        others = [kreis for kreis in kreise if kreis not in chosen]
        chosen += self.rng.sample(others, max(0, self.sizes.kreise - len(chosen)))
        return sorted(chosen[: self.sizes.kreise], key=lambda kreis: kreis.ags)

    def _plan_statuses(self) -> dict[str, RegionStatusData]:
        """Decide early which Kreise have a KI, so that the KI's Stelle exists too."""
        focus = list(self.kreise)
        others = [kreis for kreis in self.regions.kreise if kreis not in focus]
        self.rng.shuffle(focus)
        self.rng.shuffle(others)
        plan: dict[str, RegionStatusData] = {}
        for kreis in sorted((focus + others)[: self.sizes.region_statuses], key=lambda k: k.ags):
            concept = CONCEPT.draw(self.rng)
            ki = KI_STATUS.draw(self.rng)
            sources = (
                words.STATUS_SOURCES_DISTRICT
                if kreis.kind == "Landkreis"
                else words.STATUS_SOURCES_CITY
            )
            source = self.rng.choice(sources)
            if ki is KIStatus.ACTIVE and self._chance(0.25):
                source = "Auskunft des Kommunalen Integrationszentrums"
            plan[kreis.ags] = RegionStatusData(
                ags=kreis.ags,
                concept_status=concept,
                concept_date=self._days_ago(300, 3000)
                if concept is ConceptStatus.ADOPTED
                else None,
                ki_status=ki,
                ki_date=self._days_ago(100, 2500) if ki is KIStatus.ACTIVE else None,
                source=source,
                checked_on=self._days_ago(0, 400),
                notes=self.rng.choice(
                    words.STATUS_NOTES if ki is KIStatus.NONE else words.KI_STATUS_NOTES
                ),
            )
        return plan

    # --- Helferkreise ----------------------------------------------------------------------

    def groups(self) -> Iterator[tuple[str, HelperGroupData]]:
        """Helferkreise in real Gemeinden; larger places get more (and Ortsteil groups)."""
        candidates = [g for kreis in self.kreise for g in self.regions.gemeinden[kreis.ags]]
        anywhere = Table.weighted(candidates, group_weight)
        names: set[str] = set()
        for number in range(self.sizes.groups):
            if number < len(self.kreise):
                local = self.regions.gemeinden[self.kreise[number].ags]
                home = Table.weighted(local, group_weight).draw(self.rng)
            else:
                home = anywhere.draw(self.rng)
            name, locality = self._group_name(home, names)
            kreis_ags = home.parent_ags or ""
            region_ags = [home.ags]
            notes = self.rng.choice(words.GROUP_NOTES) if self._chance(0.3) else ""
            neighbours = [g for g in self.regions.gemeinden[kreis_ags] if g is not home]
            if neighbours and self._chance(0.15):
                others = self._some(neighbours, 1, 3)
                region_ags += [g.ags for g in others]
                also = ", ".join(g.name for g in others)
                notes = f"Auch aktiv in {also}. {notes}".strip()
            status = GROUP_STATUS.draw(self.rng)
            domain = f"{slug(name)}.example.org"
            record_id = self._id("group", number)
            self._groups.append(DemoGroup(record_id, kreis_ags, home, status))
            yield (
                record_id,
                HelperGroupData(
                    name=name,
                    legal_form=LEGAL_FORM.draw(self.rng),
                    region_ags=tuple(region_ags),
                    locality=locality,
                    status=status,
                    working_groups=tuple(self._some(words.WORKING_GROUPS, 1, 5)),
                    website=f"https://www.{domain}" if self._chance(0.5) else "",
                    email=f"{self.rng.choice(('info', 'kontakt'))}@{domain}"
                    if self._chance(0.75)
                    else "",
                    phone=self._phone() if self._chance(0.6) else "",
                    notes=notes,
                    checked_on=self._days_ago(0, 500) if self._chance(0.8) else None,
                ),
            )

    def _group_name(self, home: Gebiet, taken: set[str]) -> tuple[str, str]:
        for _attempt in range(30):
            place, locality = home.name, ""
            if self._chance(0.6 if home.population > 30_000 else 0.1):
                locality = self.rng.choice(words.ORTSTEILE)
                place = f"{home.name}-{locality}"
            name = self.rng.choice(words.GROUP_NAME_PATTERNS).format(place=place)
            if name not in taken:
                taken.add(name)
                return name, locality
        name = f"{name} {len(taken)}"
        taken.add(name)
        return name, locality

    # --- Stellen ---------------------------------------------------------------------------

    def organisations(self) -> Iterator[tuple[str, OrganisationData]]:
        """The Bayerischer Flüchtlingsrat; the KI of every Kreis whose status names one;
        then per Kreis with groups its offices and local partners."""
        if len(self._groups) < self.sizes.groups:
            raise RuntimeError("groups() must be exhausted before organisations()")
        names: set[str] = set()
        munich = self.regions.by_ags["09162000"]
        council = self._org_data(K.REFUGEE_COUNCIL, "Bayerischer Flüchtlingsrat", munich, None)
        names.add(council.name)
        yield self._remember(council, None, munich, 0), council
        outer_kis = [
            kreis
            for kreis in self.regions.kreise
            if kreis not in self.kreise
            and kreis.ags in self._statuses
            and self._statuses[kreis.ags].ki_status is KIStatus.ACTIVE
        ]
        for kreis in outer_kis:
            seat = self.regions.seat(kreis)
            name = f"Kommunales Integrationszentrum {kreis_label(kreis)}"
            names.add(name)
            data = self._org_data(K.KI, name, seat, kreis.ags)
            yield self._remember(data, kreis.ags, seat, 0), data
        quotas = self._org_quotas(self.sizes.organisations - 1 - len(outer_kis))
        for kreis, quota in zip(self.kreise, quotas, strict=True):
            for rank, (kind, name, home, region_ags) in enumerate(self._kreis_orgs(kreis)):
                if quota == 0:
                    break
                if name in names:
                    continue
                names.add(name)
                quota -= 1
                data = self._org_data(kind, name, home, region_ags)
                yield self._remember(data, kreis.ags, home, rank), data

    def _org_quotas(self, total: int) -> list[int]:
        """Share ``total`` Stellen out over the Kreise by how many groups work there."""
        counts = {kreis.ags: 2.0 for kreis in self.kreise}
        for group in self._groups:
            counts[group.kreis_ags] += 1
        weight = sum(counts.values())
        shares = [total * counts[kreis.ags] / weight for kreis in self.kreise]
        quotas = [int(share) for share in shares]
        by_remainder = sorted(range(len(shares)), key=lambda i: (quotas[i] - shares[i], i))
        for index in by_remainder[: total - sum(quotas)]:
            quotas[index] += 1
        return quotas

    def _kreis_orgs(self, kreis: Gebiet) -> Iterator[tuple[K, str, Gebiet, str | None]]:
        """Candidate Stellen of one Kreis, the most important first, then endless local ones."""
        label = kreis_label(kreis)
        seat = self.regions.seat(kreis)
        status = self._statuses.get(kreis.ags)
        has_ki = status.ki_status is KIStatus.ACTIVE if status else self._chance(0.4)
        landkreis = kreis.kind == "Landkreis"
        values = {
            "seat": seat.name,
            "kreis_name": kreis.name,
            "kreis_dative": f"den {label}" if landkreis else f"die {label}",
        }
        if has_ki:
            yield K.KI, f"Kommunales Integrationszentrum {label}", seat, kreis.ags
        if landkreis:
            yield K.DISTRICT_OFFICE, f"Landratsamt {kreis.name}", seat, kreis.ags
        else:
            yield K.MUNICIPALITY, f"{label} – Amt für Integration", seat, kreis.ags
        yield K.JOBCENTER, f"Jobcenter {label}", seat, kreis.ags
        migration = self.rng.choice(words.MIGRATION_COUNSELLING).format(**values)
        yield K.MIGRATION_COUNSELLING, migration, seat, seat.ags
        yield K.INTEGRATION_GUIDE, f"Integrationslotsin {label}", seat, kreis.ags
        if self._chance(0.6):
            yield K.EMPLOYMENT_AGENCY, f"Agentur für Arbeit {seat.name}", seat, seat.ags
        yield K.WELFARE, self.rng.choice(words.WELFARE).format(**values), seat, seat.ags
        with_groups = [g.home for g in self._groups if g.kreis_ags == kreis.ags]
        gemeinden = self.regions.gemeinden[kreis.ags]
        for _attempt in range(20 * len(gemeinden) + 100):
            place = self.rng.choice(with_groups if with_groups and self._chance(0.7) else gemeinden)
            local = self._local_org(self.rng.choice(words.LOCAL_ORGANISATIONS), place)
            if local:
                yield local
            if self._chance(0.05):
                other = self.rng.choice(words.MIGRATION_COUNSELLING).format(**values)
                yield K.MIGRATION_COUNSELLING, other, seat, seat.ags
        for place in gemeinden:  # rarely needed: a small Kreis with a large quota
            for template in words.LOCAL_ORGANISATIONS:
                local = self._local_org(template, place)
                if local:
                    yield local

    @staticmethod
    def _local_org(
        template: words.LocalOrganisation, place: Gebiet
    ) -> tuple[K, str, Gebiet, str | None] | None:
        """The Stelle of ``template`` in ``place``, unless the place is too small for it."""
        if place.population < template.min_population:
            return None
        town = "Stadt" if place.kind == "kreisfreie Stadt" else place.kind
        name = template.pattern.format(place=place.name, kind=town)
        return template.kind, name, place, place.ags

    def _org_data(
        self, kind: K, name: str, home: Gebiet, region_ags: str | None
    ) -> OrganisationData:
        domain = f"{slug(name)}.example.org"
        mailbox = (
            "poststelle" if kind is K.DISTRICT_OFFICE else self.rng.choice(("info", "kontakt"))
        )
        return OrganisationData(
            kind=kind,
            name=name,
            street=f"{self.rng.choice(words.STREETS)} {self.rng.randint(1, 40)}",
            postal_code=home.postal_code,
            city=home.name,
            region_ags=region_ags or home.ags,
            phone=self._phone() if self._chance(0.85) else "",
            email=f"{mailbox}@{domain}" if self._chance(0.8) else "",
            website=f"https://www.{domain}" if self._chance(0.6) else "",
            notes=self.rng.choice(words.ORGANISATION_NOTES) if self._chance(0.2) else "",
        )

    def _remember(
        self, data: OrganisationData, kreis_ags: str | None, home: Gebiet, rank: int
    ) -> str:
        record_id = self._id("organisation", len(self._orgs))
        org = DemoOrg(record_id, data.kind, kreis_ags, home, f"{slug(data.name)}.example.org", rank)
        self._orgs.append(org)
        if kreis_ags:
            self._orgs_by_kreis.setdefault(kreis_ags, []).append(org)
        return record_id
