"""ODT files as LibreOffice (7.x / 24.x) and OpenOffice really write ITU proposals.

Each test builds one received document from raw ODF XML (tests/corpus/realworld.py) with a MOD
of a resolution or of a Radio Regulations provision, and one ODF mechanism the other ODT tests
leave out: encoded and automatic paragraph styles, automatic text styles, list continuation,
outline headings, whole paragraphs inserted or deleted with changes recorded, two authors,
sections, text boxes, reference marks, hyperlinks, tables, endnotes, '*' notes, a cover in a
table and an ODF 1.1 (OpenOffice 2) file. Tests marked xfail(strict) pin a reader bug (see their
reason).
"""

from __future__ import annotations

import zipfile

from corpus.realworld import ITU_ODF_STYLES, change_info, write_odt
from corpus.shapes import kinds, outline, reasons, summary

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import odt_reader

FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
HEAD = (
    '<text:p text:style-name="Proposal">MOD<text:tab/>ACP/64A1/5</text:p>'
    '<text:p text:style-name="Res_5f_No">RESOLUTION 130 (REV. BUSAN, 2014)</text:p>'
    '<text:p text:style-name="Res_5f_title">Strengthening the role of ITU</text:p>'
    f'<text:p text:style-name="Normal_5f_after_5f_title">{FORMULA}</text:p>')
HEAD_OUTLINE = [(0, "number_line", "", "unchanged"), (0, "title", "", "unchanged"),
                (0, "enacting_formula", "", "unchanged")]
REASONS = '<text:p text:style-name="Reasons">Reasons:<text:tab/>ok</text:p>'
MOD_130 = [(Marker.MOD, "ACP/64A1/5", TargetKind.RESOLUTION, "130")]
# numbered list styles as LibreOffice writes them in content.xml's automatic styles
LISTS = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" '
    'style:list-style-name="L1"/>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-format="1"/></text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
    'style:num-suffix=")" style:num-format="a"/></text:list-style>')


def region(n: int, kind: str, inner: str = "", author: str = "ACP") -> str:
    return (f'<text:changed-region xml:id="ct{n}" text:id="ct{n}"><text:{kind}>'
            f"{change_info(author)}{inner}</text:{kind}></text:changed-region>")


