"""Word lists for the demo database: names, titles, places and phrases in German.

Kept apart from the generator so that the generator reads as logic and this file can be
extended (another Arbeitsgruppe, another Angebot) without touching it. Everything about
people is invented on purpose: surnames are built from stems like "Muster" and "Beispiel"
so that nobody mistakes a demo person for a real one, and every address ends in
example.org or example.com.
"""

from __future__ import annotations

from typing import NamedTuple

from helferapp.domain.enums import FieldOfAction as F
from helferapp.domain.enums import OrganisationKind as K

# --- Helferkreise -------------------------------------------------------------------------

GROUP_NAME_PATTERNS = (
    "Helferkreis Asyl {place}",
    "Helferkreis Asyl {place}",
    "Helferkreis {place}",
    "Unterstützerkreis Asyl {place}",
    "Unterstützerkreis {place}",
    "Netzwerk Integration {place}",
    "Asylhelferkreis {place}",
    "Arbeitskreis Asyl {place}",
    "Freundeskreis Asyl {place}",
    "Willkommenskreis {place}",
    "Integrationsnetzwerk {place}",
)

ORTSTEILE = (
    "Nord",
    "Süd",
    "West",
    "Ost",
    "Mitte",
    "Altstadt",
    "Neustadt",
    "Oberdorf",
    "Unterdorf",
    "Kirchberg",
    "Au",
    "Moos",
    "Siedlung",
    "Bahnhofsviertel",
)

WORKING_GROUPS = (
    "Sprache",
    "Fahrdienst",
    "Patenschaften",
    "Kleiderkammer",
    "Wohnungssuche",
    "Hausaufgabenhilfe",
    "Begegnungscafé",
    "Arbeit und Ausbildung",
    "Behördengänge",
    "Fahrräder",
    "Frauen",
    "Kinder und Familie",
    "Freizeit und Sport",
    "Öffentlichkeitsarbeit",
)

GROUP_NOTES = (
    "Treffen jeden ersten Montag im Monat im Pfarrheim.",
    "Offenes Helfertreffen alle zwei Wochen, neue Ehrenamtliche willkommen.",
    "Sucht dringend Fahrerinnen und Fahrer für Arzttermine.",
    "Arbeitet eng mit der Gemeinde und der Schule zusammen.",
    "Rundbrief per E-Mail an rund 40 Ehrenamtliche.",
    "Spendenkonto über den Förderverein.",
)

# --- Stellen ------------------------------------------------------------------------------

MIGRATION_COUNSELLING = (
    "Caritas Migrationsberatung {seat}",
    "Diakonie Migrationsberatung {seat}",
    "AWO Migrationsberatung {seat}",
)

WELFARE = (
    "Caritasverband für {kreis_dative} e. V.",
    "BRK-Kreisverband {kreis_name}",
    "Diakonisches Werk {seat}",
    "AWO-Kreisverband {kreis_name} e. V.",
    "Der Paritätische – Kreisverband {kreis_name}",
)


class LocalOrganisation(NamedTuple):
    """A Stelle that exists in many places; some only in towns of a certain size."""

    kind: K
    pattern: str
    min_population: int = 0


LOCAL_ORGANISATIONS = (
    LocalOrganisation(K.SCHOOL, "Grundschule {place}"),
    LocalOrganisation(K.SCHOOL, "Mittelschule {place}", 3_000),
    LocalOrganisation(K.SCHOOL, "Realschule {place}", 8_000),
    LocalOrganisation(K.SCHOOL, "Staatliche Berufsschule {place}", 15_000),
    LocalOrganisation(K.DAYCARE, "Kita St. Michael {place}"),
    LocalOrganisation(K.DAYCARE, "Kinderhaus Regenbogen {place}"),
    LocalOrganisation(K.DAYCARE, "Gemeindekindergarten {place}"),
    LocalOrganisation(K.EDUCATION_PROVIDER, "Volkshochschule {place}", 5_000),
    LocalOrganisation(K.EDUCATION_PROVIDER, "Kolping-Bildungswerk {place}", 10_000),
    LocalOrganisation(K.EDUCATION_PROVIDER, "Sprachschule Beispiel-Lingua {place}", 10_000),
    LocalOrganisation(K.MUNICIPALITY, "{kind} {place} – Rathaus"),
    LocalOrganisation(K.ASSOCIATION, "Tafel {place} e. V.", 3_000),
    LocalOrganisation(K.ASSOCIATION, "Sportverein {place} e. V."),
    LocalOrganisation(K.ASSOCIATION, "Kleiderkammer {place} e. V."),
    LocalOrganisation(K.OTHER, "Mehrgenerationenhaus {place}", 5_000),
    LocalOrganisation(K.OTHER, "Pfarrei St. Martin {place}"),
    LocalOrganisation(K.OTHER, "Gemeindebücherei {place}"),
)

