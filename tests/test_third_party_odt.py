"""ODF features the third-party ODT corpora exercise (LibreOffice's sw/qa/extras/odfimport and
odfexport test documents, odfpy's tests, the ODF Toolkit test documents), each placed in a
minimal received proposal: MOD of Resolution 130 with a "resolves" call and numbered items.

Every test checks that the reader does not raise (or refuses a file with a one-line
FormatError), that the text a reader sees in LibreOffice is kept somewhere in the document or
reported in import_notes, and that the proposal is still recognised. Tests marked
xfail(strict) pin a reader bug (see their reason).
"""

from __future__ import annotations

import re
import zipfile

import pytest
from corpus.realworld import ITU_ODF_STYLES, change_info, write_odt
from corpus.shapes import reasons, summary

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.revisions import marks_text
from proposaleditor.formats import odt_reader
from proposaleditor.formats.errors import FormatError

EXTRA_NS = (
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:ooow="http://openoffice.org/2004/writer" '
)
FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
HEAD = (
    '<text:p text:style-name="Proposal">MOD<text:tab/>ACP/64A1/5</text:p>'
    '<text:p text:style-name="Res_5f_No">RESOLUTION 130 (REV. BUSAN, 2014)</text:p>'
    '<text:p text:style-name="Res_5f_title">Strengthening the role of ITU</text:p>'
    f'<text:p text:style-name="Normal_5f_after_5f_title">{FORMULA}</text:p>')
CALL = '<text:p text:style-name="Call">resolves</text:p>'
REASONS = '<text:p text:style-name="Reasons">Reasons:<text:tab/>ok</text:p>'
MOD_130 = [(Marker.MOD, "ACP/64A1/5", TargetKind.RESOLUTION, "130")]
XLINK = 'xlink:type="simple"'


def std(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def proposal(*items: str) -> str:
    """The head, the call, items given as the inside of Standard paragraphs, the reasons."""
    return HEAD + CALL + "".join(std(i) for i in items) + REASONS


def region(n: int, kind: str, inner: str = "") -> str:
    return (f'<text:changed-region xml:id="ct{n}" text:id="ct{n}"><text:{kind}>'
            f"{change_info()}{inner}</text:{kind}></text:changed-region>")


def build(tmp_path, body: str, *, automatic: str = "", styles: str = ITU_ODF_STYLES,
          tracked: str = "", extra: dict | None = None, name: str = "third"):
    """write_odt with the drawing, form and xlink namespaces declared and extra parts."""
    path = write_odt(tmp_path / f"{name}.odt", body, automatic=automatic, styles=styles,
                     tracked=tracked)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b"<office:document-content ", b"<office:document-content " + EXTRA_NS.encode(), 1)
    parts.update({k: v.encode() if isinstance(v, str) else v for k, v in (extra or {}).items()})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for n, data in parts.items():
            zf.writestr(n, data, zipfile.ZIP_DEFLATED)
    return path


def read(tmp_path, body: str, **kw):
    return odt_reader.read(build(tmp_path, body, **kw))


def the_mod(document):
    """The one proposal, recognised as the MOD of Resolution 130 with its reasons."""
    assert summary(document) == MOD_130
    [mod] = document.proposals
    assert reasons(mod) == "ok"
    return mod


def items(mod) -> list:
    return [q for q in mod.walk() if q.kind.is_item]


def item_texts(mod) -> list[str]:
    return [plain_text(q.draft) if q.draft is not None else plain_text(q.base)
            for q in items(mod)]


def free_texts(document) -> list[str]:
    return [plain_text(b.text) for b in document.parts if b not in document.proposals]


def seen(document) -> str:
    """Everything the document holds as text: provisions (base and draft), footnotes, free
    blocks, reasons and import notes."""
    out = []
    for mod in document.proposals:
        for q in mod.walk():
            for inline in (q.base, q.draft):
                if inline is not None:
                    out.append(plain_text(inline))
                    out.extend(plain_text(r.footnote.runs) for r in inline
                               if r.footnote is not None)
        out.append(reasons(mod))
    out.extend(free_texts(document))
    out.extend(document.import_notes)
    return "\n".join(out)


