"""What the app remembers between starts: window, splitters, columns, font size.

A remembered size is only a wish: the laptop may now have a smaller screen or 150 %
scaling. ``fit_to_screen`` (called for every top-level window when it is shown, see
``ui.accessibility``) keeps each window inside the available geometry of the screen it
opens on, so its buttons are never below the screen's edge.

Everything goes through ``QSettings`` with the organisation and application names set
in ``ui.app``, so tests can redirect it to a temporary folder (IniFormat + setPath).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from helferapp.ui.folders import documents_folder
from helferapp.ui.window_protocol import MainWindowParts

FONT_STEP_KEY = "view/font_steps"
DEFAULT_WINDOW = QSize(1280, 800)
FRAME_GUESS = QSize(16, 40)  # title bar and borders before the window manager says
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


def available_geometry(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen ``widget`` is on, or opens on."""
    screen = None
    parent = widget.parentWidget()
    if parent is not None and parent.isVisible():
        screen = parent.screen()
    if screen is None:
        screen = QGuiApplication.screenAt(widget.geometry().center()) or widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def fitted(geometry: QRect, frame: QSize, available: QRect, minimum: QSize) -> QRect:
    """``geometry`` (without frame) moved and shrunk so that with ``frame`` it fits.

    ``frame`` is the extra size of title bar and borders; ``minimum`` the smallest size
    the window's layout allows (it is kept if even that is larger than the screen, which
    the dialogs avoid by scrolling their content).
    """
    width = min(geometry.width(), available.width() - frame.width())
    height = min(geometry.height(), available.height() - frame.height())
    size = QSize(max(width, minimum.width()), max(height, minimum.height()))
    left_border = frame.width() // 2
    top_border = frame.height() - frame.width() // 2
    x = max(available.left() + left_border, geometry.x())
    y = max(available.top() + top_border, geometry.y())
    x = min(x, available.right() + 1 - (size.width() + frame.width() - left_border))
    y = min(y, available.bottom() + 1 - (size.height() + frame.height() - top_border))
    return QRect(QPoint(max(x, available.left()), max(y, available.top())), size)


def fit_to_screen(widget: QWidget, available: QRect | None = None) -> bool:
    """Keep ``widget`` (a top-level window) inside ``available``; True if it was moved.

    A maximised or full-screen window is the window manager's business and left alone.
    """
    if widget.isMaximized() or widget.isFullScreen():
        return False
    area = available if available is not None else available_geometry(widget)
    geometry = widget.geometry()
    frame_geometry = widget.frameGeometry()
    frame = QSize(
        frame_geometry.width() - geometry.width(), frame_geometry.height() - geometry.height()
    )
    if widget.isVisible() and frame.height() > 0:
        pass  # the window manager's real frame
    elif widget.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
        frame = QSize(0, 0)
    elif QGuiApplication.platformName() not in ("offscreen", "minimal"):
        frame = FRAME_GUESS
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if widget.layout() is None:
        minimum = widget.minimumSize()
    target = fitted(geometry, frame, area, minimum)
    if target == geometry:
        return False
    if target.size() != geometry.size():
        widget.resize(target.size())
    if target.topLeft() != geometry.topLeft():
        widget.move(
            target.topLeft() - QPoint(frame.width() // 2, frame.height() - frame.width() // 2)
        )
    return True


def initial_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, or less if the screen ``widget`` opens on is smaller."""
    area = available_geometry(widget)
    return QSize(
        min(wanted.width(), area.width() - FRAME_GUESS.width()),
        min(wanted.height(), area.height() - FRAME_GUESS.height()),
    )


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


EXCHANGE_FOLDER_KEY = "exchange/last_folder"


def exchange_folder() -> Path:
    """Where exchange files were last written or picked on this computer — the export
    suggests it and the import opens there, so a volunteer finds the file again —, or
    the documents folder (never the database's folder, hidden in AppData on Windows)."""
    value = settings().value(EXCHANGE_FOLDER_KEY, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return documents_folder()


def set_exchange_folder(folder: Path) -> None:
    settings().setValue(EXCHANGE_FOLDER_KEY, str(folder))


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


def opens_maximized(area: QSize) -> bool:
    """Whether a first start fills the screen: when the usual size (with its frame) does
    not fit — a 1366×768 laptop, 150 % on 1920×1080 — every pixel is worth having, and a
    window a little smaller than the screen only leaves a strip of desktop beside it."""
    return (
        area.width() < DEFAULT_WINDOW.width() + FRAME_GUESS.width()
        or area.height() < DEFAULT_WINDOW.height() + FRAME_GUESS.height()
    )


def restore_window(window: MainWindowParts) -> None:
    """Size, position, navigation width and font size of the main window as last left;
    at the first start the usual size in the middle of the screen, or the whole screen
    if that does not fit (``opens_maximized``)."""
    if not restore_geometry(window, "window/geometry"):
        area = available_geometry(window)
        window.resize(initial_size(window, DEFAULT_WINDOW))
        frame = QRect(QPoint(0, 0), window.size() + FRAME_GUESS)
        frame.moveCenter(area.center())
        window.move(frame.topLeft())
        # Not offscreen (tests, the benchmarks): there the screen is whatever Qt invents.
        if opens_maximized(area.size()) and QGuiApplication.platformName() != "offscreen":
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    fit_to_screen(window)
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
