"""Angebote, Personen and Kontakte: pages that need little beyond table and form.

What they add: Strg+K prefilled from the selected record, persons without a usable
consent marked in the table, and overdue Wiedervorlagen marked in the contact log.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from helferapp.services import queries
from helferapp.services.queries import ContactRow
from helferapp.ui.context import AppContext
from helferapp.ui.models.columns import (
    CONTACT_COLUMNS,
    PERSON_COLUMNS,
    PROGRAMME_COLUMNS,
    person_lacks_consent,
)
from helferapp.ui.records import links
from helferapp.ui.records.page_config import PageConfig
from helferapp.ui.records.record_page import RecordPage
from helferapp.ui.texts import QT_TRANSLATE_NOOP

NAMES = frozenset({"group", "organisation"})


class _LinkedPage(RecordPage):
    """A page whose records belong to a group and/or a Stelle (and maybe a person)."""

    def contact_defaults(self) -> dict[str, str]:
        if self.current is None or self._new:
            return {}
        data = self.current.data
        defaults = {
            name: getattr(data, name)
            for name in ("group_id", "organisation_id")
            if getattr(data, name, None)
        }
        if self.kind_code == "person":
            defaults["person_id"] = self.current.id
        return defaults

    def log_contact(self) -> None:
        links.log_contact(self, self.contact_defaults())


PROGRAMMES = PageConfig(
    kind_code="programme",
    nav_title=QT_TRANSLATE_NOOP("ProgrammesPage", "Angebote"),
    title=QT_TRANSLATE_NOOP("ProgrammesPage", "Angebote"),
    new_text=QT_TRANSLATE_NOOP("ProgrammesPage", "Neues Angebot"),
    new_heading=QT_TRANSLATE_NOOP("ProgrammesPage", "Neues Angebot"),
    empty_text=QT_TRANSLATE_NOOP("ProgrammesPage", "Noch keine Angebote — Strg+N legt eines an."),
    columns=PROGRAMME_COLUMNS,
    query=queries.programme_rows,
    depends_on=NAMES,
)


class ProgrammesPage(_LinkedPage):
    """Angebote of all groups and Stellen."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, PROGRAMMES, parent)


PERSONS = PageConfig(
    kind_code="person",
    nav_title=QT_TRANSLATE_NOOP("PersonsPage", "Personen"),
    title=QT_TRANSLATE_NOOP("PersonsPage", "Ansprechpersonen"),
    new_text=QT_TRANSLATE_NOOP("PersonsPage", "Neue Person"),
    new_heading=QT_TRANSLATE_NOOP("PersonsPage", "Neue Person"),
    empty_text=QT_TRANSLATE_NOOP("PersonsPage", "Noch keine Personen — Strg+N legt eine an."),
    columns=PERSON_COLUMNS,
    query=queries.person_rows,
    warn=person_lacks_consent,
    depends_on=NAMES,
)


class PersonsPage(_LinkedPage):
    """Ansprechpersonen; those without a usable consent are marked in red with "keine"."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, PERSONS, parent)

    def build_extras(self) -> None:
        self.privacy_button = self.detail.add_button("", self.open_privacy)

    def update_extras(self) -> None:
        self.privacy_button.setText(self.tr_("Datenschu&tz …"))  # Alt+D: the Datei menu
        self.privacy_button.setToolTip(
            self.tr_("Auskunft (PDF/JSON) über die Person oder alle ihre Angaben löschen")
        )
        self.privacy_button.setVisible(self.current is not None and not self._new)

    def open_privacy(self) -> None:
        from helferapp.ui.tables import table_commands

        table_commands.privacy(self)


def contact_overdue(row: ContactRow) -> bool:
    return bool(row.follow_up_on and not row.done and row.follow_up_on < date.today())


CONTACTS = PageConfig(
    kind_code="contact",
    nav_title=QT_TRANSLATE_NOOP("ContactsPage", "Kontakte"),
    title=QT_TRANSLATE_NOOP("ContactsPage", "Kontaktprotokoll"),
    new_text=QT_TRANSLATE_NOOP("ContactsPage", "Neuer Kontakt"),
    new_heading=QT_TRANSLATE_NOOP("ContactsPage", "Neuer Kontakt"),
    empty_text=QT_TRANSLATE_NOOP(
        "ContactsPage", "Noch keine Kontakte — Strg+K erfasst einen, von überall aus."
    ),
    columns=CONTACT_COLUMNS,
    query=queries.contact_rows,
    warn=contact_overdue,
    default_sort=(0, Qt.SortOrder.DescendingOrder),
    depends_on=NAMES,
)


class ContactsPage(_LinkedPage):
    """The Kontaktprotokoll, newest first; overdue Wiedervorlagen marked."""

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, CONTACTS, parent)