# -- inline fields and marks ----------------------------------------------------------------------
def test_fields_show_their_displayed_value(tmp_path):
    """text:sequence, text:variable-set, text:user-field-get, text:page-number, text:date,
    text:bookmark-ref and text:note-ref: what LibreOffice prints is the element's content (the
    value cached when the file was saved)."""
    decls = ('<text:variable-decls><text:variable-decl office:value-type="float" '
             'text:name="n"/></text:variable-decls><text:user-field-decls><text:user-field-decl '
             'office:value-type="string" office:string-value="WRC-23" text:name="conf"/>'
             '</text:user-field-decls><text:sequence-decls><text:sequence-decl '
             'text:display-outline-level="0" text:name="Table"/></text:sequence-decls>')
    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p text:style-name="Standard">See '
            "Annex.</text:p></text:note-body></text:note>")
    body = decls + HEAD + CALL + (
        std('<text:bookmark text:name="b1"/>1<text:tab/>to report to the <text:user-field-get '
            'text:name="conf">WRC-23</text:user-field-get> using Table <text:sequence '
            'text:name="Table" text:formula="ooow:Table+1" style:num-format="1" '
            'text:ref-name="refTable0">1</text:sequence>' + note + ";")
        + std("2<text:tab/>to count <text:variable-set text:name=\"n\" office:value-type="
              '"float" office:value="5" style:data-style-name="N0">5</text:variable-set> '
              'studies on page <text:page-number text:select-page="current">3</text:page-number>'
              ' by <text:date style:data-style-name="N37" text:date-value="2014-09-01">'
              "01/09/2014</text:date>;")
        + std('3<text:tab/>to apply <text:bookmark-ref text:reference-format="text" '
              'text:ref-name="b1">resolves 1</text:bookmark-ref> and note <text:note-ref '
              'text:note-class="footnote" text:reference-format="text" text:ref-name="ftn1">1'
              "</text:note-ref>.")) + REASONS
    mod = the_mod(read(tmp_path, body))
    assert item_texts(mod) == [
        "to report to the WRC-23 using Table 1;",
        "to count 5 studies on page 3 by 01/09/2014;",
        "to apply resolves 1 and note 1."]
    [one] = [q for q in items(mod) if q.label == "1"]
    assert [r.footnote and plain_text(r.footnote.runs) for r in one.draft if r.footnote] == [
        "See Annex."]


def test_meta_meta_field_conditional_text_and_drop_down(tmp_path):
    """text:meta (RDF metadata round text), text:meta-field, text:conditional-text (its current
    value) and text:drop-down (its selected label): the text shown is kept once."""
    body = proposal(
        '1<text:tab/>to <text:meta xml:id="id1">study</text:meta> the costs of <text:meta-field '
        'xml:id="id2" style:data-style-name="N1">42</text:meta-field> meetings;',
        '2<text:tab/>to act <text:conditional-text text:condition="ooow:1==1" '
        'text:string-value-if-true="now" text:string-value-if-false="later" '
        'text:current-value="true">now</text:conditional-text> in <text:drop-down '
        'text:name="Region"><text:label text:value="Region 1" text:current-selected="true"/>'
        '<text:label text:value="Region 2"/>Region 1</text:drop-down>.')
    mod = the_mod(read(tmp_path, body))
    assert item_texts(mod) == ["to study the costs of 42 meetings;", "to act now in Region 1."]


def test_ruby_keeps_its_base_once_without_the_annotation_in_the_sentence(tmp_path):
    """text:ruby: the base is the text of the line; the ruby text is printed small above it."""
    body = proposal(
        '1<text:tab/>to invite <text:ruby text:style-name="Ru1"><text:ruby-base>ITU-R'
        "</text:ruby-base><text:ruby-text>Radiocommunication Sector</text:ruby-text></text:ruby>"
        " to study;")
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to invite ITU-R to study;"]
    assert "Radiocommunication Sector" in "\n".join(document.import_notes)


