"""The content of the demo database, invented deterministically from a seed.

A demo is only useful for screenshots, bug reports and benchmarks if everybody who loads
seed 1 sees the same Helferkreise, so every choice comes from one ``random.Random(seed)``
consumed in a fixed order, every id is a name-based uuid of (seed, kind, number) and
every date is relative to ``today``. The generator knows nothing about the database: it
yields ``(id, …Data)`` pairs, and ``services.demo`` validates and stores them.

Call the generating methods in the order of ``DemoContent``'s docstring; each one builds
on what the earlier ones invented (programmes need groups, contacts need persons). The
module is long but holds one idea, the content rules kind by kind, all drawing from the
one random stream; split it along the kinds if it grows further.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

from helferapp.domain import ids
from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    KIStatus,
    LegalForm,
    OrganisationKind,
    PartnershipKind,
    RegionLevel,
    Weekday,
)
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import demo_vocabulary as words

T = TypeVar("T")
K = OrganisationKind


@dataclass(frozen=True)
class _Table(Generic[T]):
    """Items with cumulative weights, to draw from quickly and many times."""

    items: tuple[T, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, weights: Mapping[T, float]) -> _Table[T]:
        return cls(tuple(weights), tuple(accumulate(weights.values())))

    @classmethod
    def weighted(cls, items: Iterable[T], weight: Callable[[T], float]) -> _Table[T]:
        items = tuple(items)
        return cls(items, tuple(accumulate(weight(item) for item in items)))

    def draw(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


_CONCEPT = _Table.of({ConceptStatus.NONE: 30, ConceptStatus.PLANNED: 30, ConceptStatus.ADOPTED: 40})
_KI = _Table.of({KIStatus.NONE: 35, KIStatus.PLANNED: 20, KIStatus.ACTIVE: 45})
_GROUP_STATUS = _Table.of(
    {GroupStatus.ACTIVE: 85, GroupStatus.DORMANT: 10, GroupStatus.DISSOLVED: 5}
)
_LEGAL_FORM = _Table.of(
    {
        LegalForm.INFORMAL: 45,
        LegalForm.CHURCH: 20,
        LegalForm.REGISTERED_ASSOCIATION: 20,
        LegalForm.MUNICIPAL: 8,
        LegalForm.WELFARE: 5,
        LegalForm.OTHER: 2,
    }
)
_CHANNEL = _Table.of(
    {
        ContactChannel.PHONE: 35,
        ContactChannel.EMAIL: 35,
        ContactChannel.MEETING: 20,
        ContactChannel.VIDEO: 7,
        ContactChannel.LETTER: 2,
        ContactChannel.OTHER: 1,
    }
)
_PARTNERSHIP = _Table.of(
    {
        PartnershipKind.COOPERATION: 45,
        PartnershipKind.NETWORK: 25,
        PartnershipKind.ALLIANCE: 15,
        PartnershipKind.FUNDING: 10,
        PartnershipKind.OTHER: 5,
    }
)
_PARTNER_COUNT = _Table.of({0: 35, 1: 30, 2: 20, 3: 15})
_LANGUAGE_COUNT = _Table.of({0: 40, 1: 40, 2: 20})


@dataclass(frozen=True)
class Sizes:
    """How many records of each kind a scale creates, and over how many Kreise."""

    groups: int
    organisations: int
    programmes: int
    persons: int
    contacts: int
    region_statuses: int
    kreise: int


@dataclass(frozen=True)
class Gebiet:
    """The facts about one row of the ``region`` table that the generator uses."""

    ags: str
    name: str
    kind: str
    level: RegionLevel
    parent_ags: str | None
    population: int
    postal_code: str


class RegionIndex:
    """Bavaria's Gebiete in memory; also answers validation's ``RegionLookup`` questions.

    Validating tens of thousands of records against the database would cost a query per
    record; the 2,160 Gebiete fit in a dictionary.
    """

    def __init__(self, gebiete: Iterable[Gebiet]) -> None:
        self.by_ags = {gebiet.ags: gebiet for gebiet in sorted(gebiete, key=lambda g: g.ags)}
        self.kreise = [g for g in self.by_ags.values() if g.level is RegionLevel.DISTRICT]
        self.gemeinden: dict[str, list[Gebiet]] = {kreis.ags: [] for kreis in self.kreise}
        for gebiet in self.by_ags.values():
            if gebiet.level is RegionLevel.MUNICIPALITY and gebiet.parent_ags in self.gemeinden:
                self.gemeinden[gebiet.parent_ags].append(gebiet)

    def region_level(self, ags: str) -> RegionLevel | None:
        gebiet = self.by_ags.get(ags)
        return gebiet.level if gebiet else None

    def seat(self, kreis: Gebiet) -> Gebiet:
        """Where the Kreis' offices sit: for "Landkreis Passau" the city of Passau, else
        the Kreis' largest Gemeinde (mostly the Kreisstadt; good enough for a demo)."""
        for gemeinde in self.gemeinden.values():
            town = gemeinde[0] if len(gemeinde) == 1 else None
            if town and town.kind == "kreisfreie Stadt" and town.name == kreis.name:
                return town
        return max(self.gemeinden[kreis.ags], key=lambda g: (g.population, g.ags))


