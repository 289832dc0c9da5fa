"""Plain German for what the operating system or a library says when a file fails.

``OSError.strerror`` is English on most systems ("No such file or directory") and a
library's message (zlib, zipfile, json) is English everywhere; a German message that
quotes them is half in a language many users cannot read. Every message of the app that
explains a failed file operation takes its reason from here, so both front ends and
every layer say the same thing in the same words: ``describe_os_error`` a whole
sentence that names the file, ``os_reason`` a short reason for parentheses. Lives in
the domain (stdlib only) so that store/, reports/ and services/ can use it as well as
the GUI and the CLI.
"""

from __future__ import annotations

import errno
import zipfile
import zlib
from pathlib import Path

# What the operating system's (English, or localised to the system's language) reasons
# say, in the app's German: a message shows these instead of ``strerror``.
_OS_REASONS: dict[int, str] = {
    errno.ENOSPC: "der Speicherplatz ist voll",
    errno.EDQUOT if hasattr(errno, "EDQUOT") else errno.ENOSPC: "der Speicherplatz ist voll",
    errno.ENOENT: "die Datei oder der Ordner ist nicht da",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EIO: "Fehler des Datenträgers",
    errno.EISDIR: "das ist ein Ordner",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.EBUSY: "wird gerade von einem anderen Programm benutzt",
    errno.ENAMETOOLONG: "der Name ist zu lang",
    errno.EMFILE: "zu viele offene Dateien",
    errno.ENXIO: "das Gerät ist nicht erreichbar",
    errno.ENODEV: "das Gerät ist nicht erreichbar",
}


def os_reason(error: OSError) -> str:
    """A short German reason for ``error`` for a message's parentheses, e.g. "(der
    Speicherplatz ist voll)" — the same words as ``describe_os_error``'s table, never
    the system's own text. (Also offered as ``domain.errors.os_reason``.)"""
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    if error.errno:
        return f"Fehler des Betriebssystems Nr. {error.errno}"
    return "Fehler des Betriebssystems"


# Windows reports a file another program holds open as winerror 32/33 (sharing or lock
# violation), with errno EACCES; the user's remedy is different from a missing right.
_WINDOWS_IN_USE = {32, 33}


def describe_os_error(
    error: BaseException, path: Path | str | None = None, *, writing: bool = False
) -> str:
    """One German sentence saying why reading (or ``writing``) ``path`` failed, without
    the system's or library's own (English) text. ``path`` is the file the app tried to
    read or write; without it the sentence speaks of "die Datei"."""
    where = Path(path) if path is not None else None
    name = f"„{where}“" if where is not None else "die Datei"
    folder = f"„{where.parent}“" if where is not None else "der Zielordner"
    if isinstance(error, (zlib.error, zipfile.BadZipFile, EOFError)):
        return f"Der Inhalt von {name} ist beschädigt oder unvollständig."
    if isinstance(error, UnicodeError):
        return f"{_capital(name)} ist keine Textdatei in einer bekannten Zeichenkodierung."
    if not isinstance(error, OSError):
        return f"{_capital(name)} lässt sich nicht verarbeiten."
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return f"{_capital(name)} ist gerade in einem anderen Programm geöffnet."
    number = error.errno
    if number == errno.ENOENT:
        if where is not None and not where.parent.exists():
            return f"Den Ordner {folder} gibt es nicht (mehr)."
        return f"{_capital(name)} gibt es nicht (mehr)."
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "Kein Platz mehr auf dem Datenträger."
    if number in (errno.EACCES, errno.EPERM):
        return f"Keine Berechtigung, {name} zu {'schreiben' if writing else 'lesen'}."
    if number == errno.EROFS:
        return "Der Datenträger ist schreibgeschützt."
    if number in (errno.EBUSY, errno.ETXTBSY):
        return f"{_capital(name)} ist gerade in einem anderen Programm geöffnet."
    if number == errno.EISDIR:
        return f"{_capital(name)} ist ein Ordner, keine Datei."
    if number == errno.ENOTDIR:
        return f"Ein Teil des Pfads {name} ist kein Ordner."
    if number == errno.ENAMETOOLONG:
        return f"Der Name {name} ist zu lang."
    if number == errno.EEXIST:
        return f"{_capital(name)} gibt es schon."
    if number == errno.EINVAL:
        return f"Der Name {name} enthält Zeichen, die das System nicht erlaubt."
    if number in (errno.EIO, errno.ENXIO, errno.ENODEV):
        return "Der Datenträger antwortet nicht – ist der USB-Stick noch eingesteckt?"
    if number is None:
        return f"{_capital(name)} lässt sich nicht verarbeiten."
    if number in _OS_REASONS:
        return f"{_capital(_OS_REASONS[number])}."
    return f"Das System meldet einen Fehler (Nummer {number})."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
