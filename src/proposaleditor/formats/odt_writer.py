"""ODT export: the layout of formats/layout.py as an OpenDocument text.

odfpy builds the package (styles.xml with the ITU style sheet, master pages and header, meta.xml,
the manifest and the automatic styles); the body, tens of thousands of elements in a large
document, is built with lxml and put into odfpy's content.xml, which is several times faster than
odfpy's own element tree.

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
import re
import zipfile
from typing import Literal

from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image as DocxImage
from lxml import etree
from odf.dc import Creator, Date, Language, Title
from odf.namespaces import STYLENS
from odf.office import Text as OfficeText
from odf.opendocument import OpenDocument
from odf.style import (
    Header,
    ParagraphProperties,
    Style,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.text import P as OdfP
from odf.text import PageNumber

from ..domain.document import Document
from ..domain.inline import Run
from ..domain.revisions import Op, Segment
from ..storage.atomic import atomic_write
from . import odt_styles as st
from .errors import FormatError
from .layout import COVER_LEFT, COVER_RIGHT, COVER_ROLES, LayoutParagraph, Role, layout
from .layout import compact_reference as _compact_reference

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_T, _TABLE, _OFFICE, _DC = (f"{{{NS[p]}}}" for p in ("text", "table", "office", "dc"))
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_LOGO_HEIGHT_CM = 1.6  # as in the DOCX cover
_TEXT_ANCHOR = f"{_T}anchor-type"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)

Marks = Literal["tracked", "static"]


def write(document: Document, path: str | os.PathLike, *, marks: Marks = "tracked",
          language: str | None = None, author: str | None = None,
          date: dt.datetime | dt.date | str | None = None,
          logo: str | os.PathLike | None = None) -> None:
    """Export ``document`` to ``path`` (saved atomically)."""
    atomic_write(path, to_bytes(document, marks=marks, language=language, author=author,
                                date=date, logo=logo))


def to_bytes(document: Document, *, marks: Marks = "tracked", language: str | None = None,
             author: str | None = None, date: dt.datetime | dt.date | str | None = None,
             logo: str | os.PathLike | None = None) -> bytes:
    if marks not in ("tracked", "static"):
        raise ValueError(f"marks must be 'tracked' or 'static', not {marks!r}")
    language = (language or document.metadata.language or "E").upper()
    writer = _Writer(document, language, static=marks == "static",
                     author=author or _default_author(document), date=_iso_date(date))
    writer.logo = logo
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


class _Odt(OpenDocument):
    """An ODF text document that skips odfpy's search for used automatic styles.

    odfpy walks the whole tree twice to find which automatic styles are referenced (most of the
    export time on a large document); every automatic style this writer creates is used, page
    layouts by the master pages (styles.xml) and all others by the body (content.xml).
    """

    def __init__(self):
        super().__init__("application/vnd.oasis.opendocument.text")
        self.text = OfficeText()
        self.body.addElement(self.text)

    def _used_auto_styles(self, segments):
        for_masters = segments == [self.masterstyles]
        return [e for e in self.automaticstyles.childNodes
                if (e.qname == (STYLENS, "page-layout")) == for_masters]


class _Writer:
    def __init__(self, document: Document, language: str, *, static: bool, author: str,
                 date: str):
        self.document = document
        self.language = language
        self.static = static
        self.author = author
        self.date = date
        self.odt = _Odt()
        self.text = etree.Element(_OFFICE + "text", nsmap=NS)  # the body, built with lxml
        self.changes = etree.SubElement(self.text, _T + "tracked-changes")  # precedes the body
        self._change_no = 0
        self._note_no = 0
        self._text_styles: dict[tuple, str] = {}
        self._auto_styles: dict[str, str] = {}
        self.last_p: etree._Element | None = None  # the body paragraph written last
        self.logo: str | os.PathLike | None = None  # the user's image above the conference

    # -- document ----------------------------------------------------------------------------
    def build(self) -> bytes:
        self._styles()
        paragraphs = layout(self.document, language=self.language)
        self._cover([p for p in paragraphs if p.role in COVER_ROLES])
        for para in paragraphs:
            if para.role not in COVER_ROLES:
                self._paragraph(para)
        if not len(self.changes):
            self.text.remove(self.changes)
        self._meta()
        skeleton = io.BytesIO()
        self.odt.save(skeleton)
        return _with_body(skeleton.getvalue(), self.text)

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
        number = OdfP(stylename=st.style_name("Header"))
        number.addText("- ")
        number.addElement(PageNumber(selectpage="current", numformat="1"))
        number.addText(" -")
        header.addElement(number)
        header.addElement(OdfP(stylename=st.style_name("Header"),
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

    def _auto_style(self, name: str, make) -> str:
        """An automatic style, created on first use (odfpy writes it into content.xml)."""
        if name not in self._auto_styles:
            self.odt.automaticstyles.addElement(make())
            self._auto_styles[name] = name
        return name

    # -- cover -------------------------------------------------------------------------------
    def _cover(self, cover: list[LayoutParagraph]) -> None:
        """Conference beside the document line in a borderless table on the first page."""
        left = [p for p in cover if p.role in COVER_LEFT]
        right = [p for p in cover if p.role in COVER_RIGHT]
        meeting = [p for p in cover if p.role is Role.MEETING]
        rest = [p for p in cover if p.role not in (*COVER_LEFT, *COVER_RIGHT, Role.MEETING)]

        def table_style():
            s = Style(name="CoverTable", family="table", masterpagename=st.FIRST_PAGE)
            s.addElement(TableProperties(width="17cm", align="left"))
            return s

        def column_style(name, width):
            s = Style(name=name, family="table-column")
            s.addElement(TableColumnProperties(columnwidth=width))
            return s

        table = etree.SubElement(self.text, _TABLE + "table", {
            _TABLE + "name": "Cover", _TABLE + "style-name": self._auto_style("CoverTable",
                                                                              table_style)})
        for name, width in (("CoverA", "11cm"), ("CoverB", "6cm")):
            self._auto_style(name, lambda n=name, w=width: column_style(n, w))
            etree.SubElement(table, _TABLE + "table-column", {_TABLE + "style-name": name})
        row = etree.SubElement(table, _TABLE + "table-row")
        for index, cell_paragraphs in enumerate((left + meeting, right)):
            cell = etree.SubElement(row, _TABLE + "table-cell",
                                    {_OFFICE + "value-type": "string"})
            if index == 0 and self.logo is not None:
                self._logo(cell)
            for para in cell_paragraphs:
                self._plain_paragraph(cell, para, self._cover_style(para))
            if not cell_paragraphs:
                etree.SubElement(cell, _T + "p", {_T + "style-name": "Standard"})
        for para in rest:
            self._plain_paragraph(self.text, para, st.style_name(para.style))

    def _logo(self, cell) -> None:
        """The user's logo above the conference name, as in the DOCX cover."""
        try:
            image = DocxImage.from_file(os.fspath(self.logo))
        except FileNotFoundError:
            raise FormatError(self.logo, "logo image not found") from None
        except (UnrecognizedImageError, OSError) as exc:
            raise FormatError(self.logo, f"not a usable image (PNG, JPEG, GIF, BMP, TIFF): "
                                         f"{exc}") from None
        href = self.odt.addPicture(os.fspath(self.logo))
        width = _LOGO_HEIGHT_CM * image.px_width / max(image.px_height, 1)
        p = etree.SubElement(cell, _T + "p", {_T + "style-name": "Standard"})
        frame = etree.SubElement(p, _DRAW + "frame", {
            _DRAW + "name": "Logo", _TEXT_ANCHOR: "as-char",
            _SVG + "width": f"{width:.3f}cm", _SVG + "height": f"{_LOGO_HEIGHT_CM}cm"})
        etree.SubElement(frame, _DRAW + "image", {
            _XLINK + "href": href, _XLINK + "type": "simple", _XLINK + "show": "embed",
            _XLINK + "actuate": "onLoad"})

    def _cover_style(self, para: LayoutParagraph) -> str:
        """Cover table lines sit close together; the meeting line stands apart."""
        meeting = para.role is Role.MEETING
        name = "CoverMeeting" if meeting else "CoverLine"

        def make():
            s = Style(name=name, family="paragraph", parentstylename="Standard")
            s.addElement(ParagraphProperties(margintop="0.6cm" if meeting else "0cm",
                                             marginbottom="0cm"))
            return s

        return self._auto_style(name, make)

    def _plain_paragraph(self, parent, para: LayoutParagraph, style: str) -> None:
        p = etree.SubElement(parent, _T + "p", {_T + "style-name": style})
        self._content(p, para, style, marks=False)

    # -- body --------------------------------------------------------------------------------
    def _paragraph(self, para: LayoutParagraph) -> None:
        style = self._paragraph_style(para)
        tracked = para.tracked and not self.static
        if tracked and para.change is Op.DELETE and self.last_p is not None:
            self._deleted_paragraph(para, style)
            return
        p = etree.SubElement(self.text, _T + "p", {_T + "style-name": style})
        if tracked and para.change is Op.INSERT:
            cid = self._region("insertion", _first_mark(para))
            start_in = self.last_p if self.last_p is not None else p
            etree.SubElement(start_in, _T + "change-start", {_T + "change-id": cid})
            self._content(p, para, style, marks=False)
            etree.SubElement(p, _T + "change-end", {_T + "change-id": cid})
        else:
            self._content(p, para, style, marks=para.tracked)
        self.last_p = p

    def _deleted_paragraph(self, para: LayoutParagraph, style: str) -> None:
        """The break before it and its text go into one deletion at the end of the last one."""
        stored = etree.Element(_T + "p", {_T + "style-name": style})
        self._content(stored, para, style, marks=False)
        cid = self._region("deletion", _first_mark(para), [etree.Element(_T + "p"), stored])
        etree.SubElement(self.last_p, _T + "change", {_T + "change-id": cid})

    def _content(self, p, para: LayoutParagraph, style: str, *, marks: bool) -> None:
        self._segments(p, para.label, style, marks=marks)
        if para.label:
            etree.SubElement(p, _T + "tab")
        self._segments(p, para.text, style, marks=marks)

    def _paragraph_style(self, para: LayoutParagraph) -> str:
        """The ITU style; one with keep-with-next where the layout asks and the style does not."""
        name = st.style_name(para.style)
        if not para.keep_with_next or para.style in _KEEPS:
            return name

        def make():
            s = Style(name=f"K_{name}", family="paragraph", parentstylename=name)
            s.addElement(ParagraphProperties(keepwithnext="always"))
            return s

        return self._auto_style(f"K_{name}", make)

    # -- runs and marks ----------------------------------------------------------------------
    def _segments(self, p, segments: tuple[Segment, ...], style: str, *,
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
                cid = self._region("insertion", (seg.author, seg.date))
                etree.SubElement(p, _T + "change-start", {_T + "change-id": cid})
                for s in group:
                    self._run(p, s.run)
                etree.SubElement(p, _T + "change-end", {_T + "change-id": cid})
            else:
                stored = etree.Element(_T + "p", {_T + "style-name": style})
                for s in group:
                    self._run(stored, s.run)
                cid = self._region("deletion", (seg.author, seg.date), [stored])
                etree.SubElement(p, _T + "change", {_T + "change-id": cid})
            i = j

    def _run(self, parent, run: Run, mark: Op = Op.KEEP) -> None:
        if run.footnote is not None:
            self._note(parent, run)
            return
        key = (run.italic, run.bold, run.superscript, mark)
        target = parent
        if any(key[:3]) or mark is not Op.KEEP:
            target = etree.SubElement(parent, _T + "span",
                                      {_T + "style-name": self._text_style(key)})
        _add_text(target, run.text)

    def _note(self, parent, run: Run) -> None:
        self._note_no += 1
        note = etree.SubElement(parent, _T + "note", {_T + "id": f"ftn{self._note_no}",
                                                      _T + "note-class": "footnote"})
        mark = run.text.strip()
        citation = etree.SubElement(note, _T + "note-citation")
        if mark and not mark.isdigit():
            citation.set(_T + "label", mark)  # a custom mark (*) rather than a number
            citation.text = mark
        else:
            citation.text = str(self._note_no)
        body = etree.SubElement(note, _T + "note-body")
        p = etree.SubElement(body, _T + "p",
                             {_T + "style-name": st.style_name("FootnoteText")})
        for r in run.footnote.runs:
            self._run(p, r)

    def _text_style(self, key: tuple) -> str:
        if key in self._text_styles:
            return self._text_styles[key]
        italic, bold, superscript, mark = key
        props = {}
        if italic:
            props.update(fontstyle="italic", fontstyleasian="italic", fontstylecomplex="italic")
        if bold:
            props.update(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold")
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
        return name

    def _region(self, kind: str, who: tuple[str | None, str | None], content=()) -> str:
        self._change_no += 1
        cid = f"ct{self._change_no}"
        # xml:id for ODF 1.2, text:id for consumers that still read the older attribute
        region = etree.SubElement(self.changes, _T + "changed-region",
                                  {_XML_ID: cid, _T + "id": cid})
        change = etree.SubElement(region, _T + kind)
        info = etree.SubElement(change, _OFFICE + "change-info")
        etree.SubElement(info, _DC + "creator").text = who[0] or self.author
        etree.SubElement(info, _DC + "date").text = _received_date(who[1]) or self.date
        change.extend(content)
        return cid


_KEEPS = {"Call", "Headingb", "Headingi", "ResNo", "Restitle", "Resref", "Proposal"}


def _first_mark(para: LayoutParagraph) -> tuple[str | None, str | None]:
    """Author and date of a whole inserted or deleted paragraph: its first received mark's."""
    for s in (*para.label, *para.text):
        if s.op is not Op.KEEP:
            return s.author, s.date
    return None, None


def _received_date(date: str | None) -> str | None:
    """Dates of received marks as dateTime without zone (what ODF's dc:date takes)."""
    if not date:
        return None
    try:
        parsed = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None, microsecond=0).isoformat()


_SPECIAL = re.compile(r"(\t|\n| {2,})")


def _add_text(parent, text: str) -> None:
    """Append text; tabs, line breaks and runs of spaces become ODF elements (ODF collapses
    white space in text)."""
    if "\t" not in text and "\n" not in text and "  " not in text:
        _append(parent, text)  # the common case: no regular expression needed
        return
    for piece in _SPECIAL.split(text):
        if not piece:
            continue
        if piece == "\t":
            etree.SubElement(parent, _T + "tab")
        elif piece == "\n":
            etree.SubElement(parent, _T + "line-break")
        elif piece.startswith("  "):
            _append(parent, " ")
            etree.SubElement(parent, _T + "s", {_T + "c": str(len(piece) - 1)})
        else:
            _append(parent, piece)


def _append(parent, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _with_body(package: bytes, text) -> bytes:
    """odfpy's package with the lxml-built office:text in its content.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():  # same order and compression: mimetype first, stored
            data = zin.read(info.filename)
            if info.filename == "content.xml":
                root = etree.fromstring(data, _PARSER)
                body = root.find("office:body", NS)
                body.replace(body.find("office:text", NS), text)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            zout.writestr(info, data)
    return out.getvalue()
