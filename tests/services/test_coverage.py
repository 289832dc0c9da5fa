"""Versorgung figures on a small hand-built database whose answers are known.

Landkreis Dachau (17 Gemeinden, 157,813 Einwohner) gets an adopted Konzept, an active
KI and three active Angebote in two Gemeinden; the kreisfreie Stadt Augsburg gets no
Konzept, no KI and one Angebot that only its Stelle's Gemeinde places there. Ended,
future, deleted Angebote and those of a dissolved Helferkreis must not count.
"""

from __future__ import annotations

from datetime import date

import pytest

from helferapp.domain.enums import (
    ConceptStatus,
    FieldOfAction,
    GroupStatus,
    KIArea,
    KIStatus,
    OrganisationKind,
)
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.services import coverage, entities, records
from helferapp.services.coverage import Coverage, Gap
from helferapp.services.coverage_measures import (
    BAD,
    GOOD,
    UNKNOWN,
    Measure,
    classify,
    german_number,
    nice_breaks,
)
from helferapp.services.unit_of_work import UnitOfWork

DACHAU, ALTOMUENSTER, LK_DACHAU = "09174115", "09174111", "09174"
AUGSBURG_GEMEINDE, AUGSBURG = "09761000", "09761"
TODAY = date(2026, 6, 30)
F = FieldOfAction


@pytest.fixture
def built(uow: UnitOfWork) -> UnitOfWork:
    def create(spec: entities.EntitySpec, data: object) -> str:  # type: ignore[type-arg]
        return records.create(uow, spec, data).id

    active = create(
        entities.GROUPS,
        HelperGroupData(name="HK Dachau", region_ags=(DACHAU, ALTOMUENSTER, AUGSBURG_GEMEINDE)),
    )
    dissolved = create(
        entities.GROUPS,
        HelperGroupData(name="HK alt", region_ags=(DACHAU,), status=GroupStatus.DISSOLVED),
    )
    create(
        entities.GROUPS,
        HelperGroupData(name="HK ruht", region_ags=(DACHAU,), status=GroupStatus.DORMANT),
    )
    ki = create(
        entities.ORGANISATIONS,
        OrganisationData(name="KI Dachau", kind=OrganisationKind.KI, region_ags=LK_DACHAU),
    )
    caritas = create(
        entities.ORGANISATIONS,
        OrganisationData(
            name="Caritas", kind=OrganisationKind.WELFARE, region_ags=AUGSBURG_GEMEINDE
        ),
    )

    def programme(title: str, fields: tuple[F, ...], **more: object) -> str:
        values: dict[str, object] = {"group_id": active, "region_ags": DACHAU, **more}
        return create(entities.PROGRAMMES, ProgrammeData(title=title, fields=fields, **values))  # type: ignore[arg-type]

    programme("Krabbelgruppe", (F.ELEMENTARY, F.LANGUAGE))
    programme("Hausaufgaben", (F.SCHOOL,), region_ags=ALTOMUENSTER)
    programme("Sprachcafé", (F.LANGUAGE, F.ENCOUNTER))
    programme("Alt", (F.SCHOOL_TO_WORK,), group_id=dissolved)
    programme("Vorbei", (F.SCHOOL_TO_WORK,), ends_on=date(2026, 1, 1))
    programme("Bald", (F.SCHOOL_TO_WORK,), starts_on=date(2026, 9, 1))
    programme("Bewerbung", (F.SCHOOL_TO_WORK,), group_id=None, organisation_id=caritas,
              region_ags=None)  # fmt: skip
    gone = programme("Gelöscht", (F.ELEMENTARY,), region_ags=AUGSBURG_GEMEINDE)
    records.delete(uow, entities.PROGRAMMES, gone)

    for when in (date(2026, 1, 10), date(2026, 7, 15)):
        create(
            entities.CONTACTS,
            ContactData(subject="Treffen", contact_date=when, organisation_id=ki, group_id=active),
        )
    deleted = create(
        entities.CONTACTS,
        ContactData(subject="Treffen", contact_date=date(2026, 5, 2), organisation_id=ki),
    )
    records.delete(uow, entities.CONTACTS, deleted)
    create(
        entities.CONTACTS,
        ContactData(subject="Treffen", contact_date=date(2026, 6, 1), organisation_id=caritas),
    )

    create(
        entities.REGION_STATUSES,
        RegionStatusData(
            ags=LK_DACHAU,
            concept_status=ConceptStatus.ADOPTED,
            concept_date=date(2020, 3, 1),
            ki_status=KIStatus.ACTIVE,
            integration_guide=True,
        ),
    )
    create(entities.REGION_STATUSES, RegionStatusData(ags=AUGSBURG))
    create(  # a Gemeinde's status is not the Kreis' status
        entities.REGION_STATUSES,
        RegionStatusData(ags=ALTOMUENSTER, concept_status=ConceptStatus.PLANNED),
    )
    return uow


