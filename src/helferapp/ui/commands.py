"""The window's file and help commands: new or other database, backups, help, about.

They live apart from the main window because each is a short conversation (a file
dialog, a question, a message) that needs nothing of the window but its context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from helferapp.domain.errors import UserError
from helferapp.ui import prompts, refresh
from helferapp.ui.window_protocol import MainWindowParts

BACKUP_COPY = refresh.Changed(kinds=frozenset({"backup_copy"}), keeps_undo=True, local=False)
"""A backup copy was written elsewhere: no record changed, the Übersicht's reminder did."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


def _size(size_bytes: int) -> str:
    megabytes = size_bytes / 1_000_000
    if megabytes >= 1:
        return f"{megabytes:.1f} MB".replace(".", ",")
    return f"{max(1, round(size_bytes / 1000))} kB"


def _database_dialog(window: MainWindowParts, title: str, *, new: bool) -> QFileDialog:
    """A file dialog for a database that also takes a name that does not exist yet.

    Qt's own "open" dialog refuses a new name („Die Datei konnte nicht gefunden
    werden.“); a volunteer typing a new name wants a new database, so we ask instead.
    """
    dialog = QFileDialog(
        window,
        title,
        str(window.context.database.path.parent),
        _tr("HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)"),
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if new else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setDefaultSuffix("sqlite3")
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    if not new:  # a desktop's own "open" dialog would refuse the new name itself
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    if not path.suffix:
        path = path.with_suffix(".sqlite3")
    return path


def open_other_database(window: MainWindowParts) -> None:
    """Let the user pick another HelferApp file (or name a new one); the window reopens on it."""
    if not window.current_page().confirm_leave():
        return
    path = _chosen(_database_dialog(window, _tr("Andere Datenbank öffnen"), new=False))
    if path is None:
        return
    if not path.exists():
        question = _tr("Die Datei „%1“ gibt es noch nicht. Eine neue, leere Datenbank anlegen?")
        if not prompts.confirm(
            window,
            _tr("Neue Datenbank"),
            question.replace("%1", path.name),
            _tr("&Neu anlegen"),
            str(path.parent),
        ):
            return
    window.open_requested.emit(str(path))


def new_database(window: MainWindowParts) -> None:
    """Datei → Neue Datenbank …: an empty database anywhere; then the first-start questions."""
    if not window.current_page().confirm_leave():
        return
    path = _chosen(_database_dialog(window, _tr("Neue Datenbank anlegen"), new=True))
    if path is None:
        return
    if (
        path.exists()
        and path.stat().st_size > 0
        and not prompts.confirm(
            window,
            _tr("Neue Datenbank"),
            _tr("Die Datei „%1“ gibt es schon. Diese Datei öffnen?").replace("%1", path.name),
            _tr("Ö&ffnen"),
            _tr("Sie wird nicht überschrieben."),
        )
    ):
        return
    window.open_requested.emit(str(path))


def open_recent(window: MainWindowParts, path: str) -> None:
    """Datei → Zuletzt geöffnet → a file: open it (a file that is gone is taken off the list)."""
    from helferapp.ui.settings import window_state

    if not Path(path).is_file():
        window_state.remove_recent_database(path)
        prompts.warn(
            window,
            _tr("Datei nicht gefunden"),
            _tr("Die Datei „%1“ gibt es nicht mehr; sie wurde aus der Liste genommen.").replace(
                "%1", path
            ),
        )
        return
    if window.current_page().confirm_leave():
        window.open_requested.emit(path)


def fill_recent_menu(window: MainWindowParts, menu: QMenu) -> None:
    """The recent files, newest first; missing ones greyed out (and said so)."""
    from helferapp.ui.settings import window_state

    menu.clear()
    current = str(window.context.database.path)
    for number, path in enumerate(window_state.recent_databases(), start=1):
        exists = Path(path).is_file()
        name = Path(path).name + ("" if exists else _tr(" (nicht gefunden)"))
        action = menu.addAction(f"&{number} {name}" if number < 10 else name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setEnabled(exists and path != current)
        action.triggered.connect(lambda _checked=False, p=path: open_recent(window, p))
    if menu.isEmpty():
        empty = menu.addAction(_tr("(noch keine)"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(window.actions_.clear_recent)


def backup_copy(window: MainWindowParts) -> None:
    """Datei → Sicherung auf USB-Stick / in einen Ordner …"""
    from helferapp.ui.backups.backup_copy_dialog import BackupCopyDialog

    if not window.current_page().confirm_leave():
        return
    dialog = BackupCopyDialog(window.context, window)
    if dialog.exec() and dialog.written is not None:
        window.show_message(
            _tr("Sicherungskopie geschrieben: %1").replace("%1", str(dialog.written))
        )
        window.refresh_all(BACKUP_COPY)


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
    from helferapp.ui.backups.backup_copy_dialog import restore_from_copy
    from helferapp.ui.backups.backup_dialog import BackupDialog

    if not window.current_page().confirm_leave():
        return
    dialog = BackupDialog(window.context.database, window)
    if not dialog.exec() or dialog.chosen is None:
        return
    safety = restore_from_copy(window, window.context, dialog.chosen)
    if safety is None:
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
    from helferapp.ui.settings import window_state

    if not window.current_page().confirm_leave():
        return
    paths, _filter = QFileDialog.getOpenFileNames(
        window,
        _tr("Austauschdatei importieren"),
        str(window_state.exchange_folder()),
        _tr("HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)"),
    )
    if paths:
        window_state.set_exchange_folder(Path(paths[0]).parent)
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
