"""Loading the demo database: plausible Bavarian data to try the app, test and measure it.

Two scales: ``small`` (about 20 Helferkreise, a few seconds) to look around in and for
tests, and ``bavaria`` (2,500 Helferkreise, 60,000 Kontakte) to see whether lists,
search and exports stay fast with a whole Land's data. The content is invented by
``services.demo_content``; this module checks that the database is empty, validates
every record with the same domain rules as a form, and stores it through the ORM so the
stamping listener gives every field its clock stamp, as with any other write.

For speed the records are added in batches (``session.add_all``) instead of through
``records.create`` one by one, and validated against an in-memory copy of the Gebiete
instead of one query per record. The whole load is one transaction: if it fails or is
interrupted, the database stays empty and the load can simply be started again.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session

from helferapp.domain.enums import RegionLevel
from helferapp.domain.errors import UserError
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
    RecordData,
)
from helferapp.services.demo_content import DemoContent
from helferapp.services.demo_parts import Gebiet, RegionIndex, Sizes
from helferapp.services.entities import (
    CONTACTS,
    GROUPS,
    ORGANISATIONS,
    PARTNERSHIPS,
    PERSONS,
    PROGRAMMES,
    REGION_STATUSES,
)
from helferapp.services.info import META_DEMO
from helferapp.services.records import EntitySpec, _column_value
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.batches import batches
from helferapp.store.database import Database, translated_errors
from helferapp.store.models import SYNCED_MODELS, Meta, Region, SyncedRecord

D = TypeVar("D", bound=RecordData)

BATCH_SIZE = 5_000
"""Records per flush: large enough for SQLAlchemy's executemany, small enough for memory."""

NOT_EMPTY = (
    "Die Datenbank enthält schon Einträge. Die Beispieldaten werden nur in eine leere "
    "Datenbank geladen, damit sie sich nicht mit echten Daten vermischen. Bitte eine neue "
    "Datenbank-Datei anlegen (in der Kommandozeile z. B. mit --db beispiel.sqlite3) und "
    "die Beispieldaten dort laden."
)


class Scale(StrEnum):
    """How much demo data to create."""

    SMALL = "small"
    BAVARIA = "bavaria"


SIZES: dict[Scale, Sizes] = {
    Scale.SMALL: Sizes(
        groups=20,
        organisations=30,
        programmes=60,
        persons=40,
        contacts=120,
        region_statuses=20,
        kreise=7,
    ),
    Scale.BAVARIA: Sizes(
        groups=2_500,
        organisations=1_500,
        programmes=25_000,
        persons=15_000,
        contacts=60_000,
        region_statuses=80,
        kreise=96,
    ),
}


@dataclass(frozen=True)
class DemoSummary:
    """What ``build_demo`` created (records per kind) and how long it took."""

    counts: dict[str, int]
    seconds: float


