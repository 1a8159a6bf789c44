"""The window's actions, menus and toolbar, with their keyboard shortcuts.

Marker shortcuts are two-key chords (Ctrl+M then A/M/S/N …) so they do not take common keys;
structure moves use Alt+Shift+arrows as outline views in word processors do.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from ..domain.proposals import Marker
from . import icons
from .editor.paragraphs import ViewMode

SK = QKeySequence.StandardKey

MARKER_KEYS = {
    Marker.ADD: "Ctrl+M, A",
    Marker.ADD_MOVED: "Ctrl+M, Shift+A",
    Marker.MOD: "Ctrl+M, M",
    Marker.MOD_EDITORIAL: "Ctrl+M, E",
    Marker.SUP: "Ctrl+M, S",
    Marker.SUP_MOVED: "Ctrl+M, Shift+S",
    Marker.NOC: "Ctrl+M, N",
}


class Actions:
    """Holds every QAction; ``groups`` lists them by menu for the shortcuts dialog."""

    def __init__(self, w):
        self.w = w
        tr = w.tr
        self.groups: list[tuple[str, list[QAction]]] = []

        def act(text, slot, keys=None, icon=None, tip=None, checkable=False):
            action = QAction(text, w)
            if keys is not None:
                seqs = keys if isinstance(keys, list) else [keys]
                action.setShortcuts([QKeySequence(k) if isinstance(k, str) else QKeySequence(k)
                                     for k in seqs])
            if icon:
                action.setIcon(icons.icon(icon))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            action.setCheckable(checkable)
            if slot is not None:
                action.triggered.connect(lambda checked=False, s=slot: s())
            return action

        # File
        self.new = act(tr("&New"), w.new_document, SK.New, "new", tr("Start a new document"))
        self.open = act(tr("&Open…"), w.open_dialog, SK.Open, "open",
                        tr("Open a .itup file, or import DOCX, ODT or text"))
        self.save = act(tr("&Save"), w.save, SK.Save, "save", tr("Save the document"))
        self.save_as = act(tr("Save &As…"), w.save_as, SK.SaveAs)
        self.export = act(tr("&Export…"), w.export_dialog, "Ctrl+E", "export",
                          tr("Export to DOCX or ODT for submission"))
        self.close = act(tr("&Close Window"), w.close, SK.Close)
        self.quit = act(tr("&Quit"), w.quit_all, SK.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.recent_menu = QMenu(tr("Open &Recent"), w)
        self.recent_menu.aboutToShow.connect(w.fill_recent_menu)

        # Edit
        self.undo = w.session_stack_action("undo")
        self.redo = w.session_stack_action("redo")
        self.undo.setIcon(icons.icon("undo"))
        self.redo.setIcon(icons.icon("redo"))
        self.cut = act(tr("Cu&t"), w.cut, SK.Cut)
        self.copy = act(tr("&Copy"), w.copy, SK.Copy)
        self.paste = act(tr("&Paste"), w.paste, SK.Paste)
        self.find = act(tr("&Find and Replace…"), w.find_replace, [SK.Find, SK.Replace], "find")
        self.find_next = act(tr("Find &Next"), w.find_next, SK.FindNext)
        self.preferences = act(tr("Pre&ferences…"), w.edit_preferences, SK.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        # View
        self.view_group = QActionGroup(w)
        self.view_marked = act(tr("&Marked-up"), lambda: w.set_view(ViewMode.MARKED), "Ctrl+1",
                               tip=tr("Show revision marks"), checkable=True)
        self.view_clean = act(tr("&Clean Draft"), lambda: w.set_view(ViewMode.CLEAN), "Ctrl+2",
                              tip=tr("Show the text as it will read once adopted"),
                              checkable=True)
        self.view_base = act(tr("&Base Text"), lambda: w.set_view(ViewMode.BASE), "Ctrl+3",
                             tip=tr("Show the text in force"), checkable=True)
        for a in (self.view_marked, self.view_clean, self.view_base):
            self.view_group.addAction(a)
        self.view_marked.setChecked(True)
        self.zoom_in = act(tr("Zoom &In"), lambda: w.zoom(1.1), SK.ZoomIn)
        self.zoom_out = act(tr("Zoom &Out"), lambda: w.zoom(1 / 1.1), SK.ZoomOut)
        self.zoom_reset = act(tr("&Actual Size"), lambda: w.zoom(None), "Ctrl+0")

        # Provision
        self.insert_after = act(tr("Insert Item &After"), w.insert_after, "Ctrl+Return",
                                "insert", tr("Add a new item after this one"))
        self.insert_before = act(tr("Insert Item &Before"), w.insert_before, "Ctrl+Shift+Return")
        self.insert_child = act(tr("Insert &Sub-item"), w.insert_child, "Ctrl+Alt+Return",
                                "subitem", tr("Add a sub-item under this item"))
        self.indent = act(tr("&Indent"), w.indent, "Alt+Shift+Right", "indent",
                          tr("Make this item a sub-item of the one above"))
        self.outdent = act(tr("&Outdent"), w.outdent, "Alt+Shift+Left", "outdent",
                           tr("Move this sub-item one level out"))
        self.move_up = act(tr("Move &Up"), w.move_up, "Alt+Shift+Up", "up",
                           tr("Move before the previous item (labels renumber)"))
        self.move_down = act(tr("Move &Down"), w.move_down, "Alt+Shift+Down", "down",
                             tr("Move after the next item (labels renumber)"))
        self.suppress = act(tr("&Suppress / Restore"), w.suppress_or_restore, "Ctrl+Shift+D",
                            "suppress", tr("Strike this provision out, or bring it back"))
        self.remove = act(tr("&Remove Added Provision"), w.remove_provision,
                          "Ctrl+Shift+Backspace")
        self.split = act(tr("Make Own &Proposal"), w.split_provision, "Ctrl+Shift+P",
                         tip=tr("WRC style: this provision becomes a proposal of its own"))

        # Proposal
        self.new_proposal = act(tr("&New Proposal…"), w.new_proposal, "Ctrl+Shift+N",
                                "proposal", tr("Add an ADD, MOD, SUP or NOC proposal"))
        self.marker_actions: dict[Marker, QAction] = {}
        for marker, keys in MARKER_KEYS.items():
            self.marker_actions[marker] = act(
                tr("Set Marker %1").replace("%1", marker.value),
                lambda m=marker: w.set_marker(m), keys)
        self.revise = act(tr("&Revise Resolution for This Conference"), w.revise_resolution,
                          "Ctrl+Shift+R", "revise",
                          tr("Update the number line and the enacting formula in one step"))
        self.proposal_up = act(tr("Move Proposal U&p"), w.proposal_up, "Ctrl+Alt+Up")
        self.proposal_down = act(tr("Move Proposal Do&wn"), w.proposal_down, "Ctrl+Alt+Down")
        self.merge = act(tr("&Merge with Previous Proposal"), w.merge_proposal)
        self.remove_proposal = act(tr("Remo&ve Proposal"), w.remove_proposal)

        # Document
        self.properties = act(tr("&Properties…"), w.edit_document_properties, "Ctrl+Alt+P",
                              "properties", tr("Cover: conference, number, date, source"))
        self.doc_number = act(tr("Set Document &Number…"), w.set_document_number)
        self.check = act(tr("&Check Readiness"), w.check_now, "F7", "check",
                         tr("Run the submission checks now"))
        self.compare = act(tr("&Compare Documents…"), w.open_compare, "Ctrl+Alt+C")

        # Help
        self.shortcuts = act(tr("&Keyboard Shortcuts"), w.show_shortcuts, ["Ctrl+/", "F1"])
        self.about = act(tr("&About ProposalEditor"), w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        self.provision_actions = [self.insert_after, self.insert_before, self.insert_child,
                                  self.indent, self.outdent, self.move_up, self.move_down,
                                  self.suppress, self.remove, self.split]
        self.proposal_actions = [self.revise, self.proposal_up, self.proposal_down, self.merge,
                                 self.remove_proposal, *self.marker_actions.values()]

    def build_menus(self) -> None:
        w, tr = self.w, self.w.tr
        bar = w.menuBar()

        def menu(title, items):
            m = bar.addMenu(title)
            actions = []
            for item in items:
                if item is None:
                    m.addSeparator()
                elif isinstance(item, QMenu):
                    m.addMenu(item)
                else:
                    m.addAction(item)
                    actions.append(item)
            self.groups.append((title.replace("&", ""), actions))
            return m

        menu(tr("&File"), [self.new, self.open, self.recent_menu, None, self.save, self.save_as,
                           self.export, None, self.close, self.quit])
        menu(tr("&Edit"), [self.undo, self.redo, None, self.cut, self.copy, self.paste, None,
                           self.find, self.find_next, None, self.preferences])
        self.view_menu = menu(tr("&View"), [self.view_marked, self.view_clean, self.view_base,
                                            None, self.zoom_in, self.zoom_out, self.zoom_reset,
                                            None])
        menu(tr("P&rovision"), [self.insert_after, self.insert_before, self.insert_child, None,
                                self.indent, self.outdent, self.move_up, self.move_down, None,
                                self.suppress, self.remove, None, self.split])
        marker_menu = QMenu(tr("Set &Marker"), w)
        for a in self.marker_actions.values():
            marker_menu.addAction(a)
        menu(tr("&Proposal"), [self.new_proposal, marker_menu, self.revise, None,
                               self.proposal_up, self.proposal_down, self.merge, None,
                               self.remove_proposal])
        self.groups[-1][1].extend(self.marker_actions.values())
        menu(tr("&Document"), [self.properties, self.doc_number, None, self.check, None,
                               self.compare])
        menu(tr("&Help"), [self.shortcuts, None, self.about])

    def build_toolbar(self) -> QToolBar:
        w, tr = self.w, self.w.tr
        bar = QToolBar(tr("Main Toolbar"), w)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (self.new, self.open, self.save, None, self.undo, self.redo, None,
                     self.new_proposal, None, self.insert_after, self.insert_child, self.indent,
                     self.outdent, self.move_up, self.move_down, self.suppress, None,
                     self.revise, self.check, self.export):
            if item is None:
                bar.addSeparator()
            else:
                bar.addAction(item)
        for action in (self.new, self.open, self.save, self.undo, self.redo, self.indent,
                       self.outdent, self.move_up, self.move_down):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return bar
