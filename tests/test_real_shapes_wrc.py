"""World Radiocommunication Conference proposals as regional groups and administrations send them
in Word: third round of real shapes, after tests/test_real_shapes.py and
tests/test_real_shapes_docx.py. Each file is built from raw WordprocessingML in a few lines of our
own words; the layout follows WRC-19 and WRC-23 addenda of the APT (ACP), CEPT (EUR), CITEL (IAP),
ATU (AFCP), Arab States (ARB) and RCC, both in ITU's styles and typed in Normal with direct
formatting (bold marker lines, italic calls, static underline / strike instead of Track Changes).

Tests marked xfail(strict) pin a recognizer problem (the reason names the function at fault); the
others guard what already works.
"""

from __future__ import annotations

import pytest
from corpus.realworld import ITU_ODF_STYLES, change_info, write_odt
from corpus.shapes import kinds, reasons, summary
from received_docs import ITU_STYLES, dele, ins, notes_xml, p, r, styles_xml, text_p, write_docx

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.formats import docx_reader, odt_reader

BOLD, ITALIC = "<w:b/>", "<w:i/>"
UNDER, STRIKE = '<w:u w:val="single"/>', "<w:strike/>"
STYLES = styles_xml(
    *ITU_STYLES, ("ArtNo", "Art_No", "Normal", "<w:caps/>"),
    ("Arttitle", "Art_title", "Normal", "<w:b/>"), ("Note", "Note", "Normal", ""),
    ("Headingb", "Heading_b", "Normal", "<w:b/>"), ("AppendixNo", "Appendix_No", "Normal",
                                                    "<w:caps/>"),
    ("Appendixtitle", "Appendix_title", "Normal", "<w:b/>"),
    ("Tablehead", "Table_head", "Normal", "<w:b/>"), ("Tabletext", "Table_text", "Normal", ""),
    ("Agendaitem", "Agenda_item", "Normal", "<w:b/>"),
).replace("</w:styles>", (
    '<w:style w:type="character" w:styleId="Artdef"><w:name w:val="Art_def"/>'
    '<w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:rPr><w:position w:val="6"/><w:sz w:val="18"/>'
    "</w:rPr></w:style></w:styles>"))

WRC23_COVER = (
    "World Radiocommunication Conference (WRC-23)", "Dubai, 20 November – 15 December 2023",
    "PLENARY MEETING")
WRC19_FORMULA = "The World Radiocommunication Conference (Sharm el-Sheikh, 2019),"
WRC23_FORMULA = "The World Radiocommunication Conference (Dubai, 2023),"


def read_docx(tmp_path, *paragraphs: str, notes: dict[int, str] | None = None,
              name: str = "wrc", static_marks: bool = True):
    parts = {"styles": STYLES}
    if notes:
        parts["footnotes"] = notes_xml("footnotes", notes)
    return docx_reader.read(write_docx(tmp_path / f"{name}.docx", "".join(paragraphs),
                                       parts=parts), static_marks=static_marks)


def artdef(number: str) -> str:
    """The provision number in ITU's Art_def character style (bold)."""
    return f'<w:r><w:rPr><w:rStyle w:val="Artdef"/></w:rPr><w:t>{number}</w:t></w:r>'


def footnote_ref(note_id: int) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>')


def note_body(text: str) -> str:
    return p('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
             r(f"\t{text}"))


def proposal(marker: str, number: str) -> str:
    """The proposal line in ITU's Proposal style."""
    return text_p(f"{marker}\t{number}", "Proposal")


def typed_proposal(marker: str, number: str) -> str:
    """The proposal line typed in Normal: marker and number in bold."""
    return p(r(f"{marker}\t{number}", BOLD))


def reasons_p(text: str, label: str = "Reasons:") -> str:
    return p(r(label, BOLD), r(f"\t{text}"), style="Reasons")


def typed_reasons(text: str, label: str = "Reasons:") -> str:
    """Reasons typed in Normal: the label in bold, then a tab."""
    return p(r(label, BOLD), r(f"\t{text}"))


def free_texts(document) -> list[str]:
    return [plain_text(part.text) for part in document.parts if not hasattr(part, "marker")]


def base_draft(provision) -> tuple[str, str]:
    return plain_text(provision.base or ()), plain_text(provision.draft or ())


def cover(*extra: str, document_line: tuple[str, ...] = ("Addendum 12 to", "Document 44-E"),
          source: str = "Asia-Pacific Telecommunity Common Proposals") -> list[str]:
    return [*(text_p(line) for line in WRC23_COVER), *(text_p(x) for x in document_line),
            text_p("10 October 2023"), text_p("Original: English"), text_p(source, "Source"),
            text_p("Proposals for the work of the conference", "Title1"), *extra]


