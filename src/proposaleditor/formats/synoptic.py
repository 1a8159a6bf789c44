"""The comparison as a synoptic table: DOCX (python-docx on the ITU template) and ODT (odfpy).

Landscape A4, one column per source headed by submitter and proposal number, an optional base
column first (it is simply the comparison's first source), and a narrow first column citing the
provision and saying whether the sources differ. Marks are static (underline / strike-through)
and coloured, so they print the same everywhere; rows that differ are lightly shaded and say so
in words, which survives black-and-white printing.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..domain.compare import Agreement, Cell, CellStatus, Comparison, Row, Source, absent_status
from ..domain.inline import Run
from ..domain.revisions import Op, Segment
from ..storage.atomic import atomic_write
from .errors import FormatError

INSERT_COLOUR = "1F4E9E"  # dark blue: legible in grey, distinct from black
DELETE_COLOUR = "B00020"  # dark red
NOTE_COLOUR = "595959"
SHADE = {Agreement.DIFFER: "FFF4CE", Agreement.CONFLICT: "F9D6D5"}
AGREEMENT_WORD = {Agreement.AGREE: "", Agreement.DIFFER: "differ",
                  Agreement.CONFLICT: "conflict"}
REF_COLUMN_CM = 3.0
PAGE_W_CM, PAGE_H_CM, MARGIN_CM = 29.7, 21.0, 1.5


# -- what a cell shows (shared by both formats and the view) ---------------------------------
@dataclass(frozen=True)
class CellText:
    """A cell as printed: label and text with their marks, and a short italic note."""

    label: tuple[Segment, ...]
    text: tuple[Segment, ...]
    note: str = ""
    italic: bool = False  # a call (considering, resolves ...) prints in italics


def cell_text(cell: Cell | None, source: Source) -> CellText:
    if cell is None:
        status = absent_status(source)
        return CellText((), (), "suppressed" if status is CellStatus.SUPPRESSED else "—")
    note = "suppressed" if cell.status is CellStatus.SUPPRESSED else ""
    return CellText(tuple(cell.label_marks), tuple(cell.marks), note,
                    italic=cell.provision.kind.value == "call")


def title_of(comparison: Comparison) -> str:
    return f"Proposals on {comparison.target} compared"


def row_ref(row: Row) -> str:
    return row.ref or row.kind.value.replace("_", " ")


# -- DOCX -----------------------------------------------------------------------------------
def _template() -> Path:
    return Path(str(resources.files("proposaleditor.resources") / "templates"
                    / "itu-proposal.docx"))


def docx_bytes(comparison: Comparison) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = docx.Document(str(_template()))
    body = doc.element.body
    for p in list(body.iterchildren(_w("p"))):
        body.remove(p)  # the template's empty paragraph
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(PAGE_W_CM), Cm(PAGE_H_CM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    _no_title_page(section)

    doc.add_paragraph(title_of(comparison), style="Heading_b")
    for message in comparison.messages:
        doc.add_paragraph(message, style="Note")

    sources = comparison.sources
    table = doc.add_table(rows=1, cols=len(sources) + 1)
    _table_borders(table)
    usable = PAGE_W_CM - 2 * MARGIN_CM
    widths = [REF_COLUMN_CM] + [(usable - REF_COLUMN_CM) / len(sources)] * len(sources)
    head = table.rows[0]
    _repeat_header(head)
    _docx_cell_text(head.cells[0], "Provision", "Table_head")
    for cell, source in zip(head.cells[1:], sources):
        para = cell.paragraphs[0]
        para.style = "Table_head"
        if source.submitter:
            para.add_run(source.submitter)
            para.add_run().add_break()
        para.add_run(source.name)
    for row in comparison.rows:
        tr = table.add_row()
        _docx_ref_cell(tr.cells[0], row)
        for cell, source, data in zip(tr.cells[1:], sources, row.cells):
            _docx_cell(cell, cell_text(data, source))
        shade = SHADE.get(row.agreement)
        if shade:
            for cell in tr.cells:
                _shade(cell, shade)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)
    buffer = io.BytesIO()
    doc.core_properties.title = title_of(comparison)
    doc.save(buffer)
    return buffer.getvalue()


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def _no_title_page(section) -> None:
    # the template's different first page is for the cover; a synoptic table has none
    for el in section._sectPr.findall(_w("titlePg")):
        section._sectPr.remove(el)


def _docx_cell_text(cell, text: str, style: str) -> None:
    para = cell.paragraphs[0]
    para.style = style
    para.add_run(text)


def _docx_ref_cell(cell, row: Row) -> None:
    para = cell.paragraphs[0]
    para.style = "Table_text"
    ref = para.add_run(row_ref(row))
    ref.italic = row.kind.value == "call"
    word = AGREEMENT_WORD[row.agreement]
    if word:
        para.add_run().add_break()
        note = para.add_run(word)
        note.bold = row.agreement is Agreement.CONFLICT
        note.italic = True
    if row.bases_differ:
        para.add_run().add_break()
        para.add_run("other text in force").italic = True


def _docx_cell(cell, content: CellText) -> None:
    from docx.shared import RGBColor

    para = cell.paragraphs[0]
    para.style = "Table_text"
    for seg in content.label:
        _docx_run(para, seg)
    if content.label:
        para.add_run(" ")
    for seg in content.text:
        _docx_run(para, seg, content.italic)
    if content.note:
        if content.label or content.text:
            para.add_run(" ")
        note = para.add_run(f"({content.note})" if content.note != "—" else "—")
        note.italic = True
        note.font.color.rgb = RGBColor.from_string(NOTE_COLOUR)


def _docx_run(para, seg: Segment, italic: bool = False) -> None:
    from docx.shared import RGBColor

    run: Run = seg.run
    text = run.text.replace("\t", " ").replace("\n", " ")
    if not text:
        return
    out = para.add_run(text)
    out.italic = (run.italic != italic) or None  # italic inside a call reads upright
    out.bold = run.bold or None
    if run.superscript or run.footnote is not None:
        out.font.superscript = True
    if seg.op is Op.INSERT:
        out.underline = True
        out.font.color.rgb = RGBColor.from_string(INSERT_COLOUR)
    elif seg.op is Op.DELETE:
        out.font.strike = True
        out.font.color.rgb = RGBColor.from_string(DELETE_COLOUR)


def _table_borders(table) -> None:
    from docx.oxml import OxmlElement

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(_w("val"), "single")
        el.set(_w("sz"), "4")
        el.set(_w("space"), "0")
        el.set(_w("color"), "000000")
        borders.append(el)
    # schema order inside tblPr: tblStyle, ..., tblW, jc, ..., tblBorders, ..., tblLook
    look = tbl_pr.find(_w("tblLook"))
    if look is not None:
        look.addprevious(borders)
    else:
        tbl_pr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(_w("type"), "fixed")
    borders.addnext(layout)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement

    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(_w("val"), "clear")
    shd.set(_w("color"), "auto")
    shd.set(_w("fill"), fill)
    # tcPr order: tcW, gridSpan, vMerge, tcBorders, shd, noWrap, tcMar, textDirection, vAlign
    after = [tc_pr.find(_w(t)) for t in ("noWrap", "tcMar", "textDirection", "vAlign")]
    after = [e for e in after if e is not None]
    if after:
        after[0].addprevious(shd)
    else:
        tc_pr.append(shd)


# -- ODT ------------------------------------------------------------------------------------
def odt_bytes(comparison: Comparison) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TableRowProperties,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import LineBreak, P, Span

    from . import odt_styles as st

    odt = OpenDocumentText()
    odt.fontfacedecls.addElement(st.font_face())
    odt.styles.addElement(st.default_style("E"))
    for style in st.paragraph_styles():
        odt.styles.addElement(style)
    layout = PageLayout(name="pm_landscape")
    layout.addElement(PageLayoutProperties(
        pagewidth=f"{PAGE_W_CM}cm", pageheight=f"{PAGE_H_CM}cm", printorientation="landscape",
        margintop=f"{MARGIN_CM}cm", marginbottom=f"{MARGIN_CM}cm",
        marginleft=f"{MARGIN_CM}cm", marginright=f"{MARGIN_CM}cm"))
    odt.automaticstyles.addElement(layout)
    odt.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname="pm_landscape"))

    usable = PAGE_W_CM - 2 * MARGIN_CM
    n = len(comparison.sources)
    table_style = Style(name="Synoptic", family="table")
    table_style.addElement(TableProperties(width=f"{usable}cm", align="margins",
                                           bordermodel="collapsing"))
    odt.automaticstyles.addElement(table_style)
    ref_col = Style(name="Synoptic.A", family="table-column")
    ref_col.addElement(TableColumnProperties(columnwidth=f"{REF_COLUMN_CM}cm"))
    src_col = Style(name="Synoptic.B", family="table-column")
    src_col.addElement(TableColumnProperties(columnwidth=f"{(usable - REF_COLUMN_CM) / n:.3f}cm"))
    row_style = Style(name="Synoptic.row", family="table-row")
    row_style.addElement(TableRowProperties(keeptogether="auto"))
    for s in (ref_col, src_col, row_style):
        odt.automaticstyles.addElement(s)
    cell_styles = {}
    for agreement in Agreement:
        s = Style(name=f"Synoptic.{agreement.value}", family="table-cell")
        props = {"border": "0.5pt solid #000000", "padding": "0.1cm"}
        if agreement in SHADE:
            props["backgroundcolor"] = "#" + SHADE[agreement]
        s.addElement(TableCellProperties(**props))
        odt.automaticstyles.addElement(s)
        cell_styles[agreement] = s.getAttribute("name")

    text_styles: dict[tuple, str] = {}

    def text_style(italic=False, bold=False, superscript=False, op=Op.KEEP, note=False) -> str:
        key = (italic, bold, superscript, op, note)
        if key not in text_styles:
            props = {}
            if italic:
                props.update(fontstyle="italic", fontstyleasian="italic",
                             fontstylecomplex="italic")
            if bold:
                props.update(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold")
            if superscript:
                props["textposition"] = "super 58%"
            if op is Op.INSERT:
                props.update(textunderlinestyle="solid", textunderlinewidth="auto",
                             textunderlinecolor="font-color", color="#" + INSERT_COLOUR)
            elif op is Op.DELETE:
                props.update(textlinethroughstyle="solid", textlinethroughtype="single",
                             color="#" + DELETE_COLOUR)
            if note:
                props["color"] = "#" + NOTE_COLOUR
            name = f"S{len(text_styles) + 1}"
            style = Style(name=name, family="text")
            style.addElement(TextProperties(**props))
            odt.automaticstyles.addElement(style)
            text_styles[key] = name
        return text_styles[key]

    def span(parent, text: str, **kw) -> None:
        if text:
            el = Span(stylename=text_style(**kw))
            el.addText(text.replace("\t", " ").replace("\n", " "))
            parent.addElement(el)

    odt.text.addElement(P(stylename=st.style_name("Headingb"), text=title_of(comparison)))
    for message in comparison.messages:
        odt.text.addElement(P(stylename=st.style_name("Note"), text=message))

    table = Table(name="Synoptic", stylename="Synoptic")
    table.addElement(TableColumn(stylename="Synoptic.A"))
    table.addElement(TableColumn(stylename="Synoptic.B", numbercolumnsrepeated=n))
    header = TableHeaderRows()
    head = TableRow(stylename="Synoptic.row")
    head_cells = ["Provision"] + [(s.submitter, s.name) for s in comparison.sources]
    for value in head_cells:
        tc = TableCell(stylename=cell_styles[Agreement.AGREE], valuetype="string")
        p = P(stylename=st.style_name("Tablehead"))
        if isinstance(value, tuple):
            if value[0]:
                p.addText(value[0])
                p.addElement(LineBreak())
            p.addText(value[1])
        else:
            p.addText(value)
        tc.addElement(p)
        head.addElement(tc)
    header.addElement(head)
    table.addElement(header)

    for row in comparison.rows:
        tr = TableRow(stylename="Synoptic.row")
        cell_style = cell_styles[row.agreement]
        tc = TableCell(stylename=cell_style, valuetype="string")
        p = P(stylename=st.style_name("Tabletext"))
        span(p, row_ref(row), italic=row.kind.value == "call")
        word = AGREEMENT_WORD[row.agreement]
        if word:
            p.addElement(LineBreak())
            span(p, word, italic=True, bold=row.agreement is Agreement.CONFLICT)
        if row.bases_differ:
            p.addElement(LineBreak())
            span(p, "other text in force", italic=True)
        tc.addElement(p)
        tr.addElement(tc)
        for data, source in zip(row.cells, comparison.sources):
            content = cell_text(data, source)
            tc = TableCell(stylename=cell_style, valuetype="string")
            p = P(stylename=st.style_name("Tabletext"))
            for seg in content.label:
                span(p, seg.text, op=seg.op, italic=seg.run.italic, bold=seg.run.bold)
            if content.label:
                p.addText(" ")
            for seg in content.text:
                span(p, seg.text, op=seg.op, italic=seg.run.italic != content.italic,
                     bold=seg.run.bold,
                     superscript=seg.run.superscript or seg.run.footnote is not None)
            if content.note:
                if content.label or content.text:
                    p.addText(" ")
                note = content.note if content.note == "—" else f"({content.note})"
                span(p, note, italic=True, note=True)
            tc.addElement(p)
            tr.addElement(tc)
        table.addElement(tr)
    odt.text.addElement(table)
    buffer = io.BytesIO()
    odt.save(buffer)
    return buffer.getvalue()


# -- entry point ----------------------------------------------------------------------------
WRITERS = {".docx": docx_bytes, ".odt": odt_bytes}


def write(comparison: Comparison, path: str | os.PathLike) -> None:
    """Write the synoptic table; the format follows the extension (.docx or .odt)."""
    ext = Path(path).suffix.lower()
    writer = WRITERS.get(ext)
    if writer is None:
        raise FormatError(path, f"a synoptic table is written as .docx or .odt, not "
                                f"{ext or 'a file without extension'}")
    atomic_write(path, writer(comparison))
