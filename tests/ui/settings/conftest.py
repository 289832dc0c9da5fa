"""GUI tests of Einstellungen, language, file hand-off: offscreen Qt (the rest comes from
tests/ui/conftest.py: private QSettings, databases, answered message boxes)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
