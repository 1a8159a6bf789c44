"""Tables changed with Track Changes in received proposals, DOCX and ODT: rows and cells inserted
and deleted (w:trPr/w:ins, w:trPr/w:del, w:cellIns, w:cellDel; ODF changed regions round table
rows), a cell's text changed, whole tables added and suppressed, merged cells, numbered lists in
cells, and cells whose text looks like a proposal line or an RR provision number.

Tables are not modelled: cell paragraphs are kept as plain paragraphs of the open proposal
(StructureRecognizer._table_paragraph), with their revision marks, and the import notes report the
table. Tests marked xfail(strict) pin a reader problem (the reason names the function at fault).
"""

from __future__ import annotations

from corpus.realworld import ITU_ODF_STYLES, change_info, write_odt
from corpus.shapes import reasons, summary
from received_docs import ITU_STYLES, NS_DECL, dele, dr, ins, p, r, styles_xml, text_p, write_docx

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.domain.revisions import marks_text
from proposaleditor.formats import docx_reader, odt_reader

STYLES = styles_xml(
    *ITU_STYLES, ("Tablehead", "Table_head", "Normal", "<w:b/>"),
    ("Tabletext", "Table_text", "Normal", ""), ("ArtNo", "Art_No", "Normal", "<w:caps/>"),
    ("AppendixNo", "Appendix_No", "Normal", "<w:caps/>"))
WHEN = "2023-09-01T00:00:00Z"


def mark(kind: str, rid: int = 90, author: str = "EUR") -> str:
    """An empty revision element (w:ins / w:del / w:cellIns / w:cellDel) for a property."""
    return f'<w:{kind} w:id="{rid}" w:author="{author}" w:date="{WHEN}"/>'


def tc(*paragraphs: str, props: str = "") -> str:
    return "<w:tc>" + (f"<w:tcPr>{props}</w:tcPr>" if props else "") + "".join(paragraphs) + (
        "</w:tc>")


def tr(*cells: str, op: str | None = None) -> str:
    """A row; op 'ins' / 'del' marks the row itself inserted / deleted (w:trPr)."""
    return "<w:tr>" + (f"<w:trPr>{mark(op)}</w:trPr>" if op else "") + "".join(cells) + "</w:tr>"


def tbl(*rows: str) -> str:
    return "<w:tbl><w:tblPr/>" + "".join(rows) + "</w:tbl>"


def ins_p(text: str, style: str = "Tabletext") -> str:
    """A cell paragraph typed with Track Changes on: its text and its mark inserted."""
    return p(ins(r(text), author="EUR", date=WHEN), style=style, mark=mark("ins"))


def del_p(text: str, style: str = "Tabletext") -> str:
    """A cell paragraph deleted with Track Changes on: its text and its mark deleted."""
    return p(dele(dr(text), author="EUR", date=WHEN), style=style, mark=mark("del"))


def cell(text: str) -> str:
    return text_p(text, "Tabletext")


def proposal(marker: str, number: str) -> str:
    return text_p(f"{marker}\t{number}", "Proposal")


def reasons_p(text: str) -> str:
    return text_p(f"Reasons:\t{text}", "Reasons")


def read_docx(tmp_path, *paragraphs: str, numbering: str | None = None):
    parts = {"styles": STYLES}
    if numbering:
        parts["numbering"] = numbering
    return docx_reader.read(write_docx(tmp_path / "tables.docx", "".join(paragraphs),
                                       parts=parts))


def texts(proposal) -> list[str]:
    """The marked text of every provision, in document order."""
    return [marks_text(q.marks) for q in proposal.walk()]


def versions(proposal, marked: str) -> tuple[str | None, str | None]:
    """(base, draft) of the one provision whose marked text (marks_text) is marked."""
    [found] = [q for q in proposal.walk() if marks_text(q.marks) == marked]
    return (None if found.base is None else plain_text(found.base),
            None if found.draft is None else plain_text(found.draft))


def table_note(document, number: str, count: int) -> bool:
    return (f"proposal {number}: a table kept as {count} plain paragraph(s), one per cell "
            "paragraph") in document.import_notes


def free_texts(document) -> list[str]:
    return [plain_text(part.text) for part in document.parts if not hasattr(part, "marker")]


ADD_5_A12 = (proposal("ADD", "EUR/65A2/3"),
             text_p("5.A12\tThe band 3 400-3 600 MHz is identified for IMT. (WRC-23)"),
             reasons_p("New identification."))


