"""Handlungsfelder to tick, grouped under the KI-Bereich each belongs to.

One titled box per KI-Bereich (Elementarbereich, Schule, Übergang Schule–Beruf,
Querschnitt); the small ones sit side by side, Querschnitt below in three columns. Each
Handlungsfeld is a plain check box, so Tab and Space work as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from helferapp.domain.enums import FieldOfAction, KIArea
from helferapp.ui.widgets.enum_combo import enum_text

_COLUMNS = 3


class FieldOfActionPicker(QWidget):
    """Tick any number of Handlungsfelder; ``value()`` keeps the enum's order."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[FieldOfAction, QCheckBox] = {}
        self._groups: dict[KIArea, QGroupBox] = {}
        self._loaded_order: tuple[FieldOfAction, ...] = ()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        small_column = 0
        row = 1
        for area in KIArea:
            fields = [field for field in FieldOfAction if field.ki_area is area]
            if not fields:
                continue
            group = QGroupBox(self)
            self._groups[area] = group
            inner = QGridLayout(group)
            columns = _COLUMNS if len(fields) > 2 else 1
            for position, field in enumerate(fields):
                box = QCheckBox(group)
                box.toggled.connect(lambda _checked: self.valueChanged.emit())
                self._boxes[field] = box
                inner.addWidget(box, position // columns, position % columns)
            if len(fields) <= 2:
                layout.addWidget(group, 0, small_column)
                small_column += 1
            else:
                layout.addWidget(group, row, 0, 1, _COLUMNS)
                row += 1
        first = next(iter(self._boxes.values()))
        self.setFocusProxy(first)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for area, group in self._groups.items():
            group.setTitle(enum_text(area).replace("&", "&&"))
        for field, box in self._boxes.items():
            box.setText(enum_text(field).replace("&", "&&"))
            box.setAccessibleName(
                self.tr("Handlungsfeld {field} (KI-Bereich {area})").format(
                    field=enum_text(field), area=enum_text(field.ki_area)
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def check_box(self, field: FieldOfAction) -> QCheckBox:
        return self._boxes[field]

    def group_box(self, area: KIArea) -> QGroupBox:
        return self._groups[area]

    def value(self) -> tuple[FieldOfAction, ...]:
        """The ticked fields: loaded ones in their stored order, newly ticked ones after.

        Keeping the stored order means an untouched record never looks changed.
        """
        ticked = {field for field in FieldOfAction if self._boxes[field].isChecked()}
        kept = [field for field in self._loaded_order if field in ticked]
        added = [field for field in FieldOfAction if field in ticked and field not in kept]
        return (*kept, *added)

    def set_value(self, value: tuple[FieldOfAction, ...]) -> None:
        self._loaded_order = tuple(dict.fromkeys(value))
        chosen = set(value)
        for field, box in self._boxes.items():
            box.setChecked(field in chosen)