# -- Article 5 footnotes ------------------------------------------------------------------------
def test_mod_of_an_article_5_footnote_with_tracked_text_and_conference_reference(tmp_path):
    """CEPT WRC-23 addendum (agenda item 1.2), MOD of a footnote to Article 5 made with Track
    Changes: a band limit replaced inside the provision and the closing '(WRC-19)' turned into
    '(WRC-23)' by deleting '19' and inserting '23'."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/3"),
        p(artdef("5.341A"), r("\tIn Region 1, the frequency band 1 427-"),
          dele(r("1 452"), author="EUR"), ins(r("1 518"), author="EUR", rid=3),
          r(" MHz is identified for IMT. (WRC-"), dele(r("19"), author="EUR", rid=4),
          ins(r("23"), author="EUR", rid=5), r(")")),
        reasons_p("To extend the identification."))
    assert summary(document) == [(Marker.MOD, "EUR/65A2/3", TargetKind.RR_PROVISION, "5.341A")]
    [mod] = document.proposals
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.341A")]
    base, draft = base_draft(mod.provisions[0])
    assert base == ("In Region 1, the frequency band 1 427-1 452 MHz is identified for IMT. "
                    "(WRC-19)")
    assert draft == ("In Region 1, the frequency band 1 427-1 518 MHz is identified for IMT. "
                     "(WRC-23)")
    assert reasons(mod) == "To extend the identification."


def test_several_footnotes_in_one_noc_and_one_sup(tmp_path):
    """APT WRC-23 addendum on agenda item 1.2: one NOC keeps three Article 5 footnotes (5.338A,
    5.339, 5.340) under a single proposal number; one SUP deletes two footnotes together; each
    proposal carries one Reasons line."""
    document = read_docx(
        tmp_path, proposal("NOC", "ACP/44A12/1"),
        p(artdef("5.338A"), r("\tIn the bands listed, Resolution 750 applies. (WRC-19)")),
        p(artdef("5.339"), r("\tThe bands are also allocated to space research.")),
        p(artdef("5.340"), r("\tAll emissions are prohibited in the following bands.")),
        reasons_p("These footnotes stay as they are."),
        proposal("SUP", "ACP/44A12/2"), p(artdef("5.340.1")), p(artdef("5.341")),
        reasons_p("The footnotes are no longer needed."))
    assert summary(document) == [
        (Marker.NOC, "ACP/44A12/1", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.SUP, "ACP/44A12/2", TargetKind.RR_PROVISION, "5.340.1")]
    noc, sup = document.proposals
    assert kinds(noc) == [(K.PROVISION_NUMBER, "5.338A"), (K.PROVISION_NUMBER, "5.339"),
                          (K.PROVISION_NUMBER, "5.340")]
    assert kinds(sup) == [(K.PROVISION_NUMBER, "5.340.1"), (K.PROVISION_NUMBER, "5.341")]
    assert [reasons(q) for q in document.proposals] == [
        "These footnotes stay as they are.", "The footnotes are no longer needed."]


def test_add_of_new_footnotes_with_placeholder_numbers(tmp_path):
    """CITEL and ATU WRC-23 proposals add footnotes whose numbers the Bureau assigns later:
    '5.A12' (agenda item 1.12) and '5.B113', each in its own ADD, typed in Normal with a bold
    number."""
    document = read_docx(
        tmp_path, typed_proposal("ADD", "IAP/44A12/4"),
        p(r("5.A12", BOLD), r("\tThe band 40-50 MHz is allocated to the Earth exploration-"
                              "satellite service (active). (WRC-23)")),
        typed_reasons("New allocation under agenda item 1.12."),
        typed_proposal("ADD", "AFCP/44A12/5"),
        p(r("5.B113", BOLD), r("\tThe band is identified for IMT in Region 1. (WRC-23)")),
        typed_reasons("New identification."))
    assert summary(document) == [
        (Marker.ADD, "IAP/44A12/4", TargetKind.RR_PROVISION, "5.A12"),
        (Marker.ADD, "AFCP/44A12/5", TargetKind.RR_PROVISION, "5.B113")]
    first, second = document.proposals
    assert kinds(first) == [(K.PROVISION_NUMBER, "5.A12")]
    assert kinds(second) == [(K.PROVISION_NUMBER, "5.B113")]
    assert first.provisions[0].base is None
    assert first.provisions[0].text.endswith("(WRC-23)")
    assert [reasons(q) for q in document.proposals] == [
        "New allocation under agenda item 1.12.", "New identification."]


def test_marker_number_and_provision_number_typed_on_one_line(tmp_path):
    """RCC and Arab States proposals typed in Normal: 'MOD<tab>RCC/12A2/1<tab>5.149' on one bold
    line, the provision's text in the next paragraph with a tracked insertion."""
    document = read_docx(
        tmp_path, p(r("MOD\tRCC/12A2/1\t5.149", BOLD)),
        p(r("In making assignments to stations of other services, administrations are urged to "
            "protect the radio astronomy service"),
          ins(r(" from unwanted emissions"), author="RCC"), r(". (WRC-"),
          dele(r("07"), author="RCC", rid=4), ins(r("23"), author="RCC", rid=5), r(")")),
        typed_reasons("Protection of radio astronomy."))
    assert summary(document) == [(Marker.MOD, "RCC/12A2/1", TargetKind.RR_PROVISION, "5.149")]
    [mod] = document.proposals
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.149")]
    base, draft = base_draft(mod.provisions[0])
    assert base.endswith("protect the radio astronomy service. (WRC-07)")
    assert draft.endswith("service from unwanted emissions. (WRC-23)")
    assert reasons(mod) == "Protection of radio astronomy."


