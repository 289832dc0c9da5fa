"""How a value from a file or the journal reads in German, in the GUI and the CLI alike."""

from __future__ import annotations

from typing import Any

import pytest

from helferapp.services import exchange


@pytest.mark.parametrize(
    ("table", "field", "value", "shown"),
    [
        ("helper_group", "legal_form", "ev", "eingetragener Verein (e. V.)"),
        ("programme", "fields", ["sprache", "begegnung"], "Sprache, Begegnung"),
        ("programme", "childcare", True, "ja"),
        ("programme", "childcare", False, "nein"),
        ("programme", "starts_on", "2026-02-01", "01.02.2026"),
        ("helper_group", "notes", "", "—"),
        ("helper_group", "region_ags", [], "—"),
        ("helper_group", "name", 'Helferkreis "Nord"', 'Helferkreis "Nord"'),
    ],
)
def test_a_value_reads_as_a_person_reads_it_never_as_json(
    table: str, field: str, value: Any, shown: str
) -> None:
    assert exchange.shown_value(table, field, value) == shown
