"""Versorgung: how far each Kreis is from the aim, in figures, and where the gaps are.

The political aim behind the app is an Integrationskonzept and a funded Kommunales
Integrationszentrum in every Landkreis and kreisfreie Stadt, with Angebote in
Elementarbereich, Schule and Übergang Schule–Beruf. This module answers "where is that
missing?" per Kreis, rolled up to Regierungsbezirk and Bavaria, for the Versorgung page,
the map, the Versorgungsbericht and ``helferapp-cli coverage``.

Everything is counted by SQLite (``GROUP BY`` over ``json_each`` of the list columns), so
the 25,000 Angebote of a whole Land's data are never looped over in Python; the result
is a few hundred small rows. Rules, in one place:

- An Angebot is *active* if it is live, has started (or has no start date), has not
  ended, and its Helferkreis (if any) is not aufgelöst. It counts for the Kreis of its
  Gemeinde; without a Gemeinde, for the Gemeinde of its Stelle or the first Gemeinde of
  its Helferkreis.
- A Helferkreis counts in every Kreis where one of its Gemeinden lies, unless aufgelöst.
- The last KI contact of a Kreis is the newest contact (up to today) with a Stelle of
  kind KI whose Gebiet lies in the Kreis.
- One truth for the KI: an explicitly recorded KI status of the Kreis wins (source
  "status"); without one, a live Stelle of kind KI located in the Kreis means the Kreis
  has a KI whose status is not recorded (source "stelle", shown as "KI bekannt (Stelle
  …), Status nicht erfasst"); with neither, the KI is "nicht erfasst" (source None) —
  never "keins", which only a user can record.
- Lücken: status not recorded; no Integrationskonzept; no KI (recorded as "keins"); no
  active Angebot in one of the three KI-Bereiche that matter most; no KI contact for
  more than six months (only where a KI exists, is planned or is known from a Stelle,
  as "no KI" already says the rest).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from helferapp.domain.enums import ConceptStatus, FieldOfAction, KIArea, KIStatus
from helferapp.domain.text_folding import sort_key
from helferapp.services import coverage_counts as counts
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Region
from helferapp.store.models import RegionStatus as Status

KEY_AREAS: tuple[KIArea, ...] = (KIArea.ELEMENTARY, KIArea.SCHOOL, KIArea.SCHOOL_TO_WORK)
"""The KI-Bereiche in which every Kreis should have Angebote (Querschnitt is not a gap)."""

CONTACT_STALE_DAYS = 183
"""No contact with the KI for longer than this (about six months) is a gap."""


class KISource(StrEnum):
    """Where a Kreis' KI information comes from (``KreisCoverage.ki_source``)."""

    STATUS = "status"
    """A KI status recorded for the Kreis on the Gebiete page."""
    STELLE = "stelle"
    """No status recorded, but a Stelle of kind KI is located in the Kreis."""


class Gap(StrEnum):
    """A Lücke: something the aim asks for that a Kreis does not (yet) have."""

    NO_STATUS = "status_fehlt"
    NO_CONCEPT = "kein_konzept"
    NO_KI = "kein_ki"
    NO_ELEMENTARY = "kein_angebot_elementarbereich"
    NO_SCHOOL = "kein_angebot_schule"
    NO_SCHOOL_TO_WORK = "kein_angebot_uebergang"
    NO_KI_CONTACT = "kein_ki_kontakt"

    @property
    def label(self) -> str:
        """German source text (the GUI passes it through Qt's translation)."""
        return GAP_LABELS[self]


GAP_LABELS: dict[Gap, str] = {
    Gap.NO_STATUS: "Status nicht erfasst",
    Gap.NO_CONCEPT: "kein Integrationskonzept",
    Gap.NO_KI: "kein KI",
    Gap.NO_ELEMENTARY: "kein Angebot Elementarbereich",
    Gap.NO_SCHOOL: "kein Angebot Schule",
    Gap.NO_SCHOOL_TO_WORK: "kein Angebot Übergang Schule–Beruf",
    Gap.NO_KI_CONTACT: "kein KI-Kontakt seit über 6 Monaten",
}
AREA_GAPS: dict[KIArea, Gap] = {
    KIArea.ELEMENTARY: Gap.NO_ELEMENTARY,
    KIArea.SCHOOL: Gap.NO_SCHOOL,
    KIArea.SCHOOL_TO_WORK: Gap.NO_SCHOOL_TO_WORK,
}


