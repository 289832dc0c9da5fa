"""The Bavaria map paints offscreen, and a click at a Kreis selects that Kreis.

Kreisfreie Städte inside or beside a Landkreis (München in/at Landkreis München,
Augsburg beside Landkreis Augsburg, Rosenheim as a hole in Landkreis Rosenheim) must be
hit at their centroid, the Landkreis at its label point.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QImage, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication

from helferapp.services.coverage import KreisCoverage
from helferapp.services.coverage_measures import BAD, GOOD, Measure, classify
from helferapp.services.map_geometry import load_geometry
from helferapp.ui.coverage.bavaria_map import BavariaMap

PAIRS = [("09162", "09184"), ("09761", "09772"), ("09163", "09187"), ("09564", "09574")]


def _row(ags: str, concept: Any = None) -> KreisCoverage:
    shape = load_geometry().shape(ags)
    return KreisCoverage(
        ags=ags, name=shape.name, kind=shape.kind, bezirk_ags=shape.parent_ags, bezirk_name="",
        population=1000, concept=concept, concept_date=None, ki=None, ki_date=None,
        integration_guide=False, checked_on=None, groups=0, programmes=0, by_area={},
        by_field={}, gemeinden=1, gemeinden_without=1, last_ki_contact=None, gaps=(),
    )  # fmt: skip


@pytest.fixture
def bavaria_map(qtbot: Any) -> BavariaMap:
    from helferapp.domain.enums import ConceptStatus

    widget = BavariaMap()
    qtbot.addWidget(widget)
    rows = [
        _row(shape.ags, ConceptStatus.ADOPTED if shape.is_city else ConceptStatus.NONE)
        for shape in load_geometry().kreise
    ]
    widget.set_classification(classify(rows, Measure.CONCEPT), {"09162": "München: Tooltip"})
    widget.resize(700, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pixel(widget: BavariaMap, point: QPointF) -> QColor:
    image: QImage = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def test_the_map_paints_every_kreis_in_its_class_colour(bavaria_map: BavariaMap) -> None:
    geometry = load_geometry()
    landkreis = bavaria_map.to_widget(geometry.shape("09772").label_point)
    assert _pixel(bavaria_map, landkreis).name() == QColor(BAD).name()
    city = bavaria_map.to_widget(geometry.shape("09162").centroid)
    assert _pixel(bavaria_map, city).name() == QColor(GOOD).name()


@pytest.mark.parametrize(("city", "landkreis"), PAIRS)
def test_a_click_selects_the_city_inside_and_the_landkreis_around(
    qtbot: Any, bavaria_map: BavariaMap, city: str, landkreis: str
) -> None:
    geometry = load_geometry()
    for ags, point in (
        (city, geometry.shape(city).centroid),
        (landkreis, geometry.shape(landkreis).label_point),
    ):
        position = bavaria_map.to_widget(point).toPoint()
        with qtbot.waitSignal(bavaria_map.kreis_selected) as signal:
            qtbot.mouseClick(bavaria_map, Qt.MouseButton.LeftButton, pos=position)
        assert signal.args == [ags]
        assert bavaria_map.selected() == ags


def test_every_kreis_is_clickable_at_its_label_point(bavaria_map: BavariaMap) -> None:
    wrong = []
    for shape in load_geometry().kreise:
        point = shape.centroid if shape.is_city else shape.label_point
        if bavaria_map.kreis_at(bavaria_map.to_widget(point)) != shape.ags:
            wrong.append(shape.title)
    assert wrong == []


def test_a_tiny_city_is_clickable_on_its_dot(qtbot: Any) -> None:
    widget = BavariaMap()
    qtbot.addWidget(widget)
    widget.resize(330, 380)  # so small that Schwabach is a dot
    widget.show()
    qtbot.waitExposed(widget)
    shape = load_geometry().shape("09565")  # Schwabach
    dot = widget.to_widget(shape.label_point)
    assert widget.kreis_at(dot + QPointF(3, 0)) == "09565"


def test_double_click_and_enter_open_the_kreis(qtbot: Any, bavaria_map: BavariaMap) -> None:
    position = bavaria_map.to_widget(load_geometry().shape("09761").centroid).toPoint()
    with qtbot.waitSignal(bavaria_map.kreis_activated) as signal:
        qtbot.mouseDClick(bavaria_map, Qt.MouseButton.LeftButton, pos=position)
    assert signal.args == ["09761"]
    bavaria_map.setFocus()
    with qtbot.waitSignal(bavaria_map.kreis_activated) as signal:
        qtbot.keyClick(bavaria_map, Qt.Key.Key_Return)
    assert signal.args == ["09761"]
    with qtbot.waitSignal(bavaria_map.kreis_selected):
        qtbot.keyClick(bavaria_map, Qt.Key.Key_Right)
    assert bavaria_map.selected() != "09761"


def test_hover_and_tooltip_name_the_kreis_with_its_kind(bavaria_map: BavariaMap) -> None:
    position = bavaria_map.to_widget(load_geometry().shape("09772").label_point)
    event = QMouseEvent(
        QEvent.Type.MouseMove, position, position, Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(bavaria_map, event)
    assert bavaria_map.hovered() == "09772"
    assert bavaria_map.tooltip_text("09772") == "Augsburg (Landkreis)"
    assert bavaria_map.tooltip_text("09162") == "München: Tooltip"
    assert bavaria_map.kreis_at(QPointF(1, 1)) is None


def test_the_attribution_is_painted_on_the_map(bavaria_map: BavariaMap) -> None:
    image = bavaria_map.grab().toImage()
    ratio = image.devicePixelRatio()
    # the bottom right corner holds the source note: some text-coloured pixels there
    text = bavaria_map.palette().color(QPalette.ColorRole.WindowText)
    corner = [
        image.pixelColor(int(x * ratio), int(y * ratio))
        for x in range(bavaria_map.width() - 200, bavaria_map.width() - 10)
        for y in range(bavaria_map.height() - 25, bavaria_map.height() - 5)
    ]
    assert any(abs(colour.lightness() - text.lightness()) < 60 for colour in corner)


def test_dark_palette_softens_the_fills(qtbot: Any, bavaria_map: BavariaMap) -> None:
    palette = bavaria_map.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    bavaria_map.setPalette(palette)
    point = bavaria_map.to_widget(load_geometry().shape("09772").label_point)
    assert _pixel(bavaria_map, point).name() != QColor(BAD).name()
    assert bavaria_map.kreis_at(point) == "09772"


def test_clicking_outside_bavaria_selects_nothing(qtbot: Any, bavaria_map: BavariaMap) -> None:
    bavaria_map.select("09162")
    qtbot.mouseClick(bavaria_map, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert bavaria_map.selected() == "09162"


class _Recorder:
    """Stands in for QAccessible in the map module: records the events it sends."""

    Event = QAccessible.Event
    sent: ClassVar[list[tuple[object, QAccessible.Event]]] = []

    @staticmethod
    def isActive() -> bool:
        return True

    @classmethod
    def updateAccessibility(cls, event: QAccessibleEvent) -> None:
        cls.sent.append((event.object(), event.type()))


def test_arrow_keys_tell_a_screen_reader_which_kreis(
    qtbot: Any, bavaria_map: BavariaMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helferapp.ui.coverage import bavaria_map as module

    monkeypatch.setattr(module, "QAccessible", _Recorder)
    _Recorder.sent = []
    bavaria_map.setFocus()
    qtbot.waitUntil(bavaria_map.hasFocus)
    interface = QAccessible.queryAccessibleInterface(bavaria_map)
    assert interface.text(QAccessible.Text.Name) == "Karte der Kreise Bayerns"
    qtbot.keyClick(bavaria_map, Qt.Key.Key_Home)
    first = bavaria_map.selected()
    assert first is not None
    name = interface.text(QAccessible.Text.Name)
    assert name.startswith(load_geometry().shape(first).name)
    assert "Integrationskonzept" in name  # the measure and the class, in words
    assert "1 von 96" in interface.text(QAccessible.Text.Description)
    qtbot.keyClick(bavaria_map, Qt.Key.Key_Right)
    assert bavaria_map.selected() != first
    assert interface.text(QAccessible.Text.Name) != name
    kinds = [kind for widget, kind in _Recorder.sent if widget is bavaria_map]
    assert kinds.count(QAccessible.Event.NameChanged) == 2
    assert QAccessible.Event.DescriptionChanged in kinds
    assert QAccessible.Event.Focus in kinds


def test_the_legend_is_text_with_swatches(qtbot: Any, bavaria_map: BavariaMap) -> None:
    from PySide6.QtWidgets import QLabel

    from helferapp.ui.coverage.map_legend import MapLegend

    legend = MapLegend(bavaria_map)
    qtbot.addWidget(legend)
    texts = [label.text() for label in legend.findChildren(QLabel) if label.text()]
    assert texts == ["Integrationskonzept", "beschlossen", "in Arbeit", "keins", "nicht erfasst"]
    swatches = [label for label in legend.findChildren(QLabel) if label.pixmap() is not None
                and not label.pixmap().isNull()]  # fmt: skip
    assert len(swatches) == 4


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("measure", [Measure.CONCEPT, Measure.KI, Measure.PER_10K])
def test_the_legend_speaks_english_in_the_english_app(qtbot: Any, measure: Measure) -> None:
    from PySide6.QtWidgets import QLabel

    from helferapp.ui.coverage.map_legend import MapLegend

    widget = BavariaMap()
    qtbot.addWidget(widget)
    rows = [_row(shape.ags) for shape in load_geometry().kreise]
    rows[0] = dataclasses.replace(rows[0], programmes=40, population=1000)
    rows[1] = dataclasses.replace(rows[1], programmes=3, population=10_000)
    widget.set_classification(classify(rows, measure), {})
    legend = MapLegend(widget)
    qtbot.addWidget(legend)

    texts = [label.text() for label in legend.findChildren(QLabel) if label.text()][1:]
    german = ("erfasst", "beschlossen", "Arbeit", "keins", "kein Angebot", "unter", "mehr")
    assert texts and not [text for text in texts if any(word in text for word in german)]
