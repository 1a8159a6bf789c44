"""Received proposals as other tools really write them: what the generated corpus lacks.

Each file is built here at test time from raw XML (tests/received_docs.py), raw ODF XML
(tests/corpus/realworld.py) or LibreOffice. Tests marked xfail(strict) pin a known reader problem
(see their reason); the others guard what already works.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from corpus.realworld import change_info, write_odt
from corpus.shapes import heads, outline
from received_docs import (
    ITU_STYLES,
    dele,
    dr,
    ins,
    numbering_xml,
    numpr,
    p,
    r,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import docx_reader

BOLD, ITALIC = "<w:b/>", "<w:i/>"
WHO = 'w:author="ACP" w:date="2014-09-01T00:00:00Z"'
FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
# a MOD of a resolution in the ITU styles, up to (without) its first call
HEAD = [text_p("MOD\tACP/64A1/5", "Proposal"),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
        text_p("Strengthening the role of ITU", "Restitle"),
        text_p(FORMULA, "Normalaftertitle")]
HEAD_OUTLINE = [(0, "number_line", "", "unchanged"), (0, "title", "", "unchanged"),
                (0, "enacting_formula", "", "unchanged")]


def read(tmp_path, *paragraphs: str, styles: str | None = None, numbering: str | None = None,
         name: str = "received"):
    parts = {"styles": styles or styles_xml(*ITU_STYLES)}
    if numbering:
        parts["numbering"] = numbering
    return docx_reader.read(write_docx(tmp_path / f"{name}.docx", "".join(paragraphs),
                                       parts=parts))


def texts(proposal) -> list[tuple]:
    return [(q.kind.value, q.label, marks_text(q.marks)) for q in proposal.walk()]






# -- Word noise --------------------------------------------------------------------------------
def test_word_noise_inside_and_between_runs(tmp_path):
    """proofErr, bookmarks, rsids, lastRenderedPageBreak, softHyphen, comment ranges, permStart,
    empty runs, rFonts / lang / noProof, a word split over runs, w:t without xml:space."""
    call = (
        '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"><w:pPr>'
        '<w:pStyle w:val="Call"/><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:pPr>'
        '<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/>'
        '<w:r w:rsidR="00A1"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New '
        'Roman"/><w:noProof/><w:lang w:val="en-GB"/></w:rPr><w:lastRenderedPageBreak/>'
        '<w:t>res</w:t></w:r><w:bookmarkEnd w:id="0"/><w:permStart w:id="1" '
        'w:edGrp="everyone"/><w:r w:rsidR="00B2"><w:rPr><w:lang w:val="fr-CH"/></w:rPr>'
        '<w:t>ol</w:t></w:r><w:r/><w:commentRangeStart w:id="5"/><w:r><w:softHyphen/>'
        '<w:t>ves</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:rPr><w:rStyle '
        'w:val="CommentReference"/></w:rPr><w:commentReference w:id="5"/></w:r>'
        '<w:permEnd w:id="1"/><w:proofErr w:type="spellEnd"/></w:p>')
    item = ('<w:p><w:r><w:t>1</w:t></w:r><w:r><w:tab/></w:r><w:bookmarkStart w:id="3" '
            'w:name="_Ref9"/><w:r><w:t xml:space="preserve">to </w:t></w:r><w:r><w:rPr>'
            '<w:noProof/></w:rPr><w:t>con</w:t></w:r><w:r><w:t>tinue</w:t></w:r><w:r>'
            '<w:t xml:space="preserve"> the work;</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>')
    document = read(tmp_path, *HEAD, call, item, p(r("Reasons:", BOLD), r("\tok")))
    [mod] = document.proposals
    assert outline(mod) == [*HEAD_OUTLINE, (0, "call", "", "unchanged"),
                            (1, "numbered_item", "1", "unchanged")]
    assert texts(mod)[3:] == [("call", None, "resolves"),
                              ("numbered_item", "1", "to continue the work;")]
    assert document.import_notes == [
        "1 comment(s) left out (comments are not part of a proposal)"]


def test_call_word_in_an_italic_character_style(tmp_path):
    """'Resolves' typed in Normal with Word's linked 'Call Char' character style (italic)."""
    styles = styles_xml(*ITU_STYLES).replace("</w:styles>", (
        '<w:style w:type="character" w:customStyle="1" w:styleId="CallChar"><w:name '
        'w:val="Call Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Call"/>'
        "<w:rPr><w:i/><w:iCs/></w:rPr></w:style></w:styles>"))
    document = read(tmp_path, *HEAD, p(r("Resolves", '<w:rStyle w:val="CallChar"/>')),
                    text_p("1\tto do;"), text_p("Reasons:\tok"), styles=styles)
    [mod] = document.proposals
    assert outline(mod)[3:] == [(0, "call", "", "unchanged"),
                                (1, "numbered_item", "1", "unchanged")]