def test_bibliography_mark_keeps_its_citation(tmp_path):
    body = proposal(
        '1<text:tab/>to apply the Handbook <text:bibliography-mark text:identifier="ITU2014" '
        'text:bibliography-type="book" text:title="Spectrum Handbook">[ITU2014]'
        "</text:bibliography-mark> in full;")
    mod = the_mod(read(tmp_path, body))
    assert item_texts(mod) == ["to apply the Handbook [ITU2014] in full;"]


def test_soft_page_break_inside_a_span_and_span_class_names(tmp_path):
    """A text:soft-page-break LibreOffice writes inside a span, and text:span with
    text:class-names (ODF 1.2 multiple character styles) instead of text:style-name."""
    styles = ITU_ODF_STYLES + (
        '<style:style style:name="Emphasis" style:family="text"><style:text-properties '
        'fo:font-style="italic"/></style:style><style:style style:name="Strong" '
        'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>')
    automatic = ('<style:style style:name="T1" style:family="text"><style:text-properties '
                 'fo:font-weight="bold"/></style:style>')
    body = proposal(
        '1<text:tab/><text:span text:style-name="T1">to <text:soft-page-break/>study</text:span>'
        " the costs;",
        '2<text:tab/>to <text:span text:class-names="Emphasis Strong">report</text:span> '
        "annually.")
    mod = the_mod(read(tmp_path, body, styles=styles, automatic=automatic))
    assert item_texts(mod) == ["to study the costs;", "to report annually."]
    assert [q.status.value for q in items(mod)] == ["unchanged", "unchanged"]


def test_uppercase_text_transform_keeps_the_stored_text(tmp_path):
    """fo:text-transform="uppercase" in the Call and title styles: LibreOffice prints
    RESOLVES, the file holds "resolves"; the call is still the call and nothing is lost."""
    styles = ITU_ODF_STYLES.replace(
        '<style:text-properties fo:font-style="italic"/>',
        '<style:text-properties fo:font-style="italic" fo:text-transform="uppercase"/>').replace(
        '"Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Normal',
        '"Standard"><style:text-properties fo:font-weight="bold" fo:text-transform="uppercase"/>'
        '</style:style><style:style style:name="Normal')
    assert styles.count("text-transform") == 2
    mod = the_mod(read(tmp_path, proposal("1<text:tab/>to do;", "2<text:tab/>to report."),
                       styles=styles))
    assert [q.text for q in mod.walk()][:4] == [
        "RESOLUTION 130 (REV. BUSAN, 2014)", "Strengthening the role of ITU", FORMULA,
        "resolves"]
    assert item_texts(mod) == ["to do;", "to report."]


# -- hidden text ----------------------------------------------------------------------------------
def test_hidden_text_field_is_left_out_like_word_hidden_text(tmp_path):
    """text:hidden-text with text:is-hidden="true" prints nothing; the DOCX reader drops w:vanish
    text silently, and so does the ODT reader."""
    body = proposal(
        '1<text:tab/>to do<text:hidden-text text:condition="ooow:1==1" text:string-value=" '
        'DRAFTING NOTE" text:is-hidden="true"> DRAFTING NOTE</text:hidden-text>;')
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do;"]
    assert "DRAFTING NOTE" not in seen(document)


def test_hidden_paragraph_and_shown_hidden_text_follow_their_state(tmp_path):
    body = proposal(
        '1<text:tab/>to do<text:hidden-text text:condition="ooow:1==0" text:string-value=" '
        'now" text:is-hidden="false"> now</text:hidden-text>;',
        '<text:hidden-paragraph text:condition="ooow:1==1" text:is-hidden="true"/>'
        "2<text:tab/>internal drafting note;",
        "2<text:tab/>to report.")
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do now;", "to report."]
    assert "internal drafting note" not in seen(document)


