"""Locating the files in ``resources/`` without caring how the app was installed.

The resources live at the repository root during development (editable install) and
next to the package in a frozen bundle; ``HELFERAPP_RESOURCES`` overrides both so that
packagers can put them anywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds fonts, icons, translations and reference data."""
    override = os.environ.get("HELFERAPP_RESOURCES")
    if override:
        return Path(override)
    candidates = [
        Path(__file__).resolve().parent / "resources",
        Path(__file__).resolve().parents[2] / "resources",
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("HelferApp resources folder not found")


def resource(*parts: str) -> Path:
    """Return the path of one file below the resources folder."""
    return resources_dir().joinpath(*parts)