# -- tracked changes as Word writes them ---------------------------------------------------------
def test_formatting_changes_are_not_insertions_or_deletions(tmp_path):
    """w:rPrChange (in a run and on a paragraph mark) and w:pPrChange record formatting only."""
    change = f'<w:rPrChange w:id="7" {WHO}><w:rPr/></w:rPrChange>'
    document = read(
        tmp_path, *HEAD,
        p(r("resolves", ITALIC + change)),
        f'<w:p><w:pPr><w:pStyle w:val="enumlev1"/><w:pPrChange w:id="8" {WHO}><w:pPr>'
        '<w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr>' + r("1\tto continue ")
        + r("this", BOLD + f'<w:rPrChange w:id="9" {WHO}><w:rPr><w:u w:val="single"/></w:rPr>'
            "</w:rPrChange>") + r(" work;") + "</w:p>",
        f'<w:p><w:pPr><w:rPr><w:rPrChange w:id="10" {WHO}><w:rPr><w:b/></w:rPr>'
        "</w:rPrChange></w:rPr></w:pPr>" + r("2\tto report;") + "</w:p>",
        p(r("Reasons:", BOLD), r("\tok")))
    [mod] = document.proposals
    assert outline(mod)[3:] == [(0, "call", "", "unchanged"),
                                (1, "numbered_item", "1", "unchanged"),
                                (1, "numbered_item", "2", "unchanged")]
    assert all(s.op is Op.KEEP for q in mod.walk() for s in q.marks)


def test_moves_paragraph_marks_missing_author_and_nested_changes(tmp_path):
    move_from = f'<w:moveFrom w:id="22" {WHO}/>'
    move_to = f'<w:moveTo w:id="25" {WHO}/>'
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"),
        p(f'<w:moveFromRangeStart w:id="20" w:name="move1" {WHO}/>',
          f'<w:moveFrom w:id="21" {WHO}>' + r("1\tto move this;") + "</w:moveFrom>",
          '<w:moveFromRangeEnd w:id="20"/>', mark=move_from),
        p(r("1\tto keep;")),
        p(f'<w:moveToRangeStart w:id="23" w:name="move1" {WHO}/>',
          f'<w:moveTo w:id="24" {WHO}>' + r("2\tto move this;") + "</w:moveTo>",
          '<w:moveToRangeEnd w:id="23"/>', mark=move_to),
        # no author, no date; and the same w:id used twice
        p(ins(r("3\tnew item without author;"), author=None, date=None, rid=5),
          mark='<w:ins w:id="5"/>'),
        # B deleted what A had inserted
        p(r("4\told "), ins(dele(dr("inner"), author="B", rid=6), author="A", rid=6),
          r(" text,")),
        p(r("Reasons:", BOLD), r("\tok")))
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "[-1-]", "suppressed"),
        (1, "numbered_item", "1", "unchanged"), (1, "numbered_item", "{+2+}", "added"),
        (1, "numbered_item", "{+3+}", "added"), (1, "numbered_item", "4", "modified")]
    assert texts(mod)[-1] == ("numbered_item", "4", "old [-inner-] text,")
    [inner] = [s for s in mod.provisions[-1].children[-1].marks if s.op is Op.DELETE]
    assert inner.author == "B"


