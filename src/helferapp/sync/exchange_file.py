"""Reading ``.helferapp`` files (docs/FORMAT.md), defensively — and the door to writing.

Reading trusts nothing: fixed member names only, sizes and compression ratios bounded
before anything is inflated, checksums and record counts verified, every line and every
value checked against the schema. Anything wrong raises ``ExchangeFileError`` with a
German message that names the place. The reader inflates, hashes and checks a member
line by line, so a whole Bavaria's worth of records never sits in memory as text; a
checksum or count that turns out wrong at the end of a member still fails the import,
because the merge runs in one transaction.

The model around which reading and writing work — format, ``WireRecord`` and the check
of its line, ``Manifest``, the errors — is ``sync.exchange_format``; the writer is
``sync.exchange_writer``. Their names are re-exported here for the many callers that
know the file by this module. This module is the ZIP container as it is read: members,
sizes, ratios, checksums and counts.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

from helferapp.sync import envelope
from helferapp.sync.exchange_format import FORMAT_MAJOR as FORMAT_MAJOR
from helferapp.sync.exchange_format import FORMAT_MINOR as FORMAT_MINOR
from helferapp.sync.exchange_format import FORMAT_NAME as FORMAT_NAME
from helferapp.sync.exchange_format import (
    JSON_ERRORS,
    damaged,
    parse_line,
    parse_line_v2,
    pending_line_v2,
)
from helferapp.sync.exchange_format import MANIFEST as MANIFEST
from helferapp.sync.exchange_format import MAX_LINE_BYTES as MAX_LINE_BYTES
from helferapp.sync.exchange_format import MEMBER_NAMES as MEMBER_NAMES
from helferapp.sync.exchange_format import TABLES as TABLES
from helferapp.sync.exchange_format import WRITES as WRITES
from helferapp.sync.exchange_format import ExchangeFileError as ExchangeFileError
from helferapp.sync.exchange_format import Manifest as Manifest
from helferapp.sync.exchange_format import NewerFormatError as NewerFormatError
from helferapp.sync.exchange_format import PendingRecord as PendingRecord
from helferapp.sync.exchange_format import WireRecord as WireRecord
from helferapp.sync.exchange_writer import COMPRESS_LEVEL as COMPRESS_LEVEL
from helferapp.sync.exchange_writer import CURRENT_VERSION as CURRENT_VERSION
from helferapp.sync.exchange_writer import write_exchange as write_exchange

MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
MAX_RECORDS = 1_000_000
MAX_MANIFEST_BYTES = 1024 * 1024
# What a broken member can raise while it is inflated: zipfile's own errors, zlib's for a
# corrupt deflate stream, and NotImplementedError (a RuntimeError) for unknown methods.
_INFLATE_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError)
# The only compression methods the format allows (§1): anything else is refused before
# inflating, so no other decompressor ever sees a stranger's bytes.
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_READ_CHUNK = 1024 * 1024


class ExchangeFile:
    """An opened exchange file whose members are checked when they are read."""

    def __init__(self, data: bytes, password: str | None = None) -> None:
        if envelope.is_envelope(data):
            data = envelope.open_envelope(data, password or "")
        if not data.startswith(b"PK"):
            raise damaged("kein ZIP-Archiv")
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self._archive.infolist()
        except _INFLATE_ERRORS as error:
            raise damaged("ZIP-Archiv nicht lesbar") from error
        self._infos = self._check_members(infos)
        self.manifest = self._read_manifest()

    @staticmethod
    def _check_members(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        checked: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name != MANIFEST and name not in MEMBER_NAMES:
                raise damaged(f"unerwarteter Inhalt „{name[:60]}“")
            if name in checked:
                raise damaged(f"„{name}“ ist doppelt enthalten")
            if info.compress_type not in _ALLOWED_METHODS:
                raise damaged(f"„{name}“ ist mit einem nicht erlaubten Verfahren gepackt")
            if info.flag_bits & 0x1:
                raise damaged(f"„{name}“ ist mit einem ZIP-Passwort verschlüsselt")
            if info.file_size > MAX_MEMBER_BYTES:
                raise damaged(f"„{name}“ ist zu groß")
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise damaged(f"„{name}“ ist verdächtig stark gepackt")
            total += info.file_size
            checked[name] = info
        if total > MAX_TOTAL_BYTES:
            raise damaged("der Inhalt ist zu groß")
        if MANIFEST not in checked:
            raise damaged("manifest.json fehlt")
        return checked

    def _member_bytes(self, name: str, limit: int) -> bytes:
        try:
            with self._archive.open(self._infos[name]) as handle:
                data = handle.read(limit + 1)
        except _INFLATE_ERRORS as error:
            raise damaged(f"„{name}“ ist nicht lesbar") from error
        if len(data) > limit:
            raise damaged(f"„{name}“ ist zu groß")
        if len(data) != self._infos[name].file_size:
            raise damaged(f"„{name}“ ist nicht so groß, wie das ZIP-Verzeichnis angibt")
        return data

    def _read_manifest(self) -> Manifest:
        raw = self._member_bytes(MANIFEST, MAX_MANIFEST_BYTES)
        try:
            body = json.loads(raw.decode("utf-8"))
        except JSON_ERRORS:  # UnicodeDecodeError is a ValueError too
            raise damaged("manifest.json ist kein gültiges JSON") from None
        if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
            raise damaged("manifest.json beschreibt keine HelferApp-Austauschdatei")
        version = body.get("format_version")
        match = (
            re.fullmatch(r"([0-9]{1,3})\.([0-9]{1,3})", version)
            if isinstance(version, str)
            else None
        )
        if not match or not isinstance(version, str):
            raise damaged("manifest.json: Formatversion fehlt")
        if int(match.group(1)) > FORMAT_MAJOR:
            raise NewerFormatError(
                "Diese Datei stammt aus einer neueren Version von HelferApp — bitte "
                "aktualisieren. Es wurde nichts verändert."
            )
        members = body.get("members")
        if not isinstance(members, dict):
            raise damaged("manifest.json: Inhaltsliste fehlt")
        parsed: dict[str, tuple[int, str]] = {}
        for name, entry in members.items():
            if name not in MEMBER_NAMES or not isinstance(entry, dict):
                raise damaged(f"manifest.json: unbekannter Teil „{str(name)[:60]}“")
            count, digest = entry.get("records"), entry.get("sha256")
            # type(), not isinstance(): True is an int in Python, but not a count.
            if type(count) is not int or count < 0 or not isinstance(digest, str):
                raise damaged(f"manifest.json: Angaben zu „{name}“ fehlen")
            if name not in self._infos:
                raise damaged(f"„{name}“ fehlt in der Datei")
            parsed[name] = (count, digest.lower())
        if sum(count for count, _ in parsed.values()) > MAX_RECORDS:
            raise damaged("zu viele Einträge")
        for name in self._infos:
            if name != MANIFEST and name not in parsed:
                raise damaged(f"„{name}“ fehlt in manifest.json")
        major = int(match.group(1))
        nodes = _installations(body.get("nodes"), "nodes") if major >= 2 else ()
        reads = _versions(body.get("reads"))
        text = {key: body.get(key) for key in ("app_version", "created_at")}
        installation = body.get("installation_id")
        if not isinstance(installation, str) or not re.fullmatch(r"[0-9a-f]{32}", installation):
            raise damaged("manifest.json: Installations-Kennung fehlt")
        scope = body.get("scope")
        return Manifest(
            format_version=version,
            app_version=str(text["app_version"] or ""),
            created_at=str(text["created_at"] or ""),
            installation_id=installation,
            installation_label=str(body.get("installation_label") or ""),
            scope=scope if isinstance(scope, dict) else {},
            consent=str(body.get("consent") or "shared"),
            members=parsed,
            demo=body.get("demo") is True,
            nodes=nodes,
            reads=reads,
        )

    def records(self, table: str) -> Iterator[WireRecord]:
        """The checked records of ``table`` (none if the file has no such member).

        Read line by line: a wrong checksum or record count is found at the end of the
        member (the caller's transaction must then roll back), a line that does not
        parse at once — unless the member's checksum is wrong too, which is the better
        explanation ("beschädigt") and is what the reader then says.
        """
        for record in self._read(table, pending=False):
            assert isinstance(record, WireRecord)
            yield record

    def records_to_merge(self, table: str) -> Iterator[WireRecord | PendingRecord]:
        """Like ``records``, but a 2.0 record with one stamp comes as a ``PendingRecord``
        that the merge parses (and checks) only if it may bring something new."""
        return self._read(table, pending=True)

    def _read(self, table: str, *, pending: bool) -> Iterator[WireRecord | PendingRecord]:
        name = f"{table}.jsonl"
        if name not in self.manifest.members:
            return
        count, digest = self.manifest.members[name]
        seen: set[str] = set()
        number = 0
        version_2, nodes = self.manifest.major >= 2, self.manifest.nodes
        pending = pending and version_2
        try:
            handle = self._archive.open(self._infos[name])
        except _INFLATE_ERRORS as error:
            raise damaged(f"„{name}“ ist nicht lesbar") from error

        member = _MemberLines(handle, name)

        def refused(error: ExchangeFileError) -> ExchangeFileError:
            """A damaged line is explained by a wrong checksum if there is one."""
            member.drain()
            if member.hexdigest() != digest:
                return damaged(f"Prüfsumme von „{name}“ stimmt nicht")
            return error

        def parse_later(line: bytes, where: str) -> Callable[[], WireRecord]:
            def parse() -> WireRecord:
                try:
                    return parse_line_v2(table, line, where, nodes)
                except ExchangeFileError as error:
                    raise refused(error) from None

            return parse

        with handle:
            for line in member:
                number += 1
                if number > count:
                    break
                where = f"{name}, Zeile {number}"
                try:
                    record: WireRecord | PendingRecord | None = (
                        pending_line_v2(line, nodes, parse_later(line, where)) if pending else None
                    )
                    if record is None:  # refuses over-long lines too
                        record = (
                            parse_line_v2(table, line, where, nodes)
                            if version_2
                            else parse_line(table, line, where)
                        )
                    if record.id in seen:
                        raise damaged(f"{where}: Eintrag {record.id} ist doppelt")
                except ExchangeFileError as error:
                    raise refused(error) from None
                seen.add(record.id)
                yield record
            member.drain()
        if member.hexdigest() != digest:
            raise damaged(f"Prüfsumme von „{name}“ stimmt nicht")
        if member.size != self._infos[name].file_size:
            raise damaged(f"„{name}“ ist nicht so groß, wie das ZIP-Verzeichnis angibt")
        if member.line_count != count:
            raise damaged(f"„{name}“ enthält {member.line_count} statt {count} Einträge")


def _installations(value: Any, key: str) -> tuple[str, ...]:
    """A 2.0 manifest's ``nodes``: installation ids, each once (§2)."""
    if not isinstance(value, list) or not all(
        isinstance(node, str) and re.fullmatch(r"[0-9a-f]{32}", node) for node in value
    ):
        raise damaged(f"manifest.json: „{key}“ fehlt oder ist ungültig")
    if len(set(value)) != len(value):
        raise damaged(f"manifest.json: eine Installation steht doppelt in „{key}“")
    return tuple(value)


def _versions(value: Any) -> tuple[str, ...]:
    """The optional ``reads``: format versions; anything unreadable counts as absent
    (it only chooses the format of files written back, §2)."""
    if not isinstance(value, list):
        return ()
    return tuple(
        version
        for version in value
        if isinstance(version, str) and re.fullmatch(r"[0-9]{1,3}\.[0-9]{1,3}", version)
    )


class _MemberLines:
    """The lines of one member (without their "\\n"), inflated a chunk at a time.

    Everything read is hashed and its line ends counted, so that after ``drain`` the
    member's checksum and number of lines are known however far the lines were taken.
    A line longer than ``MAX_LINE_BYTES`` comes out as soon as that is clear (cut off,
    for the caller to refuse), not after reading it to its end.
    """

    def __init__(self, handle: IO[bytes], name: str) -> None:
        self.handle = handle
        self.name = name
        self.hasher = hashlib.sha256()
        self.newlines = 0
        self.size = 0
        self.last = b"\n"
        self.finished = False

    def _read(self) -> bytes:
        if self.finished:  # all read (and the handle maybe closed): nothing more
            return b""
        try:
            chunk = self.handle.read(_READ_CHUNK)
        except _INFLATE_ERRORS as error:
            # zlib's and zipfile's own texts are English: the reason stays in the chain.
            raise damaged(f"„{self.name}“ ist nicht lesbar") from error
        if not chunk:
            self.finished = True
        else:
            self.size += len(chunk)
            self.hasher.update(chunk)
            self.newlines += chunk.count(b"\n")
            self.last = chunk
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        pending = b""
        while chunk := self._read():
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            yield from lines
            if len(pending) > MAX_LINE_BYTES:
                yield pending
                return
        if pending:
            yield pending

    def drain(self) -> None:
        """Read (and hash) the rest of the member."""
        while self._read():
            pass

    def hexdigest(self) -> str:
        return self.hasher.hexdigest()

    @property
    def line_count(self) -> int:
        """Lines in what was read: a last line without "\\n" counts too."""
        return self.newlines + (0 if self.last.endswith(b"\n") else 1)
