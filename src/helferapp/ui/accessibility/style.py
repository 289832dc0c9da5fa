"""A style on top of the platform's that shows the keyboard focus and scales check boxes.

Fusion and the Windows styles mark focus by a thin, pale line (on tables and the left
navigation a few pixels change, which older eyes miss), and their check boxes stay
12 px however large the font is. ``AccessibleStyle`` wraps whatever style is in use
(``QProxyStyle``): it keeps everything else as the platform draws it, and

- draws a 2 px ring in the colour of ``contrast.focus_colour`` (≥ 3:1 against the
  window and the button colour, light or dark) inside a focused push or tool button,
  so the default button looks different when it has focus (tables, lists and fields
  get the same ring from ``focus_ring.FocusRing``);
- draws the focus rectangle of a table cell or list entry the same way;
- makes check boxes and radio buttons as tall as the text beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from helferapp.ui.accessibility import contrast

RING = 2
HAS_FOCUS = QStyle.StateFlag.State_HasFocus


class AccessibleStyle(QProxyStyle):
    """See the module docstring."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric in (
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        ):
            metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
            return max(base, round(metrics.height() * 0.85))
        return base

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & HAS_FOCUS:
            # Inside the button: a ring around it would be cut off by a tight button row.
            _ring(
                painter, option.rect.adjusted(3, 3, -3, -3), contrast.focus_colour(option.palette)
            )

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and option.state & HAS_FOCUS:
            _ring(
                painter, option.rect.adjusted(1, 1, -1, -1), contrast.focus_colour(option.palette)
            )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = (
                option.palette.color(QPalette.ColorRole.HighlightedText)
                if selected
                else contrast.focus_colour(option.palette)
            )
            _ring(painter, option.rect, colour)
            return
        super().drawPrimitive(element, option, painter, widget)


def _ring(painter: QPainter, rect: QRect, colour: QColor) -> None:
    painter.save()
    pen = QPen(colour, RING)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    inner = rect.adjusted(RING // 2, RING // 2, -(RING + 1) // 2, -(RING + 1) // 2)
    painter.drawRect(inner)
    painter.restore()
