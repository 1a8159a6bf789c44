"""Smoke-test a built ProposalEditor: the command line and the editor, started offscreen.

    python3 packaging/smoke_test.py BINDIR [--version X.Y.Z] [--out DIR]

BINDIR holds `proposaleditor` and `proposaleditor-cli` (.exe on Windows; Contents/MacOS of the
.app on macOS). The programs run with an emptied environment on Linux (no PATH, no Python
variables), so a build that leans on the machine's Python fails here. This Python only drives
the programs and opens the DOCX they write. Exit 0 when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "proposaleditor" / "resources" / "examples" / "pp14-doc82-indonesia.txt"
# every folder of src/proposaleditor/resources the build must carry
PACKAGE_DATA = {p.name for p in (ROOT / "src" / "proposaleditor" / "resources").iterdir()
                if p.is_dir() and not p.name.startswith("__")}
TIMEOUT = 300  # seconds; a first start on a cold CI machine unpacks many libraries


def program(bindir: Path, name: str) -> Path:
    path = bindir / (name + (".exe" if os.name == "nt" else ""))
    if not path.exists():
        sys.exit(f"smoke: {path} missing")
    return path


def environment(home: Path) -> dict[str, str]:
    """What the programs see: offscreen Qt, a scratch user folder, no Python of the machine."""
    if sys.platform.startswith("linux"):
        env = {"HOME": str(home), "PATH": "/nonexistent", "LANG": "C.UTF-8"}
    else:  # Windows and macOS need their system variables; drop only the Python ones
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("PYTHON") and k not in ("VIRTUAL_ENV", "CONDA_PREFIX")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PROPOSALEDITOR_HOME"] = str(home / "proposaleditor")
    return env


def run(args: list, env: dict[str, str]) -> str:
    print("smoke: $", " ".join(str(a) for a in args), flush=True)
    try:
        result = subprocess.run([str(a) for a in args], env=env, capture_output=True,
                                text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f"smoke: FAILED, still running after {TIMEOUT} s")
    if result.returncode != 0:
        sys.exit(f"smoke: FAILED with exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def check_docx(path: Path) -> int:
    """A real DOCX with the example's first proposal in it; returns its size."""
    if not path.is_file():
        sys.exit(f"smoke: FAILED, {path} was not written")
    try:
        with zipfile.ZipFile(path) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        sys.exit(f"smoke: FAILED, {path} is not a DOCX: {exc}")
    if "INS/82/1" not in body:
        sys.exit(f"smoke: FAILED, {path} lacks proposal INS/82/1")
    return path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bindir", type=Path)
    parser.add_argument("--version", help="the version the programs must report")
    parser.add_argument("--out", type=Path, help="keep the outputs here (default: temporary)")
    opts = parser.parse_args()
    out = opts.out or Path(tempfile.mkdtemp(prefix="pe-smoke-"))
    out.mkdir(parents=True, exist_ok=True)
    env = environment(out / "home")
    cli = program(opts.bindir, "proposaleditor-cli")
    gui = program(opts.bindir, "proposaleditor")

    reported = run([cli, "--version"], env).strip()
    print("smoke:", reported)
    if opts.version and not reported.endswith(opts.version):
        sys.exit(f"smoke: FAILED, version {reported!r} is not {opts.version}")

    itup = out / "example.itup"
    run([cli, "import", EXAMPLE, "-o", itup], env)
    info = json.loads(run([cli, "info", "--json", itup], env))
    print(f"smoke: the example has {len(info['proposals'])} proposals")
    if re.search(r"^\s+export\s", run([cli, "--help"], env), re.M):
        cli_docx = out / "cli.docx"
        run([cli, "export", itup, "-o", cli_docx], env)
        print(f"smoke: command line exported {check_docx(cli_docx)} bytes")
    else:
        print("smoke: this build's command line has no export command; the editor exports")

    # The editor: opens the bundled example in its main window offscreen, exports, quits.
    english_menus = None
    for language in ("en", "fr", "es", "ar"):
        docx = out / f"editor-{language}.docx"
        report = docx.with_suffix(".json")
        run([gui, "--smoke-test", docx, "--language", language], env)
        size = check_docx(docx)
        shown = json.loads(report.read_text("utf-8"))
        print(f"smoke: editor [{language}] menus {shown['menus']} "
              f"{shown['layout_direction']}, Qt says {shown['qt_cancel']!r}, "
              f"exported {size} bytes")
        missing = PACKAGE_DATA - set(shown["resources"])
        if missing or shown["user_guide_chars"] < 1000:
            sys.exit(f"smoke: FAILED, package data missing from the build: {sorted(missing)}")
        if language == "ar" and shown["layout_direction"] != "RightToLeft":
            sys.exit("smoke: FAILED, Arabic is not laid out right to left")
        if language in ("fr", "es") and shown["menus"] == english_menus:
            sys.exit(f"smoke: FAILED, the menus are not translated to {language}")
        if language in ("fr", "es") and shown["qt_cancel"] == "Cancel":
            sys.exit(f"smoke: FAILED, Qt's own {language} translations were not found")
        if language == "en":
            english_menus = shown["menus"]
    print("smoke: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
