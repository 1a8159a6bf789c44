"""``proposaleditor --smoke-test OUT.docx [FILE]``: check a build with nobody at the screen.

Runs the editor the way a person would, through its main window: opens FILE (default: the
bundled example), exports it to OUT (.docx or .odt) with the window's own export, writes what the
window showed to OUT.json (title, menu titles, layout direction, language, proposal count) and a
screenshot to OUT.png, closes the window and exits 0. Works on the offscreen platform
(QT_QPA_PLATFORM=offscreen), so packaging scripts and CI can run it. Any failure prints one
line on stderr and exits 1; a watchdog ends a run that waits on a dialog.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

WATCHDOG_SECONDS = 240


def _fail(message: str) -> int:
    print(f"proposaleditor: smoke test failed: {message}", file=sys.stderr)
    return 1


def _watchdog() -> QTimer:
    def expired():
        _fail(f"still running after {WATCHDOG_SECONDS} s (a dialog waiting for an answer?)")
        QCoreApplication.exit(1)
        sys.exit(1)  # a modal dialog's own loop would otherwise keep going

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(expired)
    timer.start(WATCHDOG_SECONDS * 1000)
    return timer


def run(output: str | Path, files: list[str], settings, language: str) -> int:
    from .app import example_path
    from .main_window import MainWindow

    output = Path(output).resolve()
    if output.suffix.lower() not in (".docx", ".odt"):
        return _fail(f"{output.name}: the output must be a .docx or .odt file")
    source = Path(files[0]) if files else example_path()
    app = QApplication.instance()
    watchdog = _watchdog()  # noqa: F841  (kept alive until the run ends)

    from ..formats.errors import FormatError
    from ..formats.registry import read_document

    try:  # a bad file would stop at the window's error dialog: report it here in one line
        read_document(source)
    except FormatError as exc:
        return _fail(str(exc))

    window = MainWindow(settings=settings)
    window.show()
    app.processEvents()
    opened = window.open_path(source, ask=False)
    if opened is None:
        return _fail(f"could not open {source}")
    opened.show()
    app.processEvents()
    document = opened.session.document
    proposals = len(document.proposals)
    if not proposals:
        return _fail(f"{source.name} shows no proposals")
    if not opened.export_to(output):
        return _fail(f"could not export {output.name}")
    if not output.is_file() or output.stat().st_size == 0:
        return _fail(f"{output.name} was not written")

    menus = [a.text().replace("&", "") for a in opened.menuBar().actions() if a.menu()]
    from .help import user_guide_markdown

    package_data = resources.files("proposaleditor.resources")
    report = {
        "window_title": opened.windowTitle(),
        "menus": menus,
        "layout_direction": app.layoutDirection().name,
        "language": language,
        "locale": QLocale().name(),
        # Qt's own strings (standard buttons): shows Qt's translations were found in the build
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "proposals": proposals,
        "exported": str(output),
        # package data as the running build sees it (a frozen build must carry all of it)
        "resources": sorted(entry.name for entry in package_data.iterdir()
                            if entry.is_dir() and not entry.name.startswith("__")),
        "user_guide_chars": len(user_guide_markdown()),
        "bytes": output.stat().st_size,
    }
    output.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=2),
                                           "utf-8")
    opened.grab().save(str(output.with_suffix(".png")))
    for window in list(MainWindow.windows):
        if not window.close():
            return _fail("the window refused to close")
    print(f"smoke test passed: {source.name} -> {output.name} ({report['bytes']} bytes), "
          f"{proposals} proposals, menus {' '.join(menus)}, {report['layout_direction']}")
    return 0
