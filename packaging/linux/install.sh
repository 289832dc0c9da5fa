#!/usr/bin/env bash
# Install HelferApp for the current user (no root): the program into
# ~/.local/lib/helferapp (apart from the data in ~/.local/share/HelferApp), a "helferapp" command into ~/.local/bin, and the menu entry,
# file type and icons into ~/.local/share. Run again to update; "./install.sh --remove"
# removes the program but never the database in ~/.local/share/HelferApp.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
program="$HOME/.local/lib/helferapp"
if [ "${1:-}" = "--remove" ]; then
    rm -rf "$program" "$bin/helferapp"
    rm -f "$data/applications/io.github.helferapp.HelferApp.desktop" \
        "$data/mime/packages/io.github.helferapp.HelferApp.xml" \
        "$data/metainfo/io.github.helferapp.HelferApp.metainfo.xml"
    find "$data/icons/hicolor" \( -name 'io.github.helferapp.HelferApp.*' -o -name 'application-x-helferapp.png' \) -delete 2>/dev/null || true
    echo "HelferApp entfernt. Ihre Daten in $data/HelferApp bleiben erhalten."
    exit 0
fi
mkdir -p "$data" "$bin" "$(dirname "$program")"
rm -rf "$program"
cp -a "$here/HelferApp" "$program"
ln -sf "$program/helferapp" "$bin/helferapp"
cp -a "$here/share/." "$data/"
sed -i "s|^Exec=helferapp|Exec=$program/helferapp|; s|^TryExec=helferapp|TryExec=$program/helferapp|" \
    "$data/applications/io.github.helferapp.HelferApp.desktop"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "HelferApp ist installiert: im Startmenü unter Büro, oder mit dem Befehl helferapp."
