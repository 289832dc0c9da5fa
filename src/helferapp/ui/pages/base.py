"""What every page of the main window offers, so the window can treat them alike.

The main window talks to the page on screen only through this interface (save, new,
delete, filter, leave) and listens to its signals; pages never reach into the window.
That keeps each page testable on its own and the menus in one place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from helferapp.ui.context import AppContext
from helferapp.ui.refresh import Changed
from helferapp.ui.undo import UndoStep


class Heading(QLabel):
    """A title in bold, sized relative to the application font so that zooming scales it."""

    def __init__(self, text: str = "", scale: float = 1.35, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._scale = scale
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self._apply_font()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # A label with its own font is not told of a new application font (Schrift
            # größer): follow it at once, not only after a restart.
            app.fontChanged.connect(self._apply_font)

    def _apply_font(self, _font: object = None) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setBold(True)
        self.setFont(font)


class Page(QWidget):
    """Base of every page.

    Signals:
        navigate(kind_code, record_id): open that record on its page.
        create_requested(kind_code, defaults): start a new record there, prefilled.
        changed(kind_code, record_id, step): a record was written; ``step`` (an
            ``UndoStep``, or None) takes it back.
        message(text): a short note for the status bar.
    """

    navigate = Signal(str, str)
    create_requested = Signal(str, object)
    changed = Signal(str, str, object)
    message = Signal(str)

    nav_title = ""
    kind_code: str | None = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True

    def tr_(self, text: str) -> str:
        """Translate in the page's own context (its class name)."""
        return QCoreApplication.translate(type(self).__name__, text)

    # --- life cycle ------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page comes on screen: load what is stale."""
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Fetch the page's content again."""

    def mark_stale(self) -> None:
        """Reload on the next ``activate`` (now if the page is on screen)."""
        self._stale = True
        if self.isVisible():
            self.activate()

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes; False means stay."""
        return True

    def save_state(self) -> None:
        """Remember splitters and column widths."""

    def retranslate_ui(self) -> None:
        """Set every text again (after a language change)."""

    # --- commands from the menus -----------------------------------------------------

    def can_create(self) -> bool:
        return False

    def new_record(self, defaults: Any = None) -> None:
        """Start a new record (Strg+N)."""

    def save(self) -> bool:
        """Save the open form (Strg+S); True when there is nothing left unsaved."""
        return True

    def can_delete(self) -> bool:
        return False

    def delete_current(self) -> None:
        """Move the current record to the Papierkorb (Entf), after asking once."""

    def focus_filter(self) -> None:
        """Put the cursor into the page's filter or search box (Strg+F)."""

    def focus_start(self) -> None:
        """Where the keyboard starts when the page is chosen (Strg+1 … Strg+9): its list
        or filter, never a form field where typing would change a record."""
        self.focus_filter()

    def show_record(self, record_id: str) -> bool:
        """Select and open one record; False if the page does not have it."""
        return False

    def contact_defaults(self) -> dict[str, str]:
        """Group/organisation/person ids to prefill a new contact with (Strg+K)."""
        return {}

    def on_record_changed(self, kind_code: str, record_id: str) -> None:
        """Another part of the app wrote a record; refresh what shows it."""

    def on_changed_elsewhere(self, changed: Changed) -> None:
        """An import, a merge or the like changed records (``ui.refresh``): reload in place."""
        self.mark_stale()

    def emit_changed(self, kind_code: str, record_id: str, step: UndoStep | None) -> None:
        self.changed.emit(kind_code, record_id, step)
