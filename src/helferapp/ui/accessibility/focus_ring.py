"""The focus ring: a 2 px line on the edge of the widget that has the keyboard focus.

A transparent child laid over the focused widget (it passes every mouse event through
and takes no focus) paints the ring on top of the widget's own border. Being a child,
it is never clipped away by a tight parent – a table that fills its page, a button
row – as a ring drawn outside the widget would be, and it follows the widget's size.
The colour is ``contrast.focus_colour``: 3:1 or more against window and field colours.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from helferapp.ui.accessibility import contrast

FOCUS_RING = "helferapp_focus_ring"
WIDTH = 2


class FocusRing(QWidget):
    """See the module docstring; ``follow(widget)`` moves it, ``follow(None)`` hides it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(FOCUS_RING)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._watched: QWidget | None = None
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        watched = self._watched
        if watched is not None and watched is not target:
            watched.removeEventFilter(self)
            self._watched = None
        if target is None:
            self.hide()
            return
        if self.parentWidget() is not target:
            self.setParent(target)
        if self._watched is None:
            target.installEventFilter(self)
            self._watched = target
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.ChildAdded,
        ):
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
                self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(contrast.focus_colour(self.palette()), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()
