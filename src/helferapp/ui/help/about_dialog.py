"""Über HelferApp: version, licence, and where the reference data comes from.

The Gemeindeverzeichnis and the map data are published under the Datenlizenz
Deutschland, which requires naming the source; this is where the app names it. It
also names the licences of what the installers bundle (fonts, Qt, Python libraries),
and shows the open database's path and schema version, which is what a helper on the
phone asks for first.
"""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import helferapp

GEMEINDEVERZEICHNIS = (
    "Gemeindeverzeichnis: © Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand "
    "31.12.2024, Bevölkerung 31.12.2023; Datenlizenz Deutschland – Namensnennung – "
    "Version 2.0 (dl-de/by-2-0); Daten gefiltert auf Bayern und umformatiert."
)
GEOBASIS = "© GeoBasis-DE / BKG 2021 (Daten verändert) – VG5000, Stand 01.01.2021, dl-de/by-2-0"


class AboutDialog(QDialog):
    """Version, licence (GPL-3.0-or-later) and the data attribution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(self.text.textInteractionFlags().TextSelectableByMouse)
        context = getattr(parent, "context", None)
        self.database = getattr(context, "database", None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Über HelferApp"))
        self.close_button.setText(self.tr("&Schließen"))
        paragraphs = [
            f"<h2>HelferApp {escape(helferapp.__version__)}</h2>",
            escape(
                self.tr(
                    "Verwaltung für ehrenamtliche Helferkreise in Bayern – "
                    "offline, ohne Konto, ohne Internet."
                )
            ),
            escape(
                self.tr(
                    "Lizenz: GNU General Public License, Version 3 oder neuer "
                    "(GPL-3.0-or-later). Sie dürfen das Programm weitergeben und "
                    "verändern; es kommt ohne jede Gewährleistung."
                )
            ),
            self._database_paragraph(),
            "<b>"
            + escape(self.tr("Mitgelieferte Schriften und Bibliotheken"))
            + "</b><br>"
            + escape(
                self.tr(
                    "DejaVu-Schriften (Bitstream-Vera-Lizenz, frei weitergebbar) · "
                    "Noto Sans Arabic und Noto Sans Ethiopic (© Google, SIL Open Font License "
                    "1.1) · Qt und PySide6 (LGPL-3.0) · Python (PSF-Lizenz) · SQLAlchemy, "
                    "Alembic, platformdirs, openpyxl, email-validator (MIT) · reportlab (BSD) · "
                    "python-bidi (LGPL-3.0) · uharfbuzz (Apache-2.0) mit HarfBuzz (MIT) · "
                    "cryptography (Apache-2.0/BSD) · phonenumbers (Apache-2.0) · RapidFuzz (MIT)"
                )
            ),
            "<b>"
            + escape(self.tr("Daten der Gebiete"))
            + "</b><br>"
            + escape(GEMEINDEVERZEICHNIS)
            + "<br>"
            + escape(GEOBASIS),
            escape(
                self.tr("Gebaut mit Qt %1 (PySide6 %2).")
                .replace("%1", qVersion())
                .replace("%2", PySide6.__version__)
            ),
        ]
        self.text.setText("<p>" + "</p><p>".join(part for part in paragraphs if part) + "</p>")

    def _database_paragraph(self) -> str:
        if self.database is None:
            return ""
        try:
            revision = self.database.schema_revision() or "–"
        except Exception:  # the About box must open even if the database is gone
            revision = "?"
        return (
            escape(self.tr("Datenbank: %1").replace("%1", str(self.database.path)))
            + "<br>"
            + escape(self.tr("Schema-Version: %1").replace("%1", revision))
        )