def assert_next_add(document) -> None:
    add = document.proposals[-1]
    assert (add.marker, add.received_number) == (Marker.ADD, "EUR/65A2/3")
    assert (add.target.kind, add.target.number) == (TargetKind.RR_PROVISION, "5.A12")
    assert reasons(add) == "New identification."


# -- DOCX: rows -----------------------------------------------------------------------------
def test_row_inserted_in_the_allocation_table(tmp_path):
    """MOD of Article 5: a band row inserted (w:trPr/w:ins), each cell's text and paragraph mark
    inserted, a footnote reference 'ADD 5.A12' among them; the rows around it unchanged."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"), text_p("3 300-3 600 MHz", "Tablehead"),
        tbl(tr(tc(cell("Region 1")), tc(cell("Region 2"))),
            tr(tc(cell("3 300-3 400"), cell("RADIOLOCATION")),
               tc(cell("3 300-3 400"), cell("FIXED"))),
            tr(tc(ins_p("3 400-3 600"), ins_p("MOBILE ADD 5.A12")),
               tc(ins_p("3 400-3 600"), ins_p("FIXED")), op="ins"),
            tr(tc(cell("5.149 5.429")), tc(cell("5.149")))),
        reasons_p("Identification in Region 1."), *ADD_5_A12)
    mod = document.proposals[0]
    assert summary(document)[0] == (Marker.MOD, "EUR/65A2/2", TargetKind.OTHER, "")
    assert texts(mod) == [
        "3 300-3 600 MHz", "Region 1", "Region 2", "3 300-3 400", "RADIOLOCATION",
        "3 300-3 400", "FIXED", "{+3 400-3 600+}", "{+MOBILE ADD 5.A12+}", "{+3 400-3 600+}",
        "{+FIXED+}", "5.149 5.429", "5.149"]
    assert all(q.kind is K.PARAGRAPH for q in mod.walk())
    assert versions(mod, "{+MOBILE ADD 5.A12+}") == (None, "MOBILE ADD 5.A12")
    assert reasons(mod) == "Identification in Region 1."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 12)


def test_row_deleted_from_an_appendix_table(tmp_path):
    """MOD of a table of Appendix 7: a row deleted (w:trPr/w:del) with its cells' text in
    w:del; the base keeps the row, the draft drops it."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"), text_p("APPENDIX 7 (REV.WRC-19)", "AppendixNo"),
        tbl(tr(tc(cell("Band (MHz)")), tc(cell("Distance (km)"))),
            tr(tc(del_p("1 427-1 429")), tc(del_p("500")), op="del"),
            tr(tc(cell("1 429-1 452")), tc(cell("400")))),
        reasons_p("The band is no longer coordinated."), *ADD_5_A12)
    mod = document.proposals[0]
    assert (mod.target.kind, mod.target.number) == (TargetKind.RR_APPENDIX, "7")
    assert texts(mod)[1:] == ["Band (MHz)", "Distance (km)", "[-1 427-1 429-]", "[-500-]",
                              "1 429-1 452", "400"]
    assert versions(mod, "[-1 427-1 429-]") == ("1 427-1 429", None)
    assert versions(mod, "[-500-]") == ("500", None)
    assert versions(mod, "400") == ("400", "400")
    assert reasons(mod) == "The band is no longer coordinated."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 6)


