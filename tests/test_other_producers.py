"""Received proposals written by tools other than desktop Word and LibreOffice.

Each test writes a short MOD of Resolution 130 the way one producer writes its DOCX (raw XML
through tests/received_docs.py): Google Docs (no ITU styles, Title / Heading styles, one w:num
per list, kix bookmarks, suggestions as tracked changes, every run formatting spelled out),
pandoc (FirstParagraph / BodyText / Compact, footnotes, numbered lists, --track-changes spans),
Word Online / Office 365 (paraId, rsids, w16du:dateUtc), WPS Office and OnlyOffice (style ids
"a", "1", pPr/rPr copies, w:lang and w:kern everywhere), Apple Pages (styles named by their
display names, lists in direct formatting), python-docx (List Number / List Bullet, static
underline and strike), a Word 2003 document converted to .docx (VML w:pict, w:legacy levels,
w:numPr giving only w:ilvl) and a French proposal with French style names. The tests check what
a user needs: the proposal found, its provisions, base and draft text, authors and reasons,
and that no text is lost. Tests marked xfail(strict) pin a reader bug (see their reason).
"""

from __future__ import annotations

from corpus.shapes import kinds, outline, reasons, summary
from received_docs import (
    ITU_STYLES,
    NS_DECL,
    dele,
    dr,
    esc,
    ins,
    notes_xml,
    p,
    r,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.domain.document import FreeBlock
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.revisions import Op
from proposaleditor.formats import docx_reader

FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
TITLE = "Strengthening the role of ITU in building confidence and security"
MOD_130 = [("MOD", "ACP/64A1/5", "resolution", "130")]
HEAD_OUTLINE = [(0, "number_line", "", "unchanged"), (0, "title", "", "unchanged"),
                (0, "enacting_formula", "", "unchanged"), (0, "call", "", "unchanged")]


# -- helpers --------------------------------------------------------------------------------------
def plain_summary(document) -> list[tuple]:
    return [(str(getattr(m, "value", m)), n, str(getattr(k, "value", k)), t)
            for m, n, k, t in summary(document)]


def the_mod(document):
    """The one proposal: MOD ACP/64A1/5 of Resolution 130, nothing left outside it."""
    assert plain_summary(document) == MOD_130
    [mod] = document.proposals
    assert [b for b in document.parts if isinstance(b, FreeBlock)] == []
    return mod


def items(mod) -> dict:
    return {q.label: q for q in mod.walk() if q.kind.is_item}


def texts(provision) -> tuple[str | None, str | None]:
    return (None if provision.base is None else plain_text(provision.base),
            None if provision.draft is None else plain_text(provision.draft))


def changes(provision) -> list[tuple]:
    return [(s.op, s.run.text, s.author) for s in provision.marks if s.op is not Op.KEEP]


def styles(*defs: str, defaults: str = "") -> str:
    """styles.xml from raw w:style elements (and raw w:docDefaults)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS_DECL}>'
            f"{defaults}{''.join(defs)}</w:styles>")


def style(sid: str, name: str, *, kind: str = "paragraph", based: str | None = None,
          default: bool = False, ppr: str = "", rpr: str = "") -> str:
    return (f'<w:style w:type="{kind}"' + (' w:default="1"' if default else "")
            + f' w:styleId="{sid}"><w:name w:val="{esc(name)}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "")
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
            + "</w:style>")


def numbering(*lists: tuple[int, str, str]) -> str:
    """numbering.xml with one abstractNum and one w:num per list: (numId, numFmt, lvlText)."""
    out = []
    for num_id, fmt, text in lists:
        out.append(f'<w:abstractNum w:abstractNumId="{num_id}"><w:multiLevelType '
                   f'w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                   f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{esc(text)}"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
                   "</w:lvl></w:abstractNum>")
    for num_id, _fmt, _text in lists:
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS_DECL}>'
            f"{''.join(out)}</w:numbering>")


def numpr(num_id: int | None, ilvl: int = 0) -> str:
    return (f'<w:numPr><w:ilvl w:val="{ilvl}"/>'
            + (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "") + "</w:numPr>")


def raw_p(ppr: str, *content: str, attrs: str = "") -> str:
    return f"<w:p{attrs}>" + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + "".join(content) + "</w:p>"


def read(tmp_path, body: str, *, name: str = "received", document: str | None = None,
         **parts: str):
    return docx_reader.read(write_docx(tmp_path / f"{name}.docx", body, document=document,
                                       parts=parts))


# -- Google Docs ----------------------------------------------------------------------------------
GDOCS_STYLES = styles(
    style("Normal", "normal", default=True),
    style("Heading1", "heading 1", based="Normal",
          ppr='<w:keepNext w:val="1"/><w:spacing w:before="400" w:after="120"/>',
          rpr='<w:sz w:val="40"/>'),
    style("Heading2", "heading 2", based="Normal", rpr='<w:sz w:val="32"/>'),
    style("Title", "Title", based="Normal", rpr='<w:sz w:val="52"/>'),
    style("Subtitle", "Subtitle", based="Normal", rpr='<w:color w:val="666666"/>'),
    defaults=('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
              '<w:sz w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault></w:docDefaults>'))


def gr(text: str, *, b: bool = False, i: bool = False, u: bool = False,
       strike: bool = False) -> str:
    """A Google Docs run: every property spelled out, the ones that are off included."""
    return r(text, '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" '
                   'w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
             f'<w:b w:val="{int(b)}"/>', f'<w:i w:val="{int(i)}"/>', '<w:smallCaps w:val="0"/>',
             f'<w:strike w:val="{int(strike)}"/>', '<w:color w:val="000000"/>',
             '<w:sz w:val="24"/>', '<w:szCs w:val="24"/>',
             f'<w:u w:val="{"single" if u else "none"}"/>', '<w:shd w:fill="auto" w:val="clear"/>',
             '<w:vertAlign w:val="baseline"/>', '<w:rtl w:val="0"/>')


def gdr(text: str) -> str:
    return gr(text).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")


def gp(*runs: str, style_id: str | None = None, jc: str = "both", num: str = "",
       bookmark: str | None = None) -> str:
    """A Google Docs paragraph: keepNext / keepLines / spacing / ind / jc always written."""
    ppr = ((f'<w:pStyle w:val="{style_id}"/>' if style_id else "")
           + '<w:keepNext w:val="0"/><w:keepLines w:val="0"/>' + num
           + '<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>'
           + '<w:ind w:left="0" w:firstLine="0"/>' + f'<w:jc w:val="{jc}"/>')
    mark = ""
    if bookmark:
        mark = (f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="{bookmark}" w:id="0"/>'
                '<w:bookmarkEnd w:id="0"/>')
    return raw_p(ppr, mark, *runs)


def gdocs_head(*, bookmarks: bool = True) -> list[str]:
    return [gp(gr("MOD\tACP/64A1/5", b=True), jc="left"),
            gp(gr("RESOLUTION 130 (REV. BUSAN, 2014)"), style_id="Title", jc="center",
               bookmark="kix.4d0nq1ynx8s1" if bookmarks else None),
            gp(gr(TITLE, b=True), style_id="Heading1", jc="center",
               bookmark="kix.tnf0sb8jjw2m" if bookmarks else None),
            gp(gr(FORMULA)),
            gp(gr("resolves", i=True), jc="left")]


def test_google_docs_suggestions_keep_the_suggesters_and_the_heading_styles(tmp_path):
    """Google Docs (File > Download > Word): no ITU styles, the number line in Title and the
    title in Heading 1 with kix bookmarks, every run's formatting written out (w:u none,
    w:strike 0, w:b 0), and suggestions exported as w:ins / w:del by the suggester."""
    who = {"author": "Ana Pereira", "date": "2014-09-10T08:15:00Z"}
    body = "".join([
        *gdocs_head(),
        gp(gr("1\tto continue to give high priority to "), dele(gdr("this"), rid=101, **who),
           ins(gr("the building of confidence and security"), rid=102, **who), gr(";")),
        gp(gr("2\tto support the regional and global cybersecurity projects."),
           ins(gr(" and initiatives"), rid=103, author="Reviewer B",
               date="2014-09-11T10:00:00Z")),
        gp(gr("Reasons:", b=True), gr("\tTo reflect developments since 2010.")),
    ])
    mod = the_mod(read(tmp_path, body, styles=GDOCS_STYLES))
    assert outline(mod) == HEAD_OUTLINE + [(1, "numbered_item", "1", "modified"),
                                           (1, "numbered_item", "2", "modified")]
    one, two = items(mod)["1"], items(mod)["2"]
    assert texts(one) == ("to continue to give high priority to this;",
                          "to continue to give high priority to the building of confidence "
                          "and security;")
    assert changes(one) == [(Op.DELETE, "this", "Ana Pereira"),
                            (Op.INSERT, "the building of confidence and security", "Ana Pereira")]
    assert changes(two) == [(Op.INSERT, " and initiatives", "Reviewer B")]
    assert reasons(mod) == "To reflect developments since 2010."


def test_google_docs_explicit_off_formatting_is_no_revision_mark(tmp_path):
    """A Google Docs file without suggestions: w:u none and w:strike 0 in every run are not
    insertions or deletions; the one phrase underlined (w:u single) and the one struck
    (w:strike 1) are the static marks of a MOD typed by hand."""
    body = "".join([
        *gdocs_head(bookmarks=False),
        gp(gr("1\tto continue to give "), gr("high", strike=True), gr("top", u=True),
           gr(" priority to this work;")),
        gp(gr("2\tto report to the Council.")),
        gp(gr("Reasons:", b=True), gr("\tClarity.")),
    ])
    mod = the_mod(read(tmp_path, body, styles=GDOCS_STYLES))
    one, two = items(mod)["1"], items(mod)["2"]
    assert texts(one) == ("to continue to give high priority to this work;",
                          "to continue to give top priority to this work;")
    assert texts(two) == ("to report to the Council.",) * 2
    assert [s.op for s in two.marks] == [Op.KEEP] * len(two.marks)
    assert [(q.kind.value, q.status.value) for q in mod.walk()][:4] == [
        (k, s) for _d, k, _l, s in HEAD_OUTLINE]
    assert reasons(mod) == "Clarity."


def test_google_docs_every_list_its_own_num_and_abstract_num(tmp_path):
    """Google Docs numbers a list with Format > Numbered list and exports each list as its own
    w:num over its own abstractNum ("%1."). The resolves items are one list; a suggestion
    inserts an item in the middle, so the item after it is renumbered."""
    lists = numbering((1, "decimal", "%1."), (2, "decimal", "%1."), (3, "lowerLetter", "%1)"))
    who = {"author": "Ana Pereira", "date": "2014-09-10T08:15:00Z"}
    inserted_mark = ('<w:rPr><w:ins w:id="200" w:author="Ana Pereira" '
                     'w:date="2014-09-10T08:15:00Z"/>')
    item_two = raw_p('<w:keepNext w:val="0"/>' + numpr(2) + inserted_mark + "</w:rPr>",
                     ins(gr("to encourage Member States to cooperate;"), rid=201, **who))
    body = "".join([
        *gdocs_head(),
        gp(gr("to continue to give high priority to this work;"), num=numpr(2)),
        item_two,
        gp(gr("to report to the Council."), num=numpr(2)),
        gp(gr("Reasons:", b=True), gr("\tNew item 2.")),
    ])
    mod = the_mod(read(tmp_path, body, styles=GDOCS_STYLES, numbering=lists))
    assert [(k.value, label) for k, label in kinds(mod)][3:4] == [("call", None)]
    found = [(q.kind.value, q.base_label, q.label, q.status.value)
             for q in mod.walk() if q.kind.is_item]
    # the label as Google Docs prints it, with its full stop
    assert found == [("numbered_item", "1.", "1.", "unchanged"),
                     ("numbered_item", None, "2.", "added"),
                     ("numbered_item", "2.", "3.", "modified")]
    assert texts(items(mod)["2."]) == (None, "to encourage Member States to cooperate;")
    assert reasons(mod) == "New item 2."


# -- pandoc ---------------------------------------------------------------------------------------
PANDOC_STYLES = styles(
    style("Normal", "Normal", default=True),
    style("BodyText", "Body Text", based="Normal", ppr='<w:spacing w:before="180" w:after="180"/>'),
    style("FirstParagraph", "First Paragraph", based="BodyText"),
    style("Compact", "Compact", based="BodyText", ppr='<w:spacing w:before="36" w:after="36"/>'),
    style("Title", "Title", based="Normal", rpr="<w:b/>"),
    style("Heading1", "heading 1", based="Normal", rpr="<w:b/>"),
    style("Heading2", "heading 2", based="Normal", rpr="<w:b/>"),
    style("FootnoteText", "Footnote Text", based="Normal"),
    style("FootnoteReference", "Footnote Reference", kind="character",
          rpr='<w:vertAlign w:val="superscript"/>'),
    style("BodyTextChar", "Body Text Char", kind="character"),
    defaults=('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/>'
              '<w:sz w:val="24"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>'))


def pandoc_head() -> list[str]:
    """pandoc from Markdown: a heading gets a bookmark named from its text; the first paragraph
    after a heading is FirstParagraph, the others BodyText; tabs of the source became spaces."""
    return [text_p("MOD ACP/64A1/5", "FirstParagraph", "<w:b/>", "<w:bCs/>"),
            p('<w:bookmarkStart w:id="20" w:name="resolution-130-rev.-busan-2014"/>',
              r("RESOLUTION 130 (REV. BUSAN, 2014)"), '<w:bookmarkEnd w:id="20"/>',
              style="Heading1"),
            p('<w:bookmarkStart w:id="21" w:name="strengthening-the-role-of-itu"/>',
              r(TITLE), '<w:bookmarkEnd w:id="21"/>', style="Heading2"),
            text_p(FORMULA, "FirstParagraph"),
            p(r("resolves", "<w:i/>", "<w:iCs/>"), style="BodyText")]


def test_pandoc_numbered_list_compact_items_and_a_footnote(tmp_path):
    """pandoc -o x.docx from Markdown: a "1." list as w:numPr items in the Compact style
    (lvlText "%1."), a footnote with the FootnoteReference character style and the
    FootnoteText body starting with a space; no tracked changes, so an unchanged text."""
    foot = notes_xml("footnotes", {1: p(
        r("", '<w:rStyle w:val="FootnoteReference"/>').replace("</w:r>", "<w:footnoteRef/></w:r>"),
        r(" "), r("Resolution 174 (Rev. Busan, 2014)."), style="FootnoteText")})
    ref = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
           '<w:footnoteReference w:id="1"/></w:r>')
    body = "".join([
        *pandoc_head(),
        p(r("to continue to give high priority to this work;"), style="Compact",
          numpr=numpr(1000)),
        p(r("to cooperate with the relevant organizations"), ref, r(";"), style="Compact",
          numpr=numpr(1000)),
        p(r("to report to the Council."), style="Compact", numpr=numpr(1000)),
        p(r("Reasons:", "<w:b/>", "<w:bCs/>"), r(" Editorial alignment."), style="FirstParagraph"),
    ])
    document = read(tmp_path, body, styles=PANDOC_STYLES,
                    numbering=numbering((1000, "decimal", "%1.")), footnotes=foot)
    mod = the_mod(document)
    assert [(q.kind.value, q.label) for q in mod.walk() if q.kind.is_item] == [
        ("numbered_item", "1."), ("numbered_item", "2."), ("numbered_item", "3.")]
    two = items(mod)["2."]
    assert texts(two)[0] == "to cooperate with the relevant organizations;"
    [note] = [run.footnote for run in two.base if run.footnote is not None]
    assert plain_text(note.runs).strip() == "Resolution 174 (Rev. Busan, 2014)."
    assert all(q.status.value == "unchanged" for q in mod.walk())
    assert reasons(mod) == "Editorial alignment."


def test_pandoc_track_changes_spans_become_tracked_changes(tmp_path):
    """pandoc writes [old]{.deletion author="ACP" date=...} and [new]{.insertion ...} as
    w:del / w:ins round its runs; items typed as "1 to ..." (no list) in BodyText."""
    who = {"author": "ACP", "date": "2014-09-01T00:00:00Z"}
    body = "".join([
        *pandoc_head(),
        text_p("1 to continue to give high priority to this work;", "BodyText"),
        p(r("2 to invite "), dele(dr("Member States"), rid=0, **who),
          ins(r("all Member States and Sector Members"), rid=1, **who), r(" to participate;"),
          style="BodyText"),
        text_p("3 to report to the Council.", "BodyText"),
        p(r("Reasons:", "<w:b/>"), r(" Wider participation."), style="BodyText"),
    ])
    mod = the_mod(read(tmp_path, body, styles=PANDOC_STYLES))
    assert [(k, lab) for _d, k, lab, _s in outline(mod)][4:] == [
        ("numbered_item", "1"), ("numbered_item", "2"), ("numbered_item", "3")]
    two = items(mod)["2"]
    assert texts(two) == ("to invite Member States to participate;",
                          "to invite all Member States and Sector Members to participate;")
    assert {a for _op, _t, a in changes(two)} == {"ACP"}
    assert reasons(mod) == "Wider participation."


# -- Word Online / Office 365 ----------------------------------------------------------------------
W16 = ('xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
       'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
       'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
       'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
       'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"')
ONLINE_NS = NS_DECL.replace('mc:Ignorable="w14 wps"',
                            f'{W16} mc:Ignorable="w14 w15 w16se w16cid w16du wp14"')


def online_p(n: int, style_id: str | None, *content: str, mark: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style_id}"/>' if style_id else "") + (
        f"<w:rPr>{mark}</w:rPr>" if mark else "")
    attrs = (f' w14:paraId="{0x1A2B3C00 + n:08X}" w14:textId="{0x77FF0000 + n:08X}" '
             f'w:rsidR="00A1{n:04d}" w:rsidRDefault="00B2{n:04d}" w:rsidP="00C3{n:04d}"')
    return raw_p(ppr, *content, attrs=attrs)


def online_r(text: str, *props: str, rsid: str = "00D4E5F6") -> str:
    return r(text, *props).replace("<w:r>", f'<w:r w:rsidR="{rsid}" w:rsidRPr="{rsid}">', 1)


def online_change(tag: str, rid: int, content: str) -> str:
    return (f'<w:{tag} w:id="{rid}" w:author="Asia-Pacific Telecommunity" '
            'w:date="2014-09-01T10:00:00Z" w16du:dateUtc="2014-09-01T01:00:00Z">'
            f"{content}</w:{tag}>")


def test_word_online_para_ids_rsids_and_utc_dated_changes(tmp_path):
    """Word for the web / Office 365: w14:paraId and w14:textId on every paragraph, rsid
    attributes on paragraphs and runs, mc:Ignorable naming w15 / w16se / w16du, and tracked
    changes with w16du:dateUtc; a whole new item 3 inserted (text and paragraph mark)."""
    inserted_mark = ('<w:ins w:id="9" w:author="Asia-Pacific Telecommunity" '
                     'w:date="2014-09-01T10:00:00Z" w16du:dateUtc="2014-09-01T01:00:00Z"/>')
    body = "".join([
        online_p(1, "Proposal", online_r("MOD\tACP/64A1/5")),
        online_p(2, "ResNo", online_r("RESOLUTION 130 (REV. BUSAN, 2014)")),
        online_p(3, "Restitle", online_r(TITLE)),
        online_p(4, "Normalaftertitle", online_r(FORMULA)),
        online_p(5, "Call", online_r("resolves")),
        online_p(6, None, online_r("1\tto continue to give "),
                 online_change("del", 7, dr("high")), online_change("ins", 8, online_r("top")),
                 online_r(" priority to this work;")),
        online_p(7, None, online_r("2\tto report to the Council;")),
        online_p(8, None, online_change("ins", 10, online_r("3\tto review this resolution.")),
                 mark=inserted_mark),
        online_p(9, "Reasons", online_r("Reasons:", "<w:b/>"), online_r("\tNew item 3.")),
    ])
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f"<w:document {ONLINE_NS}><w:body>{body}"
                '<w:sectPr w:rsidR="00A10001"><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
                "</w:body></w:document>")
    mod = the_mod(read(tmp_path, "", document=document, styles=styles_xml(*ITU_STYLES)))
    assert outline(mod) == HEAD_OUTLINE + [(1, "numbered_item", "1", "modified"),
                                           (1, "numbered_item", "2", "unchanged"),
                                           (1, "numbered_item", "{+3+}", "added")]
    assert texts(items(mod)["1"]) == ("to continue to give high priority to this work;",
                                      "to continue to give top priority to this work;")
    assert texts(items(mod)["3"])[1] == "to review this resolution."
    assert {a for _o, _t, a in changes(items(mod)["1"])} == {"Asia-Pacific Telecommunity"}
    assert reasons(mod) == "New item 3."


# -- WPS Office and OnlyOffice --------------------------------------------------------------------
WPS_STYLES = styles(
    style("a", "Normal", default=True, ppr='<w:widowControl w:val="0"/><w:jc w:val="both"/>',
          rpr='<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'),
    style("1", "heading 1", based="a", rpr='<w:b/><w:kern w:val="44"/>'),
    style("a0", "Default Paragraph Font", kind="character", default=True),
    style("a1", "Normal Table", kind="table"),
    # the ITU template's styles, renumbered by WPS: the names are kept
    style("10", "Proposal", based="a", rpr="<w:b/>"),
    style("11", "Res_No", based="a", rpr="<w:caps/>"),
    style("12", "Res_title", based="a", rpr="<w:b/>"),
    style("13", "Normal_after_title", based="a"),
    style("14", "Call", based="a", rpr="<w:i/>"),
    style("15", "Reasons", based="a"))
LANG = ('<w:rFonts w:hint="eastAsia"/>', '<w:kern w:val="0"/>',
        '<w:lang w:val="en-GB" w:eastAsia="zh-CN"/>')


def wps_p(style_id: str | None, *content: str, extra_rpr: str = "") -> str:
    """A WPS / OnlyOffice paragraph: the paragraph mark's rPr repeats the runs' properties."""
    ppr = (f'<w:pStyle w:val="{style_id}"/>' if style_id else "") + (
        '<w:bidi w:val="0"/><w:spacing w:before="120" w:line="240" w:lineRule="auto"/>'
        f"<w:rPr>{''.join(LANG)}{extra_rpr}</w:rPr>")
    return raw_p(ppr, *content)


def test_wps_office_numeric_style_ids_and_language_in_every_run(tmp_path):
    """WPS Office saves the ITU template's styles under numbers ("10", "14") keeping their
    names, Normal as "a", heading 1 as "1"; w:lang, w:kern and eastAsia hints in every run and in
    the paragraph mark; a revision without w:date (WPS drops it for some edits)."""
    body = "".join([
        wps_p("10", r("MOD\tACP/64A1/5", *LANG)),
        wps_p("11", r("RESOLUTION 130 (REV. BUSAN, 2014)", *LANG)),
        wps_p("12", r(TITLE, *LANG)),
        wps_p("13", r(FORMULA, *LANG)),
        wps_p("14", r("resolves", *LANG)),
        wps_p("a", r("1\tto continue to give high priority to this work;", *LANG)),
        wps_p(None, r("2\tto invite ", *LANG),
              ins(r("all ", *LANG), author="Zhang Wei", date=None, rid=3),
              r("Member States to participate.", *LANG)),
        wps_p("15", r("Reasons:", "<w:b/>", *LANG), r("\tWider participation.", *LANG)),
    ])
    mod = the_mod(read(tmp_path, body, styles=WPS_STYLES))
    assert outline(mod) == HEAD_OUTLINE + [(1, "numbered_item", "1", "unchanged"),
                                           (1, "numbered_item", "2", "modified")]
    assert texts(items(mod)["2"]) == ("to invite Member States to participate.",
                                      "to invite all Member States to participate.")
    assert changes(items(mod)["2"]) == [(Op.INSERT, "all ", "Zhang Wei")]
    assert reasons(mod) == "Wider participation."


def test_onlyoffice_paragraph_mark_formatting_is_not_a_revision_mark(tmp_path):
    """OnlyOffice (and WPS) give the paragraph mark the formatting of the last run: an item
    ending in struck text has w:strike in pPr/rPr, one ending in underlined text w:u. The mark's
    formatting is not text: only the runs' static marks count."""
    body = "".join([
        wps_p("Proposal", r("MOD\tACP/64A1/5", "<w:b/>", *LANG), extra_rpr="<w:b/>"),
        wps_p("ResNo", r("RESOLUTION 130 (REV. BUSAN, 2014)", *LANG)),
        wps_p("Restitle", r(TITLE, *LANG), extra_rpr="<w:b/>"),
        wps_p("Normalaftertitle", r(FORMULA, *LANG)),
        wps_p("Call", r("resolves", "<w:i/>", *LANG), extra_rpr="<w:i/>"),
        wps_p(None, r("1\tto continue to give priority to this work", *LANG),
              r(" without delay", "<w:strike/>", *LANG), r(";", *LANG),
              extra_rpr="<w:strike/>"),
        wps_p(None, r("2\tto report to the Council ", *LANG),
              r("every year", '<w:u w:val="single"/>', *LANG),
              extra_rpr='<w:u w:val="single"/>'),
        wps_p("Reasons", r("Reasons:", "<w:b/>", *LANG), r("\tClarity.", *LANG)),
    ])
    itu = styles_xml(*ITU_STYLES).replace("<w:name w:val=\"Normal\"/>",
                                          "<w:name w:val=\"Normal\"/><w:rPr><w:lang "
                                          'w:val="en-US"/></w:rPr>', 1)
    mod = the_mod(read(tmp_path, body, styles=itu))
    assert texts(items(mod)["1"]) == ("to continue to give priority to this work without delay;",
                                      "to continue to give priority to this work;")
    assert texts(items(mod)["2"]) == ("to report to the Council ",
                                      "to report to the Council every year")
    assert reasons(mod) == "Clarity."


