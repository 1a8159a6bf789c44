"""The corpus of received Word files (tests/corpus) comes in as the proposals it prints.

Each file is generated in the shape Word gives it (see corpus/wordml.py); the assertions are what
a reader of the printed document sees: numbers exactly as printed, markers, targets, the clause
tree with labels and nesting, base and draft text, reasons, footnotes, and every paragraph kept.
"""

from __future__ import annotations

import datetime as dt

import pytest
from corpus import fr_es, odd, plain_word, pp_apt, wrc_eur
from corpus.shapes import heads, outline

from proposaleditor.domain.document import BlockKind, FreeBlock
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import docx_reader


def texts(proposal, kind) -> list[str]:
    return [p.text for p in proposal.walk() if p.kind is kind]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    return {
        "pp": docx_reader.read(pp_apt.build(folder / "pp14-34A1-apt.docx")),
        "wrc": docx_reader.read(wrc_eur.build(folder / "wrc19-16A13-eur.docx")),
        "plain": docx_reader.read(plain_word.build(folder / "pp14-normal-only.docx")),
        "fr": docx_reader.read(fr_es.build_french(folder / "pp18-62-F.docx")),
        "es": docx_reader.read(fr_es.build_spanish(folder / "pp18-55A3-S.docx")),
        "odd": docx_reader.read(odd.build(folder / "wtsa16-12-odd.docx")),
        "fr-wrc": docx_reader.read(fr_es.build_french_wrc(folder / "wrc19-16A13-F.docx")),
    }


# -- 1. PP-14 in the ITU template -------------------------------------------------------------
def test_pp_cover_in_the_template_table(corpus):
    meta = corpus["pp"].metadata
    assert (meta.conference.short, meta.conference.name, meta.conference.place) == (
        "PP-14", "Plenipotentiary Conference", "Busan")
    assert meta.conference.dates == "20 October – 7 November 2014"
    assert (meta.meeting, meta.document_number, meta.addendum, meta.base_revision) == (
        "PLENARY MEETING", "34", 1, 1)
    assert (meta.date, meta.language, meta.original_languages) == (
        dt.date(2014, 9, 29), "E", ["E"])
    assert meta.source == "Asia-Pacific Telecommunity Member Administrations"
    assert meta.title == "PROPOSALS FOR THE WORK OF THE CONFERENCE"
    assert meta.symbols == ["ACP"]


def test_pp_proposals_as_printed(corpus):
    document = corpus["pp"]
    assert heads(document) == [
        ("NOC", "ACP/34A1/4", "resolution", "71"), ("MOD", "ACP/34A1/5", "resolution", "130"),
        ("SUP", "ACP/34A1/6", "resolution", "163"),
        ("ADD", "ACP/34A1/7", "resolution", "[ACP-1]")]
    # the text before the proposals: a Title 2 heading, a Heading_b, the introduction
    free = [(b.kind, plain_text(b.text)[:20]) for b in document.parts[:3]]
    assert free == [(BlockKind.HEADING, "Part 1 – Review of R"),
                    (BlockKind.HEADING, "Introduction"),
                    (BlockKind.PARAGRAPH, "The Asia-Pacific Tel")]
    assert not any(isinstance(p, FreeBlock) and p.kind is BlockKind.UNRECOGNIZED
                   for p in document.parts)
    assert document.import_notes == []
    assert [plain_text(p.reasons) for p in document.proposals] == [
        "The strategic plan is reviewed under Resolution 71 in another proposal.",
        "To reflect the outcomes of WSIS and of WTDC-14.",
        "The work under this resolution is complete.",
        "To address a new subject of concern to the membership."]


