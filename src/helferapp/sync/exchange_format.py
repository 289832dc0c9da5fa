"""What a ``.helferapp`` file holds: its format, a record as it travels, its manifest.

The model both directions share (docs/FORMAT.md): the format's name and version, the
tables and their member names, ``WireRecord`` (one record's id, wire values and stamps)
with its line written (``to_line``) and read back and checked (``parse_line``), the
parsed ``Manifest``, and the errors a file that cannot be read raises.
``sync.exchange_file`` writes and reads the ZIP container around them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from helferapp.domain import ids
from helferapp.domain.errors import UserError
from helferapp.sync.clock import within_format
from helferapp.sync.wire import SCHEMA, TABLE_MODELS, WireValueError, is_uuid

FORMAT_NAME = "helferapp-exchange"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
MANIFEST = "manifest.json"
TABLES = tuple(TABLE_MODELS)
MAX_LINE_BYTES = 1024 * 1024
# ASCII digits, matched in full: the reader's idea of a stamp must be the clock's (§5).
_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-[0-9a-f]{32}")
# What json.loads can raise beyond JSONDecodeError: RecursionError for deep nesting and
# ValueError for an integer with more digits than int() accepts.
JSON_ERRORS = (ValueError, RecursionError)
_NOTHING = object()
MEMBER_NAMES = {f"{table}.jsonl": table for table in TABLES}
# One encoder for every line (json.dumps with options builds a new one per call).
_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class ExchangeFileError(UserError):
    """The file cannot be read as an exchange file; nothing was changed."""


class NewerFormatError(ExchangeFileError):
    """The file was written by a newer HelferApp."""


@dataclass(frozen=True)
class WireRecord:
    """One record as it travels: id, field values in wire form, and their stamps."""

    id: str
    values: dict[str, Any]
    stamps: dict[str, str]

    def to_line(self) -> bytes:
        body = {"id": self.id, "values": self.values, "stamps": self.stamps}
        return _LINE_ENCODER.encode(body).encode()


@dataclass(frozen=True)
class Manifest:
    """The parsed ``manifest.json``."""

    format_version: str
    app_version: str
    created_at: str
    installation_id: str
    installation_label: str
    scope: dict[str, Any]
    consent: str
    members: dict[str, tuple[int, str]] = field(default_factory=dict)
    demo: bool = False
    """Written from a demo database (optional field; older readers ignore it)."""

    @property
    def record_count(self) -> int:
        return sum(count for count, _digest in self.members.values())


def damaged(detail: str) -> ExchangeFileError:
    """The German refusal of a file that is not (or no longer) a sound exchange file."""
    return ExchangeFileError(
        f"Die Datei ist beschädigt oder keine HelferApp-Austauschdatei ({detail}). Es wurde "
        "nichts verändert. Bitte die Datei noch einmal kopieren oder neu schicken lassen."
    )


def parse_line(table: str, line: bytes, where: str) -> WireRecord:
    """One member line read back into a record, every field and stamp checked (§3, §5)."""
    if len(line) > MAX_LINE_BYTES:
        raise damaged(f"{where}: Zeile zu lang")
    try:
        body = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise damaged(f"{where}: keine gültige UTF-8-Kodierung") from None
    except JSON_ERRORS:
        raise damaged(f"{where}: kein gültiges JSON") from None
    if not isinstance(body, dict):
        raise damaged(f"{where}: kein JSON-Objekt")
    record_id, values, stamps = body.get("id"), body.get("values"), body.get("stamps")
    if not isinstance(record_id, str) or not is_uuid(record_id):
        raise damaged(f"{where}: ungültige Kennung (id)")
    if not isinstance(values, dict) or not isinstance(stamps, dict):
        raise damaged(f"{where}: „values“ oder „stamps“ fehlt")
    if values.keys() != stamps.keys():
        raise damaged(f"{where}: Werte und Zeitstempel passen nicht zusammen")
    schema = SCHEMA[table]
    known_values: dict[str, Any] = {}
    known_stamps: dict[str, str] = {}
    checked: object = _NOTHING  # the last stamp found valid: most fields share one
    for name, value in values.items():
        stamp = stamps[name]
        if stamp != checked:
            if not isinstance(stamp, str) or not _STAMP.fullmatch(stamp):
                raise damaged(f"{where}: ungültiger Zeitstempel bei „{name}“")
            if not within_format(stamp):
                raise damaged(f"{where}: Zeitstempel bei „{name}“ liegt nach dem Jahr 9999")
            checked = stamp
        spec = schema.get(name)
        if spec is None:
            continue  # a field from a newer minor version: ignored (FORMAT.md §4)
        try:
            spec.check(value)
        except WireValueError as error:
            raise damaged(f"{where}: {error}") from None
        known_values[name] = value
        known_stamps[name] = stamp
    _check_natural_id(table, record_id, known_values, where)
    return WireRecord(record_id, known_values, known_stamps)


def _check_natural_id(table: str, record_id: str, values: dict[str, Any], where: str) -> None:
    if table == "partnership" and "group_id" in values and "organisation_id" in values:
        expected = ids.partnership_id(values["group_id"], values["organisation_id"])
    elif table == "region_status" and "ags" in values:
        expected = ids.region_status_id(values["ags"])
    else:
        return
    if expected != record_id:
        raise damaged(f"{where}: die Kennung passt nicht zu den verknüpften Einträgen")
