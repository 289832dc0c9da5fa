"""Plain German for what the operating system or a library says when a file fails.

``OSError.strerror`` is English on most systems ("No such file or directory") and a
library's message (zlib, zipfile, json) is English everywhere; a German message that
quotes them is half in a language many users cannot read. Every message of the app that
explains a failed file operation takes its reason from here, so both front ends and
every layer say the same thing in the same words. Lives in the domain (stdlib only) so
that store/, reports/ and services/ can use it as well as the GUI and the CLI.
"""

from __future__ import annotations

import errno
import zipfile
import zlib
from pathlib import Path

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
    return f"Das System meldet einen Fehler (Nummer {number})."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
