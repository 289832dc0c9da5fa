"""A .helferapp file dragged onto the main window starts the import preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from helferapp.ui.exchange import import_dialog
from helferapp.ui.main_window import exchange_files


def mime_with(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_only_local_helferapp_files_count(tmp_path: Path) -> None:
    wanted = tmp_path / "kreis.helferapp"
    mime = mime_with(wanted, tmp_path / "liste.xlsx")
    mime.setUrls([*mime.urls(), QUrl("https://example.org/x.helferapp")])

    assert exchange_files(mime) == [str(wanted)]


def test_dropping_a_file_on_the_window_previews_its_import(
    qtbot: QtBot, empty_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dropped = tmp_path / "olching.helferapp"
    dropped.write_bytes(b"")
    seen: list[Path] = []
    monkeypatch.setattr(
        import_dialog, "import_with_preview", lambda _parent, _ctx, path: seen.append(path)
    )
    mime = mime_with(dropped)  # kept alive: the event only points to it
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )

    empty_window.dropEvent(event)

    qtbot.waitUntil(lambda: seen == [dropped])
