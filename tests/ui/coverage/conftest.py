"""Fixtures for the map and the Versorgung page: offscreen Qt, the shared GUI fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
