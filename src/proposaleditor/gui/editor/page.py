"""The clause editor: the selected section as a continuous page in ITU layout.

The QTextEdit is a view with a caret, never the owner of the text. Each keystroke is turned into
an edit of the provision's clean draft text (editor/textops.py), pushed as a command; the page then
re-derives and rewrites that one paragraph with its revision marks and puts the caret back at the
same place in the clean text. Labels, deleted text and hints are not editable: the caret steps over
them.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import replace

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit

from ...domain import commands as c
from ...domain.inline import Inline, Run, normalize
from ...domain.revisions import Op, Segment
from .. import theme
from ..sections import Section
from . import styles, textops
from .paragraphs import Para, ViewMode, retyped, section_paragraphs

_COUNTS = (Op.KEEP, Op.INSERT)  # fragments that are part of the clean text


class ClauseEditor(QTextEdit):
    paragraphActivated = Signal(str, object, object)  # kind, proposal_id, target_id
    structureRequested = Signal(str)  # "enter", "indent", "outdent", "remove-empty"
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("clauseEditor")
        self.setAccessibleName(self.tr("Clause editor"))
        self.setAccessibleDescription(self.tr(
            "The selected proposal as it will print. Type to change the draft text; revision "
            "marks follow."))
        self.setReadOnly(True)  # the widget never changes the text by itself
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setCursorWidth(2)
        self.session = None
        self.section: Section | None = None
        self.mode = ViewMode.MARKED
        self.zoom = 1.0
        self.paras: list[Para] = []
        self._pending_caret: tuple | None = None
        self._last_block = -1
        self._last_pos = 0
        self._snapping = False
        self.context_actions: list = []
        self.latencies: deque[float] = deque(maxlen=2000)  # keystroke -> page rewritten (s)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._apply_palette()

    # -- look ---------------------------------------------------------------------------------
    def _dpi(self) -> float:
        return self.logicalDpiX() or 96.0

    def page_width(self) -> int:
        return int(styles.cm_to_px(styles.PAGE_WIDTH_CM, self._dpi(), self.zoom))

    def _apply_palette(self) -> None:
        desk, paper, ink = theme.page_colors(self.palette())
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, paper)
        pal.setColor(QPalette.ColorRole.Text, ink)
        pal.setColor(QPalette.ColorRole.Window, desk)
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and not getattr(self, "_in_palette", False):
            self._in_palette = True
            try:
                self._apply_palette()
            finally:
                self._in_palette = False

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_page()

    def _fit_page(self) -> None:
        bar = self.verticalScrollBar().sizeHint().width() if \
            self.verticalScrollBar().isVisible() else 0
        free = self.width() - bar - self.page_width()
        side = max(free // 2, 12)
        self.setViewportMargins(side, 16, side, 0)
        self.document().setDocumentMargin(styles.cm_to_px(styles.MARGIN_CM, self._dpi(), self.zoom)
                                          if free >= 0 else 16)

    def sizeHint(self):
        return QSize(self.page_width() + 48, 700)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.5), 3.0)
        self.rebuild(keep_caret=True)
        self._fit_page()

    # -- content ------------------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.section = None
        self.paras = []
        self.document().clear()

    def show_section(self, section: Section | None, focus_id: str | None = None) -> None:
        self.section = section
        self.rebuild()
        if focus_id:
            self.focus_target(focus_id)
        else:
            self.moveCursor(QTextCursor.MoveOperation.Start)
            self.verticalScrollBar().setValue(0)

    def set_mode(self, mode: ViewMode) -> None:
        if mode != self.mode:
            self.mode = mode
            self.rebuild(keep_caret=True)

    def _hints(self) -> dict[str, str]:
        return {"reasons": self.tr("Write the reasons for this proposal here")}

    def rebuild(self, keep_caret: bool = False) -> None:
        """Write the whole page (a new section, a structural change, a new view mode)."""
        caret = self.caret() if keep_caret else None
        scroll = self.verticalScrollBar().value()
        self.paras = []
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        if self.session is None or self.section is None:
            doc.clear()
            return
        self.paras = section_paragraphs(self.session.document, self.section,
                                        self.session.numbers(), self.mode, self._hints())
        self._snapping = True
        try:
            doc.clear()
            doc.setDefaultFont(styles.serif_font(12, self.zoom))
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            for i, para in enumerate(self.paras):
                bfmt = styles.block_format(para.style, self._dpi(), self.zoom, para.align)
                cfmt = styles.char_format(para.style, self.zoom)
                if i:
                    cursor.insertBlock(bfmt, cfmt)
                else:
                    cursor.setBlockFormat(bfmt)
                    cursor.setBlockCharFormat(cfmt)
                self._write(cursor, para)
            cursor.endEditBlock()
        finally:
            self._snapping = False
        self._fit_page()
        self._last_block = -1
        self.setExtraSelections([])
        if caret is not None and self.place_caret(*caret):
            self.verticalScrollBar().setValue(scroll)

    def _write(self, cursor: QTextCursor, para: Para) -> None:
        """Insert a paragraph's label, tab and text at the cursor; record where things are."""
        base = styles.char_format(para.style, self.zoom)
        start = cursor.position()
        para.label_frags = []
        para.frags = []
        for seg in para.label:
            a = cursor.position() - start
            cursor.insertText(seg.text, self._format(base, seg.run, seg.op, para, label=True))
            para.label_frags.append((a, cursor.position() - start, seg.op))
        if para.label:
            cursor.insertText("\t", base)
        para.text_start = cursor.position() - start
        clean = 0
        pieces = []
        for seg in para.text:
            a = cursor.position() - start
            text = seg.text
            if seg.run.footnote is not None and not text:
                text = "*"
            cursor.insertText(text, self._format(base, seg.run, seg.op, para))
            para.frags.append((a, cursor.position() - start, seg.op, clean))
            if seg.op in _COUNTS:
                clean += len(text)
                pieces.append(text)
        para.clean = "".join(pieces)
        if para.editable and not para.clean and para.placeholder:
            a = cursor.position() - start
            hint = QTextCharFormat(base)
            hint.setFontItalic(True)
            color = QColor(self.palette().color(QPalette.ColorRole.Text))
            color.setAlpha(110)
            hint.setForeground(color)
            cursor.insertText(para.placeholder, hint)
            para.frags.append((a, cursor.position() - start, None, 0))

    def _format(self, base: QTextCharFormat, run: Run, op: Op, para: Para,
                label: bool = False) -> QTextCharFormat:
        fmt = QTextCharFormat(base)
        if run.italic:
            fmt.setFontItalic(True)
        if run.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if run.superscript or run.footnote is not None:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        if run.footnote is not None:
            fmt.setToolTip(self.tr("Footnote: %s") % run.footnote.text)
        if para.kind == "proposal" and label and self.session is not None:
            proposal = self.session.proposal(para.proposal_id)
            if proposal is not None:
                fmt.setForeground(theme.marker_color(proposal.marker))
        if op is Op.INSERT:
            fmt.setFontUnderline(True)
            fmt.setForeground(theme.inserted_color())
        elif op is Op.DELETE:
            fmt.setFontStrikeOut(True)
            fmt.setForeground(theme.deleted_color())
        return fmt

    def _rewrite(self, index: int, para: Para) -> None:
        """Rewrite one paragraph in place (the rest of the page is untouched)."""
        block = self.document().findBlockByNumber(index)
        self._snapping = True
        try:
            cursor = QTextCursor(block)
            cursor.beginEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self._write(cursor, para)
            cursor.endEditBlock()
        finally:
            self._snapping = False
        self.paras[index] = para
        if index == self._last_block:
            self._highlight(index if para.editable else -1)

    # -- positions ----------------------------------------------------------------------------
    def para_at(self, position: int) -> tuple[int, Para] | None:
        block = self.document().findBlock(position)
        n = block.blockNumber()
        if 0 <= n < len(self.paras):
            return n, self.paras[n]
        return None

    def index_of(self, kind: str, target_id: str | None, proposal_id: str | None = None) -> int:
        for i, para in enumerate(self.paras):
            if para.kind == kind and para.target_id == target_id and (
                    proposal_id is None or para.proposal_id == proposal_id):
                return i
        return -1

    @staticmethod
    def clean_offset(para: Para, pos: int) -> int:
        """Offset in the clean text of a position inside the block."""
        if pos <= para.text_start:
            return 0
        for a, b, op, clean in para.frags:
            if a <= pos <= b:
                return clean + (pos - a) if op in _COUNTS else clean
        return len(para.clean)

    @staticmethod
    def block_position(para: Para, clean: int) -> int:
        """Position in the block for a clean offset: after deleted text at a boundary."""
        found = None
        for a, b, op, start in para.frags:
            if op not in _COUNTS:
                continue
            end = start + (b - a)
            if start <= clean <= end:
                found = a + (clean - start)
                if clean < end:
                    return found
        if found is not None:
            return found
        return para.text_start

    def caret(self) -> tuple | None:
        """(paragraph key, clean offset) of the caret."""
        found = self.para_at(self.textCursor().position())
        if found is None:
            return None
        n, para = found
        block = self.document().findBlockByNumber(n)
        return para.key, self.clean_offset(para, self.textCursor().position() - block.position())

    def place_caret(self, key: tuple, clean: int) -> bool:
        for n, para in enumerate(self.paras):
            if para.key == key:
                block = self.document().findBlockByNumber(n)
                cursor = self.textCursor()
                cursor.setPosition(block.position() + self.block_position(para, min(
                    clean, len(para.clean))))
                self._snapping = True
                try:
                    self.setTextCursor(cursor)
                finally:
                    self._snapping = False
                self._last_pos = cursor.position()
                self.ensureCursorVisible()
                return True
        return False

    def focus_target(self, target_id: str) -> bool:
        """Scroll to a provision (or block) and put the caret at the start of its text."""
        for kind in ("provision", "block"):
            n = self.index_of(kind, target_id)
            if n >= 0:
                para = self.paras[n]
                self.place_caret(para.key, 0)
                block = self.document().findBlockByNumber(n)
                rect = self.document().documentLayout().blockBoundingRect(block)
                bar = self.verticalScrollBar()
                if not (bar.value() <= rect.top() <= bar.value() + self.viewport().height() - 40):
                    bar.setValue(int(rect.top()) - 40)
                self._last_block = n
                return True
        return False

    def current_para(self) -> Para | None:
        found = self.para_at(self.textCursor().position())
        return found[1] if found else None

    def _cursor_moved(self) -> None:
        cursor = self.textCursor()
        found = self.para_at(cursor.position())
        if found is None:
            return
        n, para = found
        if not self._snapping and not cursor.hasSelection() and para.editable:
            block = self.document().findBlockByNumber(n)
            pos = cursor.position() - block.position()
            snapped = self._snap(para, pos, cursor.position() < self._last_pos)
            if snapped != pos:
                cursor.setPosition(block.position() + snapped)
                self._snapping = True
                try:
                    self.setTextCursor(cursor)
                finally:
                    self._snapping = False
        self._last_pos = self.textCursor().position()
        if n != self._last_block:
            self._last_block = n
            self._highlight(n if para.editable else -1)
            self.paragraphActivated.emit(para.kind, para.proposal_id, para.target_id)

    def _highlight(self, n: int) -> None:
        """A faint band behind the paragraph being edited."""
        if n < 0:
            self.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        color.setAlpha(22)
        selection.format.setBackground(color)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(self.document().findBlockByNumber(n))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        self.setExtraSelections([selection])

    @staticmethod
    def _snap(para: Para, pos: int, leftwards: bool) -> int:
        if pos < para.text_start:
            return para.text_start
        for a, b, op, _clean in para.frags:
            if op is None:
                return a if pos > a else pos  # a hint: the caret stays before it
            if op is Op.DELETE and a < pos < b:
                return a if leftwards else b
        return pos

    # -- editing ------------------------------------------------------------------------------
    def _target(self) -> tuple[int, Para, int, int] | None:
        """(block index, paragraph, clean start, clean end) of the caret or selection."""
        cursor = self.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        first, last = self.para_at(a), self.para_at(b)
        if first is None:
            return None
        if last is None or first[0] != last[0]:
            self.message.emit(self.tr("Select text within one paragraph to change it."))
            return None
        n, para = first
        if not para.editable:
            self.message.emit(self._why_read_only(para))
            return None
        block_pos = self.document().findBlockByNumber(n).position()
        return (n, para, self.clean_offset(para, a - block_pos),
                self.clean_offset(para, b - block_pos))

    def _why_read_only(self, para: Para) -> str:
        if self.mode is ViewMode.BASE:
            return self.tr("The base text is the text in force: switch to the marked-up or "
                           "clean view to edit.")
        if para.kind == "proposal":
            return self.tr("The marker and number are set in the properties panel.")
        if para.kind == "cover":
            return self.tr("Edit the cover in Document ▸ Properties.")
        if para.change is Op.DELETE:
            return self.tr("This provision is suppressed: restore it to edit its text.")
        return self.tr("SUP and NOC proposals show the text in force, which cannot be edited.")

    def _current_text(self, para: Para) -> Inline:
        if para.kind == "provision":
            provision = self.session.provision(para.proposal_id, para.target_id)
            return provision.draft or () if provision else ()
        if para.kind == "reasons":
            proposal = self.session.proposal(para.proposal_id)
            return proposal.reasons if proposal else ()
        block = self.session.part(para.target_id)
        return block.text if block is not None else ()

    def _commit(self, para: Para, new: Inline, caret: int) -> None:
        if para.kind == "provision":
            command = c.EditText(para.proposal_id, para.target_id, normalize(new))
        elif para.kind == "reasons":
            command = c.EditReasons(para.proposal_id, normalize(new))
        else:
            command = c.EditBlock(para.target_id, normalize(new))
        self._pending_caret = (para.key, caret)
        self._typed_at = time.perf_counter()
        if not self.session.push(command):
            self._pending_caret = None

    def insert_typed(self, text: str) -> None:
        target = self._target()
        if target is None:
            return
        _n, para, a, b = target
        current = self._current_text(para)
        new = textops.replace_range(current, a, b, text) if b > a else \
            textops.insert_text(current, a, text)
        self._commit(para, new, a + len(text))

    def delete(self, backwards: bool, word: bool = False) -> None:
        target = self._target()
        if target is None:
            return
        _n, para, a, b = target
        if a == b:
            if backwards and a == 0:
                if not para.clean and para.kind == "provision":
                    self.structureRequested.emit("remove-empty")
                return
            if backwards:
                a = textops.word_start(para.clean, a) if word else a - 1
            else:
                if b >= len(para.clean):
                    return
                b = textops.word_end(para.clean, b) if word else b + 1
        self._commit(para, textops.delete_range(self._current_text(para), a, b), a)

    def paste_text(self, text: str | None = None) -> None:
        if text is None:
            text = QApplication.clipboard().text()
        text = textops.single_line(text or "")
        if text:
            self.insert_typed(text)

    def split_point(self) -> tuple[Para, Inline, Inline] | None:
        """For Enter: the provision under the caret and its text before / after the caret."""
        target = self._target()
        if target is None:
            return None
        _n, para, a, b = target
        if para.kind != "provision":
            return None
        before, after = textops.split_at(textops.delete_range(self._current_text(para), a, b), a)
        return para, before, after

    # -- keyboard and mouse -------------------------------------------------------------------
    def keyPressEvent(self, event):
        if self.session is None:
            return super().keyPressEvent(event)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.session.stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.session.stack.redo()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text()
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            self.copy()
            if self.textCursor().hasSelection():
                self.delete(backwards=True)
            return
        if event.matches(QKeySequence.StandardKey.DeleteStartOfWord):
            self.delete(backwards=True, word=True)
            return
        if event.matches(QKeySequence.StandardKey.DeleteEndOfWord):
            self.delete(backwards=False, word=True)
            return
        key = event.key()
        mods = event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                             | Qt.KeyboardModifier.MetaModifier))
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.structureRequested.emit("enter")
            return
        if key == Qt.Key.Key_Tab and plain:
            self.structureRequested.emit("indent")
            return
        if key == Qt.Key.Key_Backtab:
            self.structureRequested.emit("outdent")
            return
        if key == Qt.Key.Key_Backspace:
            self.delete(backwards=True)
            return
        if key == Qt.Key.Key_Delete and plain:
            self.delete(backwards=False)
            return
        text = event.text()
        ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        altgr = (mods & ctrl_alt) == ctrl_alt
        if text and text.isprintable() and (plain or altgr):
            self.insert_typed(text)
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event):
        if event.commitString():
            self.insert_typed(event.commitString())
        event.accept()

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab indents here

    def createMimeDataFromSelection(self):
        """Copy what the reader sees once the changes are made: deleted text left out."""
        data = QMimeData()
        cursor = self.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        lines = []
        block = self.document().findBlock(a)
        while block.isValid() and block.position() <= b:
            n = block.blockNumber()
            para = self.paras[n] if n < len(self.paras) else None
            text = block.text()
            lo, hi = max(a - block.position(), 0), min(b - block.position(), len(text))
            dropped = set()
            if para is not None:
                for s, e, op in para.label_frags:
                    if op is Op.DELETE:
                        dropped.update(range(s, e))
                for s, e, op, _clean in para.frags:
                    if op is Op.DELETE or op is None:
                        dropped.update(range(s, e))
            lines.append("".join(ch for i, ch in enumerate(text[lo:hi], lo) if i not in dropped))
            block = block.next()
        data.setText("\n".join(lines))
        return data

    def contextMenuEvent(self, event):
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setEnabled(self.textCursor().hasSelection())
        menu.addAction(self.tr("Paste"), self.paste_text)
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())

    # -- refresh from the document ------------------------------------------------------------
    def refresh(self, change: c.Change) -> None:
        """Show a change: rewrite only the paragraphs it touched, unless the structure moved."""
        if self.section is None or self.session is None:
            return
        if change.structure or (change.metadata and self.section.kind == "cover"):
            pending = self._pending_caret
            self.rebuild(keep_caret=pending is None)
            if pending:
                self.place_caret(*pending)
            self._pending_caret = None
            return
        pending = self._pending_caret
        self._pending_caret = None
        first_changed = None
        for n, para in enumerate(self.paras):
            if para.kind == "provision" and para.target_id in change.provisions:
                proposal = self.session.proposal(para.proposal_id)
                provision = proposal.find(para.target_id) if proposal else None
                if provision is None:
                    continue
                new = retyped(para, proposal, provision, self.mode)
            elif para.kind == "block" and para.target_id in change.provisions:
                block = self.session.part(para.target_id)
                new = _with_text(para, block.text)
            elif para.kind == "reasons" and para.proposal_id in change.proposals:
                proposal = self.session.proposal(para.proposal_id)
                new = _with_text(para, proposal.reasons)
            elif para.kind == "proposal" and change.numbers:
                self.rebuild(keep_caret=pending is None)
                if pending:
                    self.place_caret(*pending)
                return
            else:
                continue
            if new.text == para.text and new.label == para.label:
                continue  # e.g. the reasons, when the change was in a provision
            old_clean = para.clean
            self._rewrite(n, new)
            if first_changed is None:
                first_changed = (new.key, _edit_point(old_clean, new.clean))
        if pending:
            self.place_caret(*pending)
            self.latencies.append(time.perf_counter() - self._typed_at)
        elif first_changed is not None:
            self.place_caret(*first_changed)


def _with_text(para: Para, content: Inline) -> Para:
    return replace(para, text=tuple(Segment(Op.KEEP, r) for r in content), frags=[],
                   label_frags=[])


def _edit_point(old: str, new: str) -> int:
    """Where an undo or redo changed the text: after the first difference's new text."""
    common = 0
    limit = min(len(old), len(new))
    while common < limit and old[common] == new[common]:
        common += 1
    return common + max(len(new) - len(old), 0)


__all__ = ["ClauseEditor", "ViewMode"]
