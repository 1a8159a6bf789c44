"""Domain commands on a QUndoStack: one stack per open document.

A command is applied before it is pushed (so a refused edit never reaches the stack); the first
``redo()`` the stack calls on push is then skipped. Typing in one provision merges into one undo
step until the user pauses.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain import commands as c

MERGE_PAUSE_SECONDS = 2.0
_MERGE_ID = 1


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def command_title(command: c.Command) -> str:
    """The words after Undo / Redo in the Edit menu."""
    titles = {
        c.EditText: translate("UndoCommand", "Typing"),
        c.EditBlock: translate("UndoCommand", "Typing"),
        c.EditReasons: translate("UndoCommand", "Edit Reasons"),
        c.ReplaceAll: translate("UndoCommand", "Replace All"),
        c.InsertProvision: translate("UndoCommand", "Insert Provision"),
        c.RemoveProvision: translate("UndoCommand", "Remove Provision"),
        c.SuppressProvision: translate("UndoCommand", "Suppress Provision"),
        c.RestoreProvision: translate("UndoCommand", "Restore Provision"),
        c.Indent: translate("UndoCommand", "Indent"),
        c.Outdent: translate("UndoCommand", "Outdent"),
        c.MoveProvision: translate("UndoCommand", "Move Provision"),
        c.SetProvisionKind: translate("UndoCommand", "Change Provision Kind"),
        c.SetMarker: translate("UndoCommand", "Set Marker"),
        c.SetTarget: translate("UndoCommand", "Change Target"),
        c.AddProposal: translate("UndoCommand", "New Proposal"),
        c.RemoveProposal: translate("UndoCommand", "Remove Proposal"),
        c.MoveProposal: translate("UndoCommand", "Move Proposal"),
        c.SplitProvisionAsProposal: translate("UndoCommand", "Split as Proposal"),
        c.MergeProposal: translate("UndoCommand", "Merge Proposals"),
        c.ReviseResolution: translate("UndoCommand", "Revise Resolution"),
        c.EditMetadata: translate("UndoCommand", "Document Properties"),
        c.SetDocumentNumber: translate("UndoCommand", "Set Document Number"),
    }
    return titles.get(type(command), translate("UndoCommand", "Edit"))


class UndoCommand(QUndoCommand):
    def __init__(self, session, command: c.Command, title: str | None = None):
        super().__init__(title or command_title(command))
        self.session = session
        self.command = command
        self._skip_first_redo = True  # applied by the session before the push
        self._stamp = time.monotonic()

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.session.notify(self.command.apply(self.session.document), replayed=True)

    def undo(self) -> None:
        self.session.notify(self.command.revert(self.session.document), replayed=True)

    def id(self) -> int:
        return _MERGE_ID if isinstance(self.command, (c.EditText, c.EditBlock, c.EditReasons)) \
            else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoCommand) or other._stamp - self._stamp > MERGE_PAUSE_SECONDS:
            return False
        if self.command.merge_with(other.command):
            self._stamp = other._stamp
            return True
        return False
