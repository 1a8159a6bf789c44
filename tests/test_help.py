"""Help > User Guide shows the packaged guide; Help > About shows version and licences."""

from importlib import metadata
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")
from PySide6.QtWidgets import QMainWindow  # noqa: E402

from proposaleditor import __version__  # noqa: E402
from proposaleditor.gui.help import BUNDLED, HelpActions, user_guide_markdown  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def test_packaged_guide_is_the_docs_guide():
    # docs/user-guide.md is the one to edit; copy it to the package after editing.
    assert user_guide_markdown() == (ROOT / "docs" / "user-guide.md").read_text("utf-8")


def test_guide_covers_the_tasks():
    guide = user_guide_markdown()
    for heading in ("Draft a MOD", "Draft an ADD", "Draft a SUP", "Draft a NOC", "Numbering",
                    "Export", "Check", "Compare", "Recover after a crash",
                    "Where settings and recovery files live"):
        assert f"## {heading}" in guide, heading


@pytest.fixture
def help_actions(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Help")
    return window, menu, HelpActions(window, menu)


def test_help_menu_opens_the_guide(help_actions):
    _window, menu, actions = help_actions
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&User Guide", "&About ProposalEditor"]
    actions.guide.trigger()
    browser = actions.dialogs["guide"].browser
    assert "Draft a MOD" in browser.toPlainText()
    assert browser.document().blockCount() > 50  # rendered as Markdown, headings and lists


def test_about_shows_version_and_licences(help_actions):
    _window, _menu, actions = help_actions
    actions.about.trigger()
    text = actions.dialogs["about"].browser.toPlainText()
    assert f"ProposalEditor {__version__}" in text
    for name, dist, licence in BUNDLED:
        assert name in text and licence in text
        if dist and dist != "PySide6-Essentials":
            assert metadata.version(dist) in text
    assert "GPL-3.0-or-later" in text
