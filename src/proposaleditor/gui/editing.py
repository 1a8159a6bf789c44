"""Editing the document's structure from the window: provisions (insert, indent, move,
suppress, Enter and Backspace in the page), copy and paste of provisions, and proposals
(markers, revision of a resolution, moving, merging, new proposals).

A mixin of MainWindow: it works on the window's session, selection, page and outline.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from ..domain import commands as c
from ..domain.document import Document
from ..domain.proposals import Marker, Proposal
from ..domain.provisions import Provision, ProvisionKind, Status
from ..formats import native
from ..formats.errors import FormatError

MIME_PROVISIONS = "application/x-proposaleditor-provisions"
# Calls whose items are numbered (1 2 3) rather than lettered (a) b) c)), by their first word.
_NUMBERED_CALLS = ("resolv", "decide", "instruct", "invite", "request", "further", "urge",
                   "encourag", "call", "recommend", "charge", "décide", "resuelve")


class EditingMixin:
    # -- provisions ---------------------------------------------------------------------------
    def _need_provision(self) -> tuple[Proposal, Provision] | None:
        proposal, provision = self._context()
        if proposal is None or provision is None:
            self.show_message(self.tr("Select a provision first."))
            return None
        return proposal, provision

    def _new_item_after(self, anchor: Provision) -> tuple[str, Provision]:
        """Where Enter / Insert Item After puts a new provision, and what kind it is."""
        if anchor.kind is ProvisionKind.CALL:
            if anchor.children:
                return "before", c.new_item_like(anchor.children[0])
            text = anchor.text.strip().lower()
            kind = ProvisionKind.NUMBERED_ITEM if text.startswith(_NUMBERED_CALLS) \
                else ProvisionKind.LETTERED_ITEM
            return "child", Provision(kind, draft=(), label="1" if kind is
                                      ProvisionKind.NUMBERED_ITEM else "a)")
        return "after", c.new_item_like(anchor)

    def insert_after(self) -> None:
        proposal, provision = self._context()
        if proposal is None:
            self.show_message(self.tr("Select a proposal first."))
            return
        if provision is None:
            new = Provision(ProvisionKind.PARAGRAPH, draft=())
            if self.session.push(c.InsertProvision(proposal.id, None, "end", [new])):
                self.focus_provision(proposal.id, new.id)
            return
        where, new = self._new_item_after(provision)
        anchor = provision.children[0].id if where == "before" else provision.id
        if self.session.push(c.InsertProvision(proposal.id, anchor, where, [new])):
            self.focus_provision(proposal.id, new.id)

    def insert_before(self) -> None:
        found = self._need_provision()
        if found:
            proposal, provision = found
            new = c.new_item_like(provision)
            if self.session.push(c.InsertProvision(proposal.id, provision.id, "before", [new])):
                self.focus_provision(proposal.id, new.id)

    def insert_child(self) -> None:
        found = self._need_provision()
        if found:
            proposal, provision = found
            new = c.new_sub_item(provision)
            if self.session.push(c.InsertProvision(proposal.id, provision.id, "child", [new])):
                self.focus_provision(proposal.id, new.id)

    def _keep_focus(self, command_for) -> None:
        found = self._need_provision()
        if found:
            proposal, provision = found
            try:
                command = command_for(proposal, provision)
            except c.CommandError as exc:
                self.show_message(str(exc))
                return
            caret = self.editor.caret()
            if self.session.push(command):
                self._select("provision", proposal.id, provision.id, None)
                if caret and caret[0][2] == provision.id:
                    self.editor.place_caret(*caret)

    def indent(self) -> None:
        self._keep_focus(lambda p, v: c.Indent(p.id, v.id))

    def outdent(self) -> None:
        self._keep_focus(lambda p, v: c.Outdent(p.id, v.id))

    def move_up(self) -> None:
        self._keep_focus(lambda p, v: c.MoveProvision.by(self.session.document, p.id, v.id, -1))

    def move_down(self) -> None:
        self._keep_focus(lambda p, v: c.MoveProvision.by(self.session.document, p.id, v.id, +1))

    def suppress_or_restore(self) -> None:
        found = self._need_provision()
        if not found:
            return
        proposal, provision = found
        if provision.status is Status.SUPPRESSED:
            self.session.push(c.RestoreProvision(proposal.id, provision.id))
        elif provision.base is None:
            self.session.push(c.SuppressProvision(proposal.id, provision.id))
            self._select("proposal", proposal.id, proposal.id, None)
        else:
            self.session.push(c.SuppressProvision(proposal.id, provision.id))

    def remove_provision(self) -> None:
        found = self._need_provision()
        if not found:
            return
        proposal, provision = found
        if provision.base is not None:
            self.show_message(self.tr("This provision is in force: suppress it instead, so the "
                                      "deletion shows."))
            return
        if self.session.push(c.RemoveProvision(proposal.id, provision.id)):
            self._select("proposal", proposal.id, proposal.id, None)

    def split_provision(self) -> None:
        found = self._need_provision()
        if found:
            proposal, provision = found
            command = c.SplitProvisionAsProposal(proposal.id, provision.id)
            if self.session.push(command):
                self._select("proposal", command.new_proposal.id, command.new_proposal.id, None)

    def _editor_structure(self, request: str) -> None:
        if request == "indent":
            self.indent()
        elif request == "outdent":
            self.outdent()
        elif request == "enter":
            self._enter()
        elif request == "remove-empty":
            self._remove_empty()

    def _enter(self) -> None:
        """Enter in a provision: the text after the caret goes into a new item after it."""
        split = self.editor.split_point()
        if split is None:
            return
        para, before, after = split
        proposal = self.session.proposal(para.proposal_id)
        provision = proposal.find(para.target_id) if proposal else None
        if provision is None:
            return
        where, new = self._new_item_after(provision)
        anchor = provision.children[0].id if where == "before" else provision.id
        if after:
            new.draft = after
            stack = self.session.stack
            stack.beginMacro(self.tr("Split Item"))
            self.session.push(c.EditText(proposal.id, provision.id, before))
            self.session.push(c.InsertProvision(proposal.id, anchor, where, [new]))
            stack.endMacro()
        elif not self.session.push(c.InsertProvision(proposal.id, anchor, where, [new])):
            return
        self.focus_provision(proposal.id, new.id)

    def _remove_empty(self) -> None:
        proposal, provision = self._context()
        if provision is None or provision.base is not None or provision.text:
            return
        previous = None
        for para in self.editor.paras:
            if para.target_id == provision.id:
                break
            if para.kind == "provision" and para.editable:
                previous = para
        if self.session.push(c.RemoveProvision(proposal.id, provision.id)) and previous:
            self.focus_provision(proposal.id, previous.target_id, at_end=True)

    # -- copy and paste of provisions ---------------------------------------------------------
    def _focus_in_editor(self) -> bool:
        return self.editor.hasFocus()

    def copy(self) -> None:
        if self._focus_in_editor():
            self.editor.copy()
            return
        proposal, provision = self._context()
        if provision is None:
            return
        data = QMimeData()
        holder = Document(parts=[Proposal(Marker.NOC, provisions=[provision])])
        data.setData(MIME_PROVISIONS, QByteArray(native.dumps(holder).encode("utf-8")))
        data.setText("\n".join(p.text for p in provision.walk()))
        QGuiApplication.clipboard().setMimeData(data)
        self.show_message(self.tr("Provision copied."))

    def cut(self) -> None:
        if self._focus_in_editor():
            self.editor.copy()
            if self.editor.textCursor().hasSelection():
                self.editor.delete(backwards=True)
            return
        self.copy()
        found = self._need_provision()
        if found:
            self.session.push(c.SuppressProvision(found[0].id, found[1].id))

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasFormat(MIME_PROVISIONS):
            try:
                holder = native.loads(bytes(data.data(MIME_PROVISIONS)).decode("utf-8"))
            except FormatError:
                return
            copies = [c.clone_as_added(p) for p in holder.proposals[0].provisions]
            proposal, provision = self._context()
            if proposal is None or not copies:
                return
            command = (c.InsertProvision(proposal.id, provision.id, "after", copies) if provision
                       else c.InsertProvision(proposal.id, None, "end", copies))
            if self.session.push(command):
                self.focus_provision(proposal.id, copies[0].id)
            return
        self.editor.setFocus()
        self.editor.paste_text()

    # -- proposals ----------------------------------------------------------------------------
    def _proposal(self, proposal_id=None) -> Proposal | None:
        proposal = self.session.proposal(proposal_id) if proposal_id else self._context()[0]
        if proposal is None:
            self.show_message(self.tr("Select a proposal first."))
        return proposal

    def set_marker(self, marker: Marker, proposal_id: str | None = None) -> bool:
        proposal = self._proposal(proposal_id)
        if proposal is None or proposal.marker is marker:
            return False
        command = c.SetMarker(proposal.id, marker)
        if marker.tracked and proposal.provisions and not c.has_base(proposal):
            from .dialogs.new_proposal import BaseTextDialog

            dialog = BaseTextDialog(self, self.library)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            command = c.SetMarker(proposal.id, marker, base=dialog.base.provisions) \
                if dialog.base is not None else c.SetMarker(proposal.id, marker,
                                                            adopt_as_base=True)
        collapsing = marker.identification_only and any(
            not (p.kind.identification or p.kind is ProvisionKind.PROVISION_NUMBER)
            for p in proposal.provisions)
        if not self.session.push(command):
            return False
        self._select("proposal", proposal.id, proposal.id, None)
        if collapsing:
            self.show_message(self.tr("%1 shows the identification only: the body was taken "
                                      "out (Undo brings it back).").replace("%1", marker.value))
        return True

    def revise_resolution(self) -> None:
        proposal = self._proposal()
        if proposal is not None and self.session.push(c.ReviseResolution(proposal.id)):
            self.show_message(self.tr("Number line and enacting formula now cite this "
                                      "conference."))

    def _move_proposal(self, step: int) -> None:
        proposal = self._proposal()
        if proposal is None:
            return
        try:
            command = c.MoveProposal.by(self.session.document, proposal.id, step)
        except c.CommandError as exc:
            self.show_message(str(exc))
            return
        if self.session.push(command):
            self._select("proposal", proposal.id, proposal.id, None)

    def proposal_up(self) -> None:
        self._move_proposal(-1)

    def proposal_down(self) -> None:
        self._move_proposal(+1)

    def merge_proposal(self) -> None:
        proposal = self._proposal()
        if proposal is None:
            return
        previous = None
        for p in self.session.document.iter_proposals():
            if p is proposal:
                break
            previous = p
        if self.session.push(c.MergeProposal(proposal.id)) and previous is not None:
            self._select("proposal", previous.id, previous.id, None)

    def remove_proposal(self) -> None:
        proposal = self._proposal()
        if proposal is not None:
            self.session.push(c.RemoveProposal(proposal.id))

    def new_proposal(self) -> None:
        from .dialogs.new_proposal import NewProposalDialog

        dialog = NewProposalDialog(self, self.library)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_proposal(dialog.result_proposal)

    def add_proposal(self, proposal: Proposal) -> bool:
        """After the selected proposal, or at the end of the document."""
        parts = self.session.document.parts
        current = self._context()[0]
        index = parts.index(current) + 1 if current in parts else len(parts)
        if not self.session.push(c.AddProposal(proposal, index)):
            return False
        self.outline.setExpanded(self.model.index_of_section(proposal.id), True)
        self._select("proposal", proposal.id, proposal.id, None)
        return True