def std(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def read(tmp_path, body: str, *, automatic: str = "", styles: str = ITU_ODF_STYLES,
         tracked: str = "", name: str = "lo"):
    return odt_reader.read(write_odt(tmp_path / f"{name}.odt", body, automatic=automatic,
                                     styles=styles, tracked=tracked))


def the_mod(document):
    """The one proposal of a document, checking nothing was left outside it."""
    [mod] = document.proposals
    assert [b for b in document.parts if b not in document.proposals] == []
    assert reasons(mod) == "ok"
    return mod


def items(mod) -> list:
    return [q for q in mod.walk() if q.kind.is_item]


def base_draft(provision) -> tuple[str | None, str | None]:
    return (None if provision.base is None else plain_text(provision.base),
            None if provision.draft is None else plain_text(provision.draft))


def free_texts(document) -> list[str]:
    return [plain_text(b.text) for b in document.parts if b not in document.proposals]


# -- styles ---------------------------------------------------------------------------------------
def test_automatic_paragraph_styles_inheriting_encoded_itu_styles(tmp_path):
    """LibreOffice gives every paragraph touched by hand an automatic style P1, P2... whose
    style:parent-style-name is the ITU style, by its encoded name (Res_5f_No for Res_No)."""
    automatic = "".join(
        f'<style:style style:name="P{n}" style:family="paragraph" style:parent-style-name='
        f'"{parent}"><style:paragraph-properties fo:margin-top="0.2cm"/></style:style>'
        for n, parent in ((1, "Proposal"), (2, "Res_5f_No"), (3, "Res_5f_title"),
                          (4, "Normal_5f_after_5f_title"), (5, "Call"), (6, "Reasons")))
    body = (std("MOD<text:tab/>ACP/64A1/5", "P1") + std("RESOLUTION 130 (REV. BUSAN, 2014)", "P2")
            + std("Strengthening the role of ITU", "P3") + std(FORMULA, "P4")
            + std("resolves", "P5") + std("1<text:tab/>to do;") + std("2<text:tab/>to report.")
            + std("Reasons:<text:tab/>ok", "P6"))
    document = read(tmp_path, body, automatic=automatic)
    mod = the_mod(document)
    assert summary(document) == MOD_130
    assert outline(mod) == [*HEAD_OUTLINE, (0, "call", "", "unchanged"),
                            (1, "numbered_item", "1", "unchanged"),
                            (1, "numbered_item", "2", "unchanged")]
    assert [q.text for q in mod.walk()][:4] == [
        "RESOLUTION 130 (REV. BUSAN, 2014)", "Strengthening the role of ITU", FORMULA, "resolves"]


def test_automatic_text_styles_are_static_marks(tmp_path):
    """A MOD typed with static formatting: T1 underline (inserted), T2 strike-through (deleted),
    T3 italic only (a lettered item's letter): only T1 and T2 are changes."""
    automatic = LISTS + (
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'style:text-underline-style="solid" style:text-underline-width="auto" '
        'style:text-underline-color="font-color"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties '
        'style:text-line-through-style="solid" style:text-line-through-type="single"/>'
        '</style:style><style:style style:name="T3" style:family="text"><style:text-properties '
        'fo:font-style="italic" style:font-style-asian="italic"/></style:style>')
    body = HEAD + (
        std("considering", "Call")
        + std('<text:span text:style-name="T3">a)</text:span><text:tab/>the growth of '
              'cyber<text:span text:style-name="T1">-</text:span>threats;')
        + std("resolves", "Call")
        + std('1<text:tab/>to <text:span text:style-name="T2">study</text:span><text:span '
              'text:style-name="T1">report on</text:span> the costs;') + REASONS)
    mod = the_mod(read(tmp_path, body, automatic=automatic))
    a, one = items(mod)
    assert (a.kind, a.label, a.status.value) == (K.LETTERED_ITEM, "a)", "modified")
    assert marks_text(a.marks) == "the growth of cyber{+-+}threats;"
    assert marks_text(one.marks) == "to [-study-]{+report on+} the costs;"
    assert base_draft(one) == ("to study the costs;", "to report on the costs;")


# -- lists ----------------------------------------------------------------------------------------
def test_list_start_value_continue_numbering_and_continue_list(tmp_path):
    """A numbered list broken by a dash item typed in enumlev1 and continued
    (text:continue-numbering, ODF 1.1) or by xml:id (text:continue-list, ODF 1.2), and a
    list item whose number was set by hand (text:start-value)."""
    body = HEAD + (
        std("resolves", "Call")
        + '<text:list xml:id="list1" text:style-name="L1">'
        '<text:list-item><text:p text:style-name="P1">to do;</text:p></text:list-item>'
        '<text:list-item><text:p text:style-name="P1">to cooperate with:</text:p>'
        "</text:list-item></text:list>"
        + std("–<text:tab/>the United Nations;", "enumlev1")
        + '<text:list text:continue-numbering="true" text:style-name="L1"><text:list-item>'
        '<text:p text:style-name="P1">to report;</text:p></text:list-item></text:list>'
        + std("–<text:tab/>annually;", "enumlev1")
        + '<text:list xml:id="list2" text:continue-list="list1" text:style-name="L1">'
        '<text:list-item><text:p text:style-name="P1">to act;</text:p></text:list-item>'
        '</text:list>'
        + std("instructs the Secretary-General", "Call")
        + '<text:list text:style-name="L1"><text:list-item text:start-value="1">'
        '<text:p text:style-name="P1">to publish;</text:p></text:list-item>'
        '<text:list-item><text:p text:style-name="P1">to translate,</text:p></text:list-item>'
        "</text:list>"
        + '<text:list text:style-name="L1"><text:list-item text:start-value="5">'
        '<text:p text:style-name="P1">to close.</text:p></text:list-item></text:list>'
        + REASONS)
    mod = the_mod(read(tmp_path, body, automatic=LISTS))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "2", "unchanged"), (2, "dash_item", "–", "unchanged"),
        (1, "numbered_item", "3", "unchanged"), (2, "dash_item", "–", "unchanged"),
        (1, "numbered_item", "4", "unchanged"), (0, "call", "", "unchanged"),
        (1, "numbered_item", "1", "unchanged"), (1, "numbered_item", "2", "unchanged"),
        (1, "numbered_item", "5", "unchanged")]
    assert [q.text for q in items(mod)] == [
        "to do;", "to cooperate with:", "the United Nations;", "to report;", "annually;",
        "to act;", "to publish;", "to translate,", "to close."]


