"""Fixtures for the packaging tests: paths of the repository's packaging files.

These tests check what the installers and bundles are built from (translations,
desktop files, the self-test) without building a bundle; CI builds the bundle and runs
its ``--self-test`` after the suite (see .ci/run).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def root() -> Path:
    return ROOT