# -- typed in Normal ---------------------------------------------------------------------------
def test_typed_in_normal_with_odd_spacing_and_other_languages(tmp_path):
    document = read(
        tmp_path,
        p(r("MOD\u00a0\u00a0", BOLD), r("ACP/64A1/5", BOLD)),
        text_p("Resolution 130 (Rev. Busan, 2014)"),
        p(r("Strengthening the role of ITU in building confidence", BOLD)),
        text_p(FORMULA),
        p(r("considering", ITALIC)),
        p(r("a)", ITALIC), r("\u00a0the first;")),
        p(r("b)", ITALIC), r("\tthe second,")),
        p(r("resolves", ITALIC)),
        text_p("1\u00a0\u00a0to continue;"),
        text_p("2  to give priority,"),
        p(r("Reasons:", BOLD), r(" Because.")),
        p(r("ADD  EUR/16A1/3", BOLD)),
        text_p("Draft new Resolution [EUR-1] (Busan, 2014)"),
        p(r("New things", BOLD)),
        text_p(FORMULA),
        p(r("décide", ITALIC)), text_p("de faire;"),
        p(r("resuelve", ITALIC)), text_p("hacer."),
        p(r("Reasons", BOLD), r(":\tok")),
        styles=styles_xml())
    assert heads(document) == [("MOD", "ACP/64A1/5", "resolution", "130"),
                               ("ADD", "EUR/16A1/3", "resolution", "[EUR-1]")]
    mod, add = document.proposals
    assert outline(mod) == [
        *HEAD_OUTLINE, (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (1, "lettered_item", "b)", "unchanged"), (0, "call", "", "unchanged"),
        (1, "numbered_item", "1", "unchanged"), (1, "numbered_item", "2", "unchanged")]
    assert [q.kind.value for q in add.provisions] == [
        "number_line", "title", "enacting_formula", "call", "call"]
    assert [plain_text(x.reasons) for x in document.proposals] == ["Because.", "ok"]


# -- Reasons -----------------------------------------------------------------------------------
def test_reasons_label_alone_text_in_next_paragraph(tmp_path):
    document = read(tmp_path, *HEAD, text_p("considering", "Call"), text_p("a)\tfirst;"),
                    p(r("Reasons:", BOLD)), text_p("To reflect the outcomes of WTDC-14."),
                    text_p("MOD\tACP/64A1/6", "Proposal"),
                    text_p("RESOLUTION 131 (REV. BUSAN, 2014)", "ResNo"))
    first = document.proposals[0]
    assert plain_text(first.reasons) == "To reflect the outcomes of WTDC-14."
    assert not [b for b in document.parts if b not in document.proposals]


# -- automatic numbering -------------------------------------------------------------------------
def test_numbering_level_given_without_num_id(tmp_path):
    numbering = numbering_xml({0: [("lowerLetter", "%1)"), ("lowerRoman", "%2)")]}, {3: 0})
    styles = styles_xml(*ITU_STYLES).replace(
        '<w:name w:val="enumlev1"/>',
        '<w:name w:val="enumlev1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>')
    document = read(tmp_path, *HEAD, text_p("considering", "Call"),
                    p(r("first;"), style="enumlev1"),
                    p(r("sub one;"), style="enumlev1", numpr=numpr(ilvl=1)),
                    p(r("second,"), style="enumlev1"),
                    text_p("Reasons:\tok"), styles=styles, numbering=numbering)
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (2, "sub_item", "i)", "unchanged"), (1, "lettered_item", "b)", "unchanged")]