def test_call_in_the_list_header_of_its_lettered_list(tmp_path):
    """'considering' typed as the unnumbered header of the lettered list that follows
    (LibreOffice's 'Insert Unnumbered Entry' on the first item): the header takes no letter and
    the items are a) and b) under the call."""
    body = HEAD + (
        '<text:list text:style-name="L2"><text:list-header>'
        '<text:p text:style-name="Call">considering</text:p></text:list-header>'
        '<text:list-item><text:p text:style-name="Standard">the first;</text:p></text:list-item>'
        '<text:list-item><text:p text:style-name="Standard">the second,</text:p>'
        "</text:list-item></text:list>" + REASONS)
    mod = the_mod(read(tmp_path, body, automatic=LISTS))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (1, "lettered_item", "b)", "unchanged")]
    assert [q.text for q in mod.walk()][3:] == ["considering", "the first;", "the second,"]


def test_outline_numbered_headings_before_the_proposals(tmp_path):
    """An introduction under headings numbered by the outline numbering (text:h with
    text:outline-level, 'Heading 1' stored as Heading_20_1): kept as free text before the MOD,
    which is still found."""
    styles = ITU_ODF_STYLES + (
        '<style:style style:name="Heading" style:family="paragraph" '
        'style:parent-style-name="Standard"/>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
        'style:family="paragraph" style:parent-style-name="Heading" '
        'style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/>'
        "</style:style>"
        '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
        'style:num-format="1"/></text:outline-style>')
    body = (
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Introduction</text:h>'
        + std("APT Members support the strengthening of ITU's role in building confidence.")
        + '<text:h text:style-name="Heading_20_1" text:outline-level="1">Proposals</text:h>'
        + HEAD + std("resolves", "Call") + std("1<text:tab/>to do.") + REASONS)
    document = read(tmp_path, body, styles=styles)
    assert summary(document) == MOD_130
    texts = free_texts(document)
    assert [t for t in texts if "Introduction" in t or "Proposals" in t] in (
        ["Introduction", "Proposals"], ["1\tIntroduction", "2\tProposals"])
    assert "APT Members support the strengthening of ITU's role in building confidence." in texts
    [mod] = document.proposals
    assert outline(mod)[3:] == [(0, "call", "", "unchanged"),
                                (1, "numbered_item", "1", "unchanged")]


# -- tracked changes ------------------------------------------------------------------------------
def test_whole_item_inserted_with_changes_recorded(tmp_path):
    """Enter pressed at the end of item 2 and item 3 typed, changes recorded: the insertion
    starts before item 2's paragraph mark and ends at the end of item 3. Item 2 is unchanged,
    item 3 added."""
    tracked = region(1, "insertion")
    body = HEAD + (
        std("resolves", "Call") + std("1<text:tab/>to do;")
        + std('2<text:tab/>to report;<text:change-start text:change-id="ct1"/>')
        + std('3<text:tab/>to act.<text:change-end text:change-id="ct1"/>') + REASONS)
    mod = the_mod(read(tmp_path, body, tracked=tracked))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "2", "unchanged"), (1, "numbered_item", "{+3+}", "added")]
    assert [base_draft(q) for q in items(mod)] == [
        ("to do;", "to do;"), ("to report;", "to report;"), (None, "to act.")]
    assert [s.author for s in items(mod)[2].label_marks] == ["ACP"]


