"""The map's legend as real text: a title, then a swatch and a label per colour class.

Why it is its own module: the legend is a widget of its own beside the map, and the
swatch it shows is the one piece of painting it shares with the map
(``map_scene.PATTERNS``); the map widget only tells it when the colouring changed
(``BavariaMap.legend_changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from helferapp.services.coverage_measures import LegendEntry
from helferapp.ui.coverage.bavaria_map import MARGIN, BavariaMap, entry_text
from helferapp.ui.coverage.map_scene import PATTERNS

SWATCH = 14


def swatch(
    entry: LegendEntry, colour: QColor, palette: QPalette, size: int, ratio: float
) -> QPixmap:
    """A square of the class colour and pattern, framed in the text colour."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    box = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
    painter.setBrush(colour)
    painter.drawRect(box)
    if entry.pattern in PATTERNS:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Window), PATTERNS[entry.pattern]))
        painter.drawRect(box.adjusted(1, 1, -1, -1))
    painter.end()
    return pixmap


class MapLegend(QWidget):
    """The map's legend as labels: a title, then a swatch and a text per class.

    Real text, so a screen reader reads it, it follows the font size and it can be
    selected; the swatches show colour and pattern exactly as the map draws them.
    """

    def __init__(self, bavaria_map: BavariaMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = bavaria_map
        self.title = QLabel(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(MARGIN, 0, MARGIN, 0)
        self.grid.addWidget(self.title, 0, 0, 1, 4)
        self.rows: list[tuple[QLabel, QLabel]] = []
        bavaria_map.legend_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        title, entries = self.map.legend()
        self.title.setText(title)
        for old_swatch, old_text in self.rows:
            old_swatch.deleteLater()
            old_text.deleteLater()
        self.rows = []
        size = max(SWATCH, round(self.fontMetrics().height() * 0.9))
        columns = 2
        palette = self.map.palette()
        ratio = self.map.devicePixelRatioF()
        for number, entry in enumerate(entries):
            square = QLabel(self)
            square.setPixmap(swatch(entry, self.map.colour(entry), palette, size, ratio))
            text = QLabel(entry_text(entry), self)
            text.setWordWrap(True)
            square.setAccessibleName(entry_text(entry))
            row, column = 1 + number // columns, (number % columns) * 2
            self.grid.addWidget(square, row, column)
            self.grid.addWidget(text, row, column + 1)
            self.rows.append((square, text))
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.rebuild()
        super().changeEvent(event)
