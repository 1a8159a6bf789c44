"""Long work (reading, importing, exporting large files) off the GUI thread.

``run_in_background`` runs a function on the thread pool and waits in a local event loop, so the
window keeps painting and answering; a progress dialog appears if the work takes more than a
moment, and Cancel returns at once. Python code cannot be interrupted safely, so a cancelled job
runs to its end in the background and its result is dropped (an export's file is removed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class _Signals(QObject):
    done = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # reported to the user as a one-line message
            result, error = None, exc
        self.signals.done.emit(result, error)


@dataclass
class Outcome:
    result: Any = None
    error: Exception | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


_running: list = []  # jobs whose signals must outlive a cancelled wait


def run_in_background(parent: QWidget | None, label: str, fn: Callable[[], Any],
                      on_cancel: Callable[[Outcome], None] | None = None) -> Outcome:
    outcome = Outcome()
    loop = QEventLoop()
    job = _Job(fn)
    signals = job.signals
    _running.append(signals)
    finished = {"done": False}

    def done(result, error):
        finished["done"] = True
        if signals in _running:
            _running.remove(signals)
        if outcome.cancelled:
            if on_cancel is not None:
                on_cancel(Outcome(result, error, cancelled=True))
            return
        outcome.result, outcome.error = result, error
        loop.quit()

    signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    dialog.hide()

    def cancel():
        if not finished["done"]:
            outcome.cancelled = True
            loop.quit()

    dialog.canceled.connect(cancel)
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(lambda: None if finished["done"] else dialog.show())
    timer.start()
    QThreadPool.globalInstance().start(job)
    if not finished["done"]:
        loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    return outcome
