"""Mechanics of real Word / LibreOffice / Google Docs files inside a normal MOD of a resolution.

Each test builds a received MOD of Resolution 130 from raw XML (tests/received_docs.py, raw ODF
from tests/corpus/realworld.py) with one mechanism of the files other tools write that the other
received-file tests leave out: how Word 2016+ spreads a tracked change over runs and bookmarks,
moves, changes in and of footnotes, fields, content controls, list numbering with tracked items,
LibreOffice's merged paragraphs and nested lists. Tests marked xfail(strict) pin a reader bug
(see their reason).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from corpus.realworld import change_info, write_odt
from corpus.shapes import outline
from received_docs import (
    ITU_STYLES,
    dele,
    dr,
    ins,
    note,
    note_ref,
    notes_xml,
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
from proposaleditor.formats import docx_reader, odt_reader

BOLD, ITALIC = "<w:b/>", "<w:i/>"
WHO = 'w:author="ACP" w:date="2014-09-01T00:00:00Z"'
FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
HEAD = [text_p("MOD\tACP/64A1/5", "Proposal"),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
        text_p("Strengthening the role of ITU", "Restitle"),
        text_p(FORMULA, "Normalaftertitle")]
HEAD_OUTLINE = [(0, "number_line", "", "unchanged"), (0, "title", "", "unchanged"),
                (0, "enacting_formula", "", "unchanged")]
REASONS = p(r("Reasons:", BOLD), r("\tok"))


def read(tmp_path, *paragraphs: str, numbering: str | None = None,
         footnotes: str | None = None, name: str = "received"):
    parts = {"styles": styles_xml(*ITU_STYLES)}
    if numbering:
        parts["numbering"] = numbering
    if footnotes:
        parts["footnotes"] = footnotes
    return docx_reader.read(write_docx(tmp_path / f"{name}.docx", "".join(paragraphs),
                                       parts=parts))


def the_mod(document):
    """The one proposal of a document, checking nothing was left outside it."""
    [mod] = document.proposals
    assert [b for b in document.parts if b not in document.proposals] == []
    assert plain_text(mod.reasons) == "ok"
    return mod


def items(mod) -> list:
    return [q for q in mod.walk() if q.kind.is_item]


def base_draft(provision) -> tuple[str | None, str | None]:
    return (None if provision.base is None else plain_text(provision.base),
            None if provision.draft is None else plain_text(provision.draft))






def rsid_p(*content: str, style: str | None = None, mark: str = "", numbering: str = "") -> str:
    """A paragraph as Word 2016 writes it: rsids, w14:paraId, a w:lang in the mark's rPr."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return ('<w:p w:rsidR="00C5A1F2" w:rsidRDefault="00C5A1F2" w:rsidP="007B1D33" '
            'w14:paraId="3F2A1B00" w14:textId="77777777"><w:pPr>' + style_xml + numbering
            + f'<w:rPr>{mark}<w:lang w:val="en-GB"/></w:rPr></w:pPr>' + "".join(content)
            + "</w:p>")


def wr(text: str, *props: str, rsid: str = "00C5A1F2") -> str:
    """A run with Word's usual rsid and language noise."""
    return r(text, *props, "<w:lang w:val=\"en-GB\"/>").replace("<w:r>", f'<w:r w:rsidR="{rsid}">')


def wdr(text: str, rsid: str = "00D4E5F6") -> str:
    return dr(text, '<w:lang w:val="en-GB"/>').replace("<w:r>", f'<w:r w:rsidDel="{rsid}">')