def test_pp_mod_tracked_changes_and_clause_tree(corpus):
    mod = corpus["pp"].proposals[1]
    assert outline(mod) == [
        (0, "number_line", "", "modified"), (0, "title", "", "unchanged"),
        (0, "enacting_formula", "", "modified"),
        (0, "call", "", "unchanged"),
        (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "b)", "unchanged"),
        (1, "lettered_item", "{+c)+}", "added"), (1, "lettered_item", "[-c-]{+d+})", "modified"),
        (0, "call", "", "unchanged"),
        (1, "numbered_item", "1", "unchanged"), (1, "numbered_item", "2", "unchanged"),
        (2, "dash_item", "–", "unchanged"), (2, "dash_item", "–", "modified"),
        (0, "call", "", "unchanged"),
        (1, "numbered_item", "1", "unchanged"),
        (2, "sub_item", "i)", "unchanged"), (2, "sub_item", "ii)", "unchanged"),
        (3, "dash_item", "–", "unchanged"), (3, "dash_item", "–", "unchanged"),
        (1, "numbered_item", "[-2-]", "suppressed"),
        # the annex restarts the numbering, outside the calls
        (0, "heading", "", "modified"), (0, "numbered_item", "1", "unchanged"),
    ]
    number_line, title, formula = mod.provisions[:3]
    assert marks_text(number_line.marks) == (
        "Resolution 130 (Rev. [-Guadalajara, 2010-]{+Busan, 2014+})")
    assert title.text == pp_apt.TITLE_130  # one text across rsid runs and proofErr marks
    assert plain_text(formula.base) == pp_apt.FORMULA + "Guadalajara, 2010),"
    assert plain_text(formula.draft) == pp_apt.FORMULA + "Busan, 2014),"
    assert texts(mod, K.CALL) == ["recognizing", "resolves", "instructs the Secretary-General"]
    changed = [s for s in number_line.marks if s.op is not Op.KEEP]
    assert {(s.author, s.date) for s in changed} == {("APT Secretariat",
                                                      "2014-09-29T09:12:00Z")}
    recognizing = mod.provisions[3]
    b, c, d = recognizing.children[1:]
    # the footnote stays on its reference, its body read from footnotes.xml
    [note] = [r.footnote for r in b.draft if r.footnote is not None]
    assert note.text == pp_apt.FOOTNOTE_130
    assert (c.base, plain_text(c.draft)) == (
        None, "the outcomes of the World Summit on the Information Society;")
    assert (d.base_label, d.label) == ("c)", "d)")
    assert marks_text(d.marks) == ("that the level of ICT infrastructure development "
                                   "[-in many -]{+in +}developing countries has risen,")
    # the label's italic is direct formatting; the call word's is the Call style's
    assert recognizing.draft[0].italic
    dash = mod.provisions[4].children[1].children[1]
    assert marks_text(dash.marks) == "{+cooperation with the relevant organizations+};"
    suppressed = mod.provisions[5].children[-1]
    assert (suppressed.base_label, plain_text(suppressed.base)) == (
        "2", "to make proposals to the Council,")


def test_pp_sup_noc_and_add(corpus):
    noc, _, sup, add = corpus["pp"].proposals
    assert [(p.kind, p.text) for p in noc.provisions] == [
        (K.NUMBER_LINE, "Resolution 71 (Rev. Guadalajara, 2010)"),
        (K.TITLE, "Strategic plan for the Union for 2012-2015")]
    assert [p.kind for p in sup.provisions] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA]
    assert all(p.draft is None and p.base for p in sup.provisions)
    assert outline(add) == [
        (0, "number_line", "", "added"), (0, "title", "", "added"),
        (0, "enacting_formula", "", "added"), (0, "call", "", "added"),
        (1, "lettered_item", "{+a)+}", "added"), (1, "lettered_item", "{+b)+}", "added"),
        (0, "call", "", "added"), (1, "paragraph", "", "added")]
    assert add.provisions[0].text == "Draft new Resolution [ACP-1] (Busan, 2014)"


# -- 2. WRC-19 addendum ------------------------------------------------------------------------
def test_wrc_cover_with_agenda_item(corpus):
    meta = corpus["wrc"].metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("WRC-19", "16", 13)
    assert meta.conference.dates == "28 October – 22 November 2019"
    assert meta.agenda_item == "1.13" and meta.agenda_text == wrc_eur.AGENDA_TEXT
    assert meta.source == "European Common Proposals"


