"""This installation's own file in the Austauschordner: written only when needed, atomically.

Others' sync tools and laptops read the folder at any moment, so the file is replaced in
one step (temp name in the same folder, fsync, rename) and never seen half-written by a
HelferApp reader. And because every rewrite makes every other laptop hash (and a sync
tool upload) the file again, it is written only when the data changed since the last
time — told cheaply by ``_fingerprint`` instead of exporting everything to compare — or
when the file in the folder is no longer the one written (its SHA-256 differs): a sync
tool may have put an older copy under its name (a Syncthing conflict resolved the wrong
way round), and that copy can have exactly the size of the right one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from helferapp.domain.errors import UserError, is_disk_full, os_reason
from helferapp.services import exchange_folder_state as store
from helferapp.services.exchange import (
    EXTENSION,
    FORMAT_VERSIONS,
    ExportScope,
    export_file,
    major_of,
)
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import META_INSTALLATION_ID, META_INSTALLATION_LABEL, Database
from helferapp.store.models import SYNCED_MODELS, ImportJournalEntry


def own_file_name(label: str, installation_id: str) -> str:
    """``<label-slug>-<installation-id>.helferapp`` (ASCII, safe on every file system)."""
    folded = unicodedata.normalize("NFKD", label.replace("ß", "ss"))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60] or "helferapp"
    return f"{slug}-{installation_id}{EXTENSION}"


def check_folder(folder: Path) -> Path:
    """The folder, if it is there and usable; else a German error that says what to do."""
    if not folder.is_dir():
        raise UserError(
            f"Der Austauschordner „{folder}“ ist nicht erreichbar. Bitte prüfen, ob der "
            "USB-Stick eingesteckt bzw. das Netzlaufwerk verbunden ist, oder unter Datei → "
            "Austauschordner … einen anderen Ordner wählen."
        )
    return folder


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _fingerprint(database: Database) -> str:
    """Changes whenever the data an export would write has changed.

    Local edits get stamps newer than anything in the database (the clock advances past
    imports), new records change the counts, and an import that changes a value writes
    a journal entry — so newest stamp, counts and the last journal id cover every change
    without reading all records.
    """
    with database.engine.connect() as connection:
        parts = []
        for model in SYNCED_MODELS:
            table = model.__table__
            count, newest = connection.execute(
                select(func.count(), func.max(table.c.last_stamp))
            ).one()
            parts.append(f"{count}:{newest or ''}")
        journal = connection.execute(select(func.max(ImportJournalEntry.id))).scalar()
        newest_stamp = max((part.split(":", 1)[1] for part in parts), default="")
    return f"{newest_stamp}|{'/'.join(parts)}|{journal or 0}"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: temp name in the same folder, fsync, rename."""
    handle_fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle_fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
            directory = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
    except OSError as error:
        temp.unlink(missing_ok=True)
        if is_disk_full(error):
            raise UserError(
                f"Der Speicherplatz im Austauschordner ist voll: die eigene Austauschdatei "
                f"„{path.name}“ konnte nicht geschrieben werden. Bitte dort Platz schaffen."
            ) from error
        raise UserError(
            f"Die eigene Austauschdatei „{path.name}“ konnte nicht in den Austauschordner "
            f"geschrieben werden ({os_reason(error)}). Bitte prüfen, ob der Ordner "
            "erreichbar ist (USB-Stick, Netzlaufwerk)."
        ) from error


def _others_present(folder: Path, state: dict[str, Any], installation: str) -> list[dict[str, Any]]:
    """What was merged here of the other installations' files that lie in ``folder``."""
    try:
        present = {entry.name for entry in os.scandir(folder)}
    except OSError:
        return []
    return [
        entry
        for name, entry in state["files"].items()
        if name in present
        and isinstance(entry, dict)
        and entry.get("installation_id")
        and entry.get("installation_id") != installation
    ]


