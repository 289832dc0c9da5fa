"""Field values as they travel in exchange files, and the schema that checks them.

Every synced field has a *wire form* (docs/FORMAT.md §4): plain JSON — strings, booleans,
``null`` and lists of strings, dates as ``YYYY-MM-DD``, times as ``HH:MM``, enums by their
code. The schema is derived from the store's columns and the domain's data classes, so a
new field is described once, in the model, and the exchange format follows.
"""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from functools import cached_property
from types import UnionType
from typing import Any

from sqlalchemy import JSON, Boolean, Date, String, Text, Time
from sqlalchemy import Enum as SAEnum

from helferapp.domain.records import (
    ContactData,
    HelperGroupData,
    OrganisationData,
    PartnershipData,
    PersonData,
    ProgrammeData,
    RegionStatusData,
)
from helferapp.store.models import (
    Contact,
    HelperGroup,
    Organisation,
    Partnership,
    Person,
    Programme,
    RegionStatus,
    SyncedRecord,
)
from helferapp.sync import json_lines

# Import order: records before the records that point to them.
TABLE_MODELS: dict[str, type[SyncedRecord]] = {
    "helper_group": HelperGroup,
    "organisation": Organisation,
    "programme": Programme,
    "person": Person,
    "contact": Contact,
    "partnership": Partnership,
    "region_status": RegionStatus,
}
TABLE_DATA: dict[str, type[Any]] = {
    "helper_group": HelperGroupData,
    "organisation": OrganisationData,
    "programme": ProgrammeData,
    "person": PersonData,
    "contact": ContactData,
    "partnership": PartnershipData,
    "region_status": RegionStatusData,
}

