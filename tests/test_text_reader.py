import datetime as dt

import pytest

from proposaleditor.domain.document import BlockKind
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind, Status
from proposaleditor.domain.revisions import marks_text
from proposaleditor.formats.errors import FormatError
from proposaleditor.formats.text_reader import read, read_text


@pytest.fixture(scope="module")
def example():
    from conftest import EXAMPLE

    return read(EXAMPLE)


def call(proposal, words):
    return next(p for p in proposal.provisions
                if p.kind is ProvisionKind.CALL and p.text.startswith(words))


def test_cover(example):
    meta = example.metadata
    assert meta.document_number == "82"
    assert meta.date == dt.date(2014, 10, 7)
    assert meta.original_languages == ["E"] and meta.language == "E"
    assert meta.source == "Indonesia (Republic of)"
    assert meta.title == "PROPOSALS FOR THE WORK OF THE CONFERENCE"
    assert meta.meeting == "PLENARY MEETING"
    assert meta.conference.short == "PP-14" and meta.conference.place == "Busan"
    assert meta.symbols == ["INS"]


def test_three_proposals(example):
    got = [(p.marker, p.received_number, p.target.kind, p.target.number)
           for p in example.proposals]
    assert got == [
        (Marker.MOD, "INS/82/1", TargetKind.RESOLUTION, "182"),
        (Marker.MOD, "INS/82/2", TargetKind.RESOLUTION, "130"),
        (Marker.SUP, "INS/82/3", TargetKind.RESOLUTION, "163"),
    ]
    assert not any(p.has_reasons for p in example.proposals)


def test_identification_of_a_revised_resolution(example):
    res182 = example.proposals[0]
    kinds = [p.kind for p in res182.provisions[:4]]
    assert kinds == [ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE,
                     ProvisionKind.ENACTING_FORMULA, ProvisionKind.CALL]
    number_line, _, formula = res182.provisions[:3]
    assert "([-GUADALAJARA, 2010 -]REV. BUSAN, 2014)" in marks_text(number_line.marks)
    # the enacting formula's two lines are one provision again
    assert formula.text.startswith("The Plenipotentiary Conference")
    assert formula.text.endswith("(Busan, 2014),")


def test_calls_items_and_renumbering_of_resolution_182(example):
    res182 = example.proposals[0]
    calls = [p.text for p in res182.provisions if p.kind is ProvisionKind.CALL]
    assert calls[:5] == ["recognizing", "recognizing further", "considering",
                         "considering further", "aware"]
    assert "invites Member States, Sector Members and Associates" in calls
    recognizing = call(res182, "recognizing")
    assert [p.label for p in recognizing.children] == ["a)", "b)", "c)", "d)", "e)", "f)"]
    assert all(p.kind is ProvisionKind.LETTERED_ITEM for p in recognizing.children)
    instructs = call(res182, "instructs the Secretary-General")
    labels = [marks_text(p.label_marks) for p in instructs.children]
    assert labels == ["1", "2", "3", "4", "{+5+}", "{+6+}", "[-5-]{+7+}", "[-6-]{+8+}",
                      "[-7-]{+9+}"]
    assert [p.status for p in instructs.children[4:6]] == [Status.ADDED, Status.ADDED]


def test_deletions_become_base_only_text(example):
    recognizing = call(example.proposals[0], "recognizing")
    d = recognizing.children[3]
    assert marks_text(d.marks).startswith("Resolution 66 (Rev. [-Hyderabad, 2010 -]Dubai, 2014)")
    assert d.text.startswith("Resolution 66 (Rev. Dubai, 2014)")


def test_dash_items_sub_items_and_footnote(example):
    res182 = example.proposals[0]
    directors = call(res182, "instructs the Directors")
    dashes = directors.children[1].children
    assert [p.kind for p in dashes] == [ProvisionKind.DASH_ITEM] * 4
    assert dashes[0].text == "to improve the energy efficiency of ICT equipment"
    tsb = call(res182, "instructs the Director of the Telecommunication Standardization")
    assert [c.label for c in tsb.children[0].children] == ["i)", "ii)"]
    assert all(c.kind is ProvisionKind.SUB_ITEM for c in tsb.children[0].children)
    instructs = call(res182, "instructs the Secretary-General")
    footnotes = [r.footnote for r in instructs.children[4].draft if r.footnote]
    assert [f.text for f in footnotes] == ["To be formalized by the relevant Regional meetings."]
    # a paragraph broken by the page end and the footnote is one provision again
    assert tsb.children[1].text.endswith("throughout the lifecycle of telecommunication/ICT "
                                         "equipment;")


