"""Texts marked for translation, typed as the strings they are.

``QT_TRANSLATE_NOOP`` returns its text unchanged, but PySide6's stubs declare the result
``object``; every title table of the GUI would otherwise need a cast. Import the marker
from here: pyside6-lupdate finds the texts by the call's name, wherever it was imported
from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
