"""The demo generator's building blocks: Gebiete in memory, weighted draws, sizes.

``services.demo_content`` invents the records from these; the word lists and weights
themselves are data in ``resources/demo/`` (read by ``services.demo_vocabulary``).
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from bisect import bisect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

from helferapp.domain.enums import GroupStatus, OrganisationKind, RegionLevel, Weekday
from helferapp.services import demo_vocabulary as words

T = TypeVar("T")
K = OrganisationKind


@dataclass(frozen=True)
class Table(Generic[T]):
    """Items with cumulative weights, to draw from quickly and many times."""

    items: tuple[T, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, weights: Mapping[T, float]) -> Table[T]:
        return cls(tuple(weights), tuple(accumulate(weights.values())))

    @classmethod
    def weighted(cls, items: Iterable[T], weight: Callable[[T], float]) -> Table[T]:
        items = tuple(items)
        return cls(items, tuple(accumulate(weight(item) for item in items)))

    def draw(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


CONCEPT = Table.of(words.CONCEPT_WEIGHTS)
KI_STATUS = Table.of(words.KI_WEIGHTS)
GROUP_STATUS = Table.of(words.GROUP_STATUS_WEIGHTS)
LEGAL_FORM = Table.of(words.LEGAL_FORM_WEIGHTS)
CHANNEL = Table.of(words.CHANNEL_WEIGHTS)
PARTNERSHIP = Table.of(words.PARTNERSHIP_WEIGHTS)
PARTNER_COUNT = Table.of(words.PARTNER_COUNT_WEIGHTS)
LANGUAGE_COUNT = Table.of(words.LANGUAGE_COUNT_WEIGHTS)


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


class Schedule(NamedTuple):
    weekday: Weekday | None = None
    start_time: time | None = None
    end_time: time | None = None
    text: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


class Consent(NamedTuple):
    given_on: date | None = None
    internal: bool = False
    share: bool = False
    print: bool = False
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class DemoGroup:
    id: str
    kreis_ags: str
    home: Gebiet
    status: GroupStatus


@dataclass(frozen=True)
class DemoOrg:
    id: str
    kind: OrganisationKind
    kreis_ags: str | None
    home: Gebiet
    domain: str
    rank: int


def group_weight(gemeinde: Gebiet) -> float:
    """Larger places have more groups, but far from in proportion to their size."""
    return math.sqrt(gemeinde.population)


def contact_weight(org: DemoOrg) -> float:
    """Groups talk to their KI and Landratsamt most often, the Flüchtlingsrat seldom."""
    return words.CONTACT_WEIGHTS.get(org.kind, 1.0)


CONTACT_GROUP_WEIGHTS = words.CONTACT_GROUP_WEIGHTS
PROGRAMME_WEIGHTS = words.PROGRAMME_WEIGHTS
WEEKDAYS = words.WEEKDAYS
