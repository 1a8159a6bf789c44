"""Frozen entry point of the command line (`proposaleditor-cli`), built without Qt."""

import sys

from proposaleditor.cli import main

if __name__ == "__main__":
    sys.exit(main())