# -- LibreOffice round trips of our own export ----------------------------------------------------
@pytest.fixture(scope="module")
def libreoffice_copies(tmp_path_factory):
    """Our DOCX export of the sample document, as LibreOffice saves it: ODT, the ODT again as
    DOCX, and .doc converted back to .docx (three soffice runs)."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from sample_documents import sample_document

    from proposaleditor.formats import docx_writer

    folder = tmp_path_factory.mktemp("lo-ours")
    source = folder / "ours.docx"
    docx_writer.write(sample_document(), source)
    profile = f"-env:UserInstallation=file://{folder}/profile"

    def convert(target: str, out: str, *files):
        subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir",
                        str(folder / out), *map(str, files)],
                       check=True, capture_output=True, timeout=240)
        return folder / out

    odt = convert("odt", "odt", source) / "ours.odt"
    again = convert("docx:MS Word 2007 XML", "docx", odt) / "ours.docx"
    doc = convert("doc", "doc", source) / "ours.doc"
    from_doc = convert("docx:MS Word 2007 XML", "doc2docx", doc) / "ours.docx"
    return source, {"odt": odt, "docx": again, "doc": from_doc}


@pytest.mark.parametrize("copy", ["odt", "docx", "doc"])
def test_libreoffice_copies_of_our_export_read_the_same(libreoffice_copies, copy):
    from test_corpus_tools import shape

    from proposaleditor.formats import odt_reader

    source, copies = libreoffice_copies
    reader = odt_reader if copy == "odt" else docx_reader
    assert shape(reader.read(copies[copy])) == shape(docx_reader.read(source))


def _two_calls(first: str, second: str) -> list[str]:
    """considering a) b), recognizing c) d) (as printed), the items numbered by numIds."""
    return [*HEAD, text_p("considering", "Call"), p(r("first;"), numpr=first),
            p(r("second,"), numpr=first), text_p("recognizing", "Call"),
            p(r("third;"), numpr=second), p(r("fourth,"), numpr=second), text_p("Reasons:\tok")]


def test_numbering_continues_across_nums_of_one_abstract_list(tmp_path):
    numbering = numbering_xml({0: [("lowerLetter", "%1)")]}, {1: 0, 2: 0})
    document = read(tmp_path, *_two_calls(numpr(1, 0), numpr(2, 0)), numbering=numbering)
    [mod] = document.proposals
    recognizing = mod.provisions[4]
    assert [q.label for q in recognizing.children] == ["c)", "d)"]


def test_numbering_restarted_by_a_start_override(tmp_path):
    """Word's "Restart at 1": a new w:num with lvlOverride/startOverride."""
    restart = ('<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
               '<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    numbering = numbering_xml({0: [("lowerLetter", "%1)")]}, {1: 0}).replace(
        "</w:numbering>", restart + "</w:numbering>")
    document = read(tmp_path, *_two_calls(numpr(1, 0), numpr(2, 0)), numbering=numbering)
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (1, "lettered_item", "b)", "unchanged"), (0, "call", "", "unchanged"),
        (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "b)", "unchanged")]


def test_numbering_through_a_list_style(tmp_path):
    numbering = numbering_xml({}, {1: 0, 2: 1}, extra=(
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ITUlist"/><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>'
        '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ITUlist"/>'
        "</w:abstractNum>"))
    styles = styles_xml(*ITU_STYLES).replace("</w:styles>", (
        '<w:style w:type="numbering" w:styleId="ITUlist"><w:name w:val="ITU list"/><w:pPr>'
        '<w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'))
    document = read(tmp_path, *HEAD, text_p("considering", "Call"),
                    p(r("first;"), numpr=numpr(2, 0)), p(r("second,"), numpr=numpr(2, 0)),
                    text_p("Reasons:\tok"), styles=styles, numbering=numbering)
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (1, "lettered_item", "b)", "unchanged")]



def test_numbering_level_format_overridden_in_the_num(tmp_path):
    override = ('<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:lvlText w:val="%1"/></w:lvl></w:lvlOverride></w:num>')
    numbering = numbering_xml({0: [("lowerLetter", "%1)")]}, {1: 0}).replace(
        "</w:numbering>", override + "</w:numbering>")
    document = read(tmp_path, *HEAD, text_p("considering", "Call"),
                    p(r("first;"), numpr=numpr(1, 0)), text_p("resolves", "Call"),
                    p(r("to do;"), numpr=numpr(2, 0)), p(r("to do more."), numpr=numpr(2, 0)),
                    text_p("Reasons:\tok"), numbering=numbering)
    [mod] = document.proposals
    resolves = mod.provisions[4]
    assert [q.kind.value for q in resolves.children] == ["numbered_item", "numbered_item"]
    assert all(q.label.isdigit() for q in resolves.children)

# -- tracked deletion and insertion of automatically numbered items -------------------------------
RESOLVES_1_DEL_INS_3 = [(0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
                        (1, "numbered_item", "[-2-]", "suppressed"),
                        (1, "numbered_item", "{+2+}", "added"),
                        (1, "numbered_item", "3", "unchanged")]


def test_word_numbered_item_deleted_and_another_inserted(tmp_path):
    numbering = numbering_xml({0: [("decimal", "%1")]}, {4: 0})
    item = numpr(4, 0)
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"), p(r("to do;"), numpr=item),
        p(dele(dr("to delete this;")), numpr=item, mark=f'<w:del w:id="30" {WHO}/>'),
        p(ins(r("to add this;")), numpr=item, mark=f'<w:ins w:id="31" {WHO}/>'),
        p(r("to do more."), numpr=item), text_p("Reasons:\tok"), numbering=numbering)
    [mod] = document.proposals
    assert outline(mod)[3:] == RESOLVES_1_DEL_INS_3
    assert document.import_notes == []


