"""Read a received ODT into the editor's model.

content.xml and styles.xml are read with lxml inside the safe zip (the hardened parser; odfpy's
parser resolves nothing dangerous either, but is several times slower and would build a second
tree). Paragraphs, headings, lists (the depth becomes the level hint and numbered lists get the
label a reader sees), tables, sections, text boxes, footnotes (text:note) and ODF tracked changes
become SourceParagraphs for the shared structure recognizer:

* an insertion is the content between text:change-start and text:change-end (it may span
  paragraphs: a paragraph whose end lies inside an insertion has an inserted paragraph mark);
* a deletion is a text:change point; the deleted text lives in the text:changed-region, possibly
  as several paragraphs (then the paragraph marks in between were deleted too).
Static underline / strike-through from the styles count as inserted / deleted text.
"""

from __future__ import annotations

import os
import re

from ..domain.document import Document
from ..domain.revisions import Op
from .errors import FormatError
from .odt_read_styles import BULLET, O_, T_, ListCounter, OdtStyles
from .received import (
    FOOTNOTE_MARK,
    comments_note,
    join_items,
    no_gc,
    note_versions,
    recognize,
    reference_items,
    ruby_note,
)
from .safezip import DEFAULT_LIMITS, Limits, SafeZip
from .source_paragraph import SourceParagraph

_DC = "{http://purl.org/dc/elements/1.1/}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_ENCRYPTION_DATA = re.compile(rb"<([\w.-]+:)?encryption-data\b")
_TEXT_TYPES = ("application/vnd.oasis.opendocument.text",
               "application/vnd.oasis.opendocument.text-template")

_PARAGRAPHS = {T_ + "p", T_ + "h"}
_CONTAINERS = {
    _TABLE + "table", _TABLE + "table-row", _TABLE + "table-rows", _TABLE + "table-header-rows",
    _TABLE + "table-row-group", _TABLE + "table-cell", T_ + "section",
    T_ + "table-of-content", T_ + "illustration-index", T_ + "table-index",
    T_ + "alphabetical-index", T_ + "user-index", T_ + "object-index", T_ + "bibliography",
    O_ + "text", T_ + "note-body", _DRAW + "text-box", T_ + "deletion", T_ + "index-title",
}
# Generated indexes (tables of contents, alphabetical indexes): their entries repeat headings and
# proposal lines with page numbers, so the recognizer keeps them apart as it keeps tables.
_INDEX_BODY = T_ + "index-body"
# Inline elements whose content is not text of the document.
_ANNOTATION = O_ + "annotation"
_SKIPPED = {_ANNOTATION, T_ + "note-citation", T_ + "tracked-changes",
            T_ + "hidden-paragraph", T_ + "sequence-decls", O_ + "change-info",
            _DRAW + "control"}  # (form controls: counted with the figures in _inline)
_HIDDEN_TEXT, _HIDDEN_PARAGRAPH, _IS_HIDDEN = (T_ + "hidden-text", T_ + "hidden-paragraph",
                                               T_ + "is-hidden")
_CONTENT_CONTROL = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}" \
    "content-control"
# Fields that show the text of what they refer to (Word's REF fields become these).
_REFERENCE_FIELDS = {T_ + "bookmark-ref", T_ + "reference-ref",
                     T_ + "bibliography-mark"}  # (the citation it prints: "[ITU2014]")
_SHAPES = {_DRAW + "custom-shape", _DRAW + "rect"}
_SPACES = re.compile(r"[ \t\r\n]+")
_SPAN, _TAB, _STYLE_NAME = T_ + "span", T_ + "tab", T_ + "style-name"
_CHANGE, _CHANGE_START, _CHANGE_END = T_ + "change", T_ + "change-start", T_ + "change-end"
_CHANGE_ID = T_ + "change-id"
_A, _S, _LINE_BREAK, _NOTE = T_ + "a", T_ + "s", T_ + "line-break", T_ + "note"
_LISTS = (T_ + "list", T_ + "list-item")
_CHANGE_INFO, _CREATOR, _DATE = O_ + "change-info", _DC + "creator", _DC + "date"