def test_whole_item_deleted_with_changes_recorded(tmp_path):
    """Item 2 selected from its start to the start of item 3 and deleted: the changed region
    holds item 2's paragraph and the empty start of the next; the text:change point opens
    item 3's paragraph (the following numbers are renumbered by hand)."""
    tracked = region(1, "deletion", std("2<text:tab/>to delete this;") + std(""))
    body = HEAD + (
        std("resolves", "Call") + std("1<text:tab/>to do;")
        + std('<text:change text:change-id="ct1"/>3<text:tab/>to report.') + REASONS)
    mod = the_mod(read(tmp_path, body, tracked=tracked))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "[-2-]", "suppressed"), (1, "numbered_item", "3", "unchanged")]
    assert [base_draft(q) for q in items(mod)] == [
        ("to do;", "to do;"), ("to delete this;", None), ("to report.", "to report.")]


def test_format_change_region_is_no_insertion(tmp_path):
    """An item made bold with changes recorded: LibreOffice writes a text:format-change region
    round the words (change-start / change-end like an insertion). Only the real insertion
    of the same item counts."""
    automatic = ('<style:style style:name="T1" style:family="text"><style:text-properties '
                 'fo:font-weight="bold"/></style:style>')
    tracked = region(1, "format-change") + region(2, "insertion")
    body = HEAD + (
        std("resolves", "Call")
        + std('1<text:tab/>to <text:change-start text:change-id="ct1"/><text:span '
              'text:style-name="T1">give priority</text:span><text:change-end '
              'text:change-id="ct1"/> to the work<text:change-start text:change-id="ct2"/> of '
              'ITU-D<text:change-end text:change-id="ct2"/>.') + REASONS)
    [one] = items(the_mod(read(tmp_path, body, automatic=automatic, tracked=tracked)))
    assert marks_text(one.marks) == "to give priority to the work{+ of ITU-D+}."
    assert base_draft(one) == ("to give priority to the work.",
                               "to give priority to the work of ITU-D.")


def test_changes_by_two_authors_keep_their_authors(tmp_path):
    """An APT draft reviewed by a second administration: ACP's insertion and deletion, then
    KOR's deletion of a paragraph mark's item (from the end of item 2 to the end of item 3) and
    insertion; each change keeps its author."""
    tracked = (region(1, "deletion", std("2014"), author="ACP")
               + region(2, "insertion", author="ACP")
               + region(3, "deletion", std("") + std("3<text:tab/>to delete;"), author="KOR")
               + region(4, "insertion", author="KOR"))
    body = HEAD + (
        std("resolves", "Call")
        + std('1<text:tab/>to report in <text:change text:change-id="ct1"/><text:change-start '
              'text:change-id="ct2"/>2018<text:change-end text:change-id="ct2"/>;')
        + std('2<text:tab/>to act<text:change-start text:change-id="ct4"/> now<text:change-end '
              'text:change-id="ct4"/>;<text:change text:change-id="ct3"/>')
        + REASONS)
    mod = the_mod(read(tmp_path, body, tracked=tracked))
    one, two, three = items(mod)
    assert marks_text(one.marks) == "to report in [-2014-]{+2018+};"
    assert {(s.op, s.author) for s in one.marks if s.op is not Op.KEEP} == {
        (Op.DELETE, "ACP"), (Op.INSERT, "ACP")}
    assert marks_text(two.marks) == "to act{+ now+};"
    assert [s.author for s in two.marks if s.op is Op.INSERT] == ["KOR"]
    assert (three.label_marks and marks_text(three.label_marks), three.status.value) == (
        "[-3-]", "suppressed")
    assert base_draft(three) == ("to delete;", None)
    assert [s.author for s in three.label_marks] == ["KOR"]


