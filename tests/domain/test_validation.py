"""Single-value rules: e-mail, phone, web address, dates; German messages."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helferapp.domain.validation import (
    check_date_order,
    clean_email,
    clean_phone,
    clean_text,
    clean_url,
    display_phone,
    format_date,
    parse_date,
)


def test_clean_text_trims_and_collapses_white_space() -> None:
    assert clean_text("  Helferkreis \t\n  Dachau  ") == "Helferkreis Dachau"
    assert clean_text("   ") == ""


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("anna.meier@beispiel.de", "anna.meier@beispiel.de"),
        ("  info@helferkreis-dachau.de ", "info@helferkreis-dachau.de"),
        ("Anna@Beispiel.DE", "Anna@beispiel.de"),
        ("jürgen@münchen.de", "jürgen@münchen.de"),
    ],
)
def test_valid_email_addresses_are_accepted_and_normalised(typed: str, stored: str) -> None:
    assert clean_email(typed) == stored


def test_an_empty_email_field_is_allowed() -> None:
    assert clean_email("   ") == ""


@pytest.mark.parametrize("typed", ["anna", "anna@", "@beispiel.de", "anna@beispiel", "a b@c.de"])
def test_malformed_email_addresses_are_refused_in_german(typed: str) -> None:
    with pytest.raises(ValueError, match="keine gültige E-Mail-Adresse") as caught:
        clean_email(typed)
    assert "name@beispiel.de" in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("08141 123456", "+49 8141 123456"),
        ("0151 1234 5678", "+49 1511 2345678"),
        ("+49 89 12345678", "+49 89 12345678"),
        ("089/12345678", "+49 89 12345678"),
        ("0049 89 12345678", "+49 89 12345678"),
        ("0160-1234567", "+49 160 1234567"),
    ],
)
def test_german_phone_numbers_are_accepted_and_normalised(typed: str, stored: str) -> None:
    assert clean_phone(typed) == stored


def test_normalised_phone_numbers_are_stable() -> None:
    stored = clean_phone("0151 1234 5678")
    assert clean_phone(stored) == stored


def test_an_empty_phone_field_is_allowed() -> None:
    assert clean_phone("  ") == ""


@pytest.mark.parametrize("typed", ["12", "abc", "0151", "089 1", "+49 0000 000"])
def test_impossible_phone_numbers_are_refused_in_german(typed: str) -> None:
    with pytest.raises(ValueError, match="keine gültige Telefonnummer"):
        clean_phone(typed)


def test_the_examples_in_the_phone_message_are_themselves_accepted() -> None:
    with pytest.raises(ValueError) as caught:
        clean_phone("12")
    examples = str(caught.value).split("z. B. ", 1)[1].rstrip(".").split(" oder ")
    assert len(examples) == 2
    for example in examples:
        assert clean_phone(example)


def test_display_phone_shows_a_german_number_the_german_way() -> None:
    assert display_phone("+49 8141 123456") == "08141 123456"
    assert display_phone("+43 1 5880000") == "+43 1 5880000"
    assert display_phone("") == ""
    assert display_phone("kein Telefon") == "kein Telefon"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.helferkreis-dachau.de", "https://www.helferkreis-dachau.de"),
        ("https://www.caritas.de/", "https://www.caritas.de/"),
        ("http://example.org/seite?x=1", "http://example.org/seite?x=1"),
        ("HTTPS://Beispiel.DE", "HTTPS://Beispiel.DE"),
        ("  ki-landkreis.de  ", "https://ki-landkreis.de"),
    ],
)
def test_web_addresses_are_accepted_and_get_a_scheme(typed: str, stored: str) -> None:
    assert clean_url(typed) == stored


@pytest.mark.parametrize("typed", ["helferkreis", "http://", "www. beispiel .de", "ftp://x.de"])
def test_malformed_web_addresses_are_refused_in_german(typed: str) -> None:
    with pytest.raises(ValueError, match="keine gültige Internetadresse"):
        clean_url(typed)


def test_an_empty_web_address_is_allowed() -> None:
    assert clean_url("") == ""


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24.12.2025", date(2025, 12, 24)),
        ("1.2.2024", date(2024, 2, 1)),
        (" 01.02.2024 ", date(2024, 2, 1)),
        ("2024-02-29", date(2024, 2, 29)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date_reads_german_and_iso_dates(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["31.02.2024", "29.02.2023", "1.13.2024", "morgen", "1.2.24"])
def test_parse_date_refuses_impossible_dates_in_german(typed: str) -> None:
    with pytest.raises(ValueError, match=r"kein gültiges Datum.*TT\.MM\.JJJJ"):
        parse_date(typed)


def test_format_date_writes_tt_mm_jjjj() -> None:
    assert format_date(date(2025, 3, 7)) == "07.03.2025"
    assert format_date(None) == ""


def test_format_date_keeps_four_digit_years() -> None:
    assert format_date(date(24, 1, 1)) == "01.01.0024"


@given(st.dates())
def test_format_then_parse_gives_back_the_same_date(value: date) -> None:
    assert parse_date(format_date(value)) == value


@given(st.dates())
def test_format_date_always_has_the_shape_tt_mm_jjjj(value: date) -> None:
    text = format_date(value)
    assert len(text) == 10 and text[2] == text[5] == "."


@given(st.dates(), st.dates())
def test_check_date_order_refuses_exactly_an_end_before_the_start(start: date, end: date) -> None:
    if end < start:
        with pytest.raises(ValueError, match="Zeitraum: Das Ende"):
            check_date_order(start, end, "Zeitraum")
    else:
        check_date_order(start, end, "Zeitraum")


def test_check_date_order_names_both_dates_in_german_format() -> None:
    with pytest.raises(ValueError) as caught:
        check_date_order(date(2025, 5, 2), date(2025, 5, 1), "Zeitraum")
    assert "01.05.2025" in str(caught.value) and "02.05.2025" in str(caught.value)


def test_check_date_order_ignores_missing_dates() -> None:
    check_date_order(None, date(2025, 1, 1), "Zeitraum")
    check_date_order(date(2025, 1, 1), None, "Zeitraum")
