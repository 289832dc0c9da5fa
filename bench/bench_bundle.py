"""Cold start of the built bundle (dist/HelferApp) to a usable window, and its size.

Why: volunteers start HelferApp on old laptops; the issue asks for a usable window in at
most 1.5 s on the demo database and a bundle of at most 250 MB. The figure is the wall
time of a fresh process — ``helferapp --db DEMO`` with ``HELFERAPP_QUIT_WHEN_SHOWN``, which
quits once the window is usable (``ui.app.Application.ready``: painted with the Übersicht's
data) — beside the baseline of a fresh process that only prints ``--version``
(interpreter and bundle loader, no Qt). Skipped (no figures) if the bundle has not been
built (``bash packaging/build.sh``). Offscreen unless a display is set.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import Result
from bench.fixtures import demo_database
from helferapp.services.demo import Scale

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "HelferApp"
EXECUTABLE = BUNDLE / ("helferapp.exe" if sys.platform == "win32" else "helferapp")
RUNS = 5


def _wall(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def _size_mb(folder: Path) -> float:
    """Bytes on disk as the installer ships them (PyInstaller's symlinks count once)."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files) / 1e6


def run(workdir: Path) -> list[Result]:
    if not EXECUTABLE.exists():
        print(f"bench_bundle: {EXECUTABLE} fehlt – erst bash packaging/build.sh", file=sys.stderr)
        return []
    built = demo_database(Scale.SMALL)
    env = dict(os.environ, HELFERAPP_QUIT_WHEN_SHOWN="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")  # no remembered window, no first-start
    start = [str(EXECUTABLE), "--db", str(built.path)]
    _wall(start, env)  # the first start may checkpoint the demo's WAL; not what we measure
    starts = [_wall(start, env) for _ in range(RUNS)]
    versions = [_wall([str(EXECUTABLE), "--version"], env) for _ in range(RUNS)]
    return [
        Result(
            name="bundle cold start to the shown window (small demo)",
            value=statistics.median(starts) * 1000,
            unit="ms",
            baseline_name="bundle process printing --version (no Qt)",
            baseline_value=statistics.median(versions) * 1000,
            note=f"median of {RUNS} fresh processes; target ≤ 1500 ms",
        ),
        Result(
            name="bundle size (dist/HelferApp)",
            value=_size_mb(BUNDLE),
            unit="MB",
            baseline_name="target",
            baseline_value=250.0,
        ),
    ]