@pytest.fixture
def figures(built: UnitOfWork) -> Coverage:
    return coverage.kreis_coverage(built, TODAY)


def test_all_96_kreise_with_kind_and_bezirk(figures: Coverage) -> None:
    assert len(figures.kreise) == 96
    assert {row.kind for row in figures.kreise} == {"Landkreis", "kreisfreie Stadt"}
    augsburg = [row.title for row in figures.kreise if row.name == "Augsburg"]
    assert augsburg == ["Augsburg (Landkreis)", "Augsburg (kreisfreie Stadt)"]
    assert figures.kreis(LK_DACHAU).bezirk_name == "Oberbayern"


def test_status_of_a_kreis(figures: Coverage) -> None:
    dachau = figures.kreis(LK_DACHAU)
    assert dachau.concept is ConceptStatus.ADOPTED
    assert dachau.concept_date == date(2020, 3, 1)
    assert dachau.ki is KIStatus.ACTIVE
    assert dachau.integration_guide is True
    assert figures.kreis("09772").concept is None  # nothing recorded for Landkreis Augsburg


def test_only_active_programmes_count_per_area_and_field(figures: Coverage) -> None:
    dachau = figures.kreis(LK_DACHAU)
    assert dachau.programmes == 3
    assert dachau.by_area == {
        KIArea.ELEMENTARY: 1,
        KIArea.SCHOOL: 1,
        KIArea.SCHOOL_TO_WORK: 0,
        KIArea.CROSS_CUTTING: 2,  # the Sprachcafé has two such fields: counted once
    }
    assert dachau.by_field[F.LANGUAGE] == 2
    assert dachau.by_field[F.ENCOUNTER] == 1
    assert dachau.by_field[F.SCHOOL_TO_WORK] == 0
    assert dachau.per_10k == pytest.approx(3 * 10_000 / 157_813)


def test_a_programme_without_gemeinde_counts_where_its_stelle_is(figures: Coverage) -> None:
    augsburg = figures.kreis(AUGSBURG)
    assert augsburg.programmes == 1  # the deleted one does not count
    assert augsburg.by_area[KIArea.SCHOOL_TO_WORK] == 1
    assert (augsburg.gemeinden, augsburg.gemeinden_without) == (1, 0)


def test_groups_count_in_each_kreis_they_work_in_unless_dissolved(figures: Coverage) -> None:
    assert figures.kreis(LK_DACHAU).groups == 2  # active and dormant, not the dissolved
    assert figures.kreis(AUGSBURG).groups == 1
    assert figures.kreis("09772").groups == 0


def test_gemeinden_without_any_programme(built: UnitOfWork, figures: Coverage) -> None:
    dachau = figures.kreis(LK_DACHAU)
    assert (dachau.gemeinden, dachau.gemeinden_without) == (17, 15)
    names = coverage.gemeinden_without_programme(built, LK_DACHAU, TODAY)
    assert len(names) == 15
    assert "Dachau" not in names and "Altomünster" not in names
    assert names[0] == "Bergkirchen"


def test_last_ki_contact_ignores_deleted_future_and_other_stellen(built: UnitOfWork) -> None:
    assert coverage.kreis_coverage(built, TODAY).kreis(LK_DACHAU).last_ki_contact == date(
        2026, 1, 10
    )
    later = coverage.kreis_coverage(built, date(2026, 8, 1))
    assert later.kreis(LK_DACHAU).last_ki_contact == date(2026, 7, 15)
    assert later.kreis(AUGSBURG).last_ki_contact is None  # Caritas is no KI


def test_gaps(built: UnitOfWork, figures: Coverage) -> None:
    assert figures.kreis(LK_DACHAU).gaps == (Gap.NO_SCHOOL_TO_WORK,)
    assert figures.kreis(AUGSBURG).gaps == (
        Gap.NO_CONCEPT,
        Gap.NO_KI,
        Gap.NO_ELEMENTARY,
        Gap.NO_SCHOOL,
    )
    assert figures.kreis("09772").gaps[0] is Gap.NO_STATUS
    # more than six months after the last KI contact
    late = coverage.kreis_coverage(built, date(2027, 3, 1)).kreis(LK_DACHAU)
    assert Gap.NO_KI_CONTACT in late.gaps
    assert Gap.NO_KI_CONTACT.label == "kein KI-Kontakt seit über 6 Monaten"