def test_author_and_date_of_a_whole_item_inserted_or_deleted(tmp_path):
    """Who added item 3 and who deleted item 2, and when: the review of a MOD needs them for
    the text as well as for the number."""
    tracked = (region(1, "deletion", std("2<text:tab/>to delete this;") + std(""),
                      author="KOR")
               + region(2, "insertion", author="ACP"))
    body = HEAD + (
        std("resolves", "Call") + std("1<text:tab/>to do;")
        + std('<text:change text:change-id="ct1"/>2<text:tab/>to report;<text:change-start '
              'text:change-id="ct2"/>')
        + std('3<text:tab/>to act.<text:change-end text:change-id="ct2"/>') + REASONS)
    mod = the_mod(read(tmp_path, body, tracked=tracked))
    deleted, added = (q for q in items(mod) if q.status.value in ("added", "suppressed"))
    assert [(s.op, s.author, s.date) for s in deleted.marks] == [
        (Op.DELETE, "KOR", "2014-09-01T00:00:00")]
    assert [(s.op, s.author, s.date) for s in added.marks] == [
        (Op.INSERT, "ACP", "2014-09-01T00:00:00")]


# -- containers -----------------------------------------------------------------------------------
def test_proposals_inside_a_section_and_a_text_box_in_the_introduction(tmp_path):
    """The proposals kept in a text:section (LibreOffice's protected section of a template) and
    a note in a text box (draw:frame / draw:text-box) anchored in the introduction: every text
    is read once, the box's text outside the proposal."""
    frame = ('<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
             'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
             'draw:name="Frame1" text:anchor-type="paragraph" svg:width="10cm">'
             '<draw:text-box><text:p text:style-name="Standard">Note: this addendum replaces '
             "Addendum 4.</text:p></draw:text-box></draw:frame>")
    body = (std(f"{frame}APT proposes to revise Resolution 130.")
            + '<text:section text:style-name="Sect1" text:name="Proposals">' + HEAD
            + std("resolves", "Call") + std("1<text:tab/>to do.") + REASONS + "</text:section>")
    document = read(tmp_path, body)
    assert summary(document) == MOD_130
    texts = free_texts(document)
    assert "APT proposes to revise Resolution 130." in texts
    assert "Note: this addendum replaces Addendum 4." in texts
    [mod] = document.proposals
    assert [q.text for q in items(mod)] == ["to do."]
    assert reasons(mod) == "ok"


def test_bookmarks_reference_marks_nested_spans_and_page_breaks_in_items(tmp_path):
    """Cross-reference targets (text:bookmark, text:reference-mark, ranged and not), a
    text:bookmark-ref field showing its target's text, spans nested three deep (italic call
    reference inside an underlined insertion) and soft page breaks between list items."""
    automatic = LISTS + (
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'style:text-underline-style="solid"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties '
        'fo:font-style="italic"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties '
        'fo:font-weight="normal"/></style:style>')
    body = HEAD + (
        std('<text:bookmark text:name="_Ref1"/>resolves', "Call")
        + '<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P1">to '
        '<text:reference-mark-start text:name="r1"/>study<text:reference-mark-end '
        'text:name="r1"/> the costs<text:reference-mark text:name="r2"/>;</text:p>'
        "</text:list-item><text:list-item><text:soft-page-break/>"
        '<text:p text:style-name="P1">to report<text:span text:style-name="T1"> under '
        '<text:span text:style-name="T2">resolves <text:span text:style-name="T3">'
        '<text:bookmark-ref text:reference-format="text" text:ref-name="_Ref1">1'
        "</text:bookmark-ref></text:span></text:span> above</text:span>;</text:p>"
        '</text:list-item><text:soft-page-break/><text:list-item><text:p text:style-name="P1">'
        '<text:bookmark-start text:name="_Toc2"/>to act.<text:bookmark-end text:name="_Toc2"/>'
        "</text:p></text:list-item></text:list>" + REASONS)
    mod = the_mod(read(tmp_path, body, automatic=automatic))
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (1, "numbered_item", "2", "modified"), (1, "numbered_item", "3", "unchanged")]
    one, two, three = items(mod)
    assert base_draft(one) == ("to study the costs;",) * 2
    # the italic words are a segment of their own: one insertion, three segments
    assert marks_text(two.marks).replace("+}{+", "") == "to report{+ under resolves 1 above+};"
    assert {s.op for s in two.marks} == {Op.KEEP, Op.INSERT}
    assert [r.text for r in two.draft if r.italic] == ["resolves 1"]
    assert base_draft(three) == ("to act.",) * 2


