"""The password envelope (FORMAT.md §6): wrong password, changed file and damaged file differ.

One envelope is built here by hand from the document (scrypt and AES-GCM straight from
``cryptography``), so that the reader is held to the byte layout the document gives.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from helferapp.domain.errors import UserError
from helferapp.domain.records import HelperGroupData
from helferapp.services import exchange, records
from helferapp.services.entities import GROUPS
from helferapp.services.unit_of_work import UnitOfWork
from helferapp.store.database import Database
from helferapp.sync import envelope
from helferapp.sync.envelope import DamagedFileError, TamperedFileError, WrongPasswordError
from helferapp.sync.exchange_file import ExchangeFile, ExchangeFileError
from tests.sync.helpers_exchange import (
    OLCHING,
    T0,
    exchange_bytes,
    file_bytes,
    line,
    new_replica,
    new_uuid,
    stamp,
    write,
)

PASSWORD = "Grüße aus Olching – 2025!"
GROUP = new_uuid()


def plain_file() -> bytes:
    values = {"name": "Helferkreis Verschlüsselt", "region_ags": [OLCHING], "deleted": False}
    return exchange_bytes({"helper_group": [line(GROUP, values, stamp(T0))]})


def hand_sealed(
    payload: bytes,
    password: str,
    *,
    log2_n: int = 14,
    r: int = 8,
    p: int = 1,
    kdf: int = 1,
) -> bytes:
    """An envelope exactly as FORMAT.md §6 lays it out."""
    salt, nonce = os.urandom(16), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(password.encode("utf-8"))
    check = hashlib.sha256(b"helferapp key check" + key).digest()[:16]
    header = (
        b"HELFENC1"
        + bytes([kdf])
        + struct.pack(">I", log2_n)
        + struct.pack(">I", r)
        + struct.pack(">I", p)
        + salt
        + check
        + nonce
    )
    assert len(header) == 65
    return header + AESGCM(key).encrypt(nonce, payload, header)


@pytest.fixture(scope="module")
def sealed() -> bytes:
    """A file sealed by the app (scrypt is slow on purpose: seal once per module)."""
    return envelope.seal(plain_file(), PASSWORD)


def flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


def test_the_apps_envelope_has_the_documented_header(sealed: bytes) -> None:
    assert sealed[:8] == b"HELFENC1"
    assert sealed[8] == 1
    assert struct.unpack(">III", sealed[9:21]) == (15, 8, 1)
    # ciphertext = ZIP + 16-byte tag
    assert len(sealed) == 65 + len(plain_file()) + 16


def test_the_right_password_opens_the_apps_envelope(sealed: bytes) -> None:
    opened = ExchangeFile(sealed, PASSWORD)

    assert [record.id for record in opened.records("helper_group")] == [GROUP]


def test_an_envelope_built_by_hand_from_the_format_opens(
    database: Database, uow: UnitOfWork, tmp_path: Path
) -> None:
    path = write(tmp_path / "von-hand.helferapp", hand_sealed(plain_file(), PASSWORD))

    exchange.import_file(database, path, PASSWORD)

    assert records.get(uow, GROUPS, GROUP).data.name == "Helferkreis Verschlüsselt"


def test_a_wrong_password_says_so(sealed: bytes) -> None:
    with pytest.raises(WrongPasswordError, match="Passwort ist falsch"):
        ExchangeFile(sealed, "grüße aus olching – 2025!")


def test_a_missing_password_asks_for_one(sealed: bytes) -> None:
    for password in (None, ""):
        with pytest.raises(WrongPasswordError, match="mit einem Passwort geschützt") as info:
            ExchangeFile(sealed, password)
        assert "falsch" not in info.value.message


def test_a_changed_ciphertext_is_reported_as_changed_not_as_a_wrong_password(
    sealed: bytes,
) -> None:
    for offset in (65, len(sealed) // 2, len(sealed) - 1):
        with pytest.raises(TamperedFileError, match="verändert"):
            ExchangeFile(flip(sealed, offset), PASSWORD)


def test_a_changed_nonce_in_the_header_is_reported_as_changed(sealed: bytes) -> None:
    with pytest.raises(TamperedFileError):
        ExchangeFile(flip(sealed, 60), PASSWORD)


def test_a_changed_salt_cannot_be_told_from_a_wrong_password(sealed: bytes) -> None:
    # The salt makes the key: another salt gives another key, and the key check says
    # "wrong password" — which is what FORMAT.md §6 specifies (key check first).
    with pytest.raises(WrongPasswordError):
        ExchangeFile(flip(sealed, 25), PASSWORD)


@pytest.mark.parametrize("length", [0, 8, 40, 64, 80])
def test_a_file_shorter_than_header_and_tag_is_damaged(sealed: bytes, length: int) -> None:
    data = sealed[:length]
    if not data.startswith(b"HELFENC1"):
        with pytest.raises(ExchangeFileError, match="beschädigt"):
            ExchangeFile(data, PASSWORD)
    else:
        with pytest.raises(DamagedFileError, match="unvollständig oder beschädigt"):
            ExchangeFile(data, PASSWORD)


def test_a_file_cut_off_in_the_ciphertext_is_refused_as_changed_or_damaged(
    sealed: bytes,
) -> None:
    # Without the tag at its end the file cannot be authenticated: the reader reports it
    # as changed or damaged in transfer (the message names both causes).
    with pytest.raises(TamperedFileError, match="beim Übertragen beschädigt"):
        ExchangeFile(sealed[: len(sealed) - 100], PASSWORD)


def test_the_three_problems_have_three_different_messages(sealed: bytes) -> None:
    messages = set()
    for data, password in [
        (sealed, "falsch"),
        (flip(sealed, 100), PASSWORD),
        (sealed[:70], PASSWORD),
    ]:
        with pytest.raises(UserError) as info:
            ExchangeFile(data, password)
        messages.add((type(info.value), info.value.message))
    assert {kind for kind, _ in messages} == {
        WrongPasswordError,
        TamperedFileError,
        DamagedFileError,
    }
    assert len(messages) == 3


@pytest.mark.parametrize(
    ("kdf", "log2_n", "r", "p"),
    [
        (2, 14, 8, 1),
        (1, 21, 8, 1),
        (1, 17, 8, 1),
        (1, 20, 16, 4),
        (1, 14, 9, 1),
        (1, 14, 8, 2),
        (1, 0, 8, 1),
    ],
)
def test_unknown_or_too_costly_key_derivation_is_refused_before_deriving(
    kdf: int, log2_n: int, r: int, p: int
) -> None:
    header = (
        b"HELFENC1"
        + bytes([kdf])
        + struct.pack(">III", log2_n, r, p)
        + bytes(16 + 16 + 12)
        + bytes(64)
    )
    started = time.perf_counter()
    with pytest.raises(DamagedFileError, match="nicht von HelferApp"):
        ExchangeFile(header, PASSWORD)
    assert time.perf_counter() - started < 0.5  # refused before any key derivation


def test_a_password_protected_export_imports_with_its_password_only(
    database: Database, uow: UnitOfWork, tmp_path: Path, template_db_path: Path
) -> None:
    group = records.create(uow, GROUPS, HelperGroupData(name="Geheim", region_ags=(OLCHING,)))
    path = tmp_path / "geheim.helferapp"
    exchange.export_file(database, path, password=PASSWORD)
    assert path.read_bytes().startswith(b"HELFENC1")
    assert b"Geheim" not in path.read_bytes()

    receiver = new_replica(template_db_path, tmp_path / "b" / "b.sqlite3")
    try:
        before = file_bytes(receiver)
        with pytest.raises(WrongPasswordError):
            exchange.import_file(receiver, path, "falsch")
        with pytest.raises(WrongPasswordError):
            exchange.preview_import(receiver, path)
        assert file_bytes(receiver) == before

        exchange.import_file(receiver, path, PASSWORD)
        assert records.get(UnitOfWork(receiver), GROUPS, group.id).data.name == "Geheim"
    finally:
        receiver.dispose()


def test_sealing_needs_a_password() -> None:
    with pytest.raises(UserError, match="Passwort"):
        envelope.seal(b"PK", "")


def test_two_seals_of_the_same_file_differ_but_both_open() -> None:
    first, second = envelope.seal(b"PK\x03\x04x", "a"), envelope.seal(b"PK\x03\x04x", "a")

    assert first != second  # fresh salt and nonce each time
    assert envelope.open_envelope(first, "a") == envelope.open_envelope(second, "a")
