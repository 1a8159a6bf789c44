"""Received DOCX files, written the ways administrations write them, come in as proposals."""

from __future__ import annotations

import shutil
import subprocess
import sys

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from received_docs import (
    ITU_STYLES,
    dele,
    document_xml,
    dr,
    ins,
    notes_xml,
    p,
    r,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.provisions import ProvisionKind
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import docx_reader

COVER = [
    "Plenipotentiary Conference (PP-14)", "Busan, 20 October – 7 November 2014",
    "PLENARY MEETING", "Document 82-E", "7 October 2014", "Original: English",
]
FORMULA = "The Plenipotentiary Conference of the International Telecommunication Union "
ITAL = "<w:i/>"
U = '<w:u w:val="single"/>'
S = "<w:strike/>"


def texts(paragraphs) -> list[str]:
    return [marks_text(pp.marks) for pp in paragraphs]


def shape(document) -> list:
    """What a proposal is, independent of how the file marked it up."""
    out = []
    for proposal in document.proposals:
        provisions = [(pv.kind.value, pv.label, pv.base_label,
                       plain_text(pv.base) if pv.base is not None else None,
                       plain_text(pv.draft) if pv.draft is not None else None)
                      for pv in proposal.walk()]
        out.append((proposal.marker.value, proposal.received_number, str(proposal.target),
                    provisions, plain_text(proposal.reasons)))
    return out


def _tracked_body(styled: bool) -> str:
    """PP-14 Document 82's first proposal, in ITU styles or all in Normal."""
    def sp(style, *content):
        return p(*content, style=style if styled else None)

    cover = "".join(text_p(t, None, "<w:b/>") for t in COVER)
    cover_table = f"<w:tbl><w:tr><w:tc>{cover}</w:tc></w:tr></w:tbl>"
    call = (lambda word: sp("Call", r(word))) if styled else (lambda word: p(r(word, ITAL)))
    return "".join([
        cover_table,
        sp("Source", r("Indonesia (Republic of)", "<w:b/>")),
        sp("Title1", r("PROPOSALS FOR THE WORK OF THE CONFERENCE")),
        sp("Proposal", r("MOD\tINS/82/1", "<w:b/>")),
        sp("ResNo", r("RESOLUTION 182 ("), dele(dr("Guadalajara, 2010")),
           ins(r("Rev. Busan, 2014")), r(")")),
        sp("Restitle", r("The role of telecommunications/ICTs in regard to climate change",
                         "<w:b/>")),
        sp("Normalaftertitle", r(FORMULA + "("), dele(dr("Guadalajara, 2010"), author="X",
                                                      rid=7),
           ins(r("Busan, 2014"), rid=7), r("),")),
        call("recognizing"),
        p(r("a)", ITAL), r("\tResolution 136 (Rev. Guadalajara, 2010);")),
        p(r("b)", ITAL), r("\tResolution 66 (Rev. "), dele(dr("Hyderabad, 2010"), author=None),
          ins(r("Dubai, 2014"), date=None), r(") of WTDC,")),
        call("resolves"),
        p(r("1\tto continue ITU activities;")),
        p(ins(r("2\tto encourage energy efficiency;")), mark=ins("", rid=9)),
        p(dele(dr("3\tto report on the level,")), mark=dele("", rid=9)),
        sp("Reasons", r("Reasons:", "<w:b/>"), r("\tTo align the resolution with PP-14.")),
    ])


def test_itu_styles_with_tracked_changes(tmp_path):
    path = write_docx(tmp_path / "styled.docx", _tracked_body(True),
                      parts={"styles": styles_xml(*ITU_STYLES)})
    document = docx_reader.read(path)
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.source) == (
        "PP-14", "82", "Indonesia (Republic of)")
    [proposal] = document.proposals
    assert (proposal.marker.value, proposal.received_number, str(proposal.target)) == (
        "MOD", "INS/82/1", "Resolution 182")
    kinds = [pv.kind for pv in proposal.walk()]
    assert kinds[:4] == [ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE,
                         ProvisionKind.ENACTING_FORMULA, ProvisionKind.CALL]
    number_line, _, formula, recognizing, *_ = list(proposal.walk())
    assert marks_text(number_line.marks) == (
        "RESOLUTION 182 ([-Guadalajara, 2010-]{+Rev. Busan, 2014+})")
    assert plain_text(formula.draft) == FORMULA + "(Busan, 2014),"
    # author and date kept per mark; a missing author is tolerated
    deleted = [s for s in formula.marks if s.op is Op.DELETE]
    assert (deleted[0].author, deleted[0].date) == ("X", "2014-10-01T00:00:00Z")
    item_b = recognizing.children[1]
    assert item_b.label == "b)"
    by_op = {s.op: s for s in item_b.marks if s.op is not Op.KEEP}
    assert by_op[Op.DELETE].author is None and by_op[Op.INSERT].date is None
    resolves = [pv for pv in proposal.provisions if pv.kind is ProvisionKind.CALL][-1]
    assert [(c.label, c.base_label, c.status.value) for c in resolves.children] == [
        ("1", "1", "unchanged"), ("2", None, "added"), (None, "3", "suppressed")]
    assert plain_text(proposal.reasons) == "To align the resolution with PP-14."


