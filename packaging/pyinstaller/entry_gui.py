"""Frozen entry point of the editor (PyInstaller runs this file as the `proposaleditor` program)."""

import sys

from proposaleditor.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
