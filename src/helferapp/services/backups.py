"""Backups for the GUI and the CLI: create, list, restore (see ``store.backup``).

The work is done in the store, which owns the database file; this module is the door
the layers above use, so that they never import the store directly. Where backups go
and how many are kept is stored in the database itself (Einstellungen), so the CLI and
every window on the same file agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert

from helferapp.domain.errors import UserError
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.backup import (
    KEEP,
    META_BACKUP_FOLDER,
    META_BACKUP_KEEP,
    BackupInfo,
    backup_folder,
    backups_to_keep,
    create_backup,
    list_backups,
    restore_backup,
)
from helferapp.store.database import Database
from helferapp.store.models import Meta

__all__ = [
    "KEEP",
    "BackupInfo",
    "BackupSettings",
    "backup_settings",
    "create_backup",
    "list_backups",
    "restore_backup",
    "set_backup_settings",
]


@dataclass(frozen=True)
class BackupSettings:
    """The chosen folder ("" = ``backups/`` next to the database), the one in use, how many."""

    folder: str
    folder_in_use: Path
    keep: int


def backup_settings(database: Database) -> BackupSettings:
    return BackupSettings(
        database.meta(META_BACKUP_FOLDER), backup_folder(database), backups_to_keep(database)
    )


def set_backup_settings(uow: UnitOfWork, folder: str, keep: int) -> None:
    """Remember where backups go and how many to keep; the folder must exist (or be "")."""
    folder = folder.strip()
    if folder and not Path(folder).expanduser().is_dir():
        raise UserError(f"Den Ordner „{folder}“ gibt es nicht. Bitte einen vorhandenen wählen.")
    if not 1 <= keep <= 999:
        raise UserError("Bitte zwischen 1 und 999 Sicherungen aufheben.")
    with uow:
        connection = uow.session.connection()
        for key, value in ((META_BACKUP_FOLDER, folder), (META_BACKUP_KEEP, str(keep))):
            connection.execute(delete(Meta).where(Meta.key == key))
            connection.execute(insert(Meta).values(key=key, value=value))
        uow.commit()
