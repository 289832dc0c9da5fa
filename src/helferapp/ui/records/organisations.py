"""Stellen & KI: offices and partners, and which Helferkreise work with each of them.

For a Kommunales Integrationszentrum the question is "which groups do we work with, and
what did we talk about?": its page lists the groups linked to it (as Bündnispartner,
through shared Angebote or contacts), its Angebote, Personen and the contact log
(``owner_page``, shared with the Helferkreise).
"""

from __future__ import annotations

from typing import Any

from helferapp.services import queries
from helferapp.services.queries import GroupLink, RelatedItem
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import ORGANISATION_COLUMNS
from helferapp.ui.models.display import enum_text
from helferapp.ui.records.owner_page import OwnerPage
from helferapp.ui.records.page_config import PageConfig
from helferapp.ui.records.related import RelatedTabs
from helferapp.ui.texts import QT_TRANSLATE_NOOP

CONFIG = PageConfig(
    kind_code="organisation",
    nav_title=QT_TRANSLATE_NOOP("OrganisationsPage", "Stellen & KI"),
    title=QT_TRANSLATE_NOOP("OrganisationsPage", "Stellen & Kommunale Integrationszentren"),
    new_text=QT_TRANSLATE_NOOP("OrganisationsPage", "Neue Stelle"),
    new_heading=QT_TRANSLATE_NOOP("OrganisationsPage", "Neue Stelle"),
    empty_text=QT_TRANSLATE_NOOP(
        "OrganisationsPage",
        "Noch keine Stellen — Strg+N legt eine an (z. B. das KI Ihres Landkreises).",
    ),
    columns=ORGANISATION_COLUMNS,
    query=queries.organisation_rows,
)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("OrganisationsPage", text)


def describe_group(item: RelatedItem) -> str:
    """ "Helferkreis Dachau – Bündnispartner (Kooperation), 2 Angebote, 5 Kontakte"."""
    link = item.tag
    parts = []
    if isinstance(link, GroupLink):
        if link.partnership is not None:
            parts.append(_tr("Bündnispartner (%1)").replace("%1", enum_text(link.partnership)))
        if link.programmes == 1:
            parts.append(_tr("1 gemeinsames Angebot"))
        elif link.programmes:
            parts.append(_tr("%1 gemeinsame Angebote").replace("%1", str(link.programmes)))
        if link.contacts == 1:
            parts.append(_tr("1 Kontakt"))
        elif link.contacts:
            parts.append(_tr("%1 Kontakte").replace("%1", str(link.contacts)))
    return f"{item.title} – {', '.join(parts)}" if parts else item.title


class OrganisationsPage(OwnerPage):
    """Stellen with the groups they work with, their Angebote, Personen and contact log."""

    owner_field = "organisation_id"

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, CONFIG, parent)

    def build_related(self) -> RelatedTabs:
        tabs = self.start_related()
        self.groups = self.partner_list(
            QT_TRANSLATE_NOOP("related", "Helferkreise"),
            QT_TRANSLATE_NOOP("related", "Noch mit keinem Helferkreis verknüpft."),
            self.tr("Helferkreis ver&knüpfen …"),
            describe_group,
        )
        self.contacts = self.owned_list("contact")
        self.programmes = self.owned_list("programme")
        self.persons = self.owned_list("person")
        return tabs

    def fill_related(self, record_id: str) -> None:
        relations = queries.organisation_relations(self.context.uow(), record_id)
        self.related.set_items(self.groups, relations.groups)
        self.related.set_items(self.contacts, relations.contacts)
        self.related.set_items(self.programmes, relations.programmes)
        self.related.set_items(self.persons, relations.persons)
