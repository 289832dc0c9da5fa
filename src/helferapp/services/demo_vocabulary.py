"""The demo database's word lists and weights, read from ``resources/demo/``.

They are data, so they live as data: ``vocabulary.json`` holds the German names, titles,
places and phrases, ``weights.json`` how often the generator (``services.demo_content``)
picks each status, legal form, channel and the like. Another Arbeitsgruppe or Angebot is
added there without touching code. Everything about people is invented on purpose:
surnames are built from stems like "Muster" and "Beispiel" so that nobody mistakes a demo
person for a real one, and every address ends in example.org or example.com.

This module only turns the JSON into the tuples, enums and named tuples the generator
draws from, in the files' order — the order is part of the demo: the same seed gives the
same records only as long as every list keeps its order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from enum import Enum
from typing import Any, NamedTuple, TypeVar

from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    GroupStatus,
    KIStatus,
    LegalForm,
    PartnershipKind,
    Weekday,
)
from helferapp.domain.enums import FieldOfAction as F
from helferapp.domain.enums import OrganisationKind as K
from helferapp.resources import resource

E = TypeVar("E", bound=Enum)
V = TypeVar("V")


class LocalOrganisation(NamedTuple):
    """A Stelle that exists in many places; some only in towns of a certain size."""

    kind: K
    pattern: str
    min_population: int = 0


class ProgrammeTemplate(NamedTuple):
    """An Angebot as groups and offices typically name it, with its Handlungsfelder."""

    title: str
    fields: tuple[F, ...]
    target_groups: tuple[str, ...]
    childcare: bool = False
    offices_only: bool = False


def _load(name: str) -> dict[str, Any]:
    with resource("demo", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _texts(items: list[str]) -> tuple[str, ...]:
    return tuple(items)


def _pairs(items: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((female, male) for female, male in items)


def _by_code(enum: type[E], table: dict[str, Any], convert: Callable[[Any], V]) -> dict[E, V]:
    return {enum(code): convert(value) for code, value in table.items()}


_WORDS = _load("vocabulary.json")
_WEIGHTS = _load("weights.json")

# --- Helferkreise -------------------------------------------------------------------------

GROUP_NAME_PATTERNS = _texts(_WORDS["group_name_patterns"])
ORTSTEILE = _texts(_WORDS["ortsteile"])
WORKING_GROUPS = _texts(_WORDS["working_groups"])
GROUP_NOTES = _texts(_WORDS["group_notes"])

# --- Stellen ------------------------------------------------------------------------------

MIGRATION_COUNSELLING = _texts(_WORDS["migration_counselling"])
WELFARE = _texts(_WORDS["welfare"])
LOCAL_ORGANISATIONS = tuple(
    LocalOrganisation(K(item["kind"]), item["pattern"], item["min_population"])
    for item in _WORDS["local_organisations"]
)
STREETS = _texts(_WORDS["streets"])
ORGANISATION_NOTES = _texts(_WORDS["organisation_notes"])

# --- Angebote -----------------------------------------------------------------------------

PROGRAMMES = tuple(
    ProgrammeTemplate(
        item["title"],
        tuple(F(code) for code in item["fields"]),
        _texts(item["target_groups"]),
        item["childcare"],
        item["offices_only"],
    )
    for item in _WORDS["programmes"]
)
PROGRAMME_VARIANTS = _texts(_WORDS["programme_variants"])
LOCATIONS = _texts(_WORDS["locations"])
SCHEDULE_TEXTS = _texts(_WORDS["schedule_texts"])
OTHER_LANGUAGES = _texts(_WORDS["other_languages"])
COSTS = _texts(_WORDS["costs"])
PROGRAMME_NOTES = _texts(_WORDS["programme_notes"])

# --- Personen -----------------------------------------------------------------------------

FEMALE_FIRST_NAMES = _texts(_WORDS["female_first_names"])
MALE_FIRST_NAMES = _texts(_WORDS["male_first_names"])
SURNAME_STEMS = _texts(_WORDS["surname_stems"])
SURNAME_ENDINGS = _texts(_WORDS["surname_endings"])
# (female, male) forms of the roles people hold in a Helferkreis; the first is the lead.
GROUP_ROLES = _pairs(_WORDS["group_roles"])
ORGANISATION_ROLES = _by_code(K, _WORDS["organisation_roles"], _pairs)
OTHER_ROLES = _pairs(_WORDS["other_roles"])
PERSON_NOTES = _texts(_WORDS["person_notes"])

# --- Kontakte -----------------------------------------------------------------------------

CONTACT_SUBJECTS = _by_code(K, _WORDS["contact_subjects"], _texts)
GENERAL_SUBJECTS = _texts(_WORDS["general_subjects"])
CONTACT_RESULTS = _texts(_WORDS["contact_results"])
GROUP_CONTACT_SUBJECTS = _texts(_WORDS["group_contact_subjects"])

# --- Bündnispartner und Integrationskonzept ---------------------------------------------

PARTNERSHIP_NOTES = _texts(_WORDS["partnership_notes"])
STATUS_SOURCES_DISTRICT = _texts(_WORDS["status_sources_district"])
STATUS_SOURCES_CITY = _texts(_WORDS["status_sources_city"])
STATUS_NOTES = _texts(_WORDS["status_notes"])
KI_STATUS_NOTES = _texts(_WORDS["ki_status_notes"])

# --- weights: how often each choice is drawn ----------------------------------------------

CONCEPT_WEIGHTS = _by_code(ConceptStatus, _WEIGHTS["concept_status"], float)
KI_WEIGHTS = _by_code(KIStatus, _WEIGHTS["ki_status"], float)
GROUP_STATUS_WEIGHTS = _by_code(GroupStatus, _WEIGHTS["group_status"], float)
LEGAL_FORM_WEIGHTS = _by_code(LegalForm, _WEIGHTS["legal_form"], float)
CHANNEL_WEIGHTS = _by_code(ContactChannel, _WEIGHTS["contact_channel"], float)
PARTNERSHIP_WEIGHTS = _by_code(PartnershipKind, _WEIGHTS["partnership_kind"], float)
PARTNER_COUNT_WEIGHTS = {int(count): float(w) for count, w in _WEIGHTS["partner_count"].items()}
LANGUAGE_COUNT_WEIGHTS = {int(count): float(w) for count, w in _WEIGHTS["language_count"].items()}
# Groups talk to their KI and Landratsamt most often, the Flüchtlingsrat seldom (others: 1).
CONTACT_WEIGHTS = _by_code(K, _WEIGHTS["contacts_by_organisation_kind"], float)
CONTACT_GROUP_WEIGHTS = _by_code(GroupStatus, _WEIGHTS["contacts_by_group_status"], float)
PROGRAMME_WEIGHTS = _by_code(GroupStatus, _WEIGHTS["programmes_by_group_status"], float)
WEEKDAYS = tuple(Weekday(code) for code in _WEIGHTS["programme_weekdays"])