# -- Word 2016: a tracked change spread over runs, bookmarks and proofing marks -------------------
def test_word_2016_tracked_replacement_split_by_bookmarks_and_proofing_marks(tmp_path):
    """Word splits a replaced word over several w:del / w:ins with rsids; a bookmark starts in
    the deleted text and ends in the inserted one, a spelling mark and a rendered page break sit
    between the runs, and a soft hyphen and noProof run inside the insertion."""
    item = rsid_p(
        wr("1\tto "), '<w:bookmarkStart w:id="4" w:name="_Ref400123"/>',
        f'<w:del w:id="11" {WHO}>' + wdr("strength") + '<w:proofErr w:type="spellStart"/>'
        + wdr("en") + '<w:proofErr w:type="spellEnd"/></w:del>',
        f'<w:ins w:id="12" {WHO}>' + '<w:r w:rsidR="00E1F2A3"><w:rPr><w:noProof/><w:lang '
        'w:val="en-GB"/></w:rPr><w:lastRenderedPageBreak/><w:t>rein</w:t></w:r>'
        '<w:r w:rsidR="00E1F2A3"><w:softHyphen/><w:t>force</w:t></w:r></w:ins>',
        '<w:bookmarkEnd w:id="4"/>', wr(" the work of the "),
        f'<w:ins w:id="13" {WHO}>' + wr("regional ") + "</w:ins>", wr("offices;"))
    mod = the_mod(read(tmp_path, *HEAD, rsid_p(wr("resolves"), style="Call"), item, REASONS))
    assert outline(mod) == [*HEAD_OUTLINE, (0, "call", "", "unchanged"),
                            (1, "numbered_item", "1", "modified")]
    [one] = items(mod)
    assert marks_text(one.marks) == (
        "to [-strengthen-]{+reinforce+} the work of the {+regional +}offices;")
    assert base_draft(one) == ("to strengthen the work of the offices;",
                               "to reinforce the work of the regional offices;")
    assert {s.author for s in one.marks if s.op is not Op.KEEP} == {"ACP"}


def test_underline_applied_with_track_changes_is_a_format_change(tmp_path):
    """With Track Changes on, a delegate underlines an existing word for emphasis: Word records
    w:rPrChange (old formatting: none). The word was in the text before: no insertion."""
    change = f'<w:rPrChange w:id="7" {WHO}><w:rPr/></w:rPrChange>'
    item = p(r("1\tto give "), r("high", '<w:u w:val="single"/>', change),
             r(" priority to the work;"))
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS))
    [one] = items(mod)
    assert base_draft(one) == ("to give high priority to the work;",) * 2
    assert all(s.op is Op.KEEP for s in one.marks)


def test_two_authors_and_a_change_without_author_or_date_in_one_paragraph(tmp_path):
    """Google Docs suggestions and a Word review in one item: each change keeps its author; a
    change without w:author / w:date (WPS, some converters) is still a change."""
    item = p(r("1\tto "), dele(dr("study"), author="Administration A", rid=21),
             ins(r("examine"), author="Administration A", rid=22), r(" the "),
             ins(r("economic "), author="Reviewer B", date="2014-09-02T10:00:00Z", rid=23),
             r("aspects"), dele(dr(" closely"), author=None, date=None, rid=24), r(";"))
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS))
    [one] = items(mod)
    assert marks_text(one.marks) == (
        "to [-study-]{+examine+} the {+economic +}aspects[- closely-];")
    assert [(s.text, s.author) for s in one.marks if s.op is not Op.KEEP] == [
        ("study", "Administration A"), ("examine", "Administration A"),
        ("economic ", "Reviewer B"), (" closely", None)]
    assert base_draft(one) == ("to study the aspects closely;", "to examine the economic aspects;")


