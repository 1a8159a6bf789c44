"""Word features the third-party DOCX test corpora exercise, each inside a normal received MOD.

LibreOffice (sw/qa/extras/ooxmlimport), pandoc (test/docx), python-docx, Apache POI and docx4j
test the reader with files that use one Word feature each: ruby, bidi overrides, text boxes with
their VML fallback, OLE objects, charts, fields inside links, tables of contents, content
controls, nested and merged tables, section breaks, drop caps, picture bullets, broken numbering
and notes, comments, broken revision marks, a renamed main part, style cycles, UTF-16 parts, XML
comments. Each test puts one of them into a MOD of Resolution 130 (tests/received_docs.py) and
checks that the reader does not fail (or fails with a one-line FormatError), that the text a
reader sees in Word is kept once (in a provision, a free block, the reasons or an import note),
and that the proposal is still recognised. Tests marked xfail(strict) pin a reader bug.
"""

from __future__ import annotations

import zipfile

import pytest
from received_docs import (
    ITU_STYLES,
    NS_DECL,
    dele,
    document_xml,
    dr,
    ins,
    notes_xml,
    numpr,
    p,
    r,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.domain.document import FreeBlock
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.revisions import Op, has_changes, marks_text
from proposaleditor.formats import docx_reader
from proposaleditor.formats.errors import FormatError

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = [text_p("MOD\tACP/64A1/5", "Proposal"),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
        text_p("Strengthening the role of ITU", "Restitle"),
        text_p("The Plenipotentiary Conference of the International Telecommunication Union "
               "(Busan, 2014),", "Normalaftertitle")]
CALL = text_p("resolves", "Call")
REASONS = p(r("Reasons:", "<w:b/>"), r("\tok"))


# -- helpers --------------------------------------------------------------------------------------
def build(tmp_path, *paragraphs: str, styles: str | None = None, name: str = "received",
          **parts: str | bytes):
    parts = {"styles": styles or styles_xml(*ITU_STYLES), **parts}
    return write_docx(tmp_path / f"{name}.docx", "".join(paragraphs), parts=parts)


def read(tmp_path, *paragraphs: str, **kwargs):
    return docx_reader.read(build(tmp_path, *paragraphs, **kwargs))


def the_mod(document):
    """The one proposal, recognised as the MOD of Resolution 130 with its call and item 1."""
    [mod] = document.proposals
    assert mod.received_number == "ACP/64A1/5"
    assert str(mod.target) == "Resolution 130"
    kinds = [q.kind.value for q in mod.walk()]
    assert "call" in kinds, kinds
    assert "1" in [q.label for q in items(mod)]
    return mod


def items(mod) -> list:
    return [q for q in mod.walk() if q.kind.is_item]


def call_of(mod):
    return next(q for q in mod.walk() if q.kind.value == "call")


def item_text(mod, label: str) -> str:
    [found] = [q for q in items(mod) if q.label == label]
    return plain_text(found.draft if found.draft is not None else found.base)


def _inline(content, out: list) -> None:
    for run in content or ():
        out.append(run.text)
        if run.footnote is not None:
            out.append("[note: ")
            _inline(run.footnote.runs, out)
            out.append("]")


def seen(document) -> str:
    """Every text the document holds, once each (a provision's draft, else its base), with the
    labels, the cover metadata and the import notes."""
    out: list[str] = [str(v) for v in vars(document.metadata).values() if isinstance(v, str)]
    for part in document.parts:
        if isinstance(part, FreeBlock):
            out.append("\n" + (part.label or ""))
            _inline(part.text, out)
            continue
        out.append("\n" + (part.received_number or ""))
        for q in part.walk():
            out.append("\n" + (q.label or "") + " ")
            _inline(q.draft if q.draft is not None else q.base, out)
        out.append("\n")
        _inline(part.reasons, out)
    out.extend("\n" + note for note in document.import_notes)
    return "".join(out)


def pp(ppr: str, *content: str) -> str:
    """A paragraph with raw pPr children."""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(content)}</w:p>"


