"""The domain, formats, storage and CLI must not need Qt: import them where PySide6 cannot load."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import proposaleditor

SRC = Path(proposaleditor.__file__).parent


def non_gui_modules():
    for info in pkgutil.walk_packages([str(SRC)], prefix="proposaleditor."):
        if ".gui" not in info.name and not info.name.endswith("__main__"):
            yield info.name


def test_every_module_outside_gui_imports_without_qt():
    modules = sorted(non_gui_modules())
    assert "proposaleditor.domain.revisions" in modules
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_source_outside_gui_mentions_pyside():
    offenders = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if "gui" not in p.relative_to(SRC).parts and "PySide6" in p.read_text("utf-8")
    ]
    assert offenders == []
