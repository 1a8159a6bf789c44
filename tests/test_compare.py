"""Clause alignment of proposals on the same resolution (domain/compare.py)."""

from __future__ import annotations

import pytest
from compare_samples import (
    CONSIDERING,
    NEW_RESOLVES_2,
    RESOLVES,
    K,
    acp_document,
    antalya_edition,
    document,
    eur_document,
    ins_document,
    resolution,
    same,
)

from proposaleditor.domain.compare import (
    Agreement,
    CellStatus,
    available_targets,
    compare,
    compare_documents,
    find_sources,
    resolve_target,
    similarity,
)
from proposaleditor.domain.inline import runs
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision
from proposaleditor.domain.revisions import marks_text

RES130 = ("resolution", "130")


@pytest.fixture
def docs():
    return [ins_document(), acp_document(), eur_document()]


def row_where(comparison, source_index, text_start):
    """The row whose cell in the given column starts with the text."""
    for row in comparison.rows:
        cell = row.cells[source_index]
        if cell is not None and (cell.draft_text or plain_base(cell)).startswith(text_start):
            return row
    raise AssertionError(f"no row starting {text_start!r} in column {source_index}")


def plain_base(cell):
    from proposaleditor.domain.inline import plain_text

    return plain_text(cell.base)


def test_the_instrument_is_found_in_every_document_and_named_by_proposal_number(docs):
    assert resolve_target("Resolution 130", docs) == RES130
    assert resolve_target("res. 130", docs) == RES130
    assert resolve_target("RESOLUTION130", docs) == RES130
    assert resolve_target("Resolution 999", docs) is None
    assert available_targets(docs)[RES130] == "Resolution 130"
    sources = find_sources(docs, RES130)
    # the second proposal of Document 82, the fortieth of 12, the first of Addendum 14 to 34
    assert [s.name for s in sources] == ["INS/82/2", "ACP/12/40", "EUR/34A14/1"]
    assert sources[0].submitter == "Indonesia (Republic of)"
    assert sources[0].heading == "Indonesia (Republic of)\nINS/82/2"


def test_renumbered_items_line_up_with_their_original(docs):
    c = compare_documents(docs, RES130, base=True)
    assert [s.name for s in c.sources] == ["Base", "INS/82/2", "ACP/12/40", "EUR/34A14/1"]
    old_2 = row_where(c, 0, RESOLVES[1][1][:30])
    # Indonesia and CEPT inserted a new 2, so the old 2 is their 3; APT kept it as 2
    assert [cell.label for cell in old_2.cells] == ["2", "3", "2", "3"]
    assert [cell.label_marks and marks_text(cell.label_marks) for cell in old_2.cells] == [
        "2", "[-2-]{+3+}", "2", "[-2-]{+3+}"]
    assert old_2.ref == "resolves 2"
    old_3 = row_where(c, 0, RESOLVES[2][1][:30])
    assert [cell.label for cell in old_3.cells] == ["3", "4", "3", "4"]
    # the inserted item has its own row between resolves 1 and the old resolves 2, its
    # sub-items right under it, and is absent where nobody inserted it
    new_2 = row_where(c, 1, NEW_RESOLVES_2[:30])
    i = c.rows.index(new_2)
    assert c.rows[i - 1].ref == "resolves 1"
    assert [r.ref for r in c.rows[i: i + 5]] == [
        "resolves 2 (added)", "resolves 2 a) (added)", "resolves 2 b) (added)",
        "resolves 2 c) (added)", "resolves 2"]
    assert new_2.cells[0] is None and new_2.cells[2] is None
    assert new_2.cells[1].status is CellStatus.ADDED
    # every row holds at most one provision per source and every provision is in a row
    for s, source in enumerate(c.sources):
        placed = [row.cells[s].provision for row in c.rows if row.cells[s] is not None]
        expected = [p for p in source.proposal.walk()
                    if not (source.base_side and p.base is None)]
        assert sorted(map(id, placed)) == sorted(map(id, expected))


def test_identical_changes_agree_and_unchanged_rows_agree(docs):
    ins, _acp, eur = find_sources(docs, RES130)
    c = compare([ins, eur])
    new_2 = row_where(c, 0, NEW_RESOLVES_2[:30])
    assert new_2.cells[1] is not None  # CEPT's identical insertion lines up with Indonesia's
    assert new_2.agreement is Agreement.AGREE and new_2.changed
    number_line = c.rows[0]
    assert number_line.kind is K.NUMBER_LINE
    assert number_line.agreement is Agreement.AGREE and number_line.changed
    title = c.rows[1]
    assert title.agreement is Agreement.AGREE and not title.changed
    # resolves 1: Indonesia extends it, CEPT keeps it: they differ but do not conflict
    assert row_where(c, 0, "to continue to give").agreement is Agreement.DIFFER


