"""Tab order in reading order when parts of a page are built at different times.

Qt's Tab order is the order widgets were created. A record page builds its form on
first use, after the Speichern/Verwerfen buttons below it, so Tab went from the buttons
at the bottom up to the first field. ``reading_order`` puts the parts of a page back in
the order a reader sees them, keeping the order inside each part.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets below ``root`` Tab stops at (or hands on by a focus proxy), in order."""
    members = [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None
    ]
    if not members:
        return []
    wanted = set(map(id, members))
    by_id = {id(widget): widget for widget in members}
    found: list[QWidget] = []
    current: QWidget | None = members[0]
    for _step in range(len(members) * 50 + 100):
        if current is None:
            break
        if id(current) in wanted and by_id[id(current)] not in found:
            found.append(by_id[id(current)])
            if len(found) == len(members):
                break
        current = current.nextInFocusChain()
    return found


def _is_compound(widget: QWidget) -> bool:
    """A widget Tab treats as one stop: a child (its text field) hands the focus to it."""
    # An editable combo box, a picker: the text field hands the focus on to its owner.
    return any(
        isinstance(child, QWidget) and child.focusProxy() is widget for child in widget.children()
    )


def _deepest_proxy(widget: QWidget) -> QWidget:
    target = widget
    for _step in range(20):
        proxy = target.focusProxy()
        if proxy is None or proxy is widget:
            break
        target = proxy
    return target


def units(root: QWidget) -> list[QWidget]:
    """The Tab stops below ``root``; an editable combo box or picker stands for its text
    field, so that moving it moves the field along (``QWidget.setTabOrder``). Widgets that
    only hand the focus on to one inside them (a tab widget, a date field) are left out:
    see ``reading_order``."""
    chain = focus_chain(root)
    found: list[QWidget] = []
    for widget in chain:
        if any(unit.isAncestorOf(widget) for unit in found):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # only hands the focus on; setTabOrder ignores it, its insides count
        if _is_compound(widget) or widget.focusProxy() is None:
            found.append(widget)
    return found


def reading_order(page: QWidget, parts: Sequence[QWidget | Sequence[QWidget]]) -> list[QWidget]:
    """Make Tab visit ``parts`` in the given order (a part: one widget or a container).

    Widgets of ``page`` in none of the parts keep their order after the last part. A
    widget that only hands the focus on to another (a tab widget to its tab bar) goes
    right before that one, as Qt's Tab handling expects. Returns the new order.
    """
    chain = units(page)
    ordered: list[QWidget] = []
    for part in parts:
        if isinstance(part, QWidget):
            members = [w for w in chain if w is part or part.isAncestorOf(w)]
        else:
            members = [w for w in chain if w in part or any(p.isAncestorOf(w) for p in part)]
        ordered.extend(w for w in members if w not in ordered)
    ordered.extend(w for w in chain if w not in ordered)
    for owner in focus_chain(page):
        if owner in ordered or any(unit.isAncestorOf(owner) for unit in ordered):
            continue
        target = _deepest_proxy(owner)
        holder = next((u for u in ordered if u is target or u.isAncestorOf(target)), None)
        if holder is not None:
            ordered.insert(ordered.index(holder), owner)
    for first, second in itertools.pairwise(ordered):
        QWidget.setTabOrder(first, second)
    return ordered
