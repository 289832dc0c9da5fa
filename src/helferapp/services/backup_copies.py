"""Backup copies kept elsewhere: on a USB stick or in another folder, optionally with a password.

The automatic backups (``services.backups``) sit next to the database, on the same old
disk: when the laptop dies they die with it. A *copy* goes wherever the user points —
a stick, a network drive, a cloud folder — and can be sealed with a password in the
same envelope as exchange files (``sync.envelope``: scrypt + AES-256-GCM), because a
stick gets lost. The place and the time of the last copy are remembered in ``meta``
(so they travel with the database, and the CLI agrees with the window); the Übersicht
reminds when the last copy on another disk is older than ``REMIND_DAYS`` (changeable,
0 switches it off). A copy is restored like any backup — also into the empty database
of a fresh installation from its first-start dialog.

The envelope (and cryptography behind it) is imported only where a copy is sealed or
opened: the Übersicht reads this module's reminder at every start. The wrong-password
error's door for the GUI is ``services.exchange.WrongPasswordError``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, insert

from helferapp.domain.errors import UserError
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.backup import BackupInfo, restore_backup, snapshot
from helferapp.store.database import META_INSTALLATION_LABEL, Database, open_database
from helferapp.store.models import Meta

META_COPY_FOLDER = "backup_copy_folder"
META_COPY_AT = "backup_copy_at"
META_COPY_OUTSIDE_AT = "backup_copy_outside_at"
META_REMIND_DAYS = "backup_copy_remind_days"
META_WATCH_SINCE = "backup_copy_watch_since"
REMIND_DAYS = 30
PLAIN_SUFFIX = ".sqlite3"
SEALED_SUFFIX = ".helferapp-sicherung"
PREFIX = "HelferApp-Sicherung"


class PasswordNeeded(UserError):
    """The copy is password-protected and no password was given."""


@dataclass(frozen=True)
class CopyState:
    """Where the last copy went, when, when the last one on another disk was made."""

    folder: str
    last_at: datetime | None
    last_outside_at: datetime | None
    remind_days: int
    watched_since: datetime | None = None
    """When the reminder first looked (a database without any copy is not nagged at once)."""

    def reminder_due(self, now: datetime) -> bool:
        """Tell whether to remind: switched on, and no recent copy on another disk."""
        if self.remind_days <= 0:
            return False
        last = self.last_outside_at or self.watched_since
        return last is None or now - last > timedelta(days=self.remind_days)


def _when(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def copy_state(database: Database) -> CopyState:
    try:
        days = int(database.meta(META_REMIND_DAYS) or REMIND_DAYS)
    except ValueError:
        days = REMIND_DAYS
    return CopyState(
        folder=database.meta(META_COPY_FOLDER),
        last_at=_when(database.meta(META_COPY_AT)),
        last_outside_at=_when(database.meta(META_COPY_OUTSIDE_AT)),
        remind_days=max(0, days),
        watched_since=_when(database.meta(META_WATCH_SINCE)),
    )


def reminder_due(database: Database, now: datetime | None = None) -> bool:
    """The Übersicht's question; the first time it is asked, the waiting time starts.

    A new database has no copy yet, and reminding on its first day would only nag; so
    without a copy the days count from the first look.
    """
    moment = now or datetime.now()
    state = copy_state(database)
    if state.last_outside_at is None and state.watched_since is None:
        _set(UnitOfWork(database), {META_WATCH_SINCE: moment.isoformat(timespec="seconds")})
        return False
    return state.reminder_due(moment)


def _set(uow: UnitOfWork, values: dict[str, str]) -> None:
    with uow:
        connection = uow.session.connection()
        for key, value in values.items():
            connection.execute(delete(Meta).where(Meta.key == key))
            connection.execute(insert(Meta).values(key=key, value=value))
        uow.commit()


def set_remind_days(uow: UnitOfWork, days: int) -> None:
    """Remind after ``days`` without a copy elsewhere (0: never remind)."""
    if not 0 <= days <= 3650:
        raise UserError("Bitte zwischen 0 (nie erinnern) und 3650 Tagen wählen.")
    _set(uow, {META_REMIND_DAYS: str(days)})


def on_other_disk(folder: Path, database: Database) -> bool:
    """Tell whether ``folder`` is on another disk than the database (a stick, a share)."""
    try:
        return os.stat(folder).st_dev != os.stat(database.path.parent).st_dev
    except OSError:
        return False


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40]


def write_copy(
    database: Database, folder: Path, password: str | None = None, now: datetime | None = None
) -> Path:
    """Write a copy of the database into ``folder`` (sealed if ``password``); remember it."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise UserError(
            f"Den Ordner „{folder}“ gibt es nicht (USB-Stick nicht eingesteckt?). Bitte "
            "einen vorhandenen Ordner wählen. Es wurde nichts geschrieben."
        )
    moment = now or datetime.now()
    label = _slug(database.meta(META_INSTALLATION_LABEL))
    name = "-".join(part for part in (PREFIX, label, moment.strftime("%Y-%m-%d-%H%M%S")) if part)
    target = folder / (name + (SEALED_SUFFIX if password else PLAIN_SUFFIX))
    if password:
        from helferapp.sync import envelope  # cryptography: only when sealing

        plain = folder / (name + ".tmp")
        snapshot(database, plain)
        try:
            sealed = envelope.seal(plain.read_bytes(), password)
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(sealed)
            partial.replace(target)
        except OSError as error:
            target.with_name(target.name + ".partial").unlink(missing_ok=True)
            raise UserError(
                f"Die Sicherungskopie ließ sich nicht nach „{folder}“ schreiben (voll oder "
                "schreibgeschützt?). Es wurde nichts verändert."
            ) from error
        finally:
            plain.unlink(missing_ok=True)
    else:
        snapshot(database, target)
    values = {META_COPY_FOLDER: str(folder), META_COPY_AT: moment.isoformat(timespec="seconds")}
    if on_other_disk(folder, database):
        values[META_COPY_OUTSIDE_AT] = values[META_COPY_AT]
    _set(UnitOfWork(database), values)
    return target


def is_sealed(path: Path) -> bool:
    """Tell whether the copy at ``path`` is password-protected."""
    from helferapp.sync import envelope

    try:
        with Path(path).open("rb") as handle:
            return envelope.is_envelope(handle.read(len(envelope.MAGIC)))
    except OSError:
        return False


def restore_copy(
    database: Database,
    path: Path,
    password: str | None = None,
    reopen: Callable[[Path], Database] = open_database,
) -> BackupInfo:
    """Replace the database's content with the copy at ``path`` (a safety backup first);
    ``reopen`` opens the restored file (see ``store.backup.restore_backup``)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise UserError(f"Die Sicherungskopie „{path}“ gibt es nicht.")
    if not is_sealed(path):
        return restore_backup(database, path, reopen)
    if not password:
        raise PasswordNeeded(
            f"Die Sicherungskopie „{path.name}“ ist mit einem Passwort geschützt. Bitte das "
            "Passwort angeben."
        )
    from helferapp.sync import envelope

    try:
        plain = envelope.open_envelope(path.read_bytes(), password)
    except OSError as error:
        raise UserError(f"Die Sicherungskopie „{path.name}“ lässt sich nicht lesen.") from error
    temporary = database.path.with_name(database.path.name + ".wiederherstellen.tmp")
    try:
        temporary.write_bytes(plain)
        return restore_backup(database, temporary, reopen)
    finally:
        temporary.unlink(missing_ok=True)
