"""JSON for the lines of exchange files: msgspec's C codec, judged by the standard library.

Turning lines into objects and back is a large part of importing and exporting a whole
Landkreis or all of Bavaria (issue 17: about a quarter of an export was ``json``'s
encoder, a fifth of an import its decoder). msgspec does the same work about twice as
fast, so it does it here — without changing what any file means:

- ``encode`` writes exactly the bytes of ``json.dumps(body, ensure_ascii=False,
  sort_keys=True, separators=(",", ":"))`` (sorted keys, no spaces, UTF-8 as it is,
  control characters escaped as ``\\u001f``), which the tests compare byte for byte;
- ``decode`` gives what ``json.loads(data.decode("utf-8"))`` gives. msgspec is stricter
  than ``json`` in a few places (``NaN``, numbers beyond a float, an escaped lone
  surrogate); a line msgspec does not take goes to ``json``, which then reads it as it
  always did or refuses it with the same exception (``UnicodeDecodeError``, a
  ``ValueError`` or a ``RecursionError``) — so a hostile line gets the same German
  refusal as before, and a lenient one the same value.

The manifest and everything outside the lines keep using ``json``: they are read once.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_DECODER = msgspec.json.Decoder()
_ENCODER = msgspec.json.Encoder(order="sorted")


def encode(body: Any) -> bytes:
    """``body`` as one compact JSON line (without its line end), keys sorted."""
    return _ENCODER.encode(body)


def decode(data: bytes | str) -> Any:
    """The value of the JSON text ``data`` (bytes in UTF-8, or text), exactly as
    ``json.loads`` reads it."""
    try:
        return _DECODER.decode(data)
    except msgspec.DecodeError:  # stricter than json: json has the last word
        return json.loads(data if isinstance(data, str) else data.decode("utf-8"))