def test_wrc_proposals_per_provision(corpus):
    document = corpus["wrc"]
    assert heads(document) == [
        ("NOC", "EUR/16A13/1", "rr_article", "5"),
        ("MOD", "EUR/16A13/2", "rr_provision", "5.338A"),
        ("MOD", "EUR/16A13/3", "rr_article", "21"),
        ("ADD", "EUR/16A13/4", "rr_provision", "5.A113"),
        ("MOD", "EUR/16A13/5", "other", ""),
        ("SUP", "EUR/16A13/6", "rr_provision", "5.340.1"),
        ("MOD", "EUR/16A13/7", "rr_provision", "5.149"),
        ("MOD", "EUR/16A13/8", "rr_provision", "5.340"),
        ("SUP", "EUR/16A13/9", "rr_provision", "5.341")]
    noc, fn, art21, add, table, sup, on_line, apart, sup_on_line = document.proposals
    assert [(p.kind, p.text) for p in noc.provisions] == [
        (K.NUMBER_LINE, "ARTICLE 5"), (K.TITLE, "Frequency allocations"),
        (K.HEADING, "Section IV – Table of Frequency Allocations"),
        (K.PARAGRAPH, "(See No. 2.1)")]
    [provision] = fn.provisions
    assert (provision.kind, provision.label) == (K.PROVISION_NUMBER, "5.338A")
    marks = marks_text(provision.marks)
    assert marks.startswith("In the bands 1 350-1 400 MHz, [-1 427-1 452 MHz, -]22.55")
    assert marks.endswith("Resolution 750 (Rev.WRC-[-15-]{+19+}) applies.\t(WRC-[-15-]{+19+})")
    assert [(p.kind, p.label) for p in art21.provisions] == [
        (K.NUMBER_LINE, None), (K.TITLE, None), (K.PROVISION_NUMBER, "21.5")]
    assert "[-+13 dBW-]{+" in marks_text(art21.provisions[2].marks)
    [new] = add.provisions
    assert (new.kind, new.label, new.base) == (K.PROVISION_NUMBER, "5.A113", None)
    [gone] = sup.provisions
    assert (gone.kind, gone.base_label, gone.draft) == (K.PROVISION_NUMBER, "5.340.1", None)
    [numbered] = on_line.provisions
    assert (numbered.kind, numbered.label) == (K.PROVISION_NUMBER, "5.149")
    assert numbered.text.startswith("In making assignments")
    [numbered] = apart.provisions
    assert (numbered.kind, numbered.label, numbered.status.value) == (
        K.PROVISION_NUMBER, "5.340", "modified")
    assert marks_text(numbered.marks).startswith(
        "All emissions are prohibited in the following bands: {+1 400-1 427 MHz,+}")
    [gone] = sup_on_line.provisions
    assert (gone.kind, gone.base_label, gone.label, gone.status.value) == (
        K.PROVISION_NUMBER, "5.341", None, "suppressed")


def test_wrc_table_is_kept_and_reported(corpus):
    document = corpus["wrc"]
    table = document.proposals[4]
    cells = [p.text for p in table.provisions]
    assert cells[:3] == ["22-24.75 GHz", "Allocation to services", "Region 1"]
    # "1 350-1 400" in a table is a frequency band, not item 1
    assert "1 350-1 400" in cells and all(p.kind is K.PARAGRAPH for p in table.provisions)
    inserted = next(p for p in table.provisions if p.text.startswith("MOBILE"))
    assert inserted.base is None
    assert any("EUR/16A13/5" in n and "table" in n for n in document.import_notes)
    assert any("EUR/16A13/5" in n and "target" in n for n in document.import_notes)
    assert plain_text(table.reasons) == "Mobile allocation for IMT in Region 1."


# -- 3. typed in Normal, static marks, Word numbering ---------------------------------------
def test_normal_only_reads_as_the_template_document(corpus):
    plain, styled = corpus["plain"], corpus["pp"]
    for field in ("document_number", "addendum", "base_revision", "date", "source", "title"):
        assert getattr(plain.metadata, field) == getattr(styled.metadata, field)
    # the stray contact line in the cover is kept as text; the cover lines after it still count
    assert [plain_text(b.text) for b in plain.parts if isinstance(b, FreeBlock)][:1] == [
        "Contact: APT Secretariat, aptpp@apt.int"]
    [mod] = plain.proposals
    assert heads(plain) == [("MOD", "ACP/34A1/5", "resolution", "130")]
    expected = outline(styled.proposals[1])[:-2]  # (the annex is only in the template file)
    # Word's automatic numbering relabels silently: the old c) shows as d), and is counted
    # back to c) in the base text (whose numbering has no gap)
    expected[7] = (1, "lettered_item", "[-c)-]{+d)+}", "modified")
    assert outline(mod) == expected
    assert marks_text(mod.provisions[0].marks) == (
        "RESOLUTION 130 (REV. [-GUADALAJARA, 2010-]{+BUSAN, 2014+})")
    for ours, theirs in zip(list(mod.walk())[1:], list(styled.proposals[1].walk())[1:-2]):
        assert (plain_text(ours.base), plain_text(ours.draft)) == (
            plain_text(theirs.base), plain_text(theirs.draft))
    assert plain.import_notes == []