# -- moves ----------------------------------------------------------------------------------------
def test_word_move_of_an_automatically_numbered_item_renumbers_those_between(tmp_path):
    """Item 1 moved below item 3 with Track Changes on, in a list numbered by numbering.xml:
    Word writes moveFrom / moveTo ranges, and the paragraph marks as moveFrom / moveTo."""
    numbering = numbering_xml({0: [("decimal", "%1")]}, {5: 0})
    item = numpr(5)
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"),
        p(f'<w:moveFromRangeStart w:id="30" w:name="move400" {WHO}/>',
          f'<w:moveFrom w:id="31" {WHO}>' + r("to move this;") + "</w:moveFrom>",
          '<w:moveFromRangeEnd w:id="30"/>', numpr=item,
          mark=f'<w:moveFrom w:id="32" {WHO}/>'),
        p(r("to do;"), numpr=item), p(r("to do more;"), numpr=item),
        p(f'<w:moveToRangeStart w:id="33" w:name="move400" {WHO}/>',
          f'<w:moveTo w:id="34" {WHO}>' + r("to move this;") + "</w:moveTo>",
          '<w:moveToRangeEnd w:id="33"/>', numpr=item, mark=f'<w:moveTo w:id="35" {WHO}/>'),
        p(r("to report."), numpr=item), REASONS, numbering=numbering)
    mod = the_mod(document)
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "[-1-]", "suppressed"),
        (1, "numbered_item", "[-2-]{+1+}", "modified"),
        (1, "numbered_item", "[-3-]{+2+}", "modified"),
        (1, "numbered_item", "{+3+}", "added"), (1, "numbered_item", "4", "unchanged")]
    assert [base_draft(q) for q in items(mod)] == [
        ("to move this;", None), ("to do;", "to do;"), ("to do more;", "to do more;"),
        (None, "to move this;"), ("to report.", "to report.")]


# -- footnotes ------------------------------------------------------------------------------------




def test_deleted_footnote_reference_keeps_the_note_in_the_base_only(tmp_path):
    footnotes = notes_xml("footnotes", {
        1: note(r(" See Resolution 71 (Rev. Busan, 2014).")),
        2: note(r(" Including the regional offices.")),
    })
    item = p(r("1\tto strengthen the work"),
             f'<w:del w:id="40" {WHO}><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
             '<w:footnoteReference w:id="1"/></w:r></w:del>',
             r(" of ITU"), note_ref(2), r(";"))
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS,
                       footnotes=footnotes))
    [one] = items(mod)
    assert one.status.value == "modified"
    base_notes = [run.footnote.text for run in one.base if run.footnote is not None]
    draft_notes = [run.footnote.text for run in one.draft if run.footnote is not None]
    assert base_notes == ["See Resolution 71 (Rev. Busan, 2014).",
                          "Including the regional offices."]
    assert draft_notes == ["Including the regional offices."]
    assert base_draft(one) == ("to strengthen the work of ITU;",) * 2


def test_footnote_inserted_with_track_changes(tmp_path):
    """A note added with Track Changes: Word marks its reference run and its text inserted."""
    footnotes = notes_xml("footnotes", {
        1: note(ins(r(" New note on capacity building."), rid=50)),
        2: note(r(" As decided by the Council.")),
    })
    item = p(r("1\tto build capacity"), ins(note_ref(1), rid=53), r(" in ITU"), note_ref(2),
             r(";"))
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS,
                       footnotes=footnotes))
    [one] = items(mod)
    assert one.status.value == "modified"
    assert [run.footnote.text for run in one.base if run.footnote is not None] == [
        "As decided by the Council."]
    assert [run.footnote.text for run in one.draft if run.footnote is not None] == [
        "New note on capacity building.", "As decided by the Council."]
    inserted = [s for s in one.marks if s.op is Op.INSERT]
    assert [s.run.footnote.text for s in inserted] == ["New note on capacity building."]


def test_tracked_change_inside_a_footnote_body_is_not_lost(tmp_path):
    footnotes = notes_xml("footnotes", {
        1: note(r(" As decided by the "), dele(dr("Council"), rid=51),
                 ins(r("Plenipotentiary Conference"), rid=52), r(".")),
    })
    item = p(r("1\tto build capacity"), note_ref(1), r(";"))
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS,
                       footnotes=footnotes))
    [one] = items(mod)
    assert base_draft(one) == ("to build capacity;",) * 2
    assert [run.footnote.text for run in one.base if run.footnote is not None] == [
        "As decided by the Council."]
    assert [run.footnote.text for run in one.draft if run.footnote is not None] == [
        "As decided by the Plenipotentiary Conference."]
    assert one.status.value == "modified"


