"""A dialog's content in a scroll area that asks for its full size, buttons outside it.

At a large font or on a 1366×768 screen a dialog may be taller than the screen. Its
content then scrolls, while the buttons (Exportieren, Abbrechen) stay below it, always
visible. Unlike a plain ``QScrollArea`` (which caps its size hint at a few hundred
pixels), ``ScrollBody`` asks for the content's whole size, so on a large screen nothing
scrolls; ``settings.window_state.fit_to_screen`` shrinks the dialog where needed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


class ScrollBody(QScrollArea):
    """Holds ``layout``'s widgets; ``sizeHint`` is their full size (see module docstring)."""

    def __init__(self, layout: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget(self)
        content.setObjectName("scrollBodyContent")
        content.setLayout(layout)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(
            hint.width() + bar + 2 * self.frameWidth(), hint.height() + 2 * self.frameWidth()
        )

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(min(width, 320) + self.verticalScrollBar().sizeHint().width(), 120)
