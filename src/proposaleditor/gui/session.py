"""One open document: the domain Document, its undo stack, file, lock and recovery file.

Views never keep a copy of the document; they read it and refresh from the Change each command
reports through ``changed``.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from .. import settings as user_settings
from ..domain import commands as c
from ..domain import numbering
from ..domain.document import Document
from ..domain.proposals import Proposal
from ..domain.provisions import Provision
from ..formats import native
from ..storage import recovery
from .undo import UndoCommand


class DocumentSession(QObject):
    changed = Signal(object)  # Change
    message = Signal(str)  # one-line feedback for the status bar
    stateChanged = Signal()  # path, modified or autosave state

    def __init__(self, document: Document, path: str | os.PathLike | None = None, *,
                 parent: QObject | None = None, unsaved: bool = False):
        super().__init__(parent)
        self.document = document
        self.path: Path | None = Path(path) if path else None
        self.stack = QUndoStack(self)
        self.session_id = recovery.new_session_id()
        self.recovery = recovery.RecoveryStore(user_settings.folders().recovery)
        self._numbers: dict[str, str] | None = None
        self._parts: dict | None = None
        self._unsaved_without_undo = unsaved  # e.g. restored from a recovery file
        self._autosaved_index: int | None = None
        self.autosaved_at: str | None = None
        self.locked = False
        self._closed = False
        self.replayed = False  # true while views hear of an undo or redo
        self.stack.cleanChanged.connect(self._clean_changed)
        if self.path is not None and self.path.suffix.lower() == native.EXTENSION:
            self.locked = recovery.acquire_lock(self.path)

    def _clean_changed(self, _clean: bool) -> None:
        self.stateChanged.emit()

    # -- state ------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self._unsaved_without_undo or not self.stack.isClean()

    @property
    def title(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    @property
    def pristine(self) -> bool:
        """Never edited nor saved: a window showing it can take another document instead."""
        return self.path is None and not self.modified and self.stack.count() == 0

    def numbers(self) -> dict[str, str]:
        if self._numbers is None:
            self._numbers = numbering.numbers(self.document)
        return self._numbers

    def part(self, part_id: str | None):
        if self._parts is None:  # looked up on every keystroke: keep an index by id
            self._parts = {part.id: part for part in self.document.parts}
        return self._parts.get(part_id) if part_id else None

    def proposal(self, proposal_id: str | None) -> Proposal | None:
        part = self.part(proposal_id)
        return part if isinstance(part, Proposal) else None

    def provision(self, proposal_id: str | None, provision_id: str | None) -> Provision | None:
        proposal = self.proposal(proposal_id)
        return proposal.find(provision_id) if proposal and provision_id else None

    # -- edits ------------------------------------------------------------------------------
    def push(self, command: c.Command, title: str | None = None) -> bool:
        """Apply and record an edit; a refused edit changes nothing and says why."""
        try:
            change = command.apply(self.document)
        except c.CommandError as exc:
            self.message.emit(str(exc))
            return False
        self.notify(change)
        self.stack.push(UndoCommand(self, command, title))  # cleanChanged tells the window
        return True

    def notify(self, change: c.Change, replayed: bool = False) -> None:
        """Tell the views; ``replayed`` marks an undo or redo (the window shows where)."""
        if change.numbers or change.structure:
            self._numbers = None
        if change.structure:
            self._parts = None
        self.replayed = replayed
        try:
            self.changed.emit(change)
        finally:
            self.replayed = False

    # -- files ------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike | None = None) -> None:
        """Write the .itup file (atomically, previous version kept as .bak)."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file name to save to")
        native.save(self.document, target)
        if self.path != target:
            self.release()
            self.path = target
            self.locked = recovery.acquire_lock(target)
        self._unsaved_without_undo = False
        self.stack.setClean()
        self.recovery.discard(self.session_id)
        self._autosaved_index = None
        self.autosaved_at = None
        self.stateChanged.emit()

    def autosave(self) -> bool:
        """Write the recovery file if there are changes it does not hold yet."""
        if not self.modified or self._autosaved_index == self.stack.index():
            return False
        self.recovery.write(self.session_id, native.dumps(self.document), self.path)
        self._autosaved_index = self.stack.index()
        self.autosaved_at = datetime.now().strftime("%H:%M")
        self.stateChanged.emit()
        return True

    def release(self) -> None:
        if self.path is not None and self.locked:
            recovery.release_lock(self.path)
        self.locked = False

    def close(self) -> None:
        """A clean end of the session: no lock, no recovery file left behind."""
        if not self._closed:
            self._closed = True
            with contextlib.suppress(RuntimeError, TypeError):
                self.stack.cleanChanged.disconnect(self._clean_changed)
        self.release()
        self.recovery.discard(self.session_id)
