"""Texts marked for translation, typed as the strings they are, and plural forms.

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


def plural(context: str, text: str, count: int) -> str:
    """``text`` with ``%n`` replaced by ``count``, in the singular or plural form the
    translation gives for it ("%n Einträge" → "1 Eintrag", "2 Einträge").

    German is the source language, so both .ts files carry numerus forms for these
    texts (German: Eintrag/Einträge; English: entry/entries). pyside6-lupdate only
    sees numerus in ``self.tr(text, "", n)``; ``packaging/translation_sources.py``
    therefore turns every ``plural("ctx", "text", n)`` and ``PLURALS`` entry into such a
    call for it.
    """
    return QtCore.QCoreApplication.translate(context, text, None, count)


def plural_noop(context: str, text: str) -> str:
    """Mark ``text`` (with ``%n``) as a plural text of ``context`` for a table of texts
    that ``plural`` translates later; returns it unchanged."""
    del context
    return text
