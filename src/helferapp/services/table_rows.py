"""Reading and checking the rows of a list for one import plan (used by ``table_import``).

A ``RowReader`` turns each row into the record's data class: cells are read with
``cell_values`` (what Excel did to them undone), references by name are looked up among
the live records, Gemeinde names matched to AGS (``gemeinde_match``), and the result is
checked by the same validation as a form, with every error mapped back to its column.
Kept apart from the import itself, which only decides and writes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from helferapp.domain.errors import ValidationError
from helferapp.domain.text_folding import fold
from helferapp.services import cell_values
from helferapp.services.column_mapping import TARGETS, ImportField, Target
from helferapp.services.entities import ALL_SPECS
from helferapp.services.gemeinde_match import GemeindeMatcher
from helferapp.services.records import EntitySpec
from helferapp.services.regions import list_regions
from helferapp.services.table_files import Table
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import HelperGroup, Organisation, Person, Region, SyncedRecord

_REFERENCES: dict[str, tuple[type[SyncedRecord], str]] = {
    "group": (HelperGroup, "Helferkreis"),
    "organisation": (Organisation, "Stelle"),
    "person": (Person, "Person"),
}


class BadRows(StrEnum):
    """What to do with a row that has errors."""

    SKIP = "skip"
    NOTE = "note"


@dataclass(frozen=True)
class ImportPlan:
    """The user's choices: target, column → field, values for every row, answers."""

    target: str
    mapping: Mapping[int, str]
    defaults: Mapping[str, str] = field(default_factory=dict)
    gemeinde_choices: Mapping[str, str] = field(default_factory=dict)
    bad_rows: BadRows = BadRows.SKIP


@dataclass(frozen=True)
class CellError:
    """A problem with one cell (``column`` None: with the row as a whole)."""

    column: int | None
    field: str
    message: str


@dataclass(frozen=True)
class RowCheck:
    """One data row, read and checked."""

    index: int
    row_number: int
    title: str
    errors: tuple[CellError, ...]
    data: Any = None
    noted: bool = False


def spec_for(target: Target) -> EntitySpec[Any]:
    return next(spec for spec in ALL_SPECS if spec.model.__tablename__ == target.table)


class _NameIndex:
    """Existing live records of one kind by folded name, to resolve "Helferkreis" cells."""

    def __init__(self, uow: UnitOfWork, model: type[SyncedRecord], what: str) -> None:
        self.what = what
        self.ids: dict[str, list[str]] = {}
        statement = select(model).where(model.deleted.is_(False), model.purged.is_(False))
        # Held here so the session's (weak) identity map keeps them for the link checks.
        self.records = list(uow.session.scalars(statement))
        for record in self.records:
            name = str(getattr(record, "name", ""))
            self.ids.setdefault(fold(name), []).append(record.id)
            self.ids.setdefault(record.id, []).append(record.id)

    def resolve(self, name: str) -> str:
        found = self.ids.get(fold(name)) or self.ids.get(name.strip()) or []
        if len(found) == 1:
            return found[0]
        if found:
            raise ValueError(
                f"Es gibt mehrere Einträge „{name}“ ({self.what}). Bitte in der Liste eindeutig "
                "benennen oder vorher die Dubletten zusammenführen."
            )
        raise ValueError(
            f"{self.what} „{name}“ gibt es hier noch nicht. Bitte zuerst anlegen (oder die "
            "Liste dafür importieren), dann diese Liste noch einmal."
        )