def test_different_changes_to_the_same_words_conflict(docs):
    ins, acp, eur = find_sources(docs, RES130)
    c = compare([ins, acp, eur])
    resolves_1 = row_where(c, 0, "to continue to give")
    assert resolves_1.agreement is Agreement.CONFLICT
    assert marks_text(c.word_diff(resolves_1, 0, 1)).startswith(
        "to continue to give this work high priority within ITU, in accordance with its "
        "[-competences and expertise, and to provide governments,")
    # the same pair on a row where only one of them changes something: a difference
    assert row_where(c, 0, "consistent with Resolution 45").agreement is Agreement.DIFFER


def test_changes_to_different_words_of_the_same_provision_only_differ():
    base = resolution()
    left = resolution(considering=[
        same(K.LETTERED_ITEM, CONSIDERING[0][1], "a)"),
        Provision(K.LETTERED_ITEM, base=runs(CONSIDERING[1][1]), label="b)", base_label="b)",
                  draft=runs(CONSIDERING[1][1].replace("has been invited", "was invited"))),
        same(K.LETTERED_ITEM, CONSIDERING[2][1], "c)")])
    right = resolution(considering=[
        same(K.LETTERED_ITEM, CONSIDERING[0][1], "a)"),
        Provision(K.LETTERED_ITEM, base=runs(CONSIDERING[1][1]), label="b)", base_label="b)",
                  draft=runs(CONSIDERING[1][1].replace("as appropriate", "where appropriate"))),
        same(K.LETTERED_ITEM, CONSIDERING[2][1], "c)")])
    from proposaleditor.domain.compare import Source

    c = compare([Source("Base", base).base_column(), Source("A/1/1", left),
                 Source("B/2/1", right)])
    row = row_where(c, 0, CONSIDERING[1][1][:30])
    assert row.agreement is Agreement.DIFFER
    # both make the very same change: agree, whatever else differs elsewhere
    c = compare([Source("A/1/1", left), Source("A/1/2", left)])
    assert all(r.agreement is Agreement.AGREE for r in c.rows)


def test_a_suppressed_item_keeps_its_row_and_the_items_after_it_line_up(docs):
    c = compare_documents(docs, RES130, base=True)
    mou = row_where(c, 0, "consistent with Resolution 45")
    acp = mou.cells[2]
    assert acp.status is CellStatus.SUPPRESSED and acp.draft is None
    assert acp.label == "2" and marks_text(acp.label_marks) == "[-2-]"
    assert mou.agreement is Agreement.DIFFER  # suppressed by APT, kept unchanged by the others
    gateway = row_where(c, 0, "to continue to maintain the cybersecurity gateway")
    assert [cell.label for cell in gateway.cells] == ["4", "4", "3", "4"]


def test_a_text_renumbered_without_base_labels_lines_up_by_its_words():
    """A clean text (labels as printed, no marks): label 2 is the new item, not the old 2."""
    base = resolution()
    clean = resolution(resolves=[
        same(K.NUMBERED_ITEM, RESOLVES[0][1], "1"),
        same(K.NUMBERED_ITEM, NEW_RESOLVES_2, "2"),
        same(K.NUMBERED_ITEM, RESOLVES[1][1], "3"),
        same(K.NUMBERED_ITEM, RESOLVES[2][1], "4"),
    ], marker=Marker.NOC)
    from proposaleditor.domain.compare import Source

    c = compare([Source("Base", base).base_column(), Source("X/1/1", clean)])
    old_2 = row_where(c, 0, RESOLVES[1][1][:30])
    assert old_2.cells[1].label == "3"
    old_3 = row_where(c, 0, RESOLVES[2][1][:30])
    assert old_3.cells[1].label == "4"
    new = row_where(c, 1, NEW_RESOLVES_2[:30])
    assert new.cells[0] is None
    assert c.rows.index(new) == c.rows.index(old_2) - 1


def test_a_moved_item_stays_in_the_row_of_its_original():
    base = resolution()
    moved = resolution(
        considering=[same(K.LETTERED_ITEM, CONSIDERING[0][1], "a)"),
                     same(K.LETTERED_ITEM, CONSIDERING[1][1], "b)")],
        resolves=[*(same(K.NUMBERED_ITEM, t, label) for label, t in RESOLVES),
                  Provision(K.NUMBERED_ITEM, draft=runs(CONSIDERING[2][1]), label="4")])
    from proposaleditor.domain.compare import Source

    c = compare([Source("Base", base).base_column(), Source("X/1/1", moved)])
    gca = row_where(c, 0, CONSIDERING[2][1])
    assert gca.cells[1] is not None and gca.cells[1].label == "4"
    assert gca.ref == "considering c)"


