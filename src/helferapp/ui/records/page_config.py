"""What differs between the record pages, declared once per kind.

Why it is its own module: each record page (Helferkreise, Angebote, Stellen, Personen,
Kontakte, Gebiete) is the same ``record_page.RecordPage`` with other texts, columns and
queries. That declaration is data that the page modules write and the page and its
commands (``record_commands``) read; it should not need the page's widgets to be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt

from helferapp.ui.models.table_model import Column


@dataclass
class PageConfig:
    """What differs between the record pages (texts are untranslated German)."""

    kind_code: str
    nav_title: str
    title: str
    new_text: str
    new_heading: str
    empty_text: str
    columns: list[Column]
    query: Callable[..., list[Any]]
    warn: Callable[[Any], bool] | None = None
    default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
    depends_on: frozenset[str] = field(default_factory=frozenset)
