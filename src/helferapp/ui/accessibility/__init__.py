"""Keyboard, focus, contrast and screen size, for every window of the app at once.

EN 301 549 chapter 11 (which BITV 2.0 refers to) asks that software can be used by
keyboard alone, with a visible focus, readable contrast, large fonts and on the screen
it runs on. Most of that is one rule for every widget, so it is applied once, here, by
``install(app)`` (called at start and by every main window), rather than in forty
dialogs that a new one would forget:

- ``focus_ring.FocusRing`` shows where the keyboard focus is, ``style.AccessibleStyle``
  does the same on buttons and check boxes and scales check boxes with the font;
- ``events.AccessibilityFilter`` lets Tab leave tables, trees and lists, keeps the
  window's shortcuts (Strg+E, Strg+K) working while a text field has the focus, and
  fits each window into the screen it opens on (``settings.window_state.fit_to_screen``);
- the palette's placeholder colour is raised to 4.5:1 (``contrast.placeholder``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from helferapp.ui.accessibility.events import AccessibilityFilter, install_palette

__all__ = ["install"]


def install(app: QApplication) -> AccessibilityFilter:
    """Put the style, the event filter and the palette fix in place (once per app)."""
    existing = app.findChild(AccessibilityFilter)
    if isinstance(existing, AccessibilityFilter):
        return existing
    from helferapp.ui.accessibility.style import AccessibleStyle

    style = app.style()
    if not isinstance(style, AccessibleStyle):
        app.setStyle(AccessibleStyle(style.name()))
    install_palette(app)
    watcher = AccessibilityFilter(app)
    app.installEventFilter(watcher)
    return watcher
