"""Find and replace in the draft text of the document (provisions and reasons)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...domain import commands as c
from ...domain.inline import plain_text


def matches(document, pattern):
    """(proposal id, provision id or None for reasons, start, end) in document order."""
    for proposal in document.iter_proposals():
        for p in proposal.walk():
            if p.draft:
                for m in pattern.finditer(plain_text(p.draft)):
                    yield proposal.id, p.id, m.start(), m.end()
        for m in pattern.finditer(plain_text(proposal.reasons)):
            yield proposal.id, None, m.start(), m.end()


class FindReplaceDialog(QDialog):
    """Non-modal: the user keeps editing while it is open."""

    found = Signal(str, object, int, int)  # proposal id, provision id, start, end

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Find and Replace"))
        self.setObjectName("findReplace")
        self.setModal(False)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.find = QLineEdit()
        self.find.setAccessibleName(self.tr("Find"))
        self.replace = QLineEdit()
        self.replace.setAccessibleName(self.tr("Replace with"))
        form.addRow(self.tr("&Find:"), self.find)
        form.addRow(self.tr("Replace &with:"), self.replace)
        layout.addLayout(form)
        options = QHBoxLayout()
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.whole_words = QCheckBox(self.tr("Whole &words"))
        options.addWidget(self.match_case)
        options.addWidget(self.whole_words)
        options.addStretch()
        layout.addLayout(options)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.next_button = QPushButton(self.tr("Find &Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.find_next)
        self.all_button = QPushButton(self.tr("Replace &All"))
        self.all_button.clicked.connect(self.replace_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for b in (self.next_button, self.all_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._last: tuple | None = None

    def _pattern(self):
        if not self.find.text():
            return None
        return c.search_pattern(self.find.text(), match_case=self.match_case.isChecked(),
                                whole_words=self.whole_words.isChecked())

    def find_next(self) -> bool:
        pattern = self._pattern()
        if pattern is None:
            return False
        hits = list(matches(self.window.session.document, pattern))
        if not hits:
            self.status.setText(self.tr("Not found."))
            return False
        index = 0
        if self._last in hits:
            index = (hits.index(self._last) + 1) % len(hits)
        self._last = hits[index]
        self.status.setText(self.tr("Match %1 of %2").replace("%1", str(index + 1))
                            .replace("%2", str(len(hits))))
        self.found.emit(*self._last)
        return True

    def replace_all(self) -> int:
        pattern = self._pattern()
        if pattern is None:
            return 0
        command = c.ReplaceAll(self.find.text(), self.replace.text(),
                               match_case=self.match_case.isChecked(),
                               whole_words=self.whole_words.isChecked())
        if not any(True for _ in matches(self.window.session.document, pattern)):
            self.status.setText(self.tr("Not found."))
            return 0
        self.window.session.push(command)
        self.status.setText(self.tr("Replaced %1.").replace("%1", str(command.count)))
        self._last = None
        return command.count
