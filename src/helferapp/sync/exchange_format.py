"""What a ``.helferapp`` file holds: its format, a record as it travels, its manifest.

The model both directions share (docs/FORMAT.md): the format's name and version, the
tables and their member names, ``WireRecord`` (one record's id, wire values and stamps)
with its line written and read back and checked in either format (1.0: ``to_line`` /
``parse_line``, every field's stamp spelled out; 2.0: ``to_line_v2`` / ``parse_line_v2``,
one stamp per record, the fields that differ, installations by number), the parsed
``Manifest``, and the errors a file that cannot be read raises. In memory a record's
stamps are always spelled out per field, so the merge is the same for both formats.
``sync.exchange_file`` writes and reads the ZIP container around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from helferapp.domain import ids
from helferapp.domain.errors import UserError
from helferapp.store.stored_stamps import base_stamp
from helferapp.sync import json_lines
from helferapp.sync.clock import within_format
from helferapp.sync.wire import SCHEMA, TABLE_MODELS, WireValueError, is_uuid

FORMAT_NAME = "helferapp-exchange"
FORMAT_MAJOR = 2
FORMAT_MINOR = 0
# The format versions this version writes and reads; the first is the oldest it writes.
WRITES = ("1.0", "2.0")
MANIFEST = "manifest.json"
TABLES = tuple(TABLE_MODELS)
MAX_LINE_BYTES = 1024 * 1024
# ASCII digits, matched in full: the reader's idea of a stamp must be the clock's (§5).
_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-[0-9a-f]{32}")
# A 2.0 stamp: the installation by its number in the manifest's ``nodes`` (§5).
_SHORT_STAMP = re.compile(r"[0-9]{15}-[0-9]{5}-(0|[1-9][0-9]{0,5})")
# The start of a 2.0 line as HelferApp writes it for a record with one stamp (sorted
# keys, no spaces, no "stamps"): enough to compare the record before parsing it.
_ONE_STAMP_LINE = re.compile(
    rb'\{"id":"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",'
    rb'"stamp":"([0-9]{15}-[0-9]{5}-)(0|[1-9][0-9]{0,5})","values":\{'
)
# What reading a line can raise beyond JSONDecodeError (json_lines.decode is json.loads):
# RecursionError for deep nesting and ValueError for an integer with more digits than
# int() accepts.
JSON_ERRORS = (ValueError, RecursionError)
_NOTHING = object()
MEMBER_NAMES = {f"{table}.jsonl": table for table in TABLES}


class ExchangeFileError(UserError):
    """The file cannot be read as an exchange file; nothing was changed."""


class NewerFormatError(ExchangeFileError):
    """The file was written by a newer HelferApp."""


@dataclass(frozen=True)
class WireRecord:
    """One record as it travels: id, field values in wire form, and their stamps
    (spelled out per field, whichever format the file has)."""

    id: str
    values: dict[str, Any]
    stamps: dict[str, str]

    def to_line(self) -> bytes:
        """The record's line in format 1.0: every field's stamp written out."""
        body = {"id": self.id, "values": self.values, "stamps": self.stamps}
        return json_lines.encode(body)

    def to_line_v2(self, nodes: NodeNumbers) -> bytes:
        """The record's line in format 2.0 (§3): one stamp, and the fields whose stamp
        differs from it; installations by their number in ``nodes``."""
        body: dict[str, Any] = {"id": self.id, "values": self.values}
        stamps = self.stamps
        if stamps:
            kinds = set(stamps.values())
            base = next(iter(kinds)) if len(kinds) == 1 else base_stamp(stamps.values())
            body["stamp"] = nodes.short(base)
            if len(kinds) > 1:
                body["stamps"] = {
                    name: nodes.short(stamp) for name, stamp in stamps.items() if stamp != base
                }
        return json_lines.encode(body)


@dataclass(frozen=True)
class PendingRecord:
    """A 2.0 line whose fields all carry one stamp, not parsed yet (§3).

    Importing a file again is the commonest import of all (every round through the
    Austauschordner sees files it has merged before): the merge compares ``newest``
    with what the database holds first and calls ``parse`` only for a record that may
    bring something. A record that brings nothing is never stored, so its values need
    no checking; the member's checksum still covers every byte of it.
    """

    id: str
    newest: str
    parse: Callable[[], WireRecord]


class NodeNumbers:
    """The installations a 2.0 file's stamps come from, numbered as they first occur
    (written to the manifest as ``nodes``, §2)."""

    def __init__(self) -> None:
        self.numbers: dict[str, str] = {}

    def short(self, stamp: str) -> str:
        """``stamp`` with its installation id replaced by the installation's number."""
        node = stamp[22:]
        number = self.numbers.get(node)
        if number is None:
            number = self.numbers[node] = str(len(self.numbers))
        return stamp[:22] + number

    @property
    def nodes(self) -> list[str]:
        return list(self.numbers)


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
    nodes: tuple[str, ...] = ()
    """Format 2.0: the installations its stamps name by number."""
    reads: tuple[str, ...] = ()
    """The format versions the writing installation reads (``reads``, since 2.0; a file
    without it comes from an installation that reads its own format's major only)."""

    @property
    def record_count(self) -> int:
        return sum(count for count, _digest in self.members.values())

    @property
    def major(self) -> int:
        return major_of(self.format_version)

    @property
    def readable_majors(self) -> frozenset[int]:
        """The format majors the file's writer can read."""
        if not self.reads:
            return frozenset({self.major})
        return frozenset(major_of(version) for version in self.reads)


def major_of(version: str) -> int:
    """The major number of a format version such as "2.0"."""
    return int(version.split(".", 1)[0])


