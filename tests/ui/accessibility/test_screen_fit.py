"""Every window and dialog fits the small screens our volunteers have, buttons included.

Each case runs the app in a subprocess whose offscreen screen is that laptop's screen
(size and scaling), so Qt's own geometry, fonts and layouts decide – nothing is faked
inside the process under test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QVBoxLayout

from helferapp.store.database import Database
from helferapp.ui.settings.window_state import fit_to_screen, fitted

ROOT = Path(__file__).resolve().parents[3]

SCREENS = [
    pytest.param(1366, 768, "1", 0, id="1366x768-100%"),
    pytest.param(1920, 1080, "1.5", 0, id="1920x1080-150%"),
    pytest.param(1280, 720, "1", 0, id="1280x720-100%"),
    pytest.param(1366, 768, "1.5", 0, id="1366x768-150%"),
    pytest.param(1366, 768, "1", 8, id="1366x768-largest-font"),
]


@pytest.mark.parametrize(("width", "height", "scale", "font_steps"), SCREENS)
def test_every_window_fits_the_screen(
    tmp_path: Path, demo_database: Database, width: int, height: int, scale: str, font_steps: int
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.accessibility.fit_probe", str(demo_database.path),
         str(tmp_path), str(font_steps)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    problems = json.loads(result.stdout.strip().splitlines()[-1])
    assert problems == [], "\n".join(problems)


def test_a_window_from_a_larger_screen_is_moved_and_shrunk() -> None:
    area = QRect(0, 0, 1280, 720)
    geometry = fitted(QRect(300, 200, 1918, 1198), QSize(0, 0), area, QSize(400, 300))
    assert area.contains(geometry) and geometry.size() == QSize(1280, 720)
    with_frame = fitted(QRect(0, 0, 1280, 800), QSize(16, 40), area, QSize(400, 300))
    assert with_frame.height() == 680 and with_frame.top() >= 32


def test_fit_to_screen_keeps_a_dialog_inside(qtbot: object) -> None:
    dialog = QDialog()
    QVBoxLayout(dialog)
    dialog.resize(900, 1000)
    assert fit_to_screen(dialog, QRect(0, 0, 1366, 768))
    assert dialog.height() <= 768 and QRect(0, 0, 1366, 768).contains(dialog.geometry())
    assert not fit_to_screen(dialog, QRect(0, 0, 1366, 768))
