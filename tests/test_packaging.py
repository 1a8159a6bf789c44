"""The packaging files are well-formed and agree: one version, one MIME type, one extension.

The PyInstaller build itself is too slow for the suite: packaging/build-linux.sh runs it.
"""

from __future__ import annotations

import ast
import configparser
import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from proposaleditor.domain.document import Document
from proposaleditor.formats import native

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "src" / "proposaleditor" / "resources" / "icons"
APP_ID = "org.proposaleditor.ProposalEditor"
MIME = "application/x-proposaleditor"
EXTENSION = native.EXTENSION  # ".itup"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
MIME_XML = PACKAGING / "linux" / "proposaleditor-mime.xml"
PLIST = PACKAGING / "macos" / "Info.plist"
ISS = PACKAGING / "windows" / "proposaleditor.iss"
SPEC = PACKAGING / "pyinstaller" / "proposaleditor.spec"
FDO_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', ISS.read_text("utf-8")))


# -- one version ------------------------------------------------------------------------------
def test_the_version_comes_from_pyproject_everywhere():
    latest = etree.parse(str(METAINFO)).find("releases/release")
    assert latest.get("version") == VERSION, "add a <release> for the new version to metainfo"
    plist = plistlib.loads(PLIST.read_bytes())
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == VERSION
    assert iss_defines()["AppVersion"] == VERSION
    spec = SPEC.read_text("utf-8")
    assert 'PROJECT["version"]' in spec and "tomllib" in spec
    version_script = subprocess.run(
        ["python3", str(PACKAGING / "project_version.py")], capture_output=True, text=True)
    assert version_script.stdout.strip() == VERSION


# -- one MIME type, one extension, one application id -----------------------------------------
def test_linux_files_declare_the_same_type_and_id(tmp_path):
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME]
    assert entry["Exec"].split()[0] == "proposaleditor" and "%F" in entry["Exec"]

    mime = etree.parse(str(MIME_XML)).getroot()
    types = mime.findall(f"{FDO_MIME}mime-type")
    assert [t.get("type") for t in types] == [MIME]
    assert [g.get("pattern") for g in types[0].findall(f"{FDO_MIME}glob")] == [f"*{EXTENSION}"]
    assert types[0].find(f"{FDO_MIME}icon").get("name") == MIME.replace("/", "-")
    magic = types[0].find(f"{FDO_MIME}magic/{FDO_MIME}match").get("value")
    saved = tmp_path / f"empty{EXTENSION}"
    native.save(Document(), saved)
    assert saved.read_text("utf-8").startswith(magic)  # the magic is what native.save writes

    meta = etree.parse(str(METAINFO)).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert [m.text for m in meta.iterfind("provides/mediatype")] == [MIME]
    assert {b.text for b in meta.iterfind("provides/binary")} == {
        "proposaleditor", "proposaleditor-cli"}


def test_macos_bundle_declares_the_document_type():
    plist = plistlib.loads(PLIST.read_bytes())
    assert plist["CFBundleIdentifier"] == APP_ID
    (doc_type,) = plist["CFBundleDocumentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert doc_type["CFBundleTypeExtensions"] == [EXTENSION.lstrip(".")]
    assert doc_type["CFBundleTypeMIMETypes"] == [MIME]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [EXTENSION.lstrip(".")]
    assert tags["public.mime-type"] == [MIME]
    assert (ICONS / plist["CFBundleIconFile"]).is_file()


def test_windows_installer_associates_the_extension():
    defines = iss_defines()
    assert defines["DocExtension"] == EXTENSION and defines["DocMimeType"] == MIME
    text = ISS.read_text("utf-8")
    assert '"{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text  # Start-menu entry
    assert '\\shell\\open\\command"' in text and '""%1""' in text
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).strip()
    assert (ISS.parent / icon.replace("\\", "/")).resolve().is_file()


def test_the_same_application_id_in_every_script():
    for path in (SPEC, PACKAGING / "build-linux.sh", PACKAGING / "linux" / "install.sh"):
        assert APP_ID in path.read_text("utf-8"), path


