"""What the app remembers between starts: window, splitters, columns, font size.

Everything goes through ``QSettings`` with the organisation and application names set
in ``ui.app``, so tests can redirect it to a temporary folder (IniFormat + setPath).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from helferapp.ui.window_protocol import MainWindowParts

FONT_STEP_KEY = "view/font_steps"
LAST_DB_KEY = "database/last_path"


def settings() -> QSettings:
    return QSettings()


def _bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_geometry(widget: QWidget, key: str) -> None:
    settings().setValue(key, widget.saveGeometry())


def restore_geometry(widget: QWidget, key: str) -> bool:
    value = _bytes(key)
    return bool(value is not None and widget.restoreGeometry(value))


def save_header(header: QHeaderView, key: str) -> None:
    settings().setValue(key, header.saveState())


def restore_header(header: QHeaderView, key: str) -> bool:
    value = _bytes(key)
    return bool(value is not None and header.restoreState(value))


def save_splitter(splitter: QSplitter, key: str) -> None:
    settings().setValue(key, splitter.saveState())


def restore_splitter(splitter: QSplitter, key: str) -> bool:
    value = _bytes(key)
    return bool(value is not None and splitter.restoreState(value))


def font_steps() -> int:
    """How many steps the user enlarged (or shrank) the font; 0 follows the system."""
    value = settings().value(FONT_STEP_KEY, 0)
    try:
        return int(value) if isinstance(value, int | float | str) else 0
    except ValueError:
        return 0


def set_font_steps(steps: int) -> None:
    settings().setValue(FONT_STEP_KEY, steps)


def last_database() -> str:
    value = settings().value(LAST_DB_KEY, "")
    return value if isinstance(value, str) else ""


def set_last_database(path: str) -> None:
    settings().setValue(LAST_DB_KEY, path)
    add_recent_database(path)


RECENT_DB_KEY = "database/recent"
RECENT_COUNT = 8


def recent_databases() -> list[str]:
    """The databases opened last on this computer, newest first (Datei → Zuletzt geöffnet)."""
    value = settings().value(RECENT_DB_KEY, [])
    if isinstance(value, str):  # QSettings hands back a one-element list as a string
        value = [value]
    return (
        [item for item in value if isinstance(item, str) and item]
        if isinstance(value, list)
        else []
    )


def add_recent_database(path: str) -> None:
    paths = [path, *(item for item in recent_databases() if item != path)]
    settings().setValue(RECENT_DB_KEY, paths[:RECENT_COUNT])


def remove_recent_database(path: str | None = None) -> None:
    """Forget one file of the list (or all of them)."""
    paths = [] if path is None else [item for item in recent_databases() if item != path]
    settings().setValue(RECENT_DB_KEY, paths)


def restore_window(window: MainWindowParts) -> None:
    """Size, position, navigation width and font size of the main window as last left."""
    if not restore_geometry(window, "window/geometry"):
        window.resize(1280, 800)
    if not restore_splitter(window.splitter, "window/splitter"):
        window.splitter.setSizes([160, 1120])
    steps = font_steps()
    if steps:
        window.apply_zoom(steps)


def save_window(window: MainWindowParts) -> None:
    """Remember the window and every page that was opened."""
    save_geometry(window, "window/geometry")
    save_splitter(window.splitter, "window/splitter")
    for page in window.loaded_pages():
        page.save_state()
