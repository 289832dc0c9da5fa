<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <source>app</source>
        <comment>Datenbank lässt sich nicht öffnen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>Andere Datei &amp;wählen …</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>&amp;Beenden</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>Datenbank wählen oder neu anlegen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app</source>
        <comment>HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekannt (Stelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI bekannt (Stelle %1), Status nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI: %1 (Status auf der Seite Gebiete erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lkr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskonzept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden ohne Angebot: %1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Kontakt mit dem KI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keiner erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über HelferApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwaltung für ehrenamtliche Helferkreise in Bayern – offline, ohne Konto, ohne Internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Sie dürfen das Programm weitergeben und verändern; es kommt ohne jede Gewährleistung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitgelieferte Schriften und Bibliotheken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu-Schriften (Bitstream-Vera-Lizenz, frei weitergebbar) · Noto Sans Arabic und Noto Sans Ethiopic (© Google, SIL Open Font License 1.1) · Qt und PySide6 (LGPL-3.0) · Python (PSF-Lizenz) · SQLAlchemy, Alembic, platformdirs, openpyxl, email-validator (MIT) · reportlab (BSD) · python-bidi (LGPL-3.0) · uharfbuzz (Apache-2.0) mit HarfBuzz (MIT) · cryptography (Apache-2.0/BSD) · phonenumbers (Apache-2.0) · RapidFuzz (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daten der Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebaut mit Qt %1 (PySide6 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema-Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Austauschordner …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dubletten suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakt erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen (Papierkorb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabelle importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PDF spei&amp;chern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere Datenbank ö&amp;ffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien der Helferkreise sammeln, zusammenführen und zurückgeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien eines &amp;Landkreises zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den geöffneten Eintrag in den Papierkorb legen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den geöffneten Eintrag speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Liste der zuletzt geöffneten leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Tabelle oder einen Bericht als PDF-Datei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Tabelle oder einen Bericht zum gewählten Eintrag drucken (mit Vorschau)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die angezeigte Tabelle mit ihrem Filter für Excel oder LibreOffice speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die letzte Änderung zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelt erfasste Personen, Helferkreise, Stellen finden und zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein&amp;stellungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Austauschdatei einlesen (mit Vorschau vor jeder Änderung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Austauschdatei für andere Helferkreise oder das KI schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Excel- oder CSV-Liste als Personen, Angebote, Stellen … übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kopie der Datenbank an einem anderen Ort speichern (z. B. USB-Stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kopie der Datenbank im Ordner „backups“ speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine andere HelferApp-Datei öffnen, z. B. von einem USB-Stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine neue, leere HelferApp-Datei anlegen, z. B. für die echte Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Kontakt ins Kontaktprotokoll eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen früheren Stand aus einer Sicherung zurückholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen neuen Eintrag auf der aktuellen Seite anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Personen fürs Adressbuch speichern (nur mit Einwilligung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import-&amp;Protokoll …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins Filter- oder Suchfeld springen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurze Hilfe: was wo ist, und die Tastenkürzel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste &amp;leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue &amp;Datenbank …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen als Kalender-Datei (.ics) speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen als &amp;vCard …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift &amp;normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten wechseln</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherun&amp;g anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wieder&amp;herstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlagen als &amp;Kalender …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber HelferApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung auf &amp;USB-Stick / in einen Ordner …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache, Schriftgröße, Absender, Sicherungen und Export-Vorauswahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen / &amp;Filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle e&amp;xportieren (Excel/CSV) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werte, die ein Import überschrieben hat, ansehen und zurückholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über einen gemeinsamen Ordner (Nextcloud, Netzlaufwerk) austauschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Uhrzeit prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank lässt sich nicht öffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCopyDialog</name>
    <message>
        <source>Sicherung auf USB-Stick / in einen Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die automatischen Sicherungen liegen auf derselben Festplatte wie die Datenbank. Eine Kopie auf einem USB-Stick oder in einem anderen Ordner (Netzlaufwerk, Cloud-Ordner) bleibt, wenn der Laptop kaputtgeht. Wiederherstellen: Datei → Sicherung wiederherstellen → Andere Datei, oder beim ersten Start auf einem neuen Rechner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es wurde noch keine Kopie an einem anderen Ort gemacht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte Kopie: %1 in „%2“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. den USB-Stick wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für die Kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit &amp;Passwort schützen (falls der Stick verloren geht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort &amp;wiederholen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kopie schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte einen Ordner wählen, z. B. den USB-Stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte ein Passwort eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die beiden Passwörter sind verschieden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ ist mit einem Passwort geschützt. Passwort:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcher Stand soll zurückgeholt werden? Der jetzige Stand wird vorher automatisch gesichert, Sie können also nichts verlieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für diese Datenbank gibt es noch keine Sicherungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen, neueste zuerst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere &amp;Datei wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Sicherung (*.sqlite3 *.helferapp-sicherung);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Die Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung von {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktdaten einer Person dürfen nur so genutzt werden, wie sie es erlaubt hat. Bitte eintragen, wann die Person zugestimmt hat und wozu:
• intern: nur im eigenen Helferkreis nutzen,
• weitergeben: an andere Helferkreise und Stellen (z. B. beim Austausch),
• drucken: auf Kontaktblättern und Aushängen.
Widerruft die Person ihre Einwilligung, hier „Widerrufen“ wählen. Dann werden ihre Kontaktdaten nicht mehr weitergegeben oder gedruckt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erteilt am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erteilt am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Person erlaubt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlaubt: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerruf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widerrufen am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung wurde widerrufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerrufen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerrufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Person hat ihre Einwilligung zurückgenommen (Datum: heute, änderbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte das Datum des Widerrufs eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Person kann so nicht gespeichert werden:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Einwilligung vom {date}, aber für keinen Zweck – Kontaktdaten werden nicht weitergegeben oder gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung vom {date}: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am {date} – Kontaktdaten werden nicht weitergegeben oder gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Einwilligung – Kontaktdaten werden nicht weitergegeben oder gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht: {denied}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weitergeben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern (Strg+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der neue Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit welcher Stelle? Name eintippen, z. B. KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcher Helferkreis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional – Personen der gewählten Stelle / des Helferkreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Sprachkurse im Herbst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, nichts mehr zu tun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 2 Wochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage {when} ab heute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktprotokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Kontakte — Strg+K erfasst einen, von überall aus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Integrationskonzept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote je 10.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote Elementarbereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote Übergang Schule–Beruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alle Kreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne KI (Stand „keins“)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Integrationskonzept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Angebot Elementarbereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Angebot Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Angebot Übergang Schule–Beruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne KI-Kontakt seit über 6 Monaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit irgendeiner Lücke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versorgung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesen Eintrag in den Papierkorb legen (Entf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In den &amp;Papierkorb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen speichern (Strg+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen zurücknehmen, nichts speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>%1 wahrscheinliche Dubletten, die wahrscheinlichsten zuerst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen unter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zusammenführen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behalten: &amp;links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behalten: &amp;rechts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubletten suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einträge werden verglichen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für jedes Feld, das sich unterscheidet, den Wert wählen, der bleiben soll. Der andere Eintrag kommt in den Papierkorb; alles, was auf ihn verweist, zeigt danach auf den behaltenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gefundene Dubletten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine wahrscheinlichen Dubletten gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht zusammengeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suche nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wahrscheinlich gleich mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ähnlichkeit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumComboBox</name>
    <message>
        <source>– keine Angabe –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da ist etwas schiefgegangen, womit HelferApp nicht gerechnet hat.

Alles, was Sie vorher gespeichert haben, ist sicher. Die letzte Aktion wurde vielleicht nicht ausgeführt – bitte prüfen Sie das und versuchen Sie es noch einmal.

Wenn der Fehler wiederkommt: „Details kopieren“ drücken und die Details an die Person schicken, die Ihnen mit HelferApp hilft. Sie stehen auch in der Datei %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiert ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFolder</name>
    <message>
        <source>Das Passwort des Austauschordners fehlt. Bitte unter Datei → Austauschordner … eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das gemeinsame Passwort eures Netzes (wird für diese Sitzung gemerkt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Austausch ist unerwartet fehlgeschlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort des Austauschordners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFolderDialog</name>
    <message>
        <source>%1 (diese Installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jetzt austauschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dateien, die nicht gelesen werden konnten&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wer hat wann zuletzt ausgetauscht&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch läuft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Passwort wird im Schlüsselbund des Systems gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei geschrieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien, die nicht gelesen werden konnten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einstellungen des Austauschordners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieses System hat keinen Schlüsselbund: das Passwort gilt nur bis zum Beenden und wird beim nächsten Start einmal abgefragt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Datei beim Beenden schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Datei nach jeder Änderung schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Ordner, den alle im Netz teilen (Nextcloud, Syncthing, Netzlaufwerk oder ein USB-Stick). HelferApp legt dort die eigene Austauschdatei ab und führt die Dateien der anderen automatisch zusammen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konfliktkopien des Synchronisationsprogramms (schon zusammengeführt, sie können gelöscht werden): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Austausch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch kein Austausch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unser Netz verwendet ein gemeinsames Passwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer hat wann zuletzt ausgetauscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt übernommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gespeichert – zum Ändern neu eingeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Ordner gewählt – Austausch aus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatus</name>
    <message>
        <source>Austausch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch: Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch: Vorschau nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch: noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klicken für Einzelheiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Austausch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Austausch: %n Dateien nicht lesbar</source>
        <translation>
            <numerusform>Austausch: %n Datei nicht lesbar</numerusform>
            <numerusform>Austausch: %n Dateien nicht lesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Absender (wer schickt die Datei?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Personen kommen mit, auch ohne Einwilligung zur Weitergabe.
Diese Datei darf den Helferkreis nicht verlassen – bitte mit Passwort schützen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte angeben, wohin die Datei geschrieben werden soll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte ein Passwort eingeben oder den Passwortschutz abwählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Passwort bitte auf anderem Weg weitergeben (z. B. telefonisch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei mit einem &amp;Passwort schützen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei wird geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein &amp;Helferkreis mit seinen Einträgen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein &amp;Regierungsbezirk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Land&amp;kreis / eine kreisfreie Stadt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfänger der Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für andere Helferkreise oder das KI (empfohlen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für eine ältere HelferApp-&amp;Version schreiben (Format 1.0, größere Datei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für wen ist die Datei?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert in {path}:
{parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis für den Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis oder kreisfreie Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur für unsere eigenen Geräte (intern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur nötig, wenn der Empfänger meldet, die Datei stamme aus einer neueren Version von HelferApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Ä&amp;nderungen seit dem letzten Export an:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen kommen nur mit, wenn sie der Weitergabe ihrer
Kontaktdaten zugestimmt haben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was soll in die Datei?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederholen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zieldatei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Olching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. KI Landkreis Dachau</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Angebote</source>
        <translation>
            <numerusform>%Ln Angebot</numerusform>
            <numerusform>%Ln Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Bündnispartnerschaften</source>
        <translation>
            <numerusform>%Ln Bündnispartnerschaft</numerusform>
            <numerusform>%Ln Bündnispartnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Gebiete mit Status</source>
        <translation>
            <numerusform>%Ln Gebiet mit Status</numerusform>
            <numerusform>%Ln Gebiete mit Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln Helferkreis</numerusform>
            <numerusform>%Ln Helferkreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Kontakte</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen ohne Einwilligung zur Weitergabe weggelassen.</source>
        <translation>
            <numerusform>%Ln Person ohne Einwilligung zur Weitergabe weggelassen.</numerusform>
            <numerusform>%Ln Personen ohne Einwilligung zur Weitergabe weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Stellen</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Än&amp;dern …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldOfActionPicker</name>
    <message>
        <source>Handlungsfeld {field} (KI-Bereich {area})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Willkommen bei HelferApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für welchen Helferkreis arbeiten Sie mit HelferApp? Neue Angebote, Personen und Kontakte werden ihm zugeordnet, und die Übersicht zeigt seine Wiedervorlagen zuerst. Ändern lässt sich das später unter Einstellungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unser Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuen Helferkreis anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Olching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des Helferkreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeinde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional – Gemeinde eintippen, z. B. Olching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde des Helferkreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorhandenen wählen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorhandener Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kein eigener Helferkreis (z. B. im KI-Büro) – nichts wird gefiltert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur ausprobieren? Die Beispieldaten liegen in einer eigenen Datei. Neuer Rechner? Eine Sicherungskopie vom USB-Stick zurückholen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispiel&amp;daten ansehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispieldaten ansehen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus Sicherungskopie &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungskopie wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Sicherung (*.sqlite3 *.helferapp-sicherung);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo der Helferkreis arbeitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ortsteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeitsgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt geprüft am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Gersthofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls nur in einem Ortsteil, z. B. Hirblingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Komma getrennt, z. B. Deutschkurs, Fahrdienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.beispiel.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann wurden diese Angaben zuletzt überprüft?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Helferkreise — Strg+N legt einen an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnispartner hin&amp;zufügen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hilfe – HelferApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilfetext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zahlen, fällige Wiedervorlagen, zuletzt Geändertes und eine Suche über alles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Gruppen; rechts darunter ihre Angebote, Personen, Bündnispartner und Kontakte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was Helferkreise und Stellen anbieten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen &amp; KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ämter, Beratungsstellen, Kommunale Integrationszentren – und mit wem sie arbeiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen mit ihrer Einwilligung (rot: keine Einwilligung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Kontaktprotokoll mit Wiedervorlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreise und Gemeinden: Integrationskonzept und KI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papierkorb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelöschtes – wiederherstellen oder endgültig leeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versorgung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte und Tabelle der Kreise: wo Konzept, KI oder Angebote fehlen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links eine Seite wählen, oben im Filterfeld ein paar Buchstaben tippen („muller“ findet auch „Müller“).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Eintrag in der Tabelle anklicken: rechts erscheint das Formular. Ändern, dann „Speichern“ (Strg+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etwas falsch gemacht? Strg+Z nimmt die letzte Änderung zurück. Gelöschtes liegt im Papierkorb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protokoll anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispieldaten importieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei enthält nichts Neues – alles ist schon vorhanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gab nichts Neues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich habe die Uhrzeiten geprüft und will die Datei trotzdem einlesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In dieser echten Datenbank würden sie mit den echten Einträgen vermischt und mit jedem Export weitergegeben. Normalerweise: Abbrechen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trotzdem &amp;importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was sich ändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert aus der Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werte, die überschrieben würden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbekannter Absender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Änderungen durch den Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ ist mit einem Passwort geschützt. Passwort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ stammt aus einer Beispieldatenbank: erfundene Helferkreise, Personen und Kontakte zum Ausprobieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ wird eingelesen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… und {n} weitere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Werte hier würden durch neuere aus der Datei ersetzt. Sie bleiben im Import-Protokoll und lassen sich dort zurückholen:</source>
        <translation>
            <numerusform>%Ln Wert hier würde durch einen neueren aus der Datei ersetzt. Er bleibt im Import-Protokoll und lässt sich dort zurückholen:</numerusform>
            <numerusform>%Ln Werte hier würden durch neuere aus der Datei ersetzt. Sie bleiben im Import-Protokoll und lassen sich dort zurückholen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Werte wurden durch neuere ersetzt. Im Import-Protokoll lassen sie sich zurückholen.</source>
        <translation>
            <numerusform>%Ln Wert wurde durch einen neueren ersetzt. Im Import-Protokoll lässt er sich zurückholen.</numerusform>
            <numerusform>%Ln Werte wurden durch neuere ersetzt. Im Import-Protokoll lassen sie sich zurückholen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Datei von: %1 · %Ln Einträge · noch wurde nichts verändert.</source>
        <translation>
            <numerusform>Datei von: %1 · %Ln Eintrag · noch wurde nichts verändert.</numerusform>
            <numerusform>Datei von: %1 · %Ln Einträge · noch wurde nichts verändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source> (wiederhergestellt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier stehen alle Werte, die ein Import überschrieben hat. Mit „Wiederherstellen“ gilt wieder der alte Wert – auch beim nächsten Austausch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import-Protokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Import hat bisher Werte überschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschriebene Werte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen &amp; KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papierkorb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versorgung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Eintrag ist nicht (mehr) vorhanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt nichts rückgängig zu machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig gemacht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – HelferApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispieldaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispieldaten – zum Ausprobieren. Echte Arbeit gehört in eine eigene Datenbank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Datenbank &amp;anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Angebote</source>
        <translation>
            <numerusform>%Ln Angebot</numerusform>
            <numerusform>%Ln Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln Helferkreis</numerusform>
            <numerusform>%Ln Helferkreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Kontakte</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Stellen</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zuletzt geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum im Kalender auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender öffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <source>„{text}“ ist keine gültige Uhrzeit. Bitte so eingeben: 18:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde oder Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Kommunales Integrationszentrum Landkreis Augsburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für welches Gebiet ist die Stelle zuständig? Name eintippen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.beispiel.de</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Stellen &amp; KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen &amp; Kommunale Integrationszentren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Stellen — Strg+N legt eine an (z. B. das KI Ihres Landkreises).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis ver&amp;knüpfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gemeinsame Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gemeinsames Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnispartner (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zur Seite „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In allen Einträgen suchen – z. B. einen Namen, ein Thema, einen Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In allen Einträgen suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchergebnisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsere offenen Wiedervorlagen (nächste 14 Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen (nächste 14 Tage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: die %2 dringendsten von %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Angebote</source>
        <translation>
            <numerusform>%Ln Angebot</numerusform>
            <numerusform>%Ln Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln Helferkreis</numerusform>
            <numerusform>%Ln Helferkreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Kontakte</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Personen</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Stellen</source>
        <translation>
            <numerusform>%Ln Stelle</numerusform>
            <numerusform>%Ln Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Alle zeigen, auch die anderer Helferkreise (%n weitere)</source>
        <translation>
            <numerusform>&amp;Alle zeigen, auch die anderer Helferkreise (%n weitere Wiedervorlage)</numerusform>
            <numerusform>&amp;Alle zeigen, auch die anderer Helferkreise (%n weitere Wiedervorlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Alle zeigen, auch die anderer Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus: nur die Wiedervorlagen unseres Helferkreises (und unsere ohne Helferkreis). An: alle, z. B. aus importierten Dateien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipp: Es gibt noch keine Sicherungskopie außerhalb dieses Rechners. Geht die Festplatte kaputt, wäre alles weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tipp: Die letzte Sicherungskopie außerhalb dieses Rechners ist vom %1 – älter als %n Tage.</source>
        <translation>
            <numerusform>Tipp: Die letzte Sicherungskopie außerhalb dieses Rechners ist vom %1 – älter als %n Tag.</numerusform>
            <numerusform>Tipp: Die letzte Sicherungskopie außerhalb dieses Rechners ist vom %1 – älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auf &amp;USB-Stick sichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offene Wiedervorlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die gewählte Wiedervorlage als erledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Wiedervorlagen fällig. Beim Erfassen eines Kontakts (Strg+K) lässt sich ein Datum für die Wiedervorlage eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt geänderte Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nichts geändert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Ersten Helferkreis anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Helferkreise — Strg+N legt einen an.
Danach unter „Angebote“ eintragen, was der Helferkreis anbietet, und unter „Personen“ die Ansprechpersonen mit ihrer Einwilligung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Angebote — auf der Seite „Angebote“ legt Strg+N eines an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Stellen — unter „Stellen &amp; KI“ z. B. das Kommunale Integrationszentrum Ihres Landkreises eintragen (Strg+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts gefunden für „%1“.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Neues A&amp;ngebot …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue P&amp;erson …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontakt erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verknüpfung &amp;lösen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipForm</name>
    <message>
        <source>Bündnispartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Partnerschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis eintippen oder auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle eintippen oder auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeicherte Partner lassen sich nicht tauschen – bitte neu anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aufgabe / Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehört zu Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oder zu Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Koordinatorin, Integrationslotsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis eintippen oder auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle eintippen oder auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@beispiel.de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfassen/ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfassen oder ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte die Person zuerst speichern, dann die Einwilligung erfassen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansprechpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Personen — Strg+N legt eine an.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>z. B. 08141 123456</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>&amp;Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zweite Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Drucker ließ sich nicht öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte &amp;von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau des Berichts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was soll gedruckt werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine (nur Deutsch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Seiten</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Alle Angaben &amp;löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Angaben löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Angaben zu dieser Person sind gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Angaben zu „%1“ werden endgültig gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;JSON speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft: alles, was hier über diese Person gespeichert ist. Als PDF zum Aushändigen oder als JSON-Datei speichern. Löschen entfernt alle Angaben endgültig, auch bei den anderen Helferkreisen nach dem nächsten Austausch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das lässt sich nicht rückgängig machen. Die Löschung wird mit dem nächsten Export an die anderen Geräte weitergegeben. Sicherungen enthalten die Daten, bis sie durch neuere ersetzt sind (die letzten zehn werden behalten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenschutz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endgültig &amp;löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeicherte Angaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeicherte Angaben zur Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-Datei (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von Importen überschriebene Werte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammengeführte Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für wen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gut zu wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wochentag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhrzeit von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhrzeit bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termine (frei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderbetreuung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrierefrei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Deutschkurs für Anfängerinnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcher Helferkreis macht das Angebot? (Name eintippen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oder welche Stelle? (Name eintippen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Frauen mit kleinen Kindern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Komma getrennt, z. B. Deutsch, Arabisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Pfarrheim St. Peter, Hauptstraße 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde eintippen, z. B. Gersthofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. jeden ersten Samstag im Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. kostenlos, 2 € pro Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wird angeboten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, barrierefrei zugänglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neues Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Angebote — Strg+N legt eines an.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCreateDialog</name>
    <message>
        <source>Neuen Helferkreis anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Stelle anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Person anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der neue Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>(ohne Namen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Eingabe in „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Bitte die markierten Angaben prüfen – es wurde noch nichts gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Pflichtangabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source> – geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 „%2“ in den Papierkorb legen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus dem Papierkorb lässt sich alles wiederherstellen (auch mit Strg+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen neuen Eintrag anlegen (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter für %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In den &amp;Papierkorb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In den Papierkorb gelegt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links einen Eintrag auswählen – oder mit Strg+N „%1“ anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert: bitte die markierten Felder prüfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts gefunden für „%1“.
Esc im Filterfeld zeigt wieder alle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tippen zum Filtern (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Einträge</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionListEditor</name>
    <message>
        <source>– Gemeinde hinzufügen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde suchen und hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die markierte Gemeinde aus der Liste nehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Gemeinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionStatusForm</name>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskonzept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum (KI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreis oder Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geprüft am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name eintippen, z. B. Landkreis Augsburg oder Gersthofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Internetseite des Landratsamts, Telefonat mit dem KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann beschlossen (oder seit wann in Arbeit)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seit wann gibt es das KI (oder seit wann ist es geplant)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand des Integrationskonzepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Integrationskonzepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand des KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte den Stand wählen – auch „keins“ ist eine Angabe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Gebiete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiete: Integrationskonzept und KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status eines Gebiets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Gebiete gefunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – noch kein Status erfasst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundTripDialog</name>
    <message>
        <source>%1 Dateien zusammengeführt, die Datei für alle ist geschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Werte hier würden durch neuere ersetzt (bleiben im Import-Protokoll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – nicht lesbar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 neu, %3 geändert, %4 gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liste leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regierungsbezirk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speicherort …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurückgeben für:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Die Austauschdateien der Helferkreise hinzufügen. 2. Die gemeinsame Vorschau prüfen. 3. Zusammenführen und die Datei für alle schreiben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gemeinsame Vorschau&lt;/b&gt; (noch wurde nichts verändert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschdateien wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien &amp;hinzufügen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateien eines Landkreises zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Dateien werden geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Dateien werden zusammengeführt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Dateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Dateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land&amp;kreis / Stadt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schl&amp;ießen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurückgeben für (wofür die Datei zurückgeht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammen&amp;führen und Datei schreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alles Zusammengeführte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%2: %Ln Einträge, davon %4 neu/geändert (%1)</source>
        <translation>
            <numerusform>%2: %Ln Eintrag, davon %4 neu/geändert (%1)</numerusform>
            <numerusform>%2: %Ln Einträge, davon %4 neu/geändert (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nicht zusammengeführt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts Neues in diesen Dateien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Dateien gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner mit Austauschdateien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammengeführte Datei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>einen Landkreis / eine kreisfreie Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>einen Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbekannter Absender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchableComboBox</name>
    <message>
        <source>(unbekannter oder gelöschter Eintrag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keine Auswahl –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ neu anlegen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{text}“ steht nicht in der Liste. Bitte einen Eintrag aus der Liste wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{text}“ steht nicht in der Liste. Bitte einen Eintrag wählen oder mit Enter „{text}“ neu anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsere Gruppe(n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Angebote, Personen und Kontakte gehören zu unserem Helferkreis, und die Übersicht zeigt seine Wiedervorlagen zuerst. Ohne eigenen Helferkreis (z. B. im KI-Büro) wird nichts gefiltert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsere Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis eintippen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzeige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie das System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine andere Sprache gilt ab dem nächsten Start von HelferApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austausch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Helferkreis Asyl Olching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;fheben:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;Kopie erinnern nach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift&amp;größe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer lassen: der Name unseres Helferkreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bsender in Exporten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Landkreis / eine kreisfreie Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Änderungen seit dem letzten Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorauswahl beim Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen dieser Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leer lassen: Ordner „backups“ neben der Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Übersicht erinnert, wenn die letzte Kopie auf USB-Stick älter ist (0: nie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp sichert vor jedem Import selbst. Ist der gewählte Ordner nicht erreichbar (z. B. USB-Stick nicht eingesteckt), wird neben der Datenbank gesichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für Sicherungen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCombo</name>
    <message>
        <source>– nicht erfasst –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <source>%1 Zeilen importiert (%2 davon mit Hinweis), %3 übersprungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Zeilen mit Daten, %2 Spalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enthält:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabellenblatt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiter &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgebrochen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispiele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-Datei (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Import abbrechen? Die Zuordnung der Spalten geht verloren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die ersten %1 von %2 Zeilen; %3 davon mit Fehlern (rot markiert, die Erklärung erscheint beim Daraufzeigen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die importierten Personen haben noch keine Einwilligung – bitte bei jeder Person erfassen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelt zugeordnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durch&amp;suchen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Excel-Datei (.xlsx) oder CSV-Datei wählen und angeben, was sie enthält.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es wurde noch nichts importiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehlt der Helferkreis in einer Zeile, gilt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für jede Spalte wählen, wohin sie gehört. Vorgeschlagen ist, was die Überschrift nahelegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden mit gleichem Namen – bitte wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählte Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jedes Feld bitte nur einer Spalte zuordnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste nicht lesbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalte %1 übernehmen als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalten zuordnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeichensatz %1, getrennt durch „%2“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile mit Fehlern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen mit Fehlern &amp;trotzdem importieren – ohne die falschen Werte, mit Hinweis in den Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen mit Fehlern &amp;überspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeilen werden importiert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuordnung unvollständig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung &amp;speichern (CSV) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernehmen als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– bitte wählen (sonst wird die Zeile übersprungen) –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– keiner (Spalte der Liste) –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht übernehmen –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <source>Auswahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Häufige Einträge zum Ankreuzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Häufige Einträge auswählen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Papierkorb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Papierkorb ist leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelöschte Einträge liegen hier, bis der Papierkorb geleert wird. „Wiederherstellen“ (oder Doppelklick) holt einen Eintrag zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelöschte Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papierkorb &amp;leeren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederhergestellt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Den Papierkorb mit %n Einträgen endgültig leeren?</source>
        <translation>
            <numerusform>Den Papierkorb mit %n Eintrag endgültig leeren?</numerusform>
            <numerusform>Den Papierkorb mit %n Einträgen endgültig leeren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Papierkorb geleert: %n Einträge</source>
        <translation>
            <numerusform>Papierkorb geleert: %n Eintrag</numerusform>
            <numerusform>Papierkorb geleert: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Namen, Notizen und alle anderen Angaben dieser Einträge werden gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papierkorb leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endgültig &amp;leeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papierkorb nicht geleert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Datenbank wird umgestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank „%1“ stammt von einer älteren Version von HelferApp und wird jetzt auf die neue Version umgestellt … Bei vielen Einträgen dauert das bis zu einer Minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuerst wird eine Sicherung angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortschritt der Umstellung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Umstellung lässt sich nicht abbrechen: sie gelingt ganz oder gar nicht. Wird der Computer mittendrin ausgeschaltet, bleibt die Datenbank wie vorher und wird beim nächsten Start umgestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Sicherung liegt unter „%1“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wird angelegt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Einträge umgestellt. Die Datei wird verkleinert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 von %Ln Einträgen umgestellt</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag umgestellt</numerusform>
            <numerusform>%1 von %Ln Einträgen umgestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>%1 leeren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>&amp;Beenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere Datei &amp;wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank lässt sich nicht öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank wählen oder neu anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Beispieldaten geladen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ortsteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geprüft am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer bietet es an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehört zu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskonzept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis (Lkr.) oder kreisfreie Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konzept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was dem Kreis zum Ziel noch fehlt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Angebote je 10.000 Einwohner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elementar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Angebote im Elementarbereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Angebote im Bereich Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Angebote im Übergang Schule–Beruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktive Angebote im Querschnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gem. ohne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden ohne aktives Angebot / alle Gemeinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI-Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Kontakt mit einem KI des Kreises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (überfällig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt vom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>je 10.000 Einw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querschnitt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source> (nicht gefunden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neu anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(noch keine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere Datenbank öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austauschdatei importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei nicht gefunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Stand der Sicherung ist wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der vorherige Stand wurde vorher selbst gesichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei „%1“ gibt es nicht mehr; sie wurde aus der Liste genommen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei „%1“ gibt es noch nicht. Eine neue, leere Datenbank anlegen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei „%1“ gibt es schon. Diese Datei öffnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wurde gespeichert (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Austauschdatei (*.helferapp);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelferApp-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Sicherung angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Datenbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Datenbank anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungskopie geschrieben: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie wird nicht überschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>%1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden ohne Angebot: %1 von %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskonzept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI bekannt (Stelle %1), Status nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI: %1 (Status auf der Seite Gebiete erfasst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte der Kreise Bayerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karte der Kreise Bayerns. Pfeiltasten: nächster oder vorheriger Kreis (alphabetisch), Eingabetaste: Kreis bearbeiten. Die Tabelle daneben enthält dieselben Angaben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzter Kontakt mit dem KI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lkr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lücken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekannt (Stelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keiner erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI bekannt (Stelle), Status nicht erfasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kein Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mehr als 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bis unter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 und mehr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Helferkreise</source>
        <translation>
            <numerusform>%Ln Helferkreis</numerusform>
            <numerusform>%Ln Helferkreise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aktive Angebote (%1 je 10.000 Einwohner)</source>
        <translation>
            <numerusform>%Ln aktives Angebot (%1 je 10.000 Einwohner)</numerusform>
            <numerusform>%Ln aktive Angebote (%1 je 10.000 Einwohner)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <source>drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weitergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widerrufen am %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Agentur für Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begegnung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bildungsträger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dienstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnerstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elementarbereich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flüchtlingsrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frauen &amp; Familie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freitag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesundheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landratsamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrationsberatung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mittwoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifizierung für Fachkräfte/Helfende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querschnitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regierungsbezirk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samstag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonntag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videokonferenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohlfahrtsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktiv (gefördert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an andere Helferkreise weitergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auf Kontaktblatt drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aufgelöst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bei einem Wohlfahrtsverband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eingetragener Verein (e. V.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geplant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Arbeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kirchlich angebunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kommunal angebunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loser Zusammenschluss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persönliches Treffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ruhend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergang Schule–Beruf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Angebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anmeldung nötig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbeitsgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art der Partnerschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnispartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung vom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung weitergeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung widerrufen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebietsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskonzept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationskonzept vom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrationslotsin vorhanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KI seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinderbetreuung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ortsteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wochentag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrierefrei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endgültig gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geprüft am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>im Papierkorb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zusammengeführt mit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>&amp;Lösen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnispartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnispartner verknüpfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verknüpfung kommt in den Papierkorb; Strg+Z nimmt das zurück.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Verknüpfung mit „%1“ lösen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt gespeichert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gelöst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>%1 Wiedervorlagen gespeichert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Zeilen gespeichert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCards gespeichert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen fehlen in der Tabelle: Sie haben nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Personen fehlen in der vCard-Datei: Sie haben nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Person fehlt in der Tabelle: Sie hat nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Person fehlt in der vCard-Datei: Sie hat nicht in die Weitergabe an andere eingewilligt (oder die Einwilligung widerrufen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebotsübersicht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angebotsübersicht: ganz Bayern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf dieser Seite gibt es nichts zu drucken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aushang (eine Seite, große Schrift): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht nicht erstellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht wird erstellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst die Seite „Personen“ öffnen und Personen auswählen (oder filtern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte zuerst eine Seite mit einer Tabelle öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einige Zeichen hat keine mitgelieferte Schrift; sie sind im PDF als � gedruckt:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt keine offenen Wiedervorlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-Datei (*.xlsx);;CSV für Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: „%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gespeichert: %1 (%n Seiten)</source>
        <translation>
            <numerusform>Gespeichert: %1 (%n Seite)</numerusform>
            <numerusform>Gespeichert: %1 (%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tabelle wie angezeigt (%Ln Einträge)</source>
        <translation>
            <numerusform>Tabelle wie angezeigt (%Ln Eintrag)</numerusform>
            <numerusform>Tabelle wie angezeigt (%Ln Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Helferkreis-Profil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender-Datei (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine der gewählten Personen hat der Weitergabe zugestimmt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktblatt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktprotokoll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht exportiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Datei (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabelle exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versorgungsbericht: ganz Bayern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiedervorlagen als Kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeichen ersetzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard-Datei (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCards speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>%1 wurde geändert, aber noch nicht gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei ließ sich nicht schreiben. %1 Bitte einen anderen Ort wählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Möchten Sie die Änderungen speichern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refresh</name>
    <message>
        <source>Rückgängig ist nach einem Import nicht mehr möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig ist nach dem Zurückholen aus dem Import-Protokoll nicht mehr möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückgängig ist nach dem Zusammenführen von Dubletten nicht mehr möglich.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>related</name>
    <message>
        <source>Angebote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Angebote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Ansprechpersonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bündnispartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Bündnispartner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Kontakte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch mit keinem Helferkreis verknüpft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helferkreise hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier ist noch kein Helferkreis eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stellen hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier ist noch keine Stelle eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verknüpfte Einträge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table_commands</name>
    <message>
        <source>Alle Angaben zu der Person wurden gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Auskunft möglich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>%1 „%2“ angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 „%2“ gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 „%2“ in den Papierkorb gelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 „%2“ wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