# -- comments -------------------------------------------------------------------------------------
def test_annotations_and_annotation_ranges_are_reported_not_read(tmp_path):
    """office:annotation (dc:creator, dc:date, paragraphs) at a point and as a range closed by
    office:annotation-end: the comments' text stays out of the provisions and is reported."""
    annotation = ('<office:annotation office:name="__Annotation__1"><dc:creator>Reviewer'
                  "</dc:creator><dc:date>2014-09-02T10:00:00</dc:date><text:p "
                  'text:style-name="Standard">Check with BR.</text:p><text:list><text:list-item>'
                  '<text:p text:style-name="Standard">second thought</text:p></text:list-item>'
                  "</text:list></office:annotation>")
    point = ('<office:annotation><dc:creator>Other</dc:creator><text:p>Why?</text:p>'
             "</office:annotation>")
    body = proposal(
        f"1<text:tab/>to {annotation}study the costs"
        '<office:annotation-end office:name="__Annotation__1"/>;',
        f"2<text:tab/>to report{point}.")
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to study the costs;", "to report."]
    text = seen(document)
    assert "Check with BR" not in text and "Why?" not in text and "Reviewer" not in text
    assert any("2 comment(s)" in n for n in document.import_notes)


# -- drawings -------------------------------------------------------------------------------------
def frame(inner: str, name: str = "Frame1") -> str:
    return (f'<draw:frame draw:name="{name}" text:anchor-type="paragraph" svg:width="10cm">'
            f"{inner}</draw:frame>")


def test_custom_shape_text_and_link_round_a_text_box(tmp_path):
    """draw:custom-shape holding text:p directly (a Word text box as LibreOffice keeps it) and
    draw:a (a hyperlinked frame) round a frame with a text box: each text read once, outside the
    items."""
    shape = ('<draw:custom-shape draw:name="Shape1" text:anchor-type="paragraph"><text:p '
             'text:style-name="Standard">Shape note.</text:p><draw:enhanced-geometry '
             'draw:type="rectangle"/></draw:custom-shape>')
    linked = (f'<draw:a {XLINK} xlink:href="https://www.itu.int/">'
              + frame('<draw:text-box><text:p text:style-name="Standard">Linked note.</text:p>'
                      "</draw:text-box>", "Frame2") + "</draw:a>")
    body = std(f"{shape}{linked}APT proposes to revise Resolution 130.") + proposal(
        "1<text:tab/>to do.")
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do."]
    texts = free_texts(document)
    assert sorted(t for t in texts if "note" in t) == ["Linked note.", "Shape note."]
    assert "APT proposes to revise Resolution 130." in texts


def test_text_box_with_a_nested_frame_is_read_once(tmp_path):
    inner = frame('<draw:text-box><text:p text:style-name="Standard">Inner note.</text:p>'
                  "</draw:text-box>", "Frame2")
    outer = frame('<draw:text-box><text:p text:style-name="Standard">Outer note.</text:p>'
                  f'<text:p text:style-name="Standard">{inner}Outer end.</text:p>'
                  "</draw:text-box>")
    body = std(f"{outer}APT proposes to revise Resolution 130.") + proposal("1<text:tab/>to do.")
    document = read(tmp_path, body)
    the_mod(document)
    texts = free_texts(document)
    assert [t for t in texts if "note" in t or "end" in t] == [
        "Outer note.", "Outer end.", "Inner note."]


def test_embedded_object_and_image_in_an_item_are_reported(tmp_path):
    """draw:object (a chart sub-document "Object 1" with its own content.xml, never read) with
    its replacement image, and a draw:image: the item's text is kept, the figures reported."""
    chart = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:'
             'oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
             'opendocument:xmlns:text:1.0"><office:body><office:text><text:p>MOD ACP/64A1/99'
             "</text:p></office:text></office:body></office:document-content>")
    obj = frame(f'<draw:object {XLINK} xlink:show="embed" xlink:actuate="onLoad" '
                'xlink:href="./Object 1"/><draw:image xlink:href="./ObjectReplacements/Object 1"'
                f' {XLINK}/>')
    image = frame(f'<draw:image {XLINK} xlink:href="Pictures/1.png" xlink:show="embed" '
                  'xlink:actuate="onLoad"/>', "Image1")
    body = proposal(f"1<text:tab/>to study the chart {obj}below;", f"2<text:tab/>{image}to act.")
    document = read(tmp_path, body, extra={"Object 1/content.xml": chart,
                                           "Pictures/1.png": b"\x89PNG\r\n\x1a\n"})
    mod = the_mod(document)
    assert item_texts(mod) == ["to study the chart below;", "to act."]
    assert any("ACP/64A1/5" in n and "2 picture(s)" in n for n in document.import_notes)
    assert "ACP/64A1/99" not in seen(document).replace("\n", " ")


