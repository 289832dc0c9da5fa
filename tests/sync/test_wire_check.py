"""The quick check of a wire value answers exactly as the full conversion does.

``FieldSpec.check`` answers the commonest kinds itself and leaves the rest to
``to_python``; for every kind, a value is accepted by one exactly when the other accepts
it, so reading a file is faster without accepting anything the format does not allow.
"""

from __future__ import annotations

from typing import Any

import pytest

from helferapp.sync.wire import SCHEMA, FieldSpec, WireValueError

VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    "",
    "ev",
    "aktiv",
    "keins",
    "mo",
    "sprache",
    "x" * 301,
    [],
    ["sprache"],
    ["sprache", "unbekannt"],
    ["sprache", 5],
    ["Deutsch"] * 201,
    "2026-02-01",
    "09:30",
    "09179",
    "09179142",
    "6f1c3c2e-4b7a-5d0e-9a61-2f0c8d7e5b41",
    {"a": 1},
)
SPECS = [spec for fields in SCHEMA.values() for spec in fields.values()]


def accepted(call: Any, value: Any) -> bool:
    try:
        call(value)
    except WireValueError:
        return False
    return True


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: f"{spec.name}:{spec.kind}")
def test_check_accepts_what_the_conversion_accepts_and_nothing_else(spec: FieldSpec) -> None:
    for value in VALUES:
        assert accepted(spec.check, value) == accepted(spec.to_python, value), value
