"""The self-test the built bundle runs, in-process; the single-sourced version."""

from __future__ import annotations

import importlib.metadata
import io
import re

import pytest

import helferapp
from helferapp import launcher, selftest
from tests.packaging.conftest import ROOT


def test_selftest_passes() -> None:
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
    text = out.getvalue()
    assert "FEHLER" not in text
    for step in ("Datenbank und Migrationen", "PDF", "Austauschdatei"):
        assert f"ok     {step}" in text


def test_selftest_reports_a_broken_step(monkeypatch: pytest.MonkeyPatch) -> None:
    from helferapp.services import report_kinds

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("Schrift fehlt")

    monkeypatch.setattr(report_kinds, "render", broken)
    out = io.StringIO()
    assert selftest.run(out) == 1
    assert "FEHLER PDF: RuntimeError: Schrift fehlt" in out.getvalue()


def test_launcher_dispatches_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "run", lambda: 0)
    assert launcher.main(["--self-test"]) == 0


def test_version_is_single_sourced() -> None:
    assert importlib.metadata.version("helferapp") == helferapp.__version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert not re.search(r'^version = "', pyproject, re.MULTILINE)


def test_changelog_describes_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{helferapp.__version__}]" in changelog


def test_launcher_version_says_what_the_cli_says(capsys: pytest.CaptureFixture[str]) -> None:
    assert launcher.main(["--version"]) == 0
    from_launcher = capsys.readouterr().out
    from helferapp import cli

    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out == from_launcher == f"HelferApp {helferapp.__version__}\n"
