"""Stellen & KI: offices and partners, and which Helferkreise work with each of them.

For a Kommunales Integrationszentrum the question is "which groups do we work with, and
what did we talk about?": its page lists the groups linked to it (as Bündnispartner,
through shared Angebote or contacts), its Angebote, Personen and the contact log.
"""

from __future__ import annotations

from typing import Any

from helferapp.domain.records import PartnershipData, PersonData, ProgrammeData
from helferapp.services import queries
from helferapp.services.queries import GroupLink, RelatedItem
from helferapp.services.records import Record
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import ORGANISATION_COLUMNS
from helferapp.ui.models.display import enum_text
from helferapp.ui.records import links
from helferapp.ui.records.page_config import PageConfig
from helferapp.ui.records.record_page import RecordPage
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


class OrganisationsPage(RecordPage):
    """Stellen with the groups they work with, their Angebote, Personen and contact log."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, CONFIG, parent)

    def build_related(self) -> RelatedTabs:
        tabs = RelatedTabs(self)
        self.groups = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Helferkreise"),
            QT_TRANSLATE_NOOP("related", "Noch mit keinem Helferkreis verknüpft."),
            describe_group,
        )
        self.contacts = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Kontakte"),
            QT_TRANSLATE_NOOP("related", "Noch keine Kontakte."),
        )
        self.programmes = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Angebote"),
            QT_TRANSLATE_NOOP("related", "Noch keine Angebote."),
        )
        self.persons = tabs.new_list(
            QT_TRANSLATE_NOOP("related", "Personen"),
            QT_TRANSLATE_NOOP("related", "Noch keine Ansprechpersonen."),
        )
        self._buttons = [
            self.groups.add_button(self.tr("Helferkreis ver&knüpfen …"), self._add_group),
            self.contacts.add_button(self.tr("&Kontakt erfassen …"), self.log_contact),
            self.programmes.add_button(self.tr("Neues A&ngebot …"), self._new_programme),
            self.persons.add_button(self.tr("Neue P&erson …"), self._new_person),
        ]
        self.groups.add_button(self.tr("Verknüpfung &lösen"), self._remove_group, True)
        self.related = tabs
        return tabs

    def load_related(self, record: Record[Any] | None) -> None:
        for button in self._buttons:
            button.setEnabled(record is not None)
        if record is None:
            self.related.clear_all()
            return
        relations = queries.organisation_relations(self.context.uow(), record.id)
        self.related.set_items(self.groups, relations.groups)
        self.related.set_items(self.contacts, relations.contacts)
        self.related.set_items(self.programmes, relations.programmes)
        self.related.set_items(self.persons, relations.persons)

    def _organisation_id(self) -> str | None:
        return self.current.id if self.current is not None and not self._new else None

    def _add_group(self) -> None:
        organisation_id = self._organisation_id()
        if organisation_id and self.confirm_leave():
            links.add_partnership(self, PartnershipData(organisation_id=organisation_id))

    def _remove_group(self) -> None:
        item = self.groups.current()
        if item is not None and item.link_id:
            links.remove_partnership(self, item.link_id, item.title)

    def _new_programme(self) -> None:
        if self._organisation_id():
            data = ProgrammeData(organisation_id=self._organisation_id())
            self.create_requested.emit("programme", data)

    def _new_person(self) -> None:
        if self._organisation_id():
            data = PersonData(organisation_id=self._organisation_id())
            self.create_requested.emit("person", data)

    def contact_defaults(self) -> dict[str, str]:
        organisation_id = self._organisation_id()
        return {"organisation_id": organisation_id} if organisation_id else {}

    def log_contact(self) -> None:
        links.log_contact(self, self.contact_defaults())
