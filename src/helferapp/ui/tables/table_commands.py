"""The window's commands for bringing lists in and keeping them clean.

Tabelle importieren (Datei menu), Dubletten suchen (Bearbeiten menu) and Datenschutz
(a button on the Personen page): each is a short conversation in a dialog of its own;
afterwards every page shows the new state where it stands (``ui.refresh``). Kept apart
from ``ui.commands`` so that the main window only connects actions here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from helferapp.domain.errors import UserError
from helferapp.ui import prompts, refresh
from helferapp.ui.window_protocol import MainWindowParts

if TYPE_CHECKING:
    from helferapp.ui.privacy.privacy_dialog import PrivacyDialog
    from helferapp.ui.records.record_page import RecordPage
    from helferapp.ui.tables.duplicates_dialog import DuplicatesDialog
    from helferapp.ui.tables.table_import_wizard import TableImportWizard


def _tr(text: str) -> str:
    return QCoreApplication.translate("table_commands", text)


def import_table(window: MainWindowParts) -> TableImportWizard | None:
    """Datei → Tabelle importieren …: the wizard; the pages reload if rows came in."""
    from helferapp.ui.tables.table_import_wizard import TableImportWizard

    if not window.current_page().confirm_leave():
        return None
    wizard = TableImportWizard(window.context, window)
    wizard.exec()
    if wizard.summary is not None and wizard.summary.imported:
        window.refresh_all(refresh.table_imported(wizard.summary.target))
    return wizard


def find_duplicates(window: MainWindowParts) -> DuplicatesDialog | None:
    """Bearbeiten → Dubletten suchen …: the list; the pages reload after a merge."""
    from helferapp.ui.tables.duplicates_dialog import DuplicatesDialog

    if not window.current_page().confirm_leave():
        return None
    dialog = DuplicatesDialog(window.context, window)
    merged: list[str] = []
    dialog.merged.connect(lambda _kind, kept: merged.append(kept))
    dialog.show()
    dialog.search()
    dialog.exec()
    if merged:
        window.refresh_all(refresh.DUPLICATES_MERGED)
    return dialog


def privacy(page: RecordPage) -> PrivacyDialog | None:
    """Datenschutz … on the Personen page: Auskunft and Löschen for the open person."""
    from helferapp.ui.privacy.privacy_dialog import PrivacyDialog

    record = page.current
    if record is None or not page.confirm_leave():
        return None
    try:
        dialog = PrivacyDialog(page.context, record.id, page)
    except UserError as error:
        prompts.warn(page, _tr("Keine Auskunft möglich"), error.message)
        return None
    dialog.erased.connect(lambda person_id: _erased(page, person_id))
    dialog.exec()
    return dialog


def _erased(page: RecordPage, person_id: str) -> None:
    page.on_record_changed("person", person_id)
    page.emit_changed("person", person_id, None)
    page.message.emit(_tr("Alle Angaben zu der Person wurden gelöscht."))
