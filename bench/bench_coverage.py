"""Versorgung: the figures for all 96 Kreise, and painting the Bavaria map.

Targets from issue 7: figures ≤ 300 ms on the bavaria demo, first paint of the map
≤ 150 ms, repaint on hover ≤ 16 ms (one frame at 60 Hz). Baselines, same run:

- figures: the plainest query that still reads every Angebot, raw ``sqlite3``
  ``SELECT substr(region_ags, 1, 5), count(*) … GROUP BY 1`` (counting per Kreis is the
  least any coverage figure needs);
- first paint: drawing the same 96 outlines as plain ``QPolygonF``s, antialiased, into
  an image of the same size (no paths, legend, borders, cache);
- hover: copying a window-sized pixmap once (what any repaint costs at least).

The widget part runs with Qt's offscreen platform, so it measures painting, not a
screen; absolute times on a real display are similar, as Qt paints in software.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bench import Result, median_time, quick
from bench.fixtures import connect, demo_database
from helferapp.services import coverage
from helferapp.services.coverage_measures import Measure, classify
from helferapp.services.demo import Scale
from helferapp.services.map_geometry import load_geometry
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import open_database

SIZE = (700, 800)
RAW_SQL = (
    "SELECT substr(region_ags, 1, 5), count(*) FROM programme "
    "WHERE deleted = 0 AND purged = 0 GROUP BY 1"
)
# PySide6 6.12.0 on Python 3.11 drops a reference to None per void C++ call; painting
# hundreds of times would run None's count out (see ui/coverage/bavaria_map.py).
_NONE_RESERVE: list[None] = []


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    database = open_database(built.path)
    connection = connect(built.path)
    try:
        uow = UnitOfWork(database)
        figures = coverage.kreis_coverage(uow)
        connection.execute(RAW_SQL).fetchall()
        results = [
            Result(
                name=f"kreis_coverage, all 96 Kreise ({scale.value} demo)",
                value=median_time(lambda: coverage.kreis_coverage(uow)) * 1000,
                unit="ms",
                baseline_name="sqlite3: Angebote per Kreis, GROUP BY",
                baseline_value=median_time(lambda: connection.execute(RAW_SQL).fetchall()) * 1000,
                note=f"{figures.bavaria.programmes} active Angebote, median of 5",
            )
        ]
    finally:
        connection.close()
        database.dispose()
    return results + _painting(figures)


def _painting(figures: coverage.Coverage) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.version_info < (3, 12):
        _NONE_RESERVE.extend([None] * 500_000)
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPixmap, QPolygonF
    from PySide6.QtWidgets import QApplication

    from helferapp.ui.coverage.bavaria_map import BavariaMap

    app = QApplication.instance() or QApplication([])
    geometry = load_geometry()
    classification = classify(figures.kreise, Measure.CONCEPT)
    polygons = [
        QPolygonF([QPointF(x, y) for x, y in ring])
        for shape in geometry.kreise
        for ring in shape.rings
    ]
    widgets: list[BavariaMap] = []

    def first_paint() -> None:
        widget = BavariaMap(geometry)
        widget.set_classification(classification)
        widget.resize(*SIZE)
        widget.grab()
        widgets.append(widget)

    def plain_polygons() -> None:
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(SIZE[0] / geometry.width, SIZE[1] / geometry.height)
        painter.scale(scale, scale)
        painter.translate(-geometry.bounds[0], -geometry.bounds[1])
        painter.setBrush(QColor("#2c7fb8"))
        for polygon in polygons:
            painter.drawPolygon(polygon)
        painter.end()

    first_paint()  # imports and font caches are not what we measure
    paint_ms = median_time(first_paint) * 1000
    plain_ms = median_time(plain_polygons) * 1000

    widget = widgets[-1]
    widget.show()
    app.processEvents()
    widget.repaint()
    targets = [widget.to_widget(shape.label_point) for shape in geometry.kreise]
    state = {"next": 0}

    def hover() -> None:
        position = targets[state["next"] % len(targets)]
        state["next"] += 1
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            position,
            position,
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
        widget.repaint()

    pixmap = QPixmap(*SIZE)
    pixmap.fill(QColor("white"))

    def copy_pixmap() -> None:
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.drawPixmap(0, 0, pixmap)
        painter.end()

    hover()
    hover_ms = median_time(hover, repeat=25) * 1000
    copy_ms = median_time(copy_pixmap, repeat=25) * 1000
    for item in widgets:
        item.close()
        item.deleteLater()
    app.processEvents()
    points = sum(len(ring) for shape in geometry.kreise for ring in shape.rings)
    return [
        Result(
            name="map first paint (new widget, 96 paths, legend)",
            value=paint_ms,
            unit="ms",
            baseline_name="96 plain QPolygonF, antialiased",
            baseline_value=plain_ms,
            note=f"{SIZE[0]}×{SIZE[1]} px, {points} points, offscreen, median of 5",
        ),
        Result(
            name="map repaint on hover (hit test + outline)",
            value=hover_ms,
            unit="ms",
            baseline_name="copy one window-sized pixmap",
            baseline_value=copy_ms,
            note="mouse move onto another Kreis each time, median of 25",
        ),
    ]
