"""Commands: every edit reverts exactly, and redo reproduces it exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposaleditor.domain import commands as c
from proposaleditor.domain import numbering
from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import BlockKind, Document, FreeBlock, Metadata
from proposaleditor.domain.inline import Run, plain_text, runs
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind, Status
from proposaleditor.domain.revisions import Op, Segment, marks_text
from proposaleditor.formats.native import dumps

K = ProvisionKind


def same(text: str, kind: ProvisionKind, label: str | None = None, children=()) -> Provision:
    """A provision in force, unchanged so far."""
    t = runs(text)
    return Provision(kind=kind, base=t, draft=t, label=label, base_label=label,
                     children=list(children))


def sample_document() -> Document:
    meta = Metadata(conference=conference("PP-14"), document_number="82", symbols=["INS"],
                    source="Indonesia (Republic of)")
    received = same("relevant resolutions of world radiocommunication conferences;",
                    K.LETTERED_ITEM, "b)")
    received.received_marks = (
        Segment(Op.KEEP, Run("relevant resolutions of ")),
        Segment(Op.DELETE, Run("all ")),
        Segment(Op.KEEP, Run("world radiocommunication conferences;")),
    )
    received.received_label_marks = (Segment(Op.KEEP, Run("b)")),)
    mod = Proposal(
        marker=Marker.MOD,
        target=Target(TargetKind.RESOLUTION, "182"),
        provisions=[
            same("RESOLUTION 182 (GUADALAJARA, 2010)", K.NUMBER_LINE),
            same("The role of telecommunications in climate change", K.TITLE),
            same("The Plenipotentiary Conference of the International Telecommunication Union "
                 "(Guadalajara, 2010),", K.ENACTING_FORMULA),
            same("recognizing", K.CALL, children=[
                same("Resolution 136 (Rev. Guadalajara, 2010);", K.LETTERED_ITEM, "a)"),
                received,
                same("Resolution 73 (Johannesburg, 2008),", K.LETTERED_ITEM, "c)"),
            ]),
            same("resolves", K.CALL, children=[
                same("to continue ITU activities;", K.NUMBERED_ITEM, "1"),
                same("to encourage energy efficiency;", K.NUMBERED_ITEM, "2", children=[
                    same("in networks;", K.SUB_ITEM, "a)"),
                    same("in devices,", K.SUB_ITEM, "b)"),
                ]),
                same("to report annually.", K.NUMBERED_ITEM, "3"),
            ]),
        ],
        reasons=runs("Climate change needs ITU's leadership."),
    )
    add = Proposal(
        marker=Marker.ADD,
        target=Target(TargetKind.RESOLUTION, "[INS-1]"),
        provisions=[
            Provision(K.NUMBER_LINE, draft=runs("DRAFT NEW RESOLUTION [INS-1]")),
            Provision(K.TITLE, draft=runs("Cyber security")),
            Provision(K.CALL, draft=runs("resolves"), children=[
                Provision(K.NUMBERED_ITEM, draft=runs("to study;"), label="1"),
                Provision(K.NUMBERED_ITEM, draft=runs("to report."), label="2"),
            ]),
        ],
    )
    sup = Proposal(
        marker=Marker.SUP,
        target=Target(TargetKind.RESOLUTION, "163"),
        provisions=[same("RESOLUTION 163 (GUADALAJARA, 2010)", K.NUMBER_LINE),
                    same("Establishment of a Council working group", K.TITLE)],
        reasons=runs("No fundamental change is needed."),
        received_number="INS/82/3",
    )
    return Document(metadata=meta, parts=[
        FreeBlock(BlockKind.PARAGRAPH, runs("Indonesia presents its proposals.")),
        FreeBlock(BlockKind.ANNEX_HEADING, runs("ANNEX 1")),
        mod,
        FreeBlock(BlockKind.ANNEX_HEADING, runs("ANNEX 2")),
        add,
        sup,
    ])


def labels_of(siblings):
    return [marks_text(p.label_marks) for p in siblings]


# -- examples ---------------------------------------------------------------------------------
def test_insert_item_renumbers_siblings_with_marks_and_undo_restores():
    doc = sample_document()
    mod = doc.proposals[0]
    recognizing = mod.provisions[3]
    before = dumps(doc)
    new = c.new_item_like(recognizing.children[0], "Resolution 1307 of the Council;")
    cmd = c.InsertProvision(mod.id, recognizing.children[0].id, "after", [new])
    change = cmd.apply(doc)
    assert change.structure and mod.id in change.proposals
    assert labels_of(recognizing.children) == ["a)", "{+b)+}", "[-b)-]{+c)+}", "[-c)-]{+d)+}"]
    assert new.status is Status.ADDED
    # the received marks of b) stay: only its label was renumbered
    assert marks_text(recognizing.children[2].marks).count("[-all -]") == 1
    cmd.revert(doc)
    assert dumps(doc) == before
    cmd.apply(doc)
    assert labels_of(recognizing.children)[1] == "{+b)+}"


def test_typing_merges_into_one_command():
    doc = sample_document()
    mod = doc.proposals[0]
    item = mod.provisions[4].children[0]
    before = dumps(doc)
    first = c.EditText(mod.id, item.id, runs("to continue and develop ITU activities;"))
    first.apply(doc)
    second = c.EditText(mod.id, item.id, runs("to continue and further develop ITU activities;"))
    second.apply(doc)
    assert first.merge_with(second)
    assert not first.merge_with(c.EditText(mod.id, mod.provisions[0].id, runs("x")))
    assert marks_text(item.marks) == "to continue {+and further develop +}ITU activities;"
    first.revert(doc)
    assert dumps(doc) == before
    first.apply(doc)
    assert plain_text(item.draft) == "to continue and further develop ITU activities;"


def test_sup_collapses_to_identification_and_undo_brings_the_body_back():
    doc = sample_document()
    mod = doc.proposals[0]
    mod.provisions[0].set_draft(runs("RESOLUTION 182 (REV. BUSAN, 2014)"))
    before = dumps(doc)
    cmd = c.SetMarker(mod.id, Marker.SUP)
    cmd.apply(doc)
    assert [p.kind for p in mod.provisions] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA]
    assert mod.provisions[0].status is Status.UNCHANGED  # SUP shows the text in force
    cmd.revert(doc)
    assert dumps(doc) == before


def test_mod_on_an_add_needs_a_base_text():
    doc = sample_document()
    add = doc.proposals[1]
    with pytest.raises(c.CommandError, match="text in force"):
        c.SetMarker(add.id, Marker.MOD).apply(doc)
    before = dumps(doc)
    cmd = c.SetMarker(add.id, Marker.MOD, adopt_as_base=True)
    cmd.apply(doc)
    assert all(p.status is Status.UNCHANGED for p in add.walk())
    cmd.revert(doc)
    assert dumps(doc) == before
    base = [c.clone_as_base(p) for p in doc.proposals[0].provisions[:3]]
    c.SetMarker(add.id, Marker.MOD, base=base).apply(doc)
    assert add.marker is Marker.MOD and add.provisions == base


def test_add_from_mod_makes_the_draft_new_text():
    doc = sample_document()
    mod = doc.proposals[0]
    c.SuppressProvision(mod.id, mod.provisions[3].children[0].id).apply(doc)
    c.SetMarker(mod.id, Marker.ADD).apply(doc)
    assert all(p.status is Status.ADDED for p in mod.walk())
    assert [p.label for p in mod.provisions[3].children] == ["a)", "b)"]


def test_suppress_item_with_sub_items_and_restore():
    doc = sample_document()
    mod = doc.proposals[0]
    resolves = mod.provisions[4]
    two = resolves.children[1]
    two.children.append(Provision(K.SUB_ITEM, draft=runs("added sub-item"), label="c)"))
    before = dumps(doc)
    c.SuppressProvision(mod.id, two.id).apply(doc)
    assert two.status is Status.SUPPRESSED and len(two.children) == 2
    assert all(ch.status is Status.SUPPRESSED for ch in two.children)
    assert labels_of(resolves.children) == ["1", "[-2-]", "[-3-]{+2+}"]
    restore = c.RestoreProvision(mod.id, two.id)
    restore.apply(doc)
    assert labels_of(resolves.children) == ["1", "2", "3"]
    restore.revert(doc)
    assert labels_of(resolves.children) == ["1", "[-2-]", "[-3-]{+2+}"]
    # suppressing an added provision removes it
    doc2 = sample_document()
    add = doc2.proposals[1]
    c.SuppressProvision(add.id, add.provisions[2].children[0].id).apply(doc2)
    assert [p.label for p in add.provisions[2].children] == ["1"]
    del before


def test_indent_and_outdent():
    doc = sample_document()
    add = doc.proposals[1]
    call = add.provisions[2]
    second = call.children[1]
    cmd = c.Indent(add.id, second.id)
    cmd.apply(doc)
    assert call.children[0].children == [second]
    assert second.kind is K.SUB_ITEM and second.label == "a)"
    out = c.Outdent(add.id, second.id)
    out.apply(doc)
    assert call.children[1] is second and second.kind is K.NUMBERED_ITEM and second.label == "2"
    with pytest.raises(c.CommandError):
        c.Indent(add.id, call.children[0].id).apply(doc)
    with pytest.raises(c.CommandError):
        c.Outdent(add.id, add.provisions[0].id).apply(doc)


def test_move_up_down_and_across():
    doc = sample_document()
    mod = doc.proposals[0]
    resolves = mod.provisions[4]
    three = resolves.children[2]
    c.MoveProvision.by(doc, mod.id, three.id, -1).apply(doc)
    assert [p.id for p in resolves.children].index(three.id) == 1
    assert labels_of(resolves.children) == ["1", "[-3-]{+2+}", "[-2-]{+3+}"]
    with pytest.raises(c.CommandError):
        c.MoveProvision.by(doc, mod.id, resolves.children[0].id, -1)
    with pytest.raises(c.CommandError, match="inside itself"):
        c.MoveProvision(mod.id, resolves.id, mod.id, three.id, 0).apply(doc)


def test_split_and_merge_proposals_renumber():
    doc = sample_document()
    doc.proposals[1].received_number = None
    mod = doc.proposals[0]
    resolves = mod.provisions[4]
    before = dumps(doc)
    split = c.SplitProvisionAsProposal(mod.id, resolves.id)
    split.apply(doc)
    new = doc.proposals[1]
    assert new.provisions == [resolves] and new.marker is Marker.NOC
    assert numbering.number_of(doc, new) == "INS/82/2"
    assert numbering.number_of(doc, doc.proposals[2]) == "INS/82/3"
    merge = c.MergeProposal(new.id)
    merge.apply(doc)
    assert mod.provisions[-1] is resolves and len(doc.proposals) == 3
    merge.revert(doc)
    split.revert(doc)
    assert dumps(doc) == before


def test_revise_resolution_number_line_and_formula_in_one_action():
    doc = sample_document()
    mod = doc.proposals[0]
    cmd = c.ReviseResolution(mod.id)
    change = cmd.apply(doc)
    assert len(change.provisions) == 2
    assert marks_text(mod.provisions[0].marks) == (
        "RESOLUTION 182 ([-GUADALAJARA, 2010-]{+REV. BUSAN, 2014+})")
    assert plain_text(mod.provisions[2].draft).endswith("(Busan, 2014),")
    with pytest.raises(c.CommandError, match="already"):
        c.ReviseResolution(mod.id).apply(doc)


def test_set_document_number_and_replace_all():
    doc = sample_document()
    doc.metadata.document_number = None
    before = dumps(doc)
    cmd = c.SetDocumentNumber("82", 1)
    cmd.apply(doc)
    assert list(numbering.numbers(doc).values()) == ["INS/82A1/1", "INS/82A1/2", "INS/82A1/3"]
    cmd.revert(doc)
    assert dumps(doc) == before
    with pytest.raises(c.CommandError):
        c.SetDocumentNumber("8x2")
    rep = c.ReplaceAll("itu", "the Union", whole_words=True)
    rep.apply(doc)
    assert rep.count == 2  # resolves 1 and the reasons of the MOD
    assert "ITU" not in plain_text(doc.proposals[0].reasons)
    rep.revert(doc)
    assert dumps(doc) == before


def test_proposals_add_remove_move():
    doc = sample_document()
    doc.proposals[2].received_number = None
    before = dumps(doc)
    first, second, third = doc.proposals
    c.MoveProposal.by(doc, third.id, -1).apply(doc)
    assert doc.proposals == [first, third, second]
    cmd = c.MoveProposal.by(doc, first.id, +1)
    cmd.apply(doc)
    assert doc.proposals == [third, first, second]
    new = Proposal(Marker.ADD)
    c.AddProposal(new).apply(doc)
    assert numbering.number_of(doc, new) == "INS/82/4"
    c.RemoveProposal(second.id).apply(doc)
    assert numbering.number_of(doc, new) == "INS/82/3"
    del before


def test_revert_without_apply_is_refused():
    with pytest.raises(c.CommandError):
        c.RemoveProposal("x").revert(sample_document())


# -- random sequences -------------------------------------------------------------------------
def _provisions(doc):
    return [(pr, p) for pr in doc.proposals for p in pr.walk()]


def _pick(data, items):
    return data.draw(st.sampled_from(items)) if items else None


_WORDS = st.lists(st.sampled_from(["ITU", "climate", "change", "the", "(Busan, 2014)", ";",
                                   "Member", "States"]), max_size=6).map(" ".join)


def _draw_command(doc: Document, data) -> c.Command | None:
    kind = data.draw(st.sampled_from([
        "edit", "insert", "remove", "suppress", "restore", "indent", "outdent", "move",
        "move_any", "marker", "add_proposal", "remove_proposal", "move_proposal", "split",
        "merge", "reasons", "metadata", "revise", "docnumber", "replace", "kind", "target",
        "block",
    ]))
    pairs = _provisions(doc)
    pair = _pick(data, pairs)
    proposals = doc.proposals
    proposal = _pick(data, proposals)
    if kind == "edit" and pair:
        text = data.draw(_WORDS)
        return c.EditText(pair[0].id, pair[1].id, runs(text) if text else None)
    if kind == "insert":
        if pair:
            where = data.draw(st.sampled_from(["before", "after", "child"]))
            return c.InsertProvision(pair[0].id, pair[1].id, where,
                                     [c.new_item_like(pair[1], data.draw(_WORDS))])
        if proposal:
            return c.InsertProvision(proposal.id, None, "end",
                                     [Provision(K.PARAGRAPH, draft=runs("new"))])
    if kind == "remove" and pair:
        return c.RemoveProvision(pair[0].id, pair[1].id)
    if kind == "suppress" and pair:
        return c.SuppressProvision(pair[0].id, pair[1].id)
    if kind == "restore" and pair:
        return c.RestoreProvision(pair[0].id, pair[1].id)
    if kind == "indent" and pair:
        return c.Indent(pair[0].id, pair[1].id)
    if kind == "outdent" and pair:
        return c.Outdent(pair[0].id, pair[1].id)
    if kind == "move" and pair:
        return c.MoveProvision.by(doc, pair[0].id, pair[1].id, data.draw(st.sampled_from([-1, 1])))
    if kind == "move_any" and pair:
        dest = _pick(data, proposals)
        parents = [None, *[p.id for p in dest.walk()]]
        parent_id = _pick(data, parents)
        return c.MoveProvision(pair[0].id, pair[1].id, dest.id, parent_id,
                               data.draw(st.integers(0, 3)))
    if kind == "marker" and proposal:
        marker = data.draw(st.sampled_from(list(Marker)))
        adopt = data.draw(st.booleans())
        return c.SetMarker(proposal.id, marker, adopt_as_base=adopt)
    if kind == "add_proposal":
        index = data.draw(st.integers(0, len(doc.parts)))
        return c.AddProposal(Proposal(Marker.ADD, provisions=[
            Provision(K.PARAGRAPH, draft=runs("new text"))]), index)
    if kind == "remove_proposal" and proposal:
        return c.RemoveProposal(proposal.id)
    if kind == "move_proposal" and proposal:
        return c.MoveProposal(proposal.id, data.draw(st.integers(0, len(doc.parts))))
    if kind == "split" and pair:
        return c.SplitProvisionAsProposal(pair[0].id, pair[1].id)
    if kind == "merge" and proposal:
        return c.MergeProposal(proposal.id)
    if kind == "reasons" and proposal:
        return c.EditReasons(proposal.id, runs(data.draw(_WORDS)))
    if kind == "metadata":
        meta = Metadata(conference=conference(data.draw(st.sampled_from(["PP-14", "PP-18"]))),
                        symbols=data.draw(st.sampled_from([["INS"], ["B", "CAN"]])))
        return c.EditMetadata(meta, bracketed=data.draw(st.booleans()))
    if kind == "revise" and proposal:
        return c.ReviseResolution(proposal.id)
    if kind == "docnumber":
        return c.SetDocumentNumber(data.draw(st.sampled_from([None, "82", "104"])),
                                   data.draw(st.sampled_from([None, 1, 2])))
    if kind == "replace":
        return c.ReplaceAll(data.draw(st.sampled_from(["ITU", "the", ";"])), data.draw(_WORDS))
    if kind == "kind" and pair:
        return c.SetProvisionKind(pair[0].id, pair[1].id, data.draw(st.sampled_from(list(K))))
    if kind == "target" and proposal:
        return c.SetTarget(proposal.id, Target(TargetKind.DECISION, "5"))
    if kind == "block":
        blocks = [b for b in doc.parts if isinstance(b, FreeBlock)]
        if blocks:
            return c.EditBlock(_pick(data, blocks).id, runs(data.draw(_WORDS)))
    return None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_command_sequences_undo_and_redo_exactly(data):
    doc = sample_document()
    history: list[tuple[c.Command, str, str]] = []
    for _ in range(data.draw(st.integers(1, 12))):
        try:
            cmd = _draw_command(doc, data)
        except c.CommandError:
            continue
        if cmd is None:
            continue
        before = dumps(doc)
        try:
            cmd.apply(doc)
        except c.CommandError:
            assert dumps(doc) == before, "a refused command changed the document"
            continue
        after = dumps(doc)
        # apply / revert / apply round trip of the single command
        cmd.revert(doc)
        assert dumps(doc) == before
        cmd.apply(doc)
        assert dumps(doc) == after
        history.append((cmd, before, after))
    for cmd, before, _after in reversed(history):
        cmd.revert(doc)
        assert dumps(doc) == before
    for cmd, _before, after in history:
        cmd.apply(doc)
        assert dumps(doc) == after


def test_decimal_sub_items_follow_their_renumbered_item():
    """recommends 1 with parts 1.1, 1.2 (ITU-R Recommendations): an item inserted before it
    makes it 2, and its parts 2.1, 2.2; undo brings 1.1 and 1.2 back."""
    def item(label, *children):
        return Provision(ProvisionKind.NUMBERED_ITEM, runs(f"text {label}"),
                         runs(f"text {label}"), label=label, base_label=label,
                         children=list(children))

    parts = [Provision(ProvisionKind.SUB_ITEM, runs(f"part {n}"), runs(f"part {n}"),
                       label=f"1.{n}", base_label=f"1.{n}") for n in (1, 2)]
    doc = sample_document()
    mod = doc.proposals[0]
    recommends = mod.provisions[3]
    recommends.children[:] = [item("1", *parts), item("2")]
    before = dumps(doc)
    new = Provision(ProvisionKind.NUMBERED_ITEM, None, runs("a new first item"))
    cmd = c.InsertProvision(mod.id, recommends.children[0].id, "before", [new])
    cmd.apply(doc)
    assert [p.label for p in recommends.children] == ["1", "2", "3"]
    assert [p.label for p in parts] == ["2.1", "2.2"]
    assert labels_of(parts) == ["[-1.1-]{+2.1+}", "[-1.2-]{+2.2+}"]
    cmd.revert(doc)
    assert dumps(doc) == before
