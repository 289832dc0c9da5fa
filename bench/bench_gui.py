"""The GUI on the bavaria demo: start-up, the Angebote page, filtering, opening a record.

What a volunteer feels on an old laptop: how long from double-click to a window that
answers, whether typing in the filter box over 25,000 Angebote keeps up with the keys,
and whether a click on a row shows its form at once. Targets (issue 4): start ≤ 0.8 s
and ≤ 7× a bare PySide6 window, ≤ 50 ms per keystroke, ≤ 100 ms to open a record.

Start-up is measured in fresh processes (imports included, as a user's start is), from
spawning the process to the line it prints once the window is usable: ``helferapp --db
DEMO`` through the launcher, as a double-click runs it, with ``HELFERAPP_QUIT_WHEN_SHOWN``,
which prints "ready" when the application says so (``ui.app.Application.ready``: painted
with the Übersicht's data, the event loop running, every action connected) and quits.
The baseline is a process that shows and paints a bare ``QMainWindow``; beside it, the
same bare window after importing SQLAlchemy's ORM and mapping the models — the floor of
any start that shows data (not a target; it shows how much of the start is the stack's).
All run with compiled ``.pyc`` files, as an installation has them, even if
``PYTHONDONTWRITEBYTECODE`` is set here. Target (issue 17): ≤ 4× the baseline on the
bavaria demo. The rest runs in this process, offscreen, on the same database, each
figure beside a baseline doing the bare data work of the same step.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import Result, median_time, quick
from bench.fixtures import connect, demo_database
from helferapp.services.demo import Scale

APP_CHILD = """
import sys
from helferapp.launcher import main
sys.exit(main(["--db", sys.argv[1]]))
"""

BARE_CHILD = """
from PySide6.QtWidgets import QApplication, QMainWindow
application = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QApplication.processEvents()
window.repaint()
print("ready", flush=True)
"""

# The least any start with this stack does before its window can show data: the same
# bare window, with SQLAlchemy's ORM imported and the models mapped first.
ORM_CHILD = BARE_CHILD.replace(
    "application = QApplication([])",
    "from sqlalchemy.orm import configure_mappers\n"
    "import helferapp.store.models\n"
    "configure_mappers()\n"
    "application = QApplication([])",
)

TYPED = "deutschkurs"


def _environment(workdir: Path) -> dict[str, str]:
    """Offscreen Qt, settings and logs in the work folder (not the user's), .pyc files."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(workdir / "config"),
        XDG_STATE_HOME=str(workdir / "state"),
        XDG_DATA_HOME=str(workdir / "data"),
        HELFERAPP_DB="",
        HELFERAPP_QUIT_WHEN_SHOWN="1",
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    return env


def _spawn_seconds(script: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``python -c script`` to its "ready" line."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"child exited without a window (status {child.wait()})")
    child.kill()
    child.wait()
    return elapsed


def _start_up(workdir: Path, database: Path, scale: Scale) -> list[Result]:
    env = _environment(workdir)
    _spawn_seconds(APP_CHILD, [str(database)], env)  # warm the file cache and .pyc files
    times: dict[str, list[float]] = {"app": [], "bare": [], "orm": []}
    for _ in range(3):  # taking turns, so that a busy moment falls on all three alike
        times["app"].append(_spawn_seconds(APP_CHILD, [str(database)], env))
        times["bare"].append(_spawn_seconds(BARE_CHILD, [], env))
        times["orm"].append(_spawn_seconds(ORM_CHILD, [], env))
    app, bare, orm = (statistics.median(times[key]) for key in ("app", "bare", "orm"))
    return [
        Result(
            name=f"start to usable window ({scale.value} demo)",
            value=app,
            unit="s",
            baseline_name="bare PySide6 QMainWindow in a fresh process",
            baseline_value=bare,
            note="fresh process each through the launcher, imports and opening the database "
            "included, until the Übersicht shows its data; median of 3; target ≤ 4×",
        ),
        Result(
            name="bare window with SQLAlchemy's ORM and the models mapped (not a target)",
            value=orm,
            unit="s",
            baseline_name="bare PySide6 QMainWindow in a fresh process",
            baseline_value=bare,
            note="the floor of a start with this stack: what any window that shows data "
            "from the database pays before its first query; median of 3",
        ),
    ]


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _in_process(workdir: Path, database_path: Path, scale: Scale) -> list[Result]:
    app = _application()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from helferapp.services import records
    from helferapp.services.entities import PROGRAMMES
    from helferapp.store.database import open_database
    from helferapp.ui.context import AppContext
    from helferapp.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings")
    )
    database = open_database(database_path)
    context = AppContext(database)
    results: list[Result] = []

    def bare_window() -> None:
        window = QMainWindow()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.close()
        window.deleteLater()

    started = time.perf_counter()
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - started
    results.append(
        Result(
            name=f"main window with Übersicht, in process ({scale.value} demo)",
            value=shown * 1000,
            unit="ms",
            baseline_name="bare QMainWindow shown in process",
            baseline_value=median_time(bare_window) * 1000,
            note="database already open; counts, Wiedervorlagen and recent changes loaded",
        )
    )

    started = time.perf_counter()
    window.show_page(2)
    app.processEvents()
    page_seconds = time.perf_counter() - started
    page = window.current_page()
    total = page.model.total_count()

    def raw_rows() -> None:
        connection = connect(database_path)
        connection.execute(
            "SELECT id, title, group_id, organisation_id, fields, region_ags, weekday, "
            "start_time, end_time, schedule_text, last_stamp, search_text FROM programme "
            "WHERE deleted = 0 ORDER BY title"
        ).fetchall()
        connection.close()

    results.append(
        Result(
            name=f"first show of the Angebote page ({total:,} rows)",
            value=page_seconds * 1000,
            unit="ms",
            baseline_name="sqlite3 fetchall of the same columns",
            baseline_value=median_time(raw_rows) * 1000,
            note="rows, names of providers and Gemeinden, the form built once",
        )
    )

    keystrokes: list[float] = []
    text = ""
    for step in [*TYPED, *["⌫"] * len(TYPED)]:
        text = text + step if step != "⌫" else text[:-1]
        page.filter_edit.blockSignals(True)
        page.filter_edit.setText(text)
        page.filter_edit.blockSignals(False)
        started = time.perf_counter()
        page.apply_filter()
        app.processEvents()
        keystrokes.append(time.perf_counter() - started)
    searches = [row[-1] for row in (page.model.row_at(r) for r in range(page.model.rowCount()))]

    def scan() -> None:
        needle = "deutsch"
        [search for search in searches if needle in search]

    results.append(
        Result(
            name=f"filter keystroke over {total:,} Angebote (median)",
            value=statistics.median(keystrokes) * 1000,
            unit="ms",
            baseline_name="list comprehension substring scan of the same search texts",
            baseline_value=median_time(scan) * 1000,
            note=f"typing „{TYPED}“ and deleting it again, view repainted; "
            f"slowest keystroke {max(keystrokes) * 1000:.1f} ms",
        )
    )

    ids = [page.model.id_at(row) for row in range(0, min(total, 4000), 200)]
    opening: list[float] = []
    for record_id in ids:
        started = time.perf_counter()
        page.open(record_id)
        app.processEvents()
        opening.append(time.perf_counter() - started)

    def service_get() -> None:
        for record_id in ids:
            records.get(context.uow(), PROGRAMMES, record_id)

    results.append(
        Result(
            name="opening an Angebot in the form (median)",
            value=statistics.median(opening) * 1000,
            unit="ms",
            baseline_name="records.get of the same Angebot (service only)",
            baseline_value=median_time(service_get, repeat=3) * 1000 / len(ids),
            note=f"{len(ids)} records; slowest {max(opening) * 1000:.1f} ms",
        )
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    database.dispose()
    return results


def run(workdir: Path) -> list[Result]:
    scale = Scale.SMALL if quick() else Scale.BAVARIA
    built = demo_database(scale)
    return _start_up(workdir, built.path, scale) + _in_process(workdir, built.path, scale)
