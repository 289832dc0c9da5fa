"""Fixtures for GUI tests: offscreen Qt, private settings, demo data, a main window.

Every test gets its own QSettings folder (so remembered window sizes or font steps of
one test cannot leak into the next), a database copied from a template (an empty one,
or one with the small demo data, built once per session), and helpers that answer the
app's questions the way a user would click.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from helferapp.resources import resource
from helferapp.services.demo import Scale, build_demo
from helferapp.store.database import Database, open_database
from helferapp.ui import accessibility
from helferapp.ui import app as gui
from helferapp.ui.context import AppContext


@pytest.fixture(scope="session", autouse=True)
def german_translations(qapp: QApplication) -> None:
    """Qt's German texts and ours, as the app installs them at start: German is the
    source language, but its plural forms („1 Eintrag“) come from helferapp_de.qm."""
    gui.install_translations(qapp, "de")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings in a folder of this test's own; the application font put back after."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("HelferAppTest")
    qapp.setApplicationName("HelferAppTest")
    accessibility.install(qapp)  # what ui.app does at start: style, focus ring, filters
    font = QApplication.font()
    yield folder
    QApplication.setFont(font)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, template_db_path: Path) -> Path:
    """A database with the small demo data, built once."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(template_db_path, path)
    database = open_database(path)
    build_demo(database, Scale.SMALL, seed=1)
    database.dispose()
    return path


@pytest.fixture
def demo_database(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture
def context(database: Database) -> AppContext:
    return AppContext(database)


@pytest.fixture
def demo_context(demo_database: Database) -> AppContext:
    return AppContext(demo_database)


class Answers:
    """Answers every QMessageBox with the next queued button and records what was asked."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    def answer(self, *buttons: QMessageBox.StandardButton) -> None:
        self.queue.extend(buttons)

    def exec(self, box: QMessageBox) -> int:
        self.asked.append(f"{box.text()} {box.informativeText()}".strip())
        if self.queue:
            return int(self.queue.pop(0).value)
        ok = QMessageBox.StandardButton.Ok
        return int(ok.value) if box.button(ok) else int(QMessageBox.StandardButton.No.value)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """No message box ever blocks a test; queue the buttons a test wants pressed."""
    recorder = Answers()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    return recorder


@pytest.fixture
def make_window(qtbot: Any, answers: Answers) -> Any:
    """Build a shown main window on a context."""
    from helferapp.ui.main_window import MainWindow

    def make(context: AppContext) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Any, demo_context: AppContext) -> Any:
    """The main window on the small demo data."""
    return make_window(demo_context)


@pytest.fixture
def empty_window(make_window: Any, context: AppContext) -> Any:
    """The main window on an empty database."""
    return make_window(context)


def _reinstall_translations(qapp: QApplication, language: str) -> None:
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setProperty("helferapp_translators", False)
    gui.install_translations(qapp, language)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translation for one test (German again afterwards)."""
    if not resource("translations", "helferapp_en.qm").exists():
        pytest.skip("helferapp_en.qm not built (bash packaging/build_translations.sh)")
    _reinstall_translations(qapp, "en")
    yield
    _reinstall_translations(qapp, "de")