# The same change as LibreOffice saves it in ODT (from the Word file above): the deleted list
# item lives in a changed region inside the next list item, with its paragraph marks as a second
# region of empty paragraphs; the inserted item's paragraph mark is an insertion running into the
# following item.
_LO_TRACKED = (
    '<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>' + change_info()
    + '<text:list text:style-name="L2"><text:list-item><text:p text:style-name="P1">'
    "to delete this;</text:p></text:list-item></text:list></text:deletion></text:changed-region>"
    '<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion>' + change_info()
    + '<text:list text:continue-numbering="true" text:style-name="L2"><text:list-item>'
    '<text:p text:style-name="P1"/></text:list-item><text:list-item><text:p '
    'text:style-name="P1"/></text:list-item></text:list></text:deletion></text:changed-region>'
    '<text:changed-region xml:id="ct3" text:id="ct3"><text:insertion>' + change_info()
    + "</text:insertion></text:changed-region>"
    '<text:changed-region xml:id="ct4" text:id="ct4"><text:insertion>' + change_info()
    + "</text:insertion></text:changed-region>")
_LO_AUTOMATIC = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" '
    'style:list-style-name="L2"/><text:list-style style:name="L2">'
    '<text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>')
_ODT_HEAD = (
    '<text:p text:style-name="Proposal">MOD<text:tab/>ACP/64A1/5</text:p>'
    '<text:p text:style-name="Res_5f_No">RESOLUTION 130 (REV. BUSAN, 2014)</text:p>'
    '<text:p text:style-name="Res_5f_title">Strengthening the role of ITU</text:p>'
    f'<text:p text:style-name="Normal_5f_after_5f_title">{FORMULA}</text:p>')


def test_libreoffice_odt_numbered_item_deleted_and_another_inserted(tmp_path):
    from proposaleditor.formats import odt_reader

    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:list text:continue-numbering="true" text:style-name="L2"><text:list-item>'
        '<text:p text:style-name="P1">to do;</text:p></text:list-item><text:list-item>'
        '<text:p text:style-name="P1"><text:change text:change-id="ct1"/><text:change '
        'text:change-id="ct2"/><text:change-start text:change-id="ct3"/>to add this;'
        '<text:change-end text:change-id="ct3"/><text:change-start text:change-id="ct4"/>'
        '</text:p></text:list-item><text:list-item><text:p text:style-name="P1"><text:change-end '
        'text:change-id="ct4"/>to do more.</text:p></text:list-item></text:list>'
        '<text:p text:style-name="Standard">Reasons:<text:tab/>ok</text:p>')
    document = odt_reader.read(write_odt(tmp_path / "lo.odt", body, automatic=_LO_AUTOMATIC,
                                         tracked=_LO_TRACKED))
    [mod] = document.proposals
    assert outline(mod)[3:] == RESOLVES_1_DEL_INS_3
    assert [q.text for q in mod.provisions[3].children] == [
        "to do;", "to delete this;", "to add this;", "to do more."]


