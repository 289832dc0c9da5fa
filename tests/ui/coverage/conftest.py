"""Fixtures for the map and the Versorgung page: offscreen Qt, the shared GUI fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from collections.abc import Iterator

import pytest

# PySide6 6.12.0 on Python 3.11 drops one reference to None per call of a C++ method
# that returns nothing; painting a map makes thousands of such calls, and the process
# aborts ("deallocating None") once None's count runs out. Until PySide is fixed, each
# test here starts with plenty of references held (a few hundred KB).
_NONE_RESERVE: list[None] = []


@pytest.fixture(autouse=True)
def none_reserve() -> Iterator[None]:
    if sys.version_info < (3, 12):
        _NONE_RESERVE.extend([None] * 100_000)
    yield
