from hypothesis import given, settings
from hypothesis import strategies as st

from proposaleditor.domain.inline import Run, runs
from proposaleditor.domain.revisions import (
    Op,
    base_of,
    count_changes,
    diff,
    draft_of,
    label_marks,
    marks_text,
)


def marked(a, b):
    return marks_text(diff(runs(a), runs(b)))


def test_replaced_phrase_is_one_deletion_then_one_insertion():
    assert marked("RESOLUTION 182 (Guadalajara, 2010)", "RESOLUTION 182 (Rev. Busan, 2014)") == (
        "RESOLUTION 182 ([-Guadalajara, 2010-]{+Rev. Busan, 2014+})"
    )


def test_whole_words_are_marked_never_parts_of_words():
    assert marked("within their mandates", "within their mandate") == (
        "within their [-mandates-]{+mandate+}"
    )


def test_deleted_word_takes_its_space_and_keeps_single_spacing():
    assert marked("reduction of the carbon footprint", "reduction of carbon footprint") == (
        "reduction of [-the -]carbon footprint"
    )


def test_whitespace_only_differences_give_no_marks():
    assert marked("a  b\tc ", "a b c") == "a b c"
    assert marked("  lead", "lead") == "lead"


def test_replacement_keeps_the_shared_space_outside_the_marks():
    assert marked("of the United Nations Climate", "of the UN Climate") == (
        "of the [-United Nations-]{+UN+} Climate"
    )


def test_punctuation_attaches_to_the_appended_clause():
    assert marked("end of text", "end of text, more words.") == "end of text{+, more words.+}"


def test_formatting_is_kept_and_compared():
    base = (Run("see "), Run("considering", italic=True), Run(" a) above"))
    draft = (Run("see "), Run("considering", italic=True), Run(" b) above"))
    marks = diff(base, draft)
    assert [s.run.italic for s in marks if s.text.strip() == "considering"] == [True]
    assert marks_text(marks) == "see considering [-a-]{+b+}) above"
    # the same word made italic is a change
    assert count_changes(diff(runs("resolves"), (Run("resolves", italic=True),))) == (1, 1)


def test_additions_and_suppressions():
    assert [s.op for s in diff(None, runs("new"))] == [Op.INSERT]
    assert [s.op for s in diff(runs("old"), None)] == [Op.DELETE]
    assert diff(None, None) == ()


def test_renumbered_label_reads_old_deleted_new_inserted():
    assert marks_text(label_marks("5", "7")) == "[-5-]{+7+}"
    assert marks_text(label_marks("5", "5")) == "5"
    assert marks_text(label_marks(None, "7")) == "{+7+}"


def test_diff_is_deterministic():
    a, b = runs("the strategic plan for 2012-2015 gives"), runs("the Strategic Plan for 2016-2019")
    assert diff(a, b) == diff(a, b)


words = st.sampled_from(["ITU", "the", "Union", "of", "climate", "change", ",", ";", "(Rev.",
                         "2014)", "resolves", "Member", "States", "é", "ICTs/ICT"])
texts = st.lists(words, max_size=25).map(" ".join)
# formatting changes at word boundaries, as in real texts (a run ends with its word's space)
fmt_runs = st.lists(
    st.builds(Run, texts.map(lambda t: t + " "), italic=st.booleans(), bold=st.booleans()),
    max_size=4,
).map(tuple)


@settings(max_examples=300, deadline=None)
@given(fmt_runs, fmt_runs)
def test_marks_reproduce_base_and_draft_exactly(base, draft):
    """Keep+delete gives the base text back and keep+insert the draft, formatting included;
    whitespace is compared as a reader sees it, since whitespace-only differences are not
    marks (kept text takes the draft's spacing)."""
    marks = diff(base, draft)
    assert _flat(base_of(marks)) == _flat(base)
    assert _flat(draft_of(marks)) == _flat(draft)


def _flat(content):
    """Per-character formatting of the words, with every stretch of whitespace read as one
    space: run boundaries and the kind of spacing may differ, what the reader sees may not."""
    out = []
    for r in content:
        for ch in r.text:
            if ch.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
            else:
                out.append((ch, r.italic, r.bold))
    while out and out[-1] == " ":
        out.pop()
    return out


def test_a_space_before_a_change_stays_with_the_side_that_has_it():
    assert marked("which countries;", "which") == "which[- countries;-]"
    assert marked("which", "which countries;") == "which{+ countries;+}"