def test_hyperlinks_underline_is_no_insertion(tmp_path):
    """LibreOffice's text:a with its 'Internet link' character style (underlined), one as a
    span inside the link (as a Word hyperlink converted by LibreOffice): the link text is kept
    text, while a real insertion after it is still one."""
    styles = ITU_ODF_STYLES + (
        '<style:style style:name="Internet_20_link" style:display-name="Internet link" '
        'style:family="text"><style:text-properties fo:color="#000080" '
        'style:text-underline-style="solid" style:text-underline-width="auto" '
        'style:text-underline-color="font-color"/></style:style>')
    automatic = ('<style:style style:name="T1" style:family="text" style:parent-style-name='
                 '"Internet_20_link"><style:text-properties fo:font-style="italic"/>'
                 '</style:style>')
    tracked = region(1, "insertion")
    xlink = 'xmlns:xlink="http://www.w3.org/1999/xlink" xlink:type="simple"'
    body = HEAD + (
        std("resolves", "Call")
        + std(f'1<text:tab/>to publish on <text:a {xlink} xlink:href="https://www.itu.int/" '
              'text:style-name="Internet_20_link" text:visited-style-name='
              '"Visited_20_Internet_20_Link">www.itu.int</text:a>;')
        + std(f'2<text:tab/>to see <text:a {xlink} xlink:href="https://www.itu.int/pp"><text:span '
              'text:style-name="T1">the PP page</text:span></text:a><text:change-start '
              'text:change-id="ct1"/> and others<text:change-end text:change-id="ct1"/>.')
        + std('3<text:tab/>to use <text:span text:style-name="Internet_20_link">'
              "https://www.itu.int/md</text:span>.") + REASONS)
    mod = the_mod(read(tmp_path, body, automatic=automatic, styles=styles, tracked=tracked))
    one, two, three = items(mod)
    assert marks_text(one.marks) == "to publish on www.itu.int;"
    assert marks_text(two.marks) == "to see the PP page{+ and others+}."
    assert marks_text(three.marks) == "to use https://www.itu.int/md."
    assert [q.status.value for q in (one, two, three)] == ["unchanged", "modified", "unchanged"]


