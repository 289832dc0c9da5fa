"""Helferkreise and Stellen: the two pages whose records Angebote, Personen and Kontakte
belong to.

Both pages list beside the form the Angebote, Personen and Kontakte that name the open
record (through ``group_id`` or ``organisation_id``), each with a button to add one
right there, and the other side of its Bündnispartnerschaften with buttons to link and
unlink. This base says once how those lists, their buttons and Strg+K are set up; each
page keeps the order of its tabs, its own list of partners and what fills the lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from helferapp.domain.records import PartnershipData, PersonData, ProgrammeData
from helferapp.services.queries import RelatedItem
from helferapp.services.records import Record
from helferapp.ui.records import links
from helferapp.ui.records.record_page import RecordPage
from helferapp.ui.records.related import RelatedList, RelatedTabs, describe
from helferapp.ui.texts import QT_TRANSLATE_NOOP

# kind code → (tab title, text of the empty list, text of the button that adds one)
OWNED = {
    "programme": (
        QT_TRANSLATE_NOOP("related", "Angebote"),
        QT_TRANSLATE_NOOP("related", "Noch keine Angebote."),
        QT_TRANSLATE_NOOP("OwnerPage", "Neues A&ngebot …"),
    ),
    "person": (
        QT_TRANSLATE_NOOP("related", "Personen"),
        QT_TRANSLATE_NOOP("related", "Noch keine Ansprechpersonen."),
        QT_TRANSLATE_NOOP("OwnerPage", "Neue P&erson …"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("related", "Kontakte"),
        QT_TRANSLATE_NOOP("related", "Noch keine Kontakte."),
        QT_TRANSLATE_NOOP("OwnerPage", "&Kontakt erfassen …"),
    ),
}
NEW_DATA = {"programme": ProgrammeData, "person": PersonData}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OwnerPage", text)


class OwnerPage(RecordPage):
    """A record page whose record others belong to through ``owner_field``."""

    owner_field = ""  # "group_id" or "organisation_id"

    def start_related(self) -> RelatedTabs:
        """The empty tabs; the page adds its lists in the order it shows them."""
        self._buttons: list[QPushButton] = []
        self.related = RelatedTabs(self)
        return self.related

    def owned_list(self, kind_code: str) -> RelatedList:
        """The list of the Angebote, Personen or Kontakte of the record, with its button."""
        title, empty_text, button = OWNED[kind_code]
        related = self.related.new_list(title, empty_text)
        self._buttons.append(related.add_button(_tr(button), lambda: self._add_owned(kind_code)))
        return related

    def partner_list(
        self,
        title: str,
        empty_text: str,
        add_text: str,
        describe_item: Callable[[RelatedItem], str] = describe,
    ) -> RelatedList:
        """The other side of the record's Bündnispartnerschaften: link one, unlink one."""
        related = self.related.new_list(title, empty_text, describe_item)
        self._buttons.append(related.add_button(add_text, self._add_partner))
        related.add_button(_tr("Verknüpfung &lösen"), self._remove_partner, True)
        self._partners = related
        return related

    def load_related(self, record: Record[Any] | None) -> None:
        for button in self._buttons:
            button.setEnabled(record is not None)
        if record is None:
            self.related.clear_all()
            return
        self.fill_related(record.id)

    def fill_related(self, record_id: str) -> None:
        """Hook: put the record's related records into the lists."""

    def owner_id(self) -> str | None:
        """The open record's id; None while nothing is open or a new one is unsaved."""
        return self.current.id if self.current is not None and not self._new else None

    def _owner(self) -> dict[str, Any]:
        """The owner field set to the open record, for a new record that belongs to it."""
        owner_id = self.owner_id()
        return {self.owner_field: owner_id} if owner_id else {}

    def _add_owned(self, kind_code: str) -> None:
        if kind_code == "contact":
            self.log_contact()
        elif owner := self._owner():
            self.create_requested.emit(kind_code, NEW_DATA[kind_code](**owner))

    def _add_partner(self) -> None:
        owner = self._owner()
        if owner and self.confirm_leave():
            links.add_partnership(self, PartnershipData(**owner))

    def _remove_partner(self) -> None:
        item = self._partners.current()
        if item is not None and item.link_id:
            links.remove_partnership(self, item.link_id, item.title)

    def contact_defaults(self) -> dict[str, str]:
        return self._owner()

    def log_contact(self) -> None:
        links.log_contact(self, self.contact_defaults())