def test_sources_against_another_edition_are_aligned_and_reported(docs):
    rus = document([antalya_edition()], source="Russian Federation", symbols=["RUS"],
                   number="50")
    c = compare_documents([*docs, rus], RES130)
    assert c.bases_differ
    assert "different texts in force" in c.messages[0] and "RUS/50/1" in c.messages[0]
    considering_b = row_where(c, 0, CONSIDERING[1][1][:30])
    assert all(cell is not None for cell in considering_b.cells)
    assert considering_b.bases_differ
    # the call reads "instructs the Secretary-General" in the older edition: still one row
    calls = [r for r in c.rows if r.kind is K.CALL and r.head.startswith("instructs")]
    assert len(calls) == 1 and all(cell is not None for cell in calls[0].cells)
    # a row whose base words are the same in every edition is not flagged
    assert not row_where(c, 0, "to continue to give").bases_differ


def test_a_suppression_of_the_whole_resolution_reads_as_suppressed_everywhere(docs):
    ins = find_sources(docs, RES130)[0]
    sup = Proposal(Marker.SUP, Target(TargetKind.RESOLUTION, "130"),
                   provisions=[same(K.NUMBER_LINE, "RESOLUTION 130 (REV. GUADALAJARA, 2010)"),
                               same(K.TITLE, ins.proposal.provisions[1].text)])
    from proposaleditor.domain.compare import Source

    c = compare([ins, Source("USA/9/1", sup)])
    data = c.to_json()
    resolves_1 = next(r for r in data["rows"] if r["ref"] == "resolves 1")
    assert [cell["status"] for cell in resolves_1["cells"]] == ["modified", "suppressed"]
    assert resolves_1["agreement"] == "differ"


def test_json_lists_rows_with_per_source_status(docs):
    data = compare_documents(docs, RES130, base=True).to_json()
    assert data["target"] == "Resolution 130"
    assert [s["name"] for s in data["sources"]] == ["Base", "INS/82/2", "ACP/12/40",
                                                   "EUR/34A14/1"]
    assert data["sources"][0]["base"] is True
    new_2 = next(r for r in data["rows"] if r["ref"] == "resolves 2 (added)")
    assert [cell["status"] for cell in new_2["cells"]] == ["absent", "added", "absent", "added"]
    old_2 = next(r for r in data["rows"] if r["ref"] == "resolves 2")
    assert old_2["cells"][1]["label"] == "3" and old_2["cells"][1]["base_label"] == "2"
    resolves_1 = next(r for r in data["rows"] if r["ref"] == "resolves 1")
    assert resolves_1["agreement"] == "conflict"
    assert "{+" in resolves_1["cells"][1]["marks"]


def test_similarity_is_the_word_multiset_ratio_difflib_computes():
    from collections import Counter
    from difflib import SequenceMatcher

    a = ["the", "ITU", "Global", "Cybersecurity", "Agenda"]
    b = ["the", "Global", "Agenda", "of", "ITU"]
    expected = SequenceMatcher(None, [w.casefold() for w in a],
                               [w.casefold() for w in b]).quick_ratio()
    got = similarity(Counter(w.casefold() for w in a), Counter(w.casefold() for w in b))
    assert got == pytest.approx(expected)


def test_nothing_to_compare_is_an_error(docs):
    with pytest.raises(LookupError, match="no proposal on 999"):
        compare_documents(docs, ("resolution", "999"))
    with pytest.raises(ValueError):
        compare([])