# -- Radio Regulations: a table, notes -------------------------------------------------------------
def test_allocation_table_inside_an_rr_proposal(tmp_path):
    """A MOD of the band 3 300-3 400 MHz: the Table of Frequency Allocations as table:table in
    the Regions' columns, a footnote reference inserted with changes recorded in one cell, and
    an ADD of the new footnote after it."""
    cell = '<table:table-cell office:value-type="string">{}</table:table-cell>'
    tracked = region(1, "insertion", author="EUR")
    table = (
        '<table:table table:name="Table1" table:style-name="Table1">'
        '<table:table-column table:number-columns-repeated="3"/>'
        '<table:table-header-rows><table:table-row>'
        '<table:table-cell table:number-columns-spanned="3" office:value-type="string">'
        + std("Allocation to services") + "</table:table-cell><table:covered-table-cell/>"
        "<table:covered-table-cell/></table:table-row></table:table-header-rows>"
        "<table:table-row>" + "".join(cell.format(std(f"Region {n}")) for n in (1, 2, 3))
        + "</table:table-row><table:table-row>"
        + cell.format(std("3 300-3 400") + std("RADIOLOCATION")
                      + std('MOBILE except aeronautical mobile <text:change-start '
                            'text:change-id="ct1"/>ADD 5.B113<text:change-end '
                            'text:change-id="ct1"/>'))
        + cell.format(std("3 300-3 400") + std("RADIOLOCATION"))
        + cell.format(std("3 300-3 400") + std("FIXED") + std("5.149 5.429"))
        + "</table:table-row></table:table>")
    body = (std("MOD<text:tab/>EUR/65A2/2", "Proposal") + std("3 300-3 600 MHz")
            + table + std("Reasons:<text:tab/>Identification in Region 1.", "Reasons")
            + std("ADD<text:tab/>EUR/65A2/3", "Proposal")
            + std("5.B113<text:tab/>The band 3 300-3 400 MHz is identified for IMT. (WRC-23)")
            + std("Reasons:<text:tab/>New identification.", "Reasons"))
    document = read(tmp_path, body, tracked=tracked)
    table_mod, add = document.proposals
    assert [(q.marker, q.received_number) for q in document.proposals] == [
        (Marker.MOD, "EUR/65A2/2"), (Marker.ADD, "EUR/65A2/3")]
    assert not any(q.kind.is_item for q in table_mod.walk())
    texts = [q.text for q in table_mod.walk()]
    assert texts[0] == "3 300-3 600 MHz"
    assert {"Region 1", "RADIOLOCATION", "FIXED", "5.149 5.429"} <= set(texts)
    [changed] = [q for q in table_mod.walk() if q.marks and any(
        s.op is Op.INSERT for s in q.marks)]
    assert marks_text(changed.marks) == "MOBILE except aeronautical mobile {+ADD 5.B113+}"
    assert [s.author for s in changed.marks if s.op is Op.INSERT] == ["EUR"]
    assert reasons(table_mod) == "Identification in Region 1."
    assert (add.target.kind, add.target.number) == (TargetKind.RR_PROVISION, "5.B113")
    assert kinds(add) == [(K.PROVISION_NUMBER, "5.B113")]


def test_footnote_and_endnote_of_an_rr_provision(tmp_path):
    """A MOD of No. 5.338A whose text carries a footnote and an endnote
    (text:note-class="endnote"): neither note's text is lost and neither leaks into the
    provision's text."""
    def note(n, cls, text):
        return (f'<text:note text:id="{cls[:3]}{n}" text:note-class="{cls}"><text:note-citation>'
                f'{n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">'
                f"{text}</text:p></text:note-body></text:note>")

    body = (std("MOD<text:tab/>EUR/65A2/4", "Proposal")
            + std("5.338A<text:tab/>In the bands 1 350-1 400 MHz"
                  + note(1, "footnote", "See also Resolution 750.")
                  + ", Resolution 750 (Rev.WRC-19) applies"
                  + note(1, "endnote", "As revised by WRC-19.") + ".<text:tab/>(WRC-19)")
            + REASONS)
    document = read(tmp_path, body)
    assert summary(document) == [
        (Marker.MOD, "EUR/65A2/4", TargetKind.RR_PROVISION, "5.338A")]
    [mod] = document.proposals
    assert reasons(mod) == "ok"
    [provision] = list(mod.walk())
    text = plain_text(provision.draft)
    assert "See also" not in text and "As revised" not in text
    assert text.startswith("In the bands 1 350-1 400 MHz")
    assert [run.footnote.text for run in provision.draft if run.footnote is not None] == [
        "See also Resolution 750.", "As revised by WRC-19."]


def test_custom_star_note_on_the_resolution_title(tmp_path):
    """ITU's '*' note on a resolution's title as LibreOffice saves it: the citation's
    text:label is '*'. The title keeps the mark as its reference, with the note's text."""
    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation '
            'text:label="*">*</text:note-citation><text:note-body><text:p text:style-name='
            '"Footnote">This Resolution should be brought to the attention of ITU-T.</text:p>'
            "</text:note-body></text:note>")
    body = (std("MOD<text:tab/>ACP/64A1/5", "Proposal")
            + std("RESOLUTION 130 (REV. BUSAN, 2014)", "Res_5f_No")
            + std(f"Strengthening the role of ITU{note}", "Res_5f_title")
            + std(FORMULA, "Normal_5f_after_5f_title") + std("resolves", "Call")
            + std("1<text:tab/>to do.") + REASONS)
    mod = the_mod(read(tmp_path, body))
    title = mod.provisions[1]
    assert title.kind is K.TITLE
    assert plain_text(title.draft) == "Strengthening the role of ITU*"
    assert [(run.text, run.footnote.text) for run in title.draft if run.footnote] == [
        ("*", "This Resolution should be brought to the attention of ITU-T.")]


