"""Update the interface translations and compile them into the package.

    python3 resources/build_translations.py            # lupdate, then lrelease
    python3 resources/build_translations.py --release  # lrelease only (after translating)

1. pyside6-lupdate collects every string the editor passes through tr() / translate() in
   src/proposaleditor/gui into resources/translations/proposaleditor_<lang>.ts, keeping the
   translations already there (strings no longer in the code are dropped).
2. pyside6-lrelease compiles each .ts into src/proposaleditor/resources/translations/*.qm, the
   package data the editor loads (gui/i18n.py). The .qm files are committed.

Translate with Qt Linguist (`pyside6-linguist FILE.ts`) or any .ts editor, then run --release.
Both tools ship with PySide6 (PySide6-Essentials includes them since 6.5).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "proposaleditor" / "gui"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "proposaleditor" / "resources" / "translations"
LANGUAGES = ("fr", "es", "ar")  # French and Spanish complete; Arabic partial (right to left)


def tool(name: str) -> str:
    """pyside6-<name> on PATH, else the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    binary = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not binary.exists():
        sys.exit(f"build_translations: {name} not found; install PySide6 (it ships the tool)")
    return str(binary)


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(language: str) -> Path:
    return TS_DIR / f"proposaleditor_{language}.ts"


def update(ts_files: list[Path], files: list[Path] | None = None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = files if files is not None else sources()
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *map(str, files), "-ts", *map(str, ts_files)], check=True)


def release(languages=LANGUAGES) -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        qm = QM_DIR / f"proposaleditor_{language}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)],
                       check=True)
        written.append(qm)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile only, no lupdate")
    args = parser.parse_args()
    if not args.release:
        update([ts_file(lang) for lang in LANGUAGES])
    for qm in release():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
