"""Datenschutz for one person: the Auskunft to show and save, and Löschen.

A person may ask what the group stores about them (Art. 15 DSGVO) or that it be deleted
(Art. 17). The dialog shows the Auskunft at once, saves it as PDF (to hand over) or
JSON (machine-readable), and "Alle Angaben löschen …" wipes the person everywhere after
a clear question — the deletion travels with the next export.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from helferapp.domain.errors import UserError
from helferapp.services.privacy import Disclosure, disclosure, disclosure_json, erase_person
from helferapp.ui import prompts
from helferapp.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyDialog", text)


def _message(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _html(result: Disclosure) -> str:
    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
        if not rows:
            return f"<p>{escape(_tr('keine'))}</p>"
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
        )
        return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

    details = [(QCoreApplication.translate("labels", k), v or "–") for k, v in result.details]
    parts = [
        f"<h3>{escape(_tr('Gespeicherte Angaben'))}</h3>",
        table((_tr("Feld"), _tr("Wert")), details),
        f"<h3>{escape(_tr('Kontakte'))}</h3>",
        table((_tr("Datum"), _tr("mit"), _tr("Thema"), _tr("Ergebnis")), list(result.contacts)),
        f"<h3>{escape(_tr('Zusammengeführte Einträge'))}</h3>",
        table((_tr("Id"), _tr("Name")), list(result.duplicates)),
        f"<h3>{escape(_tr('Von Importen überschriebene Werte'))}</h3>",
        table((_tr("am"), _tr("Feld"), _tr("alt"), _tr("neu")), list(result.journal)),
    ]
    return "".join(parts)


class PrivacyDialog(QDialog):
    """See the module docstring.

    Signals:
        erased(person_id): the person was wiped (pages reload).
    """

    erased = Signal(str)

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.disclosed = disclosure(context.uow(), person_id)  # UserError: caller shows it
        self.setWindowTitle(_tr("Datenschutz: %1").replace("%1", self.disclosed.name))
        self.resize(760, 600)
        intro = QLabel(
            _tr(
                "Auskunft: alles, was hier über diese Person gespeichert ist. Als PDF zum "
                "Aushändigen oder als JSON-Datei speichern. Löschen entfernt alle Angaben "
                "endgültig, auch bei den anderen Helferkreisen nach dem nächsten Austausch."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(_tr("Gespeicherte Angaben zur Person"))
        self.view.setHtml(_html(self.disclosed))
        self.pdf_button = QPushButton(_tr("Als &PDF speichern …"), self)
        self.json_button = QPushButton(_tr("Als &JSON speichern …"), self)
        self.erase_button = QPushButton(_tr("Alle Angaben &löschen …"), self)
        close = QPushButton(_tr("S&chließen"), self)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.json_button.clicked.connect(lambda: self.save("json"))
        self.erase_button.clicked.connect(self.erase)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def save(self, kind: str, path: str | None = None) -> Path | None:
        if not path:
            name = "".join(c for c in self.disclosed.name if c.isalnum() or c in " -_") or "Person"
            suggestion = str(Path.home() / f"Auskunft {name}.{kind}")
            pattern = _tr("PDF-Datei (*.pdf)") if kind == "pdf" else _tr("JSON-Datei (*.json)")
            path, _filter = QFileDialog.getSaveFileName(
                self, _tr("Auskunft speichern"), suggestion, pattern
            )
        if not path:
            return None
        target = Path(path)
        try:
            if kind == "pdf":
                from helferapp.reports import privacy_report

                privacy_report.build(target, self.disclosed)
            else:
                target.write_text(disclosure_json(self.disclosed), encoding="utf-8")
        except UserError as error:
            prompts.warn(self, _tr("Nicht gespeichert"), _message(error.message))
            return None
        except OSError as error:
            prompts.warn_not_written(self, error, target)
            return None
        return target

    def erase(self) -> bool:
        sure = prompts.confirm(
            self,
            _tr("Alle Angaben löschen?"),
            _tr("Alle Angaben zu „%1“ werden endgültig gelöscht.").replace(
                "%1", self.disclosed.name
            ),
            _tr("Endgültig &löschen"),
            _tr(
                "Das lässt sich nicht rückgängig machen. Die Löschung wird mit dem nächsten "
                "Export an die anderen Geräte weitergegeben. Sicherungen enthalten die Daten, "
                "bis sie durch neuere ersetzt sind (die letzten zehn werden behalten)."
            ),
        )
        if not sure:
            return False
        try:
            erase_person(self.context.uow(), self.person_id)
        except UserError as error:
            prompts.warn(self, _tr("Nicht gelöscht"), _message(error.message))
            return False
        self.erased.emit(self.person_id)
        prompts.inform(self, _tr("Gelöscht"), _tr("Alle Angaben zu dieser Person sind gelöscht."))
        self.accept()
        return True
