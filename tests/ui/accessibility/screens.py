"""Every page and dialog of the app, built on the demo data, for the accessibility walks.

``dialog_builders`` names each dialog a user can open and builds it the way the app
does (with the main window as parent); the walks in this folder open each one, look at
it and close it again. A dialog added to the app belongs in this list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from helferapp.services import entities, exchange, records
from helferapp.ui.main_window import NAV_TITLES

PAGE_COUNT = len(NAV_TITLES)

Builder = Callable[[Any, Path], QDialog]


def _pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(10, 10, 10, 10))
    )  # fmt: skip
    painter = QPainter(writer)
    painter.drawText(100, 100, "Seite")
    painter.end()
    return path


def _first(window: Any, kind: entities.Entity[Any]) -> str:
    return records.list_records(window.context.uow(), kind)[0].id


def _export(window: Any, folder: Path) -> Path:
    path = folder / "walk.helferapp"
    if not path.exists():
        exchange.export_file(window.context.database, path)
    return path


def _preview(window: Any, folder: Path) -> QDialog:
    from helferapp.ui.exchange.import_dialog import PreviewDialog

    path = _export(window, folder)
    return PreviewDialog(path, exchange.preview_import(window.context.database, path), window)


def _journal(window: Any, folder: Path) -> QDialog:
    from helferapp.ui.exchange.journal_dialog import JournalDialog

    return JournalDialog(window.context, None, window)


def _merge(window: Any, folder: Path) -> QDialog:
    from helferapp.ui.tables.duplicates_dialog import DuplicatesDialog, MergeDialog

    finder = DuplicatesDialog(window.context, window)
    if not finder.found:
        return finder
    return MergeDialog(window.context, finder.found[0], window)


def _folder(window: Any, folder: Path) -> QDialog:
    from helferapp.ui.exchange.exchange_folder_dialog import ExchangeFolderDialog

    return ExchangeFolderDialog(window.exchange_folder, window)


def _choice(window: Any, folder: Path) -> QDialog:
    from helferapp.ui.printing import report_choices
    from helferapp.ui.printing.print_preview_dialog import ReportChoiceDialog

    window.show_page(1)
    return ReportChoiceDialog(report_choices.choices_for(window.current_page()), "Drucken", window)


def _record(window: Any, folder: Path) -> QDialog:
    from helferapp.ui.records.record_dialog import RecordDialog

    return RecordDialog(window.context, "organisation", "Neue Stelle", parent=window)


def _builders() -> dict[str, Builder]:
    from helferapp.ui.backups.backup_dialog import BackupDialog
    from helferapp.ui.error_dialog import ErrorDialog
    from helferapp.ui.exchange.export_dialog import ExportDialog
    from helferapp.ui.exchange.round_trip_dialog import RoundTripDialog
    from helferapp.ui.help.about_dialog import AboutDialog
    from helferapp.ui.help.help_dialog import HelpDialog
    from helferapp.ui.printing.print_preview_dialog import PrintPreviewDialog
    from helferapp.ui.privacy.consent_dialog import ConsentDialog
    from helferapp.ui.privacy.privacy_dialog import PrivacyDialog
    from helferapp.ui.records.contact_dialog import ContactDialog
    from helferapp.ui.settings.first_start_dialog import FirstStartDialog
    from helferapp.ui.settings.settings_dialog import SettingsDialog
    from helferapp.ui.tables.duplicates_dialog import DuplicatesDialog
    from helferapp.ui.tables.table_import_wizard import TableImportWizard

    return {
        "Exportieren": lambda w, f: ExportDialog(w.context, w),
        "Import-Vorschau": _preview,
        "Import-Protokoll": _journal,
        "Austauschordner": _folder,
        "Landkreis zusammenführen": lambda w, f: RoundTripDialog(w.context, w),
        "Tabelle importieren": lambda w, f: TableImportWizard(w.context, w),
        "Dubletten": lambda w, f: DuplicatesDialog(w.context, w),
        "Zusammenführen": _merge,
        "Sicherungen": lambda w, f: BackupDialog(w.context.database, w),
        "Einstellungen": lambda w, f: SettingsDialog(w.context, w),
        "Erster Start": lambda w, f: FirstStartDialog(w.context.database, w),
        "Drucken: Auswahl": _choice,
        "Vorschau": lambda w, f: PrintPreviewDialog(_pdf(f / "walk.pdf"), "Walk", w),
        "Hilfe": lambda w, f: HelpDialog(w.actions_.shortcut_list(), w),
        "Über": lambda w, f: AboutDialog(w),
        "Einwilligung": lambda w, f: ConsentDialog(w.context, _first(w, entities.PERSONS), w),
        "Auskunft und Löschen": lambda w, f: PrivacyDialog(
            w.context, _first(w, entities.PERSONS), w
        ),
        "Kontakt erfassen": lambda w, f: ContactDialog(w.context, parent=w),
        "Neuer Eintrag": _record,
        "Fehler": lambda w, f: ErrorDialog("Traceback …", "/tmp/helferapp.log", w),
    }


def dialog_builders() -> dict[str, Builder]:
    return _builders()


def all_pages(window: Any) -> list[QWidget]:
    """Show every page once (in navigation order) and return them."""
    pages = []
    for index in range(PAGE_COUNT):
        assert window.show_page(index)
        page = window.current_page()
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # the record's form is part of the page
        QApplication.processEvents()
        pages.append(page)
    return pages


def interactive(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets below ``root`` that Tab can reach (or that are clickable)."""
    from PySide6.QtCore import Qt

    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.isEnabled() or widget.isWindow():
            continue
        if widget.objectName() in ("qt_scrollarea_viewport", "helferapp_focus_ring"):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox) and widget is not parent.lineEdit():
            continue  # the combo's own popup parts
        tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tabbable or isinstance(widget, QAbstractButton):
            found.append(widget)
    return found


def button_boxes(dialog: QWidget) -> list[QWidget]:
    """The dialog's action buttons: its button boxes, or its push buttons if it has none."""
    from PySide6.QtWidgets import QPushButton, QWizard

    boxes: list[QWidget] = [box for box in dialog.findChildren(QDialogButtonBox)]
    if isinstance(dialog, QWizard):
        boxes += [
            dialog.button(QWizard.WizardButton.NextButton),
            dialog.button(QWizard.WizardButton.CancelButton),
        ]
    if not boxes:
        boxes = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    return [box for box in boxes if box.isVisibleTo(dialog)]
