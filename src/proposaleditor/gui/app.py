"""``proposaleditor [FILE]``: start the editor.

With a file, opens it. Without one, offers to restore what a crash left behind; on the very first
run it opens the bundled example (PP-14 Document 82, Indonesia) so there is something to try.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from .. import __version__
from .. import settings as user_settings
from ..formats import native
from ..storage.recovery import RecoveryStore
from .editing import MIME_PROVISIONS

EXAMPLE = ("examples", "pp14-doc82-indonesia.txt")
DESKTOP_ID = "org.proposaleditor.ProposalEditor"  # packaging/linux/DESKTOP_ID.desktop


def example_path() -> Path:
    return Path(str(resources.files("proposaleditor.resources").joinpath(*EXAMPLE)))


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("proposaleditor.resources").joinpath("icons")
    for size in (16, 32, 48, 64, 128, 256):
        entry = folder.joinpath(f"proposaleditor-{size}.png")
        if entry.is_file():
            icon.addFile(str(entry))
    return icon


def release_clipboard() -> None:
    """Leave copied provisions on the clipboard as plain text before Qt shuts down.

    PySide6 crashes at exit while the clipboard holds a QMimeData made in Python (our
    provisions format); plain text set by Qt itself is safe and still pastes elsewhere.
    """
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME_PROVISIONS):
        clipboard.setText(data.text())


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ProposalEditor")
    app.setOrganizationName("ProposalEditor")
    app.setApplicationVersion(__version__)
    # The installed desktop entry's name: Wayland docks find the icon and name through it.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    app.aboutToQuit.connect(release_clipboard)
    return app


def offer_recovery(settings) -> list:
    """Windows with documents restored from recovery files, if the user wants them."""
    from .dialogs.simple import RecoveryDialog

    store = RecoveryStore(user_settings.folders().recovery)
    orphans = store.orphaned()
    if not orphans:
        return []
    dialog = RecoveryDialog(orphans)
    result = dialog.exec()
    windows = []
    if result == QDialog.DialogCode.Accepted:
        for record in dialog.checked():
            windows.append(restore(record, settings))
    elif result == 2:  # discard
        for record in dialog.checked():
            record.path.unlink(missing_ok=True)
    return windows


def restore(record, settings):
    """A window with a recovered document: unsaved, and never written over its file until the
    user saves."""
    from .main_window import MainWindow
    from .session import DocumentSession

    document = native.loads(record.text, str(record.path))
    session = DocumentSession(document, record.original, unsaved=True)
    window = MainWindow(session, settings)
    record.path.unlink(missing_ok=True)  # the new session keeps its own recovery copy
    text = QCoreApplication.translate("MainWindow", "Restored from the recovery copy of %1.")
    window.show_message(text.replace("%1", record.saved_at.replace("T", " ")[:16]))
    return window


def start(paths: list[str], settings=None) -> list:
    """Open the windows for a start with these files (the work of main(), testable)."""
    from .main_window import MainWindow

    settings = settings or user_settings.load()
    windows = [] if paths else offer_recovery(settings)
    for path in paths:
        window = (windows[-1] if windows else MainWindow(settings=settings))
        opened = window.open_path(path)
        if opened is not None and opened not in windows:
            windows.append(opened)
        elif opened is None and window not in windows:
            windows.append(window)
    if not windows:
        window = MainWindow(settings=settings)
        if not settings.first_run_done:
            window.open_path(example_path())
            settings.first_run_done = True
            user_settings.save(settings)
        windows.append(window)
    for window in windows:
        window.show()
    return windows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="proposaleditor",
                                     description="Edit proposals to ITU conferences.")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="a .itup file to open, or a DOCX / ODT / TXT file to import")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--language", metavar="CODE",
                        help="interface language for this run: en, fr, es, ar")
    parser.add_argument("--smoke-test", metavar="OUT", help="open FILE (default: the example), "
                        "export it to OUT (.docx/.odt), write OUT.json and OUT.png, exit")
    args, qt_args = parser.parse_known_args(argv)
    app = create_application([sys.argv[0], *qt_args])
    settings = user_settings.load()
    from . import i18n

    language = i18n.install(args.language or settings.ui_language, app)
    if args.smoke_test:
        from .smoke import run as smoke_test

        return smoke_test(args.smoke_test, args.files, settings, language)
    from . import file_open

    file_open.install(app)  # macOS hands double-clicked .itup files over as events
    windows = start(args.files, settings)
    if not windows:
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
