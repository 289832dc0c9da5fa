"""Actions that several pages share: log a contact, link a Bündnispartner, unlink it.

Each writes through a dialog or a service and reports the write with an ``UndoStep``
through the page's ``changed`` signal, like every other edit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from helferapp.domain.errors import UserError
from helferapp.domain.records import ContactData, PartnershipData
from helferapp.services import own_groups, records
from helferapp.services.entities import CONTACTS, PARTNERSHIPS
from helferapp.ui import prompts
from helferapp.ui.pages.base import Page
from helferapp.ui.undo import Change, UndoStep


def _tr(text: str) -> str:
    return QCoreApplication.translate("links", text)


def log_contact(page: Page, defaults: dict[str, str] | None = None) -> None:
    """Open the quick Kontaktprotokoll dialog, prefilled; report the new contact."""
    from helferapp.ui.records.contact_dialog import ContactDialog

    given = defaults or {}
    group_id = given.get("group_id")
    if group_id is None and "group_id" not in given:  # e.g. from a Stelle: our group's
        group_id = own_groups.default_group_id(page.context.uow())
    data = ContactData(
        contact_date=date.today(),
        group_id=group_id,
        organisation_id=given.get("organisation_id"),
        person_id=given.get("person_id"),
    )
    dialog = ContactDialog(page.context, data, page.window())

    def saved(contact_id: str) -> None:
        record = records.get(page.context.uow(), CONTACTS, contact_id)
        step = UndoStep(Change.CREATED, "contact", contact_id, record.data.subject)
        page.emit_changed("contact", contact_id, step)
        page.message.emit(_tr("Kontakt gespeichert: %1").replace("%1", record.data.subject))

    dialog.saved.connect(saved)
    dialog.exec()


def add_partnership(page: Page, defaults: PartnershipData) -> None:
    """Link a group and a Stelle as Bündnispartner (a small dialog with both pickers)."""
    from helferapp.ui.records.record_dialog import RecordDialog

    dialog = RecordDialog(
        page.context,
        "partnership",
        _tr("Bündnispartner verknüpfen"),
        defaults=defaults,
        parent=page.window(),
    )

    def saved(partnership_id: str) -> None:
        step = UndoStep(Change.CREATED, "partnership", partnership_id, _tr("Bündnispartner"))
        page.emit_changed("partnership", partnership_id, step)

    dialog.saved.connect(saved)
    dialog.exec()


def remove_partnership(page: Page, partnership_id: str, title: str) -> None:
    """Unlink a Bündnispartner (into the Papierkorb, after asking)."""
    question = _tr("Die Verknüpfung mit „%1“ lösen?").replace("%1", title)
    info = _tr("Die Verknüpfung kommt in den Papierkorb; Strg+Z nimmt das zurück.")
    if not prompts.confirm(page, _tr("Bündnispartner"), question, _tr("&Lösen"), info):
        return
    try:
        records.delete(page.context.uow(), PARTNERSHIPS, partnership_id)
    except UserError as error:
        prompts.warn(page, _tr("Nicht gelöst"), error.message)
        return
    step = UndoStep(Change.DELETED, "partnership", partnership_id, title)
    page.emit_changed("partnership", partnership_id, step)