def test_static_underline_and_strike_instead_of_track_changes(tmp_path):
    """Arab States WRC-23 proposal typed without Track Changes: the MOD of a footnote marks the
    deleted band limit struck through and the new one underlined, the conference reference too."""
    paragraphs = (
        typed_proposal("MOD", "ARB/70A1/3"),
        p(r("5.429", BOLD), r("\tAdditional allocation: the band 3 300-"),
          r("3 400", STRIKE), r("3 500", UNDER), r(" MHz is also allocated to the fixed "
                                                   "service. (WRC-"),
          r("19", STRIKE), r("23", UNDER), r(")")),
        typed_reasons("Extension of the band."))
    document = read_docx(tmp_path, *paragraphs)
    [mod] = document.proposals
    assert summary(document) == [(Marker.MOD, "ARB/70A1/3", TargetKind.RR_PROVISION, "5.429")]
    base, draft = base_draft(mod.provisions[0])
    assert base == ("Additional allocation: the band 3 300-3 400 MHz is also allocated to the "
                    "fixed service. (WRC-19)")
    assert draft == ("Additional allocation: the band 3 300-3 500 MHz is also allocated to the "
                     "fixed service. (WRC-23)")
    plain = read_docx(tmp_path, *paragraphs, name="plain", static_marks=False).proposals[0]
    assert "3 4003 500" in plain.provisions[0].text


def test_footnote_text_in_two_paragraphs_and_a_provision_with_items(tmp_path):
    """CEPT WRC-23 addendum: an Article 5 footnote whose text runs to a second paragraph (as
    5.338A does in the Radio Regulations), then a MOD of RR No. 21.16 whose text ends in a colon
    and lists its cases a), b) in enumlev1."""
    document = read_docx(
        tmp_path, proposal("MOD", "EUR/65A2/4"),
        p(artdef("5.338A"), r("\tIn the bands 1 350-1 400 MHz, stations shall follow "
                               "Resolution 750.")),
        p(r("In the band 1 452-1 492 MHz, Resolution 761 applies. (WRC-"),
          dele(r("19"), author="EUR"), ins(r("23"), author="EUR", rid=3), r(")")),
        reasons_p("Update."),
        proposal("MOD", "EUR/65A2/5"),
        p(artdef("21.16"), r("\tThe power flux-density shall not exceed:")),
        text_p("a)\tthe value in Table 21-4;", "enumlev1"),
        p(r("b)\tthe value in Table 21-"), dele(r("5"), author="EUR"),
          ins(r("6"), author="EUR", rid=3), r("."), style="enumlev1"),
        reasons_p("New limits."))
    assert summary(document) == [
        (Marker.MOD, "EUR/65A2/4", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.MOD, "EUR/65A2/5", TargetKind.RR_PROVISION, "21.16")]
    footnote, article21 = document.proposals
    assert kinds(footnote) == [(K.PROVISION_NUMBER, "5.338A"), (K.PARAGRAPH, None)]
    assert base_draft(footnote.provisions[1])[1].endswith("Resolution 761 applies. (WRC-23)")
    assert kinds(article21) == [(K.PROVISION_NUMBER, "21.16"), (K.LETTERED_ITEM, "a)"),
                                (K.LETTERED_ITEM, "b)")]
    assert base_draft(article21.provisions[-1]) == ("the value in Table 21-5.",
                                                    "the value in Table 21-6.")


