"""What the read-ahead worker hands back is exactly what reading the file here gives."""

from __future__ import annotations

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
