"""Helferkreise: the table, the form, and what belongs to the group beside it.

A coordinator's most common question is "what do we have?": the Angebote, the Personen,
the Bündnispartner and the Kontakte of the group are listed under its form, each one
double-click away, with buttons to add to each list right there.
"""

from __future__ import annotations

from typing import Any

from helferapp.domain.records import PartnershipData, PersonData, ProgrammeData
from helferapp.services import queries
from helferapp.services.records import Record
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import GROUP_COLUMNS
from helferapp.ui.records import links
from helferapp.ui.records.page_config import PageConfig
from helferapp.ui.records.record_page import RecordPage
from helferapp.ui.records.related import RelatedTabs
from helferapp.ui.texts import QT_TRANSLATE_NOOP

CONFIG = PageConfig(
    kind_code="group",
    nav_title=QT_TRANSLATE_NOOP("GroupsPage", "Helferkreise"),
    title=QT_TRANSLATE_NOOP("GroupsPage", "Helferkreise"),
    new_text=QT_TRANSLATE_NOOP("GroupsPage", "Neuer Helferkreis"),
    new_heading=QT_TRANSLATE_NOOP("GroupsPage", "Neuer Helferkreis"),
    empty_text=QT_TRANSLATE_NOOP("GroupsPage", "Noch keine Helferkreise — Strg+N legt einen an."),
    columns=GROUP_COLUMNS,
    query=queries.group_rows,
)


class GroupsPage(RecordPage):
    """Helferkreise with their Angebote, Personen, Bündnispartner and Kontakte."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, CONFIG, parent)

    def build_related(self) -> RelatedTabs:
        tabs = RelatedTabs(self)
        self.programmes = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Angebote"),
            QT_TRANSLATE_NOOP("related", "Noch keine Angebote."),
        )
        self.persons = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Personen"),
            QT_TRANSLATE_NOOP("related", "Noch keine Ansprechpersonen."),
        )
        self.partners = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Bündnispartner"),
            QT_TRANSLATE_NOOP("related", "Noch keine Bündnispartner."),
        )
        self.contacts = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Kontakte"),
            QT_TRANSLATE_NOOP("related", "Noch keine Kontakte."),
        )
        self._buttons = [
            self.programmes.add_button(self.tr("Neues A&ngebot …"), self._new_programme),
            self.persons.add_button(self.tr("Neue P&erson …"), self._new_person),
            self.partners.add_button(self.tr("Bündnispartner hin&zufügen …"), self._add_partner),
            self.contacts.add_button(self.tr("&Kontakt erfassen …"), self.log_contact),
        ]
        self.partners.add_button(self.tr("Verknüpfung &lösen"), self._remove_partner, True)
        self.related = tabs
        return tabs

    def load_related(self, record: Record[Any] | None) -> None:
        for button in self._buttons:
            button.setEnabled(record is not None)
        if record is None:
            self.related.clear_all()
            return
        relations = queries.group_relations(self.context.uow(), record.id)
        self.related.set_items(self.programmes, relations.programmes)
        self.related.set_items(self.persons, relations.persons)
        self.related.set_items(self.partners, relations.partners)
        self.related.set_items(self.contacts, relations.contacts)

    def _group_id(self) -> str | None:
        return self.current.id if self.current is not None and not self._new else None

    def _new_programme(self) -> None:
        if self._group_id():
            self.create_requested.emit("programme", ProgrammeData(group_id=self._group_id()))

    def _new_person(self) -> None:
        if self._group_id():
            self.create_requested.emit("person", PersonData(group_id=self._group_id()))

    def _add_partner(self) -> None:
        group_id = self._group_id()
        if group_id and self.confirm_leave():
            links.add_partnership(self, PartnershipData(group_id=group_id))

    def _remove_partner(self) -> None:
        item = self.partners.current()
        if item is not None and item.link_id:
            links.remove_partnership(self, item.link_id, item.title)

    def contact_defaults(self) -> dict[str, str]:
        group_id = self._group_id()
        return {"group_id": group_id} if group_id else {}

    def log_contact(self) -> None:
        links.log_contact(self, self.contact_defaults())
