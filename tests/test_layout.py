"""The printed shape of a document (formats/layout.py) and its fixed words (domain/wording.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sample_documents import FOOTNOTE, sample_document

from proposaleditor.domain import numbering
from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import Document, Metadata
from proposaleditor.domain.proposals import Marker
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.domain.wording import (
    WORDINGS,
    compact_reference,
    document_line,
    translate_dates,
    wording,
)
from proposaleditor.formats.layout import Role, layout


def by_role(paragraphs, role):
    return [p for p in paragraphs if p.role is role]


def of_proposal(paragraphs, proposal):
    return [p for p in paragraphs if p.proposal_id == proposal.id]


# -- cover ------------------------------------------------------------------------------------
def test_cover_lines_in_itu_order():
    paras = layout(sample_document())
    cover = [(p.role, p.plain) for p in paras if p.role not in
             (Role.BLOCK, Role.PROPOSAL, Role.PROVISION, Role.REASONS)]
    assert cover == [
        (Role.CONFERENCE, "Plenipotentiary Conference (PP-14)"),
        (Role.PLACE_DATES, "Busan, 20 October – 7 November 2014"),
        (Role.DOCUMENT, "Document 82-E"),
        (Role.DATE, "7 October 2014"),
        (Role.ORIGINAL, "Original: English"),
        (Role.MEETING, "PLENARY MEETING"),
        (Role.SOURCE, "Indonesia (Republic of)"),
        (Role.TITLE, "PROPOSALS FOR THE WORK OF THE CONFERENCE"),
    ]
    assert by_role(paras, Role.SOURCE)[0].style == "Source"
    assert by_role(paras, Role.TITLE)[0].style == "Title1"


def test_cover_in_french_and_spanish():
    fr = {p.role: p.plain for p in layout(sample_document(), language="F")}
    assert fr[Role.CONFERENCE] == "Conférence de plénipotentiaires (PP-14)"
    assert fr[Role.PLACE_DATES] == "Busan, 20 octobre – 7 novembre 2014"
    assert fr[Role.DOCUMENT] == "Document 82-F"
    assert fr[Role.DATE] == "7 octobre 2014"
    assert fr[Role.ORIGINAL] == "Original: anglais"
    assert fr[Role.MEETING] == "SÉANCE PLÉNIÈRE"
    assert fr[Role.TITLE] == "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE"
    es = {p.role: p.plain for p in layout(sample_document("S"))}
    assert es[Role.DOCUMENT] == "Documento 82-S"
    assert es[Role.DATE] == "7 de octubre de 2014"
    assert es[Role.ORIGINAL] == "Original: inglés"
    assert es[Role.PLACE_DATES] == "Busan, 20 de octubre – 7 de noviembre de 2014"
    assert es[Role.MEETING] == "SESIÓN PLENARIA"


def test_user_typed_meeting_and_title_are_kept_in_any_language():
    doc = sample_document("F")
    doc.metadata.meeting = "COMMISSION 5"
    doc.metadata.title = "PROPOSITIONS COMMUNES"
    fr = {p.role: p.plain for p in layout(doc)}
    assert fr[Role.MEETING] == "COMMISSION 5"
    assert fr[Role.TITLE] == "PROPOSITIONS COMMUNES"


def test_wrc_cover_has_agenda_item_and_french_acronym():
    meta = Metadata(conference=conference("WRC-19"), document_number="24", language="F",
                    agenda_item="1.13", agenda_text="examiner l'identification de bandes")
    paras = layout(Document(metadata=meta))
    roles = {p.role: p.plain for p in paras}
    assert roles[Role.CONFERENCE] == "Conférence mondiale des radiocommunications (CMR-19)"
    assert roles[Role.AGENDA_ITEM] == "Point 1.13 de l'ordre du jour"
    assert roles[Role.AGENDA_TEXT] == "examiner l'identification de bandes"
    assert compact_reference(meta) == "CMR19/24-F"
    assert compact_reference(meta, "E") == "CMR19/24-E"


def test_no_agenda_item_outside_wrc_documents():
    assert not by_role(layout(sample_document()), Role.AGENDA_ITEM)


# -- proposals --------------------------------------------------------------------------------
def test_each_proposal_has_its_line_provisions_and_reasons():
    doc = sample_document()
    paras = layout(doc)
    numbers = numbering.numbers(doc)
    for proposal in doc.proposals:
        own = of_proposal(paras, proposal)
        assert own[0].role is Role.PROPOSAL and own[0].style == "Proposal"
        assert own[0].plain == f"{proposal.marker.value}\t{numbers[proposal.id]}"
        assert own[0].keep_with_next
        assert own[-1].role is Role.REASONS and own[-1].style == "Reasons"
        assert own[-1].label[0].run.bold and own[-1].label[0].text == "Reasons:"
        assert all(p.role is Role.PROVISION for p in own[1:-1])
    assert [p.plain for p in by_role(paras, Role.PROPOSAL)] == [
        "MOD\tINS/82/1", "ADD\tINS/82/2", "SUP\tINS/82/3", "NOC\tINS/82/4", "(MOD)\tINS/82/5"]


def test_mod_paragraphs_carry_the_model_marks():
    doc = sample_document()
    mod = doc.proposals[0]
    provisions = [p for p in of_proposal(layout(doc), mod) if p.role is Role.PROVISION]
    model = list(mod.walk())
    assert [p.provision_id for p in provisions] == [p.id for p in model]
    for para, prov in zip(provisions, model):
        assert para.tracked
        assert para.text == prov.marks
        assert [s.text for s in para.label] == [s.text for s in prov.label_marks]
        assert [s.op for s in para.label] == [s.op for s in prov.label_marks]


def test_mod_renumbering_added_and_suppressed_items():
    doc = sample_document()
    paras = {p.provision_id: p for p in layout(doc)}
    items = [p for p in doc.proposals[0].walk() if p.kind.value == "numbered_item"]
    kept, new, moved, gone, last = (paras[p.id] for p in items)
    assert marks_text(kept.label) == "1" and kept.change is Op.KEEP
    assert new.change is Op.INSERT and marks_text(new.label) == "{+2+}"
    assert all(s.op is Op.INSERT for s in new.text)
    assert any(s.run.footnote == FOOTNOTE for s in new.text)
    assert marks_text(moved.label) == "[-2-]{+3+}"
    assert gone.change is Op.DELETE and marks_text(gone.label) == "[-3-]"
    assert all(s.op is Op.DELETE for s in gone.text)
    assert marks_text(last.label) == "4"  # 4 stays 4: one added, one suppressed


def test_resolution_parts_take_their_itu_styles():
    doc = sample_document()
    styles = [p.style for p in of_proposal(layout(doc), doc.proposals[0])]
    assert styles == ["Proposal", "ResNo", "Restitle", "Normalaftertitle", "Call", "Normal",
                      "Normal", "Call", "Normal", "Normal", "Normal", "enumlev1", "enumlev1",
                      "Normal", "Normal", "Reasons"]
    add = of_proposal(layout(doc), doc.proposals[1])
    assert [p.style for p in add][-3:-1] == ["enumlev1", "enumlev1"]  # dash items
    assert [p.plain for p in add][-3] == "–\tto study a legal framework;"


def test_lettered_labels_are_italic_numbers_are_not():
    paras = layout(sample_document())
    labelled = [p for p in paras if p.role is Role.PROVISION and p.label]
    for p in labelled:
        text = "".join(s.text for s in p.label)
        assert all(s.run.italic == text[0].isalpha() for s in p.label), text


@pytest.mark.parametrize("index", [1, 2, 3])
def test_add_sup_noc_carry_no_marks(index):
    doc = sample_document()
    proposal = doc.proposals[index]
    own = of_proposal(layout(doc), proposal)
    assert not any(p.tracked for p in own)
    assert all(s.op is Op.KEEP for p in own for s in (*p.label, *p.text))
    assert all(p.change is Op.KEEP for p in own)


def test_sup_and_noc_show_identification_only():
    doc = sample_document()
    for proposal in (doc.proposals[2], doc.proposals[3]):
        assert proposal.marker in (Marker.SUP, Marker.NOC)
        shown = [p for p in of_proposal(layout(doc), proposal) if p.role is Role.PROVISION]
        shown_ids = {p.provision_id for p in shown}
        expected = {p.id for p in proposal.walk() if p.kind.identification}
        assert shown_ids == expected
        assert {p.style for p in shown} <= {"ResNo", "Restitle", "Resref", "Normalaftertitle"}


def test_sup_shows_the_base_text():
    doc = sample_document()
    sup = doc.proposals[2]
    sup.provisions[0].draft = None  # a suppression has no draft
    shown = [p for p in of_proposal(layout(doc), sup) if p.role is Role.PROVISION]
    assert shown[0].plain == "RESOLUTION 163 (GUADALAJARA, 2010)"


def test_add_shows_the_draft_without_marks():
    doc = sample_document()
    add = of_proposal(layout(doc), doc.proposals[1])
    assert add[1].plain == "DRAFT NEW RESOLUTION [INS-1]"


def test_missing_reasons_still_print_the_reasons_label():
    doc = sample_document()
    reasons = of_proposal(layout(doc), doc.proposals[3])[-1]
    assert reasons.plain == "Reasons:\t"


def test_free_blocks_keep_their_place():
    paras = layout(sample_document())
    blocks = by_role(paras, Role.BLOCK)
    assert [(b.style, b.plain) for b in blocks] == [
        ("Normal", "Indonesia is honoured to present its proposals."),
        ("AnnexNotitle", "ANNEX 1")]
    first_proposal = next(i for i, p in enumerate(paras) if p.role is Role.PROPOSAL)
    assert paras.index(blocks[-1]) == first_proposal - 1


@pytest.mark.parametrize("language, word", [("E", "Reasons:"), ("F", "Motifs:"),
                                            ("S", "Motivos:")])
def test_reasons_word_follows_the_language(language, word):
    paras = layout(sample_document(), language=language)
    assert {p.label[0].text for p in by_role(paras, Role.REASONS)} == {word}


# -- wording ----------------------------------------------------------------------------------
def test_unverified_languages_fall_back_to_english_words():
    for code in "ACR":
        w = wording(code)
        assert not w.verified and w.code == code
        assert w.reasons == "Reasons:"
    assert all(wording(c).verified for c in "EFS")
    assert set(WORDINGS) == set("EFSACR")
    doc = sample_document("R")
    assert {p.role: p.plain for p in layout(doc)}[Role.DOCUMENT] == "Document 82-R"


def test_dates_in_each_language():
    assert wording("E").format_date(dt.date(2014, 10, 7)) == "7 October 2014"
    assert wording("F").format_date(dt.date(2018, 10, 3)) == "3 octobre 2018"
    assert wording("S").format_date(dt.date(2018, 9, 24)) == "24 de septiembre de 2018"
    assert translate_dates("4-22 October 2010", wording("S")) == "4-22 de octubre de 2010"


def test_document_lines():
    meta = Metadata(document_number="34", addendum=1, base_revision=1)
    assert document_line(meta, wording("E")) == "Addendum 1 to Document 34(Rev.1)-E"
    meta = Metadata(document_number="62", addendum=1, language="F")
    assert document_line(meta, wording("F")) == "Addendum 1 au Document 62-F"
    meta = Metadata(document_number="55", addendum=3)
    assert document_line(meta, wording("S")) == "Addéndum 3 al Documento 55-S"
    meta = Metadata(document_number="79", addendum=1, corrigendum=1)
    assert document_line(meta, wording("E")) == "Corrigendum 1 to Document 79(Add.1)-E"
    assert document_line(Metadata(), wording("E")) == "Document XX-E"


def test_compact_references():
    pp = conference("PP-14")
    assert compact_reference(Metadata(conference=pp, document_number="82")) == "PP14/82-E"
    meta = Metadata(conference=pp, document_number="34", addendum=1, base_revision=1)
    assert compact_reference(meta) == "PP14/34(Rev.1)(Add.1)-E"
    wrc = Metadata(conference=conference("WRC-19"), document_number="24")
    assert compact_reference(wrc) == "CMR19/24-E"


def test_wrc_sup_of_a_provision_shows_its_number_only():
    from sample_documents import same

    from proposaleditor.domain.proposals import Proposal, Target, TargetKind
    from proposaleditor.domain.provisions import ProvisionKind

    meta = Metadata(conference=conference("WRC-19"), document_number="24", symbols=["EUR"])
    sup = Proposal(Marker.SUP, Target(TargetKind.RR_PROVISION, "5.338A"), provisions=[
        same(ProvisionKind.PROVISION_NUMBER, "In the bands 1 350-1 400 MHz ...", "5.338A")])
    paras = layout(Document(metadata=meta, parts=[sup]))
    shown = [p for p in paras if p.role is Role.PROVISION]
    assert [(p.plain, p.style) for p in shown] == [("5.338A\t", "Normal")]
    assert by_role(paras, Role.PROPOSAL)[0].plain == "SUP\tEUR/24/1"