# -- tables ---------------------------------------------------------------------------------------
def test_spanned_cells_nested_table_header_rows_and_list_in_a_cell(tmp_path):
    """table:table-header-rows, a cell spanning two columns (number-columns-spanned) followed by
    its table:covered-table-cell, a table nested in a cell and a text:list in a cell."""
    automatic = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
                 'style:num-format="1"/></text:list-style>')
    cell = '<table:table-cell office:value-type="string">{}</table:table-cell>'
    nested = ('<table:table table:name="Inner"><table:table-column/><table:table-row>'
              + cell.format(std("Inner cell")) + "</table:table-row></table:table>")
    table = (
        '<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-header-rows><table:table-row>"
        '<table:table-cell table:number-columns-spanned="2" office:value-type="string">'
        + std("Header") + "</table:table-cell><table:covered-table-cell/></table:table-row>"
        "</table:table-header-rows><table:table-row>" + cell.format(nested)
        + cell.format('<text:list text:style-name="L1"><text:list-item><text:p text:style-name='
                      '"Standard">First point</text:p></text:list-item><text:list-item><text:p '
                      'text:style-name="Standard">Second point</text:p></text:list-item>'
                      "</text:list>")
        + "</table:table-row></table:table>")
    body = HEAD + CALL + std("1<text:tab/>to apply the table below:") + table + std(
        "2<text:tab/>to report.") + REASONS
    document = read(tmp_path, body, automatic=automatic)
    mod = the_mod(document)
    texts = [q.text for q in mod.walk()]
    for t in ("Header", "Inner cell", "First point", "Second point"):
        assert sum(t in x for x in texts) == 1, t
    assert [q.label for q in items(mod)] == ["1", "2"]
    assert any("a table kept as" in n for n in document.import_notes)


# -- lists and headings ---------------------------------------------------------------------------
def test_numbered_paragraphs_without_a_list(tmp_path):
    automatic = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
                 'style:num-format="1"/></text:list-style>')
    body = HEAD + CALL + "".join(
        f'<text:numbered-paragraph text:list-id="list1" text:level="1" text:style-name="L1">'
        f'<text:number>{n}</text:number><text:p text:style-name="Standard">{t}</text:p>'
        "</text:numbered-paragraph>"
        for n, t in ((1, "to do;"), (2, "to report."))) + REASONS
    document = read(tmp_path, body, automatic=automatic)
    mod = the_mod(document)
    assert "to do;" in seen(document) and "to report." in seen(document)
    assert item_texts(mod) == ["to do;", "to report."]


def test_list_header_heading_and_headings_before_the_proposal(tmp_path):
    """text:h with text:is-list-header="true" (an unnumbered outline heading) and a numbered
    text:h: headings before the proposal stay free text, the proposal is read as usual."""
    body = (
        '<text:h text:style-name="Heading_20_1" text:outline-level="1" '
        'text:is-list-header="true">PROPOSALS FOR THE WORK OF THE CONFERENCE</text:h>'
        '<text:h text:style-name="Heading_20_2" text:outline-level="2">Resolution 130</text:h>'
        + proposal("1<text:tab/>to do;", "2<text:tab/>to report."))
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do;", "to report."]
    text = seen(document)
    assert "PROPOSALS FOR THE WORK OF THE CONFERENCE" in text and "Resolution 130" in text


# -- indexes --------------------------------------------------------------------------------------
def index(kind: str, title: str, entries: list[str], style: str) -> str:
    source = (f'<text:{kind}-source text:index-scope="document"><text:index-title-template '
              f'text:style-name="Contents_20_Heading">{title}</text:index-title-template>'
              f"</text:{kind}-source>")
    body = "".join(std(e, style) for e in entries)
    return (f'<text:{kind} text:style-name="Sect1" text:protected="true" text:name="{title}1">'
            f'{source}<text:index-body><text:index-title text:style-name="Sect1" '
            f'text:name="{title}1_Head">{std(title, "Contents_20_Heading")}</text:index-title>'
            f"{body}</text:index-body></text:{kind}>")