def test_odt_tracked_change_inside_a_footnote_body(tmp_path):
    """The same in LibreOffice: a word of the note replaced with changes recorded; the item's
    base text keeps the note as it was, the draft the note as proposed."""
    tracked = ('<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
               + change_info() + '<text:p text:style-name="Footnote">Council</text:p>'
               '</text:deletion></text:changed-region>'
               '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>'
               + change_info() + "</text:insertion></text:changed-region>")
    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p text:style-name="Footnote">As decided '
            'by the <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>'
            'Plenipotentiary Conference<text:change-end text:change-id="ct2"/>.</text:p>'
            "</text:note-body></text:note>")
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        f'<text:p text:style-name="Standard">1<text:tab/>to build capacity{note};</text:p>'
        + _ODT_REASONS)
    [one] = items(the_mod(odt_reader.read(write_odt(tmp_path / "note.odt", body,
                                                    tracked=tracked))))
    assert [run.footnote.text for run in one.base if run.footnote is not None] == [
        "As decided by the Council."]
    assert [run.footnote.text for run in one.draft if run.footnote is not None] == [
        "As decided by the Plenipotentiary Conference."]
    assert one.status.value == "modified"


def test_custom_mark_of_a_note_changed_inside(tmp_path):
    """ITU's '*' notes (customMarkFollows) whose text was changed with Track Changes: the base
    and the proposed note both keep the mark '*', and it is not left in the item's text."""
    footnotes = notes_xml("footnotes", {
        1: note(r("* Taking into account "), dele(dr("Resolution 70"), rid=51),
                 ins(r("Resolution 71"), rid=52), r(".")),
    })
    reference = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                 '<w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r>'
                 '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>*</w:t></w:r>')
    item = p(r("1\tto build capacity"), reference, r(";"))
    [one] = items(the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS,
                               footnotes=footnotes)))
    assert base_draft(one) == ("to build capacity*;", "to build capacity*;")
    assert [(run.text, run.footnote.text) for run in one.base if run.footnote is not None] == [
        ("*", "Taking into account Resolution 70.")]
    assert [(run.text, run.footnote.text) for run in one.draft if run.footnote is not None] == [
        ("*", "Taking into account Resolution 71.")]


# -- hyperlinks and fields ------------------------------------------------------------------------
def test_tracked_changes_inside_a_hyperlink(tmp_path):
    """Word puts w:ins / w:del inside w:hyperlink when the link text is edited; the Hyperlink
    character style's underline is no static insertion."""
    link = ('<w:hyperlink r:id="rId90" w:history="1">'
            + r("www.itu.int/", '<w:rStyle w:val="Hyperlink"/>')
            + dele(dr("council", '<w:rStyle w:val="Hyperlink"/>'), rid=60)
            + ins(r("pp", '<w:rStyle w:val="Hyperlink"/>'), rid=61) + "</w:hyperlink>")
    item = p(r("1\tto publish the results on "), link, r(";"))
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), item, REASONS))
    [one] = items(mod)
    assert marks_text(one.marks) == "to publish the results on www.itu.int/[-council-]{+pp+};"


