"""A map of Bavaria's 96 Kreise, coloured by a measure, to see the gaps at a glance.

Why it is built this way:

- The outlines come from ``services.map_geometry`` (the same ones the PDF draws); each
  Kreis becomes one ``QPainterPath`` in kilometres, once. Painting maps them to the
  widget with a single transform.
- Everything that does not change on hover (fills, borders, legend, attribution) is
  painted into a pixmap once per size, palette or colouring; a hover repaint only
  copies that pixmap and outlines one Kreis. Old laptops stay smooth.
- Kreisfreie Städte are drawn after the Landkreise, so the ones inside a Landkreis stay
  visible; those only a few pixels wide get a dot at their middle that is also
  clickable, and hit-testing asks them first.
- The BKG licence wants the source note visibly next to the map, so the widget paints
  it itself: a screenshot or print of the map always carries it.
- Colours come from ``services.coverage_measures`` (light palette) and are softened on
  a dark palette; borders, text and highlights use the palette's own roles.

Painting avoids per-point Qt calls: each path is built from one polygon per ring, once.

Signals:
    kreis_selected(str): a Kreis was clicked (or chosen with the arrow keys); its AGS.
    kreis_activated(str): a Kreis was double-clicked or Enter was pressed on it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from helferapp.services.coverage_measures import Classification, LegendEntry
from helferapp.services.map_geometry import ATTRIBUTION, MapGeometry, Shape, load_geometry

MARGIN = 8
CITY_DOT_MIN_PX = 10.0  # a kreisfreie Stadt smaller than this gets a dot
CITY_DOT_RADIUS = 4.5
SWATCH = 14


def _path(shape: Shape) -> QPainterPath:
    """One path per Kreis; a polygon per ring (few calls: see the note on PySide below)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
        path.closeSubpath()
    return path


def translated(text: str) -> str:
    return QCoreApplication.translate("coverage", text)


