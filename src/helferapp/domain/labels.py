"""German names of the kinds of records and of their fields, for lists and reports.

The import preview, the import journal and the CLI name fields that changed ("Telefon",
not ``phone``); the forms have their own, longer labels next to each input. These are
German source strings; the GUI passes them through Qt's translation (context "labels").
"""

from __future__ import annotations

KIND_LABELS: dict[str, tuple[str, str]] = {
    # table name → (singular, plural)
    "helper_group": ("Helferkreis", "Helferkreise"),
    "organisation": ("Stelle", "Stellen"),
    "programme": ("Angebot", "Angebote"),
    "person": ("Person", "Personen"),
    "contact": ("Kontakt", "Kontakte"),
    "partnership": ("Bündnispartner", "Bündnispartner"),
    "region_status": ("Gebietsstatus", "Gebietsstatus"),
}

_COMMON = {
    "name": "Name",
    "notes": "Notizen",
    "email": "E-Mail",
    "phone": "Telefon",
    "website": "Internetseite",
    "region_ags": "Gemeinde",
    "group_id": "Helferkreis",
    "organisation_id": "Stelle",
    "person_id": "Person",
    "checked_on": "geprüft am",
    "kind": "Art",
    "deleted": "im Papierkorb",
    "purged": "endgültig gelöscht",
    "merged_into": "zusammengeführt mit",
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "helper_group": {
        **_COMMON,
        "legal_form": "Rechtsform",
        "region_ags": "Gemeinden",
        "locality": "Ortsteil",
        "status": "Status",
        "working_groups": "Arbeitsgruppen",
    },
    "organisation": {
        **_COMMON,
        "street": "Straße",
        "postal_code": "PLZ",
        "city": "Ort",
        "region_ags": "Gebiet",
    },
    "programme": {
        **_COMMON,
        "title": "Titel",
        "fields": "Handlungsfelder",
        "target_group": "Zielgruppe",
        "languages": "Sprachen",
        "location": "Ort",
        "weekday": "Wochentag",
        "start_time": "Beginn",
        "end_time": "Ende",
        "schedule_text": "Termine",
        "starts_on": "Zeitraum von",
        "ends_on": "Zeitraum bis",
        "registration_required": "Anmeldung nötig",
        "childcare": "Kinderbetreuung",
        "cost": "Kosten",
        "accessible": "barrierefrei",
    },
    "person": {
        **_COMMON,
        "role": "Funktion",
        "consent_given_on": "Einwilligung vom",
        "consent_internal": "Einwilligung intern",
        "consent_share": "Einwilligung weitergeben",
        "consent_print": "Einwilligung drucken",
        "consent_withdrawn_on": "Einwilligung widerrufen am",
    },
    "contact": {
        **_COMMON,
        "contact_date": "Datum",
        "channel": "Weg",
        "subject": "Thema",
        "result": "Ergebnis",
        "follow_up_on": "Wiedervorlage",
        "done": "erledigt",
    },
    "partnership": {**_COMMON, "kind": "Art der Partnerschaft"},
    "region_status": {
        **_COMMON,
        "ags": "Gebiet",
        "concept_status": "Integrationskonzept",
        "concept_date": "Integrationskonzept vom",
        "ki_status": "Kommunales Integrationszentrum",
        "ki_date": "KI seit",
        "integration_guide": "Integrationslotsin vorhanden",
        "source": "Quelle",
    },
}


def field_label(table: str, field: str) -> str:
    """The German name of ``field`` in ``table`` (the code name if none is known)."""
    return FIELD_LABELS.get(table, {}).get(field, field)


def kind_label(table: str, plural: bool = False) -> str:
    """The German name of the kind of record stored in ``table``."""
    singular, many = KIND_LABELS.get(table, (table, table))
    return many if plural else singular
