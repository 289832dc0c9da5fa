"""What each menu command and shortcut of the main window does, wired in one place.

Why it is its own module: the window (``main_window``) is about its pages, the news
of changes and undo; which action calls which command (``ui/commands.py``, printing,
tables, the Austauschordner) and how the font zoom works are a list of their own that
grows with every new command, and reading it should not mean reading the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from helferapp.ui.exchange import exchange_folder
from helferapp.ui.settings import window_state

if TYPE_CHECKING:
    from helferapp.ui.main_window import MainWindow
    from helferapp.ui.window_protocol import MainWindowParts


def connect_actions(window: MainWindow) -> None:
    """Connect every action of ``window.actions_`` to what it does.

    Printing and the table commands are imported when first used (``_print``,
    ``_tables``): their modules pull in the report and table-import code, which the
    start of the window does not need.
    """
    from helferapp.ui import commands

    a = window.actions_
    a.new.triggered.connect(window.new_record)
    a.new_database.triggered.connect(lambda: commands.new_database(window))
    a.open_database.triggered.connect(lambda: commands.open_other_database(window))
    a.clear_recent.triggered.connect(window_state.remove_recent_database)
    a.backup.triggered.connect(lambda: commands.create_backup(window))
    a.backup_copy.triggered.connect(lambda: commands.backup_copy(window))
    a.restore.triggered.connect(lambda: commands.restore_backup(window))
    a.export.triggered.connect(lambda: commands.export_data(window))
    a.import_.triggered.connect(lambda: commands.import_data(window))
    a.journal.triggered.connect(lambda: commands.show_journal(window))
    a.exchange_folder.triggered.connect(lambda: exchange_folder.open_settings(window))
    a.round_trip.triggered.connect(lambda: exchange_folder.open_round_trip(window))
    a.import_table.triggered.connect(lambda: _tables(window, "import"))
    a.duplicates.triggered.connect(lambda: _tables(window, "duplicates"))
    a.print_.triggered.connect(lambda: _print(window, "print"))
    a.save_pdf.triggered.connect(lambda: _print(window, "pdf"))
    a.export_table.triggered.connect(lambda: _print(window, "table"))
    a.export_vcard.triggered.connect(lambda: _print(window, "vcard"))
    a.export_calendar.triggered.connect(lambda: _print(window, "calendar"))
    a.quit.triggered.connect(window.close)
    a.undo.triggered.connect(window.undo)
    a.save.triggered.connect(lambda: window.current_page().save())
    a.delete.triggered.connect(lambda: window.current_page().delete_current())
    a.find.triggered.connect(lambda: window.current_page().focus_filter())
    a.contact.triggered.connect(window.log_contact)
    a.zoom_in.triggered.connect(lambda: window.zoom(+1))
    a.zoom_out.triggered.connect(lambda: window.zoom(-1))
    a.zoom_reset.triggered.connect(lambda: window.zoom(0))
    for number, action in enumerate(a.pages):
        action.triggered.connect(lambda _checked=False, n=number: window.go_to_page(n))
    a.help.triggered.connect(lambda: commands.show_help(window))
    a.about.triggered.connect(lambda: commands.show_about(window))


def _print(window: MainWindow, command: str) -> None:
    from helferapp.ui.printing import print_commands

    commands: dict[str, Callable[[MainWindowParts], None]] = {
        "print": print_commands.print_current,
        "pdf": print_commands.save_pdf,
        "table": print_commands.export_table,
        "vcard": print_commands.export_vcards,
        "calendar": print_commands.export_calendar,
    }
    commands[command](window)


def _tables(window: MainWindow, command: str) -> None:
    from helferapp.ui.tables import table_commands

    commands: dict[str, Callable[[MainWindowParts], object]] = {
        "import": table_commands.import_table,
        "duplicates": table_commands.find_duplicates,
    }
    commands[command](window)


def zoom(direction: int) -> None:
    """Schrift größer/kleiner/normal: 10 % per step, remembered."""
    steps = 0 if direction == 0 else max(-3, min(8, window_state.font_steps() + direction))
    window_state.set_font_steps(steps)
    apply_zoom(steps)


def apply_zoom(steps: int) -> None:
    """Set the application font to the system size enlarged by ``steps`` × 10 %."""
    app = QApplication.instance()
    assert app is not None  # the window lives inside the application
    base = app.property("helferapp_base_point_size")
    if base is None:
        base = QApplication.font().pointSizeF()
        app.setProperty("helferapp_base_point_size", base)
    font = QApplication.font()
    font.setPointSizeF(max(6.0, float(base) * (1.1**steps)))
    QApplication.setFont(font)