def field(instruction: str, *result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + "".join(result)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def txbx(*paragraphs: str) -> str:
    return f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"




def one_line_error(path) -> str:
    with pytest.raises(FormatError) as info:
        docx_reader.read(path)
    message = str(info.value)
    assert "\n" not in message and message
    return message


def add_styles(styles: str, raw: str) -> str:
    return styles.replace("</w:styles>", raw + "</w:styles>")


# -- runs -----------------------------------------------------------------------------------------
def test_ruby_phonetic_guide_keeps_the_base_text_once(tmp_path):
    """East Asian phonetic guide (Word's Format > Asian Layout > Phonetic Guide): w:ruby in a
    run, the guide in w:rt above the base text in w:rubyBase. Word prints the base text in the
    line; the guide, if kept at all, must not be read twice nor replace the base."""
    ruby = ('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/>'
            '<w:hpsRaise w:val="18"/><w:hpsBaseText w:val="20"/><w:lid w:val="ja-JP"/>'
            "</w:rubyPr><w:rt>" + r("とうきょう") + "</w:rt><w:rubyBase>" + r("東京")
            + "</w:rubyBase></w:ruby></w:r>")
    mod = the_mod(read(tmp_path, *HEAD, CALL, p(r("1\tto meet in "), ruby, r(";")), REASONS))
    text = item_text(mod, "1")
    assert text.startswith("to meet in ") and text.endswith(";")
    assert text.count("東京") == 1
    assert text.count("とうきょう") <= 1


def test_fit_text_bidi_override_and_right_to_left_arabic_item(tmp_path):
    """An Arabic item as Arabic administrations write it: a right-to-left paragraph (w:bidi),
    runs with w:rtl and w:cs, a w:bdo override and a w:dir embedding; a label squeezed into a
    width with w:fitText."""
    arabic = "الاتحاد الدولي للاتصالات"
    item_two = pp('<w:bidi/><w:jc w:val="both"/>', r("2\t"),
                  '<w:bdo w:val="rtl">' + r(arabic, "<w:rtl/>", "<w:cs/>") + "</w:bdo>",
                  '<w:dir w:val="rtl">' + r(" يعزز التعاون", '<w:rtl w:val="1"/>',
                                            '<w:rFonts w:cs="Traditional Arabic"/>') + "</w:dir>",
                  r("؛", "<w:rtl/>"))
    mod = the_mod(read(
        tmp_path, *HEAD, CALL,
        p(r("1", '<w:fitText w:val="567" w:id="1534"/>'), r("\tto cooperate with "),
          r("ITU-D", '<w:fitText w:val="1134" w:id="1535"/>', '<w:rtl w:val="0"/>'), r(";")),
        item_two, REASONS))
    assert item_text(mod, "1") == "to cooperate with ITU-D;"
    assert item_text(mod, "2") == arabic + " يعزز التعاون؛"


def test_permission_ranges_and_proofing_marks_inside_words(tmp_path):
    """Editing permissions (w:permStart / w:permEnd, in the body and in paragraphs) and the
    spelling / grammar marks Word writes in the middle of a word."""
    mod = the_mod(read(
        tmp_path, *HEAD, '<w:permStart w:id="512" w:edGrp="everyone"/>', CALL,
        p(r("1\tto stren"), '<w:proofErr w:type="spellStart"/>', r("gthen"),
          '<w:permStart w:id="513" w:ed="ACP\\user"/>', '<w:proofErr w:type="spellEnd"/>',
          r(" co"), '<w:proofErr w:type="gramStart"/>', r("operation"),
          '<w:permEnd w:id="513"/>', '<w:proofErr w:type="gramEnd"/>', r(";")),
        '<w:permEnd w:id="512"/>', REASONS))
    assert item_text(mod, "1") == "to strengthen cooperation;"


def test_glossary_document_part_is_not_read_into_the_proposal(tmp_path):
    """A template's building blocks (word/glossary/document.xml, related to the main part as
    glossaryDocument) are not text of the document: Word does not show them."""
    glossary = (f'<?xml version="1.0" encoding="UTF-8"?><w:glossaryDocument {NS_DECL}>'
                "<w:docParts><w:docPart><w:docPartPr><w:name w:val=\"Cover\"/></w:docPartPr>"
                "<w:docPartBody>" + text_p("GLOSSARY BUILDING BLOCK") + "</w:docPartBody>"
                "</w:docPart></w:docParts></w:glossaryDocument>")
    path = write_docx(
        tmp_path / "glossary.docx", "".join([*HEAD, CALL, text_p("1\tto do;"), REASONS]),
        parts={"styles": styles_xml(*ITU_STYLES)},
        doc_rels=f'<Relationship Id="rId90" Type="{REL}/glossaryDocument" '
                 'Target="glossary/document.xml"/>',
        extra={"word/glossary/document.xml": glossary})
    document = docx_reader.read(path)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to do;"
    assert "GLOSSARY" not in seen(document)


# -- drawings and objects -------------------------------------------------------------------------
_DRAWING_BOX = (
    '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
    'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
    '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
    '</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:wrapSquare '
    'wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
    'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp>'
    "</a:graphicData></a:graphic></wp:anchor></w:drawing>")
_VML_BOX = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"/><v:shape id="Text Box 1" '
            'o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:144pt;'
            'height:36pt" xmlns:o="urn:schemas-microsoft-com:office:office"><v:textbox>{box}'
            "</v:textbox></v:shape></w:pict>")


