"""Hilfe → Über names the database and its schema; a file on the command line is previewed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import helferapp
from helferapp.store import migrations
from helferapp.ui import app as gui
from helferapp.ui.help.about_dialog import AboutDialog


def test_about_shows_version_database_schema_and_licences(window: Any, qtbot: Any) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert helferapp.__version__ in text
    assert str(window.context.database.path) in text
    assert f"Schema-Version: {migrations.head_revision()}" in text
    assert "DejaVu" in text and "LGPL" in text and "dl-de/by-2-0" in text


def test_a_file_on_the_command_line_opens_the_import_preview(
    qtbot: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helferapp.ui.exchange import import_dialog
    from helferapp.ui.settings import first_start_dialog

    monkeypatch.setattr(gui, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(first_start_dialog.FirstStartDialog, "exec", lambda dialog: 0)
    previewed: list[Path] = []
    monkeypatch.setattr(
        import_dialog, "import_with_preview", lambda _w, _c, path: previewed.append(path)
    )
    exchange_file = tmp_path / "von-olching.helferapp"
    application = gui.start(["--db", str(db_path), str(exchange_file)])
    assert application is not None
    qtbot.addWidget(application.window)
    qtbot.waitUntil(lambda: previewed == [exchange_file], timeout=3000)
    application.instance_server.close()
    application.window.close()


def test_the_app_has_its_icon_in_several_sizes() -> None:
    icon = gui.app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) >= 6