STREETS = (
    "Bahnhofstraße",
    "Hauptstraße",
    "Kirchplatz",
    "Marktplatz",
    "Schulstraße",
    "Rathausplatz",
    "Lindenweg",
    "Gartenstraße",
    "Am Anger",
    "Ringstraße",
    "Dorfstraße",
    "Schlossberg",
    "Bürgermeister-Muster-Straße",
)

ORGANISATION_NOTES = (
    "Sprechzeiten Mo–Do 9–12 Uhr, Do auch 14–17 Uhr.",
    "Termine nur nach Vereinbarung.",
    "Zuständig für den ganzen Landkreis.",
    "Ansprechperson wechselt zum Jahresende.",
)

# --- Angebote -----------------------------------------------------------------------------


class ProgrammeTemplate(NamedTuple):
    """An Angebot as groups and offices typically name it, with its Handlungsfelder."""

    title: str
    fields: tuple[F, ...]
    target_groups: tuple[str, ...]
    childcare: bool = False
    offices_only: bool = False


PROGRAMMES = (
    ProgrammeTemplate("Deutschkurs A1", (F.LANGUAGE,), ("Erwachsene",)),
    ProgrammeTemplate("Deutschkurs A2", (F.LANGUAGE,), ("Erwachsene",)),
    ProgrammeTemplate("Deutsch für den Alltag", (F.LANGUAGE,), ("Erwachsene", "Senioren")),
    ProgrammeTemplate(
        "Deutschkurs für Frauen mit Kinderbetreuung",
        (F.LANGUAGE, F.WOMEN_FAMILY),
        ("Frauen",),
        childcare=True,
    ),
    ProgrammeTemplate("Sprachcafé", (F.LANGUAGE, F.ENCOUNTER), ("alle", "Erwachsene")),
    ProgrammeTemplate("Sprachpatenschaften", (F.LANGUAGE,), ("Erwachsene", "Jugendliche")),
    ProgrammeTemplate("Lesepatenschaften", (F.SCHOOL, F.LANGUAGE), ("Grundschulkinder",)),
    ProgrammeTemplate(
        "Hausaufgabenhilfe", (F.SCHOOL,), ("Schulkinder der 1.–6. Klasse", "Schulkinder")
    ),
    ProgrammeTemplate("Lernhilfe Mathe und Deutsch", (F.SCHOOL,), ("Mittelschüler*innen",)),
    ProgrammeTemplate("Ferienprogramm", (F.SCHOOL, F.ENCOUNTER), ("Kinder von 6 bis 12",)),
    ProgrammeTemplate(
        "Mutter-Kind-Gruppe",
        (F.ELEMENTARY, F.WOMEN_FAMILY),
        ("Mütter mit Kindern bis 3 Jahre",),
        childcare=True,
    ),
    ProgrammeTemplate(
        "Spielgruppe für Kita-Vorbereitung",
        (F.ELEMENTARY,),
        ("Kinder von 2 bis 4 Jahren mit einem Elternteil",),
    ),
    ProgrammeTemplate(
        "Begleitung bei der Kita-Anmeldung", (F.ELEMENTARY, F.ACCOMPANIMENT), ("Eltern",)
    ),
    ProgrammeTemplate(
        "Vorkurs Deutsch für Vorschulkinder", (F.ELEMENTARY, F.LANGUAGE), ("Vorschulkinder",)
    ),
    ProgrammeTemplate(
        "Bewerbungstraining",
        (F.SCHOOL_TO_WORK, F.WORK),
        ("Jugendliche und junge Erwachsene", "Erwachsene"),
    ),
    ProgrammeTemplate("Ausbildungspatenschaften", (F.SCHOOL_TO_WORK,), ("Auszubildende",)),
    ProgrammeTemplate(
        "Berufsorientierung für Jugendliche", (F.SCHOOL_TO_WORK,), ("Jugendliche ab 14",)
    ),
    ProgrammeTemplate("Praktikumsbörse", (F.SCHOOL_TO_WORK, F.WORK), ("Jugendliche",)),
    ProgrammeTemplate("Unterstützung bei der Arbeitssuche", (F.WORK,), ("Erwachsene",)),
    ProgrammeTemplate("Begleitung zu Ämtern", (F.ACCOMPANIMENT,), ("Erwachsene", "Familien")),
    ProgrammeTemplate(
        "Fahrdienst zu Arztterminen", (F.ACCOMPANIMENT, F.HEALTH), ("Erwachsene", "Familien")
    ),
    ProgrammeTemplate("Wohnungssuche", (F.HOUSING,), ("Familien", "Erwachsene")),
    ProgrammeTemplate("Wohnungsbörse", (F.HOUSING, F.ACCOMPANIMENT), ("alle",)),
    ProgrammeTemplate("Offene Beratungssprechstunde", (F.COUNSELLING,), ("Erwachsene",)),
    ProgrammeTemplate(
        "Migrationsberatung für Erwachsene",
        (F.COUNSELLING,),
        ("Erwachsene",),
        offices_only=True,
    ),
    ProgrammeTemplate("Gesundheitslotsen", (F.HEALTH, F.ACCOMPANIMENT), ("Erwachsene",)),
    ProgrammeTemplate("Psychosoziale Gesprächsgruppe", (F.HEALTH,), ("Erwachsene",)),
    ProgrammeTemplate("Schwimmkurs", (F.HEALTH, F.ENCOUNTER), ("Kinder", "Frauen")),
    ProgrammeTemplate("Fahrradwerkstatt", (F.ENCOUNTER,), ("alle",)),
    ProgrammeTemplate("Fahrradkurs für Frauen", (F.WOMEN_FAMILY, F.ENCOUNTER), ("Frauen",)),
    ProgrammeTemplate("Frauencafé", (F.WOMEN_FAMILY, F.ENCOUNTER), ("Frauen",), childcare=True),
    ProgrammeTemplate("Nähcafé", (F.ENCOUNTER, F.WOMEN_FAMILY), ("alle", "Frauen")),
    ProgrammeTemplate("Interkultureller Garten", (F.ENCOUNTER,), ("alle", "Familien")),
    ProgrammeTemplate("Kochtreff international", (F.ENCOUNTER,), ("alle",)),
    ProgrammeTemplate("Fußball für alle", (F.ENCOUNTER,), ("Jugendliche", "alle")),
    ProgrammeTemplate("Schulung für Ehrenamtliche", (F.QUALIFICATION,), ("Ehrenamtliche",)),
    ProgrammeTemplate(
        "Fortbildung: Asylrecht kompakt",
        (F.QUALIFICATION,),
        ("Ehrenamtliche und Fachkräfte",),
    ),
    ProgrammeTemplate("Supervision für Helfende", (F.QUALIFICATION,), ("Ehrenamtliche",)),
    ProgrammeTemplate(
        "Interkulturelles Training für Fachkräfte",
        (F.QUALIFICATION,),
        ("Fachkräfte in Kita und Schule",),
        offices_only=True,
    ),
)

