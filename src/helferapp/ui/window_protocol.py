"""What the menu commands use of the main window, declared once.

The commands (``ui/commands.py``, printing, tables, the exchange folder, the window
state) get the main window as their argument; ``main_window`` imports them, so they
cannot import it back. ``MainWindowParts`` lists exactly the parts they use, so the type
checker sees every such call. It is a ``QMainWindow`` base class that only declares
(``typing.Protocol`` cannot also say "is a widget", and every command passes the window
as its dialogs' parent); ``MainWindow`` derives from it and provides the parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QSplitter

if TYPE_CHECKING:
    from helferapp.ui.actions import Actions
    from helferapp.ui.context import AppContext
    from helferapp.ui.exchange.exchange_folder import ExchangeFolderController
    from helferapp.ui.pages.base import Page
    from helferapp.ui.refresh import Changed


class MainWindowParts(QMainWindow):
    """The main window as its commands see it (implemented by ``MainWindow``)."""

    context: AppContext
    actions_: Actions
    splitter: QSplitter
    exchange_folder: ExchangeFolderController

    if TYPE_CHECKING:
        # Reopen the window on the database at this path (after a restore or import).
        open_requested: ClassVar[Signal]

        def current_page(self) -> Page: ...
        def loaded_pages(self) -> list[Page]: ...
        def refresh_all(self, changed: Changed) -> None: ...
        def show_message(self, text: str) -> None: ...
        def apply_zoom(self, steps: int) -> None: ...
