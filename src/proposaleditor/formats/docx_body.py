"""Walk the WordprocessingML of a received DOCX into SourceParagraphs, revision marks included.

python-docx's paragraph text drops inserted and deleted text, so the body is read with lxml:
paragraphs in body order, tables cell by cell, and inside paragraphs hyperlinks, fields (result
text, never the instruction), content controls, smart tags and mc:AlternateContent. Tracked
changes (w:ins, w:del, moves, tracked paragraph marks) and static marks (underline = inserted,
strike = deleted, hyperlinks excepted) become Segments with their author and date.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.inline import Footnote
from ..domain.revisions import Op
from .docx_styles import BULLET, Numbering, StyleSheet, W, read_numpr, read_rpr
from .received import FOOTNOTE_MARK, join_items, note_versions, reference_items
from .source_paragraph import SourceParagraph

_W = "{" + W + "}"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MC = "{" + MC + "}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


# Paragraph-level containers whose children are read as if they were in the body.
_BLOCK_CONTAINERS = {_W + "customXml", _W + "ins", _W + "del", _W + "moveTo", _W + "moveFrom"}
_T, _DELTEXT, _TAB, _RPR = _W + "t", _W + "delText", _W + "tab", _W + "rPr"
_VAL = _W + "val"
_SPEC_VANISH, _FRAME_PR = _W + "specVanish", _W + "framePr"
_FORMAT_CHANGE = (_W + "rPrChange", None)  # a tracked change of formatting, in a signature
_P = _W + "p"
_R, _HYPERLINK, _AUTHOR, _DATE = _W + "r", _W + "hyperlink", _W + "author", _W + "date"
_PPR, _PSTYLE, _NUMPR, _IND = _W + "pPr", _W + "pStyle", _W + "numPr", _W + "ind"
_TBL = _W + "tbl"
_TABLE_PARTS = {_W + "tr", _W + "tc"}
_TABLE_CHANGES = {_W + "ins": Op.INSERT, _W + "del": Op.DELETE, _W + "cellIns": Op.INSERT,
                  _W + "cellDel": Op.DELETE}
# Inline containers read through.
_INLINE_CONTAINERS = {_W + "smartTag", _W + "customXml", _W + "dir", _W + "bdo", _W + "fldSimple"}
_REVISIONS = {_W + "ins": Op.INSERT, _W + "moveTo": Op.INSERT,
              _W + "del": Op.DELETE, _W + "moveFrom": Op.DELETE}
# What makes a drawing a figure: a picture, a chart or a diagram (DrawingML), an image (VML).
_FIGURES = ("{http://schemas.openxmlformats.org/drawingml/2006/picture}pic",
            "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart",
            "{http://schemas.openxmlformats.org/drawingml/2006/diagram}relIds",
            "{urn:schemas-microsoft-com:vml}imagedata")
# Namespaces of mc:Choice we understand (Word 2010+ extensions that still carry text).
_UNSEEN = object()
UNDERSTOOD = {
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}


class _Field:
    __slots__ = ("in_result", "instruction")

    def __init__(self):
        self.in_result = False
        self.instruction = ""


class BodyWalker:
    """Turns paragraphs into SourceParagraphs; one walker per document part."""

    def __init__(self, styles: StyleSheet, numbering: Numbering, footnotes: dict | None = None,
                 endnotes: dict | None = None, *, static_marks: bool = True):
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes or {}
        self.endnotes = endnotes or {}
        self.static_marks = static_marks
        self._fields: list[_Field] = []
        self._boxes: list = []  # w:txbxContent met in the current paragraph
        self.figures = 0  # pictures, charts and embedded objects met (the model has none)
        self.comments = 0
        self.chunks = 0  # w:altChunk: other documents embedded whole, not read
        self._custom_marks = False  # a footnote of the current paragraph has a custom mark
        self._hidden = 0  # fields whose instruction is being read: their text is code
        self._formats: dict = {}
        self._keys: dict = {}  # (pstyle, op, author, date, link) -> {rPr signature: key}
        self._styles: dict = {}  # paragraph style id -> (ITU id, numbering)
        self._made: dict = {}  # Segments built so far, shared (see received.join_items)
        self._tables = 0  # depth of w:tbl around the current paragraph
        self._block: tuple | None = None  # (op, author, date) of a w:ins / w:del round paragraphs
        self._spec_vanish = False  # the paragraph just read has its mark hidden (run-in)
        self._drop_cap = False  # the paragraph just read is a drop cap (run-in, the next's style)
        self.ruby: list[str] = []  # phonetic guides (w:rt) left out, for the import notes

    # -- blocks ---------------------------------------------------------------------------------
    def blocks(self, container) -> Iterator[SourceParagraph]:
        """Every paragraph under a body-like element, in document order."""
        run_in = None  # a paragraph whose mark Word's style separator hides: on the next's line
        drop_cap = False  # run_in is a drop cap: the joined paragraph is the next one's
        for el in container:
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if tag == _P:
                para = self.paragraph(el)
                if run_in is not None:
                    para, run_in = _run_together(run_in, para, drop_cap), None
                if self._spec_vanish or self._drop_cap:
                    drop_cap = self._drop_cap
                    self._spec_vanish = self._drop_cap = False
                    # (bounded: a hostile chain of hidden marks would join ever longer tuples)
                    if not self._boxes and len(para.marks) < 256:
                        run_in = para
                        continue
                yield para
                # text boxes anchored in the paragraph read as paragraphs after it
                while self._boxes:
                    yield from self.blocks(self._boxes.pop(0))
                continue
            if run_in is not None:
                yield run_in
                run_in = None
            if tag == _TBL:
                # the recognizer keeps table text apart: "1 300-1 350" in an RR table is no item
                self._tables += 1
                try:
                    yield from self.blocks(el)
                finally:
                    self._tables -= 1
            elif tag in _REVISIONS:
                # a w:ins / w:del round whole paragraphs (not schema-valid, but some tools write
                # it): its revision applies to the paragraphs inside
                outer = self._block
                self._block = (_REVISIONS[tag], el.get(_AUTHOR), el.get(_DATE))
                try:
                    yield from self.blocks(el)
                finally:
                    self._block = outer
            elif tag in _TABLE_PARTS:
                # a row or cell inserted or deleted with Track Changes (w:trPr/w:ins,
                # w:tcPr/w:cellIns) marks its text as a w:ins round its paragraphs would
                change = _table_part_change(el)
                if change is None:
                    yield from self.blocks(el)
                else:
                    outer = self._block
                    self._block = change
                    try:
                        yield from self.blocks(el)
                    finally:
                        self._block = outer
            elif tag in _BLOCK_CONTAINERS:
                yield from self.blocks(el)
            elif tag == _W + "sdt":
                content = el.find(_W + "sdtContent")
                if content is not None:
                    yield from self.blocks(content)
            elif tag == _MC + "AlternateContent":
                chosen = choose_alternate(el)
                if chosen is not None:
                    yield from self.blocks(chosen)
            elif tag == _W + "altChunk":  # an HTML / RTF / other file pasted in whole
                self.chunks += 1
        if run_in is not None:
            yield run_in

    # -- one paragraph --------------------------------------------------------------------------
    def paragraph(self, p) -> SourceParagraph:
        style_id = None
        level = 0
        paragraph_op = Op.KEEP
        author = date = None
        bullet = False
        numpr = ind = None
        for ppr in p:  # w:pPr, when there is one, is the first child
            if ppr.tag != _PPR:
                break
            for child in ppr:  # one pass: find() costs microseconds per call
                tag = child.tag
                if tag == _PSTYLE:
                    style_id = child.get(_VAL)
                elif tag == _RPR:
                    for change in child:
                        op = _REVISIONS.get(change.tag)
                        if op is not None:
                            paragraph_op = op
                            author, date = change.get(_W + "author"), change.get(_W + "date")
                        elif change.tag == _SPEC_VANISH:  # Word's style separator
                            self._spec_vanish = True
                elif tag == _NUMPR:
                    numpr = child
                elif tag == _IND:
                    ind = child
                elif tag == _FRAME_PR and child.get(_W + "dropCap") not in (None, "none"):
                    self._drop_cap = True  # a drop cap: the first letter of the next paragraph
            break
        else:
            ppr = None
        style = self._styles.get(style_id)
        if style is None:  # once per style id: its ITU id and the numbering it gives
            style = self._styles[style_id] = (self.styles.paragraph_style(style_id),
                                              self.styles.numbering_of(style_id))
        num = None
        if ppr is not None:
            num = read_numpr(numpr) if numpr is not None else style[1]
            if num is not None and num[0] is None and style[1] is not None:
                num = (style[1][0], num[1])  # the level given, the list from the style
        items: list = []
        figures = self.figures
        if self._block is None:
            self._inline(p, style_id, Op.KEEP, None, None, False, items)
        else:
            op, author, date = self._block
            if paragraph_op is Op.KEEP:
                paragraph_op = op
            self._inline(p, style_id, op, author, date, False, items)
        if self._custom_marks:
            self._custom_marks = False
            _take_custom_marks(items)
        if num is not None:
            level, bullet = self._number(num, items, paragraph_op, author, date)
        if not level and ind is not None:
            level = _indent_level(ind)
        # a field instruction never runs on past its paragraph; a result may (tables of contents)
        while self._fields and not self._fields[-1].in_result:
            self._fields.pop()
            self._hidden -= 1
        para = SourceParagraph(join_items(items, self._made), style[0], level, paragraph_op,
                               bullet, self._tables > 0)
        para.figures = self.figures - figures
        return para

    def _number(self, num: tuple, items: list, paragraph_op: Op, author, date) -> tuple[int, bool]:
        """Put the automatic number of a list paragraph before its text: the base text's and
        the draft's, which differ after a tracked deletion or insertion of an item above it
        (shown as the old number deleted and the new one inserted). (list depth, bulleted)."""
        ops = {item[0][0] for item in items if item[1] or item[2] is not None}
        if not ops:
            ops = {paragraph_op}
        in_base, in_draft = ops != {Op.INSERT}, ops != {Op.DELETE}
        labels = self.numbering.label(num[0], num[1], in_base=in_base, in_draft=in_draft)
        if labels is None:
            return 0, False
        base, draft = labels
        if BULLET in (base, draft):
            return num[1] + 1, True
        if base is None and draft is None:
            return 0, False
        if base == draft:
            # in the base text and the draft alike: unchanged, whatever the paragraph mark says
            # (Word records Enter pressed at the end of an item, or a join, on that item's mark)
            items.insert(0, ((Op.KEEP, False, False, False, None, None), base, None))
        elif base is None or draft is None:
            op = Op.INSERT if base is None else Op.DELETE
            items.insert(0, ((op, False, False, False, author, date), base or draft, None))
        else:  # renumbered: the old number deleted, the new one inserted
            label_base, label_draft = base.rstrip("\t "), draft.rstrip("\t ")
            items[0:0] = [((Op.DELETE, False, False, False, author, date), label_base, None),
                          ((Op.INSERT, False, False, False, author, date), label_draft, None),
                          ((Op.KEEP, False, False, False, None, None), base[len(label_base):],
                           None)]
        return num[1] + 1, False

    def _inline(self, parent, pstyle, op, author, date, link, out: list) -> None:
        """Append (key, text, footnote) items for the runs under parent; key = (op, italic, bold,
        superscript, author, date). The hot path of the reader: w:r and its w:t come first, and
        a run's key is looked up by its rPr signature in a table for this context (paragraph
        style, revision, link) instead of being resolved through the styles each time."""
        keys = None
        for el in parent:
            tag = el.tag
            if tag == _R:
                rpr = key = None
                for child in el:
                    tag = child.tag
                    if tag in (_T, _DELTEXT):
                        text = child.text
                        if not text or self._hidden:
                            continue
                    elif tag == _RPR:
                        rpr = child
                        continue
                    elif tag == _TAB:
                        if self._hidden:
                            continue
                        text = "\t"
                    elif isinstance(tag, str):
                        text = None
                    else:
                        continue
                    if key is None:
                        if self._fields:  # inside a field result the key depends on the field
                            key = self._key(pstyle, rpr, op, author, date, link)
                        else:
                            if keys is None:
                                keys = self._keys.get((pstyle, op, author, date, link))
                                if keys is None:
                                    keys = self._keys[(pstyle, op, author, date, link)] = {}
                            if rpr is None:
                                signature = None
                            elif len(rpr) == 1:  # the usual single property, without a loop
                                only = rpr[0]
                                signature = (only.tag, only.get(_VAL))
                            else:
                                signature = tuple([(c.tag, c.get(_VAL)) for c in rpr])
                            key = keys.get(signature, _UNSEEN)
                            if key is _UNSEEN:
                                key = self._key(pstyle, rpr, op, author, date, link)
                                # a format change's key depends on the formatting before it
                                if signature is None or _FORMAT_CHANGE not in signature:
                                    keys[signature] = key
                        if key is None:  # hidden text: the rest of the run is not read
                            break
                    if text is None:
                        self._special(child, tag, key, out)
                    else:
                        out.append((key, text, None))
                continue
            if tag == _PPR or not isinstance(tag, str):
                continue
            rev = _REVISIONS.get(tag)
            if rev is not None:
                # a change inside a change: a deletion of inserted text is a deletion
                inner = rev if op is Op.KEEP or rev is Op.DELETE else op
                self._inline(el, pstyle, inner, el.get(_AUTHOR), el.get(_DATE), link, out)
            elif tag == _HYPERLINK:
                self._inline(el, pstyle, op, author, date, True, out)
            elif tag in _INLINE_CONTAINERS:
                is_link = link or (tag == _W + "fldSimple"
                                   and "HYPERLINK" in (el.get(_W + "instr") or "").upper())
                self._inline(el, pstyle, op, author, date, is_link, out)
            elif tag == _W + "sdt":
                content = el.find(_W + "sdtContent")
                if content is not None:
                    self._inline(content, pstyle, op, author, date, link, out)
            elif tag == _MC + "AlternateContent":
                chosen = choose_alternate(el)
                if chosen is not None:
                    self._inline(chosen, pstyle, op, author, date, link, out)
            elif tag in (_M + "oMath", _M + "oMathPara"):
                text = "".join(t.text or "" for t in el.iter(_M + "t"))
                if text and not self._hidden:
                    out.append(((op, False, False, False, author, date), text, None))

    def _key(self, pstyle, rpr, op, author, date, link) -> tuple | None:
        """The run's (op, italic, bold, superscript, author, date), None for hidden text."""
        italic, bold, sup, strike, underline, hidden, link_style = self._format(pstyle, rpr)
        if hidden:
            return None
        if op is Op.KEEP and self.static_marks and not (
                link or link_style or (self._fields and self._in_link())):
            change = rpr.find(_FORMAT_CHANGE[0]) if (strike or underline) and (
                rpr is not None) else None
            if change is not None:
                # underline or strike applied with Track Changes on changes the formatting of
                # text already there: a mark only where the text had it before the change too
                before = self._format(pstyle, change.find(_RPR))
                strike, underline = strike and before[3], underline and before[4]
            if strike:
                op = Op.DELETE
            elif underline:
                op = Op.INSERT
        return (op, italic, bold, sup, author, date)

    def _special(self, child, tag, key, out: list) -> None:
        """The rare children of a run: fields, breaks, symbols, notes, drawings."""
        if tag == _W + "fldChar":
            self._field_char(child.get(_W + "fldCharType"))
            return
        if tag in (_W + "instrText", _W + "delInstrText"):
            field_ = self._fields[-1] if self._fields else None
            # only the instruction's start matters (HYPERLINK); bounded, as text can be huge
            if field_ is not None and not field_.in_result and len(field_.instruction) < 256:
                field_.instruction += child.text or ""
            return
        if self._hidden:
            return
        if tag == _W + "ptab":
            out.append((key, "\t", None))
        elif tag in (_W + "br", _W + "cr"):
            kind = child.get(_W + "type")
            out.append((key, " " if kind in ("page", "column") else "\n", None))
        elif tag == _W + "noBreakHyphen":
            out.append((key, "-", None))
        elif tag == _W + "sym":
            out.append((key, _symbol(child.get(_W + "char"), child.get(_W + "font")), None))
        elif tag in (_W + "footnoteReference", _W + "endnoteReference"):
            notes = self.footnotes if tag == _W + "footnoteReference" else self.endnotes
            versions = notes.get(child.get(_W + "id"))
            if versions is not None:
                mark = FOOTNOTE_MARK
                if child.get(_W + "customMarkFollows") in ("1", "true", "on"):
                    self._custom_marks = True  # the mark is the text that follows ("*")
                    mark = _CUSTOM_MARK
                out.extend(reference_items(key, mark, versions))
        elif tag == _MC + "AlternateContent":
            chosen = choose_alternate(child)
            if chosen is not None:
                for inner in chosen.iterchildren():
                    if isinstance(inner.tag, str):
                        if inner.tag in (_T, _DELTEXT):
                            if inner.text:
                                out.append((key, inner.text, None))
                        elif inner.tag == _TAB:
                            out.append((key, "\t", None))
                        elif inner.tag != _RPR:
                            self._special(inner, inner.tag, key, out)
        elif tag in (_W + "drawing", _W + "pict"):
            boxes = _text_boxes(child)
            if not boxes:
                if next(child.iter(*_FIGURES), None) is not None:  # not a bare line or shape
                    self.figures += 1
            elif len(self._boxes) < 64:
                self._boxes.extend(boxes)
        elif tag == _W + "object":
            self.figures += 1
        elif tag == _W + "ruby":  # a phonetic guide (w:rt) over the text printed (w:rubyBase)
            base = child.find(_W + "rubyBase")
            if base is not None:
                out.append((key, "".join(t.text or "" for t in base.iter(_T)), None))
            guide = child.find(_W + "rt")
            if guide is not None and len(self.ruby) < 1000:
                self.ruby.append("".join(t.text or "" for t in guide.iter(_T)).strip()[:60])
        elif tag == _W + "commentReference":
            self.comments += 1

    def _format(self, pstyle, rpr) -> tuple:
        """(italic, bold, superscript, strike, underline, hidden, hyperlink style) of a run,
        cached by paragraph style and the run's own properties."""
        signature = None if rpr is None else tuple([(c.tag, c.get(_VAL)) for c in rpr])
        cache_key = (pstyle, signature)
        found = self._formats.get(cache_key)
        if found is None:
            direct = read_rpr(rpr)
            fmt = self.styles.formatting(pstyle, direct.get("rstyle"))
            if direct:
                fmt = {**fmt, **direct}
            found = (bool(fmt.get("italic")), bool(fmt.get("bold")),
                     bool(fmt.get("superscript")), bool(fmt.get("strike")),
                     bool(fmt.get("underline")), bool(fmt.get("hidden")),
                     self.styles.is_hyperlink_style(direct.get("rstyle")))
            self._formats[cache_key] = found
        return found

    # -- fields ---------------------------------------------------------------------------------
    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            if len(self._fields) < 64:
                self._fields.append(_Field())
                self._hidden += 1
        elif kind == "separate":
            if self._fields and not self._fields[-1].in_result:
                self._fields[-1].in_result = True
                self._hidden -= 1
        elif kind == "end" and self._fields and not self._fields.pop().in_result:
            self._hidden -= 1

    def _in_link(self) -> bool:
        return any(f.in_result and "HYPERLINK" in f.instruction.upper() for f in self._fields)


