"""Every command of the main window as a QAction, with its standard shortcut, in one place.

Why one place: the same command appears in a menu, as a shortcut and sometimes as a
button, and it must be called the same everywhere; the help dialog lists the shortcuts
from here, so it cannot drift. Texts are set in ``retranslate_ui``; creating and
wording are kept apart so a language switch only re-words.

Strg+P (Drucken) and the other print and export commands are carried out by
``ui.printing``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

Key = QKeySequence.StandardKey

PAGE_COUNT = 9


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions(QObject):
    """The main window's actions; connect their ``triggered`` signals to the window."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.new = self._action([Key.New])
        self.new_database = self._action()
        self.open_database = self._action([Key.Open])
        self.clear_recent = self._action()
        self.backup = self._action()
        self.backup_copy = self._action()
        self.restore = self._action()
        self.export = self._action([QKeySequence("Ctrl+E")])
        self.import_ = self._action()
        self.journal = self._action()
        self.exchange_folder = self._action()
        self.round_trip = self._action()
        self.import_table = self._action()
        self.print_ = self._action([Key.Print])
        self.save_pdf = self._action()
        self.export_table = self._action()
        self.export_vcard = self._action()
        self.export_calendar = self._action()
        self.settings = self._action([Key.Preferences, QKeySequence("Ctrl+,")])  # Strg+,
        self.quit = self._action([Key.Quit, QKeySequence("Ctrl+Q")])

        self.undo = self._action([QKeySequence("Ctrl+Z")])
        self.save = self._action([Key.Save])
        self.delete = self._action([QKeySequence(Qt.Key.Key_Delete)])
        self.find = self._action([Key.Find])
        self.contact = self._action([QKeySequence("Ctrl+K")])
        self.duplicates = self._action()

        self.zoom_in = self._action([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out = self._action([QKeySequence("Ctrl+-")])
        self.zoom_reset = self._action([QKeySequence("Ctrl+0")])
        self.page_group = QActionGroup(self)
        self.pages: list[QAction] = []
        for number in range(PAGE_COUNT):
            action = self._action([QKeySequence(f"Ctrl+{number + 1}")])
            action.setCheckable(True)
            action.setData(number)
            self.page_group.addAction(action)
            self.pages.append(action)

        self.help = self._action([Key.HelpContents, QKeySequence("F1")])
        self.about = self._action()
        self.retranslate_ui()

    def _action(self, keys: list[QKeySequence | QKeySequence.StandardKey] | None = None) -> QAction:
        action = QAction(self.parent())
        sequences: list[QKeySequence] = []
        for key in keys or []:
            found = QKeySequence.keyBindings(key) if isinstance(key, Key) else [key]
            sequences.extend(sequence for sequence in found if sequence not in sequences)
        if sequences:
            action.setShortcuts(sequences)
        return action

    def all(self) -> list[QAction]:
        """Every action, for adding them to the window so shortcuts work anywhere in it."""
        return [value for value in vars(self).values() if isinstance(value, QAction)] + self.pages

    def retranslate_ui(self, page_titles: list[str] | None = None) -> None:
        texts = {
            self.new: (_tr("&Neu"), _tr("Einen neuen Eintrag auf der aktuellen Seite anlegen")),
            self.open_database: (
                _tr("Andere Datenbank ö&ffnen …"),
                _tr("Eine andere HelferApp-Datei öffnen, z. B. von einem USB-Stick"),
            ),
            self.new_database: (
                _tr("Neue &Datenbank …"),
                _tr("Eine neue, leere HelferApp-Datei anlegen, z. B. für die echte Arbeit"),
            ),
            self.clear_recent: (
                _tr("Liste &leeren"),
                _tr("Die Liste der zuletzt geöffneten leeren"),
            ),
            self.backup_copy: (
                _tr("Sicherung auf &USB-Stick / in einen Ordner …"),
                _tr("Eine Kopie der Datenbank an einem anderen Ort speichern (z. B. USB-Stick)"),
            ),
            self.backup: (
                _tr("Sicherun&g anlegen"),
                _tr("Eine Kopie der Datenbank im Ordner „backups“ speichern"),
            ),
            self.restore: (
                _tr("Sicherung wieder&herstellen …"),
                _tr("Einen früheren Stand aus einer Sicherung zurückholen"),
            ),
            self.export: (
                _tr("&Exportieren …"),
                _tr("Eine Austauschdatei für andere Helferkreise oder das KI schreiben"),
            ),
            self.import_: (
                _tr("&Importieren …"),
                _tr("Eine Austauschdatei einlesen (mit Vorschau vor jeder Änderung)"),
            ),
            self.journal: (
                _tr("Import-&Protokoll …"),
                _tr("Werte, die ein Import überschrieben hat, ansehen und zurückholen"),
            ),
            self.exchange_folder: (
                _tr("&Austauschordner …"),
                _tr("Über einen gemeinsamen Ordner (Nextcloud, Netzlaufwerk) austauschen"),
            ),
            self.round_trip: (
                _tr("Dateien eines &Landkreises zusammenführen …"),
                _tr("Dateien der Helferkreise sammeln, zusammenführen und zurückgeben"),
            ),
            self.print_: (
                _tr("D&rucken …"),
                _tr("Die Tabelle oder einen Bericht zum gewählten Eintrag drucken (mit Vorschau)"),
            ),
            self.save_pdf: (
                _tr("Als PDF spei&chern …"),
                _tr("Die Tabelle oder einen Bericht als PDF-Datei speichern"),
            ),
            self.export_table: (
                _tr("Tabelle e&xportieren (Excel/CSV) …"),
                _tr("Die angezeigte Tabelle mit ihrem Filter für Excel oder LibreOffice speichern"),
            ),
            self.export_vcard: (
                _tr("Personen als &vCard …"),
                _tr("Gewählte Personen fürs Adressbuch speichern (nur mit Einwilligung)"),
            ),
            self.export_calendar: (
                _tr("Wiedervorlagen als &Kalender …"),
                _tr("Offene Wiedervorlagen als Kalender-Datei (.ics) speichern"),
            ),
            self.settings: (
                _tr("Ein&stellungen …"),
                _tr("Sprache, Schriftgröße, Absender, Sicherungen und Export-Vorauswahl"),
            ),
            self.import_table: (
                _tr("&Tabelle importieren …"),
                _tr("Eine Excel- oder CSV-Liste als Personen, Angebote, Stellen … übernehmen"),
            ),
            self.duplicates: (
                _tr("&Dubletten suchen …"),
                _tr("Doppelt erfasste Personen, Helferkreise, Stellen finden und zusammenführen"),
            ),
            self.quit: (_tr("&Beenden"), _tr("HelferApp schließen")),
            self.undo: (_tr("&Rückgängig"), _tr("Die letzte Änderung zurücknehmen")),
            self.save: (_tr("&Speichern"), _tr("Den geöffneten Eintrag speichern")),
            self.delete: (
                _tr("&Löschen (Papierkorb)"),
                _tr("Den geöffneten Eintrag in den Papierkorb legen"),
            ),
            self.find: (_tr("Suchen / &Filtern"), _tr("Ins Filter- oder Suchfeld springen")),
            self.contact: (
                _tr("&Kontakt erfassen …"),
                _tr("Einen Kontakt ins Kontaktprotokoll eintragen"),
            ),
            self.zoom_in: (_tr("Schrift &größer"), ""),
            self.zoom_out: (_tr("Schrift &kleiner"), ""),
            self.zoom_reset: (_tr("Schrift &normal"), ""),
            self.help: (_tr("&Hilfe"), _tr("Kurze Hilfe: was wo ist, und die Tastenkürzel")),
            self.about: (_tr("Ü&ber HelferApp"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text.replace("&", ""))
        for action, title in zip(self.pages, page_titles or [], strict=False):
            action.setText(title.replace("&", "&&"))  # "Stellen & KI" has no mnemonic

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, what) for the help dialog, in the order of the menus."""
        entries = []
        for action in (
            self.new,
            self.save,
            self.print_,
            self.undo,
            self.delete,
            self.find,
            self.contact,
            self.open_database,
            self.export,
            self.settings,
            self.zoom_in,
            self.zoom_out,
            self.zoom_reset,
            self.help,
            self.quit,
        ):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                entries.append((keys, action.text().replace("&", "").rstrip(" …")))
        entries.append(("Strg+1 … Strg+9", _tr("Seiten wechseln")))
        return entries