# -- Apple Pages ----------------------------------------------------------------------------------
def test_apple_pages_style_ids_are_display_names_and_lists_are_direct(tmp_path):
    """Pages exports a paragraph style under its display name as id ("Res_No", "Normal after
    title", "Body"), and lists as w:numPr in each paragraph's direct formatting, one abstractNum
    per list with lvlText "%1" and a tab; a static underline marks the change."""
    sheet = styles(
        style("Body", "Body", default=True), style("Title", "Title", based="Body"),
        style("Proposal", "Proposal", based="Body"), style("Res_No", "Res_No", based="Body"),
        style("Res_title", "Res_title", based="Body"),
        style("Normal after title", "Normal after title", based="Body"),
        style("Call", "Call", based="Body", rpr="<w:i/>"),
        style("Reasons", "Reasons", based="Body"))
    body = "".join([
        text_p("MOD\tACP/64A1/5", "Proposal", "<w:b/>"),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "Res_No"),
        text_p(TITLE, "Res_title"),
        text_p(FORMULA, "Normal after title"),
        text_p("resolves", "Call"),
        p(r("to continue to give high priority to this work;"), style="Body", numpr=numpr(1)),
        p(r("to report to the Council "), r("every year", '<w:u w:val="single"/>'), r("."),
          style="Body", numpr=numpr(1)),
        p(r("Reasons:", "<w:b/>"), r("\tRegular reports."), style="Reasons"),
    ])
    mod = the_mod(read(tmp_path, body, styles=sheet, numbering=numbering((1, "decimal", "%1"))))
    assert outline(mod) == HEAD_OUTLINE + [(1, "numbered_item", "1", "unchanged"),
                                           (1, "numbered_item", "2", "modified")]
    assert texts(items(mod)["2"]) == ("to report to the Council .",
                                      "to report to the Council every year.")
    assert reasons(mod) == "Regular reports."


