"""GUI tests of the table import wizard and the duplicate and privacy dialogs (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