def test_band_limit_and_footnote_references_changed_inside_cells(tmp_path):
    """A cell's text changed: a band edge replaced (deleted then inserted) and a footnote
    reference added to the list of a Region's column."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"),
        tbl(tr(tc(p(r("3 300-"), dele(dr("3 400"), author="EUR"),
                    ins(r("3 600"), author="EUR", rid=3), style="Tabletext")),
               tc(p(r("5.149 5.429 "), ins(r("ADD 5.A12"), author="EUR", rid=4),
                    style="Tabletext")))),
        reasons_p("Extension."), *ADD_5_A12)
    mod = document.proposals[0]
    assert texts(mod) == ["3 300-[-3 400-]{+3 600+}", "5.149 5.429 {+ADD 5.A12+}"]
    assert versions(mod, "3 300-[-3 400-]{+3 600+}") == ("3 300-3 400", "3 300-3 600")
    assert versions(mod, "5.149 5.429 {+ADD 5.A12+}") == ("5.149 5.429 ", "5.149 5.429 ADD 5.A12")
    assert [s.author for q in mod.walk() for s in q.marks if s.op.value != "keep"] == [
        "EUR"] * 3
    assert reasons(mod) == "Extension."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 2)


# -- DOCX: whole tables ---------------------------------------------------------------------
def test_add_of_a_new_table_typed_with_track_changes_on(tmp_path):
    """ADD of a new table (a new Table 21-4A) typed with Track Changes on: every row inserted.
    An ADD carries no base text; the cells are kept in order."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/1"), text_p("5.149\tIn making assignments ..."),
        reasons_p("Consequential."), proposal("ADD", "EUR/65A2/2"),
        text_p("TABLE 21-4A (WRC-23)", "TableNo"),
        tbl(tr(tc(ins_p("Band (GHz)")), tc(ins_p("Limit (dBW)")), op="ins"),
            tr(tc(ins_p("17.7-19.7")), tc(ins_p("–105")), op="ins")),
        reasons_p("New limits."), *ADD_5_A12)
    first, add, _ = document.proposals
    assert (first.target.kind, first.target.number) == (TargetKind.RR_PROVISION, "5.149")
    assert (add.target.kind, add.target.number) == (TargetKind.OTHER, "21-4A")
    assert [plain_text(q.draft) for q in add.walk()] == [
        "TABLE 21-4A (WRC-23)", "Band (GHz)", "Limit (dBW)", "17.7-19.7", "–105"]
    assert all(q.base is None for q in add.walk())
    assert reasons(add) == "New limits."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 4)


def test_table_deleted_whole_inside_a_mod(tmp_path):
    """A MOD of a provision that suppresses the table under it: every row w:trPr/w:del, every
    cell's text deleted; the provision's own text and the note after the table stay."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"),
        text_p("21.16\tThe limits in Table 21-4 apply. (WRC-23)"),
        tbl(tr(tc(del_p("Band (MHz)")), tc(del_p("Limit (dBW)")), op="del"),
            tr(tc(del_p("1 427-1 429")), tc(del_p("–20")), op="del")),
        text_p("NOTE 1 – The limits are averaged over 1 MHz."),
        reasons_p("Table suppressed."), *ADD_5_A12)
    mod = document.proposals[0]
    assert (mod.target.kind, mod.target.number) == (TargetKind.RR_PROVISION, "21.16")
    assert mod.provisions[0].kind is K.PROVISION_NUMBER
    assert texts(mod) == ["The limits in Table 21-4 apply. (WRC-23)", "[-Band (MHz)-]",
                          "[-Limit (dBW)-]", "[-1 427-1 429-]", "[-–20-]",
                          "NOTE 1 – The limits are averaged over 1 MHz."]
    assert [versions(mod, t) for t in ("[-Band (MHz)-]", "[-–20-]")] == [("Band (MHz)", None),
                                                                 ("–20", None)]
    assert reasons(mod) == "Table suppressed."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 4)


# -- DOCX: cells ----------------------------------------------------------------------------
def test_cells_inserted_and_deleted_with_their_text_marked(tmp_path):
    """w:cellIns / w:cellDel in the cell properties, the cells' text in w:ins / w:del as Word
    writes it: a Region 3 column cell added, an old remarks cell suppressed."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"),
        tbl(tr(tc(cell("Region 1")), tc(cell("Region 2")),
               tc(ins_p("Region 3"), props=mark("cellIns", 11))),
            tr(tc(cell("MOBILE")), tc(cell("FIXED")),
               tc(del_p("Remarks"), props=mark("cellDel", 12)))),
        reasons_p("Layout."), *ADD_5_A12)
    mod = document.proposals[0]
    assert texts(mod) == ["Region 1", "Region 2", "{+Region 3+}", "MOBILE", "FIXED",
                          "[-Remarks-]"]
    assert versions(mod, "{+Region 3+}") == (None, "Region 3")
    assert versions(mod, "[-Remarks-]") == ("Remarks", None)
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 6)


