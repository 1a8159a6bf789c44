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


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommand", text)


def command_title(command: c.Command) -> str:
    """The words after Undo / Redo in the Edit menu."""
    titles = {
        c.EditText: _tr("Typing"),
        c.EditBlock: _tr("Typing"),
        c.EditReasons: _tr("Edit Reasons"),
        c.ReplaceAll: _tr("Replace All"),
        c.InsertProvision: _tr("Insert Provision"),
        c.RemoveProvision: _tr("Remove Provision"),
        c.SuppressProvision: _tr("Suppress Provision"),
        c.RestoreProvision: _tr("Restore Provision"),
        c.Indent: _tr("Indent"),
        c.Outdent: _tr("Outdent"),
        c.MoveProvision: _tr("Move Provision"),
        c.SetProvisionKind: _tr("Change Provision Kind"),
        c.SetMarker: _tr("Set Marker"),
        c.SetTarget: _tr("Change Target"),
        c.AddProposal: _tr("New Proposal"),
        c.RemoveProposal: _tr("Remove Proposal"),
        c.MoveProposal: _tr("Move Proposal"),
        c.SplitProvisionAsProposal: _tr("Split as Proposal"),
        c.MergeProposal: _tr("Merge Proposals"),
        c.ReviseResolution: _tr("Revise Resolution"),
        c.EditMetadata: _tr("Document Properties"),
        c.SetDocumentNumber: _tr("Set Document Number"),
    }
    return titles.get(type(command), _tr("Edit"))


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
