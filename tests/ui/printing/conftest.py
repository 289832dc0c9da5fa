"""Print tests run offscreen, like every GUI test (the parent conftest builds the window)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
