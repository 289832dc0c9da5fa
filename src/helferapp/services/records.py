"""Create, edit, delete (tombstone), restore, purge, get and list any kind of record.

One generic implementation serves all seven kinds; what differs between them (model,
data class, validation, natural-key id) is described by an ``EntitySpec`` in
``services.entities``. Edits write only the fields whose value really changed, so that
the clock stamps exactly those and a merge does not let an untouched field overwrite a
colleague's edit.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session

from helferapp.domain.errors import NotFoundError, UserError
from helferapp.domain.ids import new_id
from helferapp.domain.records import RecordData
from helferapp.domain.text_folding import fold_terms, sort_key
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import SyncedRecord

D = TypeVar("D", bound=RecordData)


@dataclass(frozen=True)
class Record(Generic[D]):
    """A record as callers see it: its content plus the bookkeeping they may show."""

    id: str
    data: D
    deleted: bool = False
    purged: bool = False
    last_stamp: str = ""

    @property
    def changed_at_ms(self) -> int:
        """Wall time (ms) of the record's last change, read from its clock stamp."""
        return int(self.last_stamp[:15]) if self.last_stamp else 0


class Validator(Protocol[D]):
    """Checks and cleans a record's content; raises ``ValidationError`` listing every problem.

    ``previous`` is the stored content when an existing record is edited: links that the
    edit leaves unchanged are then accepted even if their target went to the Papierkorb
    meanwhile, so that e.g. a contact with a deleted Stelle can still be marked done.
    """

    def __call__(self, session: Session, data: D, *, previous: D | None = None) -> D:
        """Return the cleaned ``data``."""
        ...


@dataclass(frozen=True)
class EntitySpec(Generic[D]):
    """Everything the generic functions need to know about one kind of record."""

    model: type[SyncedRecord]
    data_type: type[D]
    label: str
    validate: Validator[D]
    natural_id: Callable[[D], str] | None = None
    order_by: str = "name"


def _is_enum(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, Enum)


_TUPLE_ITEM_TYPES: dict[type[Any], dict[str, type[Any] | None]] = {}


def _tuple_item_types(data_type: type[Any]) -> dict[str, type[Any] | None]:
    """For every tuple field of ``data_type``: its item type if that is an enum (cached)."""
    cached = _TUPLE_ITEM_TYPES.get(data_type)
    if cached is not None:
        return cached
    result: dict[str, type[Any] | None] = {}
    for name, hint in typing.get_type_hints(data_type).items():
        if typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            result[name] = item if _is_enum(item) else None
    _TUPLE_ITEM_TYPES[data_type] = result
    return result


def _column_value(value: Any) -> Any:
    """Convert a data-class value into what the column stores (tuples become lists)."""
    if isinstance(value, tuple):
        return [item.value if isinstance(item, Enum) else item for item in value]
    return value


def data_from_model(spec: EntitySpec[D], model: SyncedRecord) -> D:
    """Read a record's content from its ORM object."""
    tuple_types = _tuple_item_types(spec.data_type)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(spec.data_type):
        value = getattr(model, field.name)
        if field.name in tuple_types:
            item_type = tuple_types[field.name]
            items = value or []
            value = tuple(item_type(item) for item in items) if item_type else tuple(items)
        values[field.name] = value
    return spec.data_type(**values)


def to_record(spec: EntitySpec[D], model: SyncedRecord) -> Record[D]:
    return Record(
        id=model.id,
        data=data_from_model(spec, model),
        deleted=bool(model.deleted),
        purged=bool(model.purged),
        last_stamp=model.last_stamp or "",
    )


def _write(model: SyncedRecord, data: RecordData) -> None:
    """Set only the columns whose value differs, so only those get a new stamp."""
    for field in dataclasses.fields(data):
        value = _column_value(getattr(data, field.name))
        if getattr(model, field.name) != value:
            setattr(model, field.name, value)


def load(uow: UnitOfWork, spec: EntitySpec[D], record_id: str) -> SyncedRecord:
    """Fetch the ORM object or raise ``NotFoundError`` with a German message."""
    model = uow.session.get(spec.model, record_id)
    if model is None or model.purged:
        raise NotFoundError(f"{spec.label} nicht gefunden – vielleicht wurde er/sie gelöscht.")
    return model


def create(uow: UnitOfWork, spec: EntitySpec[D], data: D) -> Record[D]:
    """Validate and save a new record (for natural keys: revive or update the existing one)."""
    with uow:
        cleaned = spec.validate(uow.session, data)
        record_id = spec.natural_id(cleaned) if spec.natural_id else new_id()
        model = uow.session.get(spec.model, record_id)
        if model is None:
            model = spec.model(id=record_id, deleted=False, purged=False)
            uow.session.add(model)
        else:
            model.deleted = False
            model.purged = False
        _write(model, cleaned)
        uow.commit()
        return to_record(spec, model)