TEXT_LIMIT = 100_000
LIST_ITEMS_LIMIT = 200
# ASCII digits only, matched in full (``\d`` also takes other scripts' digits and ``$`` a
# trailing newline): a value is accepted only in the one spelling FORMAT.md gives, so that
# every installation stores and re-exports exactly the text it received.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}")
_AGS = re.compile(r"09[0-9]{3}([0-9]{3})?")
_GEMEINDE = re.compile(r"09[0-9]{6}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# JSON can spell a lone surrogate ("\\ud800"); that is no text, and UTF-8 cannot store it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Fields that hold Gemeinden only (FORMAT.md §4; the forms check the same).
_GEMEINDE_FIELDS = {("helper_group", "region_ags"), ("programme", "region_ags")}


class WireValueError(ValueError):
    """A value in a file does not fit its field; the message is German."""


@dataclass(frozen=True)
class FieldSpec:
    """What one field may hold on the wire, and how to turn it into a column value."""

    name: str
    kind: str  # text, bool, date, time, list, codes, code, id, ags, ags_list, gemeinde(_list)
    nullable: bool = False
    max_length: int = TEXT_LIMIT
    enum_type: type[Enum] | None = None

    def to_python(self, value: Any) -> Any:
        """Check a wire value and return the column value; raise ``WireValueError``."""
        if value is None:
            if self.nullable:
                return None
            raise WireValueError(f"Feld „{self.name}“ darf nicht leer (null) sein")
        return self._convert(value)

    def check(self, value: Any) -> None:
        """Check a wire value like ``to_python``, without building the column value.

        Reading a file checks every value of every record; the commonest kinds (text,
        yes/no, an empty optional value, ids, codes) are answered here without a
        further call.
        """
        kind = self.kind
        if kind == "text":
            if (
                type(value) is str
                and len(value) <= self.max_length
                and (value.isascii() or not _SURROGATE.search(value))
            ):
                return
        elif kind == "bool":
            if type(value) is bool:
                return
        elif value is None:
            if self.nullable:
                return
        elif kind == "id":
            if type(value) is str and _UUID.fullmatch(value):
                return
        elif kind == "code":
            if type(value) is str and value in self._allowed_codes:
                return
        elif kind == "codes" and (
            type(value) is list
            and len(value) <= LIST_ITEMS_LIMIT
            and all(type(item) is str for item in value)
            and self._allowed_codes.issuperset(value)
        ):
            return
        self.to_python(value)

    @cached_property
    def _convert(self) -> Callable[[Any], Any]:
        converter: Callable[[Any], Any] = getattr(self, f"_{self.kind}")
        return converter

    @cached_property
    def _allowed_codes(self) -> frozenset[str]:
        assert self.enum_type is not None
        return frozenset(member.value for member in self.enum_type)

    def _fail(self, value: Any) -> WireValueError:
        shown = repr(value)
        shown = shown if len(shown) <= 40 else shown[:37] + "…"
        return WireValueError(f"Feld „{self.name}“ hat einen ungültigen Wert: {shown}")

    def _text(self, value: Any) -> str:
        if not isinstance(value, str) or len(value) > self.max_length:
            raise self._fail(value)
        if not value.isascii() and _SURROGATE.search(value):
            raise self._fail(value)
        return value

    def _bool(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self._fail(value)
        return value

    def _date(self, value: Any) -> date:
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise self._fail(value)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self._fail(value) from None

    def _time(self, value: Any) -> time:
        if not isinstance(value, str) or not _TIME.fullmatch(value):
            raise self._fail(value)
        try:
            return time.fromisoformat(value)
        except ValueError:
            raise self._fail(value) from None

    def _list(self, value: Any) -> list[str]:
        if (
            not isinstance(value, list)
            or len(value) > LIST_ITEMS_LIMIT
            or not all(
                isinstance(item, str) and len(item) <= 300 and not _SURROGATE.search(item)
                for item in value
            )
        ):
            raise self._fail(value)
        return list(value)

    def _codes(self, value: Any) -> list[str]:
        items = self._list(value)
        if not self._allowed_codes.issuperset(items):
            raise self._fail(value)
        return items

    def _code(self, value: Any) -> Enum:
        assert self.enum_type is not None
        try:
            return self.enum_type(value)
        except ValueError:
            raise self._fail(value) from None

    def _id(self, value: Any) -> str:
        if not isinstance(value, str) or not is_uuid(value):
            raise self._fail(value)
        return value

    def _ags_list(self, value: Any) -> list[str]:
        items = self._list(value)
        if not all(_AGS.fullmatch(item) for item in items):
            raise self._fail(value)
        return items

    def _gemeinde_list(self, value: Any) -> list[str]:
        items = self._list(value)
        if not all(_GEMEINDE.fullmatch(item) for item in items):
            raise self._fail(value)
        return items

    def _gemeinde(self, value: Any) -> str:
        if not isinstance(value, str) or not _GEMEINDE.fullmatch(value):
            raise self._fail(value)
        return value

    def _ags(self, value: Any) -> str:
        if not isinstance(value, str) or not _AGS.fullmatch(value):
            raise self._fail(value)
        return value


def is_uuid(value: str) -> bool:
    """Tell whether ``value`` is a UUID in canonical lower-case text form.

    The canonical form is exactly what ``str(uuid.UUID(…))`` gives: 8-4-4-4-12 lower-case
    hex digits; a regular expression says so without building a UUID per value.
    """
    return _UUID.fullmatch(value) is not None


# --- stored form --------------------------------------------------------------------
#
# The bulk merge and the export read and write columns with plain SQL, without
# SQLAlchemy's type processing, so the wire form is turned into exactly the text
# SQLAlchemy stores for SQLite (and back): dates as YYYY-MM-DD, times as
# HH:MM:SS.ffffff, booleans as 0/1, enums by their code, lists as json.dumps text.
# tests/sync compare databases written both ways byte for byte.


def _same(value: Any) -> Any:
    return value


def _wire_bool(value: Any) -> Any:
    return None if value is None else bool(value)


def _stored_time(value: Any) -> Any:
    return None if value is None else f"{value}:00.000000"


def _wire_time(value: Any) -> Any:
    return None if value is None else value[:5]


# Printable ASCII without the quote and the backslash: what json.dumps writes unchanged.
_PLAIN_JSON_TEXT = re.compile(r"[ !#-\[\]-~]*")


def _stored_list(value: Any) -> Any:
    if value is None:
        return None
    if not value:
        return "[]"
    # Codes and AGS lists (most lists): json.dumps's exact text, built without it.
    if _PLAIN_JSON_TEXT.fullmatch("".join(value)):
        return '["' + '", "'.join(value) + '"]'
    return json.dumps(value)


def _wire_list(value: Any) -> Any:
    return None if value is None else json_lines.decode(value)


_LIST_KINDS = {"list", "codes", "ags_list", "gemeinde_list"}


def stored_as_sent(kind: str) -> bool:
    """Whether values of ``kind`` are stored exactly as they travel (text, dates, codes, …)."""
    return kind not in _LIST_KINDS and kind not in ("bool", "time")


def stored_from_wire(kind: str) -> Callable[[Any], Any] | None:
    """The function that turns a checked wire value of ``kind`` into its stored form, or
    ``None`` if the value is written as it travels — booleans too: sqlite3 binds True
    and False as 1 and 0 itself."""
    if kind == "time":
        return _stored_time
    return _stored_list if kind in _LIST_KINDS else None


def wire_from_stored(kind: str) -> Callable[[Any], Any]:
    """The function that turns a stored value of ``kind`` into its wire form."""
    if kind == "bool":
        return _wire_bool
    if kind == "time":
        return _wire_time
    return _wire_list if kind in _LIST_KINDS else _same


def to_wire(value: Any) -> Any:
    """Turn a column value into its JSON form."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return [to_wire(item) for item in value]
    return value


def _enum_of(hint: Any) -> type[Enum] | None:
    candidates = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate
    return None


def _spec(model: type[SyncedRecord], hints: dict[str, Any], name: str) -> FieldSpec:
    column = model.__table__.columns[name]
    nullable = bool(column.nullable)
    if name == "merged_into":
        return FieldSpec(name, "id", nullable=True)
    gemeinde = (model.__tablename__, name) in _GEMEINDE_FIELDS
    foreign = next(iter(column.foreign_keys), None)
    if foreign is not None:
        region = foreign.column.table.name == "region"
        kind = ("gemeinde" if gemeinde else "ags") if region else "id"
        return FieldSpec(name, kind, nullable)
    column_type = column.type
    if isinstance(column_type, Boolean):
        return FieldSpec(name, "bool")
    if isinstance(column_type, Date):
        return FieldSpec(name, "date", nullable=True)
    if isinstance(column_type, Time):
        return FieldSpec(name, "time", nullable=True)
    if isinstance(column_type, SAEnum):
        return FieldSpec(name, "code", nullable, enum_type=_enum_of(hints[name]))
    if isinstance(column_type, JSON):
        item = typing.get_args(hints[name])[0]
        if isinstance(item, type) and issubclass(item, Enum):
            return FieldSpec(name, "codes", enum_type=item)
        if name == "region_ags":
            return FieldSpec(name, "gemeinde_list" if gemeinde else "ags_list")
        return FieldSpec(name, "list")
    if isinstance(column_type, String | Text):
        length = getattr(column_type, "length", None) or TEXT_LIMIT
        return FieldSpec(name, "text", max_length=length)
    raise TypeError(f"no wire form for {model.__name__}.{name}")


def _table_schema(table: str) -> dict[str, FieldSpec]:
    model = TABLE_MODELS[table]
    hints = typing.get_type_hints(TABLE_DATA[table])
    return {name: _spec(model, hints, name) for name in model.synced_fields()}


SCHEMA: dict[str, dict[str, FieldSpec]] = {table: _table_schema(table) for table in TABLE_MODELS}