def test_odt_noise_format_changes_list_header_spaces_and_page_breaks(tmp_path):
    """LibreOffice's own shapes: text:format-change regions (no insertion or deletion),
    bookmarks, text:s, soft page breaks, a list header, an automatic style inheriting italic
    from Call, and a list style given on the text:list."""
    from proposaleditor.formats import odt_reader

    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Call">'
        '<style:paragraph-properties fo:margin-left="0cm"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name='
        '"Standard" style:list-style-name="L1"/>'
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'fo:font-weight="bold"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        'style:num-suffix=")" style:num-format="a"/></text:list-style>'
        '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
        'style:num-format="1"/></text:list-style>')
    tracked = "".join(
        f'<text:changed-region text:id="ct{n}" xml:id="ct{n}"><text:format-change>'
        f"{change_info()}</text:format-change></text:changed-region>" for n in (1, 2))
    body = _ODT_HEAD + (
        '<text:p text:style-name="P1"><text:bookmark text:name="_Toc1"/><text:change-start '
        'text:change-id="ct1"/>considering<text:change-end text:change-id="ct1"/></text:p>'
        '<text:list text:style-name="L1"><text:list-header><text:p text:style-name="P2">'
        "(see also Resolution 71)</text:p></text:list-header>"
        '<text:list-item><text:p text:style-name="P2">the <text:span text:style-name="T1">'
        'first</text:span><text:s text:c="2"/>one;<text:soft-page-break/></text:p>'
        '</text:list-item><text:list-item><text:p text:style-name="P2"><text:change-start '
        'text:change-id="ct2"/>the second<text:change-end text:change-id="ct2"/>,</text:p>'
        "</text:list-item></text:list><text:soft-page-break/>"
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:list text:style-name="L2"><text:list-item><text:p text:style-name="Standard">'
        'to do<text:bookmark-start text:name="x"/> more<text:bookmark-end text:name="x"/>.'
        "</text:p></text:list-item></text:list>"
        '<text:p text:style-name="Reasons"><text:span text:style-name="T1">Reasons:</text:span>'
        "<text:tab/>ok</text:p>")
    document = odt_reader.read(write_odt(tmp_path / "noise.odt", body, automatic=automatic,
                                         tracked=tracked))
    [mod] = document.proposals
    assert outline(mod) == [
        *HEAD_OUTLINE, (0, "call", "", "unchanged"), (1, "paragraph", "", "unchanged"),
        (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "b)", "unchanged"),
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged")]
    assert [q.text for q in mod.walk()][3:] == [
        "considering", "(see also Resolution 71)", "the first  one;", "the second,", "resolves",
        "to do more."]
    assert plain_text(mod.reasons) == "ok"


# -- proposal numbers ---------------------------------------------------------------------------
def test_proposal_number_of_an_addendum_to_an_addendum(tmp_path):
    document = read(tmp_path, text_p("MOD\tEUR/16A19A1/1", "Proposal"),
                    p(r("5.338A", BOLD), r("\tIn the bands 1 350-1 400 MHz, Resolution 750 "
                                           "(Rev.WRC-19) applies.\t(WRC-19)")),
                    text_p("Reasons:\tok", "Reasons"))
    assert heads(document) == [("MOD", "EUR/16A19A1/1", "rr_provision", "5.338A")]



def test_spanish_number_line_typed_in_capitals_without_accents(tmp_path):
    document = read(tmp_path, text_p("MOD\tIAP/7A1/1", "Proposal"),
                    text_p("RESOLUCION 130 (REV. BUSAN, 2014)"),
                    p(r("Fortalecimiento del papel de la UIT", BOLD)),
                    text_p("Motivos:\tok"), styles=styles_xml())
    assert heads(document) == [("MOD", "IAP/7A1/1", "resolution", "130")]
    assert [q.kind.value for q in document.proposals[0].provisions] == ["number_line", "title"]

# -- paragraph marks alone changed: a paragraph split or two joined ------------------------------
def _item_2(document):
    [mod] = document.proposals
    resolves = mod.provisions[3]
    return resolves.children[1]


def test_paragraph_split_by_an_inserted_mark_keeps_its_text_in_the_base(tmp_path):
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"), text_p("1\tto do;"),
        p(r("2\tto give high priority to the work,"), mark=f'<w:ins w:id="40" {WHO}/>'),
        p(r("in accordance with its mandate;")), text_p("3\tto report."),
        text_p("Reasons:\tok"))
    item = _item_2(document)
    assert (item.label, item.base_label) == ("2", "2")
    assert plain_text(item.base) == plain_text(item.draft) == (
        "to give high priority to the work,")