def damaged(detail: str) -> ExchangeFileError:
    """The German refusal of a file that is not (or no longer) a sound exchange file."""
    return ExchangeFileError(
        f"Die Datei ist beschädigt oder keine HelferApp-Austauschdatei ({detail}). Es wurde "
        "nichts verändert. Bitte die Datei noch einmal kopieren oder neu schicken lassen."
    )


def _line_body(line: bytes, where: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """A member line's JSON object, its checked id and its ``values``."""
    if len(line) > MAX_LINE_BYTES:
        raise damaged(f"{where}: Zeile zu lang")
    try:
        body = json_lines.decode(line)
    except UnicodeDecodeError:
        raise damaged(f"{where}: keine gültige UTF-8-Kodierung") from None
    except JSON_ERRORS:
        raise damaged(f"{where}: kein gültiges JSON") from None
    if not isinstance(body, dict):
        raise damaged(f"{where}: kein JSON-Objekt")
    record_id, values = body.get("id"), body.get("values")
    if not isinstance(record_id, str) or not is_uuid(record_id):
        raise damaged(f"{where}: ungültige Kennung (id)")
    if not isinstance(values, dict):
        raise damaged(f"{where}: „values“ fehlt")
    return record_id, values, body


def parse_line(table: str, line: bytes, where: str) -> WireRecord:
    """One 1.0 member line read back into a record, every field and stamp checked (§3, §5)."""
    record_id, values, body = _line_body(line, where)
    stamps = body.get("stamps")
    if not isinstance(stamps, dict):
        raise damaged(f"{where}: „values“ oder „stamps“ fehlt")
    if values.keys() != stamps.keys():
        raise damaged(f"{where}: Werte und Zeitstempel passen nicht zusammen")
    checked: object = _NOTHING  # the last stamp found valid: most fields share one
    for name, stamp in stamps.items():
        if stamp != checked:
            if not isinstance(stamp, str) or not _STAMP.fullmatch(stamp):
                raise damaged(f"{where}: ungültiger Zeitstempel bei „{name}“")
            if not within_format(stamp):
                raise damaged(f"{where}: Zeitstempel bei „{name}“ liegt nach dem Jahr 9999")
            checked = stamp
    return _checked_record(table, record_id, values, stamps, where)


def parse_line_v2(table: str, line: bytes, where: str, nodes: tuple[str, ...]) -> WireRecord:
    """One 2.0 member line read back into a record with its stamps spelled out, every
    field and stamp checked (§3, §5)."""
    record_id, values, body = _line_body(line, where)
    base, others = body.get("stamp"), body.get("stamps", _NOTHING)
    if others is _NOTHING:
        others = {}
    elif not isinstance(others, dict):
        raise damaged(f"{where}: „stamps“ ist kein Verzeichnis abweichender Zeitstempel")
    if base is None and not values and not others:
        return WireRecord(record_id, {}, {})
    if not others.keys() <= values.keys():
        raise damaged(f"{where}: Werte und Zeitstempel passen nicht zusammen")
    stamps = dict.fromkeys(values, _spelled_out(base, nodes, where, "stamp"))
    for name, stamp in others.items():
        stamps[name] = _spelled_out(stamp, nodes, where, name)
    return _checked_record(table, record_id, values, stamps, where)


def pending_line_v2(
    line: bytes, nodes: tuple[str, ...], parse: Callable[[], WireRecord]
) -> PendingRecord | None:
    """The record of a 2.0 line with one stamp, to be parsed by ``parse`` when needed;
    ``None`` for any other line (it is parsed at once)."""
    match = _ONE_STAMP_LINE.match(line)
    if match is None or len(line) > MAX_LINE_BYTES:
        return None
    number = int(match[3])
    time_and_counter = match[2].decode()
    if number >= len(nodes) or not within_format(time_and_counter):
        return None
    return PendingRecord(match[1].decode(), time_and_counter + nodes[number], parse)


def _spelled_out(stamp: Any, nodes: tuple[str, ...], where: str, name: str) -> str:
    """A 2.0 stamp with the installation's number replaced by its id (§5)."""
    if not isinstance(stamp, str) or not _SHORT_STAMP.fullmatch(stamp):
        raise damaged(f"{where}: ungültiger Zeitstempel bei „{name}“")
    number = int(stamp[22:])
    if number >= len(nodes):
        raise damaged(f"{where}: Zeitstempel bei „{name}“ nennt keine bekannte Installation")
    if not within_format(stamp):
        raise damaged(f"{where}: Zeitstempel bei „{name}“ liegt nach dem Jahr 9999")
    return stamp[:22] + nodes[number]


def _checked_record(
    table: str, record_id: str, values: dict[str, Any], stamps: dict[str, str], where: str
) -> WireRecord:
    """The record with every value checked against the schema; fields this version does
    not know are left out (§4)."""
    schema = SCHEMA[table]
    if not schema.keys() >= values.keys():
        values = {name: value for name, value in values.items() if name in schema}
        stamps = {name: stamps[name] for name in values}
    for name, value in values.items():
        try:
            schema[name].check(value)
        except WireValueError as error:
            raise damaged(f"{where}: {error}") from None
    _check_natural_id(table, record_id, values, where)
    return WireRecord(record_id, values, stamps)


def _check_natural_id(table: str, record_id: str, values: dict[str, Any], where: str) -> None:
    if table == "partnership" and "group_id" in values and "organisation_id" in values:
        expected = ids.partnership_id(values["group_id"], values["organisation_id"])
    elif table == "region_status" and "ags" in values:
        expected = ids.region_status_id(values["ags"])
    else:
        return
    if expected != record_id:
        raise damaged(f"{where}: die Kennung passt nicht zu den verknüpften Einträgen")
