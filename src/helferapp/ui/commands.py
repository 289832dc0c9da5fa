"""The window's file and help commands: another database, backups, help, about.

They live apart from the main window because each is a short conversation (a file
dialog, a question, a message) that needs nothing of the window but its context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from helferapp.domain.errors import UserError
from helferapp.ui import prompts, refresh
from helferapp.ui.window_protocol import MainWindowParts


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _size(size_bytes: int) -> str:
    megabytes = size_bytes / 1_000_000
    if megabytes >= 1:
        return f"{megabytes:.1f} MB".replace(".", ",")
    return f"{max(1, round(size_bytes / 1000))} kB"


def open_other_database(window: MainWindowParts) -> None:
    """Let the user pick another HelferApp file; the application reopens on it."""
    if not window.current_page().confirm_leave():
        return
    path, _filter = QFileDialog.getOpenFileName(
        window,
        _tr("Andere Datenbank öffnen"),
        str(window.context.database.path.parent),
        _tr("HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)"),
    )
    if path:
        window.open_requested.emit(path)


def create_backup(window: MainWindowParts) -> None:
    """Sicherung anlegen: a copy of the database in its backups folder."""
    from helferapp.services.backups import create_backup as backup

    if not window.current_page().confirm_leave():
        return
    try:
        info = backup(window.context.database)
    except UserError as error:
        prompts.warn(window, _tr("Keine Sicherung angelegt"), error.message)
        return
    prompts.inform(
        window,
        _tr("Sicherung angelegt"),
        _tr("Die Sicherung wurde gespeichert (%1).").replace("%1", _size(info.size_bytes)),
        str(info.path),
    )


def restore_backup(window: MainWindowParts) -> None:
    """Sicherung wiederherstellen: choose a backup, confirm, restore, reopen."""
    from helferapp.services.backups import restore_backup as restore
    from helferapp.ui.backups.backup_dialog import BackupDialog

    if not window.current_page().confirm_leave():
        return
    dialog = BackupDialog(window.context.database, window)
    if not dialog.exec() or dialog.chosen is None:
        return
    try:
        safety = restore(window.context.database, dialog.chosen)
    except UserError as error:
        prompts.warn(window, _tr("Nicht wiederhergestellt"), error.message)
        return
    prompts.inform(
        window,
        _tr("Sicherung wiederhergestellt"),
        _tr("Der Stand der Sicherung ist wiederhergestellt."),
        _tr("Der vorherige Stand wurde vorher selbst gesichert: %1").replace(
            "%1", safety.path.name
        ),
    )
    window.open_requested.emit(str(window.context.database.path))


def export_data(window: MainWindowParts) -> None:
    """Exportieren (Strg+E): the export dialog writes an exchange file."""
    from helferapp.ui.exchange.export_dialog import ExportDialog

    if window.current_page().confirm_leave():
        ExportDialog(window.context, window).exec()


def import_data(window: MainWindowParts) -> None:
    """Importieren: pick exchange files, preview each, import; the pages show the new state."""
    if not window.current_page().confirm_leave():
        return
    paths, _filter = QFileDialog.getOpenFileNames(
        window,
        _tr("Austauschdatei importieren"),
        str(window.context.database.path.parent),
        _tr("HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)"),
    )
    import_paths(window, paths)


def import_paths(window: MainWindowParts, paths: list[str]) -> bool:
    """Preview and import each file (picked, or dropped on the window); True if data changed."""
    from pathlib import Path

    from helferapp.ui.exchange.import_dialog import import_with_preview

    if not paths or not window.current_page().confirm_leave():
        return False
    changed = False
    for path in paths:
        changed |= import_with_preview(window, window.context, Path(path)) is not None
    if changed:
        window.refresh_all(refresh.IMPORT)
    return changed


def show_journal(window: MainWindowParts) -> None:
    """Import-Protokoll: values an import overwrote, each restorable."""
    from helferapp.ui.exchange.journal_dialog import JournalDialog

    if not window.current_page().confirm_leave():
        return
    dialog = JournalDialog(window.context, None, window)
    restored: list[bool] = []
    dialog.restored.connect(lambda: restored.append(True))
    dialog.exec()
    if restored:
        window.refresh_all(refresh.JOURNAL_RESTORE)


def show_help(window: MainWindowParts) -> None:
    from helferapp.ui.help.help_dialog import HelpDialog

    HelpDialog(window.actions_.shortcut_list(), window).exec()


def show_about(window: MainWindowParts) -> None:
    from helferapp.ui.help.about_dialog import AboutDialog

    AboutDialog(window).exec()
