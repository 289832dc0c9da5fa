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
from helferapp.services.exchange import EXTENSION, ExportScope, export_file
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


def carried_by_others(folder: Path, state: dict[str, Any], installation: str) -> frozenset[str]:
    """The installations whose own files in ``folder`` were merged here (and so carry
    their records for everyone who reads the folder).

    Their records stay out of this installation's file; records of installations
    without a readable file there (one that left, a group that sends USB sticks) are
    passed on by everybody. A file that was not merged yet counts as absent.
    """
    try:
        present = {entry.name for entry in os.scandir(folder)}
    except OSError:
        return frozenset()
    return frozenset(
        str(entry["installation_id"])
        for name, entry in state["files"].items()
        if name in present
        and isinstance(entry, dict)
        and entry.get("installation_id")
        and entry.get("installation_id") != installation
    )


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
    carried = carried_by_others(folder, state, installation)
    # Which files lie beside this one decides what this file carries, so it is part of
    # the fingerprint: when an installation's file goes, its records must come back here.
    fingerprint = f"{_fingerprint(database)}|{sha256(','.join(sorted(carried)).encode())[:16]}"
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
