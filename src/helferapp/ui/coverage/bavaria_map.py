"""A map of Bavaria's 96 Kreise, coloured by a measure, to see the gaps at a glance.

Why it is built this way:

- The outlines come from ``services.map_geometry`` (the same ones the PDF draws); each
  Kreis becomes one ``QPainterPath`` in kilometres, once, and painting maps them to the
  widget with a single transform. Paths, hit-testing and drawing are
  ``map_scene.MapScene``; this widget holds the content, the events and what a screen
  reader gets.
- Everything that does not change on hover (fills, patterns, borders, attribution) is
  painted into a pixmap once per size, palette or colouring; a hover repaint only
  copies that pixmap and outlines one Kreis. Old laptops stay smooth.
- Kreisfreie Städte are drawn after the Landkreise, so the ones inside a Landkreis stay
  visible; those only a few pixels wide get a dot at their middle that is also
  clickable, and hit-testing asks them first (``map_scene``).
- The BKG licence wants the source note visibly next to the map, so the widget paints
  it itself: a screenshot or print of the map always carries it.
- Colours and patterns come from ``services.coverage_measures`` (a light and a dark
  set, each at 3:1 against the window; hatching where neighbouring classes are close);
  borders, text and highlights use the palette's own roles.
- A screen reader gets the map as one focusable widget whose accessible name is the
  chosen Kreis and its class ("Augsburg (Landkreis): Integrationskonzept keins") and
  whose description holds its figures; every move with the arrow keys (alphabetical,
  Pos1/Ende for the first and last) updates both and sends the accessibility events.
  The legend is real text (``map_legend.MapLegend``, labels beside swatches), and the
  table on the page stays the complete text alternative.

Signals:
    kreis_selected(str): a Kreis was clicked (or chosen with the arrow keys); its AGS.
    kreis_activated(str): a Kreis was double-clicked or Enter was pressed on it.
    legend_changed(): the colouring changed; ``MapLegend`` rebuilds itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from helferapp.services.coverage_measures import Classification, LegendEntry, filled
from helferapp.services.map_geometry import ATTRIBUTION, MapGeometry, load_geometry
from helferapp.ui.accessibility import contrast
from helferapp.ui.coverage.map_scene import PATTERNS, MapScene
from helferapp.ui.texts import QT_TRANSLATE_NOOP

MARGIN = 8


def translated(text: str) -> str:
    return QCoreApplication.translate("coverage", text)


# The legend labels that services.coverage_measures writes (Qt-free), for lupdate; the
# statuses are translated with the other enum labels.
_LEGEND_TEXTS = (
    QT_TRANSLATE_NOOP("coverage", "nicht erfasst"),
    QT_TRANSLATE_NOOP("coverage", "KI bekannt (Stelle), Status nicht erfasst"),
    QT_TRANSLATE_NOOP("coverage", "kein Angebot"),
    QT_TRANSLATE_NOOP("coverage", "mehr als 0"),
    QT_TRANSLATE_NOOP("coverage", "unter %1"),
    QT_TRANSLATE_NOOP("coverage", "%1 bis unter %2"),
    QT_TRANSLATE_NOOP("coverage", "%1 und mehr"),
)


def entry_text(entry: LegendEntry) -> str:
    """A legend entry's label in the user's language (figures as the German ones)."""
    template = QCoreApplication.translate(entry.context, entry.template or entry.label)
    return filled(template, entry.numbers)


class BavariaMap(QWidget):
    """See the module docstring."""

    kreis_selected = Signal(str)
    kreis_activated = Signal(str)
    legend_changed = Signal()

    def __init__(self, geometry: MapGeometry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_ = geometry or load_geometry()
        self.scene = MapScene(self.geometry_)
        self.shapes = self.scene.shapes
        self._order = sorted(self.shapes, key=lambda s: (s.name.casefold(), s.kind))
        self._classes: dict[str, LegendEntry] = {}
        self._legend: tuple[LegendEntry, ...] = ()
        self._legend_title = ""
        self._tooltips: dict[str, str] = {}
        self._selected: str | None = None
        self._hovered: str | None = None
        self._cache: QPixmap | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 320)
        self._announce()

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
        self.scene.fills = {ags: self.colour(entry) for ags, entry in self._classes.items()}
        self.scene.patterns = {
            ags: PATTERNS[entry.pattern]
            for ags, entry in self._classes.items()
            if entry.pattern in PATTERNS
        }
        self._invalidate()
        self._announce()
        self.legend_changed.emit()

    def colour(self, entry: LegendEntry) -> QColor:
        """The class colour for the palette in use (the dark set on a dark window)."""
        return QColor(entry.dark_colour if contrast.is_dark(self.palette()) else entry.colour)

    def legend(self) -> tuple[str, tuple[LegendEntry, ...]]:
        """The legend's title and entries (for ``MapLegend``)."""
        return self._legend_title, self._legend

    def select(self, ags: str | None) -> None:
        """Mark ``ags`` as the chosen Kreis (no signal)."""
        if ags is not None and ags not in self.scene.paths:
            ags = None
        if ags != self._selected:
            self._selected = ags
            self.update()
            self._announce()

    def describe_kreis(self, ags: str) -> tuple[str, str]:
        """(name, description) of ``ags`` as a screen reader gets them."""
        shape = self.geometry_.shape(ags)
        name = f"{shape.name} ({translated(shape.kind)})"
        entry = self._classes.get(ags)
        if entry is not None:
            name += f": {self._legend_title} {entry_text(entry)}"
        lines = self._tooltips.get(ags, "").splitlines()[1:]
        agses = [item.ags for item in self._order]
        position = (
            translated("%1 von %2")
            .replace("%1", str(agses.index(ags) + 1))
            .replace("%2", str(len(agses)))
        )
        return name, ", ".join([*lines, position])

    def _announce(self) -> None:
        """Name and description for the chosen Kreis; tell assistive technology."""
        help_text = translated(
            "Karte der Kreise Bayerns. Pfeiltasten: nächster oder vorheriger Kreis "
            "(alphabetisch), Eingabetaste: Kreis bearbeiten. Die Tabelle daneben enthält "
            "dieselben Angaben."
        )
        if self._selected is None:
            name, description = translated("Karte der Kreise Bayerns"), help_text
        else:
            name, description = self.describe_kreis(self._selected)
        if name == self.accessibleName() and description == self.accessibleDescription():
            return
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        if QAccessible.isActive():
            for change in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
                QAccessible.updateAccessibility(QAccessibleEvent(self, change))
            if self.hasFocus():
                QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

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
        # Modest on purpose (its minimum height): the map takes whatever room the page
        # has (stretch), but the page's word-wrapped labels make its scroll area size it
        # by the preferred height — a tall hint here pushed the legend and the Kreis
        # details below the edge of a 1366×768 screen (tests/ui/accessibility/fit_probe).
        return QSize(400, 320)

    def _legend_height(self) -> int:
        """Room below the map for the source note (the legend is ``MapLegend``)."""
        return round(QFontMetrics(self.font()).height() * 1.2) + 2 * MARGIN

    def map_rect(self) -> QRectF:
        """Where the map itself goes (above the legend)."""
        return QRectF(
            MARGIN,
            MARGIN,
            max(10, self.width() - 2 * MARGIN),
            max(10, self.height() - 2 * MARGIN - self._legend_height()),
        )

    def _update_transform(self) -> None:
        self.scene.fit(self.map_rect())

    def to_widget(self, point: tuple[float, float]) -> QPointF:
        """A point in map kilometres → widget coordinates."""
        self._update_transform()
        return self.scene.transform.map(QPointF(*point))

    def kreis_at(self, position: QPointF) -> str | None:
        """AGS of the Kreis under a widget position: kreisfreie Städte first."""
        self._update_transform()
        return self.scene.kreis_at(position)

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
        palette = self.palette()
        for ags, role, width in (
            (self._hovered, QPalette.ColorRole.WindowText, 2.0),
            (self._selected, QPalette.ColorRole.Highlight, 3.0),
        ):
            if ags is not None:
                self.scene.paint_outline(painter, palette, ags, role, width)
        if self.hasFocus():
            painter.setPen(QPen(contrast.focus_colour(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
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
        self._paint_attribution(painter, palette)
        painter.end()
        return pixmap

    def paint_shapes(self, painter: QPainter, palette: QPalette) -> None:
        """Fills, Kreis borders, Bezirk borders and city dots (``MapScene.paint_shapes``)."""
        self.scene.paint_shapes(painter, palette)

    def _paint_attribution(self, painter: QPainter, palette: QPalette) -> None:
        """The BKG source note under the map (part of every screenshot of it)."""
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        line = QFontMetrics(small).height()
        bottom = QRectF(
            MARGIN, self.height() - MARGIN - line * 1.2, self.width() - 2 * MARGIN, line * 1.2
        )
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
        agses = [shape.ags for shape in self._order]
        target: str | None = None
        if key in steps:
            index = agses.index(self._selected) if self._selected in agses else -1
            if index < 0 and steps[key] < 0:
                index = 0
            target = agses[(index + steps[key]) % len(agses)]
        elif key == Qt.Key.Key_Home:
            target = agses[0]
        elif key == Qt.Key.Key_End:
            target = agses[-1]
        if target is not None:
            self.select(target)
            self.kreis_selected.emit(target)
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