def test_text_box_with_vml_fallback_is_read_once_and_a_vml_text_box_is_read(tmp_path):
    """Word 2010+ writes a text box twice: DrawingML (wps:txbx) in mc:Choice and VML
    (v:textbox) in mc:Fallback; one of them is read, never both. An older file's VML-only
    text box (w:pict / v:shape / v:textbox) is read too."""
    box = txbx(text_p("Note by the Secretariat"))
    alternate = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
                 + _DRAWING_BOX.format(box=box) + "</mc:Choice><mc:Fallback>"
                 + _VML_BOX.format(box=box) + "</mc:Fallback></mc:AlternateContent></w:r>")
    vml_only = "<w:r>" + _VML_BOX.format(box=txbx(text_p("Boxed remark of ACP"))) + "</w:r>"
    document = read(tmp_path, *HEAD, CALL, p(r("1\tto do;"), alternate),
                    p(r("2\tto report;"), vml_only), REASONS)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to do;"
    assert item_text(mod, "2") == "to report;"
    everything = seen(document)
    assert everything.count("Note by the Secretariat") == 1
    assert everything.count("Boxed remark of ACP") == 1


@pytest.mark.parametrize("figure", ["ole", "chart"])
def test_ole_object_and_chart_are_reported(tmp_path, figure):
    """An embedded OLE object (an Equation 3.0 or a worksheet: w:object with its VML preview)
    and a chart (c:chart in a DrawingML inline): the model holds no figures, so they are
    reported in the import notes and the text round them is kept."""
    if figure == "ole":
        obj = ('<w:r><w:object w:dxaOrig="1440" w:dyaOrig="720"><v:shape id="_x0000_i1025" '
               'style="width:72pt;height:36pt"><v:imagedata r:id="rId51"/></v:shape>'
               '<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" '
               'ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
               'ObjectID="_1234" r:id="rId52"/></w:object></w:r>')
    else:
        obj = ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
               '<wp:extent cx="5486400" cy="3200400"/><wp:docPr id="3" name="Chart 3"/>'
               '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/'
               '2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/'
               'chart" r:id="rId60"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    document = read(tmp_path, *HEAD, CALL, p(r("1\tto publish the figures below;")),
                    p(obj), text_p("2\tto report."), REASONS)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to publish the figures below;"
    assert item_text(mod, "2") == "to report."
    assert any("embedded object" in note for note in document.import_notes), \
        document.import_notes


def test_symbols_in_odd_fonts_and_positional_tabs(tmp_path):
    """w:sym with the Symbol font, a Unicode code in a text font, a symbol font Word may not
    have (Webdings, MT Extra), a code without font and broken codes; a right-aligned w:ptab at
    the end of an item."""
    def sym(char: str, font: str | None) -> str:
        font_attr = f' w:font="{font}"' if font is not None else ""
        return f'<w:r><w:sym{font_attr} w:char="{char}"/></w:r>'
    mod = the_mod(read(
        tmp_path, *HEAD, CALL,
        p(r("1\tto keep "), sym("F061", "Symbol"), r(" below 5 "), sym("F0B0", "Symbol"),
          r(" and "), sym("2264", "Times New Roman"), r(" 3;")),
        p(r("2\tto note "), sym("F0A7", "Webdings"), sym("F03D", "MT Extra"), sym("0041", None),
          sym("zz", "Symbol"), sym("FFFFFFFFFF", "Symbol"), sym("D800", "Arial"),
          sym("", ""), r(" marks;"),
          '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="dot"/></w:r>'),
        REASONS))
    assert item_text(mod, "1") == "to keep α below 5 ° and ≤ 3;"
    two = item_text(mod, "2")
    assert two.startswith("to note ") and "A marks;" in two