@dataclass(frozen=True)
class KreisCoverage:
    """The figures of one Landkreis or kreisfreie Stadt.

    ``concept``/``ki`` are None when no status is recorded for the Kreis;
    ``ki_stellen`` names the live Stellen of kind KI located in it.
    """

    ags: str
    name: str
    kind: str
    bezirk_ags: str
    bezirk_name: str
    population: int
    concept: ConceptStatus | None
    concept_date: date | None
    ki: KIStatus | None
    ki_date: date | None
    integration_guide: bool
    checked_on: date | None
    groups: int
    programmes: int
    by_area: dict[KIArea, int]
    by_field: dict[FieldOfAction, int]
    gemeinden: int
    gemeinden_without: int
    last_ki_contact: date | None
    gaps: tuple[Gap, ...]
    ki_stellen: tuple[str, ...] = ()

    @property
    def ki_source(self) -> KISource | None:
        """Where the KI information comes from: a recorded status wins over a Stelle."""
        if self.ki is not None:
            return KISource.STATUS
        return KISource.STELLE if self.ki_stellen else None

    @property
    def has_ki(self) -> bool:
        """A KI exists or is planned: recorded so, or known from a Stelle of kind KI."""
        if self.ki is not None:
            return self.ki in (KIStatus.ACTIVE, KIStatus.PLANNED)
        return bool(self.ki_stellen)

    @property
    def title(self) -> str:
        """Name with kind, e.g. "Augsburg (kreisfreie Stadt)"."""
        return f"{self.name} ({self.kind})"

    @property
    def per_10k(self) -> float:
        """Active Angebote per 10,000 inhabitants."""
        return per_10k(self.programmes, self.population)


@dataclass(frozen=True)
class AreaSummary:
    """The same figures rolled up: a Regierungsbezirk (``ags`` 09x) or Bavaria (``09``)."""

    ags: str
    name: str
    kind: str
    population: int
    kreise: int
    concept: dict[ConceptStatus | None, int]
    ki: dict[KIStatus | None, int]
    integration_guide: int
    groups: int
    programmes: int
    by_area: dict[KIArea, int]
    by_field: dict[FieldOfAction, int]
    gemeinden: int
    gemeinden_without: int
    last_ki_contact: date | None
    gaps: dict[Gap, int]
    ki_from_stelle: int = 0
    """Kreise without a recorded KI status whose KI is known from a Stelle."""

    @property
    def per_10k(self) -> float:
        return per_10k(self.programmes, self.population)


@dataclass(frozen=True)
class Coverage:
    """Everything at once: the Kreise (sorted by name), the Bezirke and Bavaria."""

    kreise: list[KreisCoverage]
    bezirke: list[AreaSummary]
    bavaria: AreaSummary
    today: date
    _by_ags: dict[str, KreisCoverage] = field(default_factory=dict, repr=False)

    def kreis(self, ags: str) -> KreisCoverage:
        if not self._by_ags:
            self._by_ags.update((row.ags, row) for row in self.kreise)
        return self._by_ags[ags]

    def in_bezirk(self, bezirk_ags: str | None) -> list[KreisCoverage]:
        """The Kreise of one Regierungsbezirk, or all for None."""
        if not bezirk_ags or bezirk_ags == "09":
            return list(self.kreise)
        return [row for row in self.kreise if row.bezirk_ags == bezirk_ags]

    def area(self, ags: str | None) -> AreaSummary:
        """The summary of a Regierungsbezirk, or of Bavaria for None/"09"."""
        for summary in self.bezirke:
            if summary.ags == ags:
                return summary
        return self.bavaria


def per_10k(count: int, population: int) -> float:
    return count * 10_000 / population if population else 0.0


# --- assembling the figures -------------------------------------------------------------


def kreis_coverage(uow: UnitOfWork, today: date | None = None) -> Coverage:
    """The figures of all 96 Kreise, the 7 Regierungsbezirke and Bavaria."""
    today = today or date.today()
    with uow:
        session = uow.session
        bezirk_names: dict[str, str] = {
            ags: name
            for ags, name in session.execute(
                select(Region.ags, Region.name).where(Region.level == "Regierungsbezirk")
            )
        }
        kreise = session.execute(
            select(
                Region.ags, Region.name, Region.kind, Region.parent_ags, Region.population
            ).where(Region.level == "Kreis")
        ).all()
        statuses = {
            row.ags: row
            for row in session.execute(
                select(
                    Status.ags,
                    Status.concept_status,
                    Status.concept_date,
                    Status.ki_status,
                    Status.ki_date,
                    Status.integration_guide,
                    Status.checked_on,
                ).where(
                    Status.deleted.is_(False),
                    Status.purged.is_(False),
                    func.length(Status.ags) == 5,
                )
            )
        }
        gemeinden = counts.gemeinde_counts(uow)
        programmes = counts.programme_counts(uow, today)
        groups = counts.group_counts(uow)
        last_contact = counts.last_ki_contacts(uow, today)
        ki_stellen = counts.ki_stellen(uow)
    rows = []
    empty = counts.ProgrammeCounts()
    for ags, name, kind, parent, population in kreise:
        status = statuses.get(ags)
        offered = programmes.get(ags, empty)
        row = KreisCoverage(
            ags=ags,
            name=name,
            kind=kind,
            bezirk_ags=parent or "",
            bezirk_name=bezirk_names.get(parent or "", ""),
            population=population,
            concept=status.concept_status if status else None,
            concept_date=status.concept_date if status else None,
            ki=status.ki_status if status else None,
            ki_date=status.ki_date if status else None,
            integration_guide=bool(status.integration_guide) if status else False,
            checked_on=status.checked_on if status else None,
            groups=groups.get(ags, 0),
            programmes=offered.total,
            by_area={area: offered.by_area.get(area, 0) for area in KIArea},
            by_field={f: offered.by_field.get(f, 0) for f in FieldOfAction},
            gemeinden=gemeinden.get(ags, 0),
            gemeinden_without=gemeinden.get(ags, 0) - offered.gemeinden,
            last_ki_contact=last_contact.get(ags),
            gaps=(),
            ki_stellen=ki_stellen.get(ags, ()),
        )
        rows.append(replace(row, gaps=gaps_of(row, today)))
    rows.sort(key=lambda row: (sort_key(row.name), row.kind, row.ags))
    bezirke = [
        roll_up(bags, bname, "Regierungsbezirk", [r for r in rows if r.bezirk_ags == bags])
        for bags, bname in sorted(bezirk_names.items())
    ]
    return Coverage(rows, bezirke, roll_up("09", "Bayern", "Land", rows), today)


