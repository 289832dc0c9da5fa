"""What this installation remembers about its Austauschordner, kept in the ``meta`` table.

Why ``meta`` and not QSettings: the folder is the exchange channel of *this database* —
another database opened on the same laptop (a USB stick, a test copy) must not write
into the group's folder, and a restored backup must bring back the memory that matches
its data (which files it has merged). So the settings and the round's bookkeeping live in
the database itself, in a few ``meta`` keys; the shared password does not (it goes to the
operating system's keyring, see ``services.network_password``).

The bookkeeping is one JSON value: the SHA-256 of every file merged so far (per file
name), files seen half-written (retried later), files that could not be read and why,
and when each installation last wrote its file (labels from the manifests).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select

from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.models import Meta

KEY_FOLDER = "exchange_folder.path"
KEY_WRITE_AFTER_CHANGES = "exchange_folder.write_after_changes"
KEY_WRITE_ON_EXIT = "exchange_folder.write_on_exit"
KEY_PASSWORD = "exchange_folder.uses_password"
KEY_STATE = "exchange_folder.state"


@dataclass(frozen=True)
class FolderSettings:
    """The user's choices in Datei → Austauschordner… (per database)."""

    folder: str = ""
    write_after_changes: bool = True
    write_on_exit: bool = True
    uses_password: bool = False

    @property
    def configured(self) -> bool:
        return bool(self.folder.strip())


@dataclass(frozen=True)
class InstallationSeen:
    """One installation whose file was in the folder (or this one, ``own``)."""

    installation_id: str
    label: str
    file_name: str
    written_at: datetime | None
    merged_at: datetime | None
    own: bool = False


@dataclass(frozen=True)
class FileProblem:
    """A file that could not be merged (yet), with the reason in German."""

    file_name: str
    reason: str
    since: datetime | None
    retrying: bool


@dataclass(frozen=True)
class FolderStatus:
    """Everything the status bar and the dialog show."""

    settings: FolderSettings
    last_round: datetime | None
    installations: list[InstallationSeen] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)


def _get(uow: UnitOfWork, key: str) -> str | None:
    value: str | None = uow.session.scalar(select(Meta.value).where(Meta.key == key))
    return value


def _put(uow: UnitOfWork, key: str, value: str) -> None:
    uow.session.execute(delete(Meta).where(Meta.key == key))
    uow.session.execute(insert(Meta).values(key=key, value=value))


def _flag(value: str | None, default: bool) -> bool:
    return default if value is None else value == "1"


def load_settings(uow: UnitOfWork) -> FolderSettings:
    """The folder settings of this database (defaults when never set)."""
    with uow:
        return FolderSettings(
            folder=_get(uow, KEY_FOLDER) or "",
            write_after_changes=_flag(_get(uow, KEY_WRITE_AFTER_CHANGES), True),
            write_on_exit=_flag(_get(uow, KEY_WRITE_ON_EXIT), True),
            uses_password=_flag(_get(uow, KEY_PASSWORD), False),
        )


def save_settings(uow: UnitOfWork, settings: FolderSettings) -> None:
    """Remember the folder settings (an empty folder switches the exchange off)."""
    with uow:
        _put(uow, KEY_FOLDER, settings.folder.strip())
        _put(uow, KEY_WRITE_AFTER_CHANGES, "1" if settings.write_after_changes else "0")
        _put(uow, KEY_WRITE_ON_EXIT, "1" if settings.write_on_exit else "0")
        _put(uow, KEY_PASSWORD, "1" if settings.uses_password else "0")
        uow.commit()


def load_state(uow: UnitOfWork) -> dict[str, Any]:
    """The round bookkeeping (see the module docstring); a damaged value starts afresh."""
    with uow:
        raw = _get(uow, KEY_STATE) or "{}"
    try:
        state = json.loads(raw)
    except ValueError:
        state = {}
    if not isinstance(state, dict):
        state = {}
    for part in ("files", "pending", "unreadable", "installations", "own"):
        if not isinstance(state.get(part), dict):
            state[part] = {}
    return state


def save_state(uow: UnitOfWork, state: dict[str, Any]) -> None:
    with uow:
        _put(uow, KEY_STATE, json.dumps(state, ensure_ascii=False, sort_keys=True))
        uow.commit()


def parse_time(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def folder_status(uow: UnitOfWork) -> FolderStatus:
    """Last round, who exchanged when, and the files with problems, for the GUI."""
    settings = load_settings(uow)
    state = load_state(uow)
    seen = [
        InstallationSeen(
            installation_id=key,
            label=str(entry.get("label") or ""),
            file_name=str(entry.get("file") or ""),
            written_at=parse_time(entry.get("written_at")),
            merged_at=parse_time(entry.get("merged_at")),
            own=bool(entry.get("own")),
        )
        for key, entry in state["installations"].items()
        if isinstance(entry, dict)
    ]
    seen.sort(key=lambda item: item.written_at or datetime.min, reverse=True)
    seen.sort(key=lambda item: not item.own)  # stable: own first, then newest first
    problems = [
        FileProblem(name, str(entry.get("reason", "")), parse_time(entry.get("since")), retry)
        for retry, part in ((False, "unreadable"), (True, "pending"))
        for name, entry in sorted(state[part].items())
        if isinstance(entry, dict)
    ]
    return FolderStatus(settings, parse_time(state.get("last_round")), seen, problems)