def test_simple_field_inside_a_hyperlink_is_plain_kept_text(tmp_path):
    """A REF field written as w:fldSimple inside a w:hyperlink (pandoc and docx4j write
    these), its result underlined by the Hyperlink style: the result is text, not an
    insertion; an empty fldSimple (never updated) adds nothing."""
    link = ('<w:hyperlink r:id="rId70" w:history="1"><w:fldSimple w:instr=" REF _Ref1 \\h ">'
            + r("Annex 2", '<w:rStyle w:val="Hyperlink"/>') + "</w:fldSimple></w:hyperlink>")
    path = write_docx(
        tmp_path / "fldsimple.docx",
        "".join([*HEAD, CALL,
                 p(r("1\tas set out in "), link, '<w:fldSimple w:instr=" PAGE " w:dirty="1"/>',
                   r(";")),
                 p(r("2\tsee "), '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.itu.int'
                   '&quot; "><w:hyperlink w:anchor="x">' + r("ITU", '<w:u w:val="single"/>')
                   + "</w:hyperlink></w:fldSimple>", r(".")),
                 REASONS]),
        parts={"styles": styles_xml(*ITU_STYLES)},
        doc_rels=f'<Relationship Id="rId70" Type="{REL}/hyperlink" '
                 'Target="https://www.itu.int/" TargetMode="External"/>')
    mod = the_mod(docx_reader.read(path))
    one, two = items(mod)
    assert marks_text(one.marks) == "as set out in Annex 2;"
    assert marks_text(two.marks) == "see ITU."


def test_table_of_contents_field_with_cached_entries(tmp_path):
    """A TOC field whose cached result spans several paragraphs, each entry a hyperlink with a
    PAGEREF field: the entries are read as text before the proposal, the field codes never."""
    def entry(text: str, page: str, bookmark: str) -> str:
        return (f'<w:hyperlink w:anchor="{bookmark}" w:history="1">' + r(text) + r("\t")
                + field(f" PAGEREF {bookmark} \\h ", r(page)) + "</w:hyperlink>")
    toc = [
        pp('<w:pStyle w:val="TOC1"/>', '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
           '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
           "</w:r>", '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
           entry("Introduction", "2", "_Toc100")),
        pp('<w:pStyle w:val="TOC1"/>', entry("Part 1 Proposals", "3", "_Toc101")),
        pp('<w:pStyle w:val="TOC1"/>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    ]
    document = read(tmp_path, *toc, *HEAD, CALL, text_p("1\tto do;"), REASONS)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to do;"
    everything = seen(document)
    assert "Introduction\t2" in everything
    assert "Part 1 Proposals\t3" in everything
    assert "PAGEREF" not in everything and "TOC" not in everything


def test_cover_page_building_block_and_combo_box_content_controls(tmp_path):
    """A cover page inserted from Word's gallery (a block w:sdt with w:docPartObj) and a
    drop-down combo box in an item: the cover text is read, the combo box gives the value
    shown, not its list."""
    cover = ('<w:sdt><w:sdtPr><w:id w:val="-1549210107"/><w:docPartObj>'
             '<w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj>'
             "</w:sdtPr><w:sdtEndPr/><w:sdtContent>"
             + text_p("Common proposals of the Asia-Pacific Telecommunity")
             + "</w:sdtContent></w:sdt>")
    combo = ('<w:sdt><w:sdtPr><w:alias w:val="Region"/><w:tag w:val="region"/>'
             '<w:id w:val="77"/><w:comboBox w:lastValue="Asia-Pacific">'
             '<w:listItem w:displayText="Choose an item." w:value=""/>'
             '<w:listItem w:displayText="Africa" w:value="Africa"/>'
             '<w:listItem w:displayText="Asia-Pacific" w:value="Asia-Pacific"/>'
             "</w:comboBox></w:sdtPr><w:sdtContent>" + r("Asia-Pacific")
             + "</w:sdtContent></w:sdt>")
    document = read(tmp_path, cover, *HEAD, CALL,
                    p(r("1\tto consult the "), combo, r(" region;")), REASONS)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to consult the Asia-Pacific region;"
    everything = seen(document)
    assert "Common proposals of the Asia-Pacific Telecommunity" in everything
    assert "Africa" not in everything and "Choose an item" not in everything


# -- tables and sections --------------------------------------------------------------------------
def _tbl(*rows: str, cols: int = 2) -> str:
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def _tc(*content: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(content)}</w:tc>"


def test_tables_nested_three_deep_with_merged_cells_and_custom_xml_rows(tmp_path):
    """A table in a cell of a table in a cell of a table, rows starting after skipped grid
    columns (w:gridBefore), a cell spanning two columns (w:gridSpan), a vertical merge
    (w:vMerge restart / continue) and a customXml element round a row and round a cell."""
    inner = _tbl("<w:tr>" + _tc(text_p("1 300-1 350 MHz")) + _tc(text_p("RADIOLOCATION"))
                 + "</w:tr>")
    middle = _tbl("<w:tr>" + _tc(inner, text_p("middle cell")) + _tc(text_p("MOBILE"))
                  + "</w:tr>")
    outer = _tbl(
        '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="2000" w:type="dxa"/></w:trPr>'
        + _tc(text_p("Region 1"), props='<w:vMerge w:val="restart"/>') + "</w:tr>",
        '<w:customXml w:uri="urn:itu" w:element="row"><w:tr>'
        + _tc(middle, text_p("outer cell")) + _tc(p(), props="<w:vMerge/>") + "</w:tr>"
        "</w:customXml>",
        '<w:tr><w:customXml w:uri="urn:itu" w:element="cell">'
        + _tc(text_p("Spanning note"), props='<w:gridSpan w:val="2"/>') + "</w:customXml></w:tr>",
        cols=3)
    document = read(tmp_path, *HEAD, CALL, text_p("1\tto apply the table below;"), outer,
                    text_p("2\tto report."), REASONS)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to apply the table below;"
    everything = seen(document)
    for text in ("1 300-1 350 MHz", "RADIOLOCATION", "middle cell", "MOBILE", "Region 1",
                 "outer cell", "Spanning note", "to report."):
        assert everything.count(text) == 1, text


def test_section_breaks_in_paragraph_properties(tmp_path):
    """Section breaks (a w:sectPr in a paragraph's pPr: landscape page, next-page and
    continuous breaks) between the parts of a proposal do not split it."""
    landscape = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="16840" w:h="11907" '
                 'w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
                 'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
                 '<w:cols w:space="720"/></w:sectPr>')
    continuous = '<w:sectPr><w:type w:val="continuous"/><w:pgNumType w:start="3"/></w:sectPr>'
    mod = the_mod(read(
        tmp_path, *HEAD, pp('<w:pStyle w:val="Call"/>' + landscape, r("resolves")),
        pp(continuous, r("1\tto do;")), text_p("2\tto report."), pp(landscape), REASONS))
    assert [(q.label, item_text(mod, q.label)) for q in items(mod)] == [
        ("1", "to do;"), ("2", "to report.")]


def test_drop_cap_frame(tmp_path):
    """A drop cap (Format > Drop Cap): Word puts the first letter in a paragraph of its own
    framed with w:framePr w:dropCap, printed inside the next paragraph's first lines: Word
    shows one enacting formula starting "The"."""
    drop = pp('<w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
              'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:after="0" w:line="827" '
              'w:lineRule="exact"/><w:textAlignment w:val="baseline"/>',
              r("T", '<w:position w:val="-9"/>', '<w:sz w:val="71"/>'))
    document = read(tmp_path, *HEAD[:3], drop,
                    text_p("he Plenipotentiary Conference of the International "
                           "Telecommunication Union (Busan, 2014),", "Normalaftertitle"),
                    CALL, text_p("1\tto do;"), REASONS)
    mod = the_mod(document)
    everything = seen(document)
    assert "he Plenipotentiary Conference" in everything  # kept, at least
    formula = [q for q in mod.walk() if q.kind.value == "enacting_formula"]
    assert [plain_text(q.draft) for q in formula] == [
        "The Plenipotentiary Conference of the International Telecommunication Union "
        "(Busan, 2014),"]
    assert [q.text for q in mod.walk() if q.text == "T"] == []


# -- numbering ------------------------------------------------------------------------------------
_NUMBERING_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS_DECL}>'


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')