# -- well-formed ------------------------------------------------------------------------------
def test_spec_and_scripts_are_valid_python_and_reference_existing_files():
    tree = ast.parse(SPEC.read_text("utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert {"Analysis", "EXE", "COLLECT", "BUNDLE", "PYZ"} <= names
    for script in ("entry_gui.py", "entry_cli.py"):
        assert script in SPEC.read_text("utf-8")
        ast.parse((PACKAGING / "pyinstaller" / script).read_text("utf-8"))
    ast.parse((PACKAGING / "smoke_test.py").read_text("utf-8"))
    for name in ("proposaleditor.ico", "proposaleditor.icns", "proposaleditor-256.png"):
        assert (ICONS / name).is_file()


def test_desktop_entry_validates():
    assert desktop_entry()["Name"] == "ProposalEditor"
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate not installed")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_validates():
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli not installed")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_database_recognises_itup_files(tmp_path):
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database not installed")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert f"{MIME}:*{EXTENSION}" in globs
    assert MIME in (tmp_path / "mime" / "types").read_text("utf-8")


def test_icons_have_every_size():
    from PySide6.QtGui import QImageReader

    for size in (16, 32, 48, 64, 128, 256, 512):
        reader = QImageReader(str(ICONS / f"proposaleditor-{size}.png"))
        assert reader.size().width() == reader.size().height() == size
    ico = QImageReader(str(ICONS / "proposaleditor.ico"))
    assert ico.imageCount() == 6  # 16 ... 256 in one file
    assert QImageReader(str(ICONS / "proposaleditor.icns")).canRead()


def test_package_workflow_builds_on_three_platforms():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "package.yml").read_text("utf-8"))
    jobs = workflow["jobs"]
    assert {"linux", "windows", "macos"} <= set(jobs)
    for job in jobs.values():
        steps = " ".join(str(s.get("run", "")) for s in job["steps"])
        assert "smoke_test.py" in steps or "build-linux.sh" in steps


def test_the_editor_names_its_desktop_entry():
    from proposaleditor.gui.app import DESKTOP_ID, create_application

    assert DESKTOP_ID == APP_ID == DESKTOP.stem
    assert create_application().desktopFileName() == APP_ID


def test_tarball_install_script_installs_and_uninstalls(tmp_path):
    """install.sh on a tree laid out as build-linux.sh stages it (stand-in programs)."""
    stage = tmp_path / "proposaleditor-0-linux"
    bundle = stage / "proposaleditor"
    bundle.mkdir(parents=True)
    for name in ("proposaleditor", "proposaleditor-cli"):
        (bundle / name).write_text(f"#!/bin/sh\necho {name} \"$@\"\n")
        (bundle / name).chmod(0o755)
    share = stage / "share"
    for sub, source, name in (("applications", DESKTOP, DESKTOP.name),
                              ("metainfo", METAINFO, METAINFO.name),
                              ("mime/packages", MIME_XML, f"{APP_ID}.xml"),
                              ("icons/hicolor/48x48/apps", ICONS / "proposaleditor-48.png",
                               f"{APP_ID}.png")):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, share / sub / name)
    shutil.copy(PACKAGING / "linux" / "install.sh", stage / "install.sh")
    prefix = tmp_path / "prefix with space"

    subprocess.run(["sh", str(stage / "install.sh"), "--prefix", str(prefix)], check=True,
                   capture_output=True)
    run = subprocess.run([str(prefix / "bin" / "proposaleditor-cli"), "--version"],
                         capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "proposaleditor-cli --version"
    desktop = (prefix / "share" / "applications" / DESKTOP.name).read_text("utf-8")
    assert f'Exec="{prefix}/lib/proposaleditor/proposaleditor" %F' in desktop
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()

    subprocess.run(["sh", str(stage / "install.sh"), "--uninstall", "--prefix", str(prefix)],
                   check=True, capture_output=True)
    assert not (prefix / "lib" / "proposaleditor").exists()
    assert not (prefix / "bin" / "proposaleditor").exists()
    assert not (prefix / "share" / "applications" / DESKTOP.name).exists()
    assert not list((prefix / "share" / "icons").rglob(f"{APP_ID}.*"))