def _field(instruction: str, result: str, *, wrap=lambda x: x) -> str:
    return (wrap('<w:r><w:fldChar w:fldCharType="begin"/></w:r>')
            + wrap(f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>')
            + wrap('<w:r><w:fldChar w:fldCharType="separate"/></w:r>') + wrap(r(result))
            + wrap('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def test_ref_seq_page_and_nested_fields_read_their_cached_results(tmp_path):
    """REF and SEQ fields with their cached results, a nested field inside an IF instruction,
    a field inside another's result, and a cross-reference inserted and one deleted with Track
    Changes (Word writes w:delInstrText in the deleted one)."""
    nested_if = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
                 + _field(" REF _Ref1 \\h ", "Annex 1") +
                 '<w:r><w:instrText xml:space="preserve"> = "" "none" "see" </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("see")
                 + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    outer = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> QUOTE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("page ")
             + _field(" PAGE ", "4") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    deleted = (f'<w:del w:id="70" {WHO}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:delInstrText xml:space="preserve"> REF _Ref2 \\r </w:delInstrText>'
               '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + dr("3")
               + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>')
    inserted = _field(" REF _Ref3 \\r \\h ", "4",
                      wrap=lambda x: f'<w:ins w:id="71" {WHO}>{x}</w:ins>')
    items_ = [
        p(r("1\tto implement Table "), _field(" SEQ Table \\* ARABIC ", "2"), r(" ("),
          nested_if, r(" "), outer, r(");")),
        p(r("2\tas set out in "), r("resolves "), deleted, inserted, r(" above.")),
    ]
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"), *items_, REASONS))
    one, two = items(mod)
    assert base_draft(one) == ("to implement Table 2 (see page 4);",) * 2
    assert marks_text(two.marks) == "as set out in resolves [-3-]{+4+} above."


# -- containers -----------------------------------------------------------------------------------
def test_content_control_round_the_whole_proposal_with_smart_tags_and_custom_xml(tmp_path):
    """A template's rich-text content control holding the whole proposal, smart tags and
    customXml round words (older Word), one of them inside a tracked insertion."""
    inner = "".join([
        *HEAD, text_p("resolves", "Call"),
        p(r("1\tto hold a meeting in "), '<w:smartTag w:uri="urn:schemas-microsoft-com:office:'
          'smarttags" w:element="place"><w:smartTag w:uri="urn:schemas-microsoft-com:office:'
          'smarttags" w:element="City">' + r("Geneva") + "</w:smartTag></w:smartTag>",
          ins('<w:customXml w:uri="urn:itu" w:element="year">' + r(" in 2016") + "</w:customXml>",
              rid=80), r(";")),
        '<w:customXml w:uri="urn:itu" w:element="item">'
        + p(r("2\tto report."), '<w:sdt><w:sdtPr><w:alias w:val="Note"/></w:sdtPr><w:sdtContent>'
            + ins(r(" annually"), rid=81) + "</w:sdtContent></w:sdt>") + "</w:customXml>",
        REASONS])
    body = ('<w:sdt><w:sdtPr><w:alias w:val="Proposal"/><w:tag w:val="ITU-proposal"/>'
            '<w:id w:val="-1781794311"/><w:richText/></w:sdtPr><w:sdtEndPr/><w:sdtContent>'
            + inner + "</w:sdtContent></w:sdt>")
    mod = the_mod(read(tmp_path, body))
    assert [(q.label, marks_text(q.marks)) for q in items(mod)] == [
        ("1", "to hold a meeting in Geneva{+ in 2016+};"), ("2", "to report.{+ annually+}")]


def test_positional_tab_and_line_breaks_inside_items(tmp_path):
    """w:ptab between label and text (Word's alignment tab), a manual line break inside an item
    and a page break run between two words."""
    mod = the_mod(read(
        tmp_path, *HEAD, text_p("resolves", "Call"),
        p(r("1"), '<w:r><w:ptab w:relativeTo="indent" w:alignment="left" w:leader="none"/>'
          "</w:r>", r("to do;")),
        p(r("2\tto study:"), "<w:r><w:br/></w:r>", r("the costs;")),
        p(r("3\tto report"), '<w:r><w:br w:type="page"/></w:r>', r("to Council.")),
        REASONS))
    assert [(q.kind.value, q.label) for q in items(mod)] == [
        ("numbered_item", "1"), ("numbered_item", "2"), ("numbered_item", "3")]
    one, two, three = items(mod)
    assert plain_text(one.draft) == "to do;"
    assert plain_text(two.draft) in ("to study:\nthe costs;", "to study: the costs;")
    assert plain_text(three.draft) == "to report to Council."


def test_style_separator_joins_a_label_to_its_text(tmp_path):
    """Word's style separator (Ctrl+Alt+Enter): the label paragraph's mark is hidden and the
    next paragraph prints on the same line."""
    mod = the_mod(read(
        tmp_path, *HEAD, text_p("resolves", "Call"), text_p("1\tto do;"),
        p(r("2"), mark="<w:vanish/><w:specVanish/>"), p(r("\tto give priority;")),
        text_p("3\tto report."), REASONS))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "2", "unchanged"), (1, "numbered_item", "3", "unchanged")]
    assert plain_text(items(mod)[1].draft) == "to give priority;"


# -- Word list numbering ----------------------------------------------------------------------
def test_word_numbering_formats_with_a_tracked_inserted_item(tmp_path):
    """considering lettered "%1)" with a lowerRoman "(%2)" level (labels as printed), an item
    inserted with Track Changes (w:ins in the paragraph mark's rPr) renumbering the next;
    resolves decimal in a list of its own."""
    numbering = numbering_xml({0: [("lowerLetter", "%1)"), ("lowerRoman", "(%2)")],
                               1: [("decimal", "%1")]}, {1: 0, 2: 1})
    mark = f'<w:ins w:id="90" {WHO}/>'
    document = read(
        tmp_path, *HEAD, text_p("considering", "Call"),
        p(r("the first;"), numpr=numpr(1)),
        p(r("one part;"), numpr=numpr(1, 1)), p(r("another part;"), numpr=numpr(1, 1)),
        p(ins(r("a new consideration;"), rid=91), numpr=numpr(1), mark=mark),
        p(r("the last,"), numpr=numpr(1)),
        text_p("resolves", "Call"), p(r("to do."), numpr=numpr(2)), REASONS,
        numbering=numbering)
    mod = the_mod(document)
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (2, "sub_item", "(i)", "unchanged"), (2, "sub_item", "(ii)", "unchanged"),
        (1, "lettered_item", "{+b)+}", "added"), (1, "lettered_item", "[-b)-]{+c)+}", "modified"),
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged")]
    new = items(mod)[3]
    assert base_draft(new) == (None, "a new consideration;")


@pytest.mark.parametrize("change", ["insert", "delete"])
def test_word_item_added_or_removed_at_the_end_of_the_previous_one(tmp_path, change):
    """As Word records it: Enter pressed at the end of a) and b) typed (a)'s paragraph mark
    inserted, b)'s text inserted under the old mark), or the mirror deletion (from the end of
    a) to the end of b)'s text: a)'s mark and b)'s text deleted). Numbered by numbering.xml."""
    numbering = numbering_xml({0: [("lowerLetter", "%1)")]}, {1: 0})
    op, mark = ("ins", Op.INSERT) if change == "insert" else ("del", Op.DELETE)
    middle = (ins(r("a new one;"), rid=6) if change == "insert"
              else dele(dr("a new one;"), rid=6))
    document = read(
        tmp_path, *HEAD, text_p("considering", "Call"),
        p(r("the first;"), numpr=numpr(1), mark=f'<w:{op} w:id="5" {WHO}/>'),
        p(middle, numpr=numpr(1)), p(r("the last,"), numpr=numpr(1)), REASONS,
        numbering=numbering)
    mod = the_mod(document)
    first, new, last = items(mod)
    assert (first.base_label, first.label, first.status.value) == ("a)", "a)", "unchanged")
    if mark is Op.INSERT:
        assert outline(mod)[4:] == [
            (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "{+b)+}", "added"),
            (1, "lettered_item", "[-b)-]{+c)+}", "modified")]
        assert base_draft(new) == (None, "a new one;")
    else:
        assert outline(mod)[4:] == [
            (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "[-b)-]", "suppressed"),
            (1, "lettered_item", "[-c)-]{+b)+}", "modified")]
        assert base_draft(new) == ("a new one;", None)
        assert document.import_notes == []
    assert base_draft(last) == ("the last,", "the last,")


def test_word_numbering_restarted_in_each_call_with_a_deleted_item(tmp_path):
    """One abstract list per call (as Word makes "Restart numbering" with separate lists), an
    item of the second call deleted whole with its paragraph mark."""
    numbering = numbering_xml({0: [("decimal", "%1")], 1: [("decimal", "%1")]}, {1: 0, 2: 1})
    document = read(
        tmp_path, *HEAD, text_p("resolves", "Call"),
        p(r("to do;"), numpr=numpr(1)), p(r("to do more;"), numpr=numpr(1)),
        text_p("instructs the Secretary-General", "Call"),
        p(dele(dr("to delete this;"), rid=95), numpr=numpr(2),
          mark=f'<w:del w:id="96" {WHO}/>'),
        p(r("to report."), numpr=numpr(2)), REASONS, numbering=numbering)
    mod = the_mod(document)
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "2", "unchanged"), (0, "call", "", "unchanged"),
        (1, "numbered_item", "[-1-]", "suppressed"),
        (1, "numbered_item", "[-2-]{+1+}", "modified")]
    assert base_draft(items(mod)[2]) == ("to delete this;", None)


