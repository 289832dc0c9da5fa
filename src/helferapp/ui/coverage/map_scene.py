"""The Kreise as painter paths fitted into a rectangle: drawing and hit-testing the map.

Why it is its own module: how the outlines become paths, how they are scaled into the
widget, which Kreis lies under a point and how fills, patterns, borders and highlights
are drawn do not depend on the widget's keyboard, mouse or screen-reader handling
(``bavaria_map.BavariaMap``), and the widget should not have to be read to change them.

- Each Kreis becomes one ``QPainterPath`` in kilometres, once: a polygon per ring, so
  painting avoids per-point Qt calls. ``fit`` maps them into an area with one transform.
- Kreisfreie Städte are drawn after the Landkreise, so the ones inside a Landkreis stay
  visible; those only a few pixels wide get a dot at their middle that is also
  clickable, and hit-testing asks them first.
- Borders, text and highlights use the palette's own roles; patterns are drawn in
  pixels, so their lines stay fine at every size.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)

from helferapp.services.coverage_measures import CROSS, HATCH
from helferapp.services.map_geometry import MapGeometry, Shape

CITY_DOT_MIN_PX = 10.0  # a kreisfreie Stadt smaller than this gets a dot
CITY_DOT_RADIUS = 4.5
PATTERNS = {HATCH: Qt.BrushStyle.BDiagPattern, CROSS: Qt.BrushStyle.DiagCrossPattern}


def kreis_path(shape: Shape) -> QPainterPath:
    """One path per Kreis; a polygon per ring (few calls: see the module docstring)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


class MapScene:
    """The paths of the Kreise and Bezirke, their colours and the transform in use."""

    def __init__(self, geometry: MapGeometry) -> None:
        self.geometry = geometry
        self.shapes = geometry.kreise
        self.paths = {shape.ags: kreis_path(shape) for shape in self.shapes}
        self._bezirk_paths = [kreis_path(shape) for shape in geometry.bezirke]
        self._boxes = {ags: path.boundingRect() for ags, path in self.paths.items()}
        self.fills: dict[str, QColor] = {}
        self.patterns: dict[str, Qt.BrushStyle] = {}
        self.transform = QTransform()

    def fit(self, area: QRectF) -> None:
        """Scale and centre the map into ``area`` (widget coordinates)."""
        left, top, _right, _bottom = self.geometry.bounds
        width, height = self.geometry.width, self.geometry.height
        scale = min(area.width() / width, area.height() / height)
        dx = area.left() + (area.width() - width * scale) / 2 - left * scale
        dy = area.top() + (area.height() - height * scale) / 2 - top * scale
        self.transform = QTransform(scale, 0, 0, scale, dx, dy)

    def city_dot(self, shape: Shape) -> QPointF | None:
        """Centre of the dot for a kreisfreie Stadt too small to see, else None."""
        if not shape.is_city:
            return None
        box = self.transform.mapRect(self._boxes[shape.ags])
        if max(box.width(), box.height()) >= CITY_DOT_MIN_PX:
            return None
        return self.transform.map(QPointF(*shape.label_point))

    def kreis_at(self, position: QPointF) -> str | None:
        """AGS of the Kreis under a widget position: kreisfreie Städte first."""
        inverse, invertible = self.transform.inverted()
        if not invertible:
            return None
        point = inverse.map(position)
        for shape in reversed(self.shapes):  # cities come last, so they are tested first
            dot = self.city_dot(shape)
            if dot is not None:
                distance = (dot - position).manhattanLength()
                if distance <= CITY_DOT_RADIUS * 2:
                    return shape.ags
            box = self._boxes[shape.ags]
            if box.contains(point) and self.paths[shape.ags].contains(point):
                return shape.ags
        return None

    def paint_outline(
        self, painter: QPainter, palette: QPalette, ags: str, role: QPalette.ColorRole, width: float
    ) -> None:
        """Outline one Kreis in ``role``; a halo in the window colour keeps it visible."""
        painter.save()
        painter.setTransform(self.transform)
        for colour, line in (
            (palette.color(QPalette.ColorRole.Window), width + 3),
            (palette.color(role), width),
        ):
            pen = QPen(colour, line)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.paths[ags])
            dot = self.city_dot(self.geometry.shape(ags))
            if dot is not None:
                painter.resetTransform()
                painter.drawEllipse(dot, CITY_DOT_RADIUS + 2, CITY_DOT_RADIUS + 2)
                painter.setTransform(self.transform)
        painter.restore()

    def paint_shapes(self, painter: QPainter, palette: QPalette) -> None:
        """Fills, Kreis borders, Bezirk borders and city dots."""
        painter.save()
        painter.setTransform(self.transform)
        border = QPen(palette.color(QPalette.ColorRole.Window), 0.8)
        border.setCosmetic(True)
        unknown = QColor(palette.color(QPalette.ColorRole.Mid))
        dots: list[tuple[QPointF, QColor]] = []
        hatch = palette.color(QPalette.ColorRole.Window)
        for shape in self.shapes:
            fill = self.fills.get(shape.ags, unknown)
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawPath(self.paths[shape.ags])
            pattern = self.patterns.get(shape.ags)
            if pattern is not None:  # in pixels, so the lines stay fine at every size
                painter.resetTransform()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(hatch, pattern))
                painter.drawPath(self.transform.map(self.paths[shape.ags]))
                painter.setTransform(self.transform)
            dot = self.city_dot(shape)
            if dot is not None:
                dots.append((dot, fill))
        outline = QColor(palette.color(QPalette.ColorRole.WindowText))
        outline.setAlphaF(0.55)
        bezirk_pen = QPen(outline, 1.4)
        bezirk_pen.setCosmetic(True)
        painter.setPen(bezirk_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._bezirk_paths:
            painter.drawPath(path)
        painter.resetTransform()
        dot_pen = QPen(palette.color(QPalette.ColorRole.WindowText), 1.2)
        painter.setPen(dot_pen)
        for centre, fill in dots:
            painter.setBrush(fill)
            painter.drawEllipse(centre, CITY_DOT_RADIUS, CITY_DOT_RADIUS)
        painter.restore()
