"""Accessible names from what a sighted user reads next to a widget.

A screen reader announces a widget by its accessible name. Qt derives it for buttons
and labelled fields, but on Linux a combo box is announced by its current value
("Stand: keins" twice on Gebiete), the text field inside an editable combo box or a
spin box by nothing, and a line edit's clear button (⊗) by nothing. ``name_widgets``
fills those gaps from the label that points at the widget (``QLabel.setBuddy``, which
``QFormLayout.addRow(text, field)`` sets by itself) and from the owning widget, and
leaves every name a widget was given on purpose alone. ``ui.accessibility.events``
runs it whenever a window or a page is shown, so a page built later is named too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

AUTO = "helferapp_auto_name"


def label_text(text: str) -> str:
    """ "&Ziel:" → "Ziel" (mnemonic marks and the trailing colon dropped)."""
    cleaned = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return cleaned.strip().rstrip(":").strip()


def _set(widget: QWidget, name: str) -> None:
    """Give ``widget`` ``name`` unless it has one of its own (set outside this module)."""
    if not name:
        return
    if widget.accessibleName() and not widget.property(AUTO):
        return
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)
    widget.setProperty(AUTO, True)


def _name_label(label: QLabel, buddy: QWidget) -> None:
    """Let the label say the field's full name where the field's own name is not read.

    On Linux a combo box's accessible name is its value; AT-SPI announces it by its
    label ("labelled by"). Two fields labelled "Stand:" (of the Konzept, of the KI) then
    sound the same; the label takes the field's name ("Stand des KI"), which contains
    the visible text, as WCAG 2.5.3 asks.
    """
    visible = label_text(label.text())
    wanted = buddy.accessibleName()
    if wanted and wanted != visible and visible.casefold() in wanted.casefold():
        _set(label, wanted)
    elif label.property(AUTO) and label.accessibleName() != visible:
        label.setAccessibleName(visible)


def _owner_name(widget: QWidget) -> str:
    name = widget.accessibleName()
    if name:
        return name
    return label_text(widget.toolTip())


def name_widgets(root: QWidget) -> None:
    """Name the unnamed fields below ``root`` by their labels and owners."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            _set(buddy, label_text(label.text()))
            _name_label(label, buddy)
    for owner in root.findChildren(QWidget):
        line = owner.lineEdit() if isinstance(owner, QComboBox) else None
        if line is not None:
            _set(line, _owner_name(owner))
        elif isinstance(owner, QAbstractSpinBox):
            inner = owner.findChild(QLineEdit)
            if inner is not None:
                _set(inner, _owner_name(owner))
        elif isinstance(owner, QLineEdit):
            field = _owner_name(owner) or _owner_name(owner.parentWidget() or owner)
            for button in owner.findChildren(QToolButton):
                if not button.text() and not button.toolTip():
                    text = QCoreApplication.translate("accessibility", "%1 leeren")
                    _set(button, text.replace("%1", field) if field else text[3:].strip())
