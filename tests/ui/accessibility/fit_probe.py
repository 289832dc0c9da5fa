"""Open the main window and every dialog on a given screen and report what sticks out.

Run as ``python -m tests.ui.accessibility.fit_probe DB FOLDER`` with the offscreen
platform set to the screen to simulate (``QT_QPA_PLATFORM=offscreen:configfile=…`` for
its size, ``QT_SCALE_FACTOR`` for the scaling): Qt then reports exactly that screen
and scaling to the app, as a laptop's would. Prints one JSON list of problems.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def check(widget: QWidget, name: str, area: QRect, buttons: list[QWidget]) -> list[str]:
    problems = []
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if needed.width() > area.width() or needed.height() > area.height():
        problems.append(f"{name}: needs at least {needed.toTuple()} on {area.size().toTuple()}")
    frame = widget.frameGeometry()
    if not area.contains(frame):
        problems.append(f"{name}: {frame.getRect()} outside {area.getRect()}")
    for button in buttons:
        rect = _global_rect(button)
        if not area.contains(rect) or not _global_rect(widget).contains(rect):
            problems.append(f"{name}: button row {rect.getRect()} not visible")
    return problems


def settle(app: QApplication) -> None:
    """Let layouts and the window manager finish (a page's size shows a moment later)."""
    for _round in range(5):
        app.processEvents()


def _coverage_without_scrolling(window: Any, app: QApplication) -> list[str]:
    """On a laptop's screen the Versorgung page shows its map's legend and the chosen
    Kreis's box without scrolling: colours without their meaning say nothing."""
    from tests.ui.accessibility import screens

    window.show_page(screens.PAGE_COUNT - 1)  # Versorgung, the navigation's last entry
    settle(app)
    page = window.current_page()
    viewport = _global_rect(page.parentWidget())
    return [
        f"Versorgung: {name} {_global_rect(part).getRect()} below {viewport.getRect()}"
        for name, part in (("Legende", page.legend), ("Ausgewählter Kreis", page.detail_box))
        if not viewport.contains(_global_rect(part))
    ]


def main(database_path: str, folder: str, font_steps: int = 0) -> list[str]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from helferapp.store.database import open_database
    from helferapp.ui import app as gui
    from helferapp.ui.context import AppContext
    from helferapp.ui.main_window import MainWindow
    from tests.ui.accessibility import screens

    app = gui.create_application([])
    QMessageBox.exec = lambda box: int(QMessageBox.StandardButton.Ok.value)  # type: ignore[method-assign]
    area = app.primaryScreen().availableGeometry()
    window = MainWindow(AppContext(open_database(Path(database_path))))
    if font_steps:
        window.apply_zoom(font_steps)
    window.resize(1918, 1198)  # as restored from a larger screen
    window.show()
    settle(app)
    problems = check(window, "Hauptfenster", area, [window.statusBar()])
    for index in range(screens.PAGE_COUNT):
        window.show_page(index)
        settle(app)
        holder = window.current_page().parentWidget()  # the page's scroll area
        problems += check(window, f"Hauptfenster mit Seite {index + 1}", area, [window.statusBar()])
        if not _global_rect(window).contains(_global_rect(holder)):
            problems.append(f"Seite {index + 1}: {_global_rect(holder).getRect()} cut off")
    if not font_steps and area.height() >= 700:
        problems += _coverage_without_scrolling(window, app)
    for name, build in screens.dialog_builders().items():
        dialog = build(window, Path(folder))
        dialog.show()
        settle(app)
        problems += check(dialog, name, area, screens.button_boxes(dialog))
        dialog.reject()
        dialog.deleteLater()
        settle(app)
    return problems


if __name__ == "__main__":
    steps = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    print(json.dumps(main(sys.argv[1], sys.argv[2], steps), ensure_ascii=False))
    sys.stdout.flush()