# -- 4. French and Spanish ----------------------------------------------------------------------
def test_french_document(corpus):
    document = corpus["fr"]
    meta = document.metadata
    assert (meta.conference.short, meta.conference.name, meta.meeting) == (
        "PP-18", "Conférence de plénipotentiaires", "SÉANCE PLÉNIÈRE")
    assert (meta.document_number, meta.language, meta.original_languages, meta.date) == (
        "62", "F", ["R"], dt.date(2018, 10, 3))
    assert meta.title == "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE"
    assert heads(document) == [("MOD", "RCC/62/1", "resolution", "71"),
                               ("SUP", "RCC/62/2", "resolution", "163")]
    mod = document.proposals[0]
    assert texts(mod, K.CALL) == ["considérant", "considérant en outre", "reconnaissant",
                                  "décide", "charge le Secrétaire général",
                                  "invite les États Membres"]
    assert [p.kind for p in mod.provisions[:3]] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA]
    assert plain_text(mod.provisions[2].draft).endswith("(Dubaï, 2018),")
    decide = mod.provisions[6]
    assert [(c.label, c.status.value) for c in decide.children] == [
        ("1", "modified"), ("2", "unchanged")]
    assert [plain_text(p.reasons) for p in document.proposals] == [
        "Mise à jour du plan stratégique.", "Les travaux sont terminés."]
    assert document.import_notes == []


def test_spanish_document(corpus):
    document = corpus["es"]
    meta = document.metadata
    assert (meta.conference.short, meta.meeting, meta.document_number, meta.addendum) == (
        "PP-18", "SESIÓN PLENARIA", "55", 3)
    assert (meta.language, meta.original_languages, meta.date) == (
        "S", ["E"], dt.date(2018, 9, 24))
    assert heads(document) == [("MOD", "IAP/55A3/1", "resolution", "64"),
                               ("ADD", "IAP/55A3/2", "resolution", "[IAP-1]")]
    mod, add = document.proposals
    assert texts(mod, K.CALL) == ["reconociendo", "resuelve", "encarga al Secretario General",
                                  "invita a los Estados Miembros"]
    assert marks_text(mod.provisions[0].marks) == (
        "RESOLUCIÓN 64 (REV. [-BUSÁN, 2014-]{+DUBÁI, 2018+})")
    assert [p.kind for p in add.walk()] == [
        K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL, K.PARAGRAPH, K.CALL, K.PARAGRAPH]
    assert [plain_text(p.reasons) for p in document.proposals] == [
        "Actualizar la Resolución.", "Nueva Resolución."]
    assert document.import_notes == []


def test_french_wrc_typed_in_normal(corpus):
    document = corpus["fr-wrc"]
    meta = document.metadata
    # CMR is WRC's French short form; the addendum line was broken into two paragraphs
    assert (meta.conference.short, meta.conference.name) == (
        "WRC-19", "Conférence mondiale des radiocommunications")
    assert (meta.document_number, meta.addendum, meta.language, meta.date) == (
        "16", 13, "F", dt.date(2019, 9, 20))
    assert (meta.agenda_item, meta.source) == ("1.13", "Propositions européennes communes")
    assert not [b for b in document.parts if isinstance(b, FreeBlock)]
    [mod] = document.proposals
    assert heads(document) == [("MOD", "EUR/16A13/1", "resolution", "750")]
    assert outline(mod) == [
        (0, "number_line", "", "modified"), (0, "title", "", "unchanged"),
        (0, "enacting_formula", "", "modified"),
        (0, "call", "", "unchanged"), (1, "paragraph", "", "unchanged"),
        (0, "call", "", "unchanged"), (1, "paragraph", "", "unchanged"),
        (0, "call", "", "unchanged"),
        # Word's default numbering "1." kept as printed
        (1, "numbered_item", "1.", "unchanged"), (1, "numbered_item", "{+2.+}", "added"),
        (0, "call", "", "unchanged"), (1, "paragraph", "", "unchanged")]
    assert plain_text(mod.provisions[2].draft) == (
        "La Conférence mondiale des radiocommunications (Charm el-Cheikh, 2019),")
    assert plain_text(mod.reasons) == (
        "Protection du service d’exploration de la Terre par satellite.\n"
        "Les études de l’UIT-R ont montré la nécessité de ces limites.")
    assert document.import_notes == []