def _relabel_split_item(pieces: list[list]) -> None:
    """A list item whose text follows deleted list items (LibreOffice keeps them, deleted, at
    the start of the surviving item's paragraph): the label read for the item belongs to the
    deleted item in the base text and to the surviving text in the draft. Where the first
    piece keeps text of its own, the deleted mark joined two paragraphs: no second label."""
    first, last = pieces[0], pieces[-1]
    if _text_op(first[1:]) is not Op.DELETE or _text_op(last) is None:
        return
    last.insert(0, first[0])
    _label_as_text(last)


def _label_as_text(piece: list) -> None:
    """The list label (the piece's first item) is inserted or deleted with the item's text, not
    with a change that only starts or ends at the paragraph's edge."""
    op = _text_op(piece[1:])
    key, label, _note = piece[0]
    if op is not None and op is not key[0]:
        piece[0] = ((op, *key[1:]), label, None)


def _text_op(items: list) -> Op | None:
    """The op all the text of items shares (KEEP when they differ), None without text."""
    ops = {item[0][0] for item in items if item[1] or item[2] is not None}
    if not ops:
        return None
    return next(iter(ops)) if len(ops) == 1 else Op.KEEP


class _Break:
    """Where a deleted paragraph mark was; style: the style of the paragraph it ended."""

    __slots__ = ("style",)

    def __init__(self, style: str | None):
        self.style = style


_UNSEEN = object()  # splits a paragraph where a deletion removed a paragraph mark


def read(path, *, static_marks: bool = True, limits: Limits = DEFAULT_LIMITS) -> Document:
    with no_gc():
        paragraphs, notes = read_paragraphs(path, static_marks=static_marks, limits=limits)
        return recognize(paragraphs, notes, path)


def read_paragraphs(path, *, static_marks: bool = True,
                    limits: Limits = DEFAULT_LIMITS) -> tuple[list[SourceParagraph], list[str]]:
    path = os.fspath(path)
    try:
        with no_gc(), SafeZip(path, limits=limits, what="text document (ODT)") as pkg:
            return _read_package(pkg, static_marks)
    except RecursionError:
        raise FormatError(path, "document structure nested too deeply") from None
    except MemoryError:
        raise FormatError(path, "document too large to read") from None


def _read_package(pkg: SafeZip, static_marks: bool) -> tuple[list[SourceParagraph], list[str]]:
    path = pkg.path
    notes: list[str] = []
    if pkg.has("mimetype"):
        mimetype = pkg.read("mimetype")[:200].decode("ascii", "replace").strip()
        if mimetype not in _TEXT_TYPES:
            raise FormatError(path, f"not a text document (ODT): its type is {mimetype[:80]!r}")
    if not pkg.has("content.xml"):
        raise FormatError(path, "not an ODT document: the package has no content.xml")
    # The manifest is only asked whether parts are encrypted, and is not parsed: OpenOffice 2
    # wrote it with a DOCTYPE whose DTD declares its namespace (XML we refuse to parse).
    if pkg.has("META-INF/manifest.xml") and _ENCRYPTION_DATA.search(
            pkg.read("META-INF/manifest.xml")):
        raise FormatError(path, "the document is password-protected; remove the password first")
    if any(n.startswith(("Basic/", "Scripts/")) for n in pkg.names):
        notes.append("the file carries macros; they were ignored and never run")
    styles = OdtStyles()
    content = pkg.read_xml("content.xml")
    if content.tag != O_ + "document-content":
        raise FormatError(path, "not an ODT document: content.xml has no document content")
    # content.xml's automatic styles first: styles.xml may reuse their names for headers
    styles.add(content.find(O_ + "automatic-styles"), direct=True)
    if pkg.has("styles.xml"):
        common = pkg.read_xml("styles.xml")
        styles.add(common.find(O_ + "styles"))
        styles.add(common.find(O_ + "automatic-styles"))
    body = content.find(f"{O_}body/{O_}text")
    if body is None:
        kinds = [c.tag.rpartition("}")[2] for c in content.iterfind(f"{O_}body/*")]
        raise FormatError(path, "not a text document (ODT)" + (
            f": it holds a {kinds[0]}" if kinds else ": it has no text body"))
    walker = OdtWalker(styles, _changes(body), static_marks=static_marks)
    paragraphs = list(walker.blocks(body))
    return paragraphs, notes + ruby_note(walker.ruby) + comments_note(walker.comments)