def test_resolution_130_inserted_item_with_sub_items_and_run_together_labels(example):
    res130 = example.proposals[1]
    resolves = call(res130, "resolves")
    labels = [marks_text(p.label_marks) for p in resolves.children]
    assert labels == ["1", "{+2+}", "[-2-]{+3+}", "[-3-]{+4+}"]
    added = resolves.children[1]
    assert [c.label for c in added.children] == [f"{c})" for c in "abcdefghij"]
    assert all(c.status is Status.ADDED for c in added.walk())
    recognizing = call(res130, "recognizing")
    assert [c.label for c in recognizing.children] == [f"{c})" for c in "abcdefghi"]
    assert [c.label for c in recognizing.children[7].children] == ["i)", "ii)"]
    # the quotation broken across pages stays inside item e)
    assert "at national, regional and international levels" in recognizing.children[4].text
    tsb = call(res130, "instructs the Director of the Telecommunication Standardization")
    assert [c.label for c in tsb.children[0].children[2].children] == ["a)", "b)"]


def test_sup_keeps_the_identification_only(example):
    sup = example.proposals[2]
    assert [p.kind for p in sup.provisions] == [ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE,
                                                ProvisionKind.ENACTING_FORMULA]
    assert all(p.status is Status.SUPPRESSED for p in sup.provisions)
    title = sup.provisions[1]
    assert title.base[0].bold
    assert title.text == "Establishment of a Council working group on a stable ITU Constitution"


def test_free_text_introduction_and_annexes(example):
    blocks = [p for p in example.parts if not hasattr(p, "marker")]
    annexes = [b for b in blocks if b.kind is BlockKind.ANNEX_HEADING]
    assert len(annexes) == 3
    items = [b for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert [b.label for b in items[:3]] == ["1", "2", "3"]


def test_addendum_cover_and_bracketed_numbers():
    text = """World Radiocommunication Conference (WRC-19)
Sharm el-Sheikh, 28 October – 22 November 2019

PLENARY MEETING
Addendum 3 to Document 55-S
24 de septiembre de 2018
Original: inglés/francés

Member States of the African Telecommunications Union

PROPOSALS FOR THE WORK OF THE CONFERENCE

ADD [AFCP/55A3/1]

DRAFT NEW RESOLUTION [AFCP-1]

Use of the band

The World Radiocommunication Conference (Sharm el-Sheikh, 2019),

considering

a) that something is needed;

b) that more is needed,

resolves

that it be done.

Reasons: To do it.
"""
    doc = read_text(text)
    meta = doc.metadata
    assert meta.conference.short == "WRC-19" and meta.addendum == 3
    assert meta.document_number == "55" and meta.language == "S"
    assert meta.date == dt.date(2018, 9, 24)
    assert meta.original_languages == ["E", "F"]
    assert meta.source.startswith("Member States of the African")
    (add,) = doc.proposals
    assert add.marker is Marker.ADD and add.received_number == "[AFCP/55A3/1]"
    assert add.target.number == "[AFCP-1]"
    assert add.has_reasons and add.reasons[0].text == "To do it."
    assert all(p.status is Status.ADDED for p in add.walk())


def test_unreadable_files_give_one_line_errors(tmp_path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(FormatError, match="binary"):
        read(binary)
    with pytest.raises(FormatError):
        read(tmp_path / "missing.txt")


def test_text_without_proposals_is_kept_and_reported():
    doc = read_text("Just a letter.\n\nWith two paragraphs.")
    assert len(doc.parts) == 2 and not doc.proposals
    assert any("no proposal" in note for note in doc.import_notes)


def test_bracketed_document_line_of_a_regional_draft():
    """A regional group's draft before the ITU numbers it: the document line in brackets, broken
    after "to" (CEPT's CPG documents), and the rest of the cover read as usual."""
    text = """World Radiocommunication Conference (WRC-15)
Geneva, 2–27 November 2015
[Addendum 20 to
Document 9-E]
17 June 2015
Original: English
PLENARY MEETING
European Common Proposals (CEPT)
PROPOSALS FOR THE WORK OF THE CONFERENCE
Agenda item 4
MOD\tEUR/XX/1
RESOLUTION 28 (REV.WRC-15)
Revision of references to the text of ITU-R Recommendations
The World Radiocommunication Conference (Geneva, 2015),
considering
a)\tthat the Voluntary Group of Experts proposed the transfer of certain texts;
Reasons:\tUpdate.
"""
    document = read_text(text, name="cept.txt")
    meta = document.metadata
    assert (meta.document_number, meta.addendum, meta.language) == ("9", 20, "E")
    assert (meta.source, meta.title) == ("European Common Proposals (CEPT)",
                                         "PROPOSALS FOR THE WORK OF THE CONFERENCE")
    assert meta.agenda_item == "4"
    [mod] = document.proposals
    assert (mod.received_number, mod.target.number) == ("EUR/XX/1", "28")