def test_table_of_contents_entries_are_not_proposals(tmp_path):
    """A text:table-of-content whose entries name the proposal (with the page number after a
    tab): the entries are kept as text, not taken for a second proposal."""
    toc = index("table-of-content", "Contents", [
        '<text:a xlink:type="simple" xlink:href="#__RefHeading__1">MOD<text:tab/>ACP/64A1/5'
        "<text:tab/>3</text:a>",
        "RESOLUTION 130 (REV. BUSAN, 2014)<text:tab/>3"], "Contents_20_1")
    document = read(tmp_path, toc + proposal("1<text:tab/>to do;", "2<text:tab/>to report."))
    mod = the_mod(document)
    assert item_texts(mod) == ["to do;", "to report."]
    assert "RESOLUTION 130 (REV. BUSAN, 2014)\t3" in seen(document)


def test_index_titles_and_alphabetical_index_entries_are_kept(tmp_path):
    toc = index("table-of-content", "Contents", ["Resolution 130<text:tab/>3"], "Contents_20_1")
    alpha = index("alphabetical-index", "Index", ["ITU-D, 3", "Busan, 3"], "Index_20_1")
    body = (toc + proposal("1<text:tab/>to do<text:alphabetical-index-mark "
                           'text:string-value="Busan"/>.') + alpha)
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do."]
    text = seen(document)
    assert "ITU-D, 3" in text and "Busan, 3" in text
    assert "Contents" in free_texts(document) and "Index" in text.split("\n")


# -- sections -------------------------------------------------------------------------------------
def test_linked_and_protected_sections_read_their_cached_text(tmp_path):
    """A text:section linked to another file (text:section-source, never followed: the text
    saved with the document is read) and a protected section holding the items."""
    linked = ('<text:section text:style-name="Sect1" text:name="Linked">'
              f'<text:section-source {XLINK} xlink:href="file:///etc/passwd" '
              'text:section-name="Other" text:filter-name="writer8"/>'
              + std("Text of the linked section.") + "</text:section>")
    body = linked + HEAD + CALL + (
        '<text:section text:style-name="Sect2" text:name="Locked" text:protected="true" '
        'text:protection-key="AAAA" text:protection-key-digest-algorithm="http://www.w3.org/'
        '2000/09/xmldsig#sha256">' + std("1<text:tab/>to do;") + std("2<text:tab/>to report.")
        + "</text:section>") + REASONS
    document = read(tmp_path, body)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do;", "to report."]
    assert "Text of the linked section." in free_texts(document)
    assert "root:" not in seen(document)


# -- forms ----------------------------------------------------------------------------------------
FORMS = ('<office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form '
         'form:name="Standard" form:apply-filter="true" form:command-type="table">'
         '<form:text form:name="Admin" form:control-implementation="ooo:com.sun.star.form.'
         'component.TextField" xml:id="control1" form:id="control1" '
         'form:current-value="Australia"><form:properties/></form:text></form:form>'
         "</office:forms>")
CONTROL = ('<draw:control text:anchor-type="as-char" svg:width="3cm" svg:height="0.5cm" '
           'draw:control="control1"/>')


def test_form_controls_do_not_disturb_the_proposal(tmp_path):
    """office:forms before the text and a draw:control anchored in an item."""
    body = FORMS + proposal(f"1<text:tab/>to invite {CONTROL} to report;", "2<text:tab/>to act.")
    mod = the_mod(read(tmp_path, body))
    assert [t.replace("  ", " ") for t in item_texts(mod)] == [
        "to invite to report;", "to act."]


def test_form_control_value_is_kept_or_reported(tmp_path):
    body = FORMS + proposal(f"1<text:tab/>to invite {CONTROL} to report;", "2<text:tab/>to act.")
    document = read(tmp_path, body)
    the_mod(document)
    text = seen(document)
    assert "Australia" in text or any("control" in n for n in document.import_notes)


