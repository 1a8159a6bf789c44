"""The main window: outline, clause editor, properties, problems; files and safety."""

from __future__ import annotations

import base64
import gc
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings as user_settings
from ..domain import commands as c
from ..domain.conferences import conference
from ..domain.document import Document, Metadata
from ..domain.proposals import Marker, Proposal
from ..domain.provisions import Provision, ProvisionKind, Status
from ..formats import native
from ..formats.errors import FormatError
from ..storage import recovery
from ..storage.atomic import WriteError
from ..storage.library import Library
from .actions import Actions
from .editor.page import ClauseEditor
from .editor.paragraphs import ViewMode
from .outline.model import OutlineModel
from .outline.view import OutlineView
from .panels.problems import ProblemsPanel
from .panels.properties import PropertiesPanel
from .sections import Section, section_of_part
from .session import DocumentSession
from .workers import run_in_background

MIME_PROVISIONS = "application/x-proposaleditor-provisions"
OPEN_FILTER = "ProposalEditor (*.itup);;Word (*.docx);;OpenDocument (*.odt);;Text (*.txt *.md)"
_NUMBERED_CALLS = ("resolv", "decide", "instruct", "invite", "request", "further", "urge",
                   "encourag", "call", "recommend", "charge", "décide", "resuelve")


