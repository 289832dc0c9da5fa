"""The shipped Kreis outlines: all 96 there, matching the Gebiete, and pointable at."""

from __future__ import annotations

import json

import pytest

from helferapp.domain.enums import RegionLevel
from helferapp.resources import resource
from helferapp.services import regions
from helferapp.services.map_geometry import (
    ATTRIBUTION,
    MapGeometry,
    load_geometry,
    parse_features,
    project,
    ring_area,
    simplify,
)
from helferapp.services.unit_of_work import UnitOfWork


@pytest.fixture(scope="module")
def geometry() -> MapGeometry:
    return load_geometry()


def test_96_kreise_and_7_bezirke(geometry: MapGeometry) -> None:
    assert len(geometry.kreise) == 96
    assert len(geometry.bezirke) == 7
    kinds = [shape.kind for shape in geometry.kreise]
    assert kinds.count("Landkreis") == 71
    assert kinds.count("kreisfreie Stadt") == 25


def test_every_kreis_matches_a_region_row_by_ags(geometry: MapGeometry, uow: UnitOfWork) -> None:
    districts = {row.ags: row for row in regions.list_regions(uow, RegionLevel.DISTRICT)}
    assert {shape.ags for shape in geometry.kreise} == set(districts)
    for shape in geometry.kreise:
        row = districts[shape.ags]
        assert (shape.name, shape.kind, shape.parent_ags) == (row.name, row.kind, row.parent_ags)
    bezirke = {row.ags for row in regions.list_regions(uow, RegionLevel.DISTRICT_REGION)}
    assert {shape.ags for shape in geometry.bezirke} == bezirke


def test_cities_come_last_so_they_are_drawn_on_top(geometry: MapGeometry) -> None:
    kinds = [shape.is_city for shape in geometry.kreise]
    assert kinds == sorted(kinds)


@pytest.mark.parametrize(
    ("city", "landkreis"), [("09162", "09184"), ("09761", "09772"), ("09163", "09187")]
)
def test_a_city_inside_a_landkreis_is_hit_at_its_centroid(
    geometry: MapGeometry, city: str, landkreis: str
) -> None:
    stadt = geometry.shape(city)
    assert geometry.hit(stadt.centroid) is stadt
    kreis = geometry.shape(landkreis)
    assert geometry.hit(kreis.label_point) is kreis
    assert stadt.title.endswith("(kreisfreie Stadt)") and kreis.title.endswith("(Landkreis)")


def test_every_kreis_is_hit_at_its_label_point(geometry: MapGeometry) -> None:
    wrong = [
        shape.title for shape in geometry.kreise if geometry.hit(shape.label_point) is not shape
    ]
    assert wrong == []


def test_rosenheim_city_is_a_hole_in_the_landkreis(geometry: MapGeometry) -> None:
    city, landkreis = geometry.shape("09163"), geometry.shape("09187")
    assert not landkreis.contains(city.centroid)


def test_projection_is_in_km_with_y_down() -> None:
    x0, y0 = project(11.0, 49.0)
    x1, y1 = project(12.0, 48.0)
    assert 70 < x1 - x0 < 76  # one degree of longitude at 48–49 °N
    assert y1 - y0 == pytest.approx(110.574)


def test_bavaria_is_about_350_km_across(geometry: MapGeometry) -> None:
    assert 330 < geometry.width < 380
    assert 340 < geometry.height < 380


def test_simplify_keeps_rings_closed_and_area_close(geometry: MapGeometry) -> None:
    for shape in geometry.kreise[:20]:
        ring = max(shape.rings, key=len)
        thin = simplify(ring, 1.0)
        assert thin[0] == thin[-1] and len(thin) >= 4
        assert len(thin) < len(ring)
        assert ring_area(thin) == pytest.approx(ring_area(ring), rel=0.1)
    assert simplify(((0, 0), (1, 0), (0, 1), (0, 0)), 5.0) == ((0, 0), (1, 0), (0, 1), (0, 0))


def test_attribution_is_in_the_file_and_a_constant() -> None:
    text = resource("reference", "bavaria_kreise.geojson").read_text("utf-8")
    shapes, attribution = parse_features(text)
    assert attribution.startswith(ATTRIBUTION)
    assert ATTRIBUTION == "© GeoBasis-DE / BKG 2021 (Daten verändert)"
    assert len(shapes) == len(json.loads(text)["features"])


def test_geometry_is_read_once() -> None:
    assert load_geometry() is load_geometry()
