"""Print the project version from pyproject.toml (the one place it is written)."""

import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def project_version() -> str:
    return tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["version"]


if __name__ == "__main__":
    sys.stdout.write(project_version() + "\n")
