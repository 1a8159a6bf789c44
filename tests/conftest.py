import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "proposaleditor" / "resources" / "examples" / "pp14-doc82-indonesia.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Settings, data and recovery folders point at a temporary directory in every test."""
    home = tmp_path_factory.mktemp("userhome")
    monkeypatch.setenv("PROPOSALEDITOR_HOME", str(home))
    yield
