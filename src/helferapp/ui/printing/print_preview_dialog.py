"""The print preview (QtPdf's ``QPdfView``) and the small dialog that picks a report.

Why a real PDF preview: what the volunteer sees is exactly the file that is printed or
saved, page breaks and all. Printing renders each page at the printer's resolution (at
most 300 dpi, enough for text and QR codes, and gentle on old laptops) through
``QPrintDialog``, so the system's printers, page ranges and copies all work. Where QtPdf
is missing (a trimmed install), the preview opens the PDF in the system's viewer instead.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helferapp.reports.notice_languages import choices as notice_language_choices
from helferapp.ui import prompts
from helferapp.ui.folders import documents_folder
from helferapp.ui.settings import window_state
from helferapp.ui.texts import plural

MAX_PRINT_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreviewDialog", text)


class ReportChoiceDialog(QDialog):
    """Which report to print or save; for the Kontaktprotokoll also the date range.

    For the Aushang and the Angebotsübersicht it offers a second language (Arabic,
    Persian, Ukrainian … from ``reports.notice_languages``), German only by default.
    """

    def __init__(self, choices: list[Any], purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(purpose)
        self._choices = choices
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Was soll gedruckt werden?"), self))
        self.group = QButtonGroup(self)
        for number, choice in enumerate(choices):
            button = QRadioButton(choice.title, self)
            self.group.addButton(button, number)
            layout.addWidget(button)
        suggested = [n for n, choice in enumerate(choices) if choice.suggested]
        first = self.group.button(suggested[0] if suggested else 0)
        first.setChecked(True)
        # The keyboard starts on the choice, so ↑/↓ change it and Enter goes on.
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        dates = QFormLayout()
        today = date.today()
        self.date_from = QDateEdit(QDate(today.year - 1, today.month, 1), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        dates.addRow(_tr("Kontakte &von:"), self.date_from)
        dates.addRow(_tr("&bis:"), self.date_to)
        self.dates = QWidget(self)
        self.dates.setLayout(dates)
        layout.addWidget(self.dates)
        self.language = QComboBox(self)
        self.language.addItem(_tr("keine (nur Deutsch)"), "")
        for code, name in notice_language_choices():
            self.language.addItem(name, code)
        languages = QFormLayout()
        languages.addRow(_tr("&Zweite Sprache:"), self.language)
        self.languages = QWidget(self)
        self.languages.setLayout(languages)
        layout.addWidget(self.languages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(_tr("&Weiter"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group.idToggled.connect(lambda _id, _on: self._update())
        self._update()

    def _update(self) -> None:
        self.dates.setVisible(self.chosen().needs_dates)
        self.languages.setVisible(getattr(self.chosen(), "bilingual", False))

    def chosen(self) -> Any:
        return self._choices[max(self.group.checkedId(), 0)]

    def options(self) -> dict[str, Any]:
        """Extra arguments for the chosen report: the date range, the second language."""
        chosen = self.chosen()
        options: dict[str, Any] = {}
        if chosen.needs_dates:
            options["date_from"] = self.date_from.date().toPython()
            options["date_to"] = self.date_to.date().toPython()
        if getattr(chosen, "bilingual", False) and self.language.currentData():
            options["language"] = self.language.currentData()
        return options


def print_document(document: Any, printer: QPrinter) -> None:
    """Paint each page of a ``QPdfDocument`` onto ``printer`` (its page range honoured)."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("printer")
    try:
        for index in range(first - 1, last):
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()


class PrintPreviewDialog(QDialog):
    """The PDF as it will be printed, with Drucken… and Als PDF speichern…."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.path = path
        self.setWindowTitle(_tr("Vorschau: %1").replace("%1", title))
        # A page at a readable size, but never taller than the screen (buttons below it).
        self.resize(window_state.initial_size(self, QSize(900, 1000)))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(_tr("Vorschau des Berichts"))
        self.pages_label = QLabel(
            plural("PrintPreviewDialog", "%n Seiten", self.document.pageCount()), self
        )
        self.print_button = QPushButton(_tr("&Drucken …"), self)
        self.save_button = QPushButton(_tr("Als &PDF speichern …"), self)
        self.close_button = QPushButton(_tr("&Schließen"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def print_(self) -> bool:
        """Ask for the printer (QPrintDialog), then print; True when printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_document(self.document, printer)
        except RuntimeError:
            prompts.warn(self, _tr("Nicht gedruckt"), _tr("Der Drucker ließ sich nicht öffnen."))
            return False
        return True

    def save(self) -> None:
        folder = documents_folder()
        path, _selected = QFileDialog.getSaveFileName(
            self,
            _tr("Als PDF speichern"),
            str(Path(folder) / self.path.name),
            _tr("PDF-Datei (*.pdf)"),
        )
        if not path:
            return
        try:
            shutil.copyfile(self.path, path)
        except OSError as error:
            prompts.warn_not_written(self, error, path)


def show_preview(path: Path, title: str, parent: QWidget | None = None) -> None:
    """Show the preview; without QtPdf, open the PDF in the system's viewer."""
    try:
        dialog = PrintPreviewDialog(path, title, parent)
    except ImportError:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


__all__ = ["PrintPreviewDialog", "ReportChoiceDialog", "print_document", "show_preview"]