def test_very_long_item_is_read_whole(tmp_path):
    """A 200 KB item (a pasted annex list in one paragraph) with a change at its end."""
    words = "the development of telecommunication networks, " * 4300
    mod = the_mod(read(tmp_path, *HEAD, text_p("resolves", "Call"),
                       p(r("1\tto support " + words), ins(r("in particular"), rid=101),
                         r(";")), REASONS))
    [one] = items(mod)
    assert len("to support " + words) > 200_000
    assert plain_text(one.base) == "to support " + words + ";"
    assert plain_text(one.draft) == "to support " + words + "in particular;"


# -- LibreOffice ODT ----------------------------------------------------------------------------
_ODT_HEAD = (
    '<text:p text:style-name="Proposal">MOD<text:tab/>ACP/64A1/5</text:p>'
    '<text:p text:style-name="Res_5f_No">RESOLUTION 130 (REV. BUSAN, 2014)</text:p>'
    '<text:p text:style-name="Res_5f_title">Strengthening the role of ITU</text:p>'
    f'<text:p text:style-name="Normal_5f_after_5f_title">{FORMULA}</text:p>')
_ODT_REASONS = '<text:p text:style-name="Standard">Reasons:<text:tab/>ok</text:p>'
_LISTS = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" '
    'style:list-style-name="L1"/>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-suffix=")" style:num-format="a"/><text:list-level-style-number text:level="2" '
    'style:num-suffix=")" style:num-format="i"/></text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
    'style:num-format="1"/></text:list-style>')


