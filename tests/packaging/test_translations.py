"""The translations: English complete, both files list the same texts, .qm files build."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / (
    "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"  # venv\Scripts
)


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "packaging" / "check_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> set[tuple[str, str, str]]:
    return {
        (
            context.findtext("name", ""),
            message.findtext("source", ""),
            message.findtext("comment", ""),
        )
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_english_entry_is_translated() -> None:
    missing = _checker().open_entries(TRANSLATIONS / "helferapp_en.ts")
    assert missing == []


def test_english_keeps_placeholders_and_accelerators() -> None:
    for message in ET.parse(TRANSLATIONS / "helferapp_en.ts").getroot().iter("message"):
        source = message.findtext("source", "")
        forms = [form.text or "" for form in message.iter("numerusform")]
        translation = " ".join(forms) if forms else message.findtext("translation", "")
        if forms:  # a plural: every form says the number
            assert all("%n" in form for form in forms), (source, forms)
        for marker in ("%1", "%2", "%3", "{name}", "{count}", "{path}", "{date}", "{text}"):
            assert (marker in source) == (marker in translation), (source, translation)
        assert ("&" in source.replace("&&", "")) <= ("&" in translation), (source, translation)


def test_german_and_english_list_the_same_texts() -> None:
    de, en = TRANSLATIONS / "helferapp_de.ts", TRANSLATIONS / "helferapp_en.ts"
    assert ET.parse(de).getroot().get("sourcelanguage") == "de"
    assert _messages(de) == _messages(en)
    assert len(_messages(en)) > 500


def test_menu_titles_are_extracted() -> None:
    """Texts behind module wrappers (_tr) reach the .ts (packaging/translation_sources.py)."""
    sources = {
        (context, source) for context, source, _ in _messages(TRANSLATIONS / "helferapp_en.ts")
    }
    assert ("Menus", "&Datei") in sources
    assert ("Actions", "Ein&stellungen …") in sources
    assert ("enums", "Kommunales Integrationszentrum") in sources


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease not in this environment")
def test_lrelease_builds_a_qm_that_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    target = tmp_path / "helferapp_en.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(TRANSLATIONS / "helferapp_en.ts"), "-qm", str(target)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(target))
    assert translator.translate("Menus", "&Datei") == "&File"


def test_qm_files_are_not_committed() -> None:
    """.qm files are built (setup.sh, build.sh), never committed: they could go stale."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("no git checkout")
    tracked = subprocess.run(
        [git, "ls-files", "resources/translations"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    assert not [name for name in tracked if name.endswith(".qm")]
