"""What happens when something goes wrong that nobody expected: log it, say so calmly.

``install()`` sets up a rotating log file in the user's log folder and replaces
``sys.excepthook`` (PySide6 routes exceptions raised in slots there). A ``UserError``
that slipped through is shown as the plain German message it is; anything else gets
the ``ErrorDialog`` with its "Details kopieren" button, never a traceback on screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from helferapp.domain.errors import UserError

LOG_NAME = "helferapp.log"
logger = logging.getLogger("helferapp")

_state: dict[str, object] = {"log_path": None, "showing": False}


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/helferapp.log`` (1 MB, three old files kept); return the path."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        path = Path(LOG_NAME)
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in logger.handlers if getattr(h, "_helferapp", False)]:
        logger.removeHandler(old)
        old.close()
    handler._helferapp = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _state["log_path"] = path
    return path


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """The excepthook: log, then show a German message (once at a time)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if isinstance(exc, UserError):
        logger.warning("Nicht abgefangener Benutzerfehler: %s", exc.message)
    else:
        logger.error("Unerwarteter Fehler:\n%s", details)
    if QApplication.instance() is None or _state["showing"]:
        return
    _state["showing"] = True
    try:
        if isinstance(exc, UserError):
            from helferapp.ui import prompts

            title = QCoreApplication.translate("errors", "Hinweis")
            prompts.warn(QApplication.activeWindow(), title, exc.message)
        else:
            from helferapp.ui.error_dialog import ErrorDialog

            dialog = ErrorDialog(
                details, str(_state["log_path"] or ""), QApplication.activeWindow()
            )
            dialog.exec()
    finally:
        _state["showing"] = False


def install(folder: Path) -> Path:
    """Log to ``folder`` and show unexpected errors in the error dialog."""
    path = setup_logging(folder)
    sys.excepthook = handle_exception
    return path