def _changes(body) -> dict[str, tuple[str, str | None, str | None, object]]:
    """changed-region id -> (kind, author, date, the region element)."""
    out = {}
    kinds = {T_ + "insertion": "insertion", T_ + "deletion": "deletion",
             T_ + "format-change": "format-change"}
    for tracked in body.iterchildren(T_ + "tracked-changes"):
        for region in tracked.iterchildren(T_ + "changed-region"):
            region_id = region.get(T_ + "id") or region.get(_XML_ID)
            if not region_id or region_id in out:
                continue
            for change in region:
                kind = kinds.get(change.tag)
                if kind is None:
                    continue
                author = date = None
                for info in change:
                    if info.tag == _CHANGE_INFO:
                        for item in info:
                            tag = item.tag
                            if tag == _CREATOR:
                                author = item.text
                            elif tag == _DATE:
                                date = item.text
                        break
                out[region_id] = (kind, author, date, change)
                break
    return out


class OdtWalker:
    def __init__(self, styles: OdtStyles, changes: dict, *, static_marks: bool = True):
        self.styles = styles
        self.changes = changes
        self.static_marks = static_marks
        self.ruby: list[str] = []  # ruby (reading aid) texts left out, for the import notes
        self.counter = ListCounter(styles)
        self._open: dict[str, tuple[str | None, str | None]] = {}  # open insertions
        self._reformatted: set[str] = set()  # open format-change regions
        self._boxes: list = []
        self.figures = 0  # pictures, charts and embedded objects met (the model has none)
        self.comments = 0
        self._depth = 0  # footnotes and deletions read inside paragraphs
        self._deleting: tuple[str | None, str | None] = (None, None)  # author, date
        self._keys: dict = {}
        self._tables = 0  # depth of table:table around the current paragraph
        self._breaks = 0  # _Breaks made so far (a paragraph without any is not split)
        self._styles: dict = {}  # style name -> ITU id
        self._made: dict = {}  # Segments built so far, shared (see received.join_items)
        self._plain: dict = {}  # (pstyle, spans, link) -> key of text outside tracked changes

    # -- blocks ---------------------------------------------------------------------------------
    def blocks(self, container, *, deleted: bool = False):
        for el in container.iterchildren():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if tag in _PARAGRAPHS:
                yield from self.paragraph(el, deleted=deleted)
                while self._boxes:
                    yield from self.blocks(self._boxes.pop(0), deleted=deleted)
            elif tag == T_ + "list":
                yield from self._list(el, 1, None, deleted)
            elif tag == _TABLE + "table" or tag == _INDEX_BODY:
                # the recognizer keeps table text apart: "1 300-1 350" in an RR table is no item
                self._tables += 1
                try:
                    yield from self.blocks(el, deleted=deleted)
                finally:
                    self._tables -= 1
            elif tag in _CONTAINERS:
                yield from self.blocks(el, deleted=deleted)
            elif tag == T_ + "numbered-paragraph":  # a list item without its list (ODF 1.2)
                yield from self._numbered_paragraph(el, deleted)
            elif tag == T_ + "change-start":
                self._start(el)
            elif tag == T_ + "change-end":
                self._end(el)
            elif tag == _CHANGE and not deleted:  # a table or section deleted whole
                yield from self._deleted_blocks(el.get(_CHANGE_ID))

    def _deleted_blocks(self, change_id: str | None):
        change = self.changes.get(change_id)
        if change is None or change[0] != "deletion" or self._depth > 4:
            return
        saved = self._deleting
        self._deleting = (change[1], change[2])
        self._depth += 1
        try:
            yield from self.blocks(change[3], deleted=True)
        finally:
            self._depth -= 1
            self._deleting = saved

    def _list(self, el, level: int, style: str | None, deleted: bool):
        style = el.get(T_ + "style-name") or style
        if level == 1 and style and el.get(T_ + "continue-numbering") != "true" and (
                el.get(T_ + "continue-list") is None):
            self.counter.restart(style)
        for item in el.iterchildren(T_ + "list-item", T_ + "list-header"):
            start = item.get(T_ + "start-value")
            first = True
            for child in item.iterchildren():
                if child.tag == T_ + "list":
                    yield from self._list(child, level + 1, style, deleted)
                elif child.tag in _PARAGRAPHS:
                    label = None
                    if first and item.tag == T_ + "list-item":
                        label = self.counter.label(style, level, _int_or_none(start))
                    first = False
                    yield from self.paragraph(child, level=level, label=label, deleted=deleted)
                elif child.tag in _CONTAINERS:
                    yield from self.blocks(child, deleted=deleted)

    def _numbered_paragraph(self, el, deleted: bool):
        level = min(_int_or_none(el.get(T_ + "level")) or 1, 10)
        number = el.find(T_ + "number")
        # the number as LibreOffice last printed it, then the tab a list label ends with
        label = "".join(number.itertext()).strip() if number is not None else ""
        for child in el.iterchildren(*_PARAGRAPHS):
            yield from self.paragraph(child, level=level, label=f"{label}\t" if label else None,
                                      deleted=deleted)
            label = ""

    # -- paragraphs -----------------------------------------------------------------------------
    def paragraph(self, p, *, level: int = 0, label: str | None = None, deleted: bool = False):
        hidden = p.find(_HIDDEN_PARAGRAPH)
        if hidden is not None and hidden.get(_IS_HIDDEN) == "true":
            return  # hidden by its condition, as DOCX hidden text is left out
        style_name = p.get(_STYLE_NAME)
        bullet = label == BULLET
        out: list = []  # (key, text, footnote) items as docx_body builds them, and _Breaks
        if label and not bullet:
            op = Op.DELETE if deleted else self._op()
            author, date = self._who()
            out.append(((op, False, False, False, author, date), label, None))
        breaks = self._breaks
        figures = self.figures
        self._inline(p, style_name, (), False, deleted, out)
        figures = self.figures - figures
        paragraph_op = Op.DELETE if deleted else (Op.INSERT if self._open else Op.KEEP)
        # split where deleted paragraph marks were; each deleted paragraph keeps its own style
        # (LibreOffice gives the surviving paragraph the style of the last one)
        if self._breaks == breaks:  # none in this paragraph: no need to look
            pieces = [out]
            styles = [style_name]
        else:
            pieces = [[]]
            styles = []
            for item in out:
                if item.__class__ is _Break:
                    pieces.append([])
                    styles.append(item.style)
                else:
                    pieces[-1].append(item)
            styles.append(style_name)
            if label and not bullet:
                _relabel_split_item(pieces)
        if label and not bullet:
            _label_as_text(pieces[0])
        last = len(pieces) - 1
        for i, piece in enumerate(pieces):
            name = styles[i] or style_name
            style = self._styles.get(name, _UNSEEN)
            if style is _UNSEEN:
                style = self._styles[name] = self.styles.paragraph_style(name)
            para = SourceParagraph(join_items(piece, self._made), style, level,
                                   Op.DELETE if i < last else paragraph_op, bullet and i == 0,
                                   self._tables > 0)
            if i == last:
                para.figures = figures
            yield para

    def _op(self) -> Op:
        return Op.INSERT if self._open else Op.KEEP

    def _who(self) -> tuple[str | None, str | None]:
        if self._open:
            return next(reversed(self._open.values()))
        return None, None

    def _start(self, el) -> None:
        change = self.changes.get(el.get(T_ + "change-id"))
        if change is None:
            return
        if change[0] == "insertion":
            self._open[el.get(T_ + "change-id")] = (change[1], change[2])
        elif change[0] == "format-change":
            # formatting applied with changes recorded (Word's w:rPrChange, as LibreOffice keeps
            # it): text already there, whose new underline or strike marks nothing
            self._reformatted.add(el.get(T_ + "change-id"))

    def _end(self, el) -> None:
        change_id = el.get(_CHANGE_ID)
        self._open.pop(change_id, None)
        self._reformatted.discard(change_id)

    def _inline(self, el, pstyle, spans, link, deleted, out: list) -> None:
        """Append (key, text, footnote) items for el's text, children and their tails. The hot
        path of the reader: text outside tracked changes takes this context's key, looked up
        once per call."""
        context = (pstyle, spans, link, bool(self._reformatted))
        plain = self._plain.get(context, _UNSEEN)
        if plain is _UNSEEN:
            plain = self._plain[context] = self._key(pstyle, spans, link, Op.KEEP, None, None)
        text = el.text
        if text:
            if "  " in text or "\n" in text or "\t" in text or "\r" in text:
                text = _SPACES.sub(" ", text)  # ODF collapses whitespace in text nodes
            key = self._tracked_key(pstyle, spans, link, deleted) if (
                deleted or self._open) else plain
            if key is not None:
                out.append((key, text, None))
        for child in el:
            tag = child.tag
            if tag == _SPAN:
                name = child.get(_STYLE_NAME)
                self._inline(child, pstyle, (*spans, name) if name else spans, link, deleted,
                             out)
            elif tag == _TAB:
                self._emit("\t", pstyle, spans, link, deleted, out)
            elif isinstance(tag, str) and tag not in _SKIPPED:
                self._element(child, tag, pstyle, spans, link, deleted, out)
            elif tag == _ANNOTATION:
                self.comments += 1
            elif tag == _DRAW + "control":  # a form field: its value lives in office:forms
                self.figures += 1
            text = child.tail
            if text:
                if "  " in text or "\n" in text or "\t" in text or "\r" in text:
                    text = _SPACES.sub(" ", text)
                key = self._tracked_key(pstyle, spans, link, deleted) if (
                    deleted or self._open) else plain
                if key is not None:
                    out.append((key, text, None))

    def _element(self, child, tag, pstyle, spans, link, deleted, out: list) -> None:
        if tag == _CONTENT_CONTROL:  # a Word content control as LibreOffice keeps it
            self._inline(child, pstyle, spans, link, deleted, out)
        elif tag == _HIDDEN_TEXT:  # shown or not by its condition, as last computed
            if child.get(_IS_HIDDEN) == "false":
                text = child.get(T_ + "string-value")
                if text is None:
                    self._inline(child, pstyle, spans, link, deleted, out)
                elif text:
                    self._emit(text, pstyle, spans, link, deleted, out)
        elif tag == T_ + "ruby":  # the base text; the reading aid above it is not the text
            base = child.find(T_ + "ruby-base")
            if base is not None:
                self._inline(base, pstyle, spans, link, deleted, out)
            annotation = child.find(T_ + "ruby-text")
            if annotation is not None and len(self.ruby) < 1000:
                self.ruby.append("".join(annotation.itertext()).strip()[:60])
        elif tag == _A:
            self._inline(child, pstyle, spans, True, deleted, out)
        elif tag == _S:
            count = min(_int_or_none(child.get(T_ + "c")) or 1, 1000)
            self._emit(" " * count, pstyle, spans, link, deleted, out)
        elif tag == _LINE_BREAK:
            self._emit("\n", pstyle, spans, link, deleted, out)
        elif tag == _NOTE:
            self._note(child, pstyle, spans, deleted, out)
        elif tag == _CHANGE_START:
            self._start(child)
        elif tag == _CHANGE_END:
            self._end(child)
        elif tag == _CHANGE:
            if not deleted:
                self._deletion(child.get(_CHANGE_ID), pstyle, out)
        elif tag in (_DRAW + "frame", _DRAW + "a"):
            # the frame's own box (a link holds frames); boxes inside a box's paragraphs are
            # met when those paragraphs are read
            frames = [child] if tag == _DRAW + "frame" else list(
                child.iterchildren(_DRAW + "frame"))
            boxes = [box for frame in frames for box in frame.iterchildren(_DRAW + "text-box")]
            if not boxes:
                if next(child.iter(_DRAW + "object", _DRAW + "object-ole", _DRAW + "image"),
                        None) is not None:
                    self.figures += 1
            elif len(self._boxes) < 64:
                self._boxes.extend(boxes)
        elif tag in _SHAPES:
            # LibreOffice turns Word's text boxes into shapes holding the paragraphs directly
            if len(self._boxes) < 64:
                self._boxes.append(child)
        elif tag in _REFERENCE_FIELDS or tag.startswith(T_) and not tag.endswith(
                ("-start", "-end")) and ("bookmark" not in tag
                                         and "mark" not in tag.rpartition("}")[2]):
            # fields (page number, date, references, sequences), meta, ruby: keep what they show
            self._inline(child, pstyle, spans, link, deleted, out)

    def _emit(self, text, pstyle, spans, link, deleted, out) -> None:
        key = self._tracked_key(pstyle, spans, link, deleted)
        if key is not None:
            out.append((key, text, None))

    def _tracked_key(self, pstyle, spans, link, deleted) -> tuple | None:
        """The key of text here, inside or outside tracked changes."""
        if deleted:
            op, (author, date) = Op.DELETE, self._deleting
        elif self._open:
            op, (author, date) = Op.INSERT, next(reversed(self._open.values()))
        else:
            op, author, date = Op.KEEP, None, None
        cache_key = (pstyle, spans, link, op, author, date, bool(self._reformatted))
        key = self._keys.get(cache_key, _UNSEEN)
        if key is _UNSEEN:
            key = self._keys[cache_key] = self._key(pstyle, spans, link, op, author, date)
        return key

    def _key(self, pstyle, spans, link, op, author, date) -> tuple | None:
        """(op, italic, bold, superscript, author, date) of text, None when it is hidden."""
        fmt = self.styles.formatting(pstyle, spans)
        if fmt.get("hidden"):
            return None
        link = link or any(self.styles.is_link_style(s) for s in spans)
        if op is Op.KEEP and self.static_marks and not link and not self._reformatted:
            if fmt.get("strike"):
                op = Op.DELETE
            elif fmt.get("underline"):
                op = Op.INSERT
        return (op, bool(fmt.get("italic")), bool(fmt.get("bold")),
                bool(fmt.get("superscript")), author, date)

    def _deletion(self, change_id: str | None, pstyle, out: list) -> None:
        """The deleted text at a text:change point, from its changed-region."""
        change = self.changes.get(change_id)
        if change is None or change[0] != "deletion" or self._depth > 4:
            return
        kind, author, date, region = change
        saved = self._deleting
        self._deleting = (author, date)
        self._depth += 1
        try:
            paragraphs = list(self._deleted_paragraphs(region))
            for i, para in enumerate(paragraphs):
                if i:
                    out.append(_Break(paragraphs[i - 1].get(T_ + "style-name")))
                    self._breaks += 1
                self._inline(para, para.get(T_ + "style-name") or pstyle, (), False, True, out)
        finally:
            self._depth -= 1
            self._deleting = saved

    def _deleted_paragraphs(self, container):
        for el in container.iterchildren():
            if el.tag in _PARAGRAPHS:
                yield el
            elif el.tag in _CONTAINERS or el.tag in _LISTS:
                yield from self._deleted_paragraphs(el)

    def _note(self, note, pstyle, spans, deleted, out: list) -> None:
        body = note.find(T_ + "note-body")
        if body is None or self._depth > 4:
            return
        saved_open = self._open
        self._open = {}
        self._depth += 1
        try:
            versions = note_versions([para.marks for para in self.blocks(body)])
        finally:
            self._depth -= 1
            self._open = saved_open
        if deleted:
            op, (author, date) = Op.DELETE, self._deleting
        else:
            op, (author, date) = self._op(), self._who()
            if op is Op.KEEP and self.static_marks:
                fmt = self.styles.formatting(pstyle, spans)  # a struck-through reference mark
                op = Op.DELETE if fmt.get("strike") else (
                    Op.INSERT if fmt.get("underline") else Op.KEEP)
        citation = note.find(T_ + "note-citation")
        # a custom mark ("*") is the citation's label; a numbered note has none
        mark = (citation.get(T_ + "label") or "").strip()[:4] if citation is not None else ""
        out.extend(reference_items((op, False, False, False, author, date), mark or FOOTNOTE_MARK,
                                   versions))


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

