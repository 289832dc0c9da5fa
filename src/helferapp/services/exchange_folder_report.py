"""What an exchange round through the Austauschordner did, file by file.

The round's report, apart from the round itself (``services.exchange_folder``): what
happened to each file of the folder (``FileStatus``, ``FileOutcome``), the round's
``RoundReport`` that the GUI's status and the CLI show, and how a sync tool's conflict
copy is recognised by its name. The front ends read these without running a round.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from helferapp.services.backups import BackupInfo

_CONFLICT_COPY = re.compile(r"\(conflicted copy|\.sync-conflict-|\(Konflikt|-conflict", re.I)


class FileStatus(StrEnum):
    """What a round did with one file of the folder."""

    MERGED = "merged"
    UNCHANGED = "unchanged"  # merged before (same SHA-256): skipped
    PENDING = "pending"  # probably still being copied: retried in a later round
    UNREADABLE = "unreadable"
    NEEDS_REVIEW = "needs_review"  # would overwrite unsent local edits: preview first


@dataclass(frozen=True)
class FileOutcome:
    """One file of the folder and what the round did with it."""

    name: str
    status: FileStatus
    sha256: str = ""
    label: str = ""
    installation_id: str = ""
    message: str = ""
    touched: int = 0
    overwrites: int = 0
    conflict_copy: bool = False


@dataclass(frozen=True)
class RoundReport:
    """The outcome of one exchange round."""

    folder: Path
    own_file: Path
    own_written: bool
    files: list[FileOutcome] = field(default_factory=list)
    backup: BackupInfo | None = None

    def having(self, status: FileStatus) -> list[FileOutcome]:
        return [item for item in self.files if item.status is status]

    @property
    def changed_data(self) -> bool:
        return any(item.touched for item in self.having(FileStatus.MERGED))


def is_conflict_copy(name: str) -> bool:
    """Whether a sync tool made ``name`` as a conflict copy of another file."""
    return bool(_CONFLICT_COPY.search(name))