def _table_part_change(el) -> tuple | None:
    """(op, author, date) of a table row or cell inserted or deleted with Track Changes."""
    props = el[0] if len(el) else None
    if props is None or props.tag not in (_W + "trPr", _W + "tcPr"):
        return None
    for change in props:
        op = _TABLE_CHANGES.get(change.tag)
        if op is not None:
            return op, change.get(_AUTHOR), change.get(_DATE)
    return None


def _run_together(first: SourceParagraph, then: SourceParagraph,
                  drop_cap: bool = False) -> SourceParagraph:
    """Two paragraphs Word prints as one (the first one's mark hidden by a style separator, or
    the first a drop cap): one paragraph ending with the second one's mark, in the first one's
    style (a run-in heading) or, after a drop cap, the second one's."""
    lead = then if drop_cap else first
    para = SourceParagraph(first.marks + then.marks, lead.style, lead.level or then.level,
                           then.paragraph_op, first.bullet or then.bullet, then.in_table)
    para.figures = first.figures + then.figures
    return para


_CUSTOM_MARK = "\x00custom mark"  # stands for a footnote mark the next text gives


def _take_custom_marks(items: list) -> None:
    """A footnote reference with a custom mark (Word's customMarkFollows: ITU's '*' notes) takes
    its mark from the text right after it; the note's own text drops the mark it repeats. (A
    note changed inside is two references in a row, its base and its proposed version: both
    take the mark that follows them.)"""
    waiting: list[int] = []  # references whose mark is the text still to come
    for i, (key, text, note) in enumerate(items):
        if note is not None:
            if text is _CUSTOM_MARK:
                waiting.append(i)
            elif waiting:  # another note before any text: no mark for those waiting
                _give_mark(items, waiting, "")
            continue
        if waiting and text:
            mark = text[:len(text) - len(text.lstrip("*†‡§#"))][:4] or text[:1]
            items[i] = (key, text[len(mark):], None)
            _give_mark(items, waiting, mark)
    _give_mark(items, waiting, "")


