"""Help menu: the user guide (Markdown shipped as package data) and About (version, licences)."""

from __future__ import annotations

import platform
from importlib import metadata, resources

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__

GUIDE = ("docs", "user-guide.md")

# The libraries inside the self-contained build, with the licence they are used under.
BUNDLED: tuple[tuple[str, str | None, str], ...] = (
    ("Qt", None, "LGPL-3.0-only"),
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0-only"),
    ("python-docx", "python-docx", "MIT"),
    ("odfpy", "odfpy", "Apache-2.0, GPL-2.0-or-later or LGPL-2.1-or-later (choice)"),
    ("appdirs", "appdirs", "MIT"),
    ("lxml (with libxml2 and libxslt)", "lxml", "BSD-3-Clause (libxml2, libxslt: MIT)"),
    ("Python", None, "PSF-2.0"),
)


def user_guide_markdown() -> str:
    entry = resources.files("proposaleditor.resources") / GUIDE[0] / GUIDE[1]
    return entry.read_text("utf-8")


def _version(dist: str | None, name: str) -> str:
    if name == "Qt":
        return qVersion()
    if name == "Python":
        return platform.python_version()
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return pyside_version if dist and dist.startswith("PySide6") else "?"


class TextDialog(QDialog):
    """A resizable, non-modal window showing Markdown."""

    def __init__(self, title: str, markdown: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


class HelpActions(QObject):
    """Help > User Guide and Help > About for a main window's menu."""

    def __init__(self, window: QWidget, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.dialogs: dict[str, TextDialog] = {}
        # No shortcut: F1 already opens Help > Keyboard Shortcuts.
        self.guide = QAction(self.tr("&User Guide"), window)
        self.guide.triggered.connect(self.show_guide)
        self.about = QAction(self.tr("&About ProposalEditor"), window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu
        self.about.triggered.connect(self.show_about)
        menu.addAction(self.guide)
        menu.addSeparator()
        menu.addAction(self.about)

    def about_markdown(self) -> str:
        rows = "\n".join(f"| {name} | {_version(dist, name)} | {licence} |"
                         for name, dist, licence in BUNDLED)
        # tr() calls outside f-strings: lupdate does not look inside them
        library, version, licence = self.tr("Library"), self.tr("Version"), self.tr("Licence")
        parts = [
            f"## ProposalEditor {__version__}",
            self.tr("Draft, export and review proposals to ITU conferences."),
            self.tr("ProposalEditor is free software under the GNU General Public License, "
                    "version 3 or later (GPL-3.0-or-later)."),
            "### " + self.tr("Bundled libraries"),
            f"| {library} | {version} | {licence} |\n|---|---|---|\n{rows}",
            self.tr("Qt and PySide6 are used under the LGPL-3.0: they are separate shared "
                    "libraries in the application folder and can be replaced by compatible "
                    "builds."),
        ]
        return "\n\n".join(parts) + "\n"

    def _show(self, key: str, title: str, markdown: str) -> TextDialog:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = self.dialogs[key] = TextDialog(title, markdown, self.window)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_guide(self) -> TextDialog:
        return self._show("guide", self.tr("ProposalEditor User Guide"), user_guide_markdown())

    def show_about(self) -> TextDialog:
        return self._show("about", self.tr("About ProposalEditor"), self.about_markdown())