def test_odt_spaces_tabs_and_line_breaks_inside_items(tmp_path):
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:p text:style-name="Standard">1<text:tab/>to study<text:s text:c="3"/>the '
        "costs;</text:p>"
        '<text:p text:style-name="Standard">2<text:tab/>to report:<text:line-break/>'
        "annually<text:soft-page-break/> to Council;</text:p>"
        '<text:p text:style-name="Standard">3<text:tab/>to act<text:tab/>now.</text:p>'
        + _ODT_REASONS)
    mod = the_mod(odt_reader.read(write_odt(tmp_path / "spaces.odt", body)))
    assert [q.label for q in items(mod)] == ["1", "2", "3"]
    one, two, three = items(mod)
    assert plain_text(one.draft) == "to study   the costs;"
    assert plain_text(two.draft) in ("to report:\nannually to Council;",
                                     "to report: annually to Council;")
    assert plain_text(three.draft) in ("to act\tnow.", "to act now.")


def test_odt_nested_list_levels(tmp_path):
    """A lettered list with a nested roman level, as LibreOffice nests a text:list inside the
    list item; the lettering continues after the nested level."""
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">considering</text:p>'
        '<text:list text:style-name="L1">'
        '<text:list-item><text:p text:style-name="P1">the first;</text:p></text:list-item>'
        '<text:list-item><text:p text:style-name="P1">the second, namely:</text:p>'
        '<text:list><text:list-item><text:p text:style-name="P1">one part;</text:p>'
        '</text:list-item><text:list-item><text:p text:style-name="P1">another part;</text:p>'
        "</text:list-item></text:list></text:list-item>"
        '<text:list-item><text:p text:style-name="P1">the last,</text:p></text:list-item>'
        "</text:list>" + _ODT_REASONS)
    mod = the_mod(odt_reader.read(write_odt(tmp_path / "nested.odt", body, automatic=_LISTS)))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (1, "lettered_item", "b)", "unchanged"), (2, "sub_item", "i)", "unchanged"),
        (2, "sub_item", "ii)", "unchanged"), (1, "lettered_item", "c)", "unchanged")]
    assert [q.text for q in items(mod)] == [
        "the first;", "the second, namely:", "one part;", "another part;", "the last,"]


