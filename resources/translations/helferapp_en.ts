<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>app</source>
        <comment>Datenbank lässt sich nicht öffnen</comment>
        <translation>app</translation>
    </message>
    <message>
        <source>app</source>
        <comment>Andere Datei &amp;wählen …</comment>
        <translation>app</translation>
    </message>
    <message>
        <source>app</source>
        <comment>&amp;Beenden</comment>
        <translation>app</translation>
    </message>
    <message>
        <source>app</source>
        <comment>Datenbank wählen oder neu anlegen</comment>
        <translation>app</translation>
    </message>
    <message>
        <source>app</source>
        <comment>HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)</comment>
        <translation>app</translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>bekannt (Stelle)</source>
        <translation>known (Stelle)</translation>
    </message>
    <message>
        <source>KI bekannt (Stelle %1), Status nicht erfasst</source>
        <translation>KI known (Stelle %1), status not recorded</translation>
    </message>
    <message>
        <source>KI: %1 (Status auf der Seite Gebiete erfasst)</source>
        <translation>KI: %1 (status recorded on the Gebiete page)</translation>
    </message>
    <message>
        <source>Stadt</source>
        <translation>city</translation>
    </message>
    <message>
        <source>Lkr.</source>
        <translation>district</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Integrationskonzept: %1</source>
        <translation>Integration concept: %1</translation>
    </message>
    <message>
        <source>KI: %1</source>
        <translation>KI: %1</translation>
    </message>
    <message>
        <source>Integrationslotsin: %1</source>
        <translation>Integration guide: %1</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Gemeinden ohne Angebot: %1 von %2</source>
        <translation>Municipalities without a programme: %1 of %2</translation>
    </message>
    <message>
        <source>Letzter Kontakt mit dem KI: %1</source>
        <translation>Last contact with the KI: %1</translation>
    </message>
    <message>
        <source>keiner erfasst</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Lücken: %1</source>
        <translation>Gaps: %1</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über HelferApp</source>
        <translation>About HelferApp</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Verwaltung für ehrenamtliche Helferkreise in Bayern – offline, ohne Konto, ohne Internet.</source>
        <translation>Record keeping for volunteer helper groups in Bavaria – offline, without an account, without the internet.</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Sie dürfen das Programm weitergeben und verändern; es kommt ohne jede Gewährleistung.</source>
        <translation>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). You may share and change the program; it comes without any warranty.</translation>
    </message>
    <message>
        <source>Mitgelieferte Schriften und Bibliotheken</source>
        <translation>Bundled fonts and libraries</translation>
    </message>
    <message>
        <source>DejaVu-Schriften (Bitstream-Vera-Lizenz, frei weitergebbar) · Noto Sans Arabic und Noto Sans Ethiopic (© Google, SIL Open Font License 1.1) · Qt und PySide6 (LGPL-3.0) · Python (PSF-Lizenz) · SQLAlchemy, Alembic, platformdirs, openpyxl, email-validator (MIT) · reportlab (BSD) · python-bidi (LGPL-3.0) · uharfbuzz (Apache-2.0) mit HarfBuzz (MIT) · cryptography (Apache-2.0/BSD) · phonenumbers (Apache-2.0) · RapidFuzz (MIT)</source>
        <translation>DejaVu fonts (Bitstream Vera licence, freely redistributable) · Noto Sans Arabic and Noto Sans Ethiopic (© Google, SIL Open Font License 1.1) · Qt and PySide6 (LGPL-3.0) · Python (PSF licence) · SQLAlchemy, Alembic, platformdirs, openpyxl, email-validator (MIT) · reportlab (BSD) · python-bidi (LGPL-3.0) · uharfbuzz (Apache-2.0) with HarfBuzz (MIT) · cryptography (Apache-2.0/BSD) · phonenumbers (Apache-2.0) · RapidFuzz (MIT)</translation>
    </message>
    <message>
        <source>Daten der Gebiete</source>
        <translation>Data of the areas</translation>
    </message>
    <message>
        <source>Gebaut mit Qt %1 (PySide6 %2).</source>
        <translation>Built with Qt %1 (PySide6 %2).</translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema-Version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Austauschordner …</source>
        <translation>E&amp;xchange folder …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>D&amp;rucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Dubletten suchen …</source>
        <translation>Find du&amp;plicates …</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>&amp;Kontakt erfassen …</source>
        <translation>Log a &amp;contact …</translation>
    </message>
    <message>
        <source>&amp;Löschen (Papierkorb)</source>
        <translation>&amp;Delete (to the bin)</translation>
    </message>
    <message>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Tabelle importieren …</source>
        <translation>Import &amp;table …</translation>
    </message>
    <message>
        <source>Als PDF spei&amp;chern …</source>
        <translation>Save as PD&amp;F …</translation>
    </message>
    <message>
        <source>Andere Datenbank ö&amp;ffnen …</source>
        <translation>&amp;Open another database …</translation>
    </message>
    <message>
        <source>Dateien der Helferkreise sammeln, zusammenführen und zurückgeben</source>
        <translation>Collect the helper groups&apos; files, merge them and hand them back</translation>
    </message>
    <message>
        <source>Dateien eines &amp;Landkreises zusammenführen …</source>
        <translation>Merge the files of a &amp;district …</translation>
    </message>
    <message>
        <source>Den geöffneten Eintrag in den Papierkorb legen</source>
        <translation>Move the open entry to the recycle bin</translation>
    </message>
    <message>
        <source>Den geöffneten Eintrag speichern</source>
        <translation>Save the open entry</translation>
    </message>
    <message>
        <source>Die Liste der zuletzt geöffneten leeren</source>
        <translation>Clear the list of recently opened files</translation>
    </message>
    <message>
        <source>Die Tabelle oder einen Bericht als PDF-Datei speichern</source>
        <translation>Save the table or a report as a PDF file</translation>
    </message>
    <message>
        <source>Die Tabelle oder einen Bericht zum gewählten Eintrag drucken (mit Vorschau)</source>
        <translation>Print the table or a report for the chosen entry (with preview)</translation>
    </message>
    <message>
        <source>Die angezeigte Tabelle mit ihrem Filter für Excel oder LibreOffice speichern</source>
        <translation>Save the table shown, with its filter, for Excel or LibreOffice</translation>
    </message>
    <message>
        <source>Die letzte Änderung zurücknehmen</source>
        <translation>Take back the last change</translation>
    </message>
    <message>
        <source>Doppelt erfasste Personen, Helferkreise, Stellen finden und zusammenführen</source>
        <translation>Find and merge persons, helper groups and offices recorded twice</translation>
    </message>
    <message>
        <source>Ein&amp;stellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>Eine Austauschdatei einlesen (mit Vorschau vor jeder Änderung)</source>
        <translation>Read an exchange file (with a preview before any change)</translation>
    </message>
    <message>
        <source>Eine Austauschdatei für andere Helferkreise oder das KI schreiben</source>
        <translation>Write an exchange file for other helper groups or the KI</translation>
    </message>
    <message>
        <source>Eine Excel- oder CSV-Liste als Personen, Angebote, Stellen … übernehmen</source>
        <translation>Take over an Excel or CSV list as persons, programmes, offices …</translation>
    </message>
    <message>
        <source>Eine Kopie der Datenbank an einem anderen Ort speichern (z. B. USB-Stick)</source>
        <translation>Save a copy of the database somewhere else (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Eine Kopie der Datenbank im Ordner „backups“ speichern</source>
        <translation>Save a copy of the database in the “backups” folder</translation>
    </message>
    <message>
        <source>Eine andere HelferApp-Datei öffnen, z. B. von einem USB-Stick</source>
        <translation>Open another HelferApp file, e.g. from a USB stick</translation>
    </message>
    <message>
        <source>Eine neue, leere HelferApp-Datei anlegen, z. B. für die echte Arbeit</source>
        <translation>Create a new, empty HelferApp file, e.g. for your real work</translation>
    </message>
    <message>
        <source>Einen Kontakt ins Kontaktprotokoll eintragen</source>
        <translation>Add a contact to the contact log</translation>
    </message>
    <message>
        <source>Einen früheren Stand aus einer Sicherung zurückholen</source>
        <translation>Bring back an earlier state from a backup</translation>
    </message>
    <message>
        <source>Einen neuen Eintrag auf der aktuellen Seite anlegen</source>
        <translation>Create a new entry on the current page</translation>
    </message>
    <message>
        <source>Gewählte Personen fürs Adressbuch speichern (nur mit Einwilligung)</source>
        <translation>Save the chosen persons for the address book (only with consent)</translation>
    </message>
    <message>
        <source>HelferApp schließen</source>
        <translation>Close HelferApp</translation>
    </message>
    <message>
        <source>Import-&amp;Protokoll …</source>
        <translation>Import &amp;log …</translation>
    </message>
    <message>
        <source>Ins Filter- oder Suchfeld springen</source>
        <translation>Jump to the filter or search field</translation>
    </message>
    <message>
        <source>Kurze Hilfe: was wo ist, und die Tastenkürzel</source>
        <translation>Short help: what is where, and the keyboard shortcuts</translation>
    </message>
    <message>
        <source>Liste &amp;leeren</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>Neue &amp;Datenbank …</source>
        <translation>New &amp;database …</translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen als Kalender-Datei (.ics) speichern</source>
        <translation>Save open follow-ups as a calendar file (.ics)</translation>
    </message>
    <message>
        <source>Personen als &amp;vCard …</source>
        <translation>Persons as &amp;vCard …</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>Schrift &amp;normal</source>
        <translation>&amp;Normal text</translation>
    </message>
    <message>
        <source>Seiten wechseln</source>
        <translation>Switch pages</translation>
    </message>
    <message>
        <source>Sicherun&amp;g anlegen</source>
        <translation>Create &amp;backup</translation>
    </message>
    <message>
        <source>Sicherung wieder&amp;herstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <source>Wiedervorlagen als &amp;Kalender …</source>
        <translation>Follow-&amp;ups as calendar …</translation>
    </message>
    <message>
        <source>Ü&amp;ber HelferApp</source>
        <translation>&amp;About HelferApp</translation>
    </message>
    <message>
        <source>Sicherung auf &amp;USB-Stick / in einen Ordner …</source>
        <translation>Back up to &amp;USB stick / a folder …</translation>
    </message>
    <message>
        <source>Sprache, Schriftgröße, Absender, Sicherungen und Export-Vorauswahl</source>
        <translation>Language, font size, sender, backups and default export scope</translation>
    </message>
    <message>
        <source>Suchen / &amp;Filtern</source>
        <translation>Find / &amp;filter</translation>
    </message>
    <message>
        <source>Tabelle e&amp;xportieren (Excel/CSV) …</source>
        <translation>Export t&amp;able (Excel/CSV) …</translation>
    </message>
    <message>
        <source>Werte, die ein Import überschrieben hat, ansehen und zurückholen</source>
        <translation>View values an import overwrote, and bring them back</translation>
    </message>
    <message>
        <source>Über einen gemeinsamen Ordner (Nextcloud, Netzlaufwerk) austauschen</source>
        <translation>Exchange through a shared folder (Nextcloud, network drive)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Uhrzeit prüfen</source>
        <translation>Check the clock</translation>
    </message>
    <message>
        <source>Datenbank lässt sich nicht öffnen</source>
        <translation>Database cannot be opened</translation>
    </message>
</context>
<context>
    <name>BackupCopyDialog</name>
    <message>
        <source>Sicherung auf USB-Stick / in einen Ordner</source>
        <translation>Back up to USB stick / a folder</translation>
    </message>
    <message>
        <source>Die automatischen Sicherungen liegen auf derselben Festplatte wie die Datenbank. Eine Kopie auf einem USB-Stick oder in einem anderen Ordner (Netzlaufwerk, Cloud-Ordner) bleibt, wenn der Laptop kaputtgeht. Wiederherstellen: Datei → Sicherung wiederherstellen → Andere Datei, oder beim ersten Start auf einem neuen Rechner.</source>
        <translation>The automatic backups are on the same disk as the database. A copy on a USB stick or in another folder (network drive, cloud folder) survives when the laptop breaks. To restore: File → Restore backup → Other file, or at the first start on a new computer.</translation>
    </message>
    <message>
        <source>Es wurde noch keine Kopie an einem anderen Ort gemacht.</source>
        <translation>No copy has been made anywhere else yet.</translation>
    </message>
    <message>
        <source>Letzte Kopie: %1 in „%2“</source>
        <translation>Last copy: %1 in “%2”</translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>z. B. den USB-Stick wählen</source>
        <translation>e.g. choose the USB stick</translation>
    </message>
    <message>
        <source>Ordner für die Kopie</source>
        <translation>Folder for the copy</translation>
    </message>
    <message>
        <source>&amp;Wählen …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>Mit &amp;Passwort schützen (falls der Stick verloren geht)</source>
        <translation>Protect with a &amp;password (in case the stick gets lost)</translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Passwort &amp;wiederholen:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Kopie schreiben</source>
        <translation>&amp;Write copy</translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Bitte einen Ordner wählen, z. B. den USB-Stick.</source>
        <translation>Please choose a folder, e.g. the USB stick.</translation>
    </message>
    <message>
        <source>Bitte ein Passwort eingeben.</source>
        <translation>Please enter a password.</translation>
    </message>
    <message>
        <source>Die beiden Passwörter sind verschieden.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Nicht wiederhergestellt</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>„%1“ ist mit einem Passwort geschützt. Passwort:</source>
        <translation>“%1” is protected by a password. Password:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Welcher Stand soll zurückgeholt werden? Der jetzige Stand wird vorher automatisch gesichert, Sie können also nichts verlieren.</source>
        <translation>Which state should be brought back? The current state is backed up automatically first, so you cannot lose anything.</translation>
    </message>
    <message>
        <source>Für diese Datenbank gibt es noch keine Sicherungen.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>Sicherungen, neueste zuerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Andere &amp;Datei wählen …</source>
        <translation>Choose another &amp;file …</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>HelferApp-Sicherung (*.sqlite3 *.helferapp-sicherung);;Alle Dateien (*)</source>
        <translation>HelferApp backup (*.sqlite3 *.helferapp-sicherung);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Die Einwilligung</source>
        <translation>The consent</translation>
    </message>
    <message>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Einwilligung von {name}</source>
        <translation>Consent of {name}</translation>
    </message>
    <message>
        <source>Kontaktdaten einer Person dürfen nur so genutzt werden, wie sie es erlaubt hat. Bitte eintragen, wann die Person zugestimmt hat und wozu:
• intern: nur im eigenen Helferkreis nutzen,
• weitergeben: an andere Helferkreise und Stellen (z. B. beim Austausch),
• drucken: auf Kontaktblättern und Aushängen.
Widerruft die Person ihre Einwilligung, hier „Widerrufen“ wählen. Dann werden ihre Kontaktdaten nicht mehr weitergegeben oder gedruckt.</source>
        <translation>A person&apos;s contact details may only be used as they have allowed. Please enter when the person agreed and to what:
• internal: use only within your own helper group,
• share: pass on to other helper groups and offices (e.g. in an exchange),
• print: on contact sheets and notices.
If the person withdraws their consent, choose “Withdrawn” here. Their contact details will then no longer be passed on or printed.</translation>
    </message>
    <message>
        <source>Einwilligung erteilt am:</source>
        <translation>Consent given on:</translation>
    </message>
    <message>
        <source>Einwilligung erteilt am</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Die Person erlaubt:</source>
        <translation>The person allows:</translation>
    </message>
    <message>
        <source>Erlaubt: {scope}</source>
        <translation>Allowed: {scope}</translation>
    </message>
    <message>
        <source>Widerruf:</source>
        <translation>Withdrawal:</translation>
    </message>
    <message>
        <source>widerrufen am:</source>
        <translation>withdrawn on:</translation>
    </message>
    <message>
        <source>Einwilligung wurde widerrufen</source>
        <translation>Consent was withdrawn</translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Widerrufen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Die Person hat ihre Einwilligung zurückgenommen (Datum: heute, änderbar)</source>
        <translation>The person has withdrawn their consent (date: today, can be changed)</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte das Datum des Widerrufs eingeben.</source>
        <translation>Please enter the date of the withdrawal.</translation>
    </message>
    <message>
        <source>Die Person kann so nicht gespeichert werden:</source>
        <translation>The person cannot be saved like this:</translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Einwilligung vom {date}, aber für keinen Zweck – Kontaktdaten werden nicht weitergegeben oder gedruckt</source>
        <translation>Consent of {date}, but for no purpose – contact details are not passed on or printed</translation>
    </message>
    <message>
        <source>Einwilligung vom {date}: {allowed}</source>
        <translation>Consent of {date}: {allowed}</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am {date} – Kontaktdaten werden nicht weitergegeben oder gedruckt</source>
        <translation>Consent withdrawn on {date} – contact details are not passed on or printed</translation>
    </message>
    <message>
        <source>Keine Einwilligung – Kontaktdaten werden nicht weitergegeben oder gedruckt</source>
        <translation>No consent – contact details are not passed on or printed</translation>
    </message>
    <message>
        <source>drucken</source>
        <translation>print</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>nicht: {denied}</source>
        <translation>not: {denied}</translation>
    </message>
    <message>
        <source>weitergeben</source>
        <translation>share</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt erfassen</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Speichern (Strg+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Der neue Kontakt</source>
        <translation>The new contact</translation>
    </message>
    <message>
        <source>Kontakt nicht gespeichert</source>
        <translation>Contact not saved</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mit welcher Stelle? Name eintippen, z. B. KI</source>
        <translation>With which office? Type a name, e.g. KI</translation>
    </message>
    <message>
        <source>Welcher Helferkreis?</source>
        <translation>Which helper group?</translation>
    </message>
    <message>
        <source>optional – Personen der gewählten Stelle / des Helferkreises</source>
        <translation>optional – persons of the chosen office / helper group</translation>
    </message>
    <message>
        <source>z. B. Sprachkurse im Herbst</source>
        <translation>e.g. language courses in autumn</translation>
    </message>
    <message>
        <source>ja, nichts mehr zu tun</source>
        <translation>yes, nothing left to do</translation>
    </message>
    <message>
        <source>in 1 Woche</source>
        <translation>in 1 week</translation>
    </message>
    <message>
        <source>in 2 Wochen</source>
        <translation>in 2 weeks</translation>
    </message>
    <message>
        <source>in 1 Monat</source>
        <translation>in 1 month</translation>
    </message>
    <message>
        <source>Wiedervorlage {when}</source>
        <translation>Follow-up {when}</translation>
    </message>
    <message>
        <source>Wiedervorlage {when} ab heute</source>
        <translation>Follow-up {when} from today</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kontaktprotokoll</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Noch keine Kontakte — Strg+K erfasst einen, von überall aus.</source>
        <translation>No contacts yet — Ctrl+K logs one, from anywhere.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Integrationskonzept</source>
        <translation>Integration concept</translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation>Municipal integration centre</translation>
    </message>
    <message>
        <source>Angebote je 10.000 Einwohner</source>
        <translation>Programmes per 10,000 inhabitants</translation>
    </message>
    <message>
        <source>Angebote Elementarbereich</source>
        <translation>Programmes early childhood</translation>
    </message>
    <message>
        <source>Angebote Schule</source>
        <translation>Programmes school</translation>
    </message>
    <message>
        <source>Angebote Übergang Schule–Beruf</source>
        <translation>Programmes school-to-work transition</translation>
    </message>
    <message>
        <source>alle Kreise</source>
        <translation>all districts</translation>
    </message>
    <message>
        <source>ohne KI (Stand „keins“)</source>
        <translation>without a KI (status “none”)</translation>
    </message>
    <message>
        <source>ohne Integrationskonzept</source>
        <translation>without an integration concept</translation>
    </message>
    <message>
        <source>Status nicht erfasst</source>
        <translation>status not recorded</translation>
    </message>
    <message>
        <source>ohne Angebot Elementarbereich</source>
        <translation>no programme in early childhood</translation>
    </message>
    <message>
        <source>ohne Angebot Schule</source>
        <translation>no programme in school</translation>
    </message>
    <message>
        <source>ohne Angebot Übergang Schule–Beruf</source>
        <translation>no programme in school-to-work transition</translation>
    </message>
    <message>
        <source>ohne KI-Kontakt seit über 6 Monaten</source>
        <translation>no KI contact for over 6 months</translation>
    </message>
    <message>
        <source>mit irgendeiner Lücke</source>
        <translation>with any gap</translation>
    </message>
    <message>
        <source>Versorgung</source>
        <translation>Coverage</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Diesen Eintrag in den Papierkorb legen (Entf)</source>
        <translation>Move this entry to the recycle bin (Del)</translation>
    </message>
    <message>
        <source>In den &amp;Papierkorb</source>
        <translation>To the recycle &amp;bin</translation>
    </message>
    <message>
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Änderungen zurücknehmen, nichts speichern</source>
        <translation>Take back changes, save nothing</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>%1 wahrscheinliche Dubletten, die wahrscheinlichsten zuerst.</source>
        <translation>%1 probable duplicates, the most probable first.</translation>
    </message>
    <message>
        <source>&amp;Suchen unter:</source>
        <translation>&amp;Search in:</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Behalten: &amp;links</source>
        <translation>Keep: &amp;left</translation>
    </message>
    <message>
        <source>Behalten: &amp;rechts</source>
        <translation>Keep: &amp;right</translation>
    </message>
    <message>
        <source>Dubletten suchen</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Einträge werden verglichen …</source>
        <translation>Comparing entries …</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Für jedes Feld, das sich unterscheidet, den Wert wählen, der bleiben soll. Der andere Eintrag kommt in den Papierkorb; alles, was auf ihn verweist, zeigt danach auf den behaltenen.</source>
        <translation>For every field that differs, choose the value that should stay. The other entry goes to the recycle bin; everything that refers to it then points to the one kept.</translation>
    </message>
    <message>
        <source>Gefundene Dubletten</source>
        <translation>Duplicates found</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keine wahrscheinlichen Dubletten gefunden.</source>
        <translation>No probable duplicates found.</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Nicht zusammengeführt</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <source>S&amp;chließen</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Suche nicht möglich</source>
        <translation>Search not possible</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>wahrscheinlich gleich mit</source>
        <translation>probably the same as</translation>
    </message>
    <message>
        <source>Ähnlichkeit</source>
        <translation>Similarity</translation>
    </message>
</context>
<context>
    <name>EnumComboBox</name>
    <message>
        <source>– keine Angabe –</source>
        <translation>– not specified –</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Da ist etwas schiefgegangen, womit HelferApp nicht gerechnet hat.

Alles, was Sie vorher gespeichert haben, ist sicher. Die letzte Aktion wurde vielleicht nicht ausgeführt – bitte prüfen Sie das und versuchen Sie es noch einmal.

Wenn der Fehler wiederkommt: „Details kopieren“ drücken und die Details an die Person schicken, die Ihnen mit HelferApp hilft. Sie stehen auch in der Datei %1.</source>
        <translation>Something went wrong that HelferApp did not expect.

Everything you saved before is safe. The last action may not have been carried out – please check and try again.

If the error comes back: press “Copy details” and send the details to the person who helps you with HelferApp. They are also in the file %1.</translation>
    </message>
    <message>
        <source>Details &amp;kopieren</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kopiert ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>ExchangeFolder</name>
    <message>
        <source>Das Passwort des Austauschordners fehlt. Bitte unter Datei → Austauschordner … eingeben.</source>
        <translation>The password of the exchange folder is missing. Please enter it under File → Exchange folder ….</translation>
    </message>
    <message>
        <source>Das gemeinsame Passwort eures Netzes (wird für diese Sitzung gemerkt):</source>
        <translation>Your network&apos;s shared password (remembered for this session):</translation>
    </message>
    <message>
        <source>Der Austausch ist unerwartet fehlgeschlagen.</source>
        <translation>The exchange failed unexpectedly.</translation>
    </message>
    <message>
        <source>Passwort des Austauschordners</source>
        <translation>Password of the exchange folder</translation>
    </message>
</context>
<context>
    <name>ExchangeFolderDialog</name>
    <message>
        <source>%1 (diese Installation)</source>
        <translation>%1 (this installation)</translation>
    </message>
    <message>
        <source>&amp;Jetzt austauschen</source>
        <translation>Exchange &amp;now</translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Wählen …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dateien, die nicht gelesen werden konnten&lt;/b&gt;</source>
        <translation>&lt;b&gt;Files that could not be read&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wer hat wann zuletzt ausgetauscht&lt;/b&gt;</source>
        <translation>&lt;b&gt;Who exchanged last, and when&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Austausch läuft …</source>
        <translation>Exchanging …</translation>
    </message>
    <message>
        <source>Austauschordner</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <source>Austauschordner wählen</source>
        <translation>Choose exchange folder</translation>
    </message>
    <message>
        <source>Das Passwort wird im Schlüsselbund des Systems gespeichert.</source>
        <translation>The password is stored in the system&apos;s keyring.</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Datei geschrieben</source>
        <translation>File written</translation>
    </message>
    <message>
        <source>Dateien, die nicht gelesen werden konnten</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <source>Die Einstellungen des Austauschordners</source>
        <translation>The exchange folder settings</translation>
    </message>
    <message>
        <source>Dieses System hat keinen Schlüsselbund: das Passwort gilt nur bis zum Beenden und wird beim nächsten Start einmal abgefragt.</source>
        <translation>This system has no keyring: the password only lasts until HelferApp is closed and is asked for once at the next start.</translation>
    </message>
    <message>
        <source>Eigene Datei beim Beenden schreiben</source>
        <translation>Write our own file when closing</translation>
    </message>
    <message>
        <source>Eigene Datei nach jeder Änderung schreiben</source>
        <translation>Write our own file after every change</translation>
    </message>
    <message>
        <source>Ein Ordner, den alle im Netz teilen (Nextcloud, Syncthing, Netzlaufwerk oder ein USB-Stick). HelferApp legt dort die eigene Austauschdatei ab und führt die Dateien der anderen automatisch zusammen.</source>
        <translation>A folder that everyone in the network shares (Nextcloud, Syncthing, a network drive or a USB stick). HelferApp puts its own exchange file there and merges the others&apos; files automatically.</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Konfliktkopien des Synchronisationsprogramms (schon zusammengeführt, sie können gelöscht werden): %1</source>
        <translation>Conflict copies of the sync program (already merged, they can be deleted): %1</translation>
    </message>
    <message>
        <source>Letzter Austausch: %1</source>
        <translation>Last exchange: %1</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Noch kein Austausch.</source>
        <translation>No exchange yet.</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Unser Netz verwendet ein gemeinsames Passwort</source>
        <translation>Our network uses a shared password</translation>
    </message>
    <message>
        <source>Wer hat wann zuletzt ausgetauscht</source>
        <translation>Who exchanged last, and when</translation>
    </message>
    <message>
        <source>Zuletzt übernommen</source>
        <translation>Last taken over</translation>
    </message>
    <message>
        <source>gespeichert – zum Ändern neu eingeben</source>
        <translation>saved – type it again to change it</translation>
    </message>
    <message>
        <source>kein Ordner gewählt – Austausch aus</source>
        <translation>no folder chosen – exchange off</translation>
    </message>
</context>
<context>
    <name>ExchangeStatus</name>
    <message>
        <source>Austausch: %1</source>
        <translation>Exchange: %1</translation>
    </message>
    <message>
        <source>Austausch: Problem</source>
        <translation>Exchange: problem</translation>
    </message>
    <message>
        <source>Austausch: Vorschau nötig</source>
        <translation>Exchange: preview needed</translation>
    </message>
    <message>
        <source>Austausch: noch nicht</source>
        <translation>Exchange: not yet</translation>
    </message>
    <message>
        <source>Austauschordner</source>
        <translation>Exchange folder</translation>
    </message>
    <message>
        <source>Klicken für Einzelheiten</source>
        <translation>Click for details</translation>
    </message>
    <message>
        <source>Letzter Austausch: %1</source>
        <translation>Last exchange: %1</translation>
    </message>
    <message>
        <source>Ordner: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message numerus="yes">
        <source>Austausch: %n Dateien nicht lesbar</source>
        <translation>
            <numerusform>Exchange: %n file unreadable</numerusform>
            <numerusform>Exchange: %n files unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Absender (wer schickt die Datei?):</source>
        <translation>&amp;Sender (who sends the file?):</translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>A&amp;lles</source>
        <translation>A&amp;ll</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Absender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Alle Personen kommen mit, auch ohne Einwilligung zur Weitergabe.
Diese Datei darf den Helferkreis nicht verlassen – bitte mit Passwort schützen.</source>
        <translation>All persons are included, even without consent to share.
This file must not leave the helper group – please protect it with a password.</translation>
    </message>
    <message>
        <source>Bitte angeben, wohin die Datei geschrieben werden soll.</source>
        <translation>Please state where the file should be written.</translation>
    </message>
    <message>
        <source>Bitte ein Passwort eingeben oder den Passwortschutz abwählen.</source>
        <translation>Please enter a password or switch off the password protection.</translation>
    </message>
    <message>
        <source>Das Passwort bitte auf anderem Weg weitergeben (z. B. telefonisch).</source>
        <translation>Please pass on the password another way (e.g. by phone).</translation>
    </message>
    <message>
        <source>Datei mit einem &amp;Passwort schützen</source>
        <translation>Protect the file with a &amp;password</translation>
    </message>
    <message>
        <source>Die Datei wird geschrieben …</source>
        <translation>Writing the file …</translation>
    </message>
    <message>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Ein &amp;Helferkreis mit seinen Einträgen:</source>
        <translation>One &amp;helper group with its entries:</translation>
    </message>
    <message>
        <source>Ein &amp;Regierungsbezirk:</source>
        <translation>One administrative &amp;region:</translation>
    </message>
    <message>
        <source>Ein Land&amp;kreis / eine kreisfreie Stadt:</source>
        <translation>One &amp;district / independent city:</translation>
    </message>
    <message>
        <source>Empfänger der Änderungen</source>
        <translation>Recipient of the changes</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exportieren nach</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Exportiert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Für andere Helferkreise oder das KI (empfohlen)</source>
        <translation>For other helper groups or the KI (recommended)</translation>
    </message>
    <message>
        <source>Für eine ältere HelferApp-&amp;Version schreiben (Format 1.0, größere Datei)</source>
        <translation>Write for an older HelferApp &amp;version (format 1.0, larger file)</translation>
    </message>
    <message>
        <source>Für wen ist die Datei?</source>
        <translation>Who is the file for?</translation>
    </message>
    <message>
        <source>Gespeichert in {path}:
{parts}.</source>
        <translation>Saved in {path}:
{parts}.</translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp)</source>
        <translation>HelferApp exchange file (*.helferapp)</translation>
    </message>
    <message>
        <source>Helferkreis für den Export</source>
        <translation>Helper group for the export</translation>
    </message>
    <message>
        <source>Landkreis oder kreisfreie Stadt</source>
        <translation>District or independent city</translation>
    </message>
    <message>
        <source>Nur für unsere eigenen Geräte (intern)</source>
        <translation>Only for our own devices (internal)</translation>
    </message>
    <message>
        <source>Nur nötig, wenn der Empfänger meldet, die Datei stamme aus einer neueren Version von HelferApp.</source>
        <translation>Only needed if the receiver reports that the file comes from a newer version of HelferApp.</translation>
    </message>
    <message>
        <source>Nur Ä&amp;nderungen seit dem letzten Export an:</source>
        <translation>Only c&amp;hanges since the last export to:</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Passwort wiederholen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Personen kommen nur mit, wenn sie der Weitergabe ihrer
Kontaktdaten zugestimmt haben.</source>
        <translation>Persons are only included if they agreed to their
contact details being passed on.</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Administrative region</translation>
    </message>
    <message>
        <source>Was soll in die Datei?</source>
        <translation>What should go into the file?</translation>
    </message>
    <message>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Zieldatei</source>
        <translation>Target file</translation>
    </message>
    <message>
        <source>keine Einträge</source>
        <translation>no entries</translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Olching</source>
        <translation>e.g. Helferkreis Asyl Olching</translation>
    </message>
    <message>
        <source>z. B. KI Landkreis Dachau</source>
        <translation>e.g. KI Landkreis Dachau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Angebote</source>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Bündnispartnerschaften</source>
        <translation>
            <numerusform>%Ln alliance partnership</numerusform>
            <numerusform>%Ln alliance partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Gebiete mit Status</source>
        <translation>
            <numerusform>%Ln area with a status</numerusform>
            <numerusform>%Ln areas with a status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln helper group</numerusform>
            <numerusform>%Ln helper groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Kontakte</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen ohne Einwilligung zur Weitergabe weggelassen.</source>
        <translation>
            <numerusform>%Ln person without consent to share left out.</numerusform>
            <numerusform>%Ln persons without consent to share left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Stellen</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Än&amp;dern …</source>
        <translation>C&amp;hange …</translation>
    </message>
</context>
<context>
    <name>FieldOfActionPicker</name>
    <message>
        <source>Handlungsfeld {field} (KI-Bereich {area})</source>
        <translation>Field of action {field} (KI area {area})</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Willkommen bei HelferApp</source>
        <translation>Welcome to HelferApp</translation>
    </message>
    <message>
        <source>Für welchen Helferkreis arbeiten Sie mit HelferApp? Neue Angebote, Personen und Kontakte werden ihm zugeordnet, und die Übersicht zeigt seine Wiedervorlagen zuerst. Ändern lässt sich das später unter Einstellungen.</source>
        <translation>Which volunteer group do you use HelferApp for? New offers, persons and contacts are assigned to it, and the overview shows its follow-ups first. You can change this later in Settings.</translation>
    </message>
    <message>
        <source>Unser Helferkreis</source>
        <translation>Our volunteer group</translation>
    </message>
    <message>
        <source>&amp;Neuen Helferkreis anlegen</source>
        <translation>Create a &amp;new volunteer group</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Olching</source>
        <translation>e.g. Helferkreis Asyl Olching</translation>
    </message>
    <message>
        <source>Name des Helferkreises</source>
        <translation>Name of the volunteer group</translation>
    </message>
    <message>
        <source>&amp;Gemeinde:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>optional – Gemeinde eintippen, z. B. Olching</source>
        <translation>optional – type a municipality, e.g. Olching</translation>
    </message>
    <message>
        <source>Gemeinde des Helferkreises</source>
        <translation>Municipality of the volunteer group</translation>
    </message>
    <message>
        <source>&amp;Vorhandenen wählen:</source>
        <translation>Choose an &amp;existing one:</translation>
    </message>
    <message>
        <source>Vorhandener Helferkreis</source>
        <translation>Existing volunteer group</translation>
    </message>
    <message>
        <source>&amp;Kein eigener Helferkreis (z. B. im KI-Büro) – nichts wird gefiltert</source>
        <translation>No &amp;own volunteer group (e.g. in a KI office) – nothing is filtered</translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Nur ausprobieren? Die Beispieldaten liegen in einer eigenen Datei. Neuer Rechner? Eine Sicherungskopie vom USB-Stick zurückholen.</source>
        <translation>Just trying it out? The example data lives in a file of its own. New computer? Bring back a backup copy from a USB stick.</translation>
    </message>
    <message>
        <source>Beispiel&amp;daten ansehen</source>
        <translation>Look at example &amp;data</translation>
    </message>
    <message>
        <source>Beispieldaten ansehen</source>
        <translation>Look at example data</translation>
    </message>
    <message>
        <source>Aus Sicherungskopie &amp;wiederherstellen …</source>
        <translation>&amp;Restore from a backup copy …</translation>
    </message>
    <message>
        <source>Sicherungskopie wählen</source>
        <translation>Choose a backup copy</translation>
    </message>
    <message>
        <source>HelferApp-Sicherung (*.sqlite3 *.helferapp-sicherung);;Alle Dateien (*)</source>
        <translation>HelferApp backup (*.sqlite3 *.helferapp-sicherung);;All files (*)</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Wo der Helferkreis arbeitet</source>
        <translation>Where the helper group works</translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Ortsteil</source>
        <translation>Part of town</translation>
    </message>
    <message>
        <source>Arbeitsgruppen</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Zuletzt geprüft am</source>
        <translation>Last checked on</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Gersthofen</source>
        <translation>e.g. Helferkreis Asyl Gersthofen</translation>
    </message>
    <message>
        <source>falls nur in einem Ortsteil, z. B. Hirblingen</source>
        <translation>if only in one part of town, e.g. Hirblingen</translation>
    </message>
    <message>
        <source>durch Komma getrennt, z. B. Deutschkurs, Fahrdienst</source>
        <translation>separated by commas, e.g. German course, driving service</translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation>name@example.de</translation>
    </message>
    <message>
        <source>www.beispiel.de</source>
        <translation>www.example.de</translation>
    </message>
    <message>
        <source>Wann wurden diese Angaben zuletzt überprüft?</source>
        <translation>When were these details last checked?</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Neuer Helferkreis</source>
        <translation>New helper group</translation>
    </message>
    <message>
        <source>Noch keine Helferkreise — Strg+N legt einen an.</source>
        <translation>No helper groups yet — Ctrl+N creates one.</translation>
    </message>
    <message>
        <source>Bündnispartner hin&amp;zufügen …</source>
        <translation>Add alliance &amp;partner …</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hilfe – HelferApp</source>
        <translation>Help – HelferApp</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Hilfetext</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Zahlen, fällige Wiedervorlagen, zuletzt Geändertes und eine Suche über alles.</source>
        <translation>Figures, due follow-ups, recently changed entries and a search across everything.</translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Ihre Gruppen; rechts darunter ihre Angebote, Personen, Bündnispartner und Kontakte.</source>
        <translation>Your groups; below on the right their programmes, persons, alliance partners and contacts.</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Was Helferkreise und Stellen anbieten.</source>
        <translation>What helper groups and offices offer.</translation>
    </message>
    <message>
        <source>Stellen &amp; KI</source>
        <translation>Offices &amp; KI</translation>
    </message>
    <message>
        <source>Ämter, Beratungsstellen, Kommunale Integrationszentren – und mit wem sie arbeiten.</source>
        <translation>Authorities, advice centres, municipal integration centres – and whom they work with.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Ansprechpersonen mit ihrer Einwilligung (rot: keine Einwilligung).</source>
        <translation>Contact persons with their consent (red: no consent).</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Das Kontaktprotokoll mit Wiedervorlagen.</source>
        <translation>The contact log with follow-ups.</translation>
    </message>
    <message>
        <source>Gebiete</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Kreise und Gemeinden: Integrationskonzept und KI.</source>
        <translation>Districts and municipalities: integration concept and KI.</translation>
    </message>
    <message>
        <source>Papierkorb</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Gelöschtes – wiederherstellen oder endgültig leeren.</source>
        <translation>Deleted entries – restore them or empty the bin for good.</translation>
    </message>
    <message>
        <source>Versorgung</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Karte und Tabelle der Kreise: wo Konzept, KI oder Angebote fehlen.</source>
        <translation>Map and table of the districts: where a concept, a KI or programmes are missing.</translation>
    </message>
    <message>
        <source>Links eine Seite wählen, oben im Filterfeld ein paar Buchstaben tippen („muller“ findet auch „Müller“).</source>
        <translation>Choose a page on the left, type a few letters into the filter field at the top (“muller” also finds “Müller”).</translation>
    </message>
    <message>
        <source>Einen Eintrag in der Tabelle anklicken: rechts erscheint das Formular. Ändern, dann „Speichern“ (Strg+S).</source>
        <translation>Click an entry in the table: the form appears on the right. Change it, then “Save” (Ctrl+S).</translation>
    </message>
    <message>
        <source>Etwas falsch gemacht? Strg+Z nimmt die letzte Änderung zurück. Gelöschtes liegt im Papierkorb.</source>
        <translation>Made a mistake? Ctrl+Z takes back the last change. Deleted entries are in the recycle bin.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Protokoll anzeigen</source>
        <translation>Show &amp;log</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Beispieldaten importieren?</source>
        <translation>Import example data?</translation>
    </message>
    <message>
        <source>Die Datei enthält nichts Neues – alles ist schon vorhanden.</source>
        <translation>The file contains nothing new – everything is already here.</translation>
    </message>
    <message>
        <source>Die Datei wird geprüft …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Es gab nichts Neues.</source>
        <translation>There was nothing new.</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ich habe die Uhrzeiten geprüft und will die Datei trotzdem einlesen</source>
        <translation>I have checked the clocks and want to import the file anyway</translation>
    </message>
    <message>
        <source>Import abgeschlossen</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>In dieser echten Datenbank würden sie mit den echten Einträgen vermischt und mit jedem Export weitergegeben. Normalerweise: Abbrechen.</source>
        <translation>In this real database they would be mixed with the real entries and passed on with every export. Usually: Cancel.</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Trotzdem &amp;importieren</source>
        <translation>&amp;Import anyway</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <source>Was sich ändert</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Wert aus der Datei</source>
        <translation>Value from the file</translation>
    </message>
    <message>
        <source>Wert hier</source>
        <translation>Value here</translation>
    </message>
    <message>
        <source>Werte, die überschrieben würden</source>
        <translation>Values that would be overwritten</translation>
    </message>
    <message>
        <source>unbekannter Absender</source>
        <translation>unknown sender</translation>
    </message>
    <message>
        <source>Änderungen durch den Import</source>
        <translation>Changes by the import</translation>
    </message>
    <message>
        <source>„{name}“ ist mit einem Passwort geschützt. Passwort:</source>
        <translation>“{name}” is protected by a password. Password:</translation>
    </message>
    <message>
        <source>„{name}“ stammt aus einer Beispieldatenbank: erfundene Helferkreise, Personen und Kontakte zum Ausprobieren.</source>
        <translation>“{name}” comes from an example database: invented volunteer groups, persons and contacts for trying the app out.</translation>
    </message>
    <message>
        <source>„{name}“ wird eingelesen …</source>
        <translation>Reading “{name}” …</translation>
    </message>
    <message>
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Werte hier würden durch neuere aus der Datei ersetzt. Sie bleiben im Import-Protokoll und lassen sich dort zurückholen:</source>
        <translation>
            <numerusform>%Ln value here would be replaced by a newer one from the file. It stays in the import log and can be brought back there:</numerusform>
            <numerusform>%Ln values here would be replaced by newer ones from the file. They stay in the import log and can be brought back there:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Werte wurden durch neuere ersetzt. Im Import-Protokoll lassen sie sich zurückholen.</source>
        <translation>
            <numerusform>%Ln value was replaced by a newer one. It can be brought back in the import log.</numerusform>
            <numerusform>%Ln values were replaced by newer ones. They can be brought back in the import log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Datei von: %1 · %Ln Einträge · noch wurde nichts verändert.</source>
        <translation>
            <numerusform>File from: %1 · %Ln record · nothing has been changed yet.</numerusform>
            <numerusform>File from: %1 · %Ln records · nothing has been changed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source> (wiederhergestellt)</source>
        <translation> (restored)</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Hier stehen alle Werte, die ein Import überschrieben hat. Mit „Wiederherstellen“ gilt wieder der alte Wert – auch beim nächsten Austausch.</source>
        <translation>Here are all values that an import overwrote. With “Restore” the old value applies again – also at the next exchange.</translation>
    </message>
    <message>
        <source>Import-Protokoll</source>
        <translation>Import log</translation>
    </message>
    <message>
        <source>Kein Import hat bisher Werte überschrieben.</source>
        <translation>No import has overwritten any values so far.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Überschriebene Werte</source>
        <translation>Overwritten values</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Stellen &amp; KI</source>
        <translation>Offices &amp; KI</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Gebiete</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Papierkorb</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Versorgung</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Der Eintrag ist nicht (mehr) vorhanden.</source>
        <translation>The entry does not exist (any more).</translation>
    </message>
    <message>
        <source>Es gibt nichts rückgängig zu machen.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation>Undo not possible</translation>
    </message>
    <message>
        <source>Rückgängig gemacht: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>%1 – HelferApp</source>
        <translation>%1 – HelferApp</translation>
    </message>
    <message>
        <source>Beispieldaten</source>
        <translation>example data</translation>
    </message>
    <message>
        <source>Beispieldaten – zum Ausprobieren. Echte Arbeit gehört in eine eigene Datenbank.</source>
        <translation>Example data – for trying out. Real work belongs in a database of its own.</translation>
    </message>
    <message>
        <source>Eigene Datenbank &amp;anlegen …</source>
        <translation>&amp;Create your own database …</translation>
    </message>
    <message>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Datei: %1</source>
        <translation>File: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Angebote</source>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln helper group</numerusform>
            <numerusform>%Ln helper groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Kontakte</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Stellen</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation>Open &amp;recent</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Datum im Kalender auswählen</source>
        <translation>Pick a date in the calendar</translation>
    </message>
    <message>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <source>„{text}“ ist keine gültige Uhrzeit. Bitte so eingeben: 18:30</source>
        <translation>“{text}” is not a valid time. Please enter it like this: 18:30</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Art der Stelle</source>
        <translation>Kind of office</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeinde oder Kreis</source>
        <translation>Municipality or district</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>z. B. Kommunales Integrationszentrum Landkreis Augsburg</source>
        <translation>e.g. Kommunales Integrationszentrum Landkreis Augsburg</translation>
    </message>
    <message>
        <source>Für welches Gebiet ist die Stelle zuständig? Name eintippen</source>
        <translation>Which area is the office responsible for? Type a name</translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation>name@example.de</translation>
    </message>
    <message>
        <source>www.beispiel.de</source>
        <translation>www.example.de</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Stellen &amp; KI</source>
        <translation>Offices &amp; KI</translation>
    </message>
    <message>
        <source>Stellen &amp; Kommunale Integrationszentren</source>
        <translation>Offices &amp; municipal integration centres</translation>
    </message>
    <message>
        <source>Neue Stelle</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>Noch keine Stellen — Strg+N legt eine an (z. B. das KI Ihres Landkreises).</source>
        <translation>No offices yet — Ctrl+N creates one (e.g. the KI of your district).</translation>
    </message>
    <message>
        <source>Helferkreis ver&amp;knüpfen …</source>
        <translation>&amp;Link helper group …</translation>
    </message>
    <message>
        <source>%1 Kontakte</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>%1 gemeinsame Angebote</source>
        <translation>%1 shared programmes</translation>
    </message>
    <message>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>1 gemeinsames Angebot</source>
        <translation>1 shared programme</translation>
    </message>
    <message>
        <source>Bündnispartner (%1)</source>
        <translation>Alliance partners (%1)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Stellen</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Zur Seite „%1“</source>
        <translation>To the page “%1”</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>In allen Einträgen suchen – z. B. einen Namen, ein Thema, einen Ort</source>
        <translation>Search all entries – e.g. a name, a subject, a place</translation>
    </message>
    <message>
        <source>In allen Einträgen suchen</source>
        <translation>Search all entries</translation>
    </message>
    <message>
        <source>Suchergebnisse</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Unsere offenen Wiedervorlagen (nächste 14 Tage)</source>
        <translation>Our open follow-ups (next 14 days)</translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen (nächste 14 Tage)</source>
        <translation>Open follow-ups (next 14 days)</translation>
    </message>
    <message>
        <source>%1: die %2 dringendsten von %3</source>
        <translation>%1: the %2 most urgent of %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Angebote</source>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln helper group</numerusform>
            <numerusform>%Ln helper groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Kontakte</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Stellen</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Alle zeigen, auch die anderer Helferkreise (%n weitere)</source>
        <translation>
            <numerusform>Show &amp;all, also other groups&apos; (%n more follow-up)</numerusform>
            <numerusform>Show &amp;all, also other groups&apos; (%n more follow-ups)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Alle zeigen, auch die anderer Helferkreise</source>
        <translation>Show &amp;all, also other groups&apos;</translation>
    </message>
    <message>
        <source>Aus: nur die Wiedervorlagen unseres Helferkreises (und unsere ohne Helferkreis). An: alle, z. B. aus importierten Dateien.</source>
        <translation>Off: only our group&apos;s follow-ups (and ours without a group). On: all of them, e.g. from imported files.</translation>
    </message>
    <message>
        <source>Tipp: Es gibt noch keine Sicherungskopie außerhalb dieses Rechners. Geht die Festplatte kaputt, wäre alles weg.</source>
        <translation>Tip: there is no backup copy outside this computer yet. If the disk breaks, everything would be gone.</translation>
    </message>
    <message numerus="yes">
        <source>Tipp: Die letzte Sicherungskopie außerhalb dieses Rechners ist vom %1 – älter als %n Tage.</source>
        <translation>
            <numerusform>Tip: the last backup copy outside this computer is from %1 – older than %n day.</numerusform>
            <numerusform>Tip: the last backup copy outside this computer is from %1 – older than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auf &amp;USB-Stick sichern …</source>
        <translation>Back up to &amp;USB stick …</translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Die gewählte Wiedervorlage als erledigt markieren</source>
        <translation>Mark the chosen follow-up as done</translation>
    </message>
    <message>
        <source>Kontakt ö&amp;ffnen</source>
        <translation>&amp;Open contact</translation>
    </message>
    <message>
        <source>Keine Wiedervorlagen fällig. Beim Erfassen eines Kontakts (Strg+K) lässt sich ein Datum für die Wiedervorlage eintragen.</source>
        <translation>No follow-ups due. When logging a contact (Ctrl+K) you can enter a follow-up date.</translation>
    </message>
    <message>
        <source>Zuletzt geändert</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <source>Zuletzt geänderte Einträge</source>
        <translation>Recently changed entries</translation>
    </message>
    <message>
        <source>Noch nichts geändert.</source>
        <translation>Nothing changed yet.</translation>
    </message>
    <message>
        <source>+ Ersten Helferkreis anlegen</source>
        <translation>+ Create the first helper group</translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Noch keine Helferkreise — Strg+N legt einen an.
Danach unter „Angebote“ eintragen, was der Helferkreis anbietet, und unter „Personen“ die Ansprechpersonen mit ihrer Einwilligung.</source>
        <translation>No helper groups yet — Ctrl+N creates one.
Then enter under “Programmes” what the helper group offers, and under “Persons” the contact persons with their consent.</translation>
    </message>
    <message>
        <source>Noch keine Angebote — auf der Seite „Angebote“ legt Strg+N eines an.</source>
        <translation>No programmes yet — on the page “Programmes”, Ctrl+N creates one.</translation>
    </message>
    <message>
        <source>Noch keine Stellen — unter „Stellen &amp; KI“ z. B. das Kommunale Integrationszentrum Ihres Landkreises eintragen (Strg+N).</source>
        <translation>No offices yet — under “Offices &amp; KI” enter e.g. the municipal integration centre of your district (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Erledigt: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Nichts gefunden für „%1“.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Neues A&amp;ngebot …</source>
        <translation>New pro&amp;gramme …</translation>
    </message>
    <message>
        <source>Neue P&amp;erson …</source>
        <translation>New p&amp;erson …</translation>
    </message>
    <message>
        <source>&amp;Kontakt erfassen …</source>
        <translation>Log a &amp;contact …</translation>
    </message>
    <message>
        <source>Verknüpfung &amp;lösen</source>
        <translation>&amp;Unlink</translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Bündnispartner</source>
        <translation>Alliance partners</translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Art der Partnerschaft</source>
        <translation>Kind of partnership</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Helferkreis eintippen oder auswählen</source>
        <translation>Type or choose a helper group</translation>
    </message>
    <message>
        <source>Stelle eintippen oder auswählen</source>
        <translation>Type or choose an office</translation>
    </message>
    <message>
        <source>Gespeicherte Partner lassen sich nicht tauschen – bitte neu anlegen.</source>
        <translation>Saved partners cannot be swapped – please create a new link.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aufgabe / Funktion</source>
        <translation>Task / role</translation>
    </message>
    <message>
        <source>Gehört zu Helferkreis</source>
        <translation>Belongs to helper group</translation>
    </message>
    <message>
        <source>oder zu Stelle</source>
        <translation>or to office</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>z. B. Koordinatorin, Integrationslotsin</source>
        <translation>e.g. coordinator, integration guide</translation>
    </message>
    <message>
        <source>Helferkreis eintippen oder auswählen</source>
        <translation>Type or choose a helper group</translation>
    </message>
    <message>
        <source>Stelle eintippen oder auswählen</source>
        <translation>Type or choose an office</translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation>name@example.de</translation>
    </message>
    <message>
        <source>Einwilligung erfassen/ändern …</source>
        <translation>Record/change consent …</translation>
    </message>
    <message>
        <source>Einwilligung erfassen oder ändern</source>
        <translation>Record or change consent</translation>
    </message>
    <message>
        <source>Bitte die Person zuerst speichern, dann die Einwilligung erfassen.</source>
        <translation>Please save the person first, then record the consent.</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Noch keine Personen — Strg+N legt eine an.</source>
        <translation>No persons yet — Ctrl+N creates one.</translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>z. B. 08141 123456</source>
        <translation>e.g. 08141 123456</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Zweite Sprache:</source>
        <translation>&amp;Second language:</translation>
    </message>
    <message>
        <source>&amp;bis:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Der Drucker ließ sich nicht öffnen.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Kontakte &amp;von:</source>
        <translation>Contacts &amp;from:</translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Vorschau des Berichts</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Vorschau: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Was soll gedruckt werden?</source>
        <translation>What should be printed?</translation>
    </message>
    <message>
        <source>keine (nur Deutsch)</source>
        <translation>none (German only)</translation>
    </message>
    <message numerus="yes">
        <source>%n Seiten</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Alle Angaben &amp;löschen …</source>
        <translation>&amp;Delete all details …</translation>
    </message>
    <message>
        <source>Alle Angaben löschen?</source>
        <translation>Delete all details?</translation>
    </message>
    <message>
        <source>Alle Angaben zu dieser Person sind gelöscht.</source>
        <translation>All details of this person have been deleted.</translation>
    </message>
    <message>
        <source>Alle Angaben zu „%1“ werden endgültig gelöscht.</source>
        <translation>All details of “%1” will be deleted for good.</translation>
    </message>
    <message>
        <source>Als &amp;JSON speichern …</source>
        <translation>Save as &amp;JSON …</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <source>Auskunft speichern</source>
        <translation>Save information</translation>
    </message>
    <message>
        <source>Auskunft: alles, was hier über diese Person gespeichert ist. Als PDF zum Aushändigen oder als JSON-Datei speichern. Löschen entfernt alle Angaben endgültig, auch bei den anderen Helferkreisen nach dem nächsten Austausch.</source>
        <translation>Information: everything stored here about this person. Save it as a PDF to hand over or as a JSON file. Deleting removes all details for good, also at the other helper groups after the next exchange.</translation>
    </message>
    <message>
        <source>Das lässt sich nicht rückgängig machen. Die Löschung wird mit dem nächsten Export an die anderen Geräte weitergegeben. Sicherungen enthalten die Daten, bis sie durch neuere ersetzt sind (die letzten zehn werden behalten).</source>
        <translation>This cannot be undone. The deletion is passed on to the other devices with the next export. Backups contain the data until newer ones replace them (the last ten are kept).</translation>
    </message>
    <message>
        <source>Datenschutz: %1</source>
        <translation>Data protection: %1</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Endgültig &amp;löschen</source>
        <translation>Delete for &amp;good</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Gelöscht</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Gespeicherte Angaben</source>
        <translation>Stored details</translation>
    </message>
    <message>
        <source>Gespeicherte Angaben zur Person</source>
        <translation>Stored data about the person</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>JSON-Datei (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>S&amp;chließen</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Von Importen überschriebene Werte</source>
        <translation>Values overwritten by imports</translation>
    </message>
    <message>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Zusammengeführte Einträge</source>
        <translation>Merged entries</translation>
    </message>
    <message>
        <source>alt</source>
        <translation>old</translation>
    </message>
    <message>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>mit</source>
        <translation>with</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>Angebot</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Für wen</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Wochentag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Uhrzeit von</source>
        <translation>Time from</translation>
    </message>
    <message>
        <source>Uhrzeit bis</source>
        <translation>Time to</translation>
    </message>
    <message>
        <source>Termine (frei)</source>
        <translation>Dates (free text)</translation>
    </message>
    <message>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Anmeldung</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Kinderbetreuung</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Barrierefrei</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>z. B. Deutschkurs für Anfängerinnen</source>
        <translation>e.g. German course for beginners</translation>
    </message>
    <message>
        <source>Welcher Helferkreis macht das Angebot? (Name eintippen)</source>
        <translation>Which helper group offers the programme? (type a name)</translation>
    </message>
    <message>
        <source>oder welche Stelle? (Name eintippen)</source>
        <translation>or which office? (type a name)</translation>
    </message>
    <message>
        <source>z. B. Frauen mit kleinen Kindern</source>
        <translation>e.g. women with small children</translation>
    </message>
    <message>
        <source>durch Komma getrennt, z. B. Deutsch, Arabisch</source>
        <translation>separated by commas, e.g. German, Arabic</translation>
    </message>
    <message>
        <source>z. B. Pfarrheim St. Peter, Hauptstraße 3</source>
        <translation>e.g. Pfarrheim St. Peter, Hauptstraße 3</translation>
    </message>
    <message>
        <source>Gemeinde eintippen, z. B. Gersthofen</source>
        <translation>Type a municipality, e.g. Gersthofen</translation>
    </message>
    <message>
        <source>z. B. jeden ersten Samstag im Monat</source>
        <translation>e.g. every first Saturday of the month</translation>
    </message>
    <message>
        <source>z. B. kostenlos, 2 € pro Termin</source>
        <translation>e.g. free of charge, €2 per session</translation>
    </message>
    <message>
        <source>nötig</source>
        <translation>required</translation>
    </message>
    <message>
        <source>wird angeboten</source>
        <translation>is offered</translation>
    </message>
    <message>
        <source>ja, barrierefrei zugänglich</source>
        <translation>yes, accessible without barriers</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Neues Angebot</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Noch keine Angebote — Strg+N legt eines an.</source>
        <translation>No programmes yet — Ctrl+N creates one.</translation>
    </message>
</context>
<context>
    <name>QuickCreateDialog</name>
    <message>
        <source>Neuen Helferkreis anlegen</source>
        <translation>Create a new volunteer group</translation>
    </message>
    <message>
        <source>Neue Stelle anlegen</source>
        <translation>Create a new organisation</translation>
    </message>
    <message>
        <source>Neue Person anlegen</source>
        <translation>Create a new person</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Der neue Eintrag</source>
        <translation>The new entry</translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>(ohne Namen)</source>
        <translation>(without a name)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Die Eingabe in „%1“</source>
        <translation>The input in “%1”</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Bitte die markierten Angaben prüfen – es wurde noch nichts gespeichert.</source>
        <translation>Please check the marked entries – nothing has been saved yet.</translation>
    </message>
    <message>
        <source>* Pflichtangabe</source>
        <translation>* Required</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source> – geändert</source>
        <translation> – changed</translation>
    </message>
    <message>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 „%2“ in den Papierkorb legen?</source>
        <translation>Move %1 “%2” to the recycle bin?</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Aus dem Papierkorb lässt sich alles wiederherstellen (auch mit Strg+Z).</source>
        <translation>Everything can be restored from the recycle bin (also with Ctrl+Z).</translation>
    </message>
    <message>
        <source>Einen neuen Eintrag anlegen (Strg+N)</source>
        <translation>Create a new entry (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter für %1</source>
        <translation>Filter for %1</translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>In den &amp;Papierkorb</source>
        <translation>To the recycle &amp;bin</translation>
    </message>
    <message>
        <source>In den Papierkorb gelegt: %1</source>
        <translation>Moved to the recycle bin: %1</translation>
    </message>
    <message>
        <source>Links einen Eintrag auswählen – oder mit Strg+N „%1“ anlegen.</source>
        <translation>Choose an entry on the left – or create “%1” with Ctrl+N.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Nicht gespeichert: bitte die markierten Felder prüfen.</source>
        <translation>Not saved: please check the marked fields.</translation>
    </message>
    <message>
        <source>Nichts gefunden für „%1“.
Esc im Filterfeld zeigt wieder alle.</source>
        <translation>Nothing found for “%1”.
Esc in the filter field shows everything again.</translation>
    </message>
    <message>
        <source>Tabelle: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Tippen zum Filtern (Strg+F)</source>
        <translation>Type to filter (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Einträge</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionListEditor</name>
    <message>
        <source>– Gemeinde hinzufügen –</source>
        <translation>– add a municipality –</translation>
    </message>
    <message>
        <source>Gemeinde suchen und hinzufügen …</source>
        <translation>Search and add a municipality …</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Die markierte Gemeinde aus der Liste nehmen</source>
        <translation>Take the marked municipality off the list</translation>
    </message>
    <message>
        <source>Gewählte Gemeinden</source>
        <translation>Chosen municipalities</translation>
    </message>
    <message>
        <source>Gemeinde hinzufügen</source>
        <translation>Add municipality</translation>
    </message>
</context>
<context>
    <name>RegionStatusForm</name>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Integrationskonzept</source>
        <translation>Integration concept</translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum (KI)</source>
        <translation>Municipal integration centre (KI)</translation>
    </message>
    <message>
        <source>Integrationslotsin</source>
        <translation>Integration guide</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kreis oder Gemeinde</source>
        <translation>District or municipality</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Geprüft am</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name eintippen, z. B. Landkreis Augsburg oder Gersthofen</source>
        <translation>Type a name, e.g. Landkreis Augsburg or Gersthofen</translation>
    </message>
    <message>
        <source>z. B. Internetseite des Landratsamts, Telefonat mit dem KI</source>
        <translation>e.g. website of the district office, phone call with the KI</translation>
    </message>
    <message>
        <source>Wann beschlossen (oder seit wann in Arbeit)?</source>
        <translation>When was it adopted (or since when is it being drafted)?</translation>
    </message>
    <message>
        <source>Seit wann gibt es das KI (oder seit wann ist es geplant)?</source>
        <translation>Since when has the KI existed (or since when is it planned)?</translation>
    </message>
    <message>
        <source>vorhanden</source>
        <translation>exists</translation>
    </message>
    <message>
        <source>Stand des Integrationskonzepts</source>
        <translation>Status of the integration concept</translation>
    </message>
    <message>
        <source>Datum des Integrationskonzepts</source>
        <translation>Date of the integration concept</translation>
    </message>
    <message>
        <source>Stand des KI</source>
        <translation>Status of the KI</translation>
    </message>
    <message>
        <source>Datum des KI</source>
        <translation>Date of the KI</translation>
    </message>
    <message>
        <source>Integrationslotsin vorhanden</source>
        <translation>Integration guide exists</translation>
    </message>
    <message>
        <source>Bitte den Stand wählen – auch „keins“ ist eine Angabe.</source>
        <translation>Please choose the status – “none” is an answer too.</translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Gebiete</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Gebiete: Integrationskonzept und KI</source>
        <translation>Areas: integration concept and KI</translation>
    </message>
    <message>
        <source>Status eines Gebiets</source>
        <translation>Status of an area</translation>
    </message>
    <message>
        <source>Keine Gebiete gefunden.</source>
        <translation>No areas found.</translation>
    </message>
    <message>
        <source>%1 – noch kein Status erfasst</source>
        <translation>%1 – no status recorded yet</translation>
    </message>
</context>
<context>
    <name>RoundTripDialog</name>
    <message>
        <source>%1 Dateien zusammengeführt, die Datei für alle ist geschrieben.</source>
        <translation>%1 files merged, the file for everyone has been written.</translation>
    </message>
    <message>
        <source>%1 Werte hier würden durch neuere ersetzt (bleiben im Import-Protokoll).</source>
        <translation>%1 values here would be replaced by newer ones (they stay in the import log).</translation>
    </message>
    <message>
        <source>%1 – nicht lesbar: %2</source>
        <translation>%1 – not readable: %2</translation>
    </message>
    <message>
        <source>%1: %2 neu, %3 geändert, %4 gelöscht</source>
        <translation>%1: %2 new, %3 changed, %4 deleted</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Liste leeren</source>
        <translation>C&amp;lear list</translation>
    </message>
    <message>
        <source>&amp;Ordner hinzufügen …</source>
        <translation>Add f&amp;older …</translation>
    </message>
    <message>
        <source>&amp;Regierungsbezirk:</source>
        <translation>Administrative &amp;region:</translation>
    </message>
    <message>
        <source>&amp;Speicherort …</source>
        <translation>&amp;Save to …</translation>
    </message>
    <message>
        <source>&amp;Zurückgeben für:</source>
        <translation>&amp;Hand back for:</translation>
    </message>
    <message>
        <source>1. Die Austauschdateien der Helferkreise hinzufügen. 2. Die gemeinsame Vorschau prüfen. 3. Zusammenführen und die Datei für alle schreiben.</source>
        <translation>1. Add the helper groups&apos; exchange files. 2. Check the combined preview. 3. Merge and write the file for everyone.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gemeinsame Vorschau&lt;/b&gt; (noch wurde nichts verändert)</source>
        <translation>&lt;b&gt;Combined preview&lt;/b&gt; (nothing has been changed yet)</translation>
    </message>
    <message>
        <source>Austauschdateien wählen</source>
        <translation>Choose exchange files</translation>
    </message>
    <message>
        <source>Dateien &amp;hinzufügen …</source>
        <translation>Add &amp;files …</translation>
    </message>
    <message>
        <source>Dateien eines Landkreises zusammenführen</source>
        <translation>Merge the files of a district</translation>
    </message>
    <message>
        <source>Die Dateien werden geprüft …</source>
        <translation>Checking the files …</translation>
    </message>
    <message>
        <source>Die Dateien werden zusammengeführt …</source>
        <translation>Merging the files …</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Gewählte Dateien</source>
        <translation>Chosen files</translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp)</source>
        <translation>HelferApp exchange file (*.helferapp)</translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)</source>
        <translation>HelferApp exchange file (*.helferapp);;All files (*)</translation>
    </message>
    <message>
        <source>Keine Dateien</source>
        <translation>No files</translation>
    </message>
    <message>
        <source>Land&amp;kreis / Stadt:</source>
        <translation>&amp;District / city:</translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Zurückgeben für (wofür die Datei zurückgeht)</source>
        <translation>Return for (whom the file goes back to)</translation>
    </message>
    <message>
        <source>Zusammen&amp;führen und Datei schreiben</source>
        <translation>&amp;Merge and write file</translation>
    </message>
    <message>
        <source>alles Zusammengeführte</source>
        <translation>everything merged</translation>
    </message>
    <message numerus="yes">
        <source>%2: %Ln Einträge, davon %4 neu/geändert (%1)</source>
        <translation>
            <numerusform>%2: %Ln record, %4 of them new/changed (%1)</numerusform>
            <numerusform>%2: %Ln records, %4 of them new/changed (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nicht zusammengeführt</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <source>Nichts Neues in diesen Dateien.</source>
        <translation>Nothing new in these files.</translation>
    </message>
    <message>
        <source>Noch keine Dateien gewählt.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <source>Ordner mit Austauschdateien</source>
        <translation>Folder with exchange files</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Zusammengeführte Datei speichern</source>
        <translation>Save merged file</translation>
    </message>
    <message>
        <source>einen Landkreis / eine kreisfreie Stadt</source>
        <translation>one district / independent city</translation>
    </message>
    <message>
        <source>einen Regierungsbezirk</source>
        <translation>one administrative region</translation>
    </message>
    <message>
        <source>unbekannter Absender</source>
        <translation>unknown sender</translation>
    </message>
</context>
<context>
    <name>SearchableComboBox</name>
    <message>
        <source>(unbekannter oder gelöschter Eintrag)</source>
        <translation>(unknown or deleted entry)</translation>
    </message>
    <message>
        <source>– keine Auswahl –</source>
        <translation>– nothing chosen –</translation>
    </message>
    <message>
        <source>„%1“ neu anlegen …</source>
        <translation>Create “%1” …</translation>
    </message>
    <message>
        <source>„{text}“ steht nicht in der Liste. Bitte einen Eintrag aus der Liste wählen.</source>
        <translation>“{text}” is not in the list. Please choose an entry from the list.</translation>
    </message>
    <message>
        <source>„{text}“ steht nicht in der Liste. Bitte einen Eintrag wählen oder mit Enter „{text}“ neu anlegen.</source>
        <translation>“{text}” is not in the list. Please choose an entry or press Enter to create “{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Übernehmen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Die Einstellungen</source>
        <translation>The settings</translation>
    </message>
    <message>
        <source>Unsere Gruppe(n)</source>
        <translation>Our group(s)</translation>
    </message>
    <message>
        <source>Neue Angebote, Personen und Kontakte gehören zu unserem Helferkreis, und die Übersicht zeigt seine Wiedervorlagen zuerst. Ohne eigenen Helferkreis (z. B. im KI-Büro) wird nichts gefiltert.</source>
        <translation>New offers, persons and contacts belong to our volunteer group, and the overview shows its follow-ups first. Without an own group (e.g. in a KI office) nothing is filtered.</translation>
    </message>
    <message>
        <source>Unsere Helferkreise</source>
        <translation>Our volunteer groups</translation>
    </message>
    <message>
        <source>Helferkreis eintippen …</source>
        <translation>Type a volunteer group …</translation>
    </message>
    <message>
        <source>Helferkreis hinzufügen</source>
        <translation>Add volunteer group</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Anzeige</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Wie das System</source>
        <translation>Like the system</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Eine andere Sprache gilt ab dem nächsten Start von HelferApp.</source>
        <translation>A different language applies from the next start of HelferApp.</translation>
    </message>
    <message>
        <source>Austausch</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Olching</source>
        <translation>e.g. Helferkreis Asyl Olching</translation>
    </message>
    <message>
        <source>Schrift&amp;größe:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>Leer lassen: der Name unseres Helferkreises</source>
        <translation>Leave empty: the name of our volunteer group</translation>
    </message>
    <message>
        <source>A&amp;bsender in Exporten:</source>
        <translation>Se&amp;nder in exports:</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Ein Helferkreis</source>
        <translation>One helper group</translation>
    </message>
    <message>
        <source>Ein Landkreis / eine kreisfreie Stadt</source>
        <translation>One district / independent city</translation>
    </message>
    <message>
        <source>Ein Regierungsbezirk</source>
        <translation>One administrative region</translation>
    </message>
    <message>
        <source>Nur Änderungen seit dem letzten Export</source>
        <translation>Only changes since the last export</translation>
    </message>
    <message>
        <source>&amp;Vorauswahl beim Export:</source>
        <translation>&amp;Preselected for export:</translation>
    </message>
    <message>
        <source>Sicherungen dieser Datenbank</source>
        <translation>Backups of this database</translation>
    </message>
    <message>
        <source>Leer lassen: Ordner „backups“ neben der Datenbank</source>
        <translation>Leave empty: folder “backups” next to the database</translation>
    </message>
    <message>
        <source>&amp;Wählen …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source> Sicherungen</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Au&amp;fheben:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Die Übersicht erinnert, wenn die letzte Kopie auf USB-Stick älter ist (0: nie)</source>
        <translation>The overview reminds you when the last copy on a USB stick is older (0: never)</translation>
    </message>
    <message>
        <source>An &amp;Kopie erinnern nach:</source>
        <translation>R&amp;emind of a copy after:</translation>
    </message>
    <message>
        <source>HelferApp sichert vor jedem Import selbst. Ist der gewählte Ordner nicht erreichbar (z. B. USB-Stick nicht eingesteckt), wird neben der Datenbank gesichert.</source>
        <translation>HelferApp makes a backup before every import by itself. If the chosen folder cannot be reached (e.g. USB stick not plugged in), the backup goes next to the database.</translation>
    </message>
    <message>
        <source>Ordner für Sicherungen</source>
        <translation>Folder for backups</translation>
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>– nicht erfasst –</source>
        <translation>– not recorded –</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <source>%1 Zeilen importiert (%2 davon mit Hinweis), %3 übersprungen.</source>
        <translation>%1 rows imported (%2 of them with a note), %3 skipped.</translation>
    </message>
    <message>
        <source>%1 Zeilen mit Daten, %2 Spalten.</source>
        <translation>%1 rows with data, %2 columns.</translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Enthält:</source>
        <translation>&amp;Contains:</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Tabellenblatt:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Abgebrochen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Beispiele</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>CSV-Datei (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Den Import abbrechen? Die Zuordnung der Spalten geht verloren.</source>
        <translation>Cancel the import? The column mapping will be lost.</translation>
    </message>
    <message>
        <source>Die ersten %1 von %2 Zeilen; %3 davon mit Fehlern (rot markiert, die Erklärung erscheint beim Daraufzeigen).</source>
        <translation>The first %1 of %2 rows; %3 of them with errors (marked red, the explanation appears when pointing at them).</translation>
    </message>
    <message>
        <source>Die importierten Personen haben noch keine Einwilligung – bitte bei jeder Person erfassen.</source>
        <translation>The imported persons have no consent yet – please record it for each person.</translation>
    </message>
    <message>
        <source>Doppelt zugeordnet</source>
        <translation>Assigned twice</translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation>B&amp;rowse …</translation>
    </message>
    <message>
        <source>Eine Excel-Datei (.xlsx) oder CSV-Datei wählen und angeben, was sie enthält.</source>
        <translation>Choose an Excel file (.xlsx) or CSV file and state what it contains.</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Es wurde noch nichts importiert.</source>
        <translation>Nothing has been imported yet.</translation>
    </message>
    <message>
        <source>Fehlt der Helferkreis in einer Zeile, gilt:</source>
        <translation>If a row has no helper group, use:</translation>
    </message>
    <message>
        <source>Für jede Spalte wählen, wohin sie gehört. Vorgeschlagen ist, was die Überschrift nahelegt.</source>
        <translation>For every column choose where it belongs. Suggested is what the heading implies.</translation>
    </message>
    <message>
        <source>Gemeinden mit gleichem Namen – bitte wählen</source>
        <translation>Municipalities with the same name – please choose</translation>
    </message>
    <message>
        <source>Gewählte Datei</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Import &amp;abbrechen</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <source>Jedes Feld bitte nur einer Spalte zuordnen.</source>
        <translation>Please assign each field to one column only.</translation>
    </message>
    <message>
        <source>Liste auswählen</source>
        <translation>Choose list</translation>
    </message>
    <message>
        <source>Liste nicht lesbar</source>
        <translation>List not readable</translation>
    </message>
    <message>
        <source>Liste öffnen</source>
        <translation>Open list</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Spalte %1 übernehmen als</source>
        <translation>Take column %1 as</translation>
    </message>
    <message>
        <source>Spalten zuordnen</source>
        <translation>Assign columns</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Tabelle importieren</source>
        <translation>Import table</translation>
    </message>
    <message>
        <source>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Tables (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Vorschau nicht möglich</source>
        <translation>Preview not possible</translation>
    </message>
    <message>
        <source>Vorschau prüfen</source>
        <translation>Check preview</translation>
    </message>
    <message>
        <source>Zeichensatz %1, getrennt durch „%2“.</source>
        <translation>Character set %1, separated by “%2”.</translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Zeile mit Fehlern</source>
        <translation>Row with errors</translation>
    </message>
    <message>
        <source>Zeilen mit Fehlern &amp;trotzdem importieren – ohne die falschen Werte, mit Hinweis in den Notizen</source>
        <translation>Import rows with errors &amp;anyway – without the wrong values, with a note in the notes</translation>
    </message>
    <message>
        <source>Zeilen mit Fehlern &amp;überspringen</source>
        <translation>&amp;Skip rows with errors</translation>
    </message>
    <message>
        <source>Zeilen werden importiert …</source>
        <translation>Importing rows …</translation>
    </message>
    <message>
        <source>Zuordnung unvollständig</source>
        <translation>Assignment incomplete</translation>
    </message>
    <message>
        <source>Zusammenfassung &amp;speichern (CSV) …</source>
        <translation>&amp;Save summary (CSV) …</translation>
    </message>
    <message>
        <source>Zusammenfassung speichern</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Übernehmen als</source>
        <translation>Take as</translation>
    </message>
    <message>
        <source>– bitte wählen (sonst wird die Zeile übersprungen) –</source>
        <translation>– please choose (otherwise the row is skipped) –</translation>
    </message>
    <message>
        <source>– keiner (Spalte der Liste) –</source>
        <translation>– none (column of the list) –</translation>
    </message>
    <message>
        <source>– nicht übernehmen –</source>
        <translation>– do not take over –</translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <source>Auswahl</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Häufige Einträge zum Ankreuzen</source>
        <translation>Frequent entries to tick</translation>
    </message>
    <message>
        <source>Häufige Einträge auswählen</source>
        <translation>Choose frequent entries</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Papierkorb</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>Der Papierkorb ist leer.</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>Gelöschte Einträge liegen hier, bis der Papierkorb geleert wird. „Wiederherstellen“ (oder Doppelklick) holt einen Eintrag zurück.</source>
        <translation>Deleted entries stay here until the recycle bin is emptied. “Restore” (or a double-click) brings an entry back.</translation>
    </message>
    <message>
        <source>Gelöschte Einträge</source>
        <translation>Deleted entries</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Papierkorb &amp;leeren …</source>
        <translation>Empty the recycle &amp;bin …</translation>
    </message>
    <message>
        <source>Nicht wiederhergestellt</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Wiederhergestellt: %1</source>
        <translation>Restored: %1</translation>
    </message>
    <message numerus="yes">
        <source>Den Papierkorb mit %n Einträgen endgültig leeren?</source>
        <translation>
            <numerusform>Empty the recycle bin with %n entry for good?</numerusform>
            <numerusform>Empty the recycle bin with %n entries for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Papierkorb geleert: %n Einträge</source>
        <translation>
            <numerusform>Recycle bin emptied: %n entry</numerusform>
            <numerusform>Recycle bin emptied: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Namen, Notizen und alle anderen Angaben dieser Einträge werden gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation>Names, notes and all other details of these entries will be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <source>Papierkorb leeren</source>
        <translation>Empty recycle bin</translation>
    </message>
    <message>
        <source>Endgültig &amp;leeren</source>
        <translation>Empty for &amp;good</translation>
    </message>
    <message>
        <source>Papierkorb nicht geleert</source>
        <translation>Recycle bin not emptied</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Datenbank wird umgestellt</source>
        <translation>Converting the database</translation>
    </message>
    <message>
        <source>Die Datenbank „%1“ stammt von einer älteren Version von HelferApp und wird jetzt auf die neue Version umgestellt … Bei vielen Einträgen dauert das bis zu einer Minute.</source>
        <translation>The database “%1” comes from an older version of HelferApp and is now being converted to the new version … With many entries this takes up to a minute.</translation>
    </message>
    <message>
        <source>Zuerst wird eine Sicherung angelegt …</source>
        <translation>First a backup is made …</translation>
    </message>
    <message>
        <source>Fortschritt der Umstellung</source>
        <translation>Progress of the conversion</translation>
    </message>
    <message>
        <source>Die Umstellung lässt sich nicht abbrechen: sie gelingt ganz oder gar nicht. Wird der Computer mittendrin ausgeschaltet, bleibt die Datenbank wie vorher und wird beim nächsten Start umgestellt.</source>
        <translation>The conversion cannot be cancelled: it succeeds completely or not at all. If the computer is switched off halfway, the database stays as it was and is converted at the next start.</translation>
    </message>
    <message>
        <source>Eine Sicherung liegt unter „%1“.</source>
        <translation>A backup is at “%1”.</translation>
    </message>
    <message>
        <source>Sicherung wird angelegt …</source>
        <translation>Making a backup …</translation>
    </message>
    <message>
        <source>Alle Einträge umgestellt. Die Datei wird verkleinert …</source>
        <translation>All entries converted. Making the file smaller …</translation>
    </message>
    <message numerus="yes">
        <source>%1 von %Ln Einträgen umgestellt</source>
        <translation>
            <numerusform>%1 of %Ln entry converted</numerusform>
            <numerusform>%1 of %Ln entries converted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>%1 leeren</source>
        <translation>Clear %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Andere Datei &amp;wählen …</source>
        <translation>Choose another &amp;file …</translation>
    </message>
    <message>
        <source>Datenbank lässt sich nicht öffnen</source>
        <translation>Database cannot be opened</translation>
    </message>
    <message>
        <source>Datenbank wählen oder neu anlegen</source>
        <translation>Choose or create a database</translation>
    </message>
    <message>
        <source>HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation>HelferApp database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Keine Beispieldaten geladen</source>
        <translation>No example data loaded</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ortsteil</source>
        <translation>Part of town</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Geprüft am</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Wer bietet es an</source>
        <translation>Offered by</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gehört zu</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Integrationskonzept</source>
        <translation>Integration concept</translation>
    </message>
    <message>
        <source>Landkreis (Lkr.) oder kreisfreie Stadt</source>
        <translation>Rural district or independent city</translation>
    </message>
    <message>
        <source>KI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation>Municipal integration centre</translation>
    </message>
    <message>
        <source>Konzept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Was dem Kreis zum Ziel noch fehlt</source>
        <translation>What the district still lacks to reach the aim</translation>
    </message>
    <message>
        <source>Bezirk</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Lotsin</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Aktive Angebote je 10.000 Einwohner</source>
        <translation>Active programmes per 10,000 inhabitants</translation>
    </message>
    <message>
        <source>Elementar</source>
        <translation>Early years</translation>
    </message>
    <message>
        <source>Aktive Angebote im Elementarbereich</source>
        <translation>Active programmes in early childhood</translation>
    </message>
    <message>
        <source>Aktive Angebote im Bereich Schule</source>
        <translation>Active programmes in school</translation>
    </message>
    <message>
        <source>Übergang</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Aktive Angebote im Übergang Schule–Beruf</source>
        <translation>Active programmes in school-to-work transition</translation>
    </message>
    <message>
        <source>Aktive Angebote im Querschnitt</source>
        <translation>Active cross-cutting programmes</translation>
    </message>
    <message>
        <source>Gem. ohne</source>
        <translation>Munic. without</translation>
    </message>
    <message>
        <source>Gemeinden ohne aktives Angebot / alle Gemeinden</source>
        <translation>Municipalities without an active programme / all municipalities</translation>
    </message>
    <message>
        <source>KI-Kontakt</source>
        <translation>KI contact</translation>
    </message>
    <message>
        <source>Letzter Kontakt mit einem KI des Kreises</source>
        <translation>Last contact with a KI of the district</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Gelöscht</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>%1 (überfällig)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Kontakt vom</source>
        <translation>Contact of</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Administrative region</translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Integrationslotsin</source>
        <translation>Integration guide</translation>
    </message>
    <message>
        <source>je 10.000 Einw.</source>
        <translation>per 10,000 inh.</translation>
    </message>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Querschnitt</source>
        <translation>Cross-cutting</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source> (nicht gefunden)</source>
        <translation> (not found)</translation>
    </message>
    <message>
        <source>&amp;Neu anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>(noch keine)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Andere Datenbank öffnen</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <source>Austauschdatei importieren</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <source>Datei nicht gefunden</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>Der Stand der Sicherung ist wiederhergestellt.</source>
        <translation>The state of the backup has been restored.</translation>
    </message>
    <message>
        <source>Der vorherige Stand wurde vorher selbst gesichert: %1</source>
        <translation>The previous state was backed up first: %1</translation>
    </message>
    <message>
        <source>Die Datei „%1“ gibt es nicht mehr; sie wurde aus der Liste genommen.</source>
        <translation>The file “%1” no longer exists; it was taken off the list.</translation>
    </message>
    <message>
        <source>Die Datei „%1“ gibt es noch nicht. Eine neue, leere Datenbank anlegen?</source>
        <translation>The file “%1” does not exist yet. Create a new, empty database?</translation>
    </message>
    <message>
        <source>Die Datei „%1“ gibt es schon. Diese Datei öffnen?</source>
        <translation>The file “%1” already exists. Open this file?</translation>
    </message>
    <message>
        <source>Die Sicherung wurde gespeichert (%1).</source>
        <translation>The backup was saved (%1).</translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)</source>
        <translation>HelferApp exchange file (*.helferapp);;All files (*)</translation>
    </message>
    <message>
        <source>HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation>HelferApp database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Keine Sicherung angelegt</source>
        <translation>No backup created</translation>
    </message>
    <message>
        <source>Neue Datenbank</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Neue Datenbank anlegen</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <source>Sicherungskopie geschrieben: %1</source>
        <translation>Backup copy written: %1</translation>
    </message>
    <message>
        <source>Sie wird nicht überschrieben.</source>
        <translation>It will not be overwritten.</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Sicherung angelegt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Gemeinden ohne Angebot: %1 von %2</source>
        <translation>Municipalities without a programme: %1 of %2</translation>
    </message>
    <message>
        <source>Integrationskonzept: %1</source>
        <translation>Integration concept: %1</translation>
    </message>
    <message>
        <source>Integrationslotsin: %1</source>
        <translation>Integration guide: %1</translation>
    </message>
    <message>
        <source>KI bekannt (Stelle %1), Status nicht erfasst</source>
        <translation>KI known (Stelle %1), status not recorded</translation>
    </message>
    <message>
        <source>KI: %1</source>
        <translation>KI: %1</translation>
    </message>
    <message>
        <source>KI: %1 (Status auf der Seite Gebiete erfasst)</source>
        <translation>KI: %1 (status recorded on the Gebiete page)</translation>
    </message>
    <message>
        <source>Karte der Kreise Bayerns</source>
        <translation>Map of the districts of Bavaria</translation>
    </message>
    <message>
        <source>Karte der Kreise Bayerns. Pfeiltasten: nächster oder vorheriger Kreis (alphabetisch), Eingabetaste: Kreis bearbeiten. Die Tabelle daneben enthält dieselben Angaben.</source>
        <translation>Map of Bavaria&apos;s districts. Arrow keys: next or previous district (alphabetical), Enter: edit the district. The table beside it holds the same information.</translation>
    </message>
    <message>
        <source>Letzter Kontakt mit dem KI: %1</source>
        <translation>Last contact with the KI: %1</translation>
    </message>
    <message>
        <source>Lkr.</source>
        <translation>district</translation>
    </message>
    <message>
        <source>Lücken: %1</source>
        <translation>Gaps: %1</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Administrative region</translation>
    </message>
    <message>
        <source>Stadt</source>
        <translation>city</translation>
    </message>
    <message>
        <source>bekannt (Stelle)</source>
        <translation>known (Stelle)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>keiner erfasst</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>KI bekannt (Stelle), Status nicht erfasst</source>
        <translation>KI known (office), status not recorded</translation>
    </message>
    <message>
        <source>kein Angebot</source>
        <translation>no programme</translation>
    </message>
    <message>
        <source>mehr als 0</source>
        <translation>more than 0</translation>
    </message>
    <message>
        <source>unter %1</source>
        <translation>below %1</translation>
    </message>
    <message>
        <source>%1 bis unter %2</source>
        <translation>%1 to below %2</translation>
    </message>
    <message>
        <source>%1 und mehr</source>
        <translation>%1 and more</translation>
    </message>
    <message>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln helper group</numerusform>
            <numerusform>%Ln helper groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aktive Angebote (%1 je 10.000 Einwohner)</source>
        <translation>
            <numerusform>%Ln active programme (%1 per 10,000 inhabitants)</numerusform>
            <numerusform>%Ln active programmes (%1 per 10,000 inhabitants)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>drucken</source>
        <translation>print</translation>
    </message>
    <message>
        <source>gestern %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>heute %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>keine Einwilligung</source>
        <translation>no consent</translation>
    </message>
    <message>
        <source>weitergeben</source>
        <translation>share</translation>
    </message>
    <message>
        <source>widerrufen am %1</source>
        <translation>withdrawn on %1</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Agentur für Arbeit</source>
        <translation>Federal Employment Agency</translation>
    </message>
    <message>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Begegnung</source>
        <translation>Meeting people</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Bündnis</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Elementarbereich</source>
        <translation>Early childhood</translation>
    </message>
    <message>
        <source>Flüchtlingsrat</source>
        <translation>Refugee council</translation>
    </message>
    <message>
        <source>Frauen &amp; Familie</source>
        <translation>Women &amp; family</translation>
    </message>
    <message>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Integrationslotsin</source>
        <translation>Integration guide</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Kita</source>
        <translation>Day-care centre</translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation>Municipal integration centre</translation>
    </message>
    <message>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Federal state</translation>
    </message>
    <message>
        <source>Landratsamt</source>
        <translation>District office</translation>
    </message>
    <message>
        <source>Migrationsberatung</source>
        <translation>Migration advice</translation>
    </message>
    <message>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Qualifizierung für Fachkräfte/Helfende</source>
        <translation>Training for professionals/helpers</translation>
    </message>
    <message>
        <source>Querschnitt</source>
        <translation>Cross-cutting</translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation>Administrative region</translation>
    </message>
    <message>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Schule</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Verein</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Videokonferenz</source>
        <translation>Video conference</translation>
    </message>
    <message>
        <source>Wohlfahrtsverband</source>
        <translation>Welfare association</translation>
    </message>
    <message>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>aktiv (gefördert)</source>
        <translation>active (funded)</translation>
    </message>
    <message>
        <source>an andere Helferkreise weitergeben</source>
        <translation>share with other helper groups</translation>
    </message>
    <message>
        <source>auf Kontaktblatt drucken</source>
        <translation>print on contact sheet</translation>
    </message>
    <message>
        <source>aufgelöst</source>
        <translation>dissolved</translation>
    </message>
    <message>
        <source>bei einem Wohlfahrtsverband</source>
        <translation>with a welfare association</translation>
    </message>
    <message>
        <source>beschlossen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>eingetragener Verein (e. V.)</source>
        <translation>registered association (e. V.)</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>keins</source>
        <translation>none</translation>
    </message>
    <message>
        <source>kirchlich angebunden</source>
        <translation>church-affiliated</translation>
    </message>
    <message>
        <source>kommunal angebunden</source>
        <translation>municipally affiliated</translation>
    </message>
    <message>
        <source>loser Zusammenschluss</source>
        <translation>informal group</translation>
    </message>
    <message>
        <source>persönliches Treffen</source>
        <translation>in-person meeting</translation>
    </message>
    <message>
        <source>ruhend</source>
        <translation>dormant</translation>
    </message>
    <message>
        <source>Übergang Schule–Beruf</source>
        <translation>School-to-work transition</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Angebot</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Anmeldung nötig</source>
        <translation>Registration required</translation>
    </message>
    <message>
        <source>Arbeitsgruppen</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Art der Partnerschaft</source>
        <translation>Kind of partnership</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Bündnispartner</source>
        <translation>Alliance partners</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Einwilligung drucken</source>
        <translation>Consent to print</translation>
    </message>
    <message>
        <source>Einwilligung intern</source>
        <translation>Consent internal</translation>
    </message>
    <message>
        <source>Einwilligung vom</source>
        <translation>Consent of</translation>
    </message>
    <message>
        <source>Einwilligung weitergeben</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am</source>
        <translation>Consent withdrawn on</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Gebietsstatus</source>
        <translation>Area status</translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation>Helper group</translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Integrationskonzept</source>
        <translation>Integration concept</translation>
    </message>
    <message>
        <source>Integrationskonzept vom</source>
        <translation>Integration concept of</translation>
    </message>
    <message>
        <source>Integrationslotsin vorhanden</source>
        <translation>Integration guide exists</translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>KI seit</source>
        <translation>KI since</translation>
    </message>
    <message>
        <source>Kinderbetreuung</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation>Municipal integration centre</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Ortsteil</source>
        <translation>Part of town</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Stellen</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Termine</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Wochentag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation>accessible</translation>
    </message>
    <message>
        <source>endgültig gelöscht</source>
        <translation>deleted for good</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>geprüft am</source>
        <translation>checked on</translation>
    </message>
    <message>
        <source>im Papierkorb</source>
        <translation>in the recycle bin</translation>
    </message>
    <message>
        <source>zusammengeführt mit</source>
        <translation>merged with</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>&amp;Lösen</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Bündnispartner</source>
        <translation>Alliance partners</translation>
    </message>
    <message>
        <source>Bündnispartner verknüpfen</source>
        <translation>Link alliance partner</translation>
    </message>
    <message>
        <source>Die Verknüpfung kommt in den Papierkorb; Strg+Z nimmt das zurück.</source>
        <translation>The link goes to the recycle bin; Ctrl+Z takes that back.</translation>
    </message>
    <message>
        <source>Die Verknüpfung mit „%1“ lösen?</source>
        <translation>Unlink from “%1”?</translation>
    </message>
    <message>
        <source>Kontakt gespeichert: %1</source>
        <translation>Contact saved: %1</translation>
    </message>
    <message>
        <source>Nicht gelöst</source>
        <translation>Not unlinked</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>%1 Wiedervorlagen gespeichert: %2</source>
        <translation>%1 follow-ups saved: %2</translation>
    </message>
    <message>
        <source>%1 Zeilen gespeichert: %2</source>
        <translation>%1 rows saved: %2</translation>
    </message>
    <message>
        <source>%1 vCards gespeichert: %2</source>
        <translation>%1 vCards saved: %2</translation>
    </message>
    <message>
        <source>%1 Personen fehlen in der Tabelle: Sie haben nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation>%1 persons are missing from the table: they did not agree to their data being passed on (or withdrew their consent).</translation>
    </message>
    <message>
        <source>%1 Personen fehlen in der vCard-Datei: Sie haben nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation>%1 persons are missing from the vCard file: they did not agree to their data being passed on (or withdrew their consent).</translation>
    </message>
    <message>
        <source>1 Person fehlt in der Tabelle: Sie hat nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation>1 person is missing from the table: they did not agree to their data being passed on (or withdrew their consent).</translation>
    </message>
    <message>
        <source>1 Person fehlt in der vCard-Datei: Sie hat nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation>1 person is missing from the vCard file: they did not agree to their data being passed on (or withdrew their consent).</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Angebotsübersicht: %1</source>
        <translation>Programme overview: %1</translation>
    </message>
    <message>
        <source>Angebotsübersicht: ganz Bayern</source>
        <translation>Programme overview: all of Bavaria</translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts zu drucken.</source>
        <translation>There is nothing to print on this page.</translation>
    </message>
    <message>
        <source>Aushang (eine Seite, große Schrift): %1</source>
        <translation>Notice (one page, large print): %1</translation>
    </message>
    <message>
        <source>Bericht nicht erstellt</source>
        <translation>Report not created</translation>
    </message>
    <message>
        <source>Bericht nicht gespeichert</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>Bericht wird erstellt</source>
        <translation>Creating report</translation>
    </message>
    <message>
        <source>Bitte zuerst die Seite „Personen“ öffnen und Personen auswählen (oder filtern).</source>
        <translation>Please open the page “Persons” first and choose persons (or filter).</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Seite mit einer Tabelle öffnen.</source>
        <translation>Please open a page with a table first.</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Einige Zeichen hat keine mitgelieferte Schrift; sie sind im PDF als � gedruckt:
%1</source>
        <translation>Some characters are in none of the bundled fonts; they are printed as � in the PDF:
%1</translation>
    </message>
    <message>
        <source>Es gibt keine offenen Wiedervorlagen.</source>
        <translation>There are no open follow-ups.</translation>
    </message>
    <message>
        <source>Excel-Datei (*.xlsx);;CSV für Excel (*.csv)</source>
        <translation>Excel file (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Filter: „%1“</source>
        <translation>Filter: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Gespeichert: %1 (%n Seiten)</source>
        <translation>
            <numerusform>Saved: %1 (%n page)</numerusform>
            <numerusform>Saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tabelle wie angezeigt (%Ln Einträge)</source>
        <translation>
            <numerusform>Table as shown (%Ln entry)</numerusform>
            <numerusform>Table as shown (%Ln entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Helferkreis-Profil: %1</source>
        <translation>Helper group profile: %1</translation>
    </message>
    <message>
        <source>Kalender-Datei (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Keine der gewählten Personen hat der Weitergabe zugestimmt.</source>
        <translation>None of the chosen persons agreed to sharing.</translation>
    </message>
    <message>
        <source>Kontaktblatt: %1</source>
        <translation>Contact sheet: %1</translation>
    </message>
    <message>
        <source>Kontaktprotokoll: %1</source>
        <translation>Contact log: %1</translation>
    </message>
    <message>
        <source>Nicht exportiert</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tabelle exportieren</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Versorgungsbericht: ganz Bayern</source>
        <translation>Coverage report: all of Bavaria</translation>
    </message>
    <message>
        <source>Wiedervorlagen als Kalender</source>
        <translation>Follow-ups as calendar</translation>
    </message>
    <message>
        <source>Zeichen ersetzt</source>
        <translation>Characters replaced</translation>
    </message>
    <message>
        <source>vCard-Datei (*.vcf)</source>
        <translation>vCard file (*.vcf)</translation>
    </message>
    <message>
        <source>vCards speichern</source>
        <translation>Save vCards</translation>
    </message>
    <message>
        <source>„%1“: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>%1 wurde geändert, aber noch nicht gespeichert.</source>
        <translation>%1 was changed but not saved yet.</translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Die Datei ließ sich nicht schreiben. %1 Bitte einen anderen Ort wählen.</source>
        <translation>The file could not be written. %1 Please choose another place.</translation>
    </message>
    <message>
        <source>Möchten Sie die Änderungen speichern?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>refresh</name>
    <message>
        <source>Rückgängig ist nach einem Import nicht mehr möglich.</source>
        <translation>Undo is no longer possible after an import.</translation>
    </message>
    <message>
        <source>Rückgängig ist nach dem Zurückholen aus dem Import-Protokoll nicht mehr möglich.</source>
        <translation>Undo is no longer possible after restoring values from the import journal.</translation>
    </message>
    <message>
        <source>Rückgängig ist nach dem Zusammenführen von Dubletten nicht mehr möglich.</source>
        <translation>Undo is no longer possible after merging duplicates.</translation>
    </message>
</context>
<context>
    <name>related</name>
    <message>
        <source>Angebote</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Noch keine Angebote.</source>
        <translation>No programmes yet.</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Noch keine Ansprechpersonen.</source>
        <translation>No contact persons yet.</translation>
    </message>
    <message>
        <source>Bündnispartner</source>
        <translation>Alliance partners</translation>
    </message>
    <message>
        <source>Noch keine Bündnispartner.</source>
        <translation>No alliance partners yet.</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Noch keine Kontakte.</source>
        <translation>No contacts yet.</translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation>Helper groups</translation>
    </message>
    <message>
        <source>Noch mit keinem Helferkreis verknüpft.</source>
        <translation>Not linked to any helper group yet.</translation>
    </message>
    <message>
        <source>Helferkreise hier</source>
        <translation>Helper groups here</translation>
    </message>
    <message>
        <source>Hier ist noch kein Helferkreis eingetragen.</source>
        <translation>No helper group is recorded here yet.</translation>
    </message>
    <message>
        <source>Stellen hier</source>
        <translation>Offices here</translation>
    </message>
    <message>
        <source>Hier ist noch keine Stelle eingetragen.</source>
        <translation>No office is recorded here yet.</translation>
    </message>
    <message>
        <source>Verknüpfte Einträge</source>
        <translation>Linked entries</translation>
    </message>
</context>
<context>
    <name>table_commands</name>
    <message>
        <source>Alle Angaben zu der Person wurden gelöscht.</source>
        <translation>All details of the person have been deleted.</translation>
    </message>
    <message>
        <source>Keine Auskunft möglich</source>
        <translation>No information possible</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>%1 „%2“ angelegt</source>
        <translation>%1 “%2” created</translation>
    </message>
    <message>
        <source>%1 „%2“ gespeichert</source>
        <translation>%1 “%2” saved</translation>
    </message>
    <message>
        <source>%1 „%2“ in den Papierkorb gelegt</source>
        <translation>%1 “%2” moved to the recycle bin</translation>
    </message>
    <message>
        <source>%1 „%2“ wiederhergestellt</source>
        <translation>%1 “%2” restored</translation>
    </message>
</context>
</TS>