def test_roll_up_to_bezirk_and_bavaria(figures: Coverage) -> None:
    oberbayern = figures.area("091")
    assert (oberbayern.name, oberbayern.kreise) == ("Oberbayern", 23)
    assert oberbayern.programmes == 3
    assert oberbayern.by_area[KIArea.CROSS_CUTTING] == 2
    assert oberbayern.concept[ConceptStatus.ADOPTED] == 1
    assert oberbayern.last_ki_contact == date(2026, 1, 10)
    schwaben = figures.area("097")
    assert schwaben.programmes == 1 and schwaben.ki[KIStatus.NONE] == 1
    bavaria = figures.bavaria
    assert bavaria.kreise == 96 and bavaria.population == 13_435_062
    assert bavaria.programmes == 4
    assert bavaria.groups == 3  # a Helferkreis in two Kreise counts in each
    assert bavaria.gemeinden == 2056
    assert bavaria.gemeinden_without == 2056 - 3
    assert bavaria.concept == {ConceptStatus.ADOPTED: 1, ConceptStatus.NONE: 1, None: 94}
    assert bavaria.gaps[Gap.NO_STATUS] == 94
    assert bavaria.integration_guide == 1
    assert bavaria.per_10k == pytest.approx(4 * 10_000 / 13_435_062)
    assert len(figures.in_bezirk("097")) == 14 and len(figures.in_bezirk(None)) == 96


def test_an_empty_database_has_all_gaps(uow: UnitOfWork) -> None:
    figures = coverage.kreis_coverage(uow, TODAY)
    assert figures.bavaria.programmes == 0
    assert figures.bavaria.gaps[Gap.NO_STATUS] == 96
    assert figures.bavaria.gaps[Gap.NO_SCHOOL] == 96
    assert Gap.NO_KI_CONTACT not in figures.bavaria.gaps


def test_classification_colours_and_legend(figures: Coverage) -> None:
    concept = classify(figures.kreise, Measure.CONCEPT)
    assert concept.classes[LK_DACHAU].colour == GOOD
    assert concept.classes[AUGSBURG].colour == BAD
    assert concept.classes["09772"].colour == UNKNOWN
    assert [entry.label for entry in concept.legend] == [
        "beschlossen",
        "in Arbeit",
        "keins",
        "nicht erfasst",
    ]
    area = classify(figures.kreise, Measure.AREA, KIArea.SCHOOL_TO_WORK)
    assert area.classes[LK_DACHAU].label == "kein Angebot"
    assert area.classes[AUGSBURG].colour != BAD
    assert "Übergang Schule–Beruf" in area.title
    assert classify(figures.kreise, Measure.PER_10K).values[LK_DACHAU] == "0,2"


def test_nice_breaks_and_german_numbers() -> None:
    assert nice_breaks([0, 0]) == []
    assert nice_breaks([1, 2, 3, 4, 5, 6, 7, 8]) == [3.0, 5.0, 6.0]
    assert nice_breaks([float(n) for n in range(1, 101)]) == [25.0, 50.0, 80.0]
    assert german_number(1234.56) == "1.234,6"
    assert german_number(13_435_062, 0) == "13.435.062"


def test_a_ki_entered_as_a_stelle_counts_as_a_ki(uow: UnitOfWork) -> None:
    """One truth: a Stelle of kind KI in a Kreis without a status means "KI bekannt",
    never "keins"; a recorded status wins; a deleted Stelle says nothing."""
    lk_augsburg = "09772"
    records.create(
        uow,
        entities.ORGANISATIONS,
        OrganisationData(
            name="Kommunales Integrationszentrum Landkreis Augsburg",
            kind=OrganisationKind.KI,
            region_ags="09772125",
        ),
    )
    gone = records.create(
        uow,
        entities.ORGANISATIONS,
        OrganisationData(name="KI alt", kind=OrganisationKind.KI, region_ags=LK_DACHAU),
    )
    records.delete(uow, entities.ORGANISATIONS, gone.id)
    records.create(
        uow,
        entities.ORGANISATIONS,
        OrganisationData(name="KI Stadt", kind=OrganisationKind.KI, region_ags=AUGSBURG),
    )
    records.create(
        uow,
        entities.REGION_STATUSES,
        RegionStatusData(ags=AUGSBURG, ki_status=KIStatus.PLANNED),
    )
    figures = coverage.kreis_coverage(uow, TODAY)

    known = figures.kreis(lk_augsburg)
    assert known.ki is None
    assert known.ki_source is coverage.KISource.STELLE
    assert known.has_ki
    assert Gap.NO_KI not in known.gaps
    assert Gap.NO_STATUS in known.gaps  # still nothing recorded for the Kreis
    assert Gap.NO_KI_CONTACT in known.gaps  # a known KI without contact is a gap
    assert coverage.ki_text(known) == (
        "KI bekannt (Stelle Kommunales Integrationszentrum Landkreis Augsburg), "
        "Status nicht erfasst"
    )
    assert classify(figures.kreise, Measure.KI).classes[lk_augsburg].key == "stelle"

    recorded = figures.kreis(AUGSBURG)
    assert recorded.ki_source is coverage.KISource.STATUS
    assert coverage.ki_text(recorded) == "geplant"

    dachau = figures.kreis(LK_DACHAU)  # only a deleted KI Stelle
    assert dachau.ki_source is None and not dachau.has_ki
    assert coverage.ki_text(dachau) == "nicht erfasst"
    assert figures.bavaria.ki_from_stelle == 1
