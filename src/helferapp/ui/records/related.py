"""Lists of linked records beside a form: each entry one double-click (or Enter) away.

A group's page shows its Angebote, Personen, Bündnispartner and Kontakte in tabs whose
titles carry the count ("Angebote (3)"), so a volunteer sees at once what is there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helferapp.services.queries import RelatedItem
from helferapp.ui.models.display import date_text, enum_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(item: RelatedItem) -> str:
    """Title, then what kind of link (a Bündnispartner's kind), then a date."""
    parts = [item.title]
    if item.tag is not None and hasattr(item.tag, "label"):
        parts.append(enum_text(item.tag))
    if item.when is not None:
        parts.insert(0, date_text(item.when))
    return " – ".join(part for part in parts if part)


class RelatedList(QWidget):
    """One list of linked records with optional buttons underneath.

    Signals:
        navigate(kind_code, record_id): the user opened an entry.
    """

    navigate = Signal(str, str)

    def __init__(
        self,
        title: str,
        empty_text: str,
        parent: QWidget | None = None,
        describe_item: Callable[[RelatedItem], str] = describe,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = empty_text
        self._describe = describe_item
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("related", title))
        self.list.itemActivated.connect(self._activated)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(self._buttons)
        self._count = 0

    def add_button(
        self, text: str, slot: Callable[[], None], needs_item: bool = False
    ) -> QPushButton:
        """Add a button; with ``needs_item`` it is enabled only when an entry is selected."""
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        if needs_item:
            button.setEnabled(False)
            self.list.currentItemChanged.connect(
                lambda current, _old: button.setEnabled(
                    current is not None and current.data(ITEM_ROLE) is not None
                )
            )
        return button

    def set_items(self, items: list[RelatedItem]) -> None:
        self.list.clear()
        self._count = len(items)
        if not items:
            empty = QListWidgetItem(QCoreApplication.translate("related", self.empty_text))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
            return
        for item in items:
            entry = QListWidgetItem(self._describe(item))
            entry.setData(ITEM_ROLE, item)
            self.list.addItem(entry)

    def count(self) -> int:
        return self._count

    def current(self) -> RelatedItem | None:
        entry = self.list.currentItem()
        item: RelatedItem | None = entry.data(ITEM_ROLE) if entry is not None else None
        return item

    def _activated(self, entry: QListWidgetItem) -> None:
        item = entry.data(ITEM_ROLE)
        if item is not None:
            self.navigate.emit(item.kind_code, item.id)


class RelatedTabs(QTabWidget):
    """The related lists of one page, one tab each, titled with their counts."""

    navigate = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists: list[RelatedList] = []
        self.setDocumentMode(True)

    def new_list(
        self, title: str, empty_text: str, describe_item: Callable[[RelatedItem], str] = describe
    ) -> RelatedList:
        """Add a tab with a new list; ``title``/``empty_text`` are untranslated sources."""
        return self.add_list(RelatedList(title, empty_text, self, describe_item))

    def add_list(self, related: RelatedList) -> RelatedList:
        self.lists.append(related)
        self.addTab(related, "")
        related.navigate.connect(self.navigate)
        self.retranslate_ui()
        return related

    def set_items(self, related: RelatedList, items: list[RelatedItem]) -> None:
        related.set_items(items)
        self.retranslate_ui()

    def clear_all(self) -> None:
        for related in self.lists:
            related.set_items([])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for number, related in enumerate(self.lists):
            title = QCoreApplication.translate("related", related.title)
            self.setTabText(number, f"{title} ({related.count()})")
        self.setAccessibleName(QCoreApplication.translate("related", "Verknüpfte Einträge"))