def gaps_of(row: KreisCoverage, today: date) -> tuple[Gap, ...]:
    """The Lücken of one Kreis, in a fixed order (see the module docstring)."""
    gaps: list[Gap] = []
    if row.concept is None and row.ki is None:
        gaps.append(Gap.NO_STATUS)
    if row.concept is ConceptStatus.NONE:
        gaps.append(Gap.NO_CONCEPT)
    if row.ki is KIStatus.NONE:
        gaps.append(Gap.NO_KI)
    gaps += [AREA_GAPS[area] for area in KEY_AREAS if not row.by_area.get(area)]
    has_ki = row.has_ki
    stale = row.last_ki_contact is None or (today - row.last_ki_contact) > timedelta(
        days=CONTACT_STALE_DAYS
    )
    if has_ki and stale:
        gaps.append(Gap.NO_KI_CONTACT)
    return tuple(gaps)


def roll_up(ags: str, name: str, kind: str, rows: Iterable[KreisCoverage]) -> AreaSummary:
    """Sum the figures of ``rows`` (the Kreise of a Bezirk, or all) into one summary."""
    rows = list(rows)
    concept: dict[ConceptStatus | None, int] = defaultdict(int)
    ki: dict[KIStatus | None, int] = defaultdict(int)
    gaps: dict[Gap, int] = defaultdict(int)
    by_area: dict[KIArea, int] = defaultdict(int)
    by_field: dict[FieldOfAction, int] = defaultdict(int)
    for row in rows:
        concept[row.concept] += 1
        ki[row.ki] += 1
        for gap in row.gaps:
            gaps[gap] += 1
        for key, value in row.by_area.items():
            by_area[key] += value
        for fkey, fvalue in row.by_field.items():
            by_field[fkey] += fvalue
    contacts = [row.last_ki_contact for row in rows if row.last_ki_contact]
    return AreaSummary(
        ags=ags,
        name=name,
        kind=kind,
        population=sum(row.population for row in rows),
        kreise=len(rows),
        concept=dict(concept),
        ki=dict(ki),
        integration_guide=sum(row.integration_guide for row in rows),
        groups=sum(row.groups for row in rows),
        programmes=sum(row.programmes for row in rows),
        by_area={a: by_area.get(a, 0) for a in KIArea},
        by_field={f: by_field.get(f, 0) for f in FieldOfAction},
        gemeinden=sum(row.gemeinden for row in rows),
        gemeinden_without=sum(row.gemeinden_without for row in rows),
        last_ki_contact=max(contacts, default=None),
        gaps={gap: gaps[gap] for gap in Gap if gaps.get(gap)},
        ki_from_stelle=sum(row.ki_source is KISource.STELLE for row in rows),
    )


def ki_text(row: KreisCoverage) -> str:
    """The Kreis' KI in German words: the recorded status, or that a Stelle says there
    is one (CLI, report; the GUI translates the same pieces in
    ``ui/coverage/coverage_table.py``)."""
    if row.ki is not None:
        return row.ki.label
    if row.ki_stellen:
        return f"KI bekannt (Stelle {', '.join(row.ki_stellen)}), Status nicht erfasst"
    return "nicht erfasst"


def gemeinden_without_programme(
    uow: UnitOfWork, kreis_ags: str, today: date | None = None
) -> list[str]:
    """Names of the Gemeinden of one Kreis without any active Angebot, in German order."""
    with uow:
        names = counts.gemeinden_without_programme(uow, kreis_ags, today or date.today())
    return sorted(names, key=sort_key)