class RowReader:
    """Turns rows into checked data for one plan; used by the preview and the import."""

    def __init__(self, uow: UnitOfWork, table: Table, plan: ImportPlan) -> None:
        self.table, self.plan = table, plan
        self.target = TARGETS[plan.target]
        self.spec = spec_for(self.target)
        self.uow = uow
        by_key = {item.key: item for item in self.target.fields}
        self.columns = {key: column for column, key in plan.mapping.items() if key in by_key}
        self.fields = [by_key[key] for key in self.columns]
        self.fields += [by_key[key] for key in plan.defaults if key not in self.columns]
        districts = self.target.code == "organisation"
        self.matcher = GemeindeMatcher(list_regions(uow), districts=districts)
        self.names = {
            key: _NameIndex(uow, model, what)
            for key, (model, what) in _REFERENCES.items()
            if key in self.columns or key in plan.defaults
        }
        self.ambiguous: dict[str, list[tuple[str, str]]] = {}
        # Gebiete held for the validation's lookups (the identity map holds them weakly).
        self._regions = list(uow.session.scalars(select(Region)))

    def raw(self, index: int, item: ImportField) -> Any:
        column = self.columns.get(item.key)
        value = self.table.cell(index, column) if column is not None else None
        if cell_values.text(value) == "":
            value = self.plan.defaults.get(item.key)
        return value

    def check(self, index: int) -> RowCheck:
        values, errors = self._read(index)
        data, problems = self._validate(self.spec.data_type(**values))
        errors += problems
        noted = False
        if errors and self.plan.bad_rows is BadRows.NOTE:
            data, errors, noted = self._with_note(index, values, errors)
        title = str(getattr(data, "name", "") or getattr(data, "title", "") or "")
        title = title or str(getattr(data, "subject", "") or "")
        row_number = self.table.row_numbers[index]
        return RowCheck(index, row_number, title, tuple(errors), data, noted)

    def _read(self, index: int) -> tuple[dict[str, Any], list[CellError]]:
        values: dict[str, Any] = {}
        errors: list[CellError] = []
        parts: dict[str, str] = {}
        for item in self.fields:
            raw = self.raw(index, item)
            if cell_values.text(raw) == "":
                continue
            try:
                if item.kind in ("first_name", "last_name"):
                    parts[item.kind] = cell_values.text(raw)
                elif item.kind != "district":
                    values[item.field] = self._convert(index, item, raw)
            except ValueError as error:
                errors.append(CellError(self.columns.get(item.key), item.key, str(error)))
        city = values.get("city")
        if self.target.code == "organisation" and city and "region_ags" not in values:
            match = self.matcher.match(city, postal_code=values.get("postal_code", ""))
            values["region_ags"] = match.ags  # a place that fits exactly one Gebiet, else none
        if parts and not values.get("name"):
            values["name"] = " ".join(
                parts[key] for key in ("first_name", "last_name") if key in parts
            )
        return values, errors

    def _convert(self, index: int, item: ImportField, raw: Any) -> Any:
        kind = item.kind
        if kind == "text":
            return cell_values.text(raw)
        if kind in ("phone", "email", "url"):
            return getattr(cell_values, kind)(raw)
        if kind == "date":
            return cell_values.day(raw)
        if kind == "time":
            return cell_values.clock_time(raw)
        if kind == "bool":
            return cell_values.yes_no(raw)
        if kind == "enum" and item.enum is not None:
            return cell_values.vocabulary(raw, item.enum)
        if kind == "enum_list" and item.enum is not None:
            return cell_values.vocabulary_list(raw, item.enum)
        if kind == "list":
            return cell_values.split(raw)
        if kind == "gemeinde":
            return self._gemeinde(index, cell_values.text(raw))
        if kind == "gemeinden":
            return tuple(self._gemeinde(index, part) for part in _places(cell_values.text(raw)))
        if kind in self.names:
            return self.names[kind].resolve(cell_values.text(raw))
        return cell_values.text(raw)

    def _gemeinde(self, index: int, text: str) -> str:
        hint = next(
            (
                cell_values.text(self.raw(index, item))
                for item in self.fields
                if item.kind == "district"
            ),
            "",
        )
        postal = next(
            (
                cell_values.text(self.raw(index, item))
                for item in self.fields
                if item.key == "postal_code"
            ),
            "",
        )
        match = self.matcher.match(text, hint, postal)
        if match.ags:
            return match.ags
        chosen = self.plan.gemeinde_choices.get(text)
        if chosen:
            return chosen
        if match.ambiguous:
            self.ambiguous[text] = [(row.ags, row.display) for row in match.candidates]
            raise ValueError(
                f"„{text}“ gibt es mehrmals in Bayern. Bitte auswählen, welche Gemeinde gemeint "
                "ist (oder den Landkreis dazuschreiben, z. B. „Hausen (Lkr. Miltenberg)“)."
            )
        raise ValueError(
            f"Keine bayerische Gemeinde „{text}“ gefunden. Bitte die Schreibweise prüfen "
            "(z. B. „Neustadt a.d. Waldnaab“)."
        )

    def scan_gemeinden(self, index: int) -> None:
        """Match the row's Gemeinde cells only, collecting the names that need a choice."""
        for item in self.fields:
            if item.kind in ("gemeinde", "gemeinden"):
                with contextlib.suppress(ValueError):
                    self._convert(index, item, self.raw(index, item))

    def _validate(self, data: Any) -> tuple[Any, list[CellError]]:
        """The cleaned data (phone in +49 form, …) and the errors, mapped to columns."""
        try:
            # No autoflush: the link checks' lookups would flush the pending rows each time.
            with self.uow.session.no_autoflush:
                return self.spec.validate(self.uow.session, data), []
        except ValidationError as error:
            return data, [self._field_error(item.field, item.message) for item in error.errors]

    def _field_error(self, data_field: str, message: str) -> CellError:
        for item in self.fields:
            if item.field == data_field and item.key in self.columns:
                return CellError(self.columns[item.key], item.key, message)
        return CellError(None, data_field, message)

    def _with_note(
        self, index: int, values: dict[str, Any], errors: list[CellError]
    ) -> tuple[Any, list[CellError], bool]:
        """Drop what is wrong, note it, and check again; what still fails is an error."""
        wrong = {error.field for error in errors}
        fields = {item.key: item.field for item in self.fields}
        kept = {
            name: value
            for name, value in values.items()
            if name not in {fields.get(key, key) for key in wrong}
        }
        lines = [
            f"{self._label(error.field)}: {error.message}"
            for error in errors
            if error.column is not None
        ]
        note_field = self.target.note_field
        note = (
            f"Aus „{self.table.name}“, Zeile {self.table.row_numbers[index]} übernommen; "
            "nicht übernommen: " + "; ".join(lines)
        )
        kept[note_field] = "\n".join(part for part in (kept.get(note_field, ""), note) if part)
        data, remaining = self._validate(self.spec.data_type(**kept))
        if remaining or not lines:
            return data, remaining or errors, False
        return data, [], True

    def _label(self, key: str) -> str:
        try:
            return self.target.field(key).label
        except KeyError:
            return key


def _places(text: str) -> list[str]:
    """ "Olching; Eichenau, Lkr. Fürstenfeldbruck" → Gemeinden, a Landkreis kept with its place."""
    places: list[str] = []
    for part in cell_values.split(text):
        if places and fold(part).startswith(("lkr", "landkreis", "lk ", "kreis")):
            places[-1] = f"{places[-1]} ({part})"
        else:
            places.append(part)
    return places
