"""The record tables' columns and the consent summary, as the GUI and the CLI both use them."""

from __future__ import annotations

from datetime import date, time

import pytest

from helferapp.domain.enums import ContactChannel, FieldOfAction, Weekday
from helferapp.services import queries
from helferapp.services.consent_summary import consent_ok, consent_summary
from helferapp.services.file_exports import allowed_in_file, allowed_on_paper
from helferapp.services.queries import ContactRow, PersonRow, ProgrammeRow, RegionTableRow
from helferapp.services.table_columns import TABLE_COLUMNS, TABLE_TITLES, TableColumn


def person(**consent: object) -> PersonRow:
    values: dict[str, object] = {
        "consent_given_on": None,
        "consent_internal": False,
        "consent_share": False,
        "consent_print": False,
        "consent_withdrawn_on": None,
    }
    values.update(consent)
    return PersonRow("p1", "Anna Müller", "", "", "", "", changed_ms=0, search="", **values)  # type: ignore[arg-type]


def column(kind: str, title: str) -> TableColumn:
    return next(c for c in TABLE_COLUMNS[kind] if c.title == title)


@pytest.mark.parametrize(
    ("consent", "text"),
    [
        ({}, "keine Einwilligung"),
        ({"consent_given_on": date(2026, 1, 5)}, "keine Einwilligung"),
        (
            {"consent_given_on": date(2026, 1, 5), "consent_internal": True, "consent_print": True},
            "intern, drucken",
        ),
        (
            {
                "consent_given_on": date(2026, 1, 5),
                "consent_share": True,
                "consent_withdrawn_on": date(2026, 2, 3),
            },
            "widerrufen am 03.02.2026",
        ),
    ],
)
def test_the_consent_summary_reads_the_same_in_table_and_file(
    consent: dict[str, object], text: str
) -> None:
    row = person(**consent)
    assert column("person", "Einwilligung").text(row) == text
    assert column("person", "Einwilligung").file_value(row) == text


def test_the_consent_summary_takes_the_guis_translation() -> None:
    def shout(context: str, text: str) -> str:
        return f"{context}:{text.upper()}"

    summary = consent_summary(date(2026, 1, 1), None, True, True, False, shout)
    assert summary == "display:INTERN, display:WEITERGEBEN"
    assert not consent_ok(date(2026, 1, 1), None, False, False)
    assert consent_ok(date(2026, 1, 1), None, False, True)


def test_a_file_keeps_dates_and_numbers_and_the_table_shows_text() -> None:
    contact = ContactRow(
        "c1", date(2026, 3, 1), "KI", "HK", ContactChannel.PHONE, "Thema", date(2026, 4, 2),
        True, 0, "",
    )  # fmt: skip
    due = column("contact", "Wiedervorlage")
    assert due.file_value(contact) == date(2026, 4, 2)
    assert due.text(contact) == "02.04.2026"
    assert column("contact", "Erledigt").text(contact) == "✓"
    assert column("contact", "Erledigt").file_value(contact) is True
    assert column("contact", "Weg").file_value(contact) == ContactChannel.PHONE.label

    region = RegionTableRow("09174", "Dachau", "Landkreis", "", 12345, None, None, 0, 3, "")
    assert column("region_status", "Einwohner").text(region) == "12.345"
    assert column("region_status", "Einwohner").file_value(region) == 12345
    assert column("region_status", "Helferkreise").text(region) == ""


def test_the_schedule_reads_weekday_and_times_translated() -> None:
    programme = ProgrammeRow(
        "a1", "Sprachcafé", "HK", (FieldOfAction.LANGUAGE,), "Dachau", Weekday.MONDAY,
        time(17), time(18, 30), "alle zwei Wochen", 0, "",
    )  # fmt: skip
    when = column("programme", "Wann")
    assert when.text(programme) == f"{Weekday.MONDAY.label} 17:00–18:30 alle zwei Wochen"
    assert when.text(programme, lambda context, text: f"[{text}]").startswith(
        f"[{Weekday.MONDAY.label}] 17:00"
    )
    assert column("programme", "Handlungsfelder").file_value(programme) == (
        FieldOfAction.LANGUAGE.label
    )


def test_every_exportable_table_has_columns_a_title_and_a_query() -> None:
    assert set(TABLE_COLUMNS) == set(TABLE_TITLES) == set(queries.ROW_QUERIES)
    for columns in TABLE_COLUMNS.values():
        titles = [c.title for c in columns]
        assert len(titles) == len(set(titles))


def test_only_persons_are_held_back_from_files_and_paper() -> None:
    shared = person(consent_given_on=date(2026, 1, 1), consent_share=True)
    internal = person(consent_given_on=date(2026, 1, 1), consent_internal=True)
    printed = person(consent_given_on=date(2026, 1, 1), consent_print=True)
    rows = [shared, internal, printed]
    assert allowed_in_file("person", rows) == [True, False, False]
    assert allowed_in_file("person", rows, internal=True) == [True, True, False]
    assert allowed_on_paper("person", rows) == [False, False, True]
    assert allowed_in_file("group", rows) == [True, True, True]
    assert allowed_on_paper("group", rows) == [True, True, True]
