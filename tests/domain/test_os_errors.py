"""Plain German reasons for failed file operations, never the system's English text."""

from __future__ import annotations

import errno
import zipfile
import zlib
from pathlib import Path

import pytest

from helferapp.domain.os_errors import describe_os_error

ENGLISH = ("No such", "denied", "space", "Errno", "Error", "file or directory", "invalid")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOSPC, "Kein Platz mehr auf dem Datenträger."),
        (errno.EACCES, "Keine Berechtigung, „{path}“ zu schreiben."),
        (errno.EROFS, "Der Datenträger ist schreibgeschützt."),
        (errno.EBUSY, "„{path}“ ist gerade in einem anderen Programm geöffnet."),
        (errno.EISDIR, "„{path}“ ist ein Ordner, keine Datei."),
        (errno.ENAMETOOLONG, "Der Name „{path}“ ist zu lang."),
        (errno.EIO, "Der Datenträger antwortet nicht – ist der USB-Stick noch eingesteckt?"),
    ],
)
def test_errno_in_plain_german(number: int, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "a.helferapp"
    error = OSError(number, "English words from the system", str(path))
    text = describe_os_error(error, path, writing=True)
    assert text == expected.format(path=path)
    assert not any(word in text for word in ENGLISH)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "weg" / "datei.pdf"
    try:
        target.write_bytes(b"x")
    except OSError as error:
        text = describe_os_error(error, target, writing=True)
    assert text == f"Den Ordner „{tmp_path / 'weg'}“ gibt es nicht (mehr)."
    (tmp_path / "weg").mkdir()
    assert describe_os_error(FileNotFoundError(errno.ENOENT, "x"), target) == (
        f"„{target}“ gibt es nicht (mehr)."
    )


def test_library_errors_say_damaged_without_their_text(tmp_path: Path) -> None:
    for error in (zlib.error("invalid stored block lengths"), zipfile.BadZipFile("bad")):
        text = describe_os_error(error, tmp_path / "x.helferapp")
        assert "beschädigt" in text
        assert "invalid" not in text and "bad" not in text


def test_a_file_open_elsewhere_on_windows() -> None:
    error = OSError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]
    assert describe_os_error(error, "liste.xlsx") == (
        "„liste.xlsx“ ist gerade in einem anderen Programm geöffnet."
    )


def test_an_unknown_number_is_only_a_number() -> None:
    assert describe_os_error(OSError(9999, "Strange thing")) == (
        "Das System meldet einen Fehler (Nummer 9999)."
    )
