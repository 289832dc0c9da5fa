"""A guard against PySide6 6.12's lost references to ``None`` (CPython before 3.12).

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` with every call of a C++
method that returns nothing (``setText``, ``setEnabled``, …). After some ten thousand
such calls ``None``'s reference count reaches zero and the interpreter aborts with
"deallocating None" – minutes into an ordinary session. From Python 3.12 on ``None`` is
immortal and nothing happens.

The guard lifts the reference counts of ``None``, ``True`` and ``False`` (the latter
two were seen running out at interpreter shutdown) by 2**40 once, at start: they are
never freed in a healthy interpreter anyway, so an inflated count is harmless, and a
trillion lost references will not be reached. Remove this once PySide is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_LIFT = 1 << 40


def protect_none() -> bool:
    """Lift the singletons' reference counts where they can run out; True if needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # PyObject's ob_refcnt
        if refcount.value < _LIFT:
            refcount.value += _LIFT
    return True