def kreis_label(kreis: Gebiet) -> str:
    """Name a Kreis as its offices do: "Landkreis Freising" or "Stadt Augsburg"."""
    return f"Landkreis {kreis.name}" if kreis.kind == "Landkreis" else f"Stadt {kreis.name}"


def slug(text: str, separator: str = "-") -> str:
    """An ASCII form of ``text`` for invented e-mail addresses and web domains."""
    text = text.casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", separator, text).strip(separator)[:40].strip(separator)


class _Schedule(NamedTuple):
    weekday: Weekday | None = None
    start_time: time | None = None
    end_time: time | None = None
    text: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


class _Consent(NamedTuple):
    given_on: date | None = None
    internal: bool = False
    share: bool = False
    print: bool = False
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class _Group:
    id: str
    kreis_ags: str
    home: Gebiet
    status: GroupStatus


@dataclass(frozen=True)
class _Org:
    id: str
    kind: OrganisationKind
    kreis_ags: str | None
    home: Gebiet
    domain: str
    rank: int


def _group_weight(gemeinde: Gebiet) -> float:
    """Larger places have more groups, but far from in proportion to their size."""
    return math.sqrt(gemeinde.population)


def _contact_weight(org: _Org) -> float:
    """Groups talk to their KI and Landratsamt most often, the Flüchtlingsrat seldom."""
    if org.kind is K.REFUGEE_COUNCIL:
        return 0.5
    return _CONTACT_WEIGHTS.get(org.kind, 1.0)


_CONTACT_WEIGHTS = {
    K.KI: 6.0,
    K.DISTRICT_OFFICE: 4.0,
    K.INTEGRATION_GUIDE: 3.0,
    K.MIGRATION_COUNSELLING: 3.0,
    K.JOBCENTER: 2.0,
    K.MUNICIPALITY: 2.0,
    K.SCHOOL: 1.5,
    K.DAYCARE: 1.0,
}
_CONTACT_GROUP_WEIGHTS = {
    GroupStatus.ACTIVE: 4.0,
    GroupStatus.DORMANT: 1.0,
    GroupStatus.DISSOLVED: 0.2,
}
_PROGRAMME_WEIGHTS = {GroupStatus.ACTIVE: 3.0, GroupStatus.DORMANT: 1.0, GroupStatus.DISSOLVED: 0.0}
_WEEKDAYS = (
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
    Weekday.SATURDAY,
)