class MainWindow(QMainWindow):
    windows: list[MainWindow] = []

    def __init__(self, session: DocumentSession | None = None,
                 settings: user_settings.Settings | None = None, notes: list[str] | None = None):
        super().__init__()
        MainWindow.windows.append(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("ProposalEditor"))
        self.setAcceptDrops(True)
        self.settings = settings or user_settings.load()
        self.folders = user_settings.folders().ensure()
        self.library = Library(self.folders.library)
        self.undo_group = QUndoGroup(self)
        self.session: DocumentSession | None = None
        self.current: tuple = ("cover", None, "cover")
        self._find_dialog = None
        self._compare_window = None
        self._build()
        self.set_session(session or DocumentSession(self.blank_document()), notes)
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start(max(self.settings.autosave_seconds, 5) * 1000)
        self._restore_geometry()

    # -- building -----------------------------------------------------------------------------
    def session_stack_action(self, which: str):
        if which == "undo":
            action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
            action.setShortcuts(QKeySequence.StandardKey.Undo)
        else:
            action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
            action.setShortcuts(QKeySequence.StandardKey.Redo)
        return action

    def _build(self) -> None:
        self.editor = ClauseEditor()
        self.editor.paragraphActivated.connect(self._editor_activated)
        self.editor.structureRequested.connect(self._editor_structure)
        self.editor.message.connect(self.show_message)

        self.outline = OutlineView()
        self.outline.nodeActivated.connect(lambda k, p, n: self._select(k, p, n, "outline"))
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.outline.customContextMenuRequested.connect(self._outline_menu)
        # Enter (or a double-click) on a provision: on to the page, caret in its text
        self.outline.activated.connect(lambda _index: self.editor.setFocus())

        self.actions = Actions(self)
        self.actions.build_menus()
        self.addToolBar(self.actions.build_toolbar())
        self._add_help_menu()

        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._view_bar())
        layout.addWidget(self.editor, 1)
        self.setCentralWidget(centre)

        self.properties = PropertiesPanel(self)
        self._properties_timer = QTimer(self, singleShot=True, interval=250)
        self._properties_timer.timeout.connect(self.properties.refresh)
        self.problems = ProblemsPanel()
        self.problems.jumpRequested.connect(self.jump_to)
        self.problems.findingsChanged.connect(self._findings_changed)
        self.outline_dock = self._dock(self.tr("Outline"), "outlineDock", self.outline,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock(self.tr("Properties"), "propertiesDock",
                                          self.properties, Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_dock = self._dock(self.tr("Problems"), "problemsDock", self.problems,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.resizeDocks([self.outline_dock, self.properties_dock], [340, 300],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [170], Qt.Orientation.Vertical)
        for dock in (self.outline_dock, self.properties_dock, self.problems_dock):
            self.actions.view_menu.addAction(dock.toggleViewAction())

        self.editor.context_actions = [self.actions.insert_after, self.actions.insert_child,
                                       self.actions.indent, self.actions.outdent, None,
                                       self.actions.suppress, self.actions.split]

        bar = self.statusBar()
        self.count_label = QLabel()
        self.number_label = QLabel()
        self.save_label = QLabel()
        self.problem_label = QLabel()
        for label in (self.problem_label, self.number_label, self.count_label, self.save_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _view_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("viewBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 10, 4)
        self.section_title = QLabel()
        font = self.section_title.font()
        font.setBold(True)
        self.section_title.setFont(font)
        row.addWidget(self.section_title, 1)
        for action in (self.actions.view_marked, self.actions.view_clean, self.actions.view_base):
            button = QToolButton()  # exclusive through the actions' group
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            row.addWidget(button)
        return bar

    def _add_help_menu(self) -> None:
        menus = [a.menu() for a in self.menuBar().actions() if a.menu()]
        help_menu = menus[-1]
        try:
            from .help import HelpActions
        except ImportError:
            return
        help_menu.removeAction(self.actions.about)
        self.help_actions = HelpActions(self, help_menu)

    # -- sessions -----------------------------------------------------------------------------
    def blank_document(self) -> Document:
        s = self.settings
        meta = Metadata(conference=conference(s.conference) if s.conference else
                        Metadata().conference, source=s.administration,
                        symbols=[x for x in s.symbol.split("/") if x], language=s.language)
        return Document(metadata=meta)

    def set_session(self, session: DocumentSession, notes: list[str] | None = None) -> None:
        old = self.session
        if old is not None:
            old.changed.disconnect(self._changed)
            old.stateChanged.disconnect(self._update_state)
            old.message.disconnect(self.show_message)
            self.undo_group.removeStack(old.stack)
            old.close()
            old.deleteLater()
        self.session = session
        # A large document is hundreds of thousands of objects the cycle collector would scan
        # again and again while the user types; they live until the window closes anyway.
        gc.collect()
        gc.freeze()
        session.setParent(self)
        session.changed.connect(self._changed)
        session.stateChanged.connect(self._update_state)
        session.message.connect(self.show_message)
        self.undo_group.addStack(session.stack)
        self.undo_group.setActiveStack(session.stack)
        self.model = OutlineModel(session, self)
        self.model.moveRequested.connect(self.session.push)
        self.outline.setModel(self.model)
        self.editor.set_session(session)
        self.problems.set_session(session, notes or session.document.import_notes)
        first = next((s for s in self.model.sections if s.kind == "proposal"), None)
        if first is not None:
            self.outline.setExpanded(self.model.index_of_section(first.key), True)
            self._select("proposal", first.key, first.key, None)
        else:
            self._select("cover", None, "cover", None)
        self._update_state()

    def _changed(self, change: c.Change) -> None:
        self.model.refresh(change)
        if change.structure:
            self._resync_section()
        self.editor.refresh(change)
        if change.structure or change.numbers or change.metadata:
            self.properties.refresh()
        else:  # typing: the panel's counts can wait for a pause
            self._properties_timer.start()
        self.problems.schedule()
        if change.structure or change.numbers:
            self._update_state()
        elif change.proposals:
            self._update_current_number()

    def _resync_section(self) -> None:
        """After a structural change the editor's section may have moved, grown or gone."""
        old = self.editor.section
        if old is None:
            return
        sections = self.model.sections
        key = old.key if old.kind != "text" else None
        found = None
        if key is not None:
            found = next((s for s in sections if s.key == key), None)
        else:
            for block in old.blocks:
                found = section_of_part(sections, block.id)
                if found:
                    break
        if found is None:
            index = min(max(self._section_row(old), 0), len(sections) - 1)
            found = sections[index]
            self.editor.section = found
            self._select(found.kind, found.proposal.id if found.proposal else None, found.key,
                         None)
            return
        self.editor.section = found

    def _section_row(self, section: Section) -> int:
        parts = self.session.document.parts
        first = section.proposal.id if section.proposal else (
            section.blocks[0].id if section.blocks else None)
        index = next((i for i, p in enumerate(parts) if p.id == first), len(parts))
        return 1 + sum(1 for p in parts[:index] if isinstance(p, Proposal))

    def _update_state(self) -> None:
        session = self.session
        document = session.document
        name = session.title
        if session.path is None and document.received_from:
            name = self.tr("%1 (imported)").replace("%1", Path(document.received_from).name)
        self.setWindowTitle(f"{name}[*] — ProposalEditor")
        self.setWindowModified(session.modified)
        self.setWindowFilePath(str(session.path) if session.path else "")
        count = len(document.proposals)
        self.count_label.setText(self.tr("%n proposal(s)", "", count))
        if session.modified:
            text = self.tr("Unsaved changes")
            if session.autosaved_at:
                text += " · " + self.tr("recovery copy %1").replace("%1", session.autosaved_at)
        else:
            text = self.tr("Saved") if session.path else self.tr("Not saved yet")
        self.save_label.setText(text)
        self._update_current_number()

    def _update_current_number(self) -> None:
        _kind, proposal_id, _node = self.current
        proposal = self.session.proposal(proposal_id)
        if proposal is None:
            self.number_label.setText("")
            self.section_title.setText(self._section_caption())
            return
        number = self.session.numbers().get(proposal.id, "")
        self.number_label.setText(f"{proposal.marker.value} {number}")
        self.section_title.setText(self._section_caption())

    def _section_caption(self) -> str:
        section = self.editor.section
        if section is None:
            return ""
        if section.kind == "proposal":
            p = section.proposal
            return f"{p.marker.value} {self.session.numbers().get(p.id, '')} · {p.target}"
        if section.kind == "cover":
            return self.tr("Cover page")
        return section.heading() or self.tr("Text")

    def _findings_changed(self, findings) -> None:
        self.model.set_findings(findings)
        self.outline.viewport().update()
        errors, warnings = self.problems.counts()
        if errors or warnings:
            self.problem_label.setText(self.tr("%1 errors · %2 warnings")
                                       .replace("%1", str(errors)).replace("%2", str(warnings)))
        else:
            self.problem_label.setText(self.tr("Ready to submit") if self.problems.available
                                       else "")
        self.problems_dock.setWindowTitle(
            self.tr("Problems (%1)").replace("%1", str(len(findings))) if findings
            else self.tr("Problems"))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- selection ----------------------------------------------------------------------------
    def _section_for(self, kind: str, proposal_id, node_id) -> Section | None:
        sections = self.model.sections
        if kind == "cover":
            return sections[0]
        if proposal_id:
            return next((s for s in sections if s.key == proposal_id), None)
        return section_of_part(sections, node_id)

    def _select(self, kind: str, proposal_id, node_id, source: str | None) -> None:
        if kind == "text":
            proposal_id = None
        self.current = (kind, proposal_id, node_id)
        if source != "outline":
            self.outline.select_node(proposal_id, node_id if kind != "proposal" else proposal_id,
                                     emit=False)
        if source != "editor":
            section = self._section_for(kind, proposal_id, node_id)
            focus = node_id if kind in ("provision", "block") else None
            if section is not None and (self.editor.section is None
                                        or self.editor.section.key != section.key):
                self.editor.show_section(section, focus)
            elif focus:
                self.editor.focus_target(focus)
        self.properties.show_selection(kind, proposal_id, node_id)
        self._update_current_number()
        self._enable_actions()

    def _editor_activated(self, kind: str, proposal_id, target_id) -> None:
        if kind == "provision":
            self._select("provision", proposal_id, target_id, "editor")
        elif kind in ("reasons", "proposal"):
            self._select("proposal", proposal_id, proposal_id, "editor")
        elif kind == "block":
            self._select("block", None, target_id, "editor")
        else:
            self._select("cover", None, "cover", "editor")

    def jump_to(self, proposal_id, provision_id) -> None:
        """Show a provision (or a free block, without a proposal) in the page and outline."""
        if provision_id and not proposal_id and self.session.part(provision_id) is not None:
            self._select("block", None, provision_id, None)
        elif provision_id and proposal_id:
            self._select("provision", proposal_id, provision_id, None)
        elif proposal_id:
            self._select("proposal", proposal_id, proposal_id, None)
        else:
            self._select("cover", None, "cover", None)
        self.editor.setFocus()

    def _enable_actions(self) -> None:
        proposal, provision = self._context()
        has_provision = provision is not None
        editable = proposal is not None and not proposal.marker.identification_only
        for action in self.actions.provision_actions:
            action.setEnabled(has_provision and editable)
        self.actions.insert_after.setEnabled(proposal is not None and editable)
        self.actions.suppress.setEnabled(has_provision and editable)
        for action in self.actions.proposal_actions:
            action.setEnabled(proposal is not None)

    def _context(self) -> tuple[Proposal | None, Provision | None]:
        kind, proposal_id, node_id = self.current
        proposal = self.session.proposal(proposal_id)
        provision = proposal.find(node_id) if proposal and kind == "provision" else None
        return proposal, provision

    def focus_provision(self, proposal_id: str, provision_id: str, at_end: bool = False) -> None:
        self._select("provision", proposal_id, provision_id, None)
        para_index = self.editor.index_of("provision", provision_id)
        if para_index >= 0:
            para = self.editor.paras[para_index]
            self.editor.place_caret(para.key, len(para.clean) if at_end else 0)
        self.editor.setFocus()

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

    # -- document -----------------------------------------------------------------------------
    def edit_document_properties(self) -> None:
        from .dialogs.document_properties import DocumentPropertiesDialog

        document = self.session.document
        dialog = DocumentPropertiesDialog(document.metadata, document.numbering.bracketed, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.push(c.EditMetadata(dialog.metadata(), dialog.bracketed.isChecked()))

    def set_document_number(self) -> None:
        from .dialogs.simple import DocumentNumberDialog

        meta = self.session.document.metadata
        dialog = DocumentNumberDialog(meta.document_number, meta.addendum, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                command = c.SetDocumentNumber(*dialog.values())
            except c.CommandError as exc:
                self.show_message(str(exc))
                return
            self.session.push(command)

    def check_now(self) -> None:
        self.problems.check_now()
        self.problems_dock.show()
        self.problems_dock.raise_()

    def set_view(self, mode: ViewMode) -> None:
        self.editor.set_mode(mode)
        {ViewMode.MARKED: self.actions.view_marked, ViewMode.CLEAN: self.actions.view_clean,
         ViewMode.BASE: self.actions.view_base}[mode].setChecked(True)

    def zoom(self, factor: float | None) -> None:
        self.editor.set_zoom(1.0 if factor is None else self.editor.zoom * factor)

    def find_replace(self) -> None:
        from .dialogs.find_replace import FindReplaceDialog

        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self)
            self._find_dialog.found.connect(self._show_match)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.find.setFocus()

    def find_next(self) -> None:
        if self._find_dialog is None or not self._find_dialog.find.text():
            self.find_replace()
        else:
            self._find_dialog.find_next()

    def _show_match(self, proposal_id: str, provision_id, start: int, end: int) -> None:
        if provision_id:
            self._select("provision", proposal_id, provision_id, None)
            key = ("provision", proposal_id, provision_id)
        else:
            self._select("proposal", proposal_id, proposal_id, None)
            key = ("reasons", proposal_id, None)
        for n, para in enumerate(self.editor.paras):
            if para.key == key:
                block = self.editor.document().findBlockByNumber(n)
                cursor = self.editor.textCursor()
                cursor.setPosition(block.position() + self.editor.block_position(para, start))
                cursor.setPosition(block.position() + self.editor.block_position(para, end),
                                   cursor.MoveMode.KeepAnchor)
                self.editor.setTextCursor(cursor)
                self.editor.ensureCursorVisible()
                break

    def edit_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settings = dialog.settings()
            self._save_settings()
            for window in MainWindow.windows:
                window.settings = self.settings
                window._autosave.start(self.settings.autosave_seconds * 1000)

    def show_shortcuts(self) -> None:
        from .dialogs.simple import ShortcutsDialog

        ShortcutsDialog(self.actions.groups, self).exec()

    def show_about(self) -> None:
        if hasattr(self, "help_actions"):
            self.help_actions.show_about()

    def open_compare(self) -> None:
        try:
            from . import compare
        except ImportError:
            self.show_message(self.tr("The comparison window is not available in this "
                                      "version yet."))
            return
        opener = getattr(compare, "open_compare_window", None)
        if opener is None:
            self.show_message(self.tr("The comparison window is not available in this "
                                      "version yet."))
            return
        self._compare_window = opener(self)

    def _outline_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        a = self.actions
        proposal, provision = self._context()
        if provision is not None:
            for action in (a.insert_after, a.insert_before, a.insert_child, None, a.indent,
                           a.outdent, a.move_up, a.move_down, None, a.suppress, a.remove,
                           a.split, None, a.copy, a.paste):
                menu.addSeparator() if action is None else menu.addAction(action)
        elif proposal is not None:
            marker_menu = menu.addMenu(self.tr("Set Marker"))
            for action in a.marker_actions.values():
                marker_menu.addAction(action)
            for action in (a.revise, None, a.proposal_up, a.proposal_down, a.merge,
                           a.remove_proposal, None, a.insert_after, a.paste):
                menu.addSeparator() if action is None else menu.addAction(action)
        else:
            menu.addAction(a.properties)
            menu.addAction(a.new_proposal)
        menu.exec(self.outline.viewport().mapToGlobal(pos))

    # -- files --------------------------------------------------------------------------------
    def _target_window(self) -> MainWindow:
        """This window if it shows nothing worth keeping, else a new one."""
        if self.session.pristine:
            return self
        window = MainWindow(settings=self.settings)
        window.show()
        return window

    def new_document(self) -> MainWindow:
        window = self._target_window()
        if window is self:
            self.set_session(DocumentSession(self.blank_document()))
        return window

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), self._last_folder(),
                                              self.tr(OPEN_FILTER) + ";;" + self.tr(
                                                  "All files (*)"))
        if path:
            self.open_path(path)

    def _last_folder(self) -> str:
        recent = self.settings.recent_files
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for path in self.settings.recent_files:
            action = menu.addAction(Path(path).name, lambda p=path: self.open_path(p))
            action.setToolTip(path)
            action.setEnabled(os.path.exists(path))
        if not self.settings.recent_files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def open_path(self, path: str | os.PathLike, *, ask: bool = True) -> MainWindow | None:
        """Open a .itup file, or import a DOCX / ODT / text file, off the GUI thread."""
        path = Path(path)
        for window in MainWindow.windows:
            if window.session and window.session.path and window.session.path.resolve() == \
                    path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        if path.suffix.lower() == native.EXTENSION and ask and not self._lock_ok(path):
            return None
        from ..formats.registry import read_document

        outcome = run_in_background(self, self.tr("Opening %1…").replace("%1", path.name),
                                    lambda: read_document(path))
        if outcome.cancelled:
            self.show_message(self.tr("Opening cancelled."))
            return None
        if outcome.error is not None:
            self._error(self.tr("Cannot open %1").replace("%1", path.name), outcome.error)
            return None
        document: Document = outcome.result
        imported = path.suffix.lower() != native.EXTENSION
        if imported and document.received_from is None:
            document.received_from = str(path)
        window = self._target_window()
        session = DocumentSession(document, None if imported else path)
        window.set_session(session, document.import_notes)
        self.settings.add_recent(path)
        self._save_settings()
        window.show_message(self.tr("Imported %1: save it as a ProposalEditor file to keep "
                                    "your changes.").replace("%1", path.name) if imported
                            else self.tr("Opened %1.").replace("%1", path.name))
        return window

    def _lock_ok(self, path: Path) -> bool:
        info = recovery.other_lock(path)
        if info is None:
            return True
        if info.stale:
            return True  # left by a session that ended without closing; ours now
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File in Use"),
                          self.tr("%1 is open by %2 on %3 since %4.").replace("%1", path.name)
                          .replace("%2", info.user).replace("%3", info.host)
                          .replace("%4", info.since.replace("T", " ")[:16] or "?"),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText(self.tr("If you both save, one of you loses changes. Open it "
                                       "anyway?"))
        return box.exec() == QMessageBox.StandardButton.Open

    def save(self) -> bool:
        path = self.session.path
        if path is None or path.suffix.lower() != native.EXTENSION:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        document = self.session.document
        suggestion = self.session.path or Path(self._last_folder()) / (
            Path(document.received_from).stem + native.EXTENSION if document.received_from
            else self.tr("proposals") + native.EXTENSION)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save As"), str(suggestion),
                                              "ProposalEditor (*.itup)")
        return self.save_to(path) if path else False

    def save_to(self, path: str | os.PathLike) -> bool:
        path = Path(path)
        if path.suffix.lower() != native.EXTENSION:
            path = path.with_name(path.name + native.EXTENSION)
        try:
            self.session.save(path)
        except (WriteError, OSError) as exc:
            self._error(self.tr("Cannot save %1").replace("%1", path.name), exc)
            return False
        self.settings.add_recent(path)
        self._save_settings()
        self.show_message(self.tr("Saved %1.").replace("%1", str(path)))
        return True

    def export_dialog(self) -> bool:
        if not self._readiness_ok():
            return False
        document = self.session.document
        stem = (self.session.path.stem if self.session.path else
                Path(document.received_from).stem if document.received_from else "proposals")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(self._last_folder()) / (stem + ".docx")),
            self.tr("Word document (*.docx);;OpenDocument text (*.odt)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".odt" if "odt" in chosen else ".docx"
        return self.export_to(path)

    def _readiness_ok(self) -> bool:
        self.problems.check_now()
        findings = [f for f in self.problems.findings
                    if getattr(f.severity, "value", "") in ("error", "warning")]
        if not findings:
            return True
        from .dialogs.simple import ReadinessDialog

        if ReadinessDialog(findings, self).exec() == QDialog.DialogCode.Accepted:
            return True
        self.problems_dock.show()
        self.problems_dock.raise_()
        return False

    def export_to(self, path: str | os.PathLike) -> bool:
        """Write DOCX / ODT off the GUI thread (the window stays responsive)."""
        from ..formats.registry import write_document

        path = Path(path)
        options = {"marks": self.settings.mark_style}
        if self.settings.author:
            options["author"] = self.settings.author
        if self.settings.template and path.suffix.lower() == ".docx":
            options["template"] = self.settings.template
        document = self.session.document

        def discard(_outcome):
            path.unlink(missing_ok=True)

        outcome = run_in_background(self, self.tr("Exporting %1…").replace("%1", path.name),
                                    lambda: write_document(document, path, **options),
                                    on_cancel=discard)
        if outcome.cancelled:
            self.show_message(self.tr("Export cancelled."))
            return False
        if outcome.error is not None:
            self._error(self.tr("Cannot export %1").replace("%1", path.name), outcome.error)
            return False
        self.show_message(self.tr("Exported %1.").replace("%1", str(path)))
        return True

    def _error(self, title: str, error: Exception) -> None:
        text = error.problem if isinstance(error, FormatError) else str(error)
        QMessageBox.warning(self, title, text)

    # -- safety -------------------------------------------------------------------------------
    def autosave(self) -> None:
        try:
            self.session.autosave()
        except (WriteError, OSError) as exc:
            self.show_message(self.tr("Could not write the recovery copy: %1").replace(
                "%1", str(exc)))

    def _save_settings(self) -> None:
        self.settings.extra["window"] = base64.b64encode(bytes(self.saveGeometry())).decode()
        self.settings.extra["window_state"] = base64.b64encode(bytes(self.saveState())).decode()
        try:
            user_settings.save(self.settings)
        except (WriteError, OSError) as exc:
            self.show_message(self.tr("Could not save the preferences: %1").replace(
                "%1", str(exc)))

    def _restore_geometry(self) -> None:
        geometry = self.settings.extra.get("window")
        state = self.settings.extra.get("window_state")
        try:
            if geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            else:
                self.resize(1440, 900)
            if state:
                self.restoreState(QByteArray(base64.b64decode(state)))
        except (ValueError, TypeError):
            self.resize(1440, 900)

    def confirm_close(self) -> bool:
        if not self.session.modified:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved Changes"),
                          self.tr("Save the changes to %1 before closing?").replace(
                              "%1", self.session.title),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self._save_settings()
        self.session.close()
        if self in MainWindow.windows:
            MainWindow.windows.remove(self)
        event.accept()

    def quit_all(self) -> None:
        for window in list(MainWindow.windows):
            if not window.close():
                return
        QApplication.quit()

    # -- drag and drop of files ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
        event.acceptProposedAction()