def test_libreoffice_paragraph_split_keeps_its_text_in_the_base(tmp_path):
    from proposaleditor.formats import odt_reader

    tracked = ('<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion>'
               + change_info() + "</text:insertion></text:changed-region>")
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:p text:style-name="Standard">1<text:tab/>to do;</text:p>'
        '<text:p text:style-name="Standard">2<text:tab/>to give high priority to the work,'
        '<text:change-start text:change-id="ct1"/></text:p><text:p text:style-name="Standard">'
        '<text:change-end text:change-id="ct1"/>in accordance with its mandate;</text:p>'
        '<text:p text:style-name="Standard">3<text:tab/>to report.</text:p>'
        '<text:p text:style-name="Standard">Reasons:<text:tab/>ok</text:p>')
    document = odt_reader.read(write_odt(tmp_path / "split.odt", body, tracked=tracked))
    item = _item_2(document)
    assert (item.label, item.base_label) == ("2", "2")
    assert plain_text(item.base) == "to give high priority to the work,"


def test_paragraphs_joined_by_a_deleted_mark_keep_their_text_in_the_draft(tmp_path):
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"), text_p("1\tto do;"),
        p(r("2\tto give high priority to the work"), mark=f'<w:del w:id="40" {WHO}/>'),
        p(r(" in accordance with its mandate;")), text_p("3\tto report."),
        text_p("Reasons:\tok"))
    item = _item_2(document)
    assert item.label == "2"
    assert plain_text(item.draft).startswith("to give high priority to the work")


def test_block_level_insertion_round_a_paragraph(tmp_path):
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"), text_p("1\tto do;"),
        f'<w:ins w:id="41" {WHO}>' + text_p("2\tto add;") + "</w:ins>",
        text_p("3\tto report."), text_p("Reasons:\tok"))
    item = _item_2(document)
    assert (item.base, plain_text(item.draft)) == (None, "to add;")


# -- LibreOffice direct formatting of a whole paragraph -------------------------------------------
def test_libreoffice_whole_paragraph_underline_in_its_automatic_style(tmp_path):
    """As LibreOffice 7 saves a paragraph selected whole and underlined (checked through UNO):
    <text:p text:style-name="P1"> with the underline in P1, no span."""
    from proposaleditor.formats import odt_reader

    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name='
        '"Standard"><style:text-properties style:text-underline-style="solid" '
        'style:text-underline-width="auto" style:text-underline-color="font-color"/>'
        '</style:style><style:style style:name="P2" style:family="paragraph" '
        'style:parent-style-name="Standard"><style:text-properties '
        'style:text-line-through-style="solid" style:text-line-through-type="single"/>'
        "</style:style>")
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:p text:style-name="Standard">1<text:tab/>to do;</text:p>'
        '<text:p text:style-name="P1">2<text:tab/>to add this item;</text:p>'
        '<text:p text:style-name="P2">2<text:tab/>to report annually;</text:p>'
        '<text:p text:style-name="Standard">3<text:tab/>to report.</text:p>'
        '<text:p text:style-name="Standard">Reasons:<text:tab/>ok</text:p>')
    document = odt_reader.read(write_odt(tmp_path / "p1.odt", body, automatic=automatic))
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "{+2+}", "added"), (1, "numbered_item", "[-2-]", "suppressed"),
        (1, "numbered_item", "3", "unchanged")]


# -- dash items typed in Normal -------------------------------------------------------------------
def test_dash_items_typed_with_a_hyphen(tmp_path):
    document = read(tmp_path, *HEAD, text_p("resolves", "Call"),
                    text_p("1\tto cooperate with:"), text_p("-\tthe United Nations;"),
                    text_p("-\tother organizations;"), text_p("2\tto report."),
                    text_p("Reasons:\tok"), styles=styles_xml())
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (2, "dash_item", "–", "unchanged"), (2, "dash_item", "–", "unchanged"),
        (1, "numbered_item", "2", "unchanged")]


def test_dash_item_typed_with_a_symbol_font_bullet(tmp_path):
    bullet = ('<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>the United Nations;'
              "</w:t></w:r>")
    document = read(tmp_path, *HEAD, text_p("resolves", "Call"),
                    text_p("1\tto cooperate with:"), p(bullet), text_p("2\tto report."),
                    text_p("Reasons:\tok"), styles=styles_xml())
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (2, "dash_item", "–", "unchanged"), (1, "numbered_item", "2", "unchanged")]


