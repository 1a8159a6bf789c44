"""The readiness checks, live: re-run shortly after the last edit; double-click jumps there."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from .. import icons, theme

DEBOUNCE_MS = 400


def severity_icon(severity: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.severity_color(severity))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.drawText(0, 0, size, size, Qt.AlignmentFlag.AlignCenter,
                     "i" if severity == "info" else "!")
    painter.end()
    return QIcon(pixmap)


class ProblemsPanel(QTreeWidget):
    jumpRequested = Signal(object, object)  # proposal_id, provision_id
    findingsChanged = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("problems")
        self.setAccessibleName(self.tr("Problems"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("Where"), self.tr("Problem"), self.tr("How to fix")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(1, 420)
        self.itemActivated.connect(self._activated)
        self.session = None
        self.findings: list = []
        self.notes: list[str] = []  # what the reader of an imported file had to guess
        self.last_check_seconds = 0.0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self.available = True
        self.checked = False

    def set_session(self, session, notes: list[str] | None = None) -> None:
        """Checks run once the window has shown the document, not before."""
        self.session = session
        self.notes = list(notes or [])
        self.findings = []
        self.checked = False
        self._fill()
        self._timer.start(0)

    def schedule(self) -> None:
        # on a large document the checks take a moment: wait for a longer pause in typing
        self._timer.start(max(DEBOUNCE_MS, int(self.last_check_seconds * 4000)))

    def check_now(self) -> None:
        self._timer.stop()
        if self.session is None:
            return
        try:
            from ...domain import validation
        except ImportError:
            self.available = False
            self.findings = []
        else:
            started = time.perf_counter()
            self.findings = validation.check(self.session.document)
            self.last_check_seconds = time.perf_counter() - started
        self.checked = True
        self._fill()
        self.findingsChanged.emit(self.findings)

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for f in self.findings if _severity(f) == "error")
        warnings = sum(1 for f in self.findings if _severity(f) == "warning")
        return errors, warnings

    def _fill(self) -> None:
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            rank = {"error": 0, "warning": 1, "info": 2}
            for f in sorted(self.findings, key=lambda f: rank.get(_severity(f), 3)):
                where = " · ".join(x for x in (f.proposal_number, f.provision) if x) \
                    or self.tr("Cover")
                item = QTreeWidgetItem([where, f.message, f.hint])
                item.setIcon(0, severity_icon(_severity(f)))
                item.setToolTip(1, f"{f.code}: {f.message}")
                item.setToolTip(2, f.hint)
                item.setData(0, Qt.ItemDataRole.UserRole, (f.proposal_id, f.provision_id))
                self.addTopLevelItem(item)
            if self.available and not self.findings and self.session is not None \
                    and self.checked:
                done = QTreeWidgetItem(["", self.tr("No problems found: ready to submit."), ""])
                done.setIcon(0, icons.icon("check"))
                self.addTopLevelItem(done)
            for note in self.notes:
                item = QTreeWidgetItem([self.tr("Import"), note,
                                        self.tr("Check this place in the page.")])
                item.setIcon(0, severity_icon("info"))
                self.addTopLevelItem(item)
            if not self.available:
                self.addTopLevelItem(QTreeWidgetItem(
                    ["", self.tr("Readiness checks are not available in this version."), ""]))
        finally:
            self.setUpdatesEnabled(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.jumpRequested.emit(*target)


def _severity(finding) -> str:
    return getattr(finding.severity, "value", str(finding.severity))
