"""A combo box over one of the domain's vocabularies, showing the translated labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from helferapp.domain.enums import LabelledEnum


def enum_text(member: LabelledEnum) -> str:
    """The label of ``member`` in the UI language."""
    return QCoreApplication.translate("enums", member.label)


class EnumComboBox(QComboBox):
    """Pick one member of ``enum_type``; with ``optional=True`` also "keine Angabe"."""

    valueChanged = Signal()

    def __init__(
        self,
        enum_type: type[LabelledEnum],
        parent: QWidget | None = None,
        *,
        optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self._enum_type = enum_type
        self._optional = optional
        self._members: list[LabelledEnum | None] = [None] if optional else []
        self._members.extend(enum_type)
        for _member in self._members:
            self.addItem("")
        self.retranslate_ui()
        self.currentIndexChanged.connect(lambda _row: self.valueChanged.emit())

    def retranslate_ui(self) -> None:
        for row, member in enumerate(self._members):
            text = enum_text(member) if member is not None else self.tr("– keine Angabe –")
            self.setItemText(row, text)

    def members(self) -> list[LabelledEnum | None]:
        """The entries in list order (None: "keine Angabe")."""
        return list(self._members)

    def value(self) -> LabelledEnum | None:
        row = self.currentIndex()
        return self._members[row] if row >= 0 else None

    def set_value(self, value: LabelledEnum | str | None) -> None:
        if value is not None and not isinstance(value, self._enum_type):
            value = self._enum_type(value)
        if value is None and not self._optional:
            value = self._members[0]
        self.setCurrentIndex(self._members.index(value))
