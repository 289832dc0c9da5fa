"""The stored form of lists, built by hand for speed, is exactly what SQLAlchemy stores."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from helferapp.sync.wire import stored_from_wire, wire_from_stored


@given(st.lists(st.text()))
@example([])
@example(["sprache", "begegnung"])
@example(['Zitat "x"', "Back\\slash", "Umlaut ä", "\x7f", "Zeile\nzwei"])
def test_a_stored_list_is_json_dumps_text_and_reads_back(items: list[str]) -> None:
    to_stored = stored_from_wire("list")
    assert to_stored is not None
    stored = to_stored(items)
    assert stored == json.dumps(items)  # SQLAlchemy's JSON type writes json.dumps text
    assert wire_from_stored("list")(stored) == items