# -- the example document ------------------------------------------------------------------------
def _example_sources(example_path):
    """Indonesia's Resolution 130 as read, and proposals by others built on its text in force."""
    import copy

    from proposaleditor.domain.compare import Source
    from proposaleditor.domain.labels import renumber_tree
    from proposaleditor.formats.text_reader import read

    ins_doc = read(example_path)
    ins = find_sources([ins_doc], RES130)[0]

    def clean_copy() -> Proposal:
        """The text in force as another administration starts from it: no change yet."""
        proposal = copy.deepcopy(ins.proposal)
        for p in list(proposal.walk()):
            for siblings in (proposal.provisions, *(q.children for q in proposal.walk())):
                if p in siblings and p.base is None:
                    siblings.remove(p)
        for p in proposal.walk():
            p.draft, p.label, p.received_marks, p.received_label_marks = (
                p.base, p.base_label, None, None)
        return proposal

    # APT: resolves 1 changed in the words Indonesia changes, instructs ... 2 (the MoU) deleted
    acp = clean_copy()
    resolves = next(p for p in acp.provisions if p.text == "resolves")
    first = resolves.children[0]
    first.set_draft(runs(first.text.replace("competences and expertise", "mandate")))
    # the same revised number line as Indonesia; the formula's place and year written otherwise
    acp.provisions[0].set_draft(runs("RESOLUTION 130 (REV. BUSAN, 2014)"))
    formula = acp.provisions[2]
    formula.set_draft(runs(formula.text.split("(")[0] + "(Busan 2014),"))
    instructs = next(p for p in acp.provisions if p.text.startswith("instructs the Secretary"))
    instructs.children[1].set_draft(None)
    renumber_tree(acp.provisions)
    # an administration that worked from the previous edition (Rev. Antalya, 2006)
    old = clean_copy()
    old.provisions[0].base = runs("RESOLUTION 130 (REV. ANTALYA, 2006)")
    old.provisions[0].set_draft(runs("RESOLUTION 130 (REV. BUSAN, 2014)"))
    recalling = next(p for p in old.provisions if p.text == "recalling")
    del recalling.children[0]  # Antalya could not recall itself
    renumber_tree(old.provisions)
    for p in recalling.children:  # ... so its items were lettered one earlier
        p.base_label = p.label
    return ins, Source("ACP/12/40", acp, submitter="APT"), Source("RCC/62A1/1", old)


def test_the_example_resolution_130_against_other_proposals_and_an_earlier_edition(
        example_path):
    ins, acp, old = _example_sources(example_path)
    c = compare([ins.base_column(), ins, acp, old])
    assert c.bases_differ and "RCC/62A1/1" in c.messages[0]
    # resolves 2 and 3 of the text in force are Indonesia's 3 and 4, APT's and RCC's 2 and 3
    old_2 = row_where(c, 0, "to give high priority to the work in ITU")
    assert [cell.label for cell in old_2.cells] == ["2", "3", "2", "2"]
    assert old_2.ref == "resolves 2"
    # Indonesia's new resolves 2 and its ten items a) to j) sit between resolves 1 and 2
    added = [r for r in c.rows if r.ref.endswith("(added)")]
    assert [r.ref for r in added][:2] == ["resolves 2 (added)", "resolves 2 a) (added)"]
    assert len(added) == 11 and all(r.cells[1] and not r.cells[2] for r in added)
    assert c.rows.index(added[-1]) + 1 == c.rows.index(old_2)
    # Indonesia's marks as read and APT's derived ones make the same number line: agree; the
    # two change the formula's "Guadalajara, 2010" differently: conflict
    assert c.rows[0].kind is K.NUMBER_LINE
    assert c.rows[0].cells[1].draft_text == c.rows[0].cells[2].draft_text
    formula = c.rows[2]
    assert formula.kind is K.ENACTING_FORMULA
    assert formula.agreement is Agreement.CONFLICT
    # resolves 1 as read carries no marks (the underline was lost in the text): APT's change
    # alone makes the row differ
    resolves_1 = row_where(c, 0, "to continue to give this work high priority")
    assert resolves_1.agreement is Agreement.DIFFER
    # APT's suppression, with the following items renumbered and still aligned
    mou = row_where(c, 0, "consistent with Resolution 45")
    assert mou.cells[2].status is CellStatus.SUPPRESSED
    gateway = row_where(c, 0, "to continue to maintain the cybersecurity gateway")
    assert [cell.label for cell in gateway.cells] == ["4", "4", "3", "4"]
    # the previous edition lacks recalling a): its b) is Indonesia's b), lettered a) there
    cirts = row_where(c, 0, "Resolution 69 (Hyderabad, 2010) of the World")
    assert [cell.label for cell in cirts.cells] == ["b)", "b)", "b)", "a)"]
    antalya = row_where(c, 0, "Resolution 130 (Rev. Antalya, 2006)")
    assert antalya.cells[3] is None and antalya.agreement is Agreement.DIFFER


def test_suppressing_what_another_source_amends_is_a_conflict(docs):
    from proposaleditor.domain.compare import Source

    ins = find_sources(docs, RES130)[0]
    base = resolution()
    cut = resolution(resolves=[
        Provision(K.NUMBERED_ITEM, base=runs(RESOLVES[0][1]), draft=None, base_label="1"),
        *(same(K.NUMBERED_ITEM, t, label) for label, t in RESOLVES[1:])])
    c = compare([Source("Base", base).base_column(), ins, Source("USA/9/1", cut)])
    resolves_1 = row_where(c, 0, "to continue to give")
    assert resolves_1.cells[2].status is CellStatus.SUPPRESSED
    assert resolves_1.agreement is Agreement.CONFLICT
    # the number line: Indonesia revises it, USA keeps it: a difference, not a conflict
    assert c.rows[0].agreement is Agreement.DIFFER
