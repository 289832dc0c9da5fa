"""How a form talks to its input widgets, and the layout helpers it sizes itself with.

An input widget either is a ``QLineEdit``, ``QPlainTextEdit`` or ``QCheckBox``, or offers
``value()``, ``set_value()`` and a ``valueChanged`` signal (see ``ui.widgets``); a
``value()`` that cannot read the typed text raises ``ValueError`` with a German message,
which the form shows next to the field. ``RecordForm`` (``ui.forms.base``) builds one
``FormField`` per input from these rules; dialogs outside the forms use
``refresh_layouts`` too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helferapp.ui.widgets.error_label import ErrorLabel


@dataclass
class FormField:
    """One input of a form: its widget, label, error label and how to read/write it."""

    name: str
    editor: QWidget
    label: QLabel
    error: ErrorLabel
    row: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    changed: Any  # the Qt signal that tells of an edit


def accessors(editor: QWidget) -> tuple[Callable[[], Any], Callable[[Any], None], Any]:
    """How to read, write and watch ``editor``."""
    if hasattr(editor, "set_value") and hasattr(editor, "valueChanged"):
        return editor.value, editor.set_value, editor.valueChanged  # type: ignore[attr-defined]
    if isinstance(editor, QLineEdit):
        return editor.text, lambda value: editor.setText(value or ""), editor.textChanged
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText, editor.setPlainText, editor.textChanged
    if isinstance(editor, QCheckBox):
        return editor.isChecked, lambda value: editor.setChecked(bool(value)), editor.toggled
    raise TypeError(f"Kein Eingabefeld, das ein Formular lesen kann: {type(editor).__name__}")


def make_field(name: str, editor: QWidget, parent: QWidget) -> FormField:
    """One input's row (the editor above its error label) and the label that names it."""
    read, write, changed = accessors(editor)
    row = QWidget(parent)
    box = QVBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(editor)
    error = ErrorLabel(row)
    box.addWidget(error)
    row.setFocusProxy(editor)
    label = QLabel(parent)
    label.setBuddy(editor)
    return FormField(name, editor, label, error, row, read, write, changed)


def finish_signal(editor: QWidget) -> Any:
    """The signal sent when the person leaves a typed-in field, if there is one."""
    if isinstance(editor, QLineEdit):
        return editor.editingFinished
    if isinstance(editor, QComboBox) and (line := editor.lineEdit()) is not None:
        return line.editingFinished
    line_edit = getattr(editor, "line_edit", None)
    if callable(line_edit):
        return line_edit().editingFinished
    return None


def refresh_layouts(widget: QWidget) -> None:
    """Drop stale size hints of ``widget``'s descendants, innermost first.

    Texts set after a widget went into a layout (labels, placeholders, button texts) do
    not reach the layouts' cached size hints until the window is shown; a dialog sizes
    itself before that, too small. Call this once the texts are in place.
    """
    for child in [*reversed(widget.findChildren(QWidget)), widget]:
        layout = child.layout()
        if layout is not None:
            _invalidate(layout)
        child.updateGeometry()


def _invalidate(layout: QLayout) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout() if item is not None else None
        if inner is not None:
            _invalidate(inner)
    layout.invalidate()


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for its content's full size, so dialogs open big enough."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        widget.ensurePolished()
        hint = widget.sizeHint()
        extra = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + extra, hint.height() + 2 * self.frameWidth())