def test_rr_provision_renumbered_with_track_changes(tmp_path):
    """ATU WRC-23 addendum on agenda item 7, MOD of Appendix 30B Article 6: a new paragraph
    6.17 inserted with Track Changes and the old 6.17 renumbered 6.18 in place (the old number
    deleted, the new one inserted, as ITU asks for every item that moves)."""
    mark = '<w:ins w:id="90" w:author="AFCP" w:date="2023-01-01T00:00:00Z"/>'
    document = read_docx(
        tmp_path, proposal("MOD", "AFCP/60A21/3"),
        text_p("APPENDIX 30B (REV.WRC-19)", "AppendixNo"),
        text_p("ARTICLE 6 (REV.WRC-19)", "ArtNo"),
        p(ins(r("6.17", BOLD), author="AFCP", rid=7),
          ins(r("\tThe Bureau shall publish the result."), author="AFCP", rid=8), mark=mark),
        p(dele(r("6.17", BOLD), author="AFCP"), ins(r("6.18", BOLD), author="AFCP", rid=3),
          r("\tThe administration may then notify the assignment.")),
        reasons_p("A publication step is added."))
    [mod] = document.proposals
    assert (mod.target.kind, mod.target.number) == (TargetKind.RR_APPENDIX, "30B")
    added, moved = [q for q in mod.walk() if q.kind is K.PROVISION_NUMBER]
    assert (added.base_label, added.label) == (None, "6.17")
    assert (moved.base_label, moved.label) == ("6.17", "6.18")
    assert base_draft(moved) == ("The administration may then notify the assignment.",
                                 "The administration may then notify the assignment.")


def test_libreoffice_mod_of_a_footnote_with_tracked_changes(tmp_path):
    """RCC WRC-23 proposal written in LibreOffice (ODT): the provision number in the Art_def
    character style, the added words and the '(WRC-07)' -> '(WRC-23)' reference recorded as
    LibreOffice changed regions; Reasons in the Reasons style."""
    art_def = ('<style:style style:name="Art_5f_def" style:display-name="Art_def" '
               'style:family="text"><style:text-properties fo:font-weight="bold"/>'
               "</style:style>")
    tracked = (
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion>'
        + change_info("RCC", "2023-05-01T00:00:00") + "</text:insertion></text:changed-region>"
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion>'
        + change_info("RCC", "2023-05-01T00:00:00")
        + "<text:p>07</text:p></text:deletion></text:changed-region>"
        '<text:changed-region xml:id="ct3" text:id="ct3"><text:insertion>'
        + change_info("RCC", "2023-05-01T00:00:00") + "</text:insertion></text:changed-region>")
    body = (
        '<text:p text:style-name="Proposal">MOD<text:tab/>RCC/12A2/4</text:p>'
        '<text:p text:style-name="Standard"><text:span text:style-name="Art_5f_def">5.149'
        "</text:span><text:tab/>Administrations are urged to protect the radio astronomy "
        'service<text:change-start text:change-id="ct1"/> from unwanted emissions'
        '<text:change-end text:change-id="ct1"/>. (WRC-<text:change text:change-id="ct2"/>'
        '<text:change-start text:change-id="ct3"/>23<text:change-end text:change-id="ct3"/>)'
        "</text:p>"
        '<text:p text:style-name="Reasons">Reasons:<text:tab/>Protection of radio astronomy.'
        "</text:p>")
    document = odt_reader.read(write_odt(tmp_path / "rcc.odt", body, tracked=tracked,
                                         styles=ITU_ODF_STYLES + art_def))
    assert summary(document) == [(Marker.MOD, "RCC/12A2/4", TargetKind.RR_PROVISION, "5.149")]
    [mod] = document.proposals
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.149")]
    assert base_draft(mod.provisions[0]) == (
        "Administrations are urged to protect the radio astronomy service. (WRC-07)",
        "Administrations are urged to protect the radio astronomy service from unwanted "
        "emissions. (WRC-23)")
    assert reasons(mod) == "Protection of radio astronomy."


def test_footnote_on_a_provision_number_typed_in_normal(tmp_path):
    """ATU WRC-23 proposal typed in Normal: a bold provision number carrying a real footnote
    (the note explains the proposal applies to some African countries only)."""
    document = read_docx(
        tmp_path, typed_proposal("MOD", "AFCP/60A4/2"),
        p(r("5.446A", BOLD), footnote_ref(1),
          r("\tThe use of the band by the mobile service is subject to Resolution 229. (WRC-"),
          dele(r("19"), author="AFCP"), ins(r("23"), author="AFCP", rid=3), r(")")),
        typed_reasons("Update."), notes={1: note_body("This proposal is supported by a part of "
                                                      "the ATU.")})
    [mod] = document.proposals
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.446A")]
    runs = [*(mod.provisions[0].draft or ()), *(mod.provisions[0].base or ()),
            *[s.run for s in (mod.provisions[0].received_label_marks or ())]]
    notes = {plain_text(x.footnote.runs).strip() for x in runs if x.footnote is not None}
    assert notes == {"This proposal is supported by a part of the ATU."}
    assert base_draft(mod.provisions[0])[1].endswith("(WRC-23)")


