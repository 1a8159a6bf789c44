"""The PySide6 editor: adapts the domain, never holds a second copy of it."""
