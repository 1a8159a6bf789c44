"""Small dialogs: keyboard shortcuts, crash recovery, export readiness, document number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..panels.problems import severity_icon
from . import ok_cancel


class ShortcutsDialog(QDialog):
    """Every action with a shortcut, by menu, read from the actions themselves."""

    def __init__(self, groups: list[tuple[str, list]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setObjectName("shortcuts")
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, actions in groups:
            rows = [(a.text().replace("&", ""), a.shortcuts()) for a in actions if a.shortcuts()]
            if not rows:
                continue
            head = QTreeWidgetItem([title, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.tree.addTopLevelItem(head)
            for name, keys in rows:
                text = ",  ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                self.tree.addTopLevelItem(QTreeWidgetItem(["    " + name.rstrip("…"), text]))
        layout.addWidget(self.tree)
        note = QLabel(self.tr("In the page: Enter adds the next item (splitting the text at the "
                              "caret), Tab / Shift+Tab indent and outdent, Backspace in an empty "
                              "new item removes it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(1):
                out.append((item.text(0).strip(), item.text(1)))
        return out


class RecoveryDialog(QDialog):
    """What a crash left behind: restore the checked documents, or discard them."""

    def __init__(self, recoveries, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.setObjectName("recovery")
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("ProposalEditor did not close properly last time. These documents "
                              "had changes that were not saved:"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        for r in recoveries:
            where = r.original or self.tr("never saved")
            item = QListWidgetItem(f"{r.title}  —  {r.saved_at.replace('T', ' ')[:16]}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, r)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Discard"),
                                                QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(lambda: self.done(2))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def checked(self) -> list:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class ReadinessDialog(QDialog):
    """Before an export: what the secretariat would send back. Errors need a confirmation."""

    def __init__(self, findings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before Exporting"))
        self.setObjectName("readiness")
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        errors = sum(1 for f in findings if getattr(f.severity, "value", "") == "error")
        summary = QLabel(self.tr("%1 problem(s) found, %2 of them error(s). The secretariat "
                                 "would ask for these to be fixed.").replace(
            "%1", str(len(findings))).replace("%2", str(errors)))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Where"), self.tr("Problem"), self.tr("How to fix")])
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        tree.setColumnWidth(1, 330)
        for f in findings:
            item = QTreeWidgetItem([" · ".join(x for x in (f.proposal_number, f.provision) if x)
                                    or self.tr("Cover"), f.message, f.hint])
            item.setIcon(0, severity_icon(getattr(f.severity, "value", "info")))
            tree.addTopLevelItem(item)
        layout.addWidget(tree)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("Export &Anyway") if errors else self.tr("&Export"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Fix First"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DocumentNumberDialog(QDialog):
    """The secretariat's number: every proposal number follows in one step."""

    def __init__(self, number: str | None, addendum: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set Document Number"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit(number or "")
        self.number.setPlaceholderText("82")
        self.number.setInputMask("")
        form.addRow(self.tr("Document &number:"), self.number)
        self.addendum = QSpinBox()
        self.addendum.setRange(0, 99)
        self.addendum.setSpecialValueText(self.tr("none"))
        self.addendum.setValue(addendum or 0)
        form.addRow(self.tr("&Addendum:"), self.addendum)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))

    def values(self) -> tuple[str | None, int | None]:
        return self.number.text().strip() or None, self.addendum.value() or None