# -- python-docx ----------------------------------------------------------------------------------
PYDOCX_NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS_DECL}>'
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:pStyle w:val="ListBullet"/></w:lvl>'
    '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:pStyle w:val="ListNumber"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def test_python_docx_list_number_style_and_static_marks(tmp_path):
    """A script with python-docx: add_heading (Title, Heading 1), add_paragraph(style="List
    Number") whose numbering comes from the style (styles.xml numPr, not the paragraph), and a
    change written as run.font.strike / run.underline, since python-docx has no tracked changes.
    The default template's List Number counts with "%1" here (a tab follows)."""
    sheet = styles(
        style("Normal", "Normal", default=True),
        style("Title", "Title", based="Normal", rpr='<w:sz w:val="56"/>'),
        style("Heading1", "heading 1", based="Normal", rpr="<w:b/>"),
        style("Heading2", "heading 2", based="Normal", rpr="<w:b/>"),
        style("ListNumber", "List Number", based="Normal", ppr=numpr(2)),
        style("ListBullet", "List Bullet", based="Normal", ppr=numpr(1)),
        style("Strong", "Strong", kind="character", rpr="<w:b/>"),
        style("Emphasis", "Emphasis", kind="character", rpr="<w:i/>"))
    body = "".join([
        p(r("MOD\tACP/64A1/5", '<w:rStyle w:val="Strong"/>')),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "Title"),
        text_p(TITLE, "Heading1"),
        text_p(FORMULA),
        p(r("resolves", '<w:rStyle w:val="Emphasis"/>')),
        p(r("to continue to give "), r("high", "<w:strike/>"), r("top", "<w:u w:val=\"single\"/>"),
          r(" priority to this work;"), style="ListNumber"),
        text_p("to report to the Council.", "ListNumber"),
        p(r("Reasons:", '<w:rStyle w:val="Strong"/>'), r("\tClarity.")),
    ])
    mod = the_mod(read(tmp_path, body, styles=sheet, numbering=PYDOCX_NUMBERING))
    assert outline(mod) == HEAD_OUTLINE + [(1, "numbered_item", "1", "modified"),
                                           (1, "numbered_item", "2", "unchanged")]
    assert texts(items(mod)["1"]) == ("to continue to give high priority to this work;",
                                      "to continue to give top priority to this work;")
    assert reasons(mod) == "Clarity."


