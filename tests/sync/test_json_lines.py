"""Exchange lines read and written by msgspec exactly as by the standard library.

``json_lines`` is only allowed to be faster: every text decodes to what ``json.loads``
makes of it, or fails with the exception ``json.loads`` raises (the reader turns those
into its German refusals), and every body encodes to the bytes of the line encoder the
format was written with.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helferapp.sync import json_lines

STANDARD_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _standard(data: bytes) -> tuple[str, Any]:
    try:
        return "value", json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        return "error", type(error)


def _ours(data: bytes) -> tuple[str, Any]:
    try:
        return "value", json_lines.decode(data)
    except (ValueError, RecursionError) as error:
        return "error", type(error)


def _same(left: Any, right: Any) -> bool:
    """Equal, with NaN equal to itself and ints and floats kept apart."""
    if isinstance(left, float) and isinstance(right, float) and math.isnan(left):
        return math.isnan(right)
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(_same, left, right))
    return bool(left == right)


# Where msgspec and json part ways (msgspec refuses, json reads), and the usual traps.
EDGES = [
    b'{"a":1,"a":2}',
    b"123456789012345678901234567890",
    b"-9223372036854775809",
    b'"\\ud800"',
    b'"\\udc00x"',
    b'"\\ud83d\\ude00"',
    b"NaN",
    b"-Infinity",
    b"1e400",
    b"1.7976931348623157e309",
    b"[1,]",
    b' {"a":1} ',
    b'{"a":1} x',
    b"\xef\xbb\xbf{}",
    b'"\xed\xa0\x80"',
    b'"\xff"',
    b'"\x00"',
    b'"\x7f"',
    b"-0",
    b"1E2",
    b"[" * 100_000 + b"]" * 100_000,
    b"",
    b"   ",
    b"1" * 5000,
]


@pytest.mark.parametrize("data", EDGES, ids=lambda data: repr(data[:24]))
def test_edge_cases_read_as_json_reads_them(data: bytes) -> None:
    standard, ours = _standard(data), _ours(data)
    assert standard[0] == ours[0]
    if standard[0] == "error":
        assert issubclass(ours[1], ValueError) == issubclass(standard[1], ValueError)
    else:
        assert _same(ours[1], standard[1])


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_any_json_text_reads_as_json_reads_it(value: Any) -> None:
    # ensure_ascii spells lone surrogates and NaN out as json would accept them
    data = json.dumps(value, ensure_ascii=True).encode()
    standard, ours = _standard(data), _ours(data)
    assert standard[0] == ours[0] == "value"
    assert _same(ours[1], standard[1])


@given(st.binary(max_size=40))
def test_any_bytes_read_or_fail_as_json_does(data: bytes) -> None:
    standard, ours = _standard(data), _ours(data)
    assert standard[0] == ours[0]
    if standard[0] == "value":
        assert _same(ours[1], standard[1])


LINE_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=8),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@given(LINE_VALUES)
def test_lines_are_written_byte_for_byte_as_before(value: Any) -> None:
    assert json_lines.encode(value) == STANDARD_ENCODER.encode(value).encode()


def test_a_line_as_the_exporter_writes_it() -> None:
    body = {
        "values": {"name": 'Helferkreis Aß\u2028\x1f"\\/', "deleted": False, "tags": []},
        "id": "00da634a-5482-5adf-9a35-8ad6080dfe40",
        "stamp": "001796154701350-00010-0",
    }
    line = json_lines.encode(body)
    assert line == STANDARD_ENCODER.encode(body).encode()
    assert line.startswith(b'{"id":"00da634a')
    assert json_lines.decode(line) == body
