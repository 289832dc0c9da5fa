#!/usr/bin/env bash
# Set up HelferApp and start it on a demo database that is ready to explore.
# The demo database is a file of its own, Beispieldaten.sqlite3 in the user data dir
# (HELFERAPP_DB or --db choose another file); it is created with example data on the
# first run and reused afterwards, so nothing you try out in it is thrown away. Real work
# goes into a database of its own: Datei → Neue Datenbank … in the window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

db="${HELFERAPP_DB:-$(.venv/bin/python -c 'from helferapp.store.location import demo_db_path; print(demo_db_path())')}"
if [ ! -s "$db" ]; then
    .venv/bin/helferapp-cli demo --db "$db"
fi
exec .venv/bin/helferapp --db "$db" "$@"
