#!/usr/bin/env bash
# The project's one test command (README and CI run exactly this): set up the venv,
# check style and types, then run the whole test suite headless. A run that collects no
# tests fails (pytest exit code 5), so a broken test discovery cannot pass silently.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests bench
.venv/bin/ruff format --check src tests bench
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