def test_picture_bullets(tmp_path):
    """Bullets drawn with a picture (w:numPicBullet, a VML image, w:lvlPicBulletId): read as
    dash items, their text kept."""
    numbering = (_NUMBERING_HEAD + '<w:numPicBullet w:numPicBulletId="0"><w:pict>'
                 '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:9pt;height:9pt" '
                 'o:bullet="t" xmlns:o="urn:schemas-microsoft-com:office:office">'
                 '<v:imagedata r:id="rId1"/></v:shape></w:pict></w:numPicBullet>'
                 '<w:abstractNum w:abstractNumId="0">'
                 + _lvl(0, "bullet", "\uf0b7", '<w:lvlPicBulletId w:val="0"/>')
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 "</w:numbering>")
    document = read(tmp_path, *HEAD, CALL, text_p("1\tto study:"),
                    pp(numpr(1), r("the costs;")), pp(numpr(1), r("the benefits;")),
                    text_p("2\tto report."), REASONS, numbering=numbering)
    mod = the_mod(document)
    assert item_text(mod, "2") == "to report."
    everything = seen(document)
    assert everything.count("the costs;") == 1 and everything.count("the benefits;") == 1


def test_level_override_and_a_list_without_its_abstract_definition(tmp_path):
    """w:num with a w:lvlOverride redefining level 0 (w:startOverride and a whole w:lvl:
    letters from e)), and a w:num whose w:abstractNumId names no abstractNum (Word shows no
    number there): no failure, every item's text kept."""
    numbering = (_NUMBERING_HEAD + '<w:abstractNum w:abstractNumId="0">' + _lvl(0, "decimal", "%1")
                 + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="5"/>' + _lvl(0, "lowerLetter", "%1)")
                 + "</w:lvlOverride></w:num>"
                 '<w:num w:numId="3"><w:abstractNumId w:val="99"/></w:num>'
                 '<w:num w:numId="4"/></w:numbering>')
    tab = "<w:r><w:tab/></w:r>"
    document = read(tmp_path, *HEAD, CALL, pp(numpr(1), tab, r("to do;")),
                    pp(numpr(1), tab, r("to study:")),
                    pp(numpr(2, 0), tab, r("the lettered case;")),
                    pp(numpr(3), r("an item of a missing list;")),
                    pp(numpr(4), r("an item of an empty list;")),
                    REASONS, numbering=numbering)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to do;"
    assert item_text(mod, "2") == "to study:"
    everything = seen(document)
    assert "e the lettered case;" in everything or "e) the lettered case;" in everything
    for text in ("an item of a missing list;", "an item of an empty list;"):
        assert everything.count(text) == 1, text


