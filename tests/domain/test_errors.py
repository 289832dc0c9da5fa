"""User errors carry German messages; a validation error lists every field problem."""

from __future__ import annotations

import pytest

from helferapp.domain.errors import FieldError, NotFoundError, UserError, ValidationError


def test_a_user_error_keeps_its_message() -> None:
    error = UserError("Bitte etwas eingeben.")
    assert error.message == str(error) == "Bitte etwas eingeben."


def test_a_validation_error_joins_its_messages_and_finds_them_per_field() -> None:
    error = ValidationError(
        [
            FieldError("name", "Name fehlt."),
            FieldError("email", "E-Mail falsch."),
            FieldError("name", "Name zu lang."),
        ]
    )
    assert isinstance(error, UserError)
    assert error.message == "Name fehlt.\nE-Mail falsch.\nName zu lang."
    assert error.for_field("name") == ["Name fehlt.", "Name zu lang."]
    assert error.for_field("phone") == []


def test_not_found_is_a_user_error() -> None:
    # Front ends catch UserError only: a missing record must reach them as one, with its text.
    with pytest.raises(UserError) as caught:
        raise NotFoundError("Der Eintrag ist nicht mehr da.")
    assert type(caught.value) is NotFoundError
    assert caught.value.message == "Der Eintrag ist nicht mehr da."