def test_all_normal_with_direct_formatting_reads_the_same(tmp_path):
    styled = docx_reader.read(write_docx(tmp_path / "styled.docx", _tracked_body(True),
                                         parts={"styles": styles_xml(*ITU_STYLES)}))
    plain = docx_reader.read(write_docx(tmp_path / "normal.docx", _tracked_body(False)))
    assert shape(plain) == shape(styled)


def test_static_marks_read_as_tracked_ones(tmp_path):
    """Underline = inserted, strike or double strike = deleted; the same proposal comes out."""
    static = "".join([
        text_p("MOD\tINS/82/1"),
        p(r("RESOLUTION 182 ("), r("Guadalajara, 2010", S), r("Rev. Busan, 2014", U), r(")")),
        text_p("The role of telecommunications"),
        p(r(FORMULA + "("), r("Guadalajara, 2010", '<w:dstrike/>'), r("Busan, 2014", U),
          r("),")),
        p(r("resolves", ITAL)),
        p(r("1\tto continue ITU "), r("telecommunication ", S), r("activities;")),
        text_p("Reasons:\tAlignment."),
    ])
    tracked = "".join([
        text_p("MOD\tINS/82/1"),
        p(r("RESOLUTION 182 ("), dele(dr("Guadalajara, 2010")), ins(r("Rev. Busan, 2014")),
          r(")")),
        text_p("The role of telecommunications"),
        p(r(FORMULA + "("), dele(dr("Guadalajara, 2010")), ins(r("Busan, 2014")), r("),")),
        p(r("resolves", ITAL)),
        p(r("1\tto continue ITU "), dele(dr("telecommunication ")), r("activities;")),
        text_p("Reasons:\tAlignment."),
    ])
    a = docx_reader.read(write_docx(tmp_path / "static.docx", static))
    b = docx_reader.read(write_docx(tmp_path / "tracked.docx", tracked))
    assert shape(a) == shape(b)
    [proposal] = a.proposals
    assert marks_text(proposal.provisions[0].marks) == (
        "RESOLUTION 182 ([-Guadalajara, 2010-]{+Rev. Busan, 2014+})")
    # static marks can be switched off for documents that underline for emphasis
    paragraphs, _ = docx_reader.read_paragraphs(tmp_path / "static.docx", static_marks=False)
    assert all(s.op is Op.KEEP for pp in paragraphs for s in pp.marks)


