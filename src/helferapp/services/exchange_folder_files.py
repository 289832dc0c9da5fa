"""Reading the Austauschordner's files for a round: each once, and whether it held still.

A round reads every file's bytes once, up front and within a memory bound, so that the
files to open can be handed to a second process ahead of the merge
(``sync.read_ahead``), and notes whether a file's size and time stayed the same while it
was read: a file still being copied by a sync tool is retried, not reported as damaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helferapp.services.exchange_folder_own import sha256

# At most this many bytes of the folder's files are held at once.
READ_AHEAD_MEMORY = 256 * 1024 * 1024


@dataclass(frozen=True)
class Snapshot:
    """A file's bytes as read once in a round, and whether it held still meanwhile."""

    data: bytes
    digest: str
    still: bool  # same size and time before and after reading: not being written
    mtime: float


def snapshot_of(path: Path) -> Snapshot | OSError:
    """``path`` read once (or why it could not be read)."""
    try:
        before = path.stat()
        data = path.read_bytes()
        after = path.stat()
    except OSError as error:
        return error
    still = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
    return Snapshot(data, sha256(data), still, after.st_mtime)


def read_files(folder: Path, names: list[str]) -> dict[str, Snapshot | OSError]:
    """Read the folder's files up front (up to ``READ_AHEAD_MEMORY`` bytes; the rest
    are read when their turn comes), so that the next ones can be read ahead."""
    snapshots: dict[str, Snapshot | OSError] = {}
    held = 0
    for name in names:
        if held > READ_AHEAD_MEMORY:
            break
        snapshot = snapshots[name] = snapshot_of(folder / name)
        held += len(snapshot.data) if isinstance(snapshot, Snapshot) else 0
    return snapshots
