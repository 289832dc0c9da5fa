"""Hilfe (F1): one screen that says what is where, and lists the shortcuts.

Volunteers do not read manuals, so the help is short, in plain German, and opens on
the key everyone knows; the shortcut table is made from the actions themselves.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """Short help text plus the table of shortcuts."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shortcuts = shortcuts
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 620)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hilfe – HelferApp"))
        self.close_button.setText(self.tr("&Schließen"))
        self.browser.setAccessibleName(self.tr("Hilfetext"))
        places = [
            (
                self.tr("Übersicht"),
                self.tr(
                    "Zahlen, fällige Wiedervorlagen, zuletzt Geändertes und eine Suche über alles."
                ),
            ),
            (
                self.tr("Helferkreise"),
                self.tr(
                    "Ihre Gruppen; rechts darunter ihre Angebote, "
                    "Personen, Bündnispartner und Kontakte."
                ),
            ),
            (self.tr("Angebote"), self.tr("Was Helferkreise und Stellen anbieten.")),
            (
                self.tr("Stellen & KI"),
                self.tr(
                    "Ämter, Beratungsstellen, Kommunale "
                    "Integrationszentren – und mit wem sie arbeiten."
                ),
            ),
            (
                self.tr("Personen"),
                self.tr("Ansprechpersonen mit ihrer Einwilligung (rot: keine Einwilligung)."),
            ),
            (self.tr("Kontakte"), self.tr("Das Kontaktprotokoll mit Wiedervorlagen.")),
            (self.tr("Gebiete"), self.tr("Kreise und Gemeinden: Integrationskonzept und KI.")),
            (
                self.tr("Papierkorb"),
                self.tr("Gelöschtes – wiederherstellen oder endgültig leeren."),
            ),
            (
                self.tr("Versorgung"),
                self.tr("Karte und Tabelle der Kreise: wo Konzept, KI oder Angebote fehlen."),
            ),
        ]
        rows = "".join(
            f"<tr><td><b>{escape(name)}</b></td><td>{escape(text)}</td></tr>"
            for name, text in places
        )
        keys = "".join(
            f"<tr><td><b>{escape(key)}</b></td><td>{escape(text)}</td></tr>"
            # "Rückgängig: Angebot „…“ gespeichert" names the next step; here only the command
            for key, text in ((key, text.split(":")[0]) for key, text in self._shortcuts)
        )
        steps = [
            self.tr(
                "Links eine Seite wählen, oben im Filterfeld ein paar Buchstaben tippen "
                "(„muller“ findet auch „Müller“)."
            ),
            self.tr(
                "Einen Eintrag in der Tabelle anklicken: rechts erscheint das Formular. "
                "Ändern, dann „Speichern“ (Strg+S)."
            ),
            self.tr(
                "Etwas falsch gemacht? Strg+Z nimmt die letzte Änderung zurück. "
                "Gelöschtes liegt im Papierkorb."
            ),
        ]
        self.browser.setHtml(
            f"<h2>{escape(self.tr('So geht es'))}</h2><ol>"
            + "".join(f"<li>{escape(step)}</li>" for step in steps)
            + f"</ol><h2>{escape(self.tr('Was ist wo?'))}</h2>"
            f"<table cellpadding='4'>{rows}</table>"
            f"<h2>{escape(self.tr('Tastenkürzel'))}</h2>"
            f"<table cellpadding='4'>{keys}</table>"
        )