# -- tracked changes ------------------------------------------------------------------------------
def test_format_change_round_whole_paragraphs_is_no_change_of_text(tmp_path):
    """A text:format-change region opened before a paragraph (at block level) and closed after
    it, and one opened and closed at the edges of another paragraph: no text is inserted."""
    automatic = ('<style:style style:name="P1" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties '
                 'fo:margin-left="1cm"/></style:style>')
    tracked = region(1, "format-change") + region(2, "format-change")
    body = HEAD + CALL + (
        '<text:change-start text:change-id="ct1"/>' + std("1<text:tab/>to do;", "P1")
        + '<text:change-end text:change-id="ct1"/>'
        + std('<text:change-start text:change-id="ct2"/>2<text:tab/>to report.'
              '<text:change-end text:change-id="ct2"/>', "P1")) + REASONS
    mod = the_mod(read(tmp_path, body, automatic=automatic, tracked=tracked))
    assert item_texts(mod) == ["to do;", "to report."]
    assert [q.status.value for q in items(mod)] == ["unchanged", "unchanged"]
    assert [marks_text(q.marks) for q in items(mod)] == ["to do;", "to report."]


def test_change_marks_without_their_regions_keep_the_text(tmp_path):
    """text:change-start / text:change-end and a text:change point whose changed-region is
    missing from text:tracked-changes (a file cut by a converter): the text is kept."""
    tracked = region(1, "insertion")  # ct1 exists; ct7, ct8 and ct9 do not
    body = proposal(
        '1<text:tab/>to <text:change-start text:change-id="ct8"/>study<text:change-end '
        'text:change-id="ct8"/> the costs<text:change text:change-id="ct9"/>;',
        '2<text:tab/>to report<text:change-start text:change-id="ct1"/> annually'
        '<text:change-end text:change-id="ct1"/><text:change-end text:change-id="ct7"/>.')
    mod = the_mod(read(tmp_path, body, tracked=tracked))
    assert item_texts(mod) == ["to study the costs;", "to report annually."]
    assert [marks_text(q.marks) for q in items(mod)] == [
        "to study the costs;", "to report{+ annually+}."]


def test_change_start_without_change_end(tmp_path):
    """An insertion opened and never closed: everything after it reads as inserted, and no
    text is lost nor the proposal missed."""
    tracked = region(1, "insertion")
    body = proposal('1<text:tab/>to do<text:change-start text:change-id="ct1"/> now;',
                    "2<text:tab/>to report.")
    document = read(tmp_path, body, tracked=tracked)
    mod = the_mod(document)
    assert item_texts(mod) == ["to do now;", "to report."]
    assert marks_text(items(mod)[0].marks) == "to do{+ now;+}"


# -- namespaces and package types -----------------------------------------------------------------
def test_non_default_prefix_for_the_text_namespace(tmp_path):
    """content.xml written with xmlns:t for the text namespace (as some generators, e.g. odfpy
    users, do): prefixes do not matter, the namespace does."""
    body = proposal("1<text:tab/>to do;", "2<text:tab/>to report.")
    path = build(tmp_path, body, name="prefix")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    # elements and attributes only: the namespace name itself ends in "xmlns:text:1.0"
    content = re.sub(rb"(?<=[<\s/])text:", b"t:", parts["content.xml"]).replace(
        b"xmlns:text=", b"xmlns:t=")
    assert b"<text:" not in content and b"<t:p t:style-name" in content
    parts["content.xml"] = content
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for n, data in parts.items():
            zf.writestr(n, data, zipfile.ZIP_DEFLATED)
    mod = the_mod(odt_reader.read(path))
    assert item_texts(mod) == ["to do;", "to report."]


def test_master_document_mimetype_is_refused_in_one_line(tmp_path):
    """A LibreOffice master document (.odm, mimetype ...text-master): its text lives in linked
    sections the reader never follows; it is refused with a one-line FormatError naming the
    type (nothing read silently half)."""
    path = build(tmp_path, proposal("1<text:tab/>to do."), name="master")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["mimetype"] = b"application/vnd.oasis.opendocument.text-master"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), parts.pop("mimetype"))
        for n, data in parts.items():
            zf.writestr(n, data, zipfile.ZIP_DEFLATED)
    with pytest.raises(FormatError) as info:
        odt_reader.read(path)
    message = str(info.value)
    assert "\n" not in message and "text-master" in message
