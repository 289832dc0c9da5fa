"""Errors that carry a German message meant for the person at the keyboard.

Every error a user can cause (bad input, a broken file, a locked database) ends up as a
``UserError``: the GUI shows ``message`` in a dialog, the CLI prints it and exits with 1.
Messages are German source strings; the UI passes them through Qt's translation.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass

from helferapp.domain.os_errors import os_reason

__all__ = [
    "FieldError",
    "NotFoundError",
    "UserError",
    "ValidationError",
    "is_disk_full",
    "os_reason",
]


class UserError(Exception):
    """Something the user can fix; ``message`` says what happened and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field; ``field`` is the attribute name in code."""

    field: str
    message: str


class ValidationError(UserError):
    """One or more fields of a record are not acceptable; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(error.message for error in errors))

    def for_field(self, field: str) -> list[str]:
        """Return the messages that belong next to ``field`` in a form."""
        return [error.message for error in self.errors if error.field == field]


class NotFoundError(UserError):
    """A record that the user asked for does not exist (or no longer)."""


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` (or an error it was raised from) says that the disk is full."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (
            errno.ENOSPC,
            getattr(errno, "EDQUOT", errno.ENOSPC),
        ):
            return True
        current = current.__cause__ or current.__context__
    return False