def build_demo(
    database: Database,
    scale: Scale = Scale.SMALL,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data; the same seed and day give the same data.

    Raises ``UserError`` (and changes nothing) if the database already holds records.
    ``progress`` receives short German messages for a status line.
    """
    started = time.perf_counter()
    report = progress or _ignore
    sizes = SIZES[Scale(scale)]
    with UnitOfWork(database) as uow:
        report("Prüfe die Datenbank …")
        session = uow.session
        if _holds_records(session):
            raise UserError(NOT_EMPTY)
        # Disk full, a locked file …: a German message, and the rollback leaves it empty.
        with translated_errors():
            regions = region_index(session)
            content = DemoContent(regions, sizes, seed, today or date.today())
            writer = _Writer(session, report)
            counts = {
                "groups": writer.write(
                    GROUPS,
                    content.groups(),
                    lambda data: validate_group(data, regions),
                    "Lege Helferkreise an",
                    sizes.groups,
                ),
                "organisations": writer.write(
                    ORGANISATIONS,
                    content.organisations(),
                    lambda data: validate_organisation(data, regions),
                    "Lege Stellen an",
                    sizes.organisations,
                ),
                "programmes": writer.write(
                    PROGRAMMES,
                    content.programmes(),
                    lambda data: validate_programme(data, regions),
                    "Lege Angebote an",
                    sizes.programmes,
                ),
                "persons": writer.write(
                    PERSONS, content.persons(), validate_person, "Lege Personen an", sizes.persons
                ),
                "contacts": writer.write(
                    CONTACTS,
                    content.contacts(),
                    validate_contact,
                    "Lege Kontakte an",
                    sizes.contacts,
                ),
                "partnerships": writer.write(
                    PARTNERSHIPS,
                    content.partnerships(),
                    validate_partnership,
                    "Lege Bündnispartner an",
                    0,
                ),
                "region_statuses": writer.write(
                    REGION_STATUSES,
                    content.region_statuses(),
                    lambda data: validate_region_status(data, regions),
                    "Lege Integrationskonzepte und KI-Status an",
                    sizes.region_statuses,
                ),
            }
        report("Speichere …")
        # The database says it is a demo (title bar, banner, mark in exported files).
        session.execute(delete(Meta).where(Meta.key == META_DEMO))
        session.execute(insert(Meta).values(key=META_DEMO, value="1"))
        uow.commit()
    seconds = time.perf_counter() - started
    report(f"Fertig: {_german(sum(counts.values()))} Einträge in {seconds:.1f} s.")
    return DemoSummary(counts=counts, seconds=seconds)


def _ignore(_message: str) -> None:
    """The progress callback when the caller does not want one."""


def _german(number: int) -> str:
    """12.345 instead of 12,345."""
    return f"{number:,}".replace(",", ".")


def _holds_records(session: Session) -> bool:
    """Whether any kind of record has a live (not deleted) entry."""
    return any(
        session.scalar(select(exists().where(model.deleted.is_(False)))) for model in SYNCED_MODELS
    )


def region_index(session: Session) -> RegionIndex:
    """The ``region`` table in memory, for the generator and fast validation."""
    rows = session.execute(
        select(
            Region.ags,
            Region.name,
            Region.kind,
            Region.level,
            Region.parent_ags,
            Region.population,
            Region.postal_code,
        )
    )
    return RegionIndex(
        Gebiet(ags, name, kind, RegionLevel(level), parent, population, postal_code)
        for ags, name, kind, level, parent, population, postal_code in rows
    )


class _Writer:
    """Validates records and adds them to the session, a batch per flush."""

    def __init__(self, session: Session, report: Callable[[str], None]) -> None:
        self._session = session
        self._report = report

    def write(
        self,
        spec: EntitySpec[D],
        records: Iterable[tuple[str, D]],
        validate: Callable[[D], D],
        message: str,
        expected: int,
    ) -> int:
        """Store ``records`` as ``spec``'s model; return how many there were.

        ``expected`` (0 if unknown) only feeds the progress messages.
        """
        model = spec.model
        names = [field.name for field in dataclasses.fields(spec.data_type)]
        # The database holds no live records (checked), but may hold tombstones of an
        # earlier demo with the same seed: those ids are revived instead of inserted.
        tombstones = bool(self._session.scalar(select(exists().select_from(model))))
        self._report(f"{message} …")
        count = 0
        for batch in batches(records, BATCH_SIZE):
            if count:
                of = f" von {_german(expected)}" if expected else ""
                self._report(f"{message} … ({_german(count)}{of})")
            existing = (
                self._existing(model, [record_id for record_id, _ in batch]) if tombstones else {}
            )
            new: list[SyncedRecord] = []
            for record_id, data in batch:
                cleaned = validate(data)
                values = {name: _column_value(getattr(cleaned, name)) for name in names}
                old = existing.get(record_id)
                if old is None:
                    new.append(model(id=record_id, deleted=False, purged=False, **values))
                    continue
                old.deleted = False
                old.purged = False
                for name, value in values.items():
                    if getattr(old, name) != value:
                        setattr(old, name, value)
            self._session.add_all(new)
            self._session.flush()
            self._session.expunge_all()  # keeps memory flat; the rows are in the transaction
            count += len(batch)
        return count

    def _existing(self, model: type[SyncedRecord], record_ids: list[str]) -> dict[str, Any]:
        rows = self._session.scalars(select(model).where(model.id.in_(record_ids)))
        return {row.id: row for row in rows}