# -- covers and old files -------------------------------------------------------------------------
def test_cover_in_a_table_with_line_breaks(tmp_path):
    """The PP cover as a borderless two-column table, each cell one paragraph broken with
    text:line-break (shift+Enter), then source, title and a MOD."""
    cell = '<table:table-cell office:value-type="string">{}</table:table-cell>'
    table = (
        '<table:table table:name="Cover"><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-row>"
        + cell.format(std("Plenipotentiary Conference (PP-14)<text:line-break/>"
                          "Busan, 20 October – 7 November 2014"))
        + cell.format(std("Addendum 1 to<text:line-break/>Document 64-E<text:line-break/>"
                          "1 September 2014<text:line-break/>Original: English"))
        + "</table:table-row><table:table-row>" + cell.format(std("PLENARY MEETING"))
        + cell.format(std("")) + "</table:table-row></table:table>")
    body = (table + std("Asia-Pacific Telecommunity Member Administrations")
            + std("PROPOSALS FOR THE WORK OF THE CONFERENCE") + HEAD + std("resolves", "Call")
            + std("1<text:tab/>to do.") + REASONS)
    document = read(tmp_path, body)
    assert summary(document) == MOD_130
    meta = document.metadata
    assert (meta.document_number, meta.addendum) == ("64", 1)
    assert str(meta.date) == "2014-09-01"
    assert meta.original_languages == ["E"]
    assert meta.source == "Asia-Pacific Telecommunity Member Administrations"


def test_openoffice_2_odf_1_1_file(tmp_path):
    """A file from OpenOffice.org 2 (office:version="1.1"): manifest with a DOCTYPE, the ITU
    styles with encoded names, a list continued with text:continue-numbering (no
    text:continue-list in ODF 1.1) and a tracked insertion."""
    tracked = region(1, "insertion", author="Administration")
    body = HEAD + (
        std("resolves", "Call")
        + '<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P1">to do;'
        "</text:p></text:list-item></text:list>"
        + std("–<text:tab/>in 2015;", "enumlev1")
        + '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item>'
        '<text:p text:style-name="P1">to report<text:change-start text:change-id="ct1"/> '
        'annually<text:change-end text:change-id="ct1"/>.</text:p></text:list-item></text:list>'
        + REASONS)
    path = write_odt(tmp_path / "oo2.odt", body, automatic=LISTS, tracked=tracked)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(b'office:version="1.3"',
                                                        b'office:version="1.1"')
    parts["styles.xml"] = parts["styles.xml"].replace(b'office:version="1.3"',
                                                      b'office:version="1.1"')
    parts["META-INF/manifest.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE manifest:manifest PUBLIC '
        b'"-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">\n'
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:media-type="application/vnd.oasis.opendocument.text" '
        b'manifest:full-path="/"/><manifest:file-entry manifest:media-type="text/xml" '
        b'manifest:full-path="content.xml"/></manifest:manifest>')
    old = tmp_path / "oo2-1.1.odt"
    with zipfile.ZipFile(old, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for name, data in parts.items():
            zf.writestr(name, data, zipfile.ZIP_DEFLATED)
    document = odt_reader.read(old)
    mod = the_mod(document)
    assert summary(document) == MOD_130
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (2, "dash_item", "–", "unchanged"), (1, "numbered_item", "2", "modified")]
    assert marks_text(items(mod)[2].marks) == "to report{+ annually+}."
    assert [s.author for s in items(mod)[2].marks if s.op is Op.INSERT] == ["Administration"]
    assert document.import_notes == []