# -- notes and comments ---------------------------------------------------------------------------
def test_missing_footnote_custom_separator_and_endnote(tmp_path):
    """A footnote reference to an id footnotes.xml lacks (Word repairs such files), footnote
    properties in the section (w:footnotePr), a custom separator carrying text of its own (not
    a note), and an endnote: the notes that exist are kept once, the separator is not text."""
    footnotes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NS_DECL}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>* * *</w:t></w:r>'
                 "<w:r><w:separator/></w:r></w:p></w:footnote>"
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                 "<w:continuationSeparator/></w:r></w:p></w:footnote>"
                 '<w:footnote w:id="1">' + text_p("Footnote one text.") + "</w:footnote>"
                 "</w:footnotes>")
    endnotes = notes_xml("endnotes", {1: text_p("Endnote text.")})
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{0} w:id="{1}"/></w:r>'
    body = "".join([
        *HEAD, CALL,
        p(r("1\tto do"), ref.format("footnoteReference", 1), r(";")),
        p(r("2\tto study"), ref.format("footnoteReference", 42), r(";")),
        p(r("3\tto report"), ref.format("endnoteReference", 1), r("."))])
    sect = ('<w:sectPr><w:footnotePr><w:pos w:val="beneathText"/><w:numFmt w:val="lowerRoman"/>'
            '<w:numStart w:val="3"/></w:footnotePr><w:endnotePr><w:numFmt w:val="upperLetter"/>'
            "</w:endnotePr></w:sectPr>")
    document_ = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS_DECL}><w:body>'
                 f"{body}{REASONS}{sect}</w:body></w:document>")
    path = write_docx(tmp_path / "notes.docx", document=document_,
                      parts={"styles": styles_xml(*ITU_STYLES), "footnotes": footnotes,
                             "endnotes": endnotes})
    document = docx_reader.read(path)
    mod = the_mod(document)
    assert item_text(mod, "2") == "to study;"
    everything = seen(document)
    assert everything.count("Footnote one text.") == 1
    assert everything.count("Endnote text.") == 1
    assert "* * *" not in everything


