"""The fixed vocabularies of HelferApp, with their German labels.

Each member's *value* is a stable lower-case code: it is what the database and the
exchange files store, so it must never change once released. The German *label* is what
people see; the UI passes it through Qt's translation so an English UI can be added.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum whose members carry a German label.

    Labels are registered after each class with ``_register_labels``; a missing label
    falls back to the code so that a forgotten entry is visible, not a crash.
    """

    @property
    def label(self) -> str:
        return _LABELS.get(type(self), {}).get(self.value, self.value)

    @classmethod
    def from_code(cls, code: str) -> Self:
        """Return the member for ``code`` or raise ``ValueError`` with the allowed codes."""
        try:
            return cls(code)
        except ValueError:
            allowed = ", ".join(member.value for member in cls)
            raise ValueError(f"{code!r} ist kein gültiger Wert (erlaubt: {allowed})") from None


_LABELS: dict[type[LabelledEnum], dict[str, str]] = {}


def _register_labels(enum_type: type[LabelledEnum], labels: dict[str, str]) -> None:
    missing = {member.value for member in enum_type} - labels.keys()
    if missing:
        raise AssertionError(f"{enum_type.__name__}: labels missing for {sorted(missing)}")
    _LABELS[enum_type] = labels


class KIArea(LabelledEnum):
    """The working areas of a Kommunales Integrationszentrum."""

    ELEMENTARY = "elementarbereich"
    SCHOOL = "schule"
    SCHOOL_TO_WORK = "uebergang_schule_beruf"
    CROSS_CUTTING = "querschnitt"


_register_labels(
    KIArea,
    {
        "elementarbereich": "Elementarbereich",
        "schule": "Schule",
        "uebergang_schule_beruf": "Übergang Schule–Beruf",
        "querschnitt": "Querschnitt",
    },
)


class FieldOfAction(LabelledEnum):
    """Handlungsfeld of an Angebot; each belongs to exactly one KI-Bereich."""

    LANGUAGE = "sprache"
    ELEMENTARY = "elementarbereich"
    SCHOOL = "schule"
    SCHOOL_TO_WORK = "uebergang_schule_beruf"
    WORK = "arbeit"
    HOUSING = "wohnen"
    ACCOMPANIMENT = "begleitung"
    COUNSELLING = "beratung"
    HEALTH = "gesundheit"
    ENCOUNTER = "begegnung"
    WOMEN_FAMILY = "frauen_familie"
    QUALIFICATION = "qualifizierung"

    @property
    def ki_area(self) -> KIArea:
        return _FIELD_TO_AREA[self]


_register_labels(
    FieldOfAction,
    {
        "sprache": "Sprache",
        "elementarbereich": "Elementarbereich",
        "schule": "Schule",
        "uebergang_schule_beruf": "Übergang Schule–Beruf",
        "arbeit": "Arbeit",
        "wohnen": "Wohnen",
        "begleitung": "Begleitung",
        "beratung": "Beratung",
        "gesundheit": "Gesundheit",
        "begegnung": "Begegnung",
        "frauen_familie": "Frauen & Familie",
        "qualifizierung": "Qualifizierung für Fachkräfte/Helfende",
    },
)

_FIELD_TO_AREA: dict[FieldOfAction, KIArea] = {
    FieldOfAction.ELEMENTARY: KIArea.ELEMENTARY,
    FieldOfAction.SCHOOL: KIArea.SCHOOL,
    FieldOfAction.SCHOOL_TO_WORK: KIArea.SCHOOL_TO_WORK,
    FieldOfAction.LANGUAGE: KIArea.CROSS_CUTTING,
    FieldOfAction.WORK: KIArea.CROSS_CUTTING,
    FieldOfAction.HOUSING: KIArea.CROSS_CUTTING,
    FieldOfAction.ACCOMPANIMENT: KIArea.CROSS_CUTTING,
    FieldOfAction.COUNSELLING: KIArea.CROSS_CUTTING,
    FieldOfAction.HEALTH: KIArea.CROSS_CUTTING,
    FieldOfAction.ENCOUNTER: KIArea.CROSS_CUTTING,
    FieldOfAction.WOMEN_FAMILY: KIArea.CROSS_CUTTING,
    FieldOfAction.QUALIFICATION: KIArea.CROSS_CUTTING,
}


class OrganisationKind(LabelledEnum):
    """What kind of Stelle an organisation is."""

    KI = "ki"
    DISTRICT_OFFICE = "landratsamt"
    MUNICIPALITY = "gemeinde"
    INTEGRATION_GUIDE = "integrationslotsin"
    WELFARE = "wohlfahrtsverband"
    REFUGEE_COUNCIL = "fluechtlingsrat"
    MIGRATION_COUNSELLING = "migrationsberatung"
    JOBCENTER = "jobcenter"
    EMPLOYMENT_AGENCY = "agentur_fuer_arbeit"
    SCHOOL = "schule"
    DAYCARE = "kita"
    EDUCATION_PROVIDER = "bildungstraeger"
    ASSOCIATION = "verein"
    OTHER = "sonstige"


