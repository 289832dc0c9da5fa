#!/usr/bin/env bash
# Set up HelferApp and start it on a demo database that is ready to explore.
# The demo database lives in the user data dir (as every HelferApp database does unless
# --db or HELFERAPP_DB says otherwise); it is created with example data on the first run
# and reused afterwards, so nothing you change in it is thrown away.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

db="${HELFERAPP_DB:-$(.venv/bin/python -c 'from helferapp.store.location import default_db_path; print(default_db_path())')}"
if [ ! -s "$db" ]; then
    .venv/bin/helferapp-cli demo --db "$db"
fi
exec .venv/bin/helferapp --db "$db" "$@"