# -- the Table of Frequency Allocations --------------------------------------------------------
def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(paragraphs) + "</w:tc>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(cells) + "</w:tr>"


ALLOCATION_TABLE = (
    "<w:tbl><w:tblPr/>"
    + _row(_cell(text_p("Allocation to services", "Tablehead")))
    + _row(_cell(text_p("Region 1", "Tablehead")), _cell(text_p("Region 2", "Tablehead")),
           _cell(text_p("Region 3", "Tablehead")))
    + _row(_cell(text_p("3 300-3 400", "Tabletext"),
                 text_p("RADIOLOCATION", "Tabletext"),
                 p(r("MOBILE except aeronautical mobile "),
                   ins(r("ADD 5.B113", UNDER), author="EUR"), style="Tabletext")),
           _cell(text_p("3 300-3 400", "Tabletext"), text_p("RADIOLOCATION", "Tabletext")),
           _cell(text_p("3 300-3 400", "Tabletext"), text_p("FIXED", "Tabletext"),
                 text_p("5.149 5.429", "Tabletext")))
    + "</w:tbl>")


def test_mod_of_the_allocation_table_keeps_its_target_and_the_next_proposal(tmp_path):
    """CEPT WRC-23 addendum on agenda item 1.2: a NOC of Article 5 and its Section IV heading,
    then a MOD of the band '3 300-3 400 MHz' as the table of three Regions (band, services, the
    footnote references, one inserted with Track Changes), then an ADD of the new footnote. The
    table is kept as paragraphs; both proposals around it are still recognized."""
    document = read_docx(
        tmp_path, proposal("NOC", "EUR/65A2/1"), text_p("ARTICLE 5", "ArtNo"),
        text_p("Frequency allocations", "Arttitle"),
        text_p("Section IV – Table of Frequency Allocations", "Headingb"),
        text_p("(See No. 2.1)"), reasons_p("Locates the changes."),
        proposal("MOD", "EUR/65A2/2"), text_p("3 300-3 600 MHz", "Tablehead"),
        ALLOCATION_TABLE, reasons_p("Identification in Region 1."),
        proposal("ADD", "EUR/65A2/3"),
        p(artdef("5.B113"), r("\tThe band 3 300-3 400 MHz is identified for IMT. (WRC-23)")),
        reasons_p("New identification."))
    noc, table, add = document.proposals
    assert [(q.marker, q.received_number) for q in document.proposals] == [
        (Marker.NOC, "EUR/65A2/1"), (Marker.MOD, "EUR/65A2/2"), (Marker.ADD, "EUR/65A2/3")]
    assert (noc.target.kind, noc.target.number) == (TargetKind.RR_ARTICLE, "5")
    assert not any(q.kind.is_item for q in table.walk())
    texts = [q.text for q in table.walk()]
    assert texts[0] == "3 300-3 600 MHz"
    assert "RADIOLOCATION" in texts and "5.149 5.429" in texts
    assert any(q.draft is not None and "ADD 5.B113" in plain_text(q.draft)
               and "ADD 5.B113" not in plain_text(q.base or ()) for q in table.walk())
    assert reasons(table) == "Identification in Region 1."
    assert (add.target.kind, add.target.number) == (TargetKind.RR_PROVISION, "5.B113")
    assert kinds(add) == [(K.PROVISION_NUMBER, "5.B113")]


# -- appendices -------------------------------------------------------------------------------
def test_appendix_4_annex_2_items_a_1_a(tmp_path):
    """RCC and APT WRC-23 proposals on agenda item 7: 'APPENDIX 4 (REV.WRC-19)' (Appendix_No),
    its title, 'ANNEX 2', the annex title and the data items 'A.1.a' ... 'A.1.f.1' with a tracked
    change in one of them."""
    document = read_docx(
        tmp_path, proposal("MOD", "RCC/12A19/1"),
        text_p("APPENDIX 4 (REV.WRC-19)", "AppendixNo"),
        text_p("Consolidated list and tables of characteristics for use in the application of "
               "the procedures of Chapter III", "Appendixtitle"),
        text_p("ANNEX 2", "AnnexNotitle"),
        text_p("Characteristics of satellite networks, earth stations or radio astronomy "
               "stations", "AnnexNotitle"),
        text_p("A.1.a\tthe identity of the satellite network"),
        p(r("A.1.f.1\tthe symbol of the notifying administration"),
          ins(r(" and of the administrations on whose behalf it acts"), author="RCC")),
        reasons_p("Clarity of the notified data."))
    assert summary(document) == [(Marker.MOD, "RCC/12A19/1", TargetKind.RR_APPENDIX, "4")]
    [mod] = document.proposals
    provisions = list(mod.walk())
    assert [q.kind for q in mod.provisions][:4] == [K.NUMBER_LINE, K.TITLE, K.HEADING, K.HEADING]
    item = next(q for q in provisions if "A.1.f.1" in (q.label or "") + q.text)
    base, draft = base_draft(item)
    assert draft.endswith("on whose behalf it acts")
    assert not base.endswith("on whose behalf it acts")
    assert reasons(mod) == "Clarity of the notified data."
    assert not [t for t in free_texts(document) if t.startswith("ANNEX")]