# -- LibreOffice copies of the corpus the tool tests leave out ------------------------------------
@pytest.fixture(scope="module")
def libreoffice_corpus(tmp_path_factory):
    """The Normal-typed (automatic numbering, static marks) and French / Spanish corpus files
    through LibreOffice: ODT, that ODT as DOCX, and .doc back to .docx; the template-shaped
    files through .doc (test_corpus_tools covers their ODT and DOCX). Four soffice runs."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from corpus import fr_es, odd, plain_word, pp_apt, wrc_eur

    folder = tmp_path_factory.mktemp("lo-corpus")
    builds = {"plain": plain_word.build, "fr": fr_es.build_french, "es": fr_es.build_spanish,
              "fr-wrc": fr_es.build_french_wrc, "pp": pp_apt.build, "wrc": wrc_eur.build,
              "odd": odd.build}
    words = {name: build(folder / f"{name}.docx") for name, build in builds.items()}
    profile = f"-env:UserInstallation=file://{folder}/profile"

    def convert(target: str, out: str, files) -> None:
        subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir",
                        str(folder / out), *map(str, files)],
                       check=True, capture_output=True, timeout=240)

    typed = [words[name] for name in LO_TYPED]
    convert("odt", "odt", typed)
    convert("docx:MS Word 2007 XML", "odt-docx", [folder / "odt" / f"{n}.odt" for n in LO_TYPED])
    convert("doc", "doc", words.values())
    convert("docx:MS Word 2007 XML", "doc-docx", [folder / "doc" / f"{n}.doc" for n in words])
    return folder


LO_TYPED = ("plain", "fr", "es", "fr-wrc")
LO_CASES = [(name, copy) for name in LO_TYPED for copy in ("odt", "odt-docx", "doc-docx")] + [
    (name, "doc-docx") for name in ("pp", "wrc", "odd")]


@pytest.mark.parametrize(("name", "copy"), LO_CASES)
def test_libreoffice_copies_of_the_corpus_read_the_same(libreoffice_corpus, name, copy):
    from test_corpus_tools import shape

    from proposaleditor.formats import odt_reader

    folder = libreoffice_corpus
    if copy == "odt":
        got = odt_reader.read(folder / "odt" / f"{name}.odt")
    else:
        got = docx_reader.read(folder / copy / f"{name}.docx")
    assert shape(got) == shape(docx_reader.read(folder / f"{name}.docx"))


# -- what the model does not hold is reported, not silently dropped ------------------------------
def _png(path):
    """A 2x2 PNG written by Qt-free means (zlib + struct), enough for python-docx to embed."""
    import struct
    import zlib

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0,
                                                                      0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


@pytest.fixture(scope="module")
def figure_and_comment(tmp_path_factory):
    """A received MOD written with python-docx: a figure in the text and a reviewer's comment."""
    import docx

    folder = tmp_path_factory.mktemp("figure")
    document = docx.Document()
    document.add_paragraph("MOD\tACP/64A1/5")
    document.add_paragraph("RESOLUTION 130 (REV. BUSAN, 2014)")
    document.add_paragraph("Strengthening the role of ITU")
    document.add_paragraph(FORMULA)
    document.add_paragraph().add_run("resolves").italic = True
    item = document.add_paragraph("1\tto publish the figure below;")
    document.add_picture(str(_png(folder / "figure.png")))
    document.add_comment(item.runs, text="Check with the Secretariat", author="Reviewer")
    document.add_paragraph("Reasons:\tA figure helps.")
    path = folder / "figure.docx"
    document.save(str(path))
    return path


def test_pictures_and_comments_left_out_are_reported(figure_and_comment):
    document = docx_reader.read(figure_and_comment)
    [mod] = document.proposals
    assert [q.text for q in mod.walk() if q.kind.is_item] == ["to publish the figure below;"]
    assert document.import_notes == [
        "1 comment(s) left out (comments are not part of a proposal)",
        "proposal ACP/64A1/5: 1 picture(s), chart(s), embedded object(s) or form control(s) "
        "left out (figures are not part of the model)"]


def test_pictures_and_comments_left_out_are_reported_in_odt(figure_and_comment, tmp_path):
    """The same file as LibreOffice saves it as ODT: draw:frame with draw:image, and
    office:annotation."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from proposaleditor.formats import odt_reader

    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "odt", "--outdir", str(tmp_path), str(figure_and_comment)],
                   check=True, capture_output=True, timeout=180)
    document = odt_reader.read(tmp_path / "figure.odt")
    assert document.import_notes == docx_reader.read(figure_and_comment).import_notes