_register_labels(
    OrganisationKind,
    {
        "ki": "Kommunales Integrationszentrum",
        "landratsamt": "Landratsamt",
        "gemeinde": "Gemeinde",
        "integrationslotsin": "Integrationslotsin",
        "wohlfahrtsverband": "Wohlfahrtsverband",
        "fluechtlingsrat": "Flüchtlingsrat",
        "migrationsberatung": "Migrationsberatung",
        "jobcenter": "Jobcenter",
        "agentur_fuer_arbeit": "Agentur für Arbeit",
        "schule": "Schule",
        "kita": "Kita",
        "bildungstraeger": "Bildungsträger",
        "verein": "Verein",
        "sonstige": "Sonstige",
    },
)


class LegalForm(LabelledEnum):
    """Rechtsform of a Helferkreis."""

    INFORMAL = "lose"
    REGISTERED_ASSOCIATION = "ev"
    CHURCH = "kirchlich"
    MUNICIPAL = "kommunal"
    WELFARE = "wohlfahrtsverband"
    OTHER = "sonstige"


_register_labels(
    LegalForm,
    {
        "lose": "loser Zusammenschluss",
        "ev": "eingetragener Verein (e. V.)",
        "kirchlich": "kirchlich angebunden",
        "kommunal": "kommunal angebunden",
        "wohlfahrtsverband": "bei einem Wohlfahrtsverband",
        "sonstige": "Sonstige",
    },
)


class GroupStatus(LabelledEnum):
    """Whether a Helferkreis is still at work."""

    ACTIVE = "aktiv"
    DORMANT = "ruhend"
    DISSOLVED = "aufgeloest"


_register_labels(
    GroupStatus,
    {
        "aktiv": "aktiv",
        "ruhend": "ruhend",
        "aufgeloest": "aufgelöst",
    },
)


class Weekday(LabelledEnum):
    """Day of the week on which a regular Angebot takes place."""

    MONDAY = "mo"
    TUESDAY = "di"
    WEDNESDAY = "mi"
    THURSDAY = "do"
    FRIDAY = "fr"
    SATURDAY = "sa"
    SUNDAY = "so"


_register_labels(
    Weekday,
    {
        "mo": "Montag",
        "di": "Dienstag",
        "mi": "Mittwoch",
        "do": "Donnerstag",
        "fr": "Freitag",
        "sa": "Samstag",
        "so": "Sonntag",
    },
)


class ContactChannel(LabelledEnum):
    """How a Kontakt took place."""

    PHONE = "telefon"
    EMAIL = "email"
    MEETING = "treffen"
    VIDEO = "video"
    LETTER = "brief"
    OTHER = "sonstige"


_register_labels(
    ContactChannel,
    {
        "telefon": "Telefon",
        "email": "E-Mail",
        "treffen": "persönliches Treffen",
        "video": "Videokonferenz",
        "brief": "Brief",
        "sonstige": "Sonstige",
    },
)


class PartnershipKind(LabelledEnum):
    """What ties a Helferkreis to an organisation (Bündnispartner)."""

    COOPERATION = "kooperation"
    FUNDING = "foerderung"
    NETWORK = "netzwerk"
    ALLIANCE = "buendnis"
    OTHER = "sonstige"


_register_labels(
    PartnershipKind,
    {
        "kooperation": "Kooperation",
        "foerderung": "Förderung",
        "netzwerk": "Netzwerk",
        "buendnis": "Bündnis",
        "sonstige": "Sonstige",
    },
)


class ConceptStatus(LabelledEnum):
    """State of a Kreis' or Gemeinde's Integrationskonzept."""

    NONE = "keins"
    PLANNED = "geplant"
    ADOPTED = "beschlossen"


_register_labels(
    ConceptStatus,
    {
        "keins": "keins",
        "geplant": "in Arbeit",
        "beschlossen": "beschlossen",
    },
)


class KIStatus(LabelledEnum):
    """State of the Kommunales Integrationszentrum for a Kreis."""

    NONE = "keins"
    PLANNED = "geplant"
    ACTIVE = "aktiv"


_register_labels(
    KIStatus,
    {
        "keins": "keins",
        "geplant": "geplant",
        "aktiv": "aktiv (gefördert)",
    },
)


class RegionLevel(LabelledEnum):
    """Level of a Gebiet in the Bavarian hierarchy."""

    STATE = "Land"
    DISTRICT_REGION = "Regierungsbezirk"
    DISTRICT = "Kreis"
    MUNICIPALITY = "Gemeinde"


_register_labels(
    RegionLevel,
    {
        "Land": "Land",
        "Regierungsbezirk": "Regierungsbezirk",
        "Kreis": "Kreis",
        "Gemeinde": "Gemeinde",
    },
)


class ConsentScope(LabelledEnum):
    """What a person allowed their contact data to be used for."""

    INTERNAL = "intern"
    SHARE = "weitergeben"
    PRINT = "drucken"


_register_labels(
    ConsentScope,
    {
        "intern": "intern",
        "weitergeben": "an andere Helferkreise weitergeben",
        "drucken": "auf Kontaktblatt drucken",
    },
)
