"""A record's per-field stamps as the database stores them: one stamp and the exceptions.

The merge needs a clock stamp for every field of every record (docs/FORMAT.md §5), but
nearly always all fields of a record carry the same one: the record was written in one
save or arrived in one file. Spelled out per field, the stamps were more than half of a
Bavaria-wide database (111 of 200 MB). So the ``stamps`` column holds only what differs
from the record's ``last_stamp`` (its newest stamp, a column of its own for "changed
since" exports):

- ``""`` — every synced field carries ``last_stamp`` (the common case);
- otherwise a JSON object: under the key ``""`` the record's *base* stamp, the one most
  of its fields carry (left out when it is ``last_stamp``), and under each field's name
  the stamp of a field that does not carry the base. A field stamped ``""`` has never
  been written anywhere (a record that arrived with some fields only keeps the defaults
  of the others, unstamped, so that any value for them wins).

A migration that adds a synced field must therefore add it to every record's exceptions
as ``""``; otherwise the new field would claim the base stamp. Everything above this
module works with the spelled-out form, a ``dict`` of field → stamp without the unstamped
fields, exactly as before; ``pack`` and ``unpack`` are the only translation.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping

UNSTAMPED = ""
_BASE_KEY = ""
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def base_stamp(stamps: Iterable[str]) -> str:
    """The stamp most fields carry (ties: the newest), or ``""`` if there is none."""
    counts = Counter(stamp for stamp in stamps if stamp)
    if not counts:
        return UNSTAMPED
    return max(counts, key=lambda stamp: (counts[stamp], stamp))


def pack(stamps: Mapping[str, str], fields: Iterable[str]) -> tuple[str, str]:
    """The stored text of ``stamps`` and the record's ``last_stamp``.

    ``fields`` are the record's synced fields; one of them missing from ``stamps`` (or
    stamped ``""``) is unstamped.
    """
    values = stamps.values()
    newest = max(values, default=UNSTAMPED)
    fields = tuple(fields)
    if len(stamps) == len(fields) and len(set(values)) == 1 and stamps.keys() == set(fields):
        return "", newest  # one stamp for every field
    base = base_stamp(values)
    exceptions = {name: stamp for name, stamp in stamps.items() if stamp != base}
    exceptions.update({name: UNSTAMPED for name in fields if not stamps.get(name)})
    if base != newest:
        exceptions[_BASE_KEY] = base
    return _ENCODER.encode(exceptions), newest


def unpack(text: str | None, last_stamp: str, fields: Iterable[str]) -> dict[str, str]:
    """The spelled-out stamps (field → stamp, unstamped fields left out) of a stored
    record; ``fields`` are its synced fields."""
    if not text:
        return dict.fromkeys(fields, last_stamp) if last_stamp else {}
    exceptions: dict[str, str] = json.loads(text)
    base = exceptions.pop(_BASE_KEY, last_stamp)
    stamps = dict.fromkeys(fields, base)
    stamps.update(exceptions)
    if UNSTAMPED in exceptions.values():
        return {name: stamp for name, stamp in stamps.items() if stamp}
    return stamps