def update(uow: UnitOfWork, spec: EntitySpec[D], record_id: str, data: D) -> Record[D]:
    """Validate and save the edited content of an existing record."""
    with uow:
        model = load(uow, spec, record_id)
        cleaned = spec.validate(uow.session, data, previous=data_from_model(spec, model))
        if spec.natural_id and spec.natural_id(cleaned) != record_id:
            raise UserError(
                f"Bei diesem Eintrag ({spec.label}) lassen sich die verknüpften Einträge "
                "nicht ändern. Bitte einen neuen anlegen und diesen löschen."
            )
        _write(model, cleaned)
        uow.commit()
        return to_record(spec, model)


def patch(
    uow: UnitOfWork, spec: EntitySpec[D], record_id: str, changes: Mapping[str, Any]
) -> Record[D]:
    """Change some fields of a record (e.g. mark a contact done) with full validation."""
    with uow:
        current = data_from_model(spec, load(uow, spec, record_id))
    return update(uow, spec, record_id, dataclasses.replace(current, **changes))


def _set_deleted(uow: UnitOfWork, spec: EntitySpec[D], record_id: str, deleted: bool) -> Record[D]:
    with uow:
        model = load(uow, spec, record_id)
        model.deleted = deleted
        uow.commit()
        return to_record(spec, model)


def delete(uow: UnitOfWork, spec: EntitySpec[D], record_id: str) -> Record[D]:
    """Move a record to the Papierkorb (tombstone); it can be restored."""
    return _set_deleted(uow, spec, record_id, True)


def restore(uow: UnitOfWork, spec: EntitySpec[D], record_id: str) -> Record[D]:
    """Take a record back out of the Papierkorb."""
    return _set_deleted(uow, spec, record_id, False)


def purge(uow: UnitOfWork, spec: EntitySpec[D], record_id: str) -> None:
    """Wipe a deleted record's content for good; the tombstone stays so the deletion travels.

    Fields that link to other records keep their value, because the tombstone must still
    satisfy the database's references (they carry no personal data).
    """
    with uow:
        model = load(uow, spec, record_id)
        if not model.deleted:
            raise UserError(
                f"{spec.label} ist nicht im Papierkorb. Bitte zuerst löschen, dann endgültig "
                "entfernen."
            )
        _write(model, _wiped(spec, data_from_model(spec, model)))
        model.purged = True
        uow.commit()


def _wiped(spec: EntitySpec[D], data: D) -> D:
    empty = spec.data_type()
    keep = {
        field.name: getattr(data, field.name)
        for field in dataclasses.fields(spec.data_type)
        if field.name.endswith("_id") or field.name == "ags"
    }
    return dataclasses.replace(empty, **keep)


def get(uow: UnitOfWork, spec: EntitySpec[D], record_id: str) -> Record[D]:
    """Return one record (also from the Papierkorb)."""
    with uow:
        return to_record(spec, load(uow, spec, record_id))


def matching(model: type[SyncedRecord], query: str) -> Select[Any]:
    """A select of ``model`` rows whose folded search text contains every query word."""
    statement = select(model)
    conditions = [
        model.search_text.like(f"%{_escape_like(term)}%", escape="\\") for term in fold_terms(query)
    ]
    return statement.where(and_(*conditions)) if conditions else statement


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_records(
    uow: UnitOfWork,
    spec: EntitySpec[D],
    *,
    query: str = "",
    deleted: bool = False,
    where: Mapping[str, Any] | None = None,
) -> list[Record[D]]:
    """List live records (or, with ``deleted=True``, the Papierkorb), optionally filtered.

    ``query`` is folded like the stored search text ("muller" finds "Müller");
    ``where`` compares columns for equality (e.g. ``{"group_id": …}``).
    """
    model = spec.model
    statement = matching(model, query).where(model.deleted == deleted, model.purged.is_(False))
    for column, value in (where or {}).items():
        statement = statement.where(getattr(model, column) == value)
    statement = statement.order_by(getattr(model, spec.order_by), model.id)
    with uow:
        found = [to_record(spec, item) for item in uow.session.scalars(statement)]
    if found and isinstance(getattr(found[0].data, spec.order_by, None), str):
        # SQLite sorts by code point ("Ärzte" after "Zentrum"); people expect German order.
        found.sort(key=lambda record: sort_key(getattr(record.data, spec.order_by) or ""))
    return found
