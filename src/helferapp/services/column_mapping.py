"""What the columns of a list mean: import targets, their fields, header synonyms.

Volunteers name their columns every way ("Tel.", "Handy", "Telefon privat", "E-Mail",
"Mail", "PLZ", "Ort"); the wizard must guess right most of the time so that nobody maps
twelve columns by hand. Headers are folded (Umlauts, case, punctuation) and compared
with German and English synonyms: an exact synonym wins, else the longest synonym that
the header contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from helferapp.domain.enums import (
    ContactChannel,
    FieldOfAction,
    GroupStatus,
    LabelledEnum,
    LegalForm,
    OrganisationKind,
    Weekday,
)
from helferapp.domain.text_folding import fold


@dataclass(frozen=True)
class ImportField:
    """A column a list can have for a target.

    ``kind`` says how a cell is read (see ``table_import``): text, phone, email, url,
    date, time, bool, enum, enum_list, list, gemeinde, gemeinden, group, organisation,
    person, district (a Landkreis, only to tell Gemeinden of the same name apart) or
    first_name/last_name (joined into ``name``). ``field`` is the data-class field.
    """

    key: str
    label: str
    kind: str
    field: str
    synonyms: tuple[str, ...] = ()
    enum: type[LabelledEnum] | None = None


@dataclass(frozen=True)
class Target:
    """One kind of record a list can be imported into."""

    code: str
    table: str
    label: str
    fields: tuple[ImportField, ...]
    note_field: str
    names: tuple[str, ...] = ()

    def field(self, key: str) -> ImportField:
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(key)


def _f(
    key: str,
    label: str,
    kind: str,
    field: str,
    *synonyms: str,
    enum: type[LabelledEnum] | None = None,
) -> ImportField:
    return ImportField(key, label, kind, field, synonyms, enum)


# fmt: off
_PHONE = ("Telefon", "Tel", "Telefonnummer", "Handy", "Mobil", "Mobilnummer", "Festnetz",
          "Rufnummer", "Fon", "Phone", "Mobile", "Telephone", "Tel privat", "Tel dienstlich")
_EMAIL = ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Mailadresse", "E-Mail Adresse")
_NOTES = ("Notizen", "Notiz", "Bemerkung", "Bemerkungen", "Anmerkung", "Anmerkungen",
          "Kommentar", "Hinweis", "Notes", "Comment", "Comments", "Remarks")
_WEB = ("Internet", "Internetseite", "Webseite", "Website", "Homepage", "URL", "Web")
_GEMEINDE = ("Gemeinde", "Kommune", "Ort", "Wohnort", "Stadt", "Municipality", "Town", "City")
_DISTRICT = ("Landkreis", "Lkr", "Kreis", "LK", "District", "County")
_GROUP = ("Helferkreis", "HK", "Gruppe", "Helfergruppe", "Group")
_ORG = ("Stelle", "Organisation", "Einrichtung", "Träger", "Institution", "Behörde",
        "Organization", "Verband")

TARGETS: dict[str, Target] = {
    "group": Target("group", "helper_group", "Helferkreise", (
        _f("name", "Name", "text", "name", "Name", "Helferkreis", "Bezeichnung", "Gruppe"),
        _f("gemeinden", "Gemeinde(n)", "gemeinden", "region_ags", *_GEMEINDE, "Gemeinden"),
        _f("district", "Landkreis (zur Gemeinde)", "district", "", *_DISTRICT),
        _f("locality", "Ortsteil", "text", "locality", "Ortsteil", "Stadtteil"),
        _f("legal_form", "Rechtsform", "enum", "legal_form", "Rechtsform", enum=LegalForm),
        _f("status", "Status", "enum", "status", "Status", enum=GroupStatus),
        _f("phone", "Telefon", "phone", "phone", *_PHONE),
        _f("email", "E-Mail", "email", "email", *_EMAIL),
        _f("website", "Internetseite", "url", "website", *_WEB),
        _f("notes", "Notizen", "text", "notes", *_NOTES),
        _f("checked_on", "geprüft am", "date", "checked_on", "geprüft am", "Stand"),
    ), "notes", ("helferkreise", "gruppen", "groups")),
    "programme": Target("programme", "programme", "Angebote", (
        _f("title", "Titel", "text", "title", "Titel", "Angebot", "Bezeichnung", "Kurs",
           "Name", "Title"),
        _f("group", "Helferkreis", "group", "group_id", *_GROUP, "Anbieter"),
        _f("organisation", "Stelle", "organisation", "organisation_id", *_ORG),
        _f("fields", "Handlungsfelder", "enum_list", "fields", "Handlungsfeld",
           "Handlungsfelder", "Bereich", "Themen", "Thema", enum=FieldOfAction),
        _f("target_group", "Zielgruppe", "text", "target_group", "Zielgruppe", "für wen"),
        _f("languages", "Sprachen", "list", "languages", "Sprache", "Sprachen", "Languages"),
        _f("location", "Ort / Raum", "text", "location", "Veranstaltungsort", "Raum",
           "Treffpunkt", "Ort", "Location", "Adresse"),
        _f("gemeinde", "Gemeinde", "gemeinde", "region_ags", "Gemeinde", "Kommune"),
        _f("district", "Landkreis (zur Gemeinde)", "district", "", *_DISTRICT),
        _f("weekday", "Wochentag", "enum", "weekday", "Wochentag", "Tag", "Day", enum=Weekday),
        _f("start_time", "Beginn", "time", "start_time", "Beginn", "Uhrzeit", "von", "Start"),
        _f("end_time", "Ende", "time", "end_time", "Ende", "bis", "End"),
        _f("schedule_text", "Termine", "text", "schedule_text", "Termine", "Termin", "Zeiten"),
        _f("starts_on", "Zeitraum von", "date", "starts_on", "Startdatum", "ab", "Beginn am"),
        _f("ends_on", "Zeitraum bis", "date", "ends_on", "Enddatum", "Ende am"),
        _f("registration_required", "Anmeldung nötig", "bool", "registration_required",
           "Anmeldung", "Anmeldung nötig"),
        _f("childcare", "Kinderbetreuung", "bool", "childcare", "Kinderbetreuung"),
        _f("accessible", "barrierefrei", "bool", "accessible", "barrierefrei"),
        _f("cost", "Kosten", "text", "cost", "Kosten", "Preis", "Gebühr", "Cost"),
        _f("notes", "Notizen", "text", "notes", *_NOTES),
    ), "notes", ("angebote", "programmes")),
    "organisation": Target("organisation", "organisation", "Stellen", (
        _f("name", "Name", "text", "name", "Name", *_ORG, "Bezeichnung"),
        _f("kind", "Art", "enum", "kind", "Art", "Typ", "Kategorie", "Kind",
           enum=OrganisationKind),
        _f("street", "Straße", "text", "street", "Straße", "Strasse", "Str", "Anschrift",
           "Adresse", "Street", "Address"),
        _f("postal_code", "PLZ", "text", "postal_code", "PLZ", "Postleitzahl", "Zip",
           "Postal code", "Postcode"),
        _f("city", "Ort", "text", "city", "Ort", "Stadt", "City", "Town"),
        _f("gemeinde", "Gemeinde / Kreis", "gemeinde", "region_ags", "Gemeinde", "Kommune",
           "Gebiet", "Zuständig für"),
        _f("district", "Landkreis (zur Gemeinde)", "district", "", *_DISTRICT),
        _f("phone", "Telefon", "phone", "phone", *_PHONE),
        _f("email", "E-Mail", "email", "email", *_EMAIL),
        _f("website", "Internetseite", "url", "website", *_WEB),
        _f("notes", "Notizen", "text", "notes", *_NOTES),
    ), "notes", ("stellen", "organisationen", "organisations")),
    "person": Target("person", "person", "Personen", (
        _f("name", "Name (ganz)", "text", "name", "Name", "Vor- und Nachname",
           "Ansprechpartner", "Ansprechpartnerin", "Ansprechperson", "Kontaktperson",
           "Person", "Full name"),
        _f("first_name", "Vorname", "first_name", "name", "Vorname", "First name",
           "Given name"),
        _f("last_name", "Nachname", "last_name", "name", "Nachname", "Familienname",
           "Zuname", "Last name", "Surname", "Family name"),
        _f("role", "Funktion", "text", "role", "Funktion", "Aufgabe", "Rolle", "Position",
           "Role", "Zuständigkeit"),
        _f("group", "Helferkreis", "group", "group_id", *_GROUP),
        _f("organisation", "Stelle", "organisation", "organisation_id", *_ORG),
        _f("phone", "Telefon", "phone", "phone", *_PHONE),
        _f("email", "E-Mail", "email", "email", *_EMAIL),
        _f("notes", "Notizen", "text", "notes", *_NOTES),
    ), "notes", ("personen", "persons", "ansprechpersonen")),
    "contact": Target("contact", "contact", "Kontakte", (
        _f("contact_date", "Datum", "date", "contact_date", "Datum", "Kontaktdatum", "Date",
           "am"),
        _f("group", "Helferkreis", "group", "group_id", *_GROUP),
        _f("organisation", "Stelle", "organisation", "organisation_id", *_ORG),
        _f("person", "Person", "person", "person_id", "Person", "Ansprechperson",
           "Gesprächspartner", "mit wem"),
        _f("channel", "Weg", "enum", "channel", "Weg", "Kanal", "Art", "Kontaktart",
           enum=ContactChannel),
        _f("subject", "Thema", "text", "subject", "Thema", "Betreff", "Anlass", "Subject"),
        _f("result", "Ergebnis", "text", "result", "Ergebnis", "Protokoll", "Result",
           *_NOTES),
        _f("follow_up_on", "Wiedervorlage", "date", "follow_up_on", "Wiedervorlage", "WV",
           "Follow-up", "nachfassen am"),
        _f("done", "erledigt", "bool", "done", "erledigt", "Done"),
    ), "result", ("kontakte", "contacts", "kontaktprotokoll")),
}
# fmt: on

IGNORE = ""


def target_for(text: str) -> Target:
    """The target named ``text`` (code, German or English plural), or ``ValueError``."""
    wanted = fold(text).replace(" ", "")
    for target in TARGETS.values():
        if wanted in (target.code, fold(target.label), *target.names):
            return target
    choices = ", ".join(target.label.lower() for target in TARGETS.values())
    raise ValueError(f"Unbekanntes Ziel „{text}“. Möglich: {choices}.")


def _compact(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(text))


_INDEX: dict[str, list[tuple[str, str]]] = {}


def _synonyms(target: Target) -> list[tuple[str, str]]:
    """(compact synonym, field key), longest first, computed once per target."""
    if target.code not in _INDEX:
        pairs = {
            (_compact(synonym), item.key)
            for item in target.fields
            for synonym in (item.label, *item.synonyms)
        }
        _INDEX[target.code] = sorted(pairs, key=lambda pair: -len(pair[0]))
    return _INDEX[target.code]


def _order(target: Target, key: str) -> int:
    return [item.key for item in target.fields].index(key)


def guess_field(target: Target, header: str) -> tuple[str, int]:
    """The field a header probably means and how sure (2 exact, 1 contained, 0 none)."""
    compact = _compact(header)
    if not compact:
        return IGNORE, 0
    exact = [key for synonym, key in _synonyms(target) if synonym == compact]
    if exact:
        return min(exact, key=lambda key: _order(target, key)), 2
    for synonym, key in _synonyms(target):
        if len(synonym) >= 3 and synonym in compact:
            return key, 1
    return IGNORE, 0


def guess_mapping(target: Target, headers: Sequence[str]) -> dict[int, str]:
    """Column index → field key; each field at most once, sure guesses first."""
    guesses = [(guess_field(target, header), column) for column, header in enumerate(headers)]
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for (key, _sureness), column in sorted(guesses, key=lambda item: (-item[0][1], item[1])):
        if key and key not in taken:
            mapping[column] = key
            taken.add(key)
    if "first_name" in taken and "name" in taken:
        # Beside "Vorname", a column "Name" holds the family name.
        replacement = IGNORE if "last_name" in taken else "last_name"
        mapping = {column: replacement if key == "name" else key for column, key in mapping.items()}
        mapping = {column: key for column, key in mapping.items() if key}
    return dict(sorted(mapping.items()))


def header_score(headers: Iterable[str]) -> int:
    """How much a line looks like a header: known column names count most."""
    score = 0
    for header in headers:
        if not header:
            continue
        best = max(guess_field(target, header)[1] for target in TARGETS.values())
        score += 2 * best if best else (1 if not any(c.isdigit() for c in header) else -1)
    return score


_TELLING = {
    "person": {"first_name", "last_name", "role"},
    "programme": {"title", "fields", "weekday", "start_time", "target_group"},
    "organisation": {"kind", "street", "postal_code"},
    "contact": {"contact_date", "subject", "follow_up_on", "result"},
    "group": {"legal_form", "locality"},
}


def guess_target(headers: Sequence[str]) -> str:
    """The target a list most probably is for (Personen when in doubt: the usual list)."""
    scores: dict[str, int] = {}
    for code, target in TARGETS.items():
        mapping = guess_mapping(target, headers)
        scores[code] = sum(
            guess_field(target, headers[column])[1] + (3 if key in _TELLING[code] else 0)
            for column, key in mapping.items()
        )
    order = ["person", "group", "organisation", "programme", "contact"]
    return max(order, key=lambda code: (scores[code], -order.index(code)))
