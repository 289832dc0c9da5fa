"""Counts read as people say them: „1 Eintrag“, „1 Helferkreis“, „2 Helferkreise“ — in
German and in English — through Qt's plural forms (numerus entries in both .ts files)."""

from __future__ import annotations

from typing import Any

from helferapp.domain.records import HelperGroupData
from helferapp.services import entities, records
from helferapp.ui.context import AppContext
from helferapp.ui.texts import plural

GROUPS_PAGE = 1


def _add_group(context: AppContext, name: str) -> None:
    records.create(
        context.uow(), entities.GROUPS, HelperGroupData(name=name, region_ags=("09162000",))
    )


def test_one_entry_and_one_group_are_singular(make_window: Any, context: AppContext) -> None:
    _add_group(context, "Helferkreis Eins")
    window = make_window(context)
    window.show_page(GROUPS_PAGE)
    page = window.current_page()
    assert page.count_label.text() == "1 Eintrag"
    window.update_status()
    assert "1 Helferkreis ·" in window.counts_label.text()
    assert "0 Angebote" in window.counts_label.text()
    _add_group(context, "Helferkreis Zwei")
    page.reload()
    assert page.count_label.text() == "2 Einträge"


def test_large_counts_keep_the_german_thousands_dot() -> None:
    assert plural("RecordPage", "%Ln Einträge", 1250) == "1.250 Einträge"


def test_english_has_its_own_singular_and_plural(english: None) -> None:
    assert plural("RecordPage", "%Ln Einträge", 1) == "1 entry"
    assert plural("RecordPage", "%Ln Einträge", 3) == "3 entries"
    assert plural("PrintPreviewDialog", "%n Seiten", 1) == "1 page"


def test_the_overview_and_export_counts_have_their_forms_in_german() -> None:
    assert plural("OverviewPage", "%Ln Kontakte", 1) == "1 Kontakt"
    assert plural("OverviewPage", "%Ln Kontakte", 1250) == "1.250 Kontakte"
    assert plural("ExportDialog", "%Ln Gebiete mit Status", 1) == "1 Gebiet mit Status"
    replaced = (
        "%Ln Werte wurden durch neuere ersetzt. Im Import-Protokoll lassen sie sich zurückholen."
    )
    assert plural("ImportDialog", replaced, 1).startswith("1 Wert wurde durch einen neueren")


def test_the_overview_and_export_counts_have_their_forms_in_english(english: None) -> None:
    assert plural("OverviewPage", "%Ln Angebote", 1) == "1 programme"
    assert plural("ExportDialog", "%Ln Gebiete mit Status", 2) == "2 areas with a status"
    replaced = (
        "%Ln Werte wurden durch neuere ersetzt. Im Import-Protokoll lassen sie sich zurückholen."
    )
    assert plural("ImportDialog", replaced, 1).startswith("1 value was replaced")
