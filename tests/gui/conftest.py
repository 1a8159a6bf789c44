"""Fixtures for driving the real editor windows offscreen (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from proposaleditor import settings as user_settings


@pytest.fixture(autouse=True, scope="session")
def _clipboard_released_at_exit():
    """The application does this when it quits; pytest-qt's application never quits."""
    yield
    from proposaleditor.gui.app import release_clipboard

    release_clipboard()


@pytest.fixture
def settings():
    s = user_settings.Settings(first_run_done=True, administration="Indonesia (Republic of)",
                               symbol="INS", author="Test Drafter", conference="PP-14")
    user_settings.save(s)
    return s


@pytest.fixture
def make_window(qtbot, settings):
    """Windows that close without asking (the save question is tested on its own)."""
    from proposaleditor.gui.main_window import MainWindow

    def make(path=None, **kwargs):
        window = MainWindow(settings=settings, **kwargs)
        window.confirm_close = lambda: True
        window.resize(1400, 900)
        window.show()
        if path is not None:
            opened = window.open_path(path)
            assert opened is window
        return window

    yield make
    for window in list(MainWindow.windows):
        window.confirm_close = lambda: True
        window.close()
    MainWindow.windows.clear()


@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


@pytest.fixture
def answer():
    return answer_next_dialog


def answer_next_dialog(action, tries: int = 50):
    """Run ``action(dialog)`` on the next modal dialog once it is shown (exec() blocks)."""

    def attempt(left=tries):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: attempt(left - 1))
            return
        action(dialog)

    QTimer.singleShot(0, attempt)