def test_cell_del_and_cell_ins_mark_their_cells_text_without_run_marks(tmp_path):
    """Some converters mark a cell change on the cell only (the spec: the whole cell is
    deleted / inserted when revisions are shown), leaving its runs unmarked."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"),
        tbl(tr(tc(cell("MOBILE")), tc(cell("Region 3"), props=mark("cellIns", 11))),
            tr(tc(cell("FIXED")), tc(cell("Remarks"), props=mark("cellDel", 12)))),
        reasons_p("Layout."), *ADD_5_A12)
    mod = document.proposals[0]
    assert texts(mod) == ["MOBILE", "{+Region 3+}", "FIXED", "[-Remarks-]"]


def test_vertically_merged_and_spanned_cells_with_a_tracked_change(tmp_path):
    """The allocation table's shape: a heading spanning the three Regions (w:gridSpan), a band
    cell merged down two rows (w:vMerge restart / continue: the continuation cell holds an empty
    paragraph), and a footnote reference inserted in the merged cell."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"),
        tbl(tr(tc(cell("Allocation to services"), props='<w:gridSpan w:val="3"/>')),
            tr(tc(p(r("5 725-5 850 "), ins(r("ADD 5.A12"), author="EUR", rid=5),
                    style="Tabletext"), props='<w:vMerge w:val="restart"/>'),
               tc(cell("FIXED-SATELLITE")), tc(cell("RADIOLOCATION"))),
            tr(tc(p(style="Tabletext"), props="<w:vMerge/>"), tc(cell("5.150")),
               tc(cell("5.453")))),
        reasons_p("Identification."), *ADD_5_A12)
    mod = document.proposals[0]
    assert texts(mod) == ["Allocation to services", "5 725-5 850 {+ADD 5.A12+}",
                          "FIXED-SATELLITE", "RADIOLOCATION", "5.150", "5.453"]
    assert versions(mod, "5 725-5 850 {+ADD 5.A12+}") == ("5 725-5 850 ", "5 725-5 850 ADD 5.A12")
    assert reasons(mod) == "Identification."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 6)


_NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NS_DECL}>'
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
_NUMPR = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'


def test_numbered_list_in_a_cell_with_an_inserted_item(tmp_path):
    """A cell holding an automatically numbered list (numPr) of conditions, one inserted with
    Track Changes: its number is inserted and the item after it renumbered (2 deleted, 3
    inserted); the cell text stays plain paragraphs, no items."""
    item = '<w:pPr><w:pStyle w:val="Tabletext"/>' + _NUMPR
    rows = tbl(tr(tc(cell("Condition")),
                  tc(f"<w:p>{item}</w:pPr>{r('pfd limit met;')}</w:p>",
                     f'<w:p>{item}<w:rPr>{mark("ins")}</w:rPr></w:pPr>'
                     + ins(r("coordination under No. 9.11A;"), author="EUR", rid=6) + "</w:p>",
                     f"<w:p>{item}</w:pPr>{r('notification.')}</w:p>")))
    document = read_docx(tmp_path, proposal("MOD", "EUR/65A2/2"), rows,
                         reasons_p("Coordination."), *ADD_5_A12, numbering=_NUMBERING)
    mod = document.proposals[0]
    assert not any(q.kind.is_item for q in mod.walk())
    assert texts(mod) == ["Condition", "1)\tpfd limit met;",
                          "{+2)\t+}{+coordination under No. 9.11A;+}",
                          "[-2)-]{+3)+}\tnotification."]
    assert [plain_text(q.draft) for q in mod.walk()][1:] == [
        "1)\tpfd limit met;", "2)\tcoordination under No. 9.11A;", "3)\tnotification."]
    assert reasons(mod) == "Coordination."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 4)