# -- Word 2003 (.doc) converted to .docx ----------------------------------------------------------
LEGACY_NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS_DECL}>'
    '<w:abstractNum w:abstractNumId="7"><w:nsid w:val="1A2B3C4D"/>'
    '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0409000F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:pStyle w:val="enumlev1"/><w:lvlText w:val="%1)"/>'
    '<w:legacy w:legacy="1" w:legacySpace="0" w:legacyIndent="794"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="794" w:hanging="794"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>')


def test_word_2003_legacy_list_ilvl_only_and_vml_picture(tmp_path):
    """A .doc of Word 2003 saved as .docx: the lettered list is a w:legacy level applied by the
    enumlev1 style (the style's numPr holds the numId, the paragraphs' numPr only w:ilvl), and a
    VML horizontal rule (w:pict / v:rect o:hr) and a VML picture (v:imagedata) sit between title
    and formula; a tracked
    deletion dated in local time without a zone."""
    sheet = styles_xml(*ITU_STYLES).replace(
        '<w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/>'
        '<w:basedOn w:val="Normal"/>',
        '<w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/>'
        f'<w:basedOn w:val="Normal"/><w:pPr>{numpr(3)}</w:pPr>')
    rule = ('<w:r><w:pict><v:rect id="_x0000_i1025" style="width:0;height:1.5pt" '
            'o:hralign="center" o:hrstd="t" o:hr="t" fillcolor="#a0a0a0" stroked="f" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"/></w:pict></w:r>')
    image = ('<w:r><w:pict><v:shape id="_x0000_i1026" type="#_x0000_t75" '
             'style="width:120pt;height:40pt"><v:imagedata r:id="rId20" o:title="chart" '
             'xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></w:pict></w:r>')
    ilvl_only = '<w:numPr><w:ilvl w:val="0"/></w:numPr>'
    body = "".join([
        text_p("MOD\tACP/64A1/5", "Proposal"),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
        text_p(TITLE, "Restitle"),
        p(rule),
        p(image),
        text_p(FORMULA, "Normalaftertitle"),
        text_p("resolves", "Call"),
        text_p("1\tto take the following measures:"),
        p(r("to strengthen cooperation;"), style="enumlev1", numpr=ilvl_only),
        p(r("to share "), dele(dr("good "), date="2014-09-01T10:00:00", author="ACP"),
          r("best practices;"), style="enumlev1", numpr=ilvl_only),
        p(r("Reasons:", "<w:b/>"), r("\tClarity."), style="Reasons"),
    ])
    document = read(tmp_path, body, styles=sheet, numbering=LEGACY_NUMBERING)
    mod = the_mod(document)
    assert outline(mod)[:4] == HEAD_OUTLINE
    assert [(k, lab) for _d, k, lab, _s in outline(mod)][4:] == [
        ("numbered_item", "1"), ("sub_item", "a)"), ("sub_item", "b)")]
    assert texts(items(mod)["b)"]) == ("to share good best practices;",
                                       "to share best practices;")
    assert changes(items(mod)["b)"]) == [(Op.DELETE, "good ", "ACP")]
    assert reasons(mod) == "Clarity."
    # the rule is no content; the picture is reported, not silently dropped
    assert [n for n in document.import_notes if "picture" in n or "figure" in n]


