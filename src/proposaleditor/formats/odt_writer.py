"""ODT export (odfpy): the layout of formats/layout.py as an OpenDocument text.

MOD and (MOD) marks become ODF tracked changes: each insertion is a ``text:changed-region`` with
``text:insertion`` and a ``text:change-start`` / ``text:change-end`` pair around the inserted
text; each deletion a region holding the deleted text with a ``text:change`` point where it was.
A whole inserted paragraph starts its insertion at the end of the paragraph before it (the new
paragraph break is part of the insertion) and a whole suppressed paragraph is stored in its
region with the break before it, as LibreOffice records them. ``marks="static"`` writes underline
and strike-through instead.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from typing import Literal

from odf import teletype
from odf.dc import Creator, Date, Language, Title
from odf.element import Element
from odf.namespaces import TEXTNS, XMLNS
from odf.office import ChangeInfo
from odf.opendocument import OpenDocumentText
from odf.style import (
    Header,
    ParagraphProperties,
    Style,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import (
    Change,
    ChangedRegion,
    ChangeEnd,
    ChangeStart,
    Deletion,
    Insertion,
    LineBreak,
    Note,
    NoteBody,
    NoteCitation,
    P,
    PageNumber,
    Span,
    Tab,
    TrackedChanges,
)

from ..domain.document import Document
from ..domain.inline import Run
from ..domain.revisions import Op, Segment
from ..storage.atomic import atomic_write
from . import odt_styles as st
from .layout import COVER_LEFT, COVER_RIGHT, COVER_ROLES, LayoutParagraph, Role, layout
from .layout import compact_reference as _compact_reference

Marks = Literal["tracked", "static"]


def write(document: Document, path: str | os.PathLike, *, marks: Marks = "tracked",
          language: str | None = None, author: str | None = None,
          date: dt.datetime | dt.date | str | None = None) -> None:
    """Export ``document`` to ``path`` (saved atomically)."""
    atomic_write(path, to_bytes(document, marks=marks, language=language, author=author,
                                date=date))


def to_bytes(document: Document, *, marks: Marks = "tracked", language: str | None = None,
             author: str | None = None, date: dt.datetime | dt.date | str | None = None) -> bytes:
    if marks not in ("tracked", "static"):
        raise ValueError(f"marks must be 'tracked' or 'static', not {marks!r}")
    language = (language or document.metadata.language or "E").upper()
    writer = _Writer(document, language, static=marks == "static",
                     author=author or _default_author(document), date=_iso_date(date))
    return writer.build()


def _default_author(document: Document) -> str:
    meta = document.metadata
    return meta.source or "/".join(meta.symbols) or "ProposalEditor"


def _iso_date(date) -> str:
    if date is None:
        date = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    if isinstance(date, str):
        return date
    if not isinstance(date, dt.datetime):
        date = dt.datetime.combine(date, dt.time())
    return date.replace(tzinfo=None, microsecond=0).isoformat()


class _Writer:
    def __init__(self, document: Document, language: str, *, static: bool, author: str,
                 date: str):
        self.document = document
        self.language = language
        self.static = static
        self.author = author
        self.date = date
        self.odt = OpenDocumentText()
        self.changes = TrackedChanges()
        self._change_no = 0
        self._note_no = 0
        self._text_styles: dict[tuple, str] = {}
        self._keep_styles: dict[str, str] = {}
        self.last_p: Element | None = None  # the body paragraph written last

    # -- document ----------------------------------------------------------------------------
    def build(self) -> bytes:
        self._styles()
        paragraphs = layout(self.document, language=self.language)
        cover = [p for p in paragraphs if p.role in COVER_ROLES]
        body = [p for p in paragraphs if p.role not in COVER_ROLES]
        if not self.static:
            self.odt.text.addElement(self.changes)  # must precede the body
        self._cover(cover)
        for para in body:
            self._paragraph(para)
        if not self.static and not self.changes.childNodes:
            self.odt.text.removeChild(self.changes)
        self._meta()
        buffer = io.BytesIO()
        self.odt.save(buffer)
        return buffer.getvalue()

    def _styles(self) -> None:
        odt = self.odt
        odt.fontfacedecls.addElement(st.font_face())
        odt.styles.addElement(st.default_style(self.language))
        for style in st.paragraph_styles() + st.character_styles():
            odt.styles.addElement(style)
        odt.styles.addElement(st.notes_configuration())
        for page_layout in st.page_layouts():
            odt.automaticstyles.addElement(page_layout)
        first, following = st.master_pages()
        header = Header()
        number = P(stylename=st.style_name("Header"))
        number.addText("- ")
        number.addElement(PageNumber(selectpage="current", numformat="1"))
        number.addText(" -")
        header.addElement(number)
        header.addElement(P(stylename=st.style_name("Header"),
                            text=_compact_reference(self.document.metadata, self.language)))
        following.addElement(header)
        odt.masterstyles.addElement(following)
        odt.masterstyles.addElement(first)

    def _meta(self) -> None:
        meta = self.document.metadata
        if meta.title:
            self.odt.meta.addElement(Title(text=meta.title))
        self.odt.meta.addElement(Creator(text=self.author))
        self.odt.meta.addElement(Date(text=self.date))
        lang, country = st.LANG.get(self.language, st.LANG["E"])
        self.odt.meta.addElement(Language(text=f"{lang}-{country}"))

    # -- cover -------------------------------------------------------------------------------
    def _cover(self, cover: list[LayoutParagraph]) -> None:
        """Conference beside the document line in a borderless table on the first page."""
        left = [p for p in cover if p.role in COVER_LEFT]
        right = [p for p in cover if p.role in COVER_RIGHT]
        meeting = [p for p in cover if p.role is Role.MEETING]
        rest = [p for p in cover if p.role not in (*COVER_LEFT, *COVER_RIGHT, Role.MEETING)]

        table_style = Style(name="CoverTable", family="table",
                            masterpagename=st.FIRST_PAGE)
        table_style.addElement(TableProperties(width="17cm", align="left"))
        col_styles = []
        for name, width in (("CoverA", "11cm"), ("CoverB", "6cm")):
            s = Style(name=name, family="table-column")
            s.addElement(TableColumnProperties(columnwidth=width))
            self.odt.automaticstyles.addElement(s)
            col_styles.append(name)
        self.odt.automaticstyles.addElement(table_style)

        table = Table(name="Cover", stylename="CoverTable")
        for name in col_styles:
            table.addElement(TableColumn(stylename=name))
        row = TableRow()
        for cell_paragraphs in (left + meeting, right):
            cell = TableCell(valuetype="string")
            for para in cell_paragraphs or ():
                cell.addElement(self._plain_paragraph(para, self._cover_style(para)))
            if not cell_paragraphs:
                cell.addElement(P(stylename="Standard"))
            row.addElement(cell)
        table.addElement(row)
        self.odt.text.addElement(table)
        for para in rest:
            self.odt.text.addElement(self._plain_paragraph(para, st.style_name(para.style)))

    def _cover_style(self, para: LayoutParagraph) -> str:
        """Cover table lines sit close together; the meeting line stands apart."""
        name = "CoverMeeting" if para.role is Role.MEETING else "CoverLine"
        if name not in self._keep_styles:
            s = Style(name=name, family="paragraph", parentstylename="Standard")
            top = "0.6cm" if para.role is Role.MEETING else "0cm"
            s.addElement(ParagraphProperties(margintop=top, marginbottom="0cm"))
            self.odt.automaticstyles.addElement(s)
            self._keep_styles[name] = name
        return name

    def _plain_paragraph(self, para: LayoutParagraph, style: str) -> P:
        p = P(stylename=style)
        self._segments(p, para.label, style)
        if para.label:
            p.addElement(Tab())
        self._segments(p, para.text, style)
        return p

    # -- body --------------------------------------------------------------------------------
    def _paragraph(self, para: LayoutParagraph) -> None:
        style = self._paragraph_style(para)
        if para.tracked and not self.static and para.change is Op.DELETE and self.last_p:
            self._deleted_paragraph(para, style)
            return
        p = P(stylename=style)
        if para.tracked and not self.static and para.change is Op.INSERT:
            cid = self._region(Insertion, self._segment_author(para))
            (self.last_p or p).addElement(ChangeStart(changeid=cid))
            self._content(p, para, style, marks=False)
            p.addElement(ChangeEnd(changeid=cid))
        else:
            self._content(p, para, style, marks=para.tracked)
        self.odt.text.addElement(p)
        self.last_p = p

    def _deleted_paragraph(self, para: LayoutParagraph, style: str) -> None:
        """The break before it and its text go into one deletion at the end of the last one."""
        stored = P(stylename=style)
        self._content(stored, para, style, marks=False)
        cid = self._region(Deletion, self._segment_author(para), [P(), stored])
        self.last_p.addElement(Change(changeid=cid))

    def _content(self, p: Element, para: LayoutParagraph, style: str, *, marks: bool) -> None:
        self._segments(p, para.label, style, marks=marks)
        if para.label:
            p.addElement(Tab())
        self._segments(p, para.text, style, marks=marks)

    def _paragraph_style(self, para: LayoutParagraph) -> str:
        """The ITU style; one with keep-with-next where the layout asks and the style does not."""
        name = st.style_name(para.style)
        if not para.keep_with_next or para.style in _KEEPS:
            return name
        if name not in self._keep_styles:
            auto = f"K_{name}"
            s = Style(name=auto, family="paragraph", parentstylename=name)
            s.addElement(ParagraphProperties(keepwithnext="always"))
            self.odt.automaticstyles.addElement(s)
            self._keep_styles[name] = auto
        return self._keep_styles[name]

    # -- runs and marks ----------------------------------------------------------------------
    def _segments(self, p: Element, segments: tuple[Segment, ...], style: str, *,
                  marks: bool = False) -> None:
        i = 0
        while i < len(segments):
            seg = segments[i]
            if not marks or seg.op is Op.KEEP:
                self._run(p, seg.run)
                i += 1
                continue
            j = i + 1
            while (j < len(segments) and segments[j].op is seg.op
                   and (segments[j].author, segments[j].date) == (seg.author, seg.date)):
                j += 1
            group = segments[i:j]
            if self.static:
                for s in group:
                    self._run(p, s.run, mark=s.op)
            elif seg.op is Op.INSERT:
                cid = self._region(Insertion, (seg.author, seg.date))
                p.addElement(ChangeStart(changeid=cid))
                for s in group:
                    self._run(p, s.run)
                p.addElement(ChangeEnd(changeid=cid))
            else:
                stored = P(stylename=style)
                for s in group:
                    self._run(stored, s.run)
                cid = self._region(Deletion, (seg.author, seg.date), [stored])
                p.addElement(Change(changeid=cid))
            i = j

    def _run(self, parent: Element, run: Run, mark: Op = Op.KEEP) -> None:
        if run.footnote is not None:
            self._note(parent, run)
            return
        key = (run.italic, run.bold, run.superscript, mark)
        target = parent
        if any(key[:3]) or mark is not Op.KEEP:
            target = Span(stylename=self._text_style(key))
            parent.addElement(target)
        _add_text(target, run.text)

    def _note(self, parent: Element, run: Run) -> None:
        self._note_no += 1
        note = Note(id=f"ftn{self._note_no}", noteclass="footnote")
        mark = run.text.strip()
        citation = NoteCitation(text=str(self._note_no))
        if mark and not mark.isdigit():
            citation = NoteCitation(text=mark, label=mark)
        note.addElement(citation)
        body = NoteBody()
        p = P(stylename=st.style_name("FootnoteText"))
        for r in run.footnote.runs:
            self._run(p, r)
        body.addElement(p)
        note.addElement(body)
        parent.addElement(note)

    def _text_style(self, key: tuple) -> str:
        if key not in self._text_styles:
            italic, bold, superscript, mark = key
            props = {}
            if italic:
                props.update(fontstyle="italic", fontstyleasian="italic",
                             fontstylecomplex="italic")
            if bold:
                props.update(fontweight="bold", fontweightasian="bold",
                             fontweightcomplex="bold")
            if superscript:
                props["textposition"] = "super 58%"
            if mark is Op.INSERT:
                props.update(textunderlinestyle="solid", textunderlinewidth="auto",
                             textunderlinecolor="font-color")
            elif mark is Op.DELETE:
                props.update(textlinethroughstyle="solid", textlinethroughtype="single")
            name = f"T{len(self._text_styles) + 1}"
            s = Style(name=name, family="text")
            s.addElement(TextProperties(**props))
            self.odt.automaticstyles.addElement(s)
            self._text_styles[key] = name
        return self._text_styles[key]

    def _segment_author(self, para: LayoutParagraph) -> tuple[str | None, str | None]:
        """Author and date of a whole inserted or deleted paragraph: its first received mark's."""
        for s in (*para.label, *para.text):
            if s.op is not Op.KEEP:
                return s.author, s.date
        return None, None

    def _region(self, kind, who: tuple[str | None, str | None],
                content: list[Element] = ()) -> str:
        self._change_no += 1
        cid = f"ct{self._change_no}"
        # xml:id for ODF 1.2, text:id for consumers that still read the older attribute
        region = ChangedRegion(qattributes={(XMLNS, "id"): cid, (TEXTNS, "id"): cid})
        change = kind()
        info = ChangeInfo()
        info.addElement(Creator(text=who[0] or self.author))
        info.addElement(Date(text=_received_date(who[1]) or self.date))
        change.addElement(info)
        for el in content:
            change.addElement(el)
        region.addElement(change)
        self.changes.addElement(region)
        return cid


_KEEPS = {"Call", "Headingb", "Headingi", "ResNo", "Restitle", "Resref", "Proposal"}


def _received_date(date: str | None) -> str | None:
    """Dates of received marks as dateTime without zone (what ODF's dc:date takes)."""
    if not date:
        return None
    try:
        parsed = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None, microsecond=0).isoformat()


def _add_text(parent: Element, text: str) -> None:
    """Text with tabs, runs of spaces and line breaks as ODF elements."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if n:
            parent.addElement(LineBreak())
        if line:
            teletype.addTextToElement(parent, line)
