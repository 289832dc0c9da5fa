#!/usr/bin/env bash
# Create (or refresh) the project's virtual environment in .venv and install HelferApp
# into it with the pinned versions from constraints.txt, so that a new release of a
# dependency cannot break a fresh machine. Needs only Python 3.11+ with venv.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "HelferApp braucht Python 3.11 oder neuer (gefunden: $("$PYTHON" --version 2>&1))." >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# macOS has shasum but no sha256sum.
sum=sha256sum; command -v sha256sum >/dev/null || sum="shasum -a 256"
stamp=.venv/.installed-$(cat pyproject.toml constraints.txt | $sum | cut -c1-16)
if [ ! -e "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev]"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
# The translations (.ts → .qm) are built, not committed; quick, so on every run.
bash packaging/build_translations.sh