PROGRAMME_VARIANTS = ("", "", "", " (Abendkurs)", " am Vormittag", " für Einsteiger", " II")

LOCATIONS = (
    "Pfarrheim St. Martin",
    "Evangelisches Gemeindehaus",
    "Rathaus, Sitzungssaal",
    "Mehrgenerationenhaus",
    "Gemeindebücherei",
    "Grundschule, Raum 12",
    "Jugendtreff",
    "Bürgerhaus",
    "Café im Pfarrzentrum",
    "Turnhalle der Mittelschule",
    "Familienzentrum",
    "Volkshochschule",
    "Gemeinschaftsunterkunft, Aufenthaltsraum",
)

SCHEDULE_TEXTS = (
    "jeden ersten Samstag im Monat, 14–17 Uhr",
    "14-täglich dienstags ab 18 Uhr",
    "nach Vereinbarung",
    "in den Schulferien täglich 9–12 Uhr",
    "jeden zweiten Sonntag, 15 Uhr",
    "Termine werden im Rundbrief bekannt gegeben",
)

OTHER_LANGUAGES = (
    "Arabisch",
    "Dari",
    "Ukrainisch",
    "Englisch",
    "Türkisch",
    "Tigrinya",
    "Farsi",
    "Russisch",
)

COSTS = (
    "kostenlos",
    "kostenlos",
    "kostenlos",
    "Spende erbeten",
    "2 € pro Termin",
    "10 € für Material",
)