# -- 6. odd but real ----------------------------------------------------------------------------
def test_odd_proposal_lines(corpus):
    document = corpus["odd"]
    assert document.metadata.conference.short == "WTSA-16"
    assert heads(document) == [
        ("MOD", "[B/CAN/CLM/12/1]", "resolution", "1"),
        ("MOD", "B/CAN/CLM/XX/2", "resolution", "2"),
        ("(MOD)", "B/CAN/CLM/12/3", "resolution", "7"),
        ("ADD*", "B/CAN/CLM/12/4", "resolution", "20"),
        ("SUP*", "B/CAN/CLM/12/5", "resolution", "29"),
        ("NOC", "B/CAN/CLM/12/6", "resolution", "22"),
        ("MOD", "B/CAN/CLM/12/7", "resolution", "1"),
        ("SUP", "B/CAN/CLM/12/8", "resolution", "35")]
    assert document.metadata.symbols == ["B", "CAN", "CLM"]
    # the number line written on the marker's line is the proposal's first provision
    on_line = document.proposals[2]
    assert [(p.kind, p.text) for p in on_line.provisions[:2]] == [
        (K.NUMBER_LINE, "Resolution 7 (Rev. Hammamet, 2016)"),
        (K.TITLE, "Collaboration with the International Organization for Standardization")]
    assert [plain_text(p.reasons) for p in document.proposals] == [
        "Working methods.", "Clarity.", "Editorial.", "Moved from Resolution 29.",
        "Moved to Resolution 20.", "Still needed.", "Annex only.", "Obsolete."]
    # an annex's 1.1 paragraph is no Radio Regulations provision (WTSA, a resolution)
    annex = document.proposals[6]
    assert [(p.kind, p.label) for p in annex.provisions] == [
        (K.HEADING, None), (K.PARAGRAPH, None)]
    assert marks_text(annex.provisions[1].marks) == "1.1\tThe Assembly {+shall +}adopt its rules."
    assert document.import_notes == [
        "1 comment(s) left out (comments are not part of a proposal)",
        "revision marks outside any proposal kept as is: "
        "'This paragraph was added with Track Changes on.'"]


def test_odd_text_content(corpus):
    first, second, third = corpus["odd"].proposals[:3]
    assert [(p.kind, p.status.value) for p in first.provisions[:4]] == [
        (K.NUMBER_LINE, "modified"), (K.TITLE, "unchanged"), (K.REFERENCE_LINE, "modified"),
        (K.ENACTING_FORMULA, "unchanged")]
    considering, resolves = first.provisions[4:]
    # smart quotes and the hyperlink's text kept; the comment and its reference left out
    assert [c.text for c in considering.children] == [
        "the “working methods” of the Sector’s study groups, see www.itu.int/ITU-T;",
        "the Director’s report to the Assembly,"]
    # items added in the middle, the old 5 renumbered 7 with the label change tracked
    assert [(c.base_label, c.label, c.status.value) for c in resolves.children] == [
        ("4", "4", "unchanged"), (None, "5", "added"), (None, "6", "added"),
        ("5", "7", "modified")]
    assert marks_text(resolves.children[-1].label_marks) == "[-5-]{+7+}"
    # soft hyphens (Word's element and the character) are no text
    assert second.provisions[-1].children[0].text == (
        "that the telecommunication study groups are responsible for standards.")
    # a REF field reads as its result
    assert third.provisions[-1].children[0].text == (
        "to continue the collaboration described in Annex A.")


def test_odd_text_outside_proposals_is_kept(corpus):
    document = corpus["odd"]
    free = [(b.kind, plain_text(b.text)) for b in document.parts
            if isinstance(b, FreeBlock)]
    assert free == [
        (BlockKind.PARAGRAPH, "The co-sponsors submit the following proposals; see Annex A."),
        (BlockKind.PARAGRAPH, "Draft for coordination"),  # the text box, after its anchor
        (BlockKind.UNRECOGNIZED, "This paragraph was added with Track Changes on.")]
    assert any("Track Changes on" in n for n in document.import_notes)