def test_odt_tracked_paragraph_merge_reads_like_the_word_join(tmp_path):
    """Two paragraphs joined with Track Changes in LibreOffice: the deleted paragraph mark is a
    deletion region of two empty paragraphs at the join. It reads as the same join saved by
    Word (make_provision treats a join alone as no text change), and no text is lost."""
    tracked = ('<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
               + change_info() + '<text:p text:style-name="Standard"/>'
               '<text:p text:style-name="Standard"/></text:deletion></text:changed-region>')
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:p text:style-name="Standard">1<text:tab/>to do;</text:p>'
        '<text:p text:style-name="Standard">2<text:tab/>to give high priority to the work'
        '<text:change text:change-id="ct1"/> in accordance with its mandate;</text:p>'
        '<text:p text:style-name="Standard">3<text:tab/>to report.</text:p>' + _ODT_REASONS)
    odt = the_mod(odt_reader.read(write_odt(tmp_path / "merge.odt", body, tracked=tracked)))
    word = the_mod(read(
        tmp_path, *HEAD, text_p("resolves", "Call"), text_p("1\tto do;"),
        p(r("2\tto give high priority to the work"), mark=f'<w:del w:id="40" {WHO}/>'),
        p(r(" in accordance with its mandate;")), text_p("3\tto report."), REASONS))
    assert outline(odt) == outline(word)
    assert [base_draft(q) for q in odt.walk()] == [base_draft(q) for q in word.walk()]
    assert [q.label for q in items(odt)] == ["1", "2", "3"]
    drafts = " ".join(plain_text(q.draft) for q in odt.provisions[3].walk())
    assert "to give high priority to the work in accordance with its mandate;" in drafts


# -- a LibreOffice-written DOCX ---------------------------------------------------------------
def test_libreoffice_docx_of_a_tracked_odt_reads_like_the_odt(tmp_path):
    """An ODT with a tracked insertion saved by LibreOffice as DOCX (its own rsids, styles and
    w:ins): both read the same, author included."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    tracked = ('<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion>'
               + change_info() + "</text:insertion></text:changed-region>")
    body = _ODT_HEAD + (
        '<text:p text:style-name="Call">resolves</text:p>'
        '<text:p text:style-name="Standard">1<text:tab/>to do;</text:p>'
        '<text:p text:style-name="Standard">2<text:tab/>to report<text:change-start '
        'text:change-id="ct1"/> annually<text:change-end text:change-id="ct1"/>.</text:p>'
        + _ODT_REASONS)
    source = write_odt(tmp_path / "lo.odt", body, tracked=tracked)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"),
                    str(source)], check=True, capture_output=True, timeout=240)
    from_odt = the_mod(odt_reader.read(source))
    from_docx = the_mod(docx_reader.read(tmp_path / "out" / "lo.docx"))
    assert outline(from_docx) == outline(from_odt)
    assert [marks_text(q.marks) for q in from_docx.walk()] == [
        marks_text(q.marks) for q in from_odt.walk()]
    assert marks_text(items(from_docx)[1].marks) == "to report{+ annually+}."
    assert [s.author for s in items(from_docx)[1].marks if s.op is Op.INSERT] == ["ACP"]