def test_comments_are_left_out_and_reported(tmp_path):
    """A reviewer's comment (w:commentRangeStart / End round words, w:commentReference, the
    comments.xml part): the commented words are kept, the comment reported."""
    comments = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {NS_DECL}>'
                '<w:comment w:id="0" w:author="BDT" w:date="2014-09-02T00:00:00Z" '
                'w:initials="B">' + text_p("Check with BDT.") + "</w:comment></w:comments>")
    path = write_docx(
        tmp_path / "comments.docx",
        "".join([*HEAD, CALL,
                 p(r("1\tto "), '<w:commentRangeStart w:id="0"/>', r("strengthen"),
                   '<w:commentRangeEnd w:id="0"/>',
                   '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                   '<w:commentReference w:id="0"/></w:r>', r(" cooperation;")),
                 REASONS]),
        parts={"styles": styles_xml(*ITU_STYLES)},
        doc_rels=f'<Relationship Id="rId80" Type="{REL}/comments" Target="comments.xml"/>',
        extra={"word/comments.xml": comments})
    document = docx_reader.read(path)
    mod = the_mod(document)
    assert item_text(mod, "1") == "to strengthen cooperation;"
    assert any("comment" in note for note in document.import_notes), document.import_notes


# -- broken revision marks ------------------------------------------------------------------------
def test_move_range_start_without_its_end(tmp_path):
    """A moved phrase whose w:moveFromRangeStart has no w:moveFromRangeEnd (and a
    moveToRangeEnd with no start): the move reads as a deletion and an insertion."""
    who = 'w:author="ACP" w:date="2014-09-01T00:00:00Z"'
    mod = the_mod(read(
        tmp_path, *HEAD, CALL,
        p(r("1\tto "), f'<w:moveFromRangeStart w:id="10" {who} w:name="move1"/>',
          f'<w:moveFrom w:id="11" {who}>' + r("urgently ") + "</w:moveFrom>",
          r("strengthen cooperation"),
          f'<w:moveTo w:id="12" {who}>' + r(" urgently") + "</w:moveTo>",
          '<w:moveToRangeEnd w:id="13"/>', r(";")),
        REASONS))
    [one] = items(mod)
    assert marks_text(one.marks) == "to [-urgently -]strengthen cooperation{+ urgently+};"


def test_revisions_without_ids_and_deleted_text_in_the_wrong_element(tmp_path):
    """A w:ins without w:id or w:author, a w:del whose runs hold w:t instead of w:delText
    (some converters), and a w:delText in a run outside any w:del (Word shows it as text)."""
    mod = the_mod(read(
        tmp_path, *HEAD, CALL,
        p(r("1\tto "), "<w:ins>" + r("further ") + "</w:ins>", r("strengthen;")),
        p(r("2\tto "), dele(r("improve"), author=None, date=None), ins(r("study"), author=None),
          r(" the costs;")),
        p(r("3\tto report "), dr("annually"), r(".")),
        REASONS))
    one, two, three = items(mod)
    assert marks_text(one.marks) == "to {+further +}strengthen;"
    assert marks_text(two.marks) == "to [-improve-]{+study+} the costs;"
    assert one.received_marks is None or any(s.op is Op.INSERT for s in one.marks)
    assert plain_text(three.draft) == "to report annually."


# -- package --------------------------------------------------------------------------------------
def _rename_main(source, target, new_name: str, keep_target: bool = True) -> None:
    """Copy a package with word/document.xml renamed to word/<new_name> (and its rels and
    content type); keep_target False leaves _rels/.rels pointing to a part that is gone."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            name = info.filename
            if name == "word/document.xml":
                name = f"word/{new_name}"
            elif name == "word/_rels/document.xml.rels":
                name = f"word/_rels/{new_name}.rels"
            elif name == "[Content_Types].xml":
                data = data.replace(b"/word/document.xml", f"/word/{new_name}".encode())
            elif name == "_rels/.rels" and keep_target:
                data = data.replace(b"word/document.xml", f"word/{new_name}".encode())
            zout.writestr(name, data)


def test_main_part_named_by_the_package_relationships(tmp_path):
    """The main part is whatever _rels/.rels names (python-docx and docx4j tests use
    word/document2.xml); a package naming a part that is not there is a one-line error."""
    source = build(tmp_path, *HEAD, CALL, text_p("1\tto do;"), REASONS)
    renamed = tmp_path / "renamed.docx"
    _rename_main(source, renamed, "document2.xml")
    mod = the_mod(docx_reader.read(renamed))
    assert item_text(mod, "1") == "to do;"
    assert call_of(mod).draft[0].italic  # styles found through document2.xml.rels

    broken = tmp_path / "broken.docx"
    _rename_main(source, broken, "document2.xml", keep_target=False)
    assert "document" in one_line_error(broken)


def test_style_cycles_and_linked_character_styles(tmp_path):
    """Paragraph styles based on each other (A on B on A) and on themselves, a character style
    cycle, and a paragraph style linked (w:link) to its character style used on a run."""
    styles = add_styles(
        styles_xml(*ITU_STYLES, ("LoopA", "Loop A", "LoopB", ""), ("LoopB", "Loop B", "LoopA",
                                                                  "<w:i/>"),
                   ("Self", "Self", "Self", "")),
        '<w:style w:type="character" w:styleId="CharA"><w:name w:val="Char A"/>'
        '<w:basedOn w:val="CharB"/><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="CharB"><w:name w:val="Char B"/>'
        '<w:basedOn w:val="CharA"/></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="CallChar">'
        '<w:name w:val="Call Char"/><w:link w:val="Call"/><w:rPr><w:i/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Linked"><w:name w:val="Linked"/>'
        '<w:link w:val="LinkedChar"/><w:basedOn w:val="Linked"/></w:style>'
        '<w:style w:type="character" w:styleId="LinkedChar"><w:name w:val="Linked Char"/>'
        '<w:link w:val="Linked"/><w:basedOn w:val="LinkedChar"/></w:style>')
    document = read(
        tmp_path, *HEAD, p(r("resolves", '<w:rStyle w:val="CallChar"/>'), style="Call"),
        text_p("1\tto do;", "LoopA"),
        p(r("2\tto "), r("study", '<w:rStyle w:val="CharA"/>'), r(";"), style="Self"),
        p(r("3\tto "), r("report", '<w:rStyle w:val="LinkedChar"/>'), r("."), style="Linked"),
        REASONS, styles=styles)
    mod = the_mod(document)
    assert [(q.label, item_text(mod, q.label)) for q in items(mod)] == [
        ("1", "to do;"), ("2", "to study;"), ("3", "to report.")]


def test_underline_in_document_defaults_is_not_an_insertion(tmp_path):
    """w:docDefaults underlining every run of the document: no text stands out, so nothing is
    an insertion (itu-format.md 5: inserted text is what is underlined against the rest); the
    MOD keeps its base text and reads unchanged rather than wholly added."""
    styles = styles_xml(*ITU_STYLES).replace(
        '<w:style w:type="paragraph" w:default="1"',
        '<w:docDefaults><w:rPrDefault><w:rPr><w:u w:val="single"/><w:lang w:val="en-GB"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1"', 1)
    mod = the_mod(read(tmp_path, *HEAD, CALL, text_p("1\tto do;"), text_p("2\tto report."),
                       REASONS, styles=styles))
    for q in mod.walk():
        assert q.base is not None and not has_changes(q.marks), (q.label, marks_text(q.marks))


def test_parts_in_utf16_and_utf8_with_byte_order_marks(tmp_path):
    """styles.xml in UTF-16 LE with its BOM, footnotes.xml in UTF-16 BE with its BOM, and
    document.xml in UTF-8 with a BOM (Notepad, .NET writers)."""
    styles = styles_xml(*ITU_STYLES).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    footnotes = notes_xml("footnotes", {1: text_p("Note in UTF-16.")}).replace(
        'encoding="UTF-8"', 'encoding="UTF-16"')
    body = "".join([*HEAD, CALL, p(r("1\tto do"), '<w:r><w:footnoteReference w:id="1"/></w:r>',
                                   r(";")), REASONS])
    path = write_docx(tmp_path / "bom.docx",
                      document=b"\xef\xbb\xbf" + document_xml(body).encode("utf-8"),
                      parts={"styles": styles.encode("utf-16"),
                             "footnotes": b"\xfe\xff" + footnotes.encode("utf-16-be")})
    document = docx_reader.read(path)
    mod = the_mod(document)
    assert call_of(mod).draft[0].italic  # the Call style was read from UTF-16
    assert item_text(mod, "1") == "to do;"
    assert seen(document).count("Note in UTF-16.") == 1


def test_xml_comments_and_processing_instructions_between_elements(tmp_path):
    """XML comments and processing instructions in the body, between runs, inside runs and
    inside run properties: ignored, the text round them kept."""
    document_ = document_xml("".join([
        "<!-- converted by a tool -->", *HEAD, '<?mso-application progid="Word.Document"?>',
        CALL,
        "<w:p><w:pPr><!-- props --><w:pStyle w:val=\"Normal\"/></w:pPr>"
        "<w:r><w:rPr><!-- x --><w:i/></w:rPr><!-- y --><w:t>1</w:t><?pi in run?></w:r>"
        "<!-- between --><w:r><w:tab/><w:t>to do;</w:t></w:r><?pi between?></w:p>",
        "<!-- before the reasons -->", REASONS]))
    document_ = document_.replace("?>\n", '?>\n<?xml-stylesheet type="text/xsl" href="x"?>\n', 1)
    path = write_docx(tmp_path / "comments.docx", document=document_,
                      parts={"styles": styles_xml(*ITU_STYLES)})
    mod = the_mod(docx_reader.read(path))
    assert item_text(mod, "1") == "to do;"


def test_xml_comment_before_the_paragraph_properties(tmp_path):
    """An XML comment as a paragraph's first child, before its w:pPr: the paragraph keeps its
    automatic number (the label Word prints) and its style."""
    numbering = (_NUMBERING_HEAD + '<w:abstractNum w:abstractNumId="0">' + _lvl(0, "decimal", "%1")
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 "</w:numbering>")
    commented = ("<w:p><!-- generated --><w:pPr>" + numpr(1) + "</w:pPr><w:r><w:tab/>"
                 "<w:t>to study;</w:t></w:r></w:p>")
    mod = the_mod(read(tmp_path, *HEAD, CALL, pp(numpr(1), "<w:r><w:tab/><w:t>to do;</w:t>"
                                                            "</w:r>"),
                       commented, REASONS, numbering=numbering))
    assert [(q.label, item_text(mod, q.label)) for q in items(mod)] == [
        ("1", "to do;"), ("2", "to study;")]