# -- DOCX: what cells hold ------------------------------------------------------------------
def test_marker_words_and_rr_numbers_in_cells_start_nothing(tmp_path):
    """Cells of the allocation table holding 'ADD 5.A12', 'MOD', '5.338A' alone and '5.338A'
    before a tab: none starts a proposal or an RR provision, and the proposal keeps its
    target (the article of its number line) and the table's text in order."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"), text_p("ARTICLE 5", "ArtNo"),
        tbl(tr(tc(cell("1 350-1 400")), tc(cell("MOD")), tc(cell("5.338A"))),
            tr(tc(p(ins(r("ADD 5.A12"), author="EUR", rid=7), style="Tabletext")),
               tc(cell("5.338A\tSee Resolution 750")),
               tc(cell("SUP\tEUR 5.149")))),
        reasons_p("Footnotes."), *ADD_5_A12)
    assert [x[:2] for x in summary(document)] == [(Marker.MOD, "EUR/65A2/2"),
                                                 (Marker.ADD, "EUR/65A2/3")]
    mod = document.proposals[0]
    assert (mod.target.kind, mod.target.number) == (TargetKind.RR_ARTICLE, "5")
    assert [q.kind for q in mod.walk()] == [K.NUMBER_LINE] + [K.PARAGRAPH] * 6
    assert texts(mod)[1:] == ["1 350-1 400", "MOD", "5.338A", "{+ADD 5.A12+}",
                              "5.338A\tSee Resolution 750", "SUP\tEUR 5.149"]
    assert not any(q.label for q in mod.walk())
    assert reasons(mod) == "Footnotes."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 6)


def test_proposal_line_in_a_one_cell_table_starts_its_proposal(tmp_path):
    """Some administrations frame the proposal line in a one-cell table. A full proposal number
    (SYMBOL/DOC/SEQ) alone in a table of one cell is a proposal line (a summary table of
    proposals has several cells a row and stays text: tests/test_real_shapes_docx.py)."""
    document = read_docx(
        tmp_path, proposal("MOD", "ACP/64A1/2"), text_p("5.149\tIn making assignments ..."),
        reasons_p("First."),
        tbl(tr(tc(p(r("MOD\tACP/64A1/3", "<w:b/>"))))),
        text_p("5.338A\tIn the bands 1 350-1 400 MHz ... (WRC-23)"), reasons_p("Second."))
    assert summary(document) == [
        (Marker.MOD, "ACP/64A1/2", TargetKind.RR_PROVISION, "5.149"),
        (Marker.MOD, "ACP/64A1/3", TargetKind.RR_PROVISION, "5.338A")]
    assert reasons(document.proposals[1]) == "Second."


def test_table_after_reasons_is_free_text_and_the_next_proposal_is_found(tmp_path):
    """A table between two proposals, after the first one's Reasons: a plain one is free text,
    a tracked one is kept with its marks and reported; neither runs on into the reasons, and
    the next proposal is found."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"), text_p("5.149\tIn making assignments ..."),
        reasons_p("First."),
        tbl(tr(tc(cell("Band")), tc(cell("Status")))),
        tbl(tr(tc(p(r("1 427-1 452 "), ins(r("(IMT)"), author="EUR", rid=8),
                    style="Tabletext")))),
        *ADD_5_A12)
    mod = document.proposals[0]
    assert texts(mod) == ["In making assignments ..."]
    assert reasons(mod) == "First."
    assert free_texts(document) == ["Band", "Status", "1 427-1 452 (IMT)"]
    assert any(n.startswith("revision marks in a table outside any proposal kept as is")
               for n in document.import_notes)
    assert_next_add(document)


