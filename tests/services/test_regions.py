"""Bavaria's Gebiete for pickers: counts, kinds beside names, forgiving search."""

from __future__ import annotations

import pytest

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import NotFoundError
from helferapp.domain.text_folding import sort_key
from helferapp.services import regions
from helferapp.services.unit_of_work import UnitOfWork


@pytest.fixture(scope="module")
def all_regions(tmp_path_factory: pytest.TempPathFactory) -> list[regions.RegionRow]:
    from helferapp.store.database import open_database

    database = open_database(tmp_path_factory.mktemp("regions") / "r.sqlite3")
    rows = regions.list_regions(UnitOfWork(database))
    database.dispose()
    return rows


def by_level(rows: list[regions.RegionRow], level: RegionLevel) -> list[regions.RegionRow]:
    return [row for row in rows if row.level is level]


def test_there_are_2160_gebiete_on_four_levels(all_regions: list[regions.RegionRow]) -> None:
    assert len(all_regions) == 2160
    counts = {level: len(by_level(all_regions, level)) for level in RegionLevel}
    assert counts == {
        RegionLevel.STATE: 1,
        RegionLevel.DISTRICT_REGION: 7,
        RegionLevel.DISTRICT: 96,
        RegionLevel.MUNICIPALITY: 2056,
    }


def test_the_gemeinde_picker_lists_2056_gemeinden(uow: UnitOfWork) -> None:
    gemeinden = regions.list_municipalities(uow)
    assert len(gemeinden) == 2056
    assert {row.level for row in gemeinden} == {RegionLevel.MUNICIPALITY}
    assert [row.name for row in gemeinden] == sorted((row.name for row in gemeinden), key=sort_key)
    names = [row.name for row in gemeinden]
    assert names.index("Übersee") < names.index("Zusmarshausen")
    assert names.index("Übersee") > names.index("Tyrlaching")


def test_there_are_71_landkreise_and_25_kreisfreie_staedte(uow: UnitOfWork) -> None:
    kreise = regions.list_districts(uow)
    assert len(kreise) == 96
    kinds = [row.kind for row in kreise]
    assert kinds.count("Landkreis") == 71
    assert kinds.count("kreisfreie Stadt") == 25


def test_the_seven_regierungsbezirke_in_the_order_of_their_keys(uow: UnitOfWork) -> None:
    bezirke = regions.list_district_regions(uow)
    assert [(row.ags, row.name) for row in bezirke] == [
        ("091", "Oberbayern"),
        ("092", "Niederbayern"),
        ("093", "Oberpfalz"),
        ("094", "Oberfranken"),
        ("095", "Mittelfranken"),
        ("096", "Unterfranken"),
        ("097", "Schwaben"),
    ]
    assert {row.level for row in bezirke} == {RegionLevel.DISTRICT_REGION}


def test_every_gemeinde_belongs_to_a_kreis(all_regions: list[regions.RegionRow]) -> None:
    kreise = {row.ags for row in by_level(all_regions, RegionLevel.DISTRICT)}
    for row in by_level(all_regions, RegionLevel.MUNICIPALITY):
        assert row.parent_ags in kreise, row
        assert row.parent_name and row.parent_kind in ("Landkreis", "kreisfreie Stadt")


def test_augsburg_city_and_landkreis_are_told_apart(uow: UnitOfWork) -> None:
    city = regions.get_region(uow, "09761")
    landkreis = regions.get_region(uow, "09772")
    assert city.name == landkreis.name == "Augsburg"
    assert city.display == "Augsburg (kreisfreie Stadt)"
    assert landkreis.display == "Augsburg (Landkreis)"
    assert city.display != landkreis.display


def test_a_gemeinde_shows_its_kind_and_its_kreis(uow: UnitOfWork) -> None:
    gersthofen = next(row for row in regions.list_municipalities(uow) if row.name == "Gersthofen")
    assert gersthofen.display == "Gersthofen (Stadt, Landkreis Augsburg)"
    assert gersthofen.parent_ags == "09772"


def test_the_gemeinde_of_a_kreisfreie_stadt_shows_just_that(uow: UnitOfWork) -> None:
    assert regions.get_region(uow, "09761000").display == "Augsburg (kreisfreie Stadt)"


def test_gemeinden_with_the_same_name_are_told_apart(
    all_regions: list[regions.RegionRow],
) -> None:
    gemeinden = by_level(all_regions, RegionLevel.MUNICIPALITY)
    displays = [row.display for row in gemeinden if row.kind != "kreisfreie Stadt"]
    assert len(set(displays)) == len(displays)
    names = [row.name for row in gemeinden]
    assert len(set(names)) < len(names)  # names do repeat


def test_an_unknown_ags_is_not_found_in_german(uow: UnitOfWork) -> None:
    with pytest.raises(NotFoundError, match="keinen bayerischen Gebietsschlüssel"):
        regions.get_region(uow, "08111000")


@pytest.mark.parametrize("query", ["dachau", "Dachau", "85221", "dachau stadt"])
def test_matches_finds_a_gemeinde_by_name_postal_code_or_kind(uow: UnitOfWork, query: str) -> None:
    assert regions.get_region(uow, "09174115").matches(query)


@pytest.mark.parametrize("query", ["munchen", "muenchen", "MÜNCHEN"])
def test_matches_folds_umlauts(uow: UnitOfWork, query: str) -> None:
    assert regions.get_region(uow, "09162000").matches(query)


def test_matches_finds_a_gemeinde_by_the_name_of_its_kreis(uow: UnitOfWork) -> None:
    gersthofen = next(row for row in regions.list_municipalities(uow) if row.name == "Gersthofen")
    assert gersthofen.matches("gersthofen augsburg")
    assert not gersthofen.matches("gersthofen dachau")


def test_an_empty_query_matches_every_gebiet(all_regions: list[regions.RegionRow]) -> None:
    assert all(row.matches("") for row in all_regions[:50])


def test_matching_narrows_the_gemeinden(all_regions: list[regions.RegionRow]) -> None:
    hits = [row for row in by_level(all_regions, RegionLevel.MUNICIPALITY) if row.matches("markt")]
    assert 0 < len(hits) < 2056
    assert all(row.kind == "Markt" or "markt" in row.search_text for row in hits)
