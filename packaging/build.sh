#!/usr/bin/env bash
# Build the HelferApp bundle for this operating system, in one command:
#
#   bash packaging/build.sh            # → dist/HelferApp/ (+ dist/HelferApp-<version>-linux-x86_64.tar.gz)
#
# Steps: set up .venv with the pinned build tools (the "build" extra), compile the
# translations (.ts → .qm with pyside6-lrelease), run PyInstaller with the committed
# spec, run the bundle's own --self-test offscreen, and on Linux pack the tarball with
# the .desktop file, MIME type, AppStream metainfo and icons. The Windows installer is
# compiled afterwards on Windows with Inno Setup: iscc packaging/windows/helferapp.iss;
# .github/workflows/release.yml does all of it on Windows, macOS and Linux from a tag.
set -euo pipefail
cd "$(dirname "$0")/.."

# Windows (Git Bash): a venv keeps its programs in Scripts\, not bin/.
BIN=.venv/bin
if [ -d .venv/Scripts ] && [ ! -d .venv/bin ]; then
    BIN=.venv/Scripts
else
    bash scripts/setup.sh
fi
export BIN
sum=sha256sum; command -v sha256sum >/dev/null || sum="shasum -a 256"  # macOS: shasum only
stamp=.venv/.build-$(cat pyproject.toml constraints.txt | $sum | cut -c1-16)
if [ ! -e "$stamp" ]; then
    "$BIN/python" -m pip install --quiet -c constraints.txt -e ".[dev,build]"
    rm -f .venv/.build-*
    touch "$stamp"
fi

bash packaging/build_translations.sh
version=$("$BIN/python" -c 'import helferapp; print(helferapp.__version__)')
echo "HelferApp $version wird gebaut …"
started=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/helferapp.spec
echo "PyInstaller: $(( $(date +%s) - started )) s, Bundle: $(du -sh dist/HelferApp | cut -f1)"

if [ -f dist/HelferApp/helferapp.exe ]; then  # Windows (Git Bash waits for the GUI program)
    QT_QPA_PLATFORM=offscreen dist/HelferApp/helferapp.exe --self-test
elif [ -x dist/HelferApp/helferapp ]; then
    QT_QPA_PLATFORM=offscreen dist/HelferApp/helferapp --self-test
fi

case "$(uname -s)" in
Linux)
    bash packaging/linux/make_tarball.sh "$version"
    ;;
esac