def _give_mark(items: list, waiting: list[int], mark: str) -> None:
    for i in waiting:
        key, _text, note = items[i]
        items[i] = (key, mark, _without_mark(note, mark))
    waiting.clear()


def _without_mark(note: Footnote, mark: str) -> Footnote:
    runs = list(note.runs)
    if mark and runs and runs[0].footnote is None and runs[0].text.startswith(mark):
        rest = runs[0].text[len(mark):]
        runs[0:1] = [runs[0].with_text(rest)] if rest.strip() else []
        if runs and runs[0].footnote is None:
            runs[0] = runs[0].with_text(runs[0].text.lstrip())
    return Footnote(tuple(r for r in runs if r.text or r.footnote is not None))


def choose_alternate(el):
    """The mc:Choice whose namespaces we understand, else mc:Fallback: read exactly once."""
    nsmap = el.nsmap
    for choice in el.iterchildren(_MC + "Choice"):
        requires = (choice.get("Requires") or "").split()
        if requires and all(nsmap.get(p) in UNDERSTOOD.values() for p in requires):
            return choice
    return el.find(_MC + "Fallback")


def _text_boxes(el) -> list:
    """Outermost w:txbxContent elements under a drawing (nested boxes are read by their own)."""
    out = []
    for box in el.iter(_W + "txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not el and parent.tag != _W + "txbxContent":
            parent = parent.getparent()
        if parent is None or parent is el:
            out.append(box)
    return out


def footnote_bodies(root, walker: BodyWalker, tag: str) -> dict[str, tuple]:
    """id -> the note's versions (received.note_versions) for footnotes.xml / endnotes.xml;
    separators are left out."""
    out: dict[str, tuple] = {}
    if root is None:
        return out
    for note in root.iterchildren(tag):
        if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        note_id = note.get(_W + "id")
        if note_id is None or note_id in out:
            continue
        out[note_id] = note_versions([para.marks for para in walker.blocks(note)])
    return out


def _indent_level(ind) -> int:
    """A list depth guessed from a direct left indent (enumlev1..3 sit at 1.40, 2.10, 2.80 cm)."""
    if ind is None:
        return 0
    left = _int(ind.get(_W + "left") or ind.get(_W + "start"))
    if left < 600:
        return 0
    return min(3, 1 + max(0, round((left - 794) / 397)))


def _symbol(code: str | None, font: str | None = None) -> str:
    """The character of a w:sym (Insert Symbol): codes of the symbol fonts (F0xx) are glyph
    positions, mapped to their Unicode characters; other codes are Unicode already."""
    try:
        n = int(code or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= n <= 0xF0FF:  # a symbol font's private use area
        n -= 0xF000
        name = (font or "Symbol").strip().lower()
        if name.startswith("wingdings"):
            # Wingdings glyphs in running text are list bullets (squares, arrows, ticks)
            return "•" if n in _WINGDINGS_BULLETS else ""
        if name == "symbol":
            found = _SYMBOL_FONT.get(n)
            if found is not None:
                return found
    return chr(n) if 0x20 <= n < 0x110000 and not 0xD800 <= n <= 0xDFFF else ""


# The Symbol font's positions that differ from Latin-1 (Adobe's Symbol encoding), as far as ITU
# texts use them: Greek letters, mathematical signs, arrows, bullets. 0x2D, its minus, is read as
# the en dash ITU texts use for dash items.
_SYMBOL_FONT = {
    **dict(zip(range(0x41, 0x5B), "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")),
    **dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ")),
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "–", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥",
    0x7E: "∼", 0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA6: "ƒ", 0xA7: "♣", 0xA8: "♦",
    0xA9: "♥", 0xAA: "♠", 0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓", 0xB0: "°",
    0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•", 0xB8: "÷",
    0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xC6: "∅", 0xC7: "∩", 0xC8: "∪", 0xD0: "∠",
    0xD1: "∇", 0xD6: "√", 0xD7: "⋅", 0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xE0: "◊", 0xE5: "∑",
    0xF2: "∫",
}
_WINGDINGS_BULLETS = {0x6C, 0x6E, 0x71, 0x76, 0x9F, 0xA7, 0xA8, 0xD8, 0xE8, 0xFC}


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
