"""Render the SVG icons in resources/icons/ to PNG (hicolor sizes), ICO and ICNS.

Why a script: the SVGs are the sources; everything else is derived and must be
re-made when they change. Qt's QSvgRenderer (in PySide6-Essentials) draws them, so no
extra tool is needed; Pillow (a reportlab dependency) writes the ICO and ICNS
containers. Run: .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for name in ("helferapp", "helferapp-file"):
        svg = ICONS / f"{name}.svg"
        for size in SIZES:
            render(svg, size, ICONS / "hicolor" / f"{size}x{size}" / f"{name}.png")
        big = Image.open(ICONS / "hicolor" / "512x512" / f"{name}.png")
        big.save(ICONS / f"{name}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        big.save(ICONS / f"{name}.icns")
    print(f"Icons in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
