"""The UI language: English menus from the setting, and from LANG=en_US.UTF-8 at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from helferapp.resources import resource
from helferapp.ui.context import AppContext

pytestmark = pytest.mark.skipif(
    not resource("translations", "helferapp_en.qm").exists(),
    reason="helferapp_en.qm not built (bash packaging/build_translations.sh)",
)


def test_english_menus_from_the_setting(
    english: None, make_window: Any, context: AppContext
) -> None:
    window = make_window(context)
    titles = [menu.title() for menu in window.menus]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.actions_.settings.text() == "&Settings …"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_german_is_the_default(make_window: Any, context: AppContext) -> None:
    window = make_window(context)
    assert window.menus[0].title() == "&Datei"
    assert window.actions_.settings in window.menus[0].actions()


STARTER = """
import sys
from helferapp.ui import app as gui
from helferapp.ui.settings.first_start_dialog import FirstStartDialog
FirstStartDialog.exec = lambda self: 0
application = gui.start(["--db", sys.argv[1]])
print("|".join(menu.title() for menu in application.window.menus))
application.window.close()
"""


@pytest.mark.parametrize(
    ("lang", "file_menu"), [("en_US.UTF-8", "&File"), ("de_DE.UTF-8", "&Datei")]
)
def test_start_follows_lang(tmp_path: Path, lang: str, file_menu: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.pop("LANGUAGE", None)
    env.update(
        LANG=lang,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
    )
    (tmp_path / "run").mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-c", STARTER, str(tmp_path / "x.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split("|")[0] == file_menu