PROGRAMME_NOTES = (
    "Bitte eigene Stifte und ein Heft mitbringen.",
    "Neue Teilnehmende jederzeit willkommen.",
    "Im Sommer draußen im Garten.",
    "Derzeit Warteliste.",
)

# --- Personen (obviously invented) -------------------------------------------------------

FEMALE_FIRST_NAMES = (
    "Anna",
    "Maria",
    "Monika",
    "Sabine",
    "Ursula",
    "Brigitte",
    "Gabriele",
    "Petra",
    "Andrea",
    "Claudia",
    "Katharina",
    "Elisabeth",
    "Christine",
    "Julia",
    "Sophie",
    "Leyla",
    "Amira",
    "Olena",
    "Fatma",
    "Irina",
)

MALE_FIRST_NAMES = (
    "Josef",
    "Johann",
    "Franz",
    "Georg",
    "Michael",
    "Thomas",
    "Stefan",
    "Andreas",
    "Peter",
    "Wolfgang",
    "Klaus",
    "Martin",
    "Markus",
    "Florian",
    "Sebastian",
    "Tobias",
    "Ahmad",
    "Mehmet",
    "Dmytro",
    "Yusuf",
)

SURNAME_STEMS = (
    "Muster",
    "Beispiel",
    "Probst",
    "Probe",
    "Test",
    "Fiktiv",
    "Exempel",
    "Platzhalter",
    "Erfund",
    "Vorlage",
    "Modell",
    "Schablonen",
)

SURNAME_ENDINGS = (
    "huber",
    "mayer",
    "maier",
    "bauer",
    "hofer",
    "gruber",
    "moser",
    "leitner",
    "wimmer",
    "berger",
    "lechner",
    "brunner",
)

# (female, male) forms of the roles people hold in a Helferkreis; the first is the lead.
GROUP_ROLES = (
    ("Koordinatorin", "Koordinator"),
    ("Sprecherin", "Sprecher"),
    ("Kassenwartin", "Kassenwart"),
    ("Ansprechpartnerin Patenschaften", "Ansprechpartner Patenschaften"),
    ("Leitung Sprachcafé", "Leitung Sprachcafé"),
    ("Organisation Fahrdienst", "Organisation Fahrdienst"),
    ("Ehrenamtliche Helferin", "Ehrenamtlicher Helfer"),
)

ORGANISATION_ROLES: dict[K, tuple[tuple[str, str], ...]] = {
    K.KI: (
        ("Leitung", "Leitung"),
        ("Bildungskoordinatorin für Neuzugewanderte", "Bildungskoordinator für Neuzugewanderte"),
        ("Koordination Ehrenamt", "Koordination Ehrenamt"),
    ),
    K.DISTRICT_OFFICE: (
        ("Sachbearbeiterin Asyl", "Sachbearbeiter Asyl"),
        ("Integrationsbeauftragte", "Integrationsbeauftragter"),
    ),
    K.MUNICIPALITY: (
        ("Integrationsbeauftragte", "Integrationsbeauftragter"),
        ("Bürgermeisterin", "Bürgermeister"),
    ),
    K.INTEGRATION_GUIDE: (("Integrationslotsin", "Integrationslotse"),),
    K.MIGRATION_COUNSELLING: (("Migrationsberaterin", "Migrationsberater"),),
    K.WELFARE: (("Asylsozialberatung", "Asylsozialberatung"), ("Leitung", "Leitung")),
    K.JOBCENTER: (
        ("Arbeitsvermittlerin", "Arbeitsvermittler"),
        ("Migrationsbeauftragte", "Migrationsbeauftragter"),
    ),
    K.EMPLOYMENT_AGENCY: (("Berufsberaterin", "Berufsberater"),),
    K.SCHOOL: (("Schulleitung", "Schulleitung"), ("Lehrerin für DaZ", "Lehrer für DaZ")),
    K.DAYCARE: (("Kita-Leitung", "Kita-Leitung"),),
    K.EDUCATION_PROVIDER: (("Kursorganisation", "Kursorganisation"),),
    K.REFUGEE_COUNCIL: (("Beratung", "Beratung"),),
}