def carried_by_others(others: list[dict[str, Any]]) -> frozenset[str]:
    """The installations whose own files in the folder were merged here (``others``, as
    ``_others_present`` finds them), and so carry their records for everyone who reads
    the folder.

    Their records stay out of this installation's file; records of installations
    without a readable file there (one that left, a group that sends USB sticks) are
    passed on by everybody. A file that was not merged yet counts as absent.
    """
    return frozenset(str(entry["installation_id"]) for entry in others)


def format_for_folder(others: list[dict[str, Any]]) -> str:
    """The newest format version that every installation with a file in the folder
    (``others``, as ``_others_present`` finds them) reads.

    Volunteers do not all update at once: each file's manifest says which format
    majors its writer reads (FORMAT.md §2, ``reads``; remembered when the file is
    merged). A file merged before that was known, or from a version that does not say,
    counts as read-1.0-only — the next file that installation writes says more.
    """
    majors = {major_of(version) for version in FORMAT_VERSIONS}
    for entry in others:
        reads = entry.get("reads")
        if isinstance(reads, list) and reads and all(type(major) is int for major in reads):
            majors &= set(reads)
        else:
            majors &= {1}
    newest = max(majors, default=1)
    return max(version for version in FORMAT_VERSIONS if major_of(version) == newest)


def _holds(path: Path, own: dict[str, Any]) -> bool:
    """Whether ``path`` holds exactly the bytes last written (size first: cheap)."""
    try:
        if not path.is_file() or path.stat().st_size != own.get("size"):
            return False
        return sha256(path.read_bytes()) == own.get("sha256")
    except OSError:
        return False


def write_own_file(
    database: Database, folder: Path, password: str | None = None, *, force: bool = False
) -> tuple[Path, bool]:
    """Write this installation's file into ``folder`` if the data changed since last time.

    Returns the file's path and whether it was written.
    """
    check_folder(folder)
    installation = database.meta(META_INSTALLATION_ID)
    path = folder / own_file_name(database.meta(META_INSTALLATION_LABEL), installation)
    state = store.load_state(UnitOfWork(database))
    others = _others_present(folder, state, installation)
    carried, version = carried_by_others(others), format_for_folder(others)
    # Which files lie beside this one decides what this file carries and in which
    # format, so both are part of the fingerprint: when an installation's file goes, its
    # records must come back here; when an older version's file comes, 1.0 is written.
    beside = sha256(",".join(sorted(carried)).encode())[:16]
    fingerprint = f"{_fingerprint(database)}|{beside}|{version}"
    own = state["own"]
    same_data = own.get("fingerprint") == fingerprint and own.get("file") == path.name
    if not force and same_data and _holds(path, own):
        return path, False
    with tempfile.TemporaryDirectory(prefix="helferapp-") as scratch:
        exported = Path(scratch) / path.name
        export_file(
            database,
            exported,
            ExportScope(),
            password=password,
            carried_elsewhere=carried,
            format_version=version,
        )
        data = exported.read_bytes()
    digest = sha256(data)
    unchanged = own.get("sha256") == digest and _holds(path, own)
    if not unchanged:
        write_atomically(path, data)
    previous = own.get("file")
    if isinstance(previous, str) and previous and previous != path.name:
        # The installation was renamed: its old file would otherwise stay for good.
        (folder / Path(previous).name).unlink(missing_ok=True)
    written_at = now().isoformat()
    state["own"] = {
        "file": path.name,
        "sha256": digest,
        "size": len(data),
        "fingerprint": fingerprint,
        "sent": fingerprint.split("|", 1)[0],
        "written_at": written_at,
    }
    state["installations"][installation] = {
        "label": database.meta(META_INSTALLATION_LABEL),
        "file": path.name,
        "written_at": written_at,
        "merged_at": None,
        "own": True,
    }
    store.save_state(UnitOfWork(database), state)
    return path, not unchanged
