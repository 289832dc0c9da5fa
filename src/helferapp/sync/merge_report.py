"""What a merge takes and gives: its report, the values it overwrites, its journal context.

The front ends show a ``MergeReport`` (preview and result) and catch ``ImportCancelled``;
they get these through ``services.exchange`` and never need the merge engine
(``sync.merge``) itself, which reads and writes rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from helferapp.domain.errors import UserError

LISTED_PER_KIND = 200


class ImportCancelled(UserError):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Der Import wurde abgebrochen. Es wurde nichts verändert.")


class Observer(Protocol):
    """The clock, told about every imported stamp."""

    def observe(self, stamp: str) -> None:
        """Advance past ``stamp``."""

    def wall(self) -> int:
        """The wall clock's reading (ms): stamps beyond it by the bound are capped."""


@dataclass(frozen=True)
class Overwrite:
    """A local value that the import replaces (journal entry to be)."""

    table: str
    record_id: str
    title: str
    field: str
    old_value: Any
    new_value: Any
    old_stamp: str
    new_stamp: str


@dataclass
class TableChanges:
    """What the merge does to one table; titles are listed up to ``LISTED_PER_KIND``."""

    new: int = 0
    changed: int = 0
    deleted: int = 0
    restored: int = 0
    unchanged: int = 0
    tombstones: int = 0
    titles: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, title: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        listed = self.titles.setdefault(kind, [])
        if len(listed) < LISTED_PER_KIND:
            listed.append(title)

    @property
    def touched(self) -> int:
        return self.new + self.changed + self.deleted + self.restored


@dataclass
class MergeReport:
    """The outcome (or, in a preview, the plan) of merging one file."""

    tables: dict[str, TableChanges] = field(default_factory=dict)
    overwrites: list[Overwrite] = field(default_factory=list)
    newest_stamp: str = ""
    # The smallest latest stamp of any record this merge added or changed ("" if none).
    oldest_change: str = ""
    # Rows inserted or updated: 0 means the import would write nothing.
    written: int = 0
    # The latest stamp beyond the drift limit ("" if none), and how many were moved back.
    future_stamp: str = ""
    capped: int = 0
    # Installations with such stamps but no clock offset yet → their latest time (ms).
    newest_unknown: dict[str, int] = field(default_factory=dict)

    def note_change(self, stamps: dict[str, str]) -> None:
        latest = max(stamps.values(), default="")
        if latest and (not self.oldest_change or latest < self.oldest_change):
            self.oldest_change = latest

    @property
    def touched(self) -> int:
        return sum(changes.touched for changes in self.tables.values())


@dataclass(frozen=True)
class JournalContext:
    """Where journal entries of a real import come from."""

    import_id: str
    imported_at: datetime
    source_name: str
    source_label: str
