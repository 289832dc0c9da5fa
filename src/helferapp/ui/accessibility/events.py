"""The application-wide event filter behind ``ui.accessibility.install``.

One filter on the QApplication sees every widget's events, so the rules hold for
dialogs written later too:

- Polish of an item view: Tab and Shift+Tab move to the next widget instead of the next
  cell (the Versorgung table had 1,632 Tab stops); the arrow keys still move inside.
- ShortcutOverride in a text field: a line edit claims Strg+E, Strg+K, … for Emacs-style
  editing on Linux, so "Exportieren" did nothing while the filter field had the focus.
  A key that is one of the window's own shortcuts and no standard editing key goes to
  the window.
- Show of a top-level window: it is fitted into the screen it opens on; it and every
  page shown later in a stack get accessible names from their labels
  (``naming.name_widgets``).
- Focus moves: the window's ``focus_ring.FocusRing`` follows the focused widget
  (buttons and check boxes get theirs from ``style.AccessibleStyle``).
- Palette changes (dark mode switched while running): placeholder colour re-checked.
- Polish and font changes of a table: row height from the font (Schrift größer up to
  200 % and beyond without clipped letters).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QTextEdit,
    QWidget,
)

from helferapp.ui.accessibility import contrast, naming
from helferapp.ui.accessibility.focus_ring import FOCUS_RING, FocusRing

Key = QKeySequence.StandardKey

EDITING_KEYS = (
    Key.Copy,
    Key.Cut,
    Key.Paste,
    Key.Undo,
    Key.Redo,
    Key.SelectAll,
    Key.Delete,
    Key.Backspace,
    Key.DeleteStartOfWord,
    Key.DeleteEndOfWord,
    Key.MoveToNextChar,
    Key.MoveToPreviousChar,
    Key.MoveToNextWord,
    Key.MoveToPreviousWord,
    Key.MoveToStartOfLine,
    Key.MoveToEndOfLine,
    Key.SelectNextChar,
    Key.SelectPreviousChar,
    Key.SelectNextWord,
    Key.SelectPreviousWord,
    Key.SelectStartOfLine,
    Key.SelectEndOfLine,
)
"""Keys a text field keeps (their first binding) even where the window has a shortcut."""

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def install_palette(app: QApplication) -> None:
    """Raise the placeholder colour of the application palette to 4.5:1 (all groups)."""
    palette = app.palette()
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        probe = QPalette(palette)
        probe.setCurrentColorGroup(group)
        colour = contrast.placeholder(probe)
        if palette.color(group, QPalette.ColorRole.PlaceholderText) != colour:
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
            changed = True
    if changed:
        app.setPalette(palette)


def window_shortcuts(widget: QWidget) -> list[QKeySequence]:
    """The shortcuts of the actions on ``widget``'s window (menus and window actions)."""
    window = widget.window()
    found: list[QKeySequence] = []
    for action in window.actions():
        if action.isEnabled():
            found.extend(action.shortcuts())
    return found


def field_keys() -> list[QKeySequence]:
    """The keys a text field keeps: the first binding of each standard editing key.

    Later bindings are the platform's extras – on Linux the Emacs-style Strg+E (end of
    line) and Strg+K (delete to the end) – and give way to the window's own shortcuts.
    """
    keys: list[QKeySequence] = []
    for standard in EDITING_KEYS:
        bindings = QKeySequence.keyBindings(standard)
        if bindings:
            keys.append(bindings[0])
    return keys


def takes_window_shortcut(
    event: QKeyEvent, widget: QWidget, kept: list[QKeySequence] | None = None
) -> bool:
    """True if ``event`` is a window shortcut that a text field would swallow.

    ``kept`` are the keys the field keeps (default ``field_keys()``).
    """
    if not event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    ):
        return False  # plain keys (Entf, letters) belong to the field
    pressed = QKeySequence(event.keyCombination())
    if pressed in (field_keys() if kept is None else kept):
        return False
    return any(
        shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
        for shortcut in window_shortcuts(widget)
    )


class AccessibilityFilter(QObject):
    """See the module docstring."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("helferapp_accessibility")
        self._palette_pending = False
        app.focusChanged.connect(self._on_focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
            _fit_rows(watched)
        elif kind == QEvent.Type.FontChange and isinstance(watched, QTableView):
            _fit_rows(watched)
        elif (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(watched, TEXT_INPUTS)
            and isinstance(event, QKeyEvent)
            and takes_window_shortcut(event, watched)
        ):
            return True  # not accepted: the shortcut map gives it to the window's action
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and _is_window(watched):
            from helferapp.ui.settings.window_state import fit_to_screen

            naming.name_widgets(watched)
            fit_to_screen(watched)
            # The frame (title bar) is known once the window manager has placed it.
            QTimer.singleShot(0, lambda widget=watched: _refit(widget))
        elif (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and isinstance(watched.parent(), QStackedWidget)
        ):
            naming.name_widgets(watched)  # a page, tab or wizard page built after its window
        elif kind == QEvent.Type.ApplicationPaletteChange and not self._palette_pending:
            self._palette_pending = True
            QTimer.singleShot(0, self._fix_palette)
        return False

    def _fix_palette(self) -> None:
        self._palette_pending = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_palette(app)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Only the new widget is looked at: the old one may be in the middle of its
        # destruction (Qt moves the focus away from a widget being deleted).
        if new is None:
            return  # the app lost the focus; each window keeps its ring where it was
        window = new.window()
        ring = window.findChild(FocusRing, FOCUS_RING)
        if not _ringed(new):
            if ring is not None:
                ring.follow(None)
            return
        if ring is None:
            ring = FocusRing(new)  # one per window; goes with the widget it is on
        ring.follow(new)

    def focus_ring(self, window: QWidget) -> FocusRing | None:
        return window.findChild(FocusRing, FOCUS_RING)


def _ringed(widget: QWidget) -> bool:
    """Whether ``widget`` gets the focus ring (not windows, menus, open combo lists)."""
    if widget.isWindow() or isinstance(widget, QMenu | QMenuBar | QAbstractButton):
        return False  # buttons and check boxes get their ring from the style
    window = widget.window()
    if not window.isVisible():
        return False  # closing: nothing to show
    return window.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


CHAR_UNIT = "helferapp_char_unit"


def _fit_rows(view: QAbstractItemView) -> None:
    """Table rows as tall as the font needs (default rows stay 22 px at any font), and
    columns as much wider as the letters became: widths are set in characters at start."""
    if not isinstance(view, QTableView):
        return
    unit = view.fontMetrics().averageCharWidth()
    old = view.property(CHAR_UNIT)
    view.setProperty(CHAR_UNIT, unit)
    columns = view.horizontalHeader()
    if isinstance(old, int) and old > 0 and unit != old:
        last = columns.count() - 1 if columns.stretchLastSection() else columns.count()
        for number in range(max(last, 0)):
            view.setColumnWidth(number, round(view.columnWidth(number) * unit / old))
    header = view.verticalHeader()
    if header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents:
        return
    wanted = view.fontMetrics().height() + 10
    if header.defaultSectionSize() < wanted or header.defaultSectionSize() > wanted + 12:
        header.setDefaultSectionSize(wanted)


def _is_window(widget: QWidget) -> bool:
    if not widget.isWindow():
        return False
    return widget.windowType() in (
        Qt.WindowType.Window,
        Qt.WindowType.Dialog,
        Qt.WindowType.Sheet,
    )


def _refit(widget: QWidget) -> None:
    from shiboken6 import isValid

    from helferapp.ui.settings.window_state import fit_to_screen

    if isValid(widget) and widget.isVisible():
        fit_to_screen(widget)