class DemoContent:
    """Invents the demo records; call groups, organisations, programmes, persons,
    contacts, partnerships, region_statuses in this order and exhaust each iterator."""

    def __init__(self, regions: RegionIndex, sizes: Sizes, seed: int, today: date) -> None:
        self.regions = regions
        self.sizes = sizes
        self.today = today
        self.rng = random.Random(seed)
        self._seed = str(seed)
        self._phones: set[str] = set()
        self._groups: list[_Group] = []
        self._orgs: list[_Org] = []
        self._orgs_by_kreis: dict[str, list[_Org]] = {}
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
            concept = _CONCEPT.draw(self.rng)
            ki = _KI.draw(self.rng)
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
        anywhere = _Table.weighted(candidates, _group_weight)
        names: set[str] = set()
        for number in range(self.sizes.groups):
            if number < len(self.kreise):
                local = self.regions.gemeinden[self.kreise[number].ags]
                home = _Table.weighted(local, _group_weight).draw(self.rng)
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
            status = _GROUP_STATUS.draw(self.rng)
            domain = f"{slug(name)}.example.org"
            record_id = self._id("group", number)
            self._groups.append(_Group(record_id, kreis_ags, home, status))
            yield (
                record_id,
                HelperGroupData(
                    name=name,
                    legal_form=_LEGAL_FORM.draw(self.rng),
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
        org = _Org(record_id, data.kind, kreis_ags, home, f"{slug(data.name)}.example.org", rank)
        self._orgs.append(org)
        if kreis_ags:
            self._orgs_by_kreis.setdefault(kreis_ags, []).append(org)
        return record_id

    # --- Angebote --------------------------------------------------------------------------

    def programmes(self) -> Iterator[tuple[str, ProgrammeData]]:
        """Angebote of groups (mostly), of Stellen, and a few run together."""
        groups = _Table.weighted(self._groups, lambda g: _PROGRAMME_WEIGHTS[g.status])
        runners = [org for org in self._orgs if org.kind is not K.REFUGEE_COUNCIL]
        for_groups = [t for t in words.PROGRAMMES if not t.offices_only]
        taken: set[tuple[str, str]] = set()
        for number in range(self.sizes.programmes):
            share = self.rng.random()
            group: _Group | None = None
            org: _Org | None = None
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
        count = _LANGUAGE_COUNT.draw(self.rng)
        return ("Deutsch", *self.rng.sample(words.OTHER_LANGUAGES, count))

    def _schedule(self) -> _Schedule:
        """Wochentag and Uhrzeit (most), or a schedule text; some with a Zeitraum."""
        schedule = _Schedule()
        if self._chance(0.7):
            hour = self.rng.choice((9, 10, 14, 15, 16, 17, 18, 19))
            start = time(hour, self.rng.choice((0, 0, 30)))
            end = start.hour * 60 + start.minute + self.rng.choice((60, 90, 120))
            schedule = schedule._replace(
                weekday=self.rng.choice(_WEEKDAYS),
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
        owners: list[_Group | _Org] = [*self._groups, *by_rank]
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

    def _person(self, owner: _Group | _Org, lead: bool) -> PersonData:
        consent = self._consent()
        female = self._chance(0.6)
        first = self.rng.choice(words.FEMALE_FIRST_NAMES if female else words.MALE_FIRST_NAMES)
        if self._chance(0.05):
            surname = "Musterfrau" if female else "Mustermann"
        else:
            surname = self.rng.choice(words.SURNAME_STEMS) + self.rng.choice(words.SURNAME_ENDINGS)
        roles: Sequence[tuple[str, str]]
        if isinstance(owner, _Group):
            roles = words.GROUP_ROLES[:1] if lead else words.GROUP_ROLES[1:]
            email = f"{slug(first, '.')}.{slug(surname, '.')}@example.com"
        else:
            roles = words.ORGANISATION_ROLES.get(owner.kind, words.OTHER_ROLES)
            email = f"{slug(first)[0]}.{slug(surname)}@{owner.domain}"
        female_role, male_role = self.rng.choice(roles)
        return PersonData(
            name=f"{first} {surname}",
            role=female_role if female else male_role,
            group_id=owner.id if isinstance(owner, _Group) else None,
            organisation_id=owner.id if isinstance(owner, _Org) else None,
            phone=self._phone() if self._chance(0.75) else "",
            email=email if self._chance(0.8) else "",
            notes=self.rng.choice(words.PERSON_NOTES) if self._chance(0.1) else "",
            consent_given_on=consent.given_on,
            consent_internal=consent.internal,
            consent_share=consent.share,
            consent_print=consent.print,
            consent_withdrawn_on=consent.withdrawn_on,
        )

    def _consent(self) -> _Consent:
        """Most consented (scopes mixed), ~15 % never asked, ~5 % withdrew."""
        kind = self.rng.random()
        if kind < 0.15:
            return _Consent()
        given = self._days_ago(30, 1000)
        share = self._chance(0.6)
        print_ = self._chance(0.45)
        internal = self._chance(0.95) or not (share or print_)
        withdrawn = None
        if kind < 0.20:
            withdrawn = given + timedelta(days=self.rng.randint(1, (self.today - given).days))
        return _Consent(given, internal, share, print_, withdrawn)

    # --- Kontakte --------------------------------------------------------------------------

    def contacts(self) -> Iterator[tuple[str, ContactData]]:
        """Contacts of groups with Stellen of their Kreis (KI most often), ~20 % with a
        Wiedervorlage: overdue, due within two weeks, later, or already done."""
        council = self._orgs[0]
        partners = {
            kreis_ags: _Table.weighted([*orgs, council], _contact_weight)
            for kreis_ags, orgs in self._orgs_by_kreis.items()
        }
        nobody = _Table.of({council: 1.0})
        groups = _Table.weighted(self._groups, lambda g: _CONTACT_GROUP_WEIGHTS[g.status])
        for number in range(self.sizes.contacts):
            share = self.rng.random()
            group: _Group | None = None
            org: _Org | None = None
            if share < 0.05:  # logged by a Stelle, no group involved
                org = self.rng.choice(self._orgs)
            else:
                group = groups.draw(self.rng)
                if share < 0.95:  # with a Stelle of the group's Kreis (else among groups)
                    org = partners.get(group.kreis_ags, nobody).draw(self.rng)
            yield self._id("contact", number), self._contact(group, org)

    def _contact(self, group: _Group | None, org: _Org | None) -> ContactData:
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
            channel=_CHANNEL.draw(self.rng),
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
            count = _PARTNER_COUNT.draw(self.rng)
            local = self._orgs_by_kreis.get(group.kreis_ags, [])
            for org in self.rng.sample(local, min(count, len(local))):
                yield (
                    ids.partnership_id(group.id, org.id),
                    PartnershipData(
                        group_id=group.id,
                        organisation_id=org.id,
                        kind=_PARTNERSHIP.draw(self.rng),
                        notes=self.rng.choice(words.PARTNERSHIP_NOTES),
                    ),
                )

    def region_statuses(self) -> Iterator[tuple[str, RegionStatusData]]:
        """The Integrationskonzept/KI status planned in the constructor, by AGS."""
        for ags, data in self._statuses.items():
            yield ids.region_status_id(ags), data
