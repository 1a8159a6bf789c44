"""The main window: outline, clause editor, properties and problems, kept in step.

Structure editing lives in editing.py, files and safety in files.py (mixins of this window).
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings as user_settings
from ..domain import commands as c
from ..domain.conferences import conference
from ..domain.document import Document, Metadata
from ..domain.proposals import Proposal
from ..domain.provisions import Provision
from ..storage.library import Library
from .actions import Actions
from .editing import EditingMixin
from .editor.page import ClauseEditor
from .editor.paragraphs import ViewMode
from .files import FilesMixin
from .outline.model import OutlineModel
from .outline.view import OutlineView
from .panels.problems import ProblemsPanel
from .panels.properties import PropertiesPanel
from .sections import Section, section_of_part
from .session import DocumentSession


class MainWindow(EditingMixin, FilesMixin, QMainWindow):
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
        if self.session.replayed:
            self._show_replayed(change)

    def _show_replayed(self, change: c.Change) -> None:
        """Undo and redo show where they changed something, as word processors do."""
        section = self.editor.section
        shown = {para.target_id for para in self.editor.paras}
        if section is not None and (section.key in change.proposals
                                    or change.provisions & shown):
            return
        for proposal_id in change.proposals:
            proposal = self.session.proposal(proposal_id)
            if proposal is None:
                continue
            provision = next((p for p in proposal.walk() if p.id in change.provisions), None)
            if provision is not None:
                self.jump_to(proposal.id, provision.id)
            else:
                self.jump_to(proposal.id, None)
            return

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