# -- as a user sees it ---------------------------------------------------------------------------
def test_cli_info_shows_the_document_line_and_what_was_kept(tmp_path, capsys):
    from proposaleditor import cli

    wrc = wrc_eur.build(tmp_path / "wrc.docx")
    assert cli.main(["info", str(wrc)]) == 0
    out, err = capsys.readouterr()
    assert "Addendum 13 to Document 16-E" in out and "No. 5.338A" in out
    assert "warning" in err and "a table kept as" in err
    pp = pp_apt.build(tmp_path / "pp.docx")
    assert cli.main(["info", str(pp)]) == 0
    out, err = capsys.readouterr()
    assert "Addendum 1 to Document 34(Rev.1)-E" in out and err == ""


def test_text_after_the_number_is_kept_and_reported():
    from proposaleditor.formats.structure import build_document, plain_paragraph

    document = build_document([plain_paragraph(t) for t in (
        "ADD\tKEN/71/3 – a new resolution on community networks",
        "DRAFT NEW RESOLUTION [KEN-2] (DUBAI, 2018)", "Community networks",
        "Reasons:\tNew.")], name="remark.txt")
    [add] = document.proposals
    assert [(p.kind, p.text) for p in add.provisions] == [
        (K.PARAGRAPH, "– a new resolution on community networks"),
        (K.NUMBER_LINE, "DRAFT NEW RESOLUTION [KEN-2] (DUBAI, 2018)"),
        (K.TITLE, "Community networks")]
    assert str(add.target) == "Resolution [KEN-2]"
    assert any("text after the number" in n for n in document.import_notes)


def test_capitalised_italic_call_words():
    from proposaleditor.domain.inline import Run
    from proposaleditor.domain.revisions import Segment
    from proposaleditor.formats.structure import SourceParagraph, build_document, plain_paragraph

    def italic(text):
        return SourceParagraph((Segment(Op.KEEP, Run(text, italic=True)),))

    document = build_document([
        plain_paragraph("MOD\tKEN/71/4"), plain_paragraph("RESOLUTION 5 (REV. DUBAI, 2018)"),
        plain_paragraph("Title"), italic("Considering"), plain_paragraph("a)\tfirst;"),
        plain_paragraph("Recalling the text is no call when it is not in italics,"),
        italic("Instructs the Secretary-General"), plain_paragraph("to act."),
        plain_paragraph("Reasons:\tCapitals.")], name="caps.txt")
    [mod] = document.proposals
    assert [(p.kind, p.text[:12]) for p in mod.provisions] == [
        (K.NUMBER_LINE, "RESOLUTION 5"), (K.TITLE, "Title"), (K.CALL, "Considering"),
        (K.CALL, "Instructs th")]
    assert [c.kind for c in mod.provisions[2].children] == [K.LETTERED_ITEM, K.PARAGRAPH]


def test_identification_struck_and_typed_again(tmp_path):
    """Static marks: the old number line and formula struck whole, the new ones underlined on
    the next line; each pair is one provision with the old text deleted and the new inserted."""
    from corpus.wordml import Doc

    d = Doc(seed=11)
    d.text("MOD\tKEN/71/5", b=True)
    d.p(d.run("RESOLUTION 64 (GUADALAJARA, 2010)", strike=True))
    d.p(d.run("RESOLUTION 64 (REV. DUBAI, 2018)", u=True))
    d.p(d.run("Non-discriminatory access", b=True))
    d.p(d.run(pp_apt.FORMULA + "Guadalajara, 2010),", strike=True))
    d.p(d.run(pp_apt.FORMULA + "Dubai, 2018),", u=True))
    d.p(d.run("resolves", i=True))
    d.p(d.run("to continue.", strike=True))
    d.p(d.run("to study.", u=True))
    d.p(d.run("Reasons:", b=True), d.run("\tUpdate."))
    document = docx_reader.read(d.save(tmp_path / "struck.docx"))
    [mod] = document.proposals
    assert heads(document) == [("MOD", "KEN/71/5", "resolution", "64")]
    assert [(p.kind, marks_text(p.marks)) for p in mod.provisions[:3]] == [
        (K.NUMBER_LINE, "[-RESOLUTION 64 (GUADALAJARA, 2010)-]{+RESOLUTION 64 (REV. DUBAI, "
                        "2018)+}"),
        (K.TITLE, "Non-discriminatory access"),
        (K.ENACTING_FORMULA, f"[-{pp_apt.FORMULA}Guadalajara, 2010),-]"
                             f"{{+{pp_apt.FORMULA}Dubai, 2018),+}}")]
    # items and paragraphs replaced whole stay a suppression and an addition
    assert [c.status.value for c in mod.provisions[3].children] == ["suppressed", "added"]
