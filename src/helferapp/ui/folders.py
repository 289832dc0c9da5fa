"""Where a file the user saves goes unless they pick another folder.

The documents folder, created if it does not exist yet (a fresh account, or a Linux
desktop without XDG folders, may lack it), else the home folder: a first export or
PDF must not fail for want of a folder nobody chose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The documents folder, made to exist; the home folder if that is impossible."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not found:
        return Path.home()
    folder = Path(found)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder
