"""The outlines of Bavaria's Kreise and Regierungsbezirke, ready to draw, read once.

The map widget and the Versorgungsbericht draw the same shapes, so the GeoJSON (BKG
VG5000, see resources/reference/SOURCES.md) is parsed here, without Qt or reportlab,
and kept for the life of the process (``load_geometry`` is cached). Coordinates are
projected from degrees to kilometres (equirectangular around Bavaria's middle latitude:
at this size indistinguishable from a proper conformal projection, and trivial to
invert), with y pointing down as on a screen. VG5000 is already generalised to 1:5
million (about 9,500 points for all 96 Kreise: cheap to draw and to hit-test on an old
laptop), so the screen uses it as it is; ``simplify`` (Douglas–Peucker) thins it further
where fewer points are wanted, e.g. for a small map in a PDF.

Kreisfreie Städte often lie inside a Landkreis (as a hole in it, or on its edge). They
come last in ``kreise`` so that whoever draws in that order draws them on top, and
``hit`` tests them first. Each shape also has a ``label_point``: a point well inside it
and outside any kreisfreie Stadt, where a click selects it and a label can go.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from helferapp.resources import resource

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]  # the outer ring, then its holes

KM_PER_DEGREE_LAT = 110.574
KM_PER_DEGREE_LON = 111.320
REFERENCE_LAT = 48.9  # Bavaria's middle latitude (47.3–50.6 °N)
REFERENCE_LON = 11.4
TOP_LAT = 50.6
TOLERANCE_KM = 0.0
"""Douglas–Peucker tolerance for the shipped map: none (thinning only saved 5 %)."""

CITY_KIND = "kreisfreie Stadt"
ATTRIBUTION = "© GeoBasis-DE / BKG 2021 (Daten verändert)"
ATTRIBUTION_LONG = f"{ATTRIBUTION} – VG5000, Stand 01.01.2021, dl-de/by-2-0"


@dataclass(frozen=True)
class Shape:
    """One Kreis (or Regierungsbezirk): its outline in km and where to point at it."""

    ags: str
    name: str
    kind: str
    parent_ags: str
    polygons: tuple[Polygon, ...]
    bbox: tuple[float, float, float, float]
    centroid: Point
    label_point: Point

    @property
    def is_city(self) -> bool:
        return self.kind == CITY_KIND

    @property
    def title(self) -> str:
        return f"{self.name} ({self.kind})"

    @property
    def rings(self) -> tuple[Ring, ...]:
        return tuple(ring for polygon in self.polygons for ring in polygon)

    def contains(self, point: Point) -> bool:
        """Even-odd test over all rings (so holes are outside)."""
        x, y = point
        left, top, right, bottom = self.bbox
        if not (left <= x <= right and top <= y <= bottom):
            return False
        inside = False
        for ring in self.rings:
            inside ^= _crosses_odd(ring, x, y)
        return inside


@dataclass(frozen=True)
class MapGeometry:
    """All 96 Kreise (Landkreise first, kreisfreie Städte last) and 7 Regierungsbezirke."""

    kreise: tuple[Shape, ...]
    bezirke: tuple[Shape, ...]
    bounds: tuple[float, float, float, float]
    attribution: str

    def shape(self, ags: str) -> Shape:
        for shape in self.kreise:
            if shape.ags == ags:
                return shape
        raise KeyError(ags)

    def hit(self, point: Point) -> Shape | None:
        """The Kreis at ``point`` (km): a kreisfreie Stadt before the Landkreis around it."""
        for shape in reversed(self.kreise):
            if shape.contains(point):
                return shape
        return None

    @property
    def width(self) -> float:
        return self.bounds[2] - self.bounds[0]

    @property
    def height(self) -> float:
        return self.bounds[3] - self.bounds[1]


def project(lon: float, lat: float) -> Point:
    """Degrees (WGS84) → km east of 11.4 °E and south of 50.6 °N."""
    scale = math.cos(math.radians(REFERENCE_LAT))
    return (
        (lon - REFERENCE_LON) * KM_PER_DEGREE_LON * scale,
        (TOP_LAT - lat) * KM_PER_DEGREE_LAT,
    )


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas–Peucker on a closed ring; keeps it closed and at least a triangle."""
    if tolerance <= 0 or len(ring) <= 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    far = max(range(len(ring)), key=lambda i: _distance2(ring[i], ring[0]))
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    limit = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        best, best_distance = -1, limit
        for index in range(first + 1, last):
            distance = _segment_distance2(ring[index], ring[first], ring[last])
            if distance > best_distance:
                best, best_distance = index, distance
        if best >= 0:
            keep[best] = True
            stack += [(first, best), (best, last)]
    result = tuple(point for point, kept in zip(ring, keep, strict=True) if kept)
    return result if len(result) >= 4 else ring


