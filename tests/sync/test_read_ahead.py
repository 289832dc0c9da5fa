"""What the read-ahead worker hands back is exactly what reading the file here gives."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from helferapp.sync import read_ahead
from helferapp.sync.exchange_file import ExchangeFile, WireRecord, write_exchange
from helferapp.sync.merge import prepare_file

NODE = "a" * 32
ONE = f"{1_764_062_100_000:015d}-00000-{NODE}"
TWO = f"{1_764_062_200_000:015d}-00003-{NODE}"


def _file() -> bytes:
    same = {"name": "Helferkreis Olching", "email": "hk@example.org", "deleted": False}
    mixed = {"name": "Helferkreis Maisach", "deleted": False}
    return write_exchange(
        {
            "helper_group": [
                WireRecord("00000000-0000-4000-8000-000000000001", same, dict.fromkeys(same, ONE)),
                # Stamps of different times, listed in another order than the values.
                WireRecord(
                    "00000000-0000-4000-8000-000000000002",
                    mixed,
                    {"deleted": ONE, "name": TWO},
                ),
            ]
        },
        installation_id=NODE,
        installation_label="HK Olching",
        scope={"kind": "all"},
        consent="shared",
    )


def test_a_prepared_file_unpacks_to_what_reading_it_here_gives() -> None:
    data = _file()
    blob = read_ahead.prepare(data, None)
    assert blob is not None
    here = prepare_file(ExchangeFile(data))
    there = read_ahead._unpack(blob)
    assert there.manifest == here.manifest
    assert there.tables == here.tables
    assert there.insert_rows == here.insert_rows


def test_a_file_the_worker_cannot_read_is_left_to_the_round() -> None:
    assert read_ahead.prepare(b"PK\x03\x04 abgeschnitten", None) is None


def test_a_big_file_is_left_to_the_round(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_ahead, "MAX_RECORDS", 1)
    assert read_ahead.prepare(_file(), None) is None


_PARENT = """
import sys, time
from multiprocessing import resource_tracker
from helferapp.sync import read_ahead
from tests.sync.test_read_ahead import _file

ahead = read_ahead.ReadAhead([("a", _file()), ("b", _file()), ("c", _file())], None)
assert ahead.take("b") is not None  # the worker has started and prepared a file
executor = ahead._executor
assert executor is not None
workers = list(executor._processes)
tracker = resource_tracker._resource_tracker._pid
print(" ".join(str(pid) for pid in [*workers, tracker or 0]), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for a parent that never reaps is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_the_worker_and_the_resource_tracker_end_when_the_round_is_killed() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _PARENT],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    ) as parent:
        try:
            assert parent.stdout is not None
            pids = [int(pid) for pid in parent.stdout.readline().split() if int(pid)]
            assert pids and all(_alive(pid) for pid in pids)
            parent.kill()  # SIGKILL: the round gets no chance to end its worker
            parent.wait(timeout=10)
            deadline = time.monotonic() + 5
            while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not any(_alive(pid) for pid in pids)
        finally:
            if parent.poll() is None:
                parent.kill()
