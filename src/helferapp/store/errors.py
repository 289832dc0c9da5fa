"""Turning SQLite's failures into messages a volunteer can act on.

SQLite reports a locked file, a full disk or a read-only folder as an
``OperationalError`` with an English text; this module maps them to ``DatabaseError``
with a German message that says what to do. Unknown errors are left alone so that they
reach the error log instead of being disguised.

A full disk must not read as a broken one: SQLite says ``SQLITE_FULL`` when a write of
the database file runs out of space, but growing the write-ahead log's index (``-shm``)
or syncing fails as ``SQLITE_IOERR`` ("disk I/O error") when nearly nothing is free. So
an I/O error while the database's folder has less than ``LOW_SPACE_BYTES`` free counts
as a full disk too, and so does an ``OSError`` with ``ENOSPC`` anywhere in the chain.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from helferapp.domain.errors import UserError, is_disk_full

SQLITE_FULL = 13
SQLITE_IOERR = 10
# An I/O error with less than this free beside the database is a full disk.
LOW_SPACE_BYTES = 16 * 1024 * 1024
DISK_FULL = (
    "Der Speicherplatz ist voll. Es wurde nichts gespeichert. Bitte Platz auf dem "
    "Datenträger schaffen (z. B. den Papierkorb von Windows leeren) und es noch "
    "einmal versuchen."
)


class DatabaseError(UserError):
    """The database cannot be opened or written; nothing was changed."""


_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        "database is locked",
        "Die Datenbank wird gerade von einem anderen Programm benutzt (vielleicht ist "
        "HelferApp zweimal geöffnet). Bitte das andere Fenster schließen und es noch "
        "einmal versuchen.",
    ),
    ("disk is full", DISK_FULL),
    (
        "readonly database",
        "Die Datenbank ist schreibgeschützt. Es wurde nichts gespeichert. Bitte die Datei "
        "an einen Ort kopieren, an dem Sie schreiben dürfen (z. B. „Dokumente“).",
    ),
    (
        "file is not a database",
        "Die Datei ist keine HelferApp-Datenbank oder sie ist beschädigt. Bitte eine "
        "Sicherung wiederherstellen.",
    ),
    (
        "database disk image is malformed",
        "Die Datenbank ist beschädigt. Bitte über „Datei → Sicherung wiederherstellen“ "
        "eine Sicherung zurückholen.",
    ),
    (
        "unable to open database file",
        "Die Datenbank-Datei lässt sich nicht öffnen. Bitte prüfen, ob der Ordner "
        "existiert und ob Sie dort schreiben dürfen.",
    ),
    (
        "disk i/o error",
        "Beim Lesen oder Schreiben der Datenbank ist ein Fehler des Datenträgers "
        "aufgetreten. Es wurde nichts gespeichert. Bitte den USB-Stick bzw. die "
        "Festplatte prüfen.",
    ),
)


def _primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def free_bytes(folder: Path) -> int | None:
    """Free space in ``folder`` (None if it cannot be told)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def database_error_for(error: BaseException, folder: Path | None = None) -> DatabaseError | None:
    """Return the German explanation of a SQLite failure, or None if it is unknown.

    ``folder`` is where the database lies: an I/O error there with hardly any space free
    is reported as a full disk.
    """
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, BaseException):
        original = error
    text = str(original).lower()
    code = _primary_code(original)
    if code == SQLITE_FULL or is_disk_full(original):
        return DatabaseError(DISK_FULL)
    io_error = code == SQLITE_IOERR or "disk i/o error" in text
    if io_error and folder is not None:
        free = free_bytes(folder)
        if free is not None and free < LOW_SPACE_BYTES:
            return DatabaseError(DISK_FULL)
    if isinstance(original, sqlite3.Error) and "disk is full" in text:
        return DatabaseError(DISK_FULL)
    for needle, message in _MESSAGES:
        if needle in text:
            return DatabaseError(message)
    return None
