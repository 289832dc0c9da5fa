"""The files the Linux, macOS and Windows packages are made of are valid and agree."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

import helferapp
from tests.packaging.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.helferapp.HelferApp"


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate missing (apt package desktop-file-utils)")
    result = subprocess.run(
        [tool, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli missing (apt package appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_current_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == helferapp.__version__


def test_mime_type_matches_the_desktop_file() -> None:
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    mime = root.find(f"{namespace}mime-type")
    assert mime is not None
    globs = [glob.get("pattern") for glob in mime.iter(f"{namespace}glob")]
    assert globs == ["*.helferapp"]
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"MimeType={mime.get('type')};" in desktop
    assert "Exec=helferapp %F" in desktop


def test_macos_plist_declares_the_document_type() -> None:
    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["helferapp"]
    assert (ROOT / "resources" / "icons" / document["CFBundleTypeIconFile"]).is_file()


def test_inno_setup_script_installs_per_user_and_keeps_data() -> None:
    script = (ROOT / "packaging" / "windows" / "helferapp.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert 'Subkey: "Software\\Classes\\.helferapp"' in script
    assert "helferapp-file.ico" in script
    assert "MB_DEFBUTTON2" in script  # deleting the data is never the default
    assert "VersionInfoVersion" in script


def test_icons_exist_in_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    for name in ("helferapp", "helferapp-file"):
        assert (icons / f"{name}.svg").is_file()
        assert (icons / f"{name}.ico").stat().st_size > 1000
        assert (icons / f"{name}.icns").stat().st_size > 1000
        for size in (16, 32, 48, 64, 128, 256, 512):
            assert (icons / "hicolor" / f"{size}x{size}" / f"{name}.png").is_file()


def test_spec_bundles_the_migrations_and_resources() -> None:
    spec = (ROOT / "packaging" / "helferapp.spec").read_text(encoding="utf-8")
    assert "upx=False" in spec
    assert '"helferapp/store/migrations"' in spec
    assert ".mako" in spec
    for folder in ("fonts", "reference", "icons", "translations", "demo", "notice_languages"):
        assert f"resources/{folder}" in spec
    shipped = {path.name for path in (ROOT / "resources").iterdir() if path.is_dir()}
    assert shipped == {"fonts", "reference", "icons", "translations", "demo", "notice_languages"}
