"""Readiness checks: one test per rule, on documents built from the domain model."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from proposaleditor.domain import symbols
from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import Document, FreeBlock, Metadata
from proposaleditor.domain.inline import Footnote, Run, runs
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind
from proposaleditor.domain.revisions import Op, Segment
from proposaleditor.domain.validation import Severity, check, has_errors

K = ProvisionKind


def _p(kind, base=None, draft=None, label=None, base_label=None, children=()):
    return Provision(kind, base=runs(base) if isinstance(base, str) else base,
                     draft=runs(draft) if isinstance(draft, str) else draft,
                     label=label, base_label=base_label, children=list(children))


def _same(kind, text, label=None, children=()):
    return _p(kind, text, text, label=label, base_label=label, children=children)


def mod_resolution() -> Proposal:
    """A clean MOD of Resolution 182 as PP-14 would want it."""
    return Proposal(
        Marker.MOD, Target(TargetKind.RESOLUTION, "182"),
        provisions=[
            _p(K.NUMBER_LINE, "RESOLUTION 182 (GUADALAJARA, 2010)",
               "RESOLUTION 182 (REV. BUSAN, 2014)"),
            _same(K.TITLE, "The role of telecommunications"),
            _p(K.ENACTING_FORMULA,
               "The Plenipotentiary Conference of the International Telecommunication Union "
               "(Guadalajara, 2010),",
               "The Plenipotentiary Conference of the International Telecommunication Union "
               "(Busan, 2014),"),
            _same(K.CALL, "resolves", children=[
                _same(K.NUMBERED_ITEM, "to continue;", "1"),
                _p(K.NUMBERED_ITEM, None, "to add;", label="2"),
                _p(K.NUMBERED_ITEM, "to report,", "to report,", label="3", base_label="2"),
            ]),
        ],
        reasons=runs("Update to the current situation."),
    )


def add_resolution() -> Proposal:
    return Proposal(
        Marker.ADD, Target(TargetKind.RESOLUTION, "[INS-1]"),
        provisions=[
            _p(K.NUMBER_LINE, None, "DRAFT NEW RESOLUTION [INS-1]"),
            _p(K.TITLE, None, "Cybersecurity"),
            _p(K.CALL, None, "considering", children=[
                _p(K.LETTERED_ITEM, None, "that one;", label="a)"),
                _p(K.LETTERED_ITEM, None, "that two,", label="b)"),
            ]),
        ],
        reasons=runs("New needs."),
    )


def sup_resolution() -> Proposal:
    return Proposal(
        Marker.SUP, Target(TargetKind.RESOLUTION, "163"),
        provisions=[
            _p(K.NUMBER_LINE, "RESOLUTION 163 (GUADALAJARA, 2010)", None),
            _p(K.TITLE, "Establishment of a Council working group", None),
            _p(K.ENACTING_FORMULA, "The Plenipotentiary Conference ... (Guadalajara, 2010),",
               None),
        ],
        reasons=runs("No longer needed."),
    )


@pytest.fixture
def doc() -> Document:
    meta = Metadata(conference=conference("PP-14"), document_number="82",
                    date=dt.date(2014, 10, 7), source="Indonesia (Republic of)",
                    symbols=["INS"])
    return Document(metadata=meta, parts=[
        FreeBlock(text=runs("Introduction.")),
        mod_resolution(), add_resolution(), sup_resolution(),
    ])


def codes(document: Document) -> list[str]:
    return [f.code for f in check(document)]


def test_clean_document_has_no_findings(doc):
    assert check(doc) == []


def test_missing_reasons_is_an_error_naming_the_proposal(doc):
    doc.proposals[1].reasons = runs("  ")
    [f] = check(doc)
    assert (f.code, f.severity, f.proposal_number) == ("no-reasons", Severity.ERROR, "INS/82/2")
    assert f.proposal_id == doc.proposals[1].id and f.provision_id is None
    assert "Reasons" in f.hint


def test_document_number_unassigned_is_a_warning(doc):
    doc.metadata.document_number = None
    found = check(doc)
    assert [f.code for f in found] == ["document-number-unassigned"]
    assert found[0].severity is Severity.WARNING and "INS/XX" in found[0].message
    assert not has_errors(found)


def test_received_numbers_duplicates_and_gaps(doc):
    a, b, c = doc.proposals
    a.received_number, b.received_number, c.received_number = "INS/82/1", "INS/82/1", "INS/82/4"
    found = check(doc)
    dup = [f for f in found if f.code == "number-duplicate"]
    assert [f.proposal_id for f in dup] == [a.id, b.id]
    [gap] = [f for f in found if f.code == "number-sequence"]
    assert gap.proposal_number == "INS/82/4" and "skips" in gap.message


def test_received_numbers_out_of_order(doc):
    a, b, c = doc.proposals
    a.received_number, b.received_number, c.received_number = "INS/82/2", "INS/82/1", "INS/82/3"
    seq = {f.proposal_number: f.message for f in check(doc) if f.code == "number-sequence"}
    assert "out of order" in seq["INS/82/1"]
    assert "skips" in seq["INS/82/2"]  # the document starts at 2


def test_malformed_received_number(doc):
    doc.proposals[0].received_number = "INS-82-1"
    assert "number-malformed" in codes(doc)


def test_missing_symbol_is_an_error(doc):
    doc.metadata.symbols = []
    assert "no-symbol" in codes(doc)


def test_mod_without_change(doc):
    mod = doc.proposals[0]
    for p in mod.walk():
        p.set_draft(p.base if p.base is not None else p.draft)
        p.base = p.draft
        p.base_label = p.label
    assert "mod-no-change" in codes(doc)


def test_received_marks_in_add_are_refused(doc):
    add = doc.proposals[1]
    title = add.provisions[1]
    title.base = runs("Cybersecurity")
    title.received_marks = (Segment(Op.KEEP, Run("Cyber")), Segment(Op.INSERT, Run("security")))
    found = [f for f in check(doc) if f.code == "marks-not-allowed"]
    assert len(found) == 1 and found[0].provision_id == title.id
    assert found[0].provision == "title"


def test_edit_inside_existing_paragraph_in_add_is_a_mod(doc):
    add = doc.proposals[1]
    item = add.provisions[2].children[0]
    item.base = runs("that one old;")  # the ADD changes an existing text
    [f] = [f for f in check(doc) if f.code == "edit-is-mod"]
    assert f.provision_id == item.id and f.provision == "lettered item a)"
    assert "MOD" in f.hint


def test_suppressed_paragraph_inside_add_is_a_mod(doc):
    add = doc.proposals[1]
    add.provisions[2].children.append(_p(K.LETTERED_ITEM, "old text", None, base_label="c)"))
    assert "edit-is-mod" in codes(doc)


def test_sup_with_an_edit_is_a_mod(doc):
    sup = doc.proposals[2]
    sup.provisions[1].draft = runs("Establishment of a new working group")
    assert "edit-is-mod" in codes(doc)


def test_noc_with_marks_is_refused(doc):
    noc = Proposal(Marker.NOC, Target(TargetKind.RESOLUTION, "1"), provisions=[
        _same(K.NUMBER_LINE, "RESOLUTION 1 (REV. BUSAN, 2014)"),
        _p(K.TITLE, "Old", "New"),
    ], reasons=runs("Keep it."))
    doc.parts.append(noc)
    [f] = [f for f in check(doc) if f.code == "edit-is-mod"]
    assert f.proposal_number == "INS/82/4"


def test_sup_and_noc_show_identification_only(doc):
    sup = doc.proposals[2]
    sup.provisions.append(_p(K.CALL, "considering", None))
    [f] = [f for f in check(doc) if f.code == "identification-only-body"]
    assert f.severity is Severity.WARNING and f.provision == "call 'considering'"


def test_mod_of_resolution_must_cite_current_conference(doc):
    mod = doc.proposals[0]
    number_line, _, formula = mod.provisions[:3]
    number_line.set_draft(number_line.base)
    formula.set_draft(formula.base)
    found = [f for f in check(doc) if f.code == "resolution-not-revised"]
    assert [f.provision for f in found] == ["number line", "enacting formula"]
    assert "revised-resolution helper" in found[0].hint
    assert "RESOLUTION 182 (REV. BUSAN, 2014)" in found[0].hint
    assert "(Busan, 2014)," in found[1].hint


def test_already_revised_resolution_keeps_rev(doc):
    mod = doc.proposals[0]
    number_line = mod.provisions[0]
    number_line.base = runs("RESOLUTION 130 (Rev. Guadalajara, 2010)")
    number_line.set_draft(runs("RESOLUTION 130 (Rev. Busan, 2014)"))
    assert "resolution-not-revised" not in codes(doc)


@pytest.mark.parametrize("field,expected", [
    ("date", "the document date"),
    ("source", "the source"),
    ("title", "the title"),
    ("original", "the original language"),
    ("conference", "the conference"),
])
def test_cover_complete(doc, field, expected):
    meta = doc.metadata
    if field == "date":
        meta.date = None
    elif field == "source":
        meta.source = ""
    elif field == "title":
        meta.title = " "
    elif field == "original":
        meta.original_languages = []
    else:
        meta.conference = type(meta.conference)()
    found = [f for f in check(doc) if f.code == "cover-incomplete"]
    assert [f.message for f in found] == [f"the cover lacks {expected}"]
    assert found[0].proposal_id is None


def test_labels_in_order(doc):
    items = doc.proposals[0].provisions[3].children
    items[2].label = "4"  # should be 3
    [f] = [f for f in check(doc) if f.code == "labels-out-of-order"]
    assert f.provision_id == items[2].id and "'3'" in f.message


def test_lettered_labels_in_order(doc):
    items = doc.proposals[1].provisions[2].children
    items[0].label, items[1].label = "b)", "a)"
    [f] = [f for f in check(doc) if f.code == "labels-out-of-order"]
    assert f.provision_id == items[0].id


def test_empty_footnote_reference(doc):
    item = doc.proposals[1].provisions[2].children[0]
    item.draft = (Run("that one"), Run("1", footnote=Footnote(())), Run(";"))
    [f] = [f for f in check(doc) if f.code == "footnote-empty"]
    assert f.provision_id == item.id
    item.draft = (Run("that one"), Run("1", footnote=Footnote(runs("A note."))), Run(";"))
    assert "footnote-empty" not in codes(doc)


def test_unknown_symbol_is_a_warning(doc):
    doc.metadata.symbols = ["INS", "QQQ"]
    found = [f for f in check(doc) if f.code == "unknown-symbol"]
    assert len(found) == 1 and "QQQ" in found[0].message
    assert found[0].severity is Severity.WARNING


def test_unknown_symbol_in_received_number(doc):
    doc.proposals[0].received_number = "ZZZ/82/1"
    found = [f for f in check(doc) if f.code == "unknown-symbol"]
    assert len(found) == 1 and found[0].proposal_number == "ZZZ/82/1"


def test_symbols_table():
    assert symbols.name("INS") == "Indonesia (Republic of)"
    assert symbols.name("b").startswith("Brazil")
    for one_letter in "BDEFGIJS":
        assert symbols.is_known(one_letter)
    for group in ("ACP", "EUR", "IAP", "RCC", "ARB", "AFCP"):
        assert symbols.is_regional_group(group)
    assert not symbols.is_regional_group("USA") and symbols.is_known("USA")
    assert not symbols.is_known("XYZ")
    assert len(symbols.all_symbols()) > 190


def test_findings_serialize_to_json(doc):
    doc.proposals[0].reasons = ()
    data = json.loads(json.dumps([f.to_dict() for f in check(doc)]))
    assert data[0]["severity"] == "error" and data[0]["proposal_number"] == "INS/82/1"


# -- CLI --------------------------------------------------------------------------------------
def _run_cli(*argv: str) -> int:
    from proposaleditor import cli

    return cli.main(["validate", *argv])


def test_cli_validate_clean_document_exits_0(doc, tmp_path, capsys):
    from proposaleditor.formats import native

    path = tmp_path / "ok.itup"
    native.save(doc, path)
    assert _run_cli(str(path)) == 0
    assert "no findings" in capsys.readouterr().out


def test_cli_validate_reports_errors_and_exits_1(doc, tmp_path, capsys):
    from proposaleditor.formats import native

    doc.proposals[0].reasons = ()
    doc.metadata.document_number = None
    path = tmp_path / "bad.itup"
    native.save(doc, path)
    assert _run_cli(str(path)) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].startswith("error INS/XX/1 MOD proposal has no reasons — write the reasons")
    assert lines[0].startswith("warning document the document number is not assigned")

    assert _run_cli(str(path), "--json") == 1
    data = json.loads(capsys.readouterr().out)
    assert {d["code"] for d in data} == {"no-reasons", "document-number-unassigned"}


def test_cli_validate_warnings_only_exit_0(doc, tmp_path, capsys):
    from proposaleditor.formats import native

    doc.metadata.document_number = None
    path = tmp_path / "draft.itup"
    native.save(doc, path)
    assert _run_cli(str(path)) == 0


def test_cli_validate_bad_input_exits_2(tmp_path, capsys):
    path = tmp_path / "broken.itup"
    path.write_text("{not json", encoding="utf-8")
    assert _run_cli(str(path)) == 2
    assert _run_cli(str(tmp_path / "missing.itup")) == 2
    err = capsys.readouterr().err
    assert err.count("proposaleditor-cli: error:") == 2


def test_bundled_example_reports_its_three_missing_reasons(example_path):
    from proposaleditor.formats.text_reader import read

    found = check(read(example_path))
    missing = [f for f in found if f.code == "no-reasons"]
    assert [f.proposal_number for f in missing] == ["INS/82/1", "INS/82/2", "INS/82/3"]
    assert all(f.severity is Severity.ERROR for f in missing)


def test_cli_validate_example_exits_1(example_path, capsys):
    assert _run_cli(str(example_path)) == 1
    out = capsys.readouterr().out
    assert out.count("has no reasons") == 3


def test_mod_of_new_text_only_is_an_add(doc):
    add = doc.proposals[1]
    add.marker = Marker.MOD
    [f] = [f for f in check(doc) if f.code == "mod-is-add"]
    assert f.severity is Severity.WARNING and f.proposal_id == add.id
    assert "resolution-not-revised" not in codes(doc)  # nothing in force to revise


def test_mod_striking_everything_is_a_sup(doc):
    sup = doc.proposals[2]
    sup.marker = Marker.MOD
    assert "mod-is-sup" in codes(doc)
    assert "mod-is-sup" not in [f.code for f in check(doc) if f.proposal_id != sup.id]
