"""SQLAlchemy models: one table per kind of record, plus reference data and metadata.

Every synced table shares the bookkeeping of ``SyncedRecord``: a UUID text id, a
``deleted`` tombstone, a ``purged`` flag (Papierkorb geleert: values wiped, tombstone
kept), per-field clock stamps (stored compactly, see ``store.stored_stamps``) and the
row's latest stamp. The editable columns carry
the same names as the fields of the matching ``domain.records`` data class, so converting
between the two needs no mapping table.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Index, MetaData, String, Text, false
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from helferapp.domain.enums import (
    ConceptStatus,
    ContactChannel,
    GroupStatus,
    KIStatus,
    LegalForm,
    OrganisationKind,
    PartnershipKind,
    Weekday,
)
from helferapp.store import stored_stamps

# Named constraints let Alembic's batch mode drop and re-create them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Columns that describe a record rather than being part of its content.
BOOKKEEPING_COLUMNS = frozenset({"id", "stamps", "last_stamp", "search_text"})


def enum_column(enum_type: type[Enum]) -> SAEnum:
    """Store an enum by its stable code (``value``), not by its Python name."""
    return SAEnum(
        enum_type,
        native_enum=False,
        values_callable=lambda members: [member.value for member in members],
        length=32,
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        list[str]: JSON,
        dict[str, str]: JSON,
    }


class SyncedRecord(Base):
    """Columns and helpers shared by every table that travels in exchange files."""

    __abstract__ = True

    # Attribute names whose text is folded into ``search_text``.
    search_fields: ClassVar[tuple[str, ...]] = ()
    # Short code of the kind of record, used in exchange files and search hits.
    kind_code: ClassVar[str] = ""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    purged: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when this record was merged into another one (a duplicate): the tombstone then
    # says where its references went, so other installations can follow.
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)
    # The stamps that differ from ``last_stamp`` (``store.stored_stamps``); "" if none.
    stamps: Mapped[str] = mapped_column(Text, default="")
    last_stamp: Mapped[str] = mapped_column(String(64), default="", index=True)
    search_text: Mapped[str] = mapped_column(Text, default="")

    @classmethod
    def synced_fields(cls) -> tuple[str, ...]:
        """The content columns whose every write is stamped and merged field by field."""
        return tuple(
            column.key for column in cls.__table__.columns if column.key not in BOOKKEEPING_COLUMNS
        )

    def field_stamps(self) -> dict[str, str]:
        """Field → the stamp of its last write (unstamped fields left out)."""
        return stored_stamps.unpack(self.stamps, self.last_stamp or "", self.synced_fields())

    def set_field_stamps(self, stamps: dict[str, str]) -> None:
        """Store ``stamps`` (field → stamp) and the record's latest stamp."""
        self.stamps, self.last_stamp = stored_stamps.pack(stamps, self.synced_fields())


class HelperGroup(SyncedRecord):
    """Helferkreis."""

    __tablename__ = "helper_group"
    kind_code = "group"
    search_fields = ("name", "locality", "working_groups", "email", "phone", "notes")

    name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[LegalForm] = mapped_column(
        enum_column(LegalForm), default=LegalForm.INFORMAL
    )
    region_ags: Mapped[list[str]] = mapped_column(JSON, default=list)
    locality: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[GroupStatus] = mapped_column(
        enum_column(GroupStatus), default=GroupStatus.ACTIVE
    )
    working_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[date | None] = mapped_column(default=None)


