"""Documents opened from the desktop while the editor runs (macOS Finder, Dock, `open x.itup`).

macOS does not pass a double-clicked document on the command line: it sends the application a
QFileOpenEvent, at launch and later. The .itup document type in Info.plist routes those here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class FileOpenHandler(QObject):
    """Opens each FileOpen event's file in the editor; install on the QApplication."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.FileOpen:
            return False
        path = event.file()
        if not path:
            return False
        from .main_window import MainWindow

        window = MainWindow.windows[-1] if MainWindow.windows else MainWindow()
        opened = window.open_path(path) or window
        opened.show()
        opened.raise_()
        return True


def install(app) -> FileOpenHandler:
    handler = FileOpenHandler(app)
    app.installEventFilter(handler)
    return handler
