"""Turning SQLite's failures into messages a volunteer can act on.

SQLite reports a locked file, a full disk or a read-only folder as an
``OperationalError`` with an English text; this module maps them to ``DatabaseError``
with a German message that says what to do. Unknown errors are left alone so that they
reach the error log instead of being disguised.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from helferapp.domain.errors import UserError


class DatabaseError(UserError):
    """The database cannot be opened or written; nothing was changed."""


_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        "database is locked",
        "Die Datenbank wird gerade von einem anderen Programm benutzt (vielleicht ist "
        "HelferApp zweimal geöffnet). Bitte das andere Fenster schließen und es noch "
        "einmal versuchen.",
    ),
    (
        "disk is full",
        "Der Speicherplatz ist voll. Es wurde nichts gespeichert. Bitte Platz auf dem "
        "Datenträger schaffen (z. B. den Papierkorb von Windows leeren) und es noch "
        "einmal versuchen.",
    ),
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


def database_error_for(error: BaseException) -> DatabaseError | None:
    """Return the German explanation of a SQLite failure, or None if it is unknown."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    for needle, message in _MESSAGES:
        if needle in text:
            return DatabaseError(message)
    return None