def ring_area(ring: Ring) -> float:
    """Signed area (shoelace)."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring))


def parse_features(text: str, tolerance: float = TOLERANCE_KM) -> tuple[list[Shape], str]:
    """Shapes of a GeoJSON FeatureCollection (properties ags, name, kind, parent_ags)."""
    document = json.loads(text)
    raw: list[tuple[dict[str, Any], tuple[Polygon, ...]]] = []
    for feature in document["features"]:
        geometry = feature["geometry"]
        parts = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            parts = [parts]
        polygons = tuple(
            tuple(
                simplify(tuple(project(lon, lat) for lon, lat, *_ in ring), tolerance)
                for ring in polygon
            )
            for polygon in parts
        )
        raw.append((feature["properties"], polygons))
    cities = [
        (_bbox(polygons), polygons)
        for properties, polygons in raw
        if properties["kind"] == CITY_KIND
    ]
    shapes = []
    for properties, polygons in raw:
        box = _bbox(polygons)
        obstacles = [
            city
            for city_box, city in cities
            if properties["kind"] != CITY_KIND and _overlap(box, city_box)
        ]
        shapes.append(_shape(properties, polygons, box, obstacles))
    shapes.sort(key=lambda shape: (shape.is_city, shape.ags))
    return shapes, str(document.get("attribution", ATTRIBUTION))


def _bbox(polygons: tuple[Polygon, ...]) -> tuple[float, float, float, float]:
    points = [point for polygon in polygons for point in polygon[0]]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _shape(
    properties: dict[str, Any],
    polygons: tuple[Polygon, ...],
    bbox: tuple[float, float, float, float],
    obstacles: list[tuple[Polygon, ...]],
) -> Shape:
    return Shape(
        ags=str(properties["ags"]),
        name=str(properties["name"]),
        kind=str(properties["kind"]),
        parent_ags=str(properties.get("parent_ags") or ""),
        polygons=polygons,
        bbox=bbox,
        centroid=_centroid(polygons),
        label_point=_label_point(polygons, bbox, obstacles),
    )


def _centroid(polygons: tuple[Polygon, ...]) -> Point:
    total = cx = cy = 0.0
    for polygon in polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in itertools.pairwise(ring):
                cross = x0 * y1 - x1 * y0
                total += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
    if not total:
        return polygons[0][0][0]
    return cx / (3 * total), cy / (3 * total)


def _label_point(
    polygons: tuple[Polygon, ...],
    bbox: tuple[float, float, float, float],
    obstacles: list[tuple[Polygon, ...]],
) -> Point:
    """Middle of the widest horizontal run inside the shape and outside ``obstacles``."""
    top, bottom = bbox[1], bbox[3]
    best: tuple[float, Point] = (-1.0, _centroid(polygons))
    for step in range(1, 20):
        y = top + (bottom - top) * step / 20
        runs = _runs([ring for polygon in polygons for ring in polygon], y)
        for other in obstacles:
            runs = _subtract(runs, _runs([ring for polygon in other for ring in polygon], y))
        for start, end in runs:
            # prefer runs near the vertical middle: a label there reads better
            width = (end - start) * (1.0 - 0.5 * abs(step - 10) / 10)
            if width > best[0]:
                best = (width, ((start + end) / 2, y))
    return best[1]


def _runs(rings: list[Ring], y: float) -> list[tuple[float, float]]:
    """Intervals of the line at ``y`` inside the rings (even-odd)."""
    crossings = sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for ring in rings
        for (x0, y0), (x1, y1) in itertools.pairwise(ring)
        if (y0 > y) != (y1 > y)
    )
    return list(zip(crossings[::2], crossings[1::2], strict=False))


def _subtract(
    runs: list[tuple[float, float]], holes: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    for hole_start, hole_end in holes:
        cut: list[tuple[float, float]] = []
        for start, end in runs:
            if hole_end <= start or hole_start >= end:
                cut.append((start, end))
                continue
            if start < hole_start:
                cut.append((start, hole_start))
            if hole_end < end:
                cut.append((hole_end, end))
        runs = cut
    return runs


def _crosses_odd(ring: Ring, x: float, y: float) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _distance2(a: Point, b: Point) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _segment_distance2(point: Point, start: Point, end: Point) -> float:
    dx, dy = end[0] - start[0], end[1] - start[1]
    length2 = dx * dx + dy * dy
    if not length2:
        return _distance2(point, start)
    t = max(0.0, min(1.0, ((point[0] - start[0]) * dx + (point[1] - start[1]) * dy) / length2))
    return _distance2(point, (start[0] + t * dx, start[1] + t * dy))


def read_geometry(kreise: Path, bezirke: Path, tolerance: float = TOLERANCE_KM) -> MapGeometry:
    """Parse the two GeoJSON files (uncached; ``load_geometry`` is the cached door)."""
    kreis_shapes, attribution = parse_features(kreise.read_text("utf-8"), tolerance)
    bezirk_shapes, _ = parse_features(bezirke.read_text("utf-8"), tolerance)
    boxes = [shape.bbox for shape in kreis_shapes]
    bounds = (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )
    return MapGeometry(tuple(kreis_shapes), tuple(bezirk_shapes), bounds, attribution)


@cache
def load_geometry() -> MapGeometry:
    """The shipped boundaries, parsed on first use and kept."""
    return read_geometry(
        resource("reference", "bavaria_kreise.geojson"),
        resource("reference", "bavaria_regierungsbezirke.geojson"),
    )