def test_appendix_30b_section_and_paragraph_numbers(tmp_path):
    """ATU WRC-23 addendum on agenda item 7: a MOD of 'APPENDIX 30B (REV.WRC-19)' heading then
    'ARTICLE 6 (REV.WRC-19)' of the appendix and its paragraph '6.17', a NOC of a whole appendix
    section after it."""
    document = read_docx(
        tmp_path, proposal("MOD", "AFCP/60A21/1"),
        text_p("APPENDIX 30B (REV.WRC-19)", "AppendixNo"),
        text_p("Provisions and associated Plan for the fixed-satellite service", "Appendixtitle"),
        text_p("ARTICLE 6 (REV.WRC-19)", "ArtNo"),
        text_p("Procedures for the conversion of an allotment", "Arttitle"),
        p(artdef("6.17"), r("\tThe Bureau shall examine the submission"),
          ins(r(" within four months"), author="AFCP"), r(".")),
        reasons_p("Time limit for the examination."),
        proposal("NOC", "AFCP/60A21/2"),
        text_p("APPENDIX 30B (REV.WRC-19)", "AppendixNo"),
        reasons_p("The rest of the appendix is unchanged."))
    assert summary(document) == [
        (Marker.MOD, "AFCP/60A21/1", TargetKind.RR_APPENDIX, "30B"),
        (Marker.NOC, "AFCP/60A21/2", TargetKind.RR_APPENDIX, "30B")]
    mod, _ = document.proposals
    numbered = [q for q in mod.walk() if q.kind is K.PROVISION_NUMBER]
    assert [q.label for q in numbered] == ["6.17"]
    assert base_draft(numbered[0])[1].endswith("within four months.")
    assert [reasons(q) for q in document.proposals] == [
        "Time limit for the examination.", "The rest of the appendix is unchanged."]


# -- resolutions --------------------------------------------------------------------------------
def test_mod_of_a_wrc_resolution_with_tracked_number_line_and_calls(tmp_path):
    """APT WRC-23 addendum, MOD of a WRC resolution in ITU's styles: 'RESOLUTION 223
    (REV.WRC-19)' whose reference becomes 'REV.WRC-23' with Track Changes, the WRC enacting formula
    changed the same way, and the calls considering, recognizing, resolves, instructs the Director
    of the Radiocommunication Bureau, invites ITU-R."""
    document = read_docx(
        tmp_path, proposal("MOD", "ACP/44A2/5"),
        p(r("RESOLUTION 223 (REV.WRC-"), dele(r("19"), author="ACP"),
          ins(r("23"), author="ACP", rid=3), r(")"), style="ResNo"),
        text_p("Additional frequency bands identified for IMT", "Restitle"),
        p(r("The World Radiocommunication Conference ("), dele(r("Sharm el-Sheikh, 2019"),
                                                               author="ACP", rid=4),
          ins(r("Dubai, 2023"), author="ACP", rid=5), r("),"), style="Normalaftertitle"),
        text_p("considering", "Call"), text_p("a)\tthat IMT systems are evolving;"),
        text_p("b)\tthat harmonized bands are desirable,"),
        text_p("recognizing", "Call"), text_p("that some bands are shared,"),
        text_p("resolves", "Call"), text_p("1\tto encourage administrations;"),
        text_p("2\tto keep the studies going,"),
        text_p("instructs the Director of the Radiocommunication Bureau", "Call"),
        text_p("to report to the next conference,"),
        text_p("invites ITU-R", "Call"), text_p("to study the matter."),
        reasons_p("Update for WRC-23."))
    assert summary(document) == [(Marker.MOD, "ACP/44A2/5", TargetKind.RESOLUTION, "223")]
    [mod] = document.proposals
    assert [q.kind for q in mod.provisions] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA,
                                                K.CALL, K.CALL, K.CALL, K.CALL, K.CALL]
    assert base_draft(mod.provisions[0]) == ("RESOLUTION 223 (REV.WRC-19)",
                                             "RESOLUTION 223 (REV.WRC-23)")
    assert base_draft(mod.provisions[2]) == (WRC19_FORMULA, WRC23_FORMULA)
    considering, _, resolves, instructs, invites = mod.provisions[3:]
    assert [q.label for q in considering.children] == ["a)", "b)"]
    assert [q.label for q in resolves.children] == ["1", "2"]
    assert instructs.text == "instructs the Director of the Radiocommunication Bureau"
    assert invites.text == "invites ITU-R"
    assert [q.text for q in invites.children] == ["to study the matter."]


