"""A second start hands its files to the running window instead of opening the DB twice."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from helferapp.ui import app as gui
from helferapp.ui import single_instance
from helferapp.ui.single_instance import InstanceServer, send_to_running


@pytest.fixture
def name() -> str:
    return f"helferapp-test-{uuid.uuid4().hex[:12]}"


def test_files_reach_the_running_instance(qtbot: Any, name: str, tmp_path: Path) -> None:
    server = InstanceServer()
    assert server.listen(name)
    exchange_file = tmp_path / "von-olching.helferapp"
    with qtbot.waitSignal(server.files_received, timeout=3000) as received:
        assert send_to_running(name, [str(exchange_file)])
    assert received.args == [[str(exchange_file.resolve())]]
    server.close()


def test_without_a_running_instance_nothing_is_sent(name: str) -> None:
    assert not send_to_running(name, ["x.helferapp"])


def test_a_stale_socket_is_taken_over(qtbot: Any, name: str) -> None:
    first = InstanceServer()
    assert first.listen(name)
    second = InstanceServer()
    assert not second.listen(name)  # someone really listens
    first.close()
    assert second.listen(name)
    second.close()


def test_names_differ_per_database(tmp_path: Path) -> None:
    one = single_instance.server_name(tmp_path / "a.sqlite3")
    assert one == single_instance.server_name(tmp_path / "a.sqlite3")
    assert one != single_instance.server_name(tmp_path / "b.sqlite3")


def test_exchange_files_on_the_command_line_are_ours() -> None:
    args, qt_args = gui.parse_args(
        ["--db", "x.sqlite3", "Datei.HELFERAPP", "-platform", "offscreen"]
    )
    assert args.files == ["Datei.HELFERAPP"]
    assert qt_args == ["-platform", "offscreen"]


def test_a_second_start_opens_the_import_preview_in_the_first(
    qtbot: Any, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helferapp.ui.exchange import import_dialog
    from helferapp.ui.settings import first_start_dialog

    monkeypatch.setattr(gui, "log_dir", lambda: tmp_path / "log")
    monkeypatch.setattr(first_start_dialog.FirstStartDialog, "exec", lambda dialog: 0)
    name = f"helferapp-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setattr(single_instance, "server_name", lambda _path: name)
    previewed: list[Path] = []
    monkeypatch.setattr(
        import_dialog, "import_with_preview", lambda _w, _c, path: previewed.append(path)
    )
    application = gui.start(["--db", str(db_path)])
    assert application is not None
    qtbot.addWidget(application.window)
    exchange_file = tmp_path / "neu.helferapp"
    assert gui.hand_over(["--db", str(db_path), str(exchange_file)])
    qtbot.waitUntil(lambda: previewed == [exchange_file.resolve()], timeout=3000)
    application.instance_server.close()
    application.window.close()