def test_moves_duplicate_ids_and_nested_changes(tmp_path):
    body = "".join([
        p(r("keep "), f'<w:moveFrom w:id="5" w:author="A">{r("moved away ")}</w:moveFrom>',
          f'<w:moveTo w:id="5" w:author="A">{r("moved here ")}</w:moveTo>', r("end")),
        # the same id twice, a deletion inside an insertion
        p(ins(r("one "), rid=3), ins(r("two ") + dele(dr("gone"), rid=3), rid=3)),
    ])
    paragraphs, _ = docx_reader.read_paragraphs(write_docx(tmp_path / "moves.docx", body))
    assert texts(paragraphs) == ["keep [-moved away -]{+moved here +}end",
                                 "{+one two +}[-gone-]"]


def test_containers_fields_and_alternate_content(tmp_path):
    body = "".join([
        p('<w:hyperlink r:id="rId99"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
          '<w:t>www.itu.int</w:t></w:r></w:hyperlink>', r(" and "),
          r("directly underlined link", U)),
        # a complex field: the instruction is code, the result is text
        p(r("See "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
          '<w:r><w:instrText> REF _Ref123 \\h </w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("Annex 2"),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r(".")),
        p('<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>'),
        # content controls, block and inline; smart tags; customXml
        '<w:sdt><w:sdtPr/><w:sdtContent>' + text_p("in a content control")
        + "</w:sdtContent></w:sdt>",
        p(r("a "), '<w:sdt><w:sdtContent>' + r("date") + "</w:sdtContent></w:sdt>",
          '<w:smartTag w:uri="u" w:element="place">' + r(" Busan") + "</w:smartTag>",
          '<w:customXml w:element="x">' + r(" 2014") + "</w:customXml>"),
        # mc:AlternateContent: a Choice we understand, one we do not; each read once
        p('<mc:AlternateContent><mc:Choice Requires="w14">' + r("choice") + "</mc:Choice>"
          "<mc:Fallback>" + r("fallback") + "</mc:Fallback></mc:AlternateContent>"),
        p('<mc:AlternateContent><mc:Choice Requires="cx">' + r("chart") + "</mc:Choice>"
          "<mc:Fallback>" + r("picture of a chart") + "</mc:Fallback></mc:AlternateContent>"),
        # a text box, drawn twice (DrawingML choice and VML fallback), read once
        p(r("anchor"), '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
          '<wps:txbx><w:txbxContent>' + text_p("boxed text") + "</w:txbxContent></wps:txbx>"
          '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>'
          + text_p("boxed text") + "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
          "</mc:AlternateContent></w:r>"),
        p(r("E = mc"), '<m:oMath><m:r><m:t>x</m:t></m:r></m:oMath>'),
        p(r("line"), "<w:r><w:br/></w:r>", r("break"), '<w:r><w:br w:type="page"/></w:r>',
          r("page"), '<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>',
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>'),
    ])
    path = write_docx(tmp_path / "containers.docx", body, parts={"styles": styles_xml()})
    assert texts(docx_reader.read_paragraphs(path)[0]) == [
        "www.itu.int and {+directly underlined link+}",
        "See Annex 2.",
        "7",
        "in a content control",
        "a date Busan 2014",
        "choice",
        "picture of a chart",
        "anchor",
        "boxed text",
        "E = mcx",
        "line\nbreak page–",
    ]


def test_footnotes_and_endnotes(tmp_path):
    footnotes = notes_xml("footnotes", {
        1: p('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
             r(" A regional cooperation mechanism "), r("may", ITAL), r(" be a centre.")),
        2: p(r("Second "), ins(r("new ")), dele(dr("old ")), r("note.")),
    })
    endnotes = notes_xml("endnotes", {1: text_p("An endnote.")})
    body = "".join([
        text_p("MOD\tINS/82/1"),
        text_p("RESOLUTION 182 (Rev. Busan, 2014)"),
        text_p("Title"),
        p(r("resolves", ITAL)),
        p(r("1\tto identify a regional cooperation mechanism"),
          '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
          '<w:footnoteReference w:id="1"/></w:r>', r(" and "),
          '<w:r><w:footnoteReference w:id="2"/></w:r>',
          '<w:r><w:endnoteReference w:id="1"/></w:r>', r(";")),
        text_p("Reasons:\tCooperation."),
    ])
    path = write_docx(tmp_path / "notes.docx", body,
                      parts={"footnotes": footnotes, "endnotes": endnotes})
    [proposal] = docx_reader.read(path).proposals
    item = proposal.provisions[-1].children[0] if proposal.provisions[-1].children else None
    item = item or next(pv for pv in proposal.walk() if pv.label == "1")
    notes = [run.footnote for run in item.draft if run.footnote is not None]
    assert [n.text for n in notes] == ["A regional cooperation mechanism may be a centre.",
                                       "Second new note.", "An endnote."]
    assert [run.italic for run in notes[0].runs] == [False, True, False]


def test_localized_style_ids_and_inherited_italic(tmp_path):
    # a Word in another language stores ids made from translated names; the display names
    # (and the basedOn chain) still say which ITU style it is
    styles = styles_xml(("a1", "Res_No", "Normal", ""), ("a2", "Call", "Normal", "<w:i/>"),
                        ("a3", "My call", "a2", ""), ("a4", "Annex_No & title", None, ""),
                        ("Heading1", "heading 1", None, ""))
    body = "".join(text_p(t, s) for t, s in [
        ("RESOLUTION 1", "a1"), ("considering", "a3"), ("ANNEX 1", "a4"), ("Intro", "Heading1"),
        ("plain", None)])
    paragraphs, _ = docx_reader.read_paragraphs(
        write_docx(tmp_path / "local.docx", body, parts={"styles": styles}))
    assert [pp.style for pp in paragraphs] == ["ResNo", "Call", "AnnexNotitle", "Heading1",
                                                   "Normal"]
    assert paragraphs[1].marks[0].run.italic and paragraphs[1].italic_start
    assert not paragraphs[0].marks[0].run.italic


def test_automatic_numbering_gives_the_printed_labels(tmp_path):
    numbering = (
        '<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%1)"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
        '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf02d"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

    def item(text, num, lvl=0):
        return p(r(text), numpr=f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/>'
                                 "</w:numPr>")

    body = "".join([
        text_p("MOD\tINS/82/1"), text_p("RESOLUTION 5 (Rev. Busan, 2014)"), text_p("Title"),
        p(r("considering", ITAL)),
        item("first;", 1), item("second, with", 1), item("a sub-item;", 1, 1),
        item("another;", 1, 1), item("third,", 1), item("a dash item", 2),
        text_p("Reasons:\tBecause."),
    ])
    path = write_docx(tmp_path / "numbered.docx", body, parts={"numbering": numbering})
    paragraphs, _ = docx_reader.read_paragraphs(path)
    assert texts(paragraphs)[4:10] == ["a)\tfirst;", "b)\tsecond, with", "i)\ta sub-item;",
                                       "ii)\tanother;", "c)\tthird,", "a dash item"]
    assert [pp.level for pp in paragraphs[4:10]] == [1, 1, 2, 2, 1, 1]
    assert paragraphs[9].bullet
    [proposal] = docx_reader.read(path).proposals
    considering = proposal.provisions[-1]
    assert [c.label for c in considering.children] == ["a)", "b)", "c)"]
    assert [c.label for c in considering.children[1].children] == ["i)", "ii)"]


def test_python_docx_document_with_itu_styles(tmp_path):
    """A file made by python-docx on Word's default template, ITU styles added by name."""
    d = docx.Document()
    for name, italic in [("Res_No", False), ("Call", True), ("Reasons", False),
                         ("Normal_after_title", False), ("Res_title", False)]:
        style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = d.styles["Normal"]
        style.font.italic = italic
    d.add_paragraph("MOD\tINS/82/3")
    d.add_paragraph("RESOLUTION 163 (Guadalajara, 2010)", style="Res_No")
    d.add_paragraph("Transition to a stable Constitution", style="Res_title")
    d.add_paragraph(FORMULA + "(Busan, 2014),", style="Normal_after_title")
    d.add_paragraph("resolves", style="Call")
    para = d.add_paragraph("to keep the present ")
    para.add_run("Constitution").underline = True
    para.add_run(" text").font.strike = True
    para.add_run(".")
    d.add_paragraph("Reasons:\tStability.", style="Reasons")
    path = tmp_path / "pydocx.docx"
    d.save(path)
    [proposal] = docx_reader.read(path).proposals
    assert [pv.kind for pv in proposal.walk()] == [
        ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE, ProvisionKind.ENACTING_FORMULA,
        ProvisionKind.CALL, ProvisionKind.PARAGRAPH]
    assert marks_text(list(proposal.walk())[-1].marks) == (
        "to keep the present {+Constitution+}[- text-].")
    assert plain_text(proposal.reasons) == "Stability."


def test_unclassified_text_is_kept_and_reported(tmp_path):
    body = "".join([
        text_p("MOD\tINS/82/1"), text_p("RESOLUTION 1 (Rev. Busan, 2014)"), text_p("Title"),
        text_p("Reasons:\tBecause."),
        p(r("A stray "), ins(r("revision"))),
    ])
    path = write_docx(tmp_path / "stray.docx", body)
    document = docx_reader.read(path)
    assert document.import_notes
    assert any("revision" in plain_text(getattr(part, "text", ())) for part in document.parts)
    out = tmp_path / "stray.itup"
    result = subprocess.run([sys.executable, "-m", "proposaleditor.cli", "import", str(path),
                             "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and out.exists()
    assert "warning" in result.stderr and str(path) in result.stderr


def test_cli_info_on_a_received_file(tmp_path):
    path = write_docx(tmp_path / "styled.docx", _tracked_body(True),
                      parts={"styles": styles_xml(*ITU_STYLES)})
    result = subprocess.run([sys.executable, "-m", "proposaleditor.cli", "info", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "INS/82/1" in result.stdout and "MOD" in result.stdout


@pytest.mark.parametrize("body", ["", text_p("")])
def test_empty_documents_read_cleanly(tmp_path, body):
    document = docx_reader.read(write_docx(tmp_path / "empty.docx", document=document_xml(body)))
    assert document.proposals == []


def test_a_file_written_by_another_tool(tmp_path, example_path):
    """The bundled PP-14 document converted by pandoc: pandoc's own styles, numbering and
    strike-through for the deletions; the same proposals come out as from the text."""
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    path = tmp_path / "pandoc.docx"
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", str(example_path), "-o",
                    str(path)], check=True, timeout=120)
    from proposaleditor.formats import text_reader

    from_docx = docx_reader.read(path)
    from_text = text_reader.read(example_path)
    assert [(p.marker, p.received_number, str(p.target)) for p in from_docx.proposals] == [
        (p.marker, p.received_number, str(p.target)) for p in from_text.proposals]
    number_line = from_docx.proposals[0].provisions[0]
    assert [s.text for s in number_line.marks if s.op is Op.DELETE] == ["GUADALAJARA, 2010"]
    calls = [plain_text(pv.draft) for pv in from_docx.proposals[0].walk()
             if pv.kind is ProvisionKind.CALL]
    # (markdown joins "recognizing further" to the line above it, so compare a few calls)
    assert calls[0] == "recognizing"
    assert {"considering", "aware", "noting", "resolves"} <= set(calls)


def test_embedded_document_chunks_are_reported(tmp_path):
    """w:altChunk (HTML pasted in by a converter) is never read; the user is told, with what
    to do, rather than losing the text silently."""
    body = (text_p("MOD\tINS/82/1", "Proposal") + text_p("RESOLUTION 130 (REV. BUSAN, 2014)")
            + '<w:altChunk r:id="rIdHtml" xmlns:r="http://schemas.openxmlformats.org/'
              'officeDocument/2006/relationships"/>' + text_p("Reasons:\tok"))
    document = docx_reader.read(write_docx(tmp_path / "chunk.docx", body))
    assert [p.received_number for p in document.proposals] == ["INS/82/1"]
    assert any("1 embedded document part(s)" in n and "w:altChunk" in n
               for n in document.import_notes)