class Organisation(SyncedRecord):
    """Stelle / Organisation, e.g. a Kommunales Integrationszentrum."""

    __tablename__ = "organisation"
    kind_code = "organisation"
    search_fields = ("name", "street", "postal_code", "city", "email", "phone", "notes")

    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind), default=OrganisationKind.OTHER
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    region_ags: Mapped[str | None] = mapped_column(
        String(8), ForeignKey("region.ags"), default=None
    )
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Programme(SyncedRecord):
    """Angebot."""

    __tablename__ = "programme"
    kind_code = "programme"
    search_fields = ("title", "target_group", "languages", "location", "schedule_text", "notes")

    title: Mapped[str] = mapped_column(String(300), default="")
    group_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("helper_group.id"), default=None, index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("organisation.id"), default=None, index=True
    )
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    target_group: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    location: Mapped[str] = mapped_column(String(300), default="")
    region_ags: Mapped[str | None] = mapped_column(
        String(8), ForeignKey("region.ags"), default=None, index=True
    )
    weekday: Mapped[Weekday | None] = mapped_column(enum_column(Weekday), default=None)
    start_time: Mapped[time | None] = mapped_column(default=None)
    end_time: Mapped[time | None] = mapped_column(default=None)
    schedule_text: Mapped[str] = mapped_column(String(300), default="")
    starts_on: Mapped[date | None] = mapped_column(default=None)
    ends_on: Mapped[date | None] = mapped_column(default=None)
    registration_required: Mapped[bool] = mapped_column(default=False)
    childcare: Mapped[bool] = mapped_column(default=False)
    cost: Mapped[str] = mapped_column(String(200), default="")
    accessible: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(SyncedRecord):
    """Ansprechperson, with the consent record inline (it is edited together with it)."""

    __tablename__ = "person"
    kind_code = "person"
    search_fields = ("name", "role", "email", "phone", "notes")

    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    group_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("helper_group.id"), default=None, index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("organisation.id"), default=None, index=True
    )
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    consent_given_on: Mapped[date | None] = mapped_column(default=None)
    consent_internal: Mapped[bool] = mapped_column(default=False)
    consent_share: Mapped[bool] = mapped_column(default=False)
    consent_print: Mapped[bool] = mapped_column(default=False)
    consent_withdrawn_on: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(SyncedRecord):
    """Kontaktprotokoll entry."""

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_follow_up", "done", "follow_up_on"),)
    kind_code = "contact"
    search_fields = ("subject", "result")

    contact_date: Mapped[date | None] = mapped_column(default=None, index=True)
    group_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("helper_group.id"), default=None, index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("organisation.id"), default=None, index=True
    )
    person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"), default=None)
    channel: Mapped[ContactChannel] = mapped_column(
        enum_column(ContactChannel), default=ContactChannel.PHONE
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)


class Partnership(SyncedRecord):
    """Bündnispartner: a group works with an organisation. Id is uuid5 of the pair."""

    __tablename__ = "partnership"
    kind_code = "partnership"

    group_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("helper_group.id"), default="", index=True
    )
    organisation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organisation.id"), default="", index=True
    )
    kind: Mapped[PartnershipKind] = mapped_column(
        enum_column(PartnershipKind), default=PartnershipKind.COOPERATION
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class RegionStatus(SyncedRecord):
    """Integrationskonzept and KI status of a Kreis or Gemeinde. Id is uuid5 of the AGS."""

    __tablename__ = "region_status"
    kind_code = "region_status"
    search_fields = ("source", "notes")

    ags: Mapped[str] = mapped_column(String(8), ForeignKey("region.ags"), default="", index=True)
    concept_status: Mapped[ConceptStatus] = mapped_column(
        enum_column(ConceptStatus), default=ConceptStatus.NONE
    )
    concept_date: Mapped[date | None] = mapped_column(default=None)
    ki_status: Mapped[KIStatus] = mapped_column(enum_column(KIStatus), default=KIStatus.NONE)
    ki_date: Mapped[date | None] = mapped_column(default=None)
    integration_guide: Mapped[bool] = mapped_column(default=False, server_default=false())
    source: Mapped[str] = mapped_column(String(300), default="")
    checked_on: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Region(Base):
    """A Bavarian Gebiet from the Destatis Gemeindeverzeichnis; read-only reference data."""

    __tablename__ = "region"

    ags: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(20), index=True)
    parent_ags: Mapped[str | None] = mapped_column(String(8), index=True)
    population: Mapped[int] = mapped_column(default=0)
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    lat: Mapped[float | None] = mapped_column(default=None)
    lon: Mapped[float | None] = mapped_column(default=None)
    name_official: Mapped[str] = mapped_column(String(200), default="")
    association: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class Meta(Base):
    """Key/value facts about this database: installation id and label, clock, data versions."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ImportJournalEntry(Base):
    """One local value that an import overwrote, kept so that it can be brought back.

    Local bookkeeping of this installation; never exported. ``old_value``/``new_value``
    hold the field's value in exchange-file form (JSON text).
    """

    __tablename__ = "import_journal"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    import_id: Mapped[str] = mapped_column(String(36), index=True)
    imported_at: Mapped[datetime]
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_label: Mapped[str] = mapped_column(String(300), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    record_title: Mapped[str] = mapped_column(String(300), default="")
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    old_stamp: Mapped[str] = mapped_column(String(64), default="")
    new_stamp: Mapped[str] = mapped_column(String(64), default="")
    restored_at: Mapped[datetime | None] = mapped_column(default=None)


SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    HelperGroup,
    Organisation,
    Programme,
    Person,
    Contact,
    Partnership,
    RegionStatus,
)