def test_table_note_of_a_proposal_followed_by_a_table_after_its_reasons(tmp_path):
    """The first proposal holds a table; a plain table follows its Reasons. Its table is still
    reported in the import notes."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/2"), text_p("3 300-3 600 MHz", "Tablehead"),
        tbl(tr(tc(p(r("3 300-3 400 "), ins(r("ADD 5.A12"), author="EUR", rid=8),
                    style="Tabletext")))),
        reasons_p("First."), tbl(tr(tc(cell("Summary")))), *ADD_5_A12)
    assert free_texts(document) == ["Summary"]
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 1)


# -- ODT --------------------------------------------------------------------------------------
def std(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def region(n: int, kind: str, inner: str = "", author: str = "EUR") -> str:
    return (f'<text:changed-region xml:id="ct{n}" text:id="ct{n}"><text:{kind}>'
            f"{change_info(author)}{inner}</text:{kind}></text:changed-region>")


def td(*paragraphs: str, attrs: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{attrs}>{"".join(paragraphs)}' + (
        "</table:table-cell>")


def row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def odt_table(*rows: str, columns: int = 2) -> str:
    return ('<table:table table:name="Table1"><table:table-column '
            f'table:number-columns-repeated="{columns}"/>' + "".join(rows) + "</table:table>")


ODT_ADD = (std("ADD<text:tab/>EUR/65A2/3", "Proposal")
           + std("5.A12<text:tab/>The band 3 400-3 600 MHz is identified for IMT. (WRC-23)")
           + std("Reasons:<text:tab/>New identification.", "Reasons"))


def read_odt(tmp_path, body: str, tracked: str = ""):
    return odt_reader.read(write_odt(tmp_path / "tables.odt", body, styles=ITU_ODF_STYLES,
                                     tracked=tracked))


def test_odt_rows_inserted_in_a_changed_region_and_covered_cells(tmp_path):
    """LibreOffice: a heading cell spanning two columns (table:covered-table-cell after it), a
    band cell spanning two rows (covered cell below it), and two rows inserted with changes
    recorded (text:change-start in the first inserted cell, text:change-end in the last)."""
    body = (std("MOD<text:tab/>EUR/65A2/2", "Proposal")
            + odt_table(
                row(td(std("Allocation to services"), attrs=' table:number-columns-spanned="2"'),
                    "<table:covered-table-cell/>"),
                row(td(std("3 300-3 400"), attrs=' table:number-rows-spanned="2"'),
                    td(std("RADIOLOCATION"))),
                row("<table:covered-table-cell/>", td(std("5.149"))),
                row(td(std('<text:change-start text:change-id="ct1"/>3 400-3 600')),
                    td(std("MOBILE ADD 5.A12"))),
                row(td(std("5.430A")),
                    td(std('5.431A<text:change-end text:change-id="ct1"/>'))))
            + std("Reasons:<text:tab/>Identification.", "Reasons") + ODT_ADD)
    document = read_odt(tmp_path, body, region(1, "insertion"))
    mod = document.proposals[0]
    assert texts(mod) == ["Allocation to services", "3 300-3 400", "RADIOLOCATION", "5.149",
                          "{+3 400-3 600+}", "{+MOBILE ADD 5.A12+}", "{+5.430A+}",
                          "{+5.431A+}"]
    assert versions(mod, "{+MOBILE ADD 5.A12+}") == (None, "MOBILE ADD 5.A12")
    assert [s.author for s in next(iter(mod.walk())).marks] == [None]
    assert {s.author for q in list(mod.walk())[4:] for s in q.marks} == {"EUR"}
    assert reasons(mod) == "Identification."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 8)


def test_odt_cell_text_deleted_and_replaced_in_changed_regions(tmp_path):
    """LibreOffice: a row's cells emptied with changes recorded (a text:change point in each
    cell, the deleted text in its text:deletion region) and a band edge replaced."""
    tracked = (region(1, "deletion", std("1 427-1 429")) + region(2, "deletion", std("500"))
               + region(3, "deletion", "<text:p>3 400</text:p>") + region(4, "insertion"))
    body = (std("MOD<text:tab/>EUR/65A2/2", "Proposal")
            + odt_table(
                row(td(std("Band (MHz)")), td(std("Distance (km)"))),
                row(td(std('<text:change text:change-id="ct1"/>')),
                    td(std('<text:change text:change-id="ct2"/>'))),
                row(td(std('3 300-<text:change text:change-id="ct3"/><text:change-start '
                           'text:change-id="ct4"/>3 600<text:change-end text:change-id="ct4"/>')),
                    td(std("400"))))
            + std("Reasons:<text:tab/>Update.", "Reasons") + ODT_ADD)
    document = read_odt(tmp_path, body, tracked)
    mod = document.proposals[0]
    assert texts(mod) == ["Band (MHz)", "Distance (km)", "[-1 427-1 429-]", "[-500-]",
                          "3 300-[-3 400-]{+3 600+}", "400"]
    assert versions(mod, "[-500-]") == ("500", None)
    assert versions(mod, "3 300-[-3 400-]{+3 600+}") == ("3 300-3 400", "3 300-3 600")
    assert reasons(mod) == "Update."
    assert_next_add(document)
    assert table_note(document, "EUR/65A2/2", 6)


def test_odt_table_deleted_whole_in_a_changed_region(tmp_path):
    """A whole table deleted with changes recorded: the text:deletion region holds the
    table:table, the text:change point sits between the paragraphs around it."""
    table = odt_table(row(td(std("Band (MHz)")), td(std("Limit (dBW)"))),
                      row(td(std("1 427-1 429")), td(std("–20"))))
    body = (std("MOD<text:tab/>EUR/65A2/2", "Proposal")
            + std("21.16<text:tab/>The limits in Table 21-4 apply. (WRC-23)")
            + '<text:change text:change-id="ct1"/>'
            + std("Reasons:<text:tab/>Table suppressed.", "Reasons") + ODT_ADD)
    document = read_odt(tmp_path, body, region(1, "deletion", table))
    mod = document.proposals[0]
    assert reasons(mod) == "Table suppressed."
    assert_next_add(document)
    assert texts(mod)[1:] == ["[-Band (MHz)-]", "[-Limit (dBW)-]", "[-1 427-1 429-]",
                              "[-–20-]"]
