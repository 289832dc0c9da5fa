#!/usr/bin/env bash
# Compile the translations: resources/translations/*.ts → *.qm (pyside6-lrelease).
#
# The .qm files are build products and not committed (.gitignore): scripts/setup.sh and
# packaging/build.sh run this, so a checkout, CI and every bundle get them fresh from the
# .ts sources and can never ship stale binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
for ts in resources/translations/*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