def test_resolution_typed_in_normal_with_italic_calls(tmp_path):
    """RCC WRC-23 proposal typed in Normal with direct formatting: the number line and title
    centred in bold, 'The World Radiocommunication Conference (Dubai, 2023),' in a draft new
    resolution with a bracketed number, the calls in italics ('considering', 'noting',
    'resolves to invite ITU-R', 'instructs the Secretary-General')."""
    document = read_docx(
        tmp_path, typed_proposal("ADD", "RCC/12A7/1"),
        p(r("DRAFT NEW RESOLUTION [RCC/A17-1] (WRC-23)", BOLD)),
        p(r("Use of the band 27.5-30 GHz by earth stations in motion", BOLD)),
        text_p(WRC23_FORMULA),
        p(r("considering", ITALIC)), text_p("a)\tthat earth stations in motion are in use;"),
        text_p("b)\tthat their use is growing,"),
        p(r("noting", ITALIC)), text_p("that studies have been made,"),
        p(r("resolves to invite ITU-R", ITALIC)), text_p("to continue the studies,"),
        p(r("instructs the Secretary-General", ITALIC)),
        text_p("to bring this resolution to the attention of ICAO."),
        typed_reasons("To regulate earth stations in motion."))
    assert summary(document) == [(Marker.ADD, "RCC/12A7/1", TargetKind.RESOLUTION, "[RCC/A17-1]")]
    [add] = document.proposals
    assert [q.kind for q in add.provisions] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA,
                                                K.CALL, K.CALL, K.CALL, K.CALL]
    assert [q.label for q in add.provisions[3].children] == ["a)", "b)"]
    assert add.provisions[5].text == "resolves to invite ITU-R"
    assert all(q.base is None for q in add.walk())
    assert reasons(add) == "To regulate earth stations in motion."


def test_sup_of_a_resolution_with_its_enacting_formula_and_reasons(tmp_path):
    """CITEL WRC-23 addendum, SUP of a WRC-19 resolution whose studies are complete: the number
    line, title and enacting formula only, then long reasons naming the agenda item; the next
    proposal (a NOC of an Article 5 footnote) still starts after it."""
    document = read_docx(
        tmp_path, proposal("SUP", "IAP/44A5/7"),
        text_p("RESOLUTION 245 (WRC-19)", "ResNo"),
        text_p("Studies on frequency-related matters for the terrestrial component of IMT",
               "Restitle"),
        text_p(WRC19_FORMULA, "Normalaftertitle"),
        reasons_p("The studies called for in this resolution were completed under WRC-23 agenda "
                  "item 1.2; the resolution is no longer needed."),
        proposal("NOC", "IAP/44A5/8"), p(artdef("5.384A")), reasons_p("No change."))
    assert summary(document) == [
        (Marker.SUP, "IAP/44A5/7", TargetKind.RESOLUTION, "245"),
        (Marker.NOC, "IAP/44A5/8", TargetKind.RR_PROVISION, "5.384A")]
    sup, noc = document.proposals
    assert [q.kind for q in sup.provisions] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA]
    assert reasons(sup).startswith("The studies called for in this resolution")
    assert reasons(sup).endswith("no longer needed.")
    assert kinds(noc) == [(K.PROVISION_NUMBER, "5.384A")]


# -- proposal lines, reasons and covers -----------------------------------------------------------
def test_hidden_identifier_on_a_typed_proposal_line_before_a_resolution(tmp_path):
    """Proposals exported from ITU's proposal tool then retyped by an administration: the bold
    proposal line in Normal keeps the hidden '#50123' identifier after the number; the resolution
    below is found as the target and the identifier is not part of the number."""
    document = read_docx(
        tmp_path, p(r("MOD\tB/63/1", BOLD), r("#50123", "<w:vanish/>")),
        text_p("RESOLUTION 750 (REV.WRC-19)", "ResNo"),
        text_p("Compatibility between the Earth exploration-satellite service and active "
               "services", "Restitle"),
        text_p(WRC19_FORMULA, "Normalaftertitle"),
        text_p("resolves", "Call"), text_p("1\tthat the limits in Table 1 apply;"),
        reasons_p("New limits."))
    assert summary(document) == [(Marker.MOD, "B/63/1", TargetKind.RESOLUTION, "750")]
    assert all("50123" not in t for t in free_texts(document))


