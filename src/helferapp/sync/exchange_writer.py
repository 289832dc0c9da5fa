"""Writing a ``.helferapp`` file (docs/FORMAT.md): deterministic and streaming.

The same records give the same bytes: fixed member order and timestamps, sorted records,
sorted JSON keys, ``created_at`` taken from the newest stamp in the file. Each member is
deflated while its records arrive (in a thread of its own, ``_Writes``); the manifest,
which needs every member's checksum (and, in format 2.0, the installations the stamps
name), comes last. The reader is
``sync.exchange_file``, which re-exports ``write_exchange`` for the many callers that
know the file by that name.
"""

from __future__ import annotations

import hashlib
import io
import json
import queue
import threading
import zipfile
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import IO, Any

from helferapp import __version__
from helferapp.sync import envelope
from helferapp.sync.exchange_format import (
    FORMAT_MAJOR,
    FORMAT_MINOR,
    FORMAT_NAME,
    MANIFEST,
    TABLES,
    WRITES,
    NodeNumbers,
    WireRecord,
)

CURRENT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
# zlib level 7: the all-Bavaria file (52 MB of lines) deflates in 1.2 s to 10.0 MB;
# level 3 took 0.9 s for 11.4 MB, level 9 2.9 s for 9.7 MB (measured 12/2026). A file
# that fits a 10 MB mail attachment is worth the 0.3 s.
COMPRESS_LEVEL = 7
# Lines are handed to the member (zlib, CRC, SHA-256) in pieces of about this size: one
# call per line cost the all-Bavaria export about a tenth of its time (107,000 calls
# through zipfile's write); the bytes written are the same.
_WRITE_CHUNK = 64 * 1024
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def write_exchange(
    tables: Mapping[str, Iterable[WireRecord]],
    *,
    installation_id: str,
    installation_label: str,
    scope: Mapping[str, Any],
    consent: str,
    password: str | None = None,
    sorted_by_id: bool = False,
    demo: bool = False,
    format_version: str = CURRENT_VERSION,
) -> bytes:
    """Build the file's bytes (sealed with ``password`` if one is given).

    With ``sorted_by_id`` the records of each table are taken to arrive in id order and
    are written as they come (a ``ValueError`` if they do not); otherwise they are sorted
    first, which needs them all in memory. ``format_version`` is one of ``WRITES``: "1.0"
    for a receiver with an older HelferApp.
    """
    if format_version not in WRITES:
        raise ValueError(f"cannot write format {format_version}")
    nodes = NodeNumbers()
    to_line: Callable[[WireRecord], bytes] = (
        WireRecord.to_line if format_version == "1.0" else lambda row: row.to_line_v2(nodes)
    )
    counts: dict[str, int] = {}
    digests: dict[str, str] = {}
    newest = ""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, _Writes() as writes:
        for table in TABLES:
            rows = tables.get(table, ())
            if not sorted_by_id:
                rows = sorted(rows, key=lambda record: record.id)
            name = f"{table}.jsonl"
            hasher = hashlib.sha256()
            count, previous = 0, ""
            member = None
            pending: list[bytes] = []
            pending_bytes = 0
            for row in rows:
                if row.id <= previous:
                    raise ValueError(f"{table}: records not in id order at {row.id}")
                previous = row.id
                if member is None:
                    member = archive.open(_zip_info(name), "w")
                line = to_line(row) + b"\n"
                pending.append(line)
                pending_bytes += len(line)
                if pending_bytes >= _WRITE_CHUNK:
                    writes.put(member, hasher, b"".join(pending))
                    pending.clear()
                    pending_bytes = 0
                count += 1
                latest = max(row.stamps.values(), default="")
                if latest > newest:
                    newest = latest
            if member is not None:
                writes.put(member, hasher, b"".join(pending))
                writes.wait()
                member.close()
                counts[name], digests[name] = count, hasher.hexdigest()
        created = datetime.fromtimestamp(int(newest[:15]) / 1000, UTC) if newest else None
        manifest: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": format_version,
            "reads": list(WRITES),
            "app_version": __version__,
            "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ") if created else "",
            "installation_id": installation_id,
            "installation_label": installation_label,
            "scope": dict(scope),
            "consent": consent,
            "members": {
                name: {"records": counts[name], "sha256": digests[name]} for name in counts
            },
        }
        if format_version != "1.0":
            manifest["nodes"] = nodes.nodes
        if demo:
            manifest["demo"] = True
        text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2)
        archive.writestr(_zip_info(MANIFEST), text.encode())
    payload = buffer.getvalue()
    return envelope.seal(payload, password) if password else payload


class _Writes:
    """Hashing, deflating and writing a member's pieces, in a thread of their own.

    zlib and hashlib let go of the interpreter lock while they work on a piece, so on a
    laptop's second core a piece is compressed while the next lines are encoded
    (deflating is about a third of the all-Bavaria export). One thread takes the pieces
    in order; the caller waits for it before it closes a member or opens the next, so
    the archive is only ever touched by one of them at a time.
    """

    def __init__(self) -> None:
        self._pieces: queue.Queue[tuple[IO[bytes], Any, bytes] | None] = queue.Queue(4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="exchange-writes", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._pieces.get()) is not None:
            try:
                if self._error is None:
                    member, hasher, piece = job
                    hasher.update(piece)
                    member.write(piece)
            except BaseException as error:  # handed to the caller at its next step
                self._error = error
            finally:
                self._pieces.task_done()
        self._pieces.task_done()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, member: IO[bytes], hasher: Any, piece: bytes) -> None:
        """Hand ``piece`` over to be hashed and written to ``member``."""
        self._raise()
        if piece:
            self._pieces.put((member, hasher, piece))

    def wait(self) -> None:
        """Return once every piece handed over is written."""
        self._pieces.join()
        self._raise()

    def __enter__(self) -> _Writes:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._pieces.put(None)
        self._thread.join()


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    # A ZipInfo carries its own level (3.13 names it compress_level, 3.11 _compresslevel).
    level_attribute = "compress_level" if hasattr(info, "compress_level") else "_compresslevel"
    setattr(info, level_attribute, COMPRESS_LEVEL)
    info.external_attr = 0o644 << 16
    return info
