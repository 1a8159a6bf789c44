"""Received proposals exported again and re-imported: a user may take a received document as the
starting point of a counter-proposal, so what the readers find in a received file must survive
docx_writer.write / odt_writer.write and a second import.

Each test builds a received shape from raw XML as the real-shape tests do (tests/received_docs.py,
tests/test_real_shapes_docx.py, tests/test_real_mechanics.py, tests/test_real_shapes.py PP_CS,
tests/test_real_shapes_covers.py), imports it, exports it to DOCX and to ODT (each export checked
with the repository's checkers), imports the export and compares: the proposals (summary), the
provision outline (kinds, labels with their marks, statuses), the base and draft text of every
provision, the footnotes in base and draft, the reasons and the cover metadata the writers write.

Tests marked xfail(strict) pin a writer or reader bug (the reason names the function at fault).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from corpus.realworld import change_info, write_odt
from corpus.shapes import outline, reasons, summary
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
    static_marks_mod,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.formats import docx_reader, docx_writer, odt_reader, odt_writer

TOOLS = Path("/work/shared/tools")
BOLD, ITALIC = "<w:b/>", "<w:i/>"
WHO = 'w:author="ACP" w:date="2014-09-01T00:00:00Z"'
FORMATS = ["docx", "odt"]
STYLES = styles_xml(
    *ITU_STYLES, ("ArtNo", "Art_No", "Normal", "<w:caps/>"),
    ("Arttitle", "Art_title", "Normal", "<w:b/>"), ("Headingb", "Heading_b", "Normal", "<w:b/>"),
    ("TableNo", "Table_No", "Normal", ""), ("Tabletitle", "Table_title", "Normal", "<w:b/>"),
    ("Tablehead", "Table_head", "Normal", "<w:b/>"), ("Tabletext", "Table_text", "Normal", ""),
).replace("</w:styles>", (
    '<w:style w:type="character" w:styleId="Artdef"><w:name w:val="Art_def"/>'
    '<w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:rPr><w:position w:val="6"/><w:sz w:val="18"/>'
    "</w:rPr></w:style></w:styles>"))
FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
RES_130 = [text_p("MOD\tACP/64A1/5", "Proposal"),
           text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
           text_p("Strengthening the role of ITU", "Restitle"),
           text_p(FORMULA, "Normalaftertitle")]


# -- helpers ----------------------------------------------------------------------------------
def reasons_p(text: str, label: str = "Reasons:") -> str:
    return p(r(label, BOLD), r(f"\t{text}"), style="Reasons")


def artdef(number: str) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="Artdef"/></w:rPr><w:t>{number}</w:t></w:r>'










def received(tmp_path, *paragraphs: str, notes: dict[int, str] | None = None,
             numbering: str | None = None, styles: str = STYLES):
    parts = {"styles": styles}
    if numbering:
        parts["numbering"] = numbering
    if notes:
        parts["footnotes"] = notes_xml("footnotes", notes)
    return docx_reader.read(write_docx(tmp_path / "received.docx", "".join(paragraphs),
                                       parts=parts))


def _text(content) -> str | None:
    return None if content is None else plain_text(content)


def _notes(content) -> list[str]:
    return [plain_text(run.footnote.runs).strip() for run in content or ()
            if run.footnote is not None]


def cover(document) -> tuple:
    meta = document.metadata
    return (meta.conference.short, meta.document_number, meta.addendum, meta.revision,
            meta.base_revision, meta.date, meta.source, meta.title)


def snapshot(document) -> dict:
    """What must survive export and re-import."""
    return {
        "summary": summary(document),
        "outline": [outline(q) for q in document.proposals],
        "text": [[(q.kind.value, q.base_label, q.label, _text(q.base), _text(q.draft))
                  for q in proposal.walk()] for proposal in document.proposals],
        "notes": [[(_notes(q.base), _notes(q.draft)) for q in proposal.walk()]
                  for proposal in document.proposals],
        "reasons": [reasons(q) for q in document.proposals],
        "cover": cover(document),
    }


def check(tool: str, path: Path) -> None:
    checker = TOOLS / tool
    if not checker.exists():
        pytest.skip(f"{checker} is missing")
    done = subprocess.run([str(checker), str(path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def round_trip(tmp_path, document, fmt: str, marks: str = "tracked"):
    """Export the imported document in fmt, check the file, import it again."""
    path = tmp_path / f"export-{marks}.{fmt}"
    if fmt == "docx":
        docx_writer.write(document, path, marks=marks)
        check("check-docx", path)
        return docx_reader.read(path)
    odt_writer.write(document, path, marks=marks)
    check("check-odt", path)
    return odt_reader.read(path)


def assert_round_trip(tmp_path, document, fmt: str, marks: str = "tracked") -> None:
    before = snapshot(document)
    after = snapshot(round_trip(tmp_path, document, fmt, marks))
    for key in before:
        assert after[key] == before[key], key


# -- tracked changes and static marks ---------------------------------------------------------
@pytest.mark.parametrize("marks", ["tracked", "static"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_tracked_replacement_insertion_and_deletion_in_items(tmp_path, fmt, marks):
    """Word Track Changes in two items (two authors), exported with tracked changes or with
    static underline / strike-through, which the readers take as changes again."""
    items = [
        p(r("1\tto "), dele(dr("study"), rid=21), ins(r("examine"), rid=22), r(" the "),
          ins(r("economic "), author="Reviewer B", rid=23), r("aspects"),
          dele(dr(" closely"), rid=24), r(";")),
        p(r("2\tto report to the "), dele(dr("Council"), rid=25),
          ins(r("Plenipotentiary Conference"), rid=26), r(".")),
    ]
    document = received(tmp_path, *RES_130, text_p("resolves", "Call"), *items,
                        reasons_p("Update."))
    [mod] = document.proposals
    assert [q.status.value for q in mod.provisions[3].children] == ["modified", "modified"]
    assert_round_trip(tmp_path, document, fmt, marks)


@pytest.mark.parametrize("fmt", FORMATS)
def test_static_marks_typed_without_track_changes(tmp_path, fmt):
    document = docx_reader.read(static_marks_mod(tmp_path / "static.docx"))
    [mod] = document.proposals
    assert any(q.status.value == "modified" for q in mod.walk())
    assert_round_trip(tmp_path, document, fmt)


# -- Word list numbering ------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_word_numbering_with_a_tracked_inserted_item_renumbering_the_next(tmp_path, fmt):
    """considering lettered by numbering.xml, an item inserted with Track Changes renumbering
    the next (b) -> c)); resolves decimal with a roman level under item 1."""
    numbering = numbering_xml({0: [("lowerLetter", "%1)")],
                               1: [("decimal", "%1"), ("lowerRoman", "%2)")]}, {1: 0, 2: 1})
    document = received(
        tmp_path, *RES_130, text_p("considering", "Call"),
        p(r("the first;"), numpr=numpr(1)),
        p(ins(r("a new consideration;"), rid=91), numpr=numpr(1),
          mark=f'<w:ins w:id="90" {WHO}/>'),
        p(r("the last,"), numpr=numpr(1)),
        text_p("resolves", "Call"), p(r("to report on:"), numpr=numpr(2)),
        p(r("one part;"), numpr=numpr(2, 1)), p(r("another part;"), numpr=numpr(2, 1)),
        p(r("to do more."), numpr=numpr(2)), reasons_p("ok"), numbering=numbering)
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (1, "lettered_item", "{+b)+}", "added"), (1, "lettered_item", "[-b)-]{+c)+}", "modified"),
        (0, "call", "", "unchanged"), (1, "numbered_item", "1", "unchanged"),
        (2, "sub_item", "i)", "unchanged"), (2, "sub_item", "ii)", "unchanged"),
        (1, "numbered_item", "2", "unchanged")]
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_word_numbering_roman_sub_items_under_a_lettered_item(tmp_path, fmt):
    """considering lettered '%1)' with a lowerRoman '(%2)' level under a), as Word numbers it
    (tests/test_real_mechanics.py): the sub-items come back as sub-items of a)."""
    numbering = numbering_xml({0: [("lowerLetter", "%1)"), ("lowerRoman", "(%2)")]}, {1: 0})
    document = received(
        tmp_path, *RES_130, text_p("considering", "Call"),
        p(r("the first;"), numpr=numpr(1)),
        p(r("one part;"), numpr=numpr(1, 1)), p(r("another part;"), numpr=numpr(1, 1)),
        p(r("the last,"), numpr=numpr(1)), reasons_p("ok"), numbering=numbering)
    [mod] = document.proposals
    assert outline(mod)[3:] == [
        (0, "call", "", "unchanged"), (1, "lettered_item", "a)", "unchanged"),
        (2, "sub_item", "(i)", "unchanged"), (2, "sub_item", "(ii)", "unchanged"),
        (1, "lettered_item", "b)", "unchanged")]
    assert_round_trip(tmp_path, document, fmt)


# -- footnotes ----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_footnotes_custom_star_mark_and_a_note_changed_inside(tmp_path, fmt):
    notes = {
        1: note(r("* Taking into account "), dele(dr("Resolution 70"), rid=51),
                ins(r("Resolution 71"), rid=52), r(".")),
        2: note(r(" As decided by the "), dele(dr("Council"), rid=53),
                ins(r("Plenipotentiary Conference"), rid=54), r(".")),
        3: note(r(" See Resolution 71 (Rev. Busan, 2014).")),
    }
    star = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>*</w:t></w:r>')
    document = received(
        tmp_path, *RES_130, text_p("resolves", "Call"),
        p(r("1\tto build capacity"), star, r(";")),
        p(r("2\tto strengthen the work"), note_ref(2), r(" of ITU"), note_ref(3), r(".")),
        reasons_p("ok"), notes=notes)
    one, two = document.proposals[0].provisions[3].children
    assert (_notes(one.base), _notes(one.draft)) == (
        ["Taking into account Resolution 70."], ["Taking into account Resolution 71."])
    assert _notes(two.draft) == ["As decided by the Plenipotentiary Conference.",
                                 "See Resolution 71 (Rev. Busan, 2014)."]
    assert_round_trip(tmp_path, document, fmt)


# -- recommendations, annexes, tables -----------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_decimal_sub_items_of_recommends(tmp_path, fmt):
    document = received(
        tmp_path, text_p("MOD\tEUR/16A5/9", "Proposal"),
        text_p("RECOMMENDATION ITU-R M.1638-1", "ResNo"),
        text_p("Characteristics of some radars", "Restitle"), text_p("recommends", "Call"),
        text_p("1\tthat the characteristics below be used:"),
        p(r("1.1\tfor the radars of one kind, those of "), dele(dr("Table 1"), rid=5),
          ins(r("Table 3"), rid=6), r(";")),
        text_p("1.2\tfor the others, those of Table 2;"),
        text_p("2\tthat the characteristics be reviewed."), reasons_p("Update."))
    recommends = document.proposals[0].provisions[2]
    assert [q.label for q in recommends.children[0].children] == ["1.1", "1.2"]
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_annex_heading_inside_the_resolution_being_modified(tmp_path, fmt):
    document = received(
        tmp_path, text_p("MOD\tEUR/20A1/2", "Proposal"),
        text_p("RESOLUTION 2 (Rev. Hammamet, 2016)", "ResNo"),
        text_p("Study group responsibility", "Restitle"),
        text_p("The World Telecommunication Standardization Assembly (Hammamet, 2016),",
               "Normalaftertitle"),
        text_p("resolves", "Call"), text_p("1\tthat the mandates are in Annex A;"),
        text_p("ANNEX A", "AnnexNotitle"), text_p("(to Resolution 2)"),
        text_p("Part 1 – General areas of study"),
        p(r("Study Group 2 is responsible for "), ins(r("numbering and "), rid=7),
          r("naming.")), reasons_p("Update."))
    [mod] = document.proposals
    assert "ANNEX A" in [q.text for q in mod.provisions]
    assert_round_trip(tmp_path, document, fmt)


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(paragraphs) + "</w:tc>"


LIMITS_TABLE = ("<w:tbl><w:tr>" + _cell(text_p("Band (MHz)", "Tablehead"))
                + _cell(text_p("Limit (dBW)", "Tablehead")) + "</w:tr><w:tr>"
                + _cell(text_p("1 427-1 429", "Tabletext")) + _cell(text_p("–20", "Tabletext"))
                + "</w:tr></w:tbl>")


@pytest.mark.parametrize("fmt", FORMATS)
def test_table_between_items_kept_as_paragraphs(tmp_path, fmt):
    document = received(
        tmp_path, text_p("MOD\tEUR/16A5/7", "Proposal"),
        text_p("RESOLUTION 750 (REV.WRC-19)", "ResNo"),
        text_p("Compatibility between services", "Restitle"),
        text_p("The World Radiocommunication Conference (Sharm el-Sheikh, 2019),",
               "Normalaftertitle"),
        text_p("resolves", "Call"), text_p("1\tthat the limits in Table 1 apply;"),
        text_p("2\tthat the limits apply to all stations;"),
        text_p("TABLE 1", "TableNo"), text_p("Limits", "Tabletitle"), LIMITS_TABLE,
        text_p("3\tthat administrations report."), reasons_p("Update."))
    resolves = document.proposals[0].provisions[3]
    assert [q.label for q in resolves.children if q.kind.is_item] == ["1", "2", "3"]
    assert_round_trip(tmp_path, document, fmt)


# -- Radio Regulations, Constitution and Convention ---------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_rr_provisions_with_placeholder_numbers_sup_and_noc(tmp_path, fmt):
    document = received(
        tmp_path,
        text_p("MOD\tEUR/16A5/2", "Proposal"),
        p(artdef("5.338A"), note_ref(1), r("\tIn the bands listed, stations follow a "),
          ins(r("revised "), rid=3), r("resolution. (WRC-19)")),
        reasons_p("Update."),
        text_p("ADD\t[EUR/16A5/3]", "Proposal"),
        p(artdef("5.A12"), r("\tThe band is identified for a service. (WRC-19)")),
        reasons_p("New."),
        text_p("SUP\tEUR/16A5/4", "Proposal"), p(artdef("5.340.1")), reasons_p("Gone."),
        text_p("NOC\tEUR/16A5/5", "Proposal"), p(artdef("5.149")), reasons_p("Kept."),
        notes={1: note(r(" A note on the provision."))})
    assert summary(document) == [
        (Marker.MOD, "EUR/16A5/2", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.ADD, "[EUR/16A5/3]", TargetKind.RR_PROVISION, "5.A12"),
        (Marker.SUP, "EUR/16A5/4", TargetKind.RR_PROVISION, "5.340.1"),
        (Marker.NOC, "EUR/16A5/5", TargetKind.RR_PROVISION, "5.149")]
    assert _notes(document.proposals[0].provisions[0].draft) == ["A note on the provision."]
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rr_provision_number_renumbered_with_track_changes(tmp_path, fmt):
    document = received(
        tmp_path, text_p("MOD\tEUR/16A5/6", "Proposal"),
        p(dele(artdef("5.A12"), rid=3), ins(artdef("5.A13"), rid=4),
          r("\tThe band is identified for a service. (WRC-19)")),
        reasons_p("Renumbered."))
    [mod] = document.proposals
    [provision] = mod.provisions
    assert (provision.base_label, provision.label) == ("5.A12", "5.A13")
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_constitution_margin_numbers_and_a_sup_of_a_margin_number(tmp_path, fmt):
    """tests/test_real_shapes.py PP_CS as a Word file typed in Normal."""
    document = received(
        tmp_path, text_p("MOD\tIAP/44A1/3"),
        text_p("CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION"),
        text_p("ARTICLE 8"), text_p("Plenipotentiary Conference"),
        text_p("48\t2\tThe Plenipotentiary Conference shall:"),
        p(r("49\ta)\tdetermine the general "), ins(r("and strategic "), rid=3),
          r("policies for fulfilling the purposes of the Union;")),
        text_p("Reasons:\tTo widen the scope."),
        text_p("SUP\tIAP/44A1/4"), text_p("51"), text_p("Reasons:\tNo longer needed."))
    mod, sup = document.proposals
    assert (mod.target.kind, mod.target.number) == (TargetKind.CONSTITUTION, "8")
    assert (sup.target.kind, sup.target.number) == (TargetKind.CONSTITUTION, "51")
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_convention_margin_number_renumbered_with_track_changes(tmp_path, fmt):
    document = received(
        tmp_path, text_p("MOD\tIAP/44A1/1", "Proposal"),
        text_p("CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION", "Title1"),
        text_p("ARTICLE 4", "ArtNo"), text_p("The Council", "Arttitle"),
        p(dele(r("50")), ins(r("50A"), rid=3), r("\tThe Council shall meet once a year.")),
        reasons_p("Renumbered."))
    [mod] = document.proposals
    assert (mod.target.kind, mod.target.number) == (TargetKind.CONVENTION, "4")
    assert_round_trip(tmp_path, document, fmt)


# -- reasons ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_reasons_over_two_paragraphs(tmp_path, fmt):
    document = received(
        tmp_path, *RES_130, text_p("resolves", "Call"),
        p(r("1\tto "), ins(r("continue to "), rid=3), r("do.")),
        reasons_p("The resolution needs an update."),
        text_p("It also aligns the text with Resolution 71 (Rev. Busan, 2014).", "Reasons"),
        text_p("SUP\tACP/64A1/6", "Proposal"),
        text_p("RESOLUTION 22 (REV. BUSAN, 2014)", "ResNo"),
        text_p("Old title", "Restitle"), reasons_p("Done."))
    mod, sup = document.proposals
    assert "aligns the text" in reasons(mod)
    assert reasons(sup) == "Done."
    assert_round_trip(tmp_path, document, fmt)


# -- covers -------------------------------------------------------------------------------------
def _cover_docx(tmp_path, lines: list[str], proposal: list[str]):
    return received(tmp_path, *(text_p(t) for t in lines), *proposal)


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_cover_of_an_addendum_to_a_revision(tmp_path, fmt):
    document = _cover_docx(tmp_path, [
        "Plenipotentiary Conference (PP-22)", "Bucharest, 26 September – 14 October 2022",
        "PLENARY MEETING", "Addendum 1 to", "Document 44(Rev.1)-E", "1 August 2022",
        "Original: English",
        "Member States of the Inter-American Telecommunication Commission (CITEL)",
        "PROPOSALS FOR THE WORK OF THE CONFERENCE"], [
        text_p("MOD\tIAP/44A1/1", "Proposal"),
        text_p("RESOLUTION 130 (REV. DUBAI, 2018)", "ResNo"),
        text_p("Strengthening the role of ITU", "Restitle"), reasons_p("Update.")])
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum,
            meta.base_revision) == ("PP-22", "44", 1, 1)
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_french_cover_of_an_addendum(tmp_path, fmt):
    document = _cover_docx(tmp_path, [
        "Conférence de plénipotentiaires (PP-22)", "Bucarest, 26 septembre – 14 octobre 2022",
        "SÉANCE PLÉNIÈRE", "Addendum 1 au Document 44-F", "22 août 2022", "Original: anglais",
        "États Membres de la Commission interaméricaine des télécommunications (CITEL)",
        "PROPOSITIONS INTERAMÉRICAINES POUR LES TRAVAUX DE LA CONFÉRENCE"], [
        text_p("MOD\tIAP/44A1/1", "Proposal"),
        text_p("RÉSOLUTION 130 (RÉV. DUBAÏ, 2018)", "ResNo"),
        text_p("Renforcement du rôle de l'UIT", "Restitle"),
        reasons_p("Mise à jour.", "Motifs:")])
    assert (document.metadata.language, document.metadata.addendum) == ("F", 1)
    assert_round_trip(tmp_path, document, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_spanish_cover_of_an_addendum(tmp_path, fmt):
    document = _cover_docx(tmp_path, [
        "Conferencia de Plenipotenciarios (PP-22)",
        "Bucarest, 26 de septiembre – 14 de octubre de 2022", "SESIÓN PLENARIA",
        "Addéndum 1 al Documento 44-S", "22 de agosto de 2022", "Original: inglés",
        "Estados Miembros de la Comisión Interamericana de Telecomunicaciones (CITEL)",
        "PROPUESTAS INTERAMERICANAS PARA LOS TRABAJOS DE LA CONFERENCIA"], [
        text_p("MOD\tIAP/44A1/1", "Proposal"),
        text_p("RESOLUCIÓN 130 (REV. DUBÁI, 2018)", "ResNo"),
        text_p("Fortalecimiento del papel de la UIT", "Restitle"),
        reasons_p("Actualización.", "Motivos:")])
    assert (document.metadata.language, document.metadata.addendum) == ("S", 1)
    assert_round_trip(tmp_path, document, fmt)


# -- a LibreOffice file -------------------------------------------------------------------------
_LISTS = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard" '
    'style:list-style-name="L1"/>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-suffix=")" style:num-format="a"/><text:list-level-style-number text:level="2" '
    'style:num-suffix=")" style:num-format="i"/></text:list-style>')


@pytest.mark.parametrize("fmt", FORMATS)
def test_odt_received_with_a_tracked_note_and_a_tracked_insertion(tmp_path, fmt):
    """A received LibreOffice file: a word of a footnote replaced and words inserted in an item
    with changes recorded, a lettered list numbered by its list style."""
    tracked = ('<text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>'
               + change_info() + '<text:p text:style-name="Footnote">Council</text:p>'
               '</text:deletion></text:changed-region>'
               '<text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>'
               + change_info() + "</text:insertion></text:changed-region>"
               '<text:changed-region xml:id="ct3" text:id="ct3"><text:insertion>'
               + change_info() + "</text:insertion></text:changed-region>")
    note_xml = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
                '</text:note-citation><text:note-body><text:p text:style-name="Footnote">As '
                'decided by the <text:change text:change-id="ct1"/><text:change-start '
                'text:change-id="ct2"/>Plenipotentiary Conference<text:change-end '
                'text:change-id="ct2"/>.</text:p></text:note-body></text:note>')
    body = (
        '<text:p text:style-name="Proposal">MOD<text:tab/>ACP/64A1/5</text:p>'
        '<text:p text:style-name="Res_5f_No">RESOLUTION 130 (REV. BUSAN, 2014)</text:p>'
        '<text:p text:style-name="Res_5f_title">Strengthening the role of ITU</text:p>'
        f'<text:p text:style-name="Normal_5f_after_5f_title">{FORMULA}</text:p>'
        '<text:p text:style-name="Call">considering</text:p>'
        '<text:list text:style-name="L1">'
        '<text:list-item><text:p text:style-name="P1">the first;</text:p></text:list-item>'
        '<text:list-item><text:p text:style-name="P1">the last,</text:p></text:list-item>'
        "</text:list>"
        '<text:p text:style-name="Call">resolves</text:p>'
        f'<text:p text:style-name="Standard">1<text:tab/>to build capacity{note_xml};</text:p>'
        '<text:p text:style-name="Standard">2<text:tab/>to report<text:change-start '
        'text:change-id="ct3"/> annually<text:change-end text:change-id="ct3"/>.</text:p>'
        '<text:p text:style-name="Reasons">Reasons:<text:tab/>ok</text:p>')
    document = odt_reader.read(write_odt(tmp_path / "received.odt", body, automatic=_LISTS,
                                         tracked=tracked))
    [mod] = document.proposals
    one, two = mod.provisions[-1].children
    assert (_notes(one.base), _notes(one.draft)) == (
        ["As decided by the Council."], ["As decided by the Plenipotentiary Conference."])
    assert (_text(two.base), _text(two.draft)) == ("to report.", "to report annually.")
    assert [q.label for q in mod.provisions[3].children] == ["a)", "b)"]
    assert_round_trip(tmp_path, document, fmt)
