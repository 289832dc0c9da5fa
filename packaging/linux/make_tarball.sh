#!/usr/bin/env bash
# Pack dist/HelferApp into dist/HelferApp-<version>-linux-<arch>.tar.gz with what a
# desktop needs: the .desktop file, the MIME type for .helferapp files, the AppStream
# metainfo, the hicolor icons, and install.sh (per-user, into ~/.local, no root).
# Called by packaging/build.sh after PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:?version}"
name="HelferApp-$version-linux-$(uname -m)"
stage="build/tarball/$name"
rm -rf "build/tarball"
mkdir -p "$stage/share/applications" "$stage/share/mime/packages" "$stage/share/metainfo"
cp -a dist/HelferApp "$stage/HelferApp"
cp packaging/linux/io.github.helferapp.HelferApp.desktop "$stage/share/applications/"
cp packaging/linux/io.github.helferapp.HelferApp.mime.xml \
    "$stage/share/mime/packages/io.github.helferapp.HelferApp.xml"
cp packaging/linux/io.github.helferapp.HelferApp.metainfo.xml "$stage/share/metainfo/"
for png in resources/icons/hicolor/*/helferapp.png; do
    size=$(basename "$(dirname "$png")")
    mkdir -p "$stage/share/icons/hicolor/$size/apps" "$stage/share/icons/hicolor/$size/mimetypes"
    cp "$png" "$stage/share/icons/hicolor/$size/apps/io.github.helferapp.HelferApp.png"
    cp "${png%helferapp.png}helferapp-file.png" \
        "$stage/share/icons/hicolor/$size/mimetypes/application-x-helferapp.png"
done
mkdir -p "$stage/share/icons/hicolor/scalable/apps"
cp resources/icons/helferapp.svg "$stage/share/icons/hicolor/scalable/apps/io.github.helferapp.HelferApp.svg"
cp packaging/linux/install.sh "$stage/install.sh"
cp CHANGELOG.md "$stage/"
tar -C build/tarball -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1)"
