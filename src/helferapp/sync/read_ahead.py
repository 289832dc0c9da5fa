"""Reading the files of an exchange round ahead, in a second process.

Why: a first round through an Austauschordner of 96 files spends most of its time in
Python, record by record — checking each line of a file and building the row to store
(search text, stamps JSON) — besides SQLite's writing. Python runs one thread at a time,
so the only way to put a laptop's second core to work is a second process: it reads and
checks the next file and builds its rows while this process writes the current one.

Why it is safe: the worker gets the very bytes that were hashed (not the path, which a
sync tool may be rewriting), touches no database, and whatever goes wrong there — a
damaged file, a wrong password, a file too big to hold in memory twice, a process that
cannot start on a locked-down laptop — only means that the round reads that file itself,
exactly as without read-ahead, so errors are found and reported as before.

Why it ends with its parent: a round killed hard (``kill -9``, a crash, the task
manager) cannot shut the pool down, and a worker left behind would hold the dead
process's stderr and multiprocessing's resource tracker alive. So the worker watches
its parent from a thread of its own — through the sentinel multiprocessing gives every
spawned child (the read end of a pipe on POSIX that reaches end-of-file when the parent
is gone, a process handle on Windows) — and exits at once when it fires. With the
worker gone, the resource tracker sees its pipe close and ends too.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import pickle
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, cast

from helferapp.domain.errors import UserError
from helferapp.sync.exchange_file import ExchangeFile, Manifest, WireRecord
from helferapp.sync.merge import PreparedFile, prepare_file

# Files with more records are read in this process, line by line (a whole Bavaria
# prepared at once would be held in memory in both processes).
MAX_RECORDS = 50_000
# Files handed to the worker before the one being merged is taken: enough to keep it
# busy, few enough that prepared files do not pile up in memory.
AHEAD = 2


Packed = tuple[Manifest, dict[str, list[tuple[str, dict[str, Any], Any]]], dict[str, Any]]


def prepare(data: bytes, password: str | None) -> bytes | None:
    """Run in the worker: the checked records of one file and their rows, pickled — or
    ``None`` when the round should read the file itself (too big, or not readable).

    Pickled here and unpickled by the round's own thread when it takes the file: left to
    the pool, the unpickling would run in a thread of the round's process while the round
    writes to SQLite, and each of them would keep waiting for the other's turn.
    """
    try:
        exchange = ExchangeFile(data, password)
        if exchange.manifest.record_count > MAX_RECORDS:
            return None
        prepared = prepare_file(exchange)
    except UserError:  # the round reads the file itself and reports why it fails
        return None
    packed: Packed = (
        prepared.manifest,
        {
            table: [(record.id, record.values, _packed_stamps(record)) for record in records]
            for table, records in prepared.tables.items()
        },
        prepared.insert_rows,
    )
    return pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)


def watch_parent() -> None:
    """Run in the worker at start: end this process as soon as its parent is gone."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def wait_and_exit() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)  # no clean-up to wait for: the worker holds nothing of its own

    threading.Thread(target=wait_and_exit, name="watch-parent", daemon=True).start()


def _packed_stamps(record: WireRecord) -> Any:
    """Most records carry one stamp for all their fields: then only that one travels."""
    stamps = record.stamps
    first = next(iter(stamps.values()), None)
    same = first is not None and all(stamp == first for stamp in stamps.values())
    if same and list(stamps) == list(record.values):
        return first
    return stamps


def _unpack(blob: bytes) -> PreparedFile:
    manifest, tables, rows = cast(Packed, pickle.loads(blob))
    return PreparedFile(
        manifest,
        {
            table: [
                WireRecord(
                    record_id,
                    values,
                    dict.fromkeys(values, stamps) if isinstance(stamps, str) else stamps,
                )
                for record_id, values, stamps in records
            ]
            for table, records in tables.items()
        },
        rows,
    )


class ReadAhead:
    """Prepares ``jobs`` (file name, bytes) in one worker process, in order.

    The round takes the files in the same order; the first is not handed over (the round
    reads it while the worker starts). ``take`` returns ``None`` for a file the round
    must read itself. Used as a context manager, so the worker always ends.
    """

    def __init__(self, jobs: list[tuple[str, bytes]], password: str | None) -> None:
        self._jobs = jobs[1:]
        self._password = password
        self._next = 0
        self._futures: dict[str, Future[bytes | None]] = {}
        self._executor: ProcessPoolExecutor | None = None
        if self._jobs:
            try:
                # "spawn" everywhere: forking a process that runs Qt threads is unsafe,
                # and Windows and macOS spawn anyway.
                self._executor = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=watch_parent,
                )
            except (OSError, ValueError, RuntimeError):
                self._executor = None
        self._fill()

    def _fill(self) -> None:
        while self._executor is not None and self._next < len(self._jobs):
            if len(self._futures) >= AHEAD:
                return
            name, data = self._jobs[self._next]
            self._next += 1
            try:
                self._futures[name] = self._executor.submit(prepare, data, self._password)
            except (BrokenProcessPool, RuntimeError, OSError):
                self.close()

    def take(self, name: str) -> PreparedFile | None:
        """The prepared file ``name``, or ``None``: then the round reads it itself."""
        future = self._futures.pop(name, None)
        prepared: PreparedFile | None = None
        if future is not None:
            try:
                blob = future.result()
                prepared = None if blob is None else _unpack(blob)
            except Exception:  # the worker died or could not send its result back
                prepared = None
        self._fill()
        return prepared

    def close(self) -> None:
        executor, self._executor = self._executor, None
        self._futures.clear()
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