# -- French style names ---------------------------------------------------------------------------
def test_french_proposal_with_french_style_names_read_by_its_text(tmp_path):
    """A French MOD from an administration whose template names its styles in French
    ("Proposition", "Motifs", "Appel", with spaces: "No Res"): no ITU style is recognised, so the
    proposal line, the call "décide" and "Motifs:" are read from the text."""
    sheet = styles(
        style("Normal", "Normal", default=True),
        style("Proposition", "Proposition", based="Normal", rpr="<w:b/>"),
        style("NoRes", "No Res", based="Normal", rpr="<w:caps/>"),
        style("TitreRes", "Titre Res", based="Normal", rpr="<w:b/>"),
        style("Appel", "Appel", based="Normal", rpr="<w:i/>"),
        style("Motifs", "Motifs", based="Normal"))
    who = {"author": "F", "date": "2014-09-01T00:00:00Z"}
    body = "".join([
        text_p("MOD\tACP/64A1/5", "Proposition"),
        text_p("RÉSOLUTION 130 (RÉV. BUSAN, 2014)", "NoRes"),
        text_p("Renforcement du rôle de l'UIT", "TitreRes"),
        text_p("La Conférence de plénipotentiaires de l'Union internationale des "
               "télécommunications (Busan, 2014),"),
        text_p("décide", "Appel"),
        p(r("1\tde continuer à accorder un rang de priorité "), dele(dr("élevé"), rid=5, **who),
          ins(r("très élevé"), rid=6, **who), r(" à ces travaux;")),
        text_p("2\tde faire rapport au Conseil."),
        p(r("Motifs:", "<w:b/>"), r("\tClarté."), style="Motifs"),
    ])
    mod = the_mod(read(tmp_path, body, styles=sheet))
    assert outline(mod) == HEAD_OUTLINE + [(1, "numbered_item", "1", "modified"),
                                           (1, "numbered_item", "2", "unchanged")]
    assert texts(items(mod)["1"]) == (
        "de continuer à accorder un rang de priorité élevé à ces travaux;",
        "de continuer à accorder un rang de priorité très élevé à ces travaux;")
    assert reasons(mod) == "Clarté."


