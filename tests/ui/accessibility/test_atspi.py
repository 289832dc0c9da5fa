"""The real accessibility stack on Linux: Xvfb, D-Bus, AT-SPI, pyatspi, xdotool.

What Orca would read is what AT-SPI gives. This test starts a private X server and
D-Bus session, runs HelferApp with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, walks its tree
with the system Python's pyatspi (``atspi_walk.py``) and presses arrow keys on the map.
It needs Debian's xvfb, openbox, dbus-x11, at-spi2-core, python3-pyatspi and xdotool
(``apt-get install xvfb openbox dbus-x11 at-spi2-core python3-pyatspi xdotool``) and
skips, saying which is missing, where they are not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helferapp.store.database import Database

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
NEEDED = ("Xvfb", "openbox", "dbus-launch", "xdotool")
LAUNCH = "import sys; from helferapp.launcher import main; sys.exit(main())"


def _missing() -> list[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ) if Path(SYSTEM_PYTHON).exists() else None  # fmt: skip
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def session(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private X display with a window manager, D-Bus and the AT-SPI bus."""
    missing = _missing()
    if missing:
        pytest.skip("AT-SPI check needs: " + ", ".join(missing) + " (see module docstring)")
    display = f":{40 + os.getpid() % 50}"
    started: list[subprocess.Popen[bytes]] = []
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "DBUS"))}
    env.update(DISPLAY=display, XDG_CONFIG_HOME=str(tmp_path / "config"))
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    started.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"], **quiet))
    _wait_for_display(env)  # openbox started too early gives up, and nothing gets the focus
    bus = subprocess.run(
        ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
    )
    for line in bus.stdout.splitlines():
        if "=" in line and line.startswith("DBUS_SESSION_BUS"):
            key, value = line.rstrip(";").split("=", 1)
            env[key] = value.strip("'")
    started.append(subprocess.Popen(["openbox"], env=env, **quiet))
    started.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env, **quiet))
    time.sleep(1.0)
    try:
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=20)
        if "DBUS_SESSION_BUS_PID" in env:
            subprocess.run(["kill", env["DBUS_SESSION_BUS_PID"]], check=False)


def _wait_for_display(env: dict[str, str], seconds: float = 60) -> None:
    """Return once the new X server takes connections (on a busy machine Xvfb needs more
    than a moment)."""
    deadline = time.monotonic() + seconds
    while subprocess.run(
        ["xdotool", "getdisplaygeometry"], env=env, capture_output=True
    ).returncode:
        if time.monotonic() > deadline:
            raise AssertionError(f"Xvfb {env['DISPLAY']} did not start")
        time.sleep(0.2)


def _walk(env: dict[str, str], *args: str) -> dict[str, object]:
    result = subprocess.run(
        [SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    report: dict[str, object] = json.loads(result.stdout)
    return report


def _key(env: dict[str, str], *keys: str) -> None:
    subprocess.run(["xdotool", "key", *keys], env=env, check=True)
    time.sleep(1.5)


def _activate_window(env: dict[str, str], seconds: float = 90) -> None:
    """Wait for the main window and give it the focus. On a busy machine the window
    manager may not take the activation at the first try (xdotool then exits with 1),
    so it is asked again until the time is up."""
    deadline = time.monotonic() + seconds
    while True:
        result = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "– HelferApp",
             "windowactivate", "--sync"],
            env=env, timeout=seconds, check=False, capture_output=True,
        )  # fmt: skip
        if result.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the main window could not be activated: {result.stderr}")
        time.sleep(1)


def test_a_screen_reader_hears_names_and_the_map(
    session: dict[str, str], demo_database: Database
) -> None:
    env = {**session, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, "--db", str(demo_database.path)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _activate_window(env)
        time.sleep(2)
        _key(env, "ctrl+9")
        tree = _walk(env)["tree"]
        assert isinstance(tree, list)
        unnamed = [
            node["role"]
            for node in tree
            if node.get("showing") and node.get("focusable") and not node.get("name")
            and node.get("role") not in ("table cell", "list item")
        ]  # fmt: skip
        assert not unnamed
        labels = {node["name"] for node in tree if node.get("role") == "label"}
        assert {"beschlossen", "in Arbeit", "keins", "nicht erfasst"} <= labels  # legend
        combos = [node for node in tree if node.get("role") == "combo box"]
        assert combos and all(node["labelled_by"] for node in combos)
        _key(env, "ctrl+f", "Tab", "Tab")  # filter → table → map
        moves = _walk(env, "--map-keys")["map"]
        assert isinstance(moves, list)
        names = [move["name"] for move in moves]
        assert all(":" in name for name in names), names  # "Kreis (Art): Klasse"
        assert names[1] != names[0] and names[3] == names[1]  # Right, then Left back
        assert all("von 96" in move["description"] for move in moves)
    finally:
        app.terminate()
        app.wait(timeout=20)
