"""The password envelope around an exchange file (docs/FORMAT.md §6).

scrypt turns the password into a key, AES-256-GCM encrypts and authenticates the ZIP,
and the header is authenticated too. A key-check value in the header lets the reader
tell "wrong password" apart from "the file was changed" — AES-GCM alone says only
"does not verify" in both cases, and a volunteer needs to know which one it is.
"""

from __future__ import annotations

import hashlib
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from helferapp.domain.errors import UserError

MAGIC = b"HELFENC1"
KDF_SCRYPT = 1
LOG2_N = 15
R = 8
P = 1
# The most a reader derives a key with: HelferApp writes (15, 8, 1); a file may ask for at
# most twice the work and memory in log2(N) and nothing more in r and p (64 MiB, well
# under a second on an old laptop). Larger asks are not from HelferApp and could make
# a laptop swap for minutes before the password is even known to be wrong.
MAX_LOG2_N = 16
MAX_R = 8
MAX_P = 1
_HEADER = struct.Struct(">8sBIII16s16s12s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16


class WrongPasswordError(UserError):
    """The password does not open the file."""


class TamperedFileError(UserError):
    """The file was changed after it was written."""


class DamagedFileError(UserError):
    """The file is incomplete or not an exchange file at all."""


def is_envelope(data: bytes) -> bool:
    """Tell whether ``data`` is a password-protected exchange file."""
    return data.startswith(MAGIC)


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(password.encode("utf-8"))


def _key_check(key: bytes) -> bytes:
    return hashlib.sha256(b"helferapp key check" + key).digest()[:16]


def seal(payload: bytes, password: str) -> bytes:
    """Encrypt ``payload`` (the ZIP) with ``password``."""
    if not password:
        raise UserError("Bitte ein Passwort eingeben oder ohne Passwort exportieren.")
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _key(password, salt, LOG2_N, R, P)
    header = _HEADER.pack(MAGIC, KDF_SCRYPT, LOG2_N, R, P, salt, _key_check(key), nonce)
    return header + AESGCM(key).encrypt(nonce, payload, header)


def open_envelope(data: bytes, password: str) -> bytes:
    """Decrypt an envelope; raise a German error that says which problem it is."""
    if len(data) < HEADER_SIZE + TAG_SIZE or not is_envelope(data):
        raise DamagedFileError(
            "Die Datei ist unvollständig oder beschädigt (vielleicht beim Kopieren "
            "abgebrochen). Bitte die Datei noch einmal kopieren oder neu schicken lassen."
        )
    header = data[:HEADER_SIZE]
    _magic, kdf, log2_n, r, p, salt, check, nonce = _HEADER.unpack(header)
    if kdf != KDF_SCRYPT or not (1 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise DamagedFileError(
            "Die Datei ist beschädigt oder nicht von HelferApp verschlüsselt worden "
            "(unbekannte Verschlüsselungsangaben). Es wurde nichts verändert. Bitte die "
            "Datei neu aus HelferApp exportieren lassen."
        )
    if not password:
        raise WrongPasswordError(
            "Diese Datei ist mit einem Passwort geschützt. Bitte das Passwort eingeben, "
            "das beim Exportieren vergeben wurde."
        )
    key = _key(password, salt, log2_n, r, p)
    if _key_check(key) != check:
        raise WrongPasswordError(
            "Das Passwort ist falsch. Bitte auf Groß- und Kleinschreibung achten und es "
            "noch einmal versuchen."
        )
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_SIZE:], header)
    except InvalidTag:
        raise TamperedFileError(
            "Das Passwort stimmt, aber die Datei wurde nach dem Export verändert oder ist "
            "beim Übertragen beschädigt worden. Sie wird nicht eingelesen. Bitte die Datei "
            "neu schicken lassen."
        ) from None