def test_google_docs_suggested_deletion_of_a_whole_item(tmp_path):
    """A suggestion deleting item 2 whole in Google Docs: its runs in w:del and its paragraph
    mark deleted (pPr/rPr w:del); item 3 typed by hand is renumbered by the same suggester."""
    who = {"author": "Ana Pereira", "date": "2014-09-10T08:15:00Z"}
    deleted_mark = ('<w:rPr><w:del w:id="300" w:author="Ana Pereira" '
                    'w:date="2014-09-10T08:15:00Z"/></w:rPr>')
    body = "".join([
        *gdocs_head(),
        gp(gr("1\tto continue to give high priority to this work;")),
        raw_p('<w:keepNext w:val="0"/><w:jc w:val="both"/>' + deleted_mark,
              dele(gdr("2\tto hold a workshop in 2015;"), rid=301, **who)),
        gp(dele(gdr("3"), rid=302, **who), ins(gr("2"), rid=303, **who),
           gr("\tto report to the Council.")),
        gp(gr("Reasons:", b=True), gr("\tThe workshop was held.")),
    ])
    mod = the_mod(read(tmp_path, body, styles=GDOCS_STYLES))
    found = [(q.base_label, q.label, q.status.value) for q in mod.walk() if q.kind.is_item]
    assert found == [("1", "1", "unchanged"), ("2", None, "suppressed"), ("3", "2", "modified")]
    deleted = next(q for q in mod.walk() if q.status.value == "suppressed")
    assert texts(deleted)[0] == "to hold a workshop in 2015;"
    assert {a for _o, _t, a in changes(deleted)} <= {"Ana Pereira"}
    assert reasons(mod) == "The workshop was held."