class BavariaMap(QWidget):
    """See the module docstring."""

    kreis_selected = Signal(str)
    kreis_activated = Signal(str)

    def __init__(self, geometry: MapGeometry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_ = geometry or load_geometry()
        self.shapes = self.geometry_.kreise
        self._paths = {shape.ags: _path(shape) for shape in self.shapes}
        self._bezirk_paths = [_path(shape) for shape in self.geometry_.bezirke]
        self._boxes = {ags: path.boundingRect() for ags, path in self._paths.items()}
        self._order = sorted(self.shapes, key=lambda s: (s.name.casefold(), s.kind))
        self._fills: dict[str, QColor] = {}
        self._classes: dict[str, LegendEntry] = {}
        self._legend: tuple[LegendEntry, ...] = ()
        self._legend_title = ""
        self._tooltips: dict[str, str] = {}
        self._selected: str | None = None
        self._hovered: str | None = None
        self._cache: QPixmap | None = None
        self._transform = QTransform()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 320)
        self.setAccessibleName(translated("Karte der Kreise Bayerns"))

    # --- content ---------------------------------------------------------------------

    def set_classification(
        self, classification: Classification, tooltips: Mapping[str, str] | None = None
    ) -> None:
        """Colour the Kreise by ``classification``; ``tooltips`` are AGS → text."""
        self._legend = classification.legend
        self._legend_title = translated(classification.title)
        self._classes = dict(classification.classes)
        self._tooltips = dict(tooltips or {})
        self._recolour()

    def _recolour(self) -> None:
        self._fills = {ags: self._colour(entry.colour) for ags, entry in self._classes.items()}
        self._invalidate()

    def _colour(self, hex_colour: str) -> QColor:
        """The class colour, blended toward the background on a dark palette."""
        colour = QColor(hex_colour)
        window = self.palette().color(QPalette.ColorRole.Window)
        if window.lightness() < 128:
            mix = 0.3
            colour = QColor.fromRgbF(
                colour.redF() * (1 - mix) + window.redF() * mix,
                colour.greenF() * (1 - mix) + window.greenF() * mix,
                colour.blueF() * (1 - mix) + window.blueF() * mix,
            )
        return colour

    def select(self, ags: str | None) -> None:
        """Mark ``ags`` as the chosen Kreis (no signal)."""
        if ags is not None and ags not in self._paths:
            ags = None
        if ags != self._selected:
            self._selected = ags
            self.update()

    def selected(self) -> str | None:
        return self._selected

    def hovered(self) -> str | None:
        return self._hovered

    def tooltip_text(self, ags: str) -> str:
        shape = self.geometry_.shape(ags)
        default = f"{shape.name} ({translated(shape.kind)})"
        return self._tooltips.get(ags, default)

    # --- geometry --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(560, 640)

    def _legend_height(self) -> int:
        metrics = QFontMetrics(self.font())
        rows = max(1, len(self._legend))
        return metrics.height() * (rows + 2) + 2 * MARGIN

    def map_rect(self) -> QRectF:
        """Where the map itself goes (above the legend)."""
        return QRectF(
            MARGIN,
            MARGIN,
            max(10, self.width() - 2 * MARGIN),
            max(10, self.height() - 2 * MARGIN - self._legend_height()),
        )

    def _update_transform(self) -> None:
        area = self.map_rect()
        left, top, _right, _bottom = self.geometry_.bounds
        scale = min(area.width() / self.geometry_.width, area.height() / self.geometry_.height)
        dx = area.left() + (area.width() - self.geometry_.width * scale) / 2 - left * scale
        dy = area.top() + (area.height() - self.geometry_.height * scale) / 2 - top * scale
        self._transform = QTransform(scale, 0, 0, scale, dx, dy)

    def to_widget(self, point: tuple[float, float]) -> QPointF:
        """A point in map kilometres → widget coordinates."""
        self._update_transform()
        return self._transform.map(QPointF(*point))

    def _city_dot(self, shape: Shape) -> QPointF | None:
        """Centre of the dot for a kreisfreie Stadt too small to see, else None."""
        if not shape.is_city:
            return None
        box = self._transform.mapRect(self._boxes[shape.ags])
        if max(box.width(), box.height()) >= CITY_DOT_MIN_PX:
            return None
        return self._transform.map(QPointF(*shape.label_point))

    def kreis_at(self, position: QPointF) -> str | None:
        """AGS of the Kreis under a widget position: kreisfreie Städte first."""
        self._update_transform()
        inverse, invertible = self._transform.inverted()
        if not invertible:
            return None
        point = inverse.map(position)
        for shape in reversed(self.shapes):  # cities come last, so they are tested first
            dot = self._city_dot(shape)
            if dot is not None:
                distance = (dot - position).manhattanLength()
                if distance <= CITY_DOT_RADIUS * 2:
                    return shape.ags
            box = self._boxes[shape.ags]
            if box.contains(point) and self._paths[shape.ags].contains(point):
                return shape.ags
        return None

    # --- painting --------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._recolour()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != self.size() * ratio:
            self._cache = self._render_base(ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._transform)
        palette = self.palette()
        # A halo in the window colour under the line keeps it visible on every fill.
        for ags, role, width in (
            (self._hovered, QPalette.ColorRole.WindowText, 2.0),
            (self._selected, QPalette.ColorRole.Highlight, 3.0),
        ):
            if ags is None:
                continue
            for colour, line in (
                (palette.color(QPalette.ColorRole.Window), width + 3),
                (palette.color(role), width),
            ):
                pen = QPen(colour, line)
                pen.setCosmetic(True)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(self._paths[ags])
                dot = self._city_dot(self.geometry_.shape(ags))
                if dot is not None:
                    painter.resetTransform()
                    painter.drawEllipse(dot, CITY_DOT_RADIUS + 2, CITY_DOT_RADIUS + 2)
                    painter.setTransform(self._transform)
        if self.hasFocus():
            painter.resetTransform()
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _render_base(self, ratio: float) -> QPixmap:
        self._update_transform()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        self.paint_shapes(painter, palette)
        self._paint_legend(painter, palette)
        painter.end()
        return pixmap

    def paint_shapes(self, painter: QPainter, palette: QPalette) -> None:
        """Fills, Kreis borders, Bezirk borders and city dots (also used by the benchmark)."""
        painter.save()
        painter.setTransform(self._transform)
        border = QPen(palette.color(QPalette.ColorRole.Window), 0.8)
        border.setCosmetic(True)
        unknown = QColor(palette.color(QPalette.ColorRole.Mid))
        dots: list[tuple[QPointF, QColor]] = []
        for shape in self.shapes:
            fill = self._fills.get(shape.ags, unknown)
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawPath(self._paths[shape.ags])
            dot = self._city_dot(shape)
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

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top = self.height() - self._legend_height() + MARGIN
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QPointF(MARGIN, top + metrics.ascent()), self._legend_title)
        painter.setFont(self.font())
        y = top + line
        for entry in self._legend:
            swatch = QRectF(MARGIN, y + (line - SWATCH) / 2, SWATCH, SWATCH)
            painter.setPen(QPen(text, 0.8))
            painter.setBrush(self._colour(entry.colour))
            painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(
                QPointF(MARGIN + SWATCH + 6, y + metrics.ascent()), translated(entry.label)
            )
            y += line
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        faint = QColor(text)
        faint.setAlphaF(0.8)
        painter.setPen(faint)
        bottom = QRectF(MARGIN, y, self.width() - 2 * MARGIN, line * 1.2)
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, ATTRIBUTION
        )

    # --- interaction -----------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        ags = self.kreis_at(event.position())
        if ags != self._hovered:
            self._hovered = ags
            self.setCursor(Qt.CursorShape.PointingHandCursor if ags else Qt.CursorShape.ArrowCursor)
            self.update()
            if ags and QToolTip.isVisible():
                QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(ags), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            ags = self.kreis_at(event.position())
            if ags is not None:
                self.select(ags)
                self.kreis_selected.emit(ags)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        ags = self.kreis_at(event.position())
        if ags is not None:
            self.kreis_activated.emit(ags)
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.kreis_activated.emit(self._selected)
            return
        steps: dict[int, int] = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }
        if key in steps:
            agses = [shape.ags for shape in self._order]
            index = agses.index(self._selected) if self._selected in agses else -1
            ags = agses[(index + steps[key]) % len(agses)]
            self.select(ags)
            self.kreis_selected.emit(ags)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = event.pos()  # type: ignore[attr-defined]
            ags = self.kreis_at(QPointF(position))
            if ags is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(ags), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)
