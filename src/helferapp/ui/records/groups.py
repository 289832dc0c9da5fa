"""Helferkreise: the table, the form, and what belongs to the group beside it.

A coordinator's most common question is "what do we have?": the Angebote, the Personen,
the Bündnispartner and the Kontakte of the group are listed under its form, each one
double-click away, with buttons to add to each list right there (``owner_page``, shared
with the Stellen).
"""

from __future__ import annotations

from typing import Any

from helferapp.services import queries
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import GROUP_COLUMNS
from helferapp.ui.records.owner_page import OwnerPage
from helferapp.ui.records.page_config import PageConfig
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


class GroupsPage(OwnerPage):
    """Helferkreise with their Angebote, Personen, Bündnispartner and Kontakte."""

    owner_field = "group_id"

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, CONFIG, parent)

    def build_related(self) -> RelatedTabs:
        tabs = self.start_related()
        self.programmes = self.owned_list("programme")
        self.persons = self.owned_list("person")
        self.partners = self.partner_list(
            QT_TRANSLATE_NOOP("related", "Bündnispartner"),
            QT_TRANSLATE_NOOP("related", "Noch keine Bündnispartner."),
            self.tr("Bündnispartner hin&zufügen …"),
        )
        self.contacts = self.owned_list("contact")
        return tabs

    def fill_related(self, record_id: str) -> None:
        relations = queries.group_relations(self.context.uow(), record_id)
        self.related.set_items(self.programmes, relations.programmes)
        self.related.set_items(self.persons, relations.persons)
        self.related.set_items(self.partners, relations.partners)
        self.related.set_items(self.contacts, relations.contacts)
