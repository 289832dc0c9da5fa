"""The seven kinds of synced records, described for the generic functions in ``records``.

Validation here combines the domain's rules with what only the database knows: that a
Gebiet exists and that a linked group, organisation or person exists and is not in the
Papierkorb.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from helferapp.domain import ids, labels
from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import FieldError, ValidationError
from helferapp.domain.record_rules import (
    validate_contact,
    validate_group,
    validate_organisation,
    validate_partnership,
    validate_person,
    validate_programme,
    validate_region_status,
)
from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RecordData,
    RegionStatusData,
)
from helferapp.services.records import EntitySpec, Validator
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Partnership,
    Person,
    Programme,
    Region,
    RegionStatus,
    SyncedRecord,
)

D = TypeVar("D", bound=RecordData)


class SessionRegions:
    """Answers the domain's ``RegionLookup`` questions from the ``region`` table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def region_level(self, ags: str) -> RegionLevel | None:
        region = self._session.get(Region, ags)
        return RegionLevel(region.level) if region else None


_LINKS: dict[str, tuple[type[SyncedRecord], str]] = {
    "group_id": (HelperGroup, "Der gewählte Helferkreis"),
    "organisation_id": (Organisation, "Die gewählte Stelle"),
    "person_id": (Person, "Die gewählte Person"),
}


def _link_errors(
    session: Session, data: RecordData, previous: RecordData | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    for field, (model, what) in _LINKS.items():
        linked_id = getattr(data, field, None)
        if not linked_id:
            continue
        if previous is not None and getattr(previous, field, None) == linked_id:
            continue  # an edit that keeps a link keeps it, whatever became of its target
        linked = session.get(model, linked_id)
        if linked is None or linked.purged:
            errors.append(FieldError(field, f"{what} existiert nicht (mehr)."))
        elif linked.deleted:
            errors.append(
                FieldError(field, f"{what} liegt im Papierkorb. Bitte zuerst wiederherstellen.")
            )
    return errors


def _with_links(rule: Callable[[Session, D], D]) -> Validator[D]:
    """Run ``rule`` and the link checks, and report both kinds of errors together."""

    def validate(session: Session, data: D, *, previous: D | None = None) -> D:
        errors = _link_errors(session, data, previous)
        try:
            cleaned = rule(session, data)
        except ValidationError as error:
            raise ValidationError([*error.errors, *errors]) from None
        if errors:
            raise ValidationError(errors)
        return cleaned

    return validate


def _regions(rule: Callable[[Any, Any], D]) -> Validator[D]:
    return _with_links(lambda session, data: rule(data, SessionRegions(session)))


def _plain(rule: Callable[[D], D]) -> Validator[D]:
    return _with_links(lambda _session, data: rule(data))


GROUPS = EntitySpec(HelperGroup, HelperGroupData, "Helferkreis", _regions(validate_group))
PROGRAMMES = EntitySpec(
    Programme, ProgrammeData, "Angebot", _regions(validate_programme), order_by="title"
)
ORGANISATIONS = EntitySpec(
    Organisation, OrganisationData, "Stelle", _regions(validate_organisation)
)
PERSONS = EntitySpec(Person, PersonData, "Person", _plain(validate_person))
CONTACTS = EntitySpec(
    Contact, ContactData, "Kontakt", _plain(validate_contact), order_by="contact_date"
)
PARTNERSHIPS = EntitySpec(
    Partnership,
    PartnershipData,
    "Bündnispartner",
    _plain(validate_partnership),
    natural_id=lambda data: ids.partnership_id(data.group_id, data.organisation_id),
    order_by="group_id",
)
REGION_STATUSES = EntitySpec(
    RegionStatus,
    RegionStatusData,
    "Gebietsstatus",
    _regions(validate_region_status),
    natural_id=lambda data: ids.region_status_id(data.ags),
    order_by="ags",
)

ALL_SPECS: tuple[EntitySpec[Any], ...] = (
    GROUPS,
    ORGANISATIONS,
    PROGRAMMES,
    PERSONS,
    CONTACTS,
    PARTNERSHIPS,
    REGION_STATUSES,
)

SPECS: dict[str, EntitySpec[Any]] = {spec.model.kind_code: spec for spec in ALL_SPECS}
"""Each kind's spec by its kind code ("group", "programme", …), for the front ends."""

KIND_TABLES: dict[str, str] = {code: spec.model.__tablename__ for code, spec in SPECS.items()}
"""Kind code of a record ("group") → its table ("helper_group"), whose German name the
domain keeps once (``domain.labels``)."""


KIND_TITLES: dict[str, str] = {
    kind: labels.kind_label(spec.model.__tablename__, plural=True) for kind, spec in SPECS.items()
}
"""The German plural of each kind ("Helferkreise") by kind code, in the order of the specs."""