OTHER_ROLES = (("Ansprechpartnerin", "Ansprechpartner"),)

PERSON_NOTES = (
    "Am besten vormittags erreichbar.",
    "Bitte lieber per E-Mail.",
    "Spricht auch Englisch.",
)

# --- Kontakte -----------------------------------------------------------------------------

CONTACT_SUBJECTS: dict[K, tuple[str, ...]] = {
    K.KI: (
        "Integrationskonzept: Beteiligung der Helferkreise",
        "Netzwerktreffen der Helferkreise",
        "Fortbildung für Ehrenamtliche",
        "Dolmetscherpool",
        "Kita-Plätze für neu zugezogene Familien",
        "Übergang Schule–Beruf: Praktikumsplätze",
    ),
    K.DISTRICT_OFFICE: (
        "Ehrenamtspauschale beantragen",
        "Belegung der Unterkunft",
        "Fahrtkostenerstattung",
        "Zuständigkeit Sachbearbeitung",
    ),
    K.JOBCENTER: ("Anerkennung von Abschlüssen", "Termin zur Arbeitsvermittlung"),
    K.EMPLOYMENT_AGENCY: ("Berufsberatung für Jugendliche", "Ausbildungsmesse"),
    K.SCHOOL: ("Hausaufgabenhilfe in der Schule", "Elternabend mit Dolmetscherin"),
    K.DAYCARE: ("Kita-Anmeldung", "Spielgruppe in den Räumen der Kita"),
    K.MIGRATION_COUNSELLING: ("Beratungstermine für Familien", "Familiennachzug"),
    K.INTEGRATION_GUIDE: ("Schulung für Ehrenamtliche", "Austausch der Helferkreise"),
    K.REFUGEE_COUNCIL: ("Rechtliche Frage zum Aufenthalt", "Infoabend Asylrecht"),
}

GENERAL_SUBJECTS = (
    "Anfrage Deutschkurs-Plätze",
    "Abstimmung Sprachcafé",
    "Wohnungssuche",
    "Raum für Angebote",
    "Kooperation vereinbaren",
    "Neue Ansprechperson",
)

CONTACT_RESULTS = (
    "Rückruf zugesagt.",
    "Unterlagen per E-Mail erhalten.",
    "Termin vereinbart.",
    "Wartet auf Antwort.",
    "Zusage für das nächste Halbjahr.",
    "Leider abgelehnt, neuer Versuch im Herbst.",
    "Informationen an den Helferkreis weitergegeben.",
    "",
)

# --- Bündnispartner und Integrationskonzept ---------------------------------------------

PARTNERSHIP_NOTES = (
    "",
    "",
    "Kooperationsvereinbarung seit 2019.",
    "Gemeinsames Sprachcafé.",
    "Räume werden kostenlos zur Verfügung gestellt.",
    "Fördert Fahrtkosten der Ehrenamtlichen.",
)

STATUS_SOURCES_DISTRICT = (
    "Angabe des Landratsamts",
    "Website des Landkreises",
    "Beschluss des Kreistags",
    "Netzwerktreffen der Helferkreise",
)

STATUS_SOURCES_CITY = (
    "Angabe der Stadtverwaltung",
    "Website der Stadt",
    "Beschluss des Stadtrats",
    "Netzwerktreffen der Helferkreise",
)

STATUS_NOTES = (
    "",
    "",
    "Fortschreibung des Konzepts ist angekündigt.",
    "Helferkreise wurden bei der Erstellung beteiligt.",
)

KI_STATUS_NOTES = (*STATUS_NOTES, "KI-Stelle derzeit unbesetzt.")

GROUP_CONTACT_SUBJECTS = (
    "Helfertreffen",
    "Austausch mit dem Nachbar-Helferkreis",
    "Übergabe der Kleiderkammer",
    "Planung Sommerfest",
)