@pytest.mark.parametrize("styled", [True, False], ids=["reasons-style", "typed-bold"])
def test_reasons_in_the_reasons_style_and_typed_in_bold(tmp_path, styled):
    """The same ACP proposal with 'Reasons:' in ITU's Reasons style, or typed in Normal with the
    label in bold and a tab; the reasons run on into a second paragraph."""
    first = "The band is needed for IMT in several Region 3 countries;"
    label = (p(r("Reasons:", BOLD), r(f"\t{first}"), style="Reasons") if styled
             else p(r("Reasons:", BOLD), r(f"\t{first}")))
    document = read_docx(
        tmp_path, proposal("MOD", "ACP/44A2/6"),
        p(artdef("5.429F"), r("\tIn Region 3, the band 3 300-3 400 MHz is identified. (WRC-"),
          dele(r("19"), author="ACP"), ins(r("23"), author="ACP", rid=3), r(")")),
        label, text_p("sharing studies show compatibility.", "Reasons" if styled else None),
        proposal("NOC", "ACP/44A2/7"), p(artdef("5.429G")), reasons_p("No change."))
    assert summary(document) == [
        (Marker.MOD, "ACP/44A2/6", TargetKind.RR_PROVISION, "5.429F"),
        (Marker.NOC, "ACP/44A2/7", TargetKind.RR_PROVISION, "5.429G")]
    mod, _ = document.proposals
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.429F")]
    assert reasons(mod).startswith(first)
    assert "sharing studies show compatibility." in reasons(mod)


def test_agenda_item_cover_with_the_item_text(tmp_path):
    """APT WRC-23 addendum cover: 'Agenda item 1.2' in bold then the agenda item's full text
    (ITU's WRC-23 agenda), an introduction, then the proposals; the cover gives the agenda item
    and the agenda text stays outside the proposals."""
    agenda = ("1.2\tto consider identification of the frequency bands 3 300-3 400 MHz, "
              "3 600-3 800 MHz, 6 425-7 025 MHz, 7 025-7 125 MHz and 10.0-10.5 GHz for "
              "International Mobile Telecommunications (IMT), including possible additional "
              "allocations to the mobile service on a primary basis, in accordance with "
              "Resolution 245 (WRC-19);")
    document = read_docx(
        tmp_path, *cover(p(r("Agenda item 1.2", BOLD)), text_p(agenda),
                         text_p("Introduction", "Headingb"),
                         text_p("APT Members support the identification in Region 3."),
                         text_p("Proposals", "Headingb")),
        proposal("MOD", "ACP/44A12/3"),
        p(artdef("5.429F"), r("\tThe band is identified. (WRC-23)")), reasons_p("Update."))
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("WRC-23", "44", 12)
    assert meta.agenda_item == "1.2"
    assert meta.source == "Asia-Pacific Telecommunity Common Proposals"
    assert summary(document) == [(Marker.MOD, "ACP/44A12/3", TargetKind.RR_PROVISION, "5.429F")]
    free = free_texts(document)
    assert "APT Members support the identification in Region 3." in free
    assert meta.agenda_text.startswith("to consider identification of the frequency bands")
    assert meta.agenda_text.endswith("Resolution 245 (WRC-19);")
    assert not [t for t in free if "International Mobile Telecommunications" in t]


def test_issue_headings_between_the_proposals_of_an_agenda_item(tmp_path):
    """APT WRC-23 addendum on agenda item 9.1 (one addendum, several issues): after the cover,
    'Issue 9.1 a)' in Heading_b and its background before each group of proposals. The headings
    and background stay free text in order, each proposal keeps its own reasons."""
    document = read_docx(
        tmp_path, *cover(p(r("Agenda item 9.1", BOLD)),
                         text_p("9.1\tto consider and approve the report of the Director;"),
                         document_line=("Addendum 24 to", "Document 44-E")),
        text_p("Issue 9.1 a)", "Headingb"), text_p("Background on the first issue."),
        proposal("MOD", "ACP/44A24/1"),
        p(artdef("5.338A"), r("\tIn the bands listed, Resolution 750 applies. (WRC-23)")),
        reasons_p("First issue."),
        text_p("Issue 9.1 b)", "Headingb"), text_p("Background on the second issue."),
        proposal("SUP", "ACP/44A24/2"), text_p("RESOLUTION 774 (WRC-19)", "ResNo"),
        text_p("Studies on technical and operational measures", "Restitle"),
        reasons_p("Second issue."))
    meta = document.metadata
    assert (meta.document_number, meta.addendum, meta.agenda_item) == ("44", 24, "9.1")
    assert summary(document) == [
        (Marker.MOD, "ACP/44A24/1", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.SUP, "ACP/44A24/2", TargetKind.RESOLUTION, "774")]
    assert free_texts(document) == ["Issue 9.1 a)", "Background on the first issue.",
                                    "Issue 9.1 b)", "Background on the second issue."]
    assert [reasons(q) for q in document.proposals] == ["First issue.", "Second issue."]
    assert not document.import_notes
