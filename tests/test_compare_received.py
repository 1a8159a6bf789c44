"""Received files compared clause by clause, as a reviewer at a conference does it.

Each test writes two or three administrations' received files (DOCX from raw WordprocessingML,
tests/received_docs.py; ODT from raw ODF, tests/corpus/realworld.py) in the shapes the readers
support -- Word list numbering with a tracked inserted item, typed labels renumbered with Track
Changes, static underline / strike-through, notes changed inside, decimal sub-items, Constitution
margin numbers, Radio Regulations footnotes, SUP against MOD, English against French -- reads them
and compares them (domain/compare.py, `proposaleditor-cli compare`). Tests marked xfail(strict)
pin a comparison bug (the reason names the function at fault).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from corpus.realworld import ITU_ODF_STYLES, change_info, write_odt
from received_docs import (
    ITU_STYLES,
    dele,
    dr,
    ins,
    note,
    note_ref,
    notes_xml,
    p,
    r,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.cli import main
from proposaleditor.domain.compare import (
    Agreement,
    CellStatus,
    compare_documents,
    find_sources,
    resolve_target,
)
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.domain.revisions import marks_text
from proposaleditor.formats import docx_reader, odt_reader

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"
RES130 = ("resolution", "130")
BOLD, ITALIC = "<w:b/>", "<w:i/>"
UNDER, STRIKE = '<w:u w:val="single"/>', "<w:strike/>"
FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
ITEMS = ["to give high priority to the work of ITU on cybersecurity;",
         "to report to the Council on these activities;",
         "to cooperate with other organizations."]
NEW_ITEM = "to support developing countries in building capacity;"
ART_DEF = ('<style:style style:name="Art_5f_def" style:display-name="Art_def" '
           'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>')
DOCX_STYLES = styles_xml(*ITU_STYLES, ("FootnoteText", "footnote text", "Normal", "")).replace(
    "</w:styles>",
    '<w:style w:type="character" w:styleId="Artdef"><w:name w:val="Art_def"/>'
    "<w:rPr><w:b/></w:rPr></w:style>"
    '<w:style w:type="character" w:styleId="FootnoteReference">'
    '<w:name w:val="footnote reference"/><w:rPr><w:position w:val="6"/></w:rPr></w:style>'
    "</w:styles>")


# -- builders -------------------------------------------------------------------------------------
def who(symbol: str) -> str:
    return f'w:author="{symbol}" w:date="2014-09-01T00:00:00Z"'


def docx_file(path: Path, *paragraphs: str, numbering: str | None = None,
              notes: dict[int, str] | None = None) -> Path:
    parts = {"styles": DOCX_STYLES}
    if numbering:
        parts["numbering"] = numbering
    if notes:
        parts["footnotes"] = notes_xml("footnotes", notes)
    return write_docx(path, "".join(paragraphs), parts=parts)


def read_docx(path: Path, *paragraphs: str, **kwargs):
    return docx_reader.read(docx_file(path, *paragraphs, **kwargs))


def res130_head(number: str, marker: str = "MOD") -> list[str]:
    return [text_p(f"{marker}\t{number}", "Proposal"),
            text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
            text_p("Strengthening the role of ITU", "Restitle"),
            text_p(FORMULA, "Normalaftertitle")]


def reasons(text: str = "ok", label: str = "Reasons:") -> str:
    return p(r(label, BOLD), r(f"\t{text}"))


def numbering_xml(formats: dict[int, str]) -> str:
    """One single-level list per numId: numId -> numFmt (lvlText '%1')."""
    out = []
    for nid, fmt in formats.items():
        out.append(f'<w:abstractNum w:abstractNumId="{nid}"><w:multiLevelType '
                   f'w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                   f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
                   "</w:lvl></w:abstractNum>")
    out.extend(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'
               for nid in formats)
    return ('<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main">' + "".join(out) + "</w:numbering>")


def numpr(num_id: int) -> str:
    return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'


def odt_p(content: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{content}</text:p>'


def odt_insertion(change_id: str, author: str) -> str:
    return (f'<text:changed-region xml:id="{change_id}" text:id="{change_id}"><text:insertion>'
            + change_info(author) + "</text:insertion></text:changed-region>")


def odt_deletion(change_id: str, author: str, text: str) -> str:
    return (f'<text:changed-region xml:id="{change_id}" text:id="{change_id}"><text:deletion>'
            + change_info(author) + f"<text:p>{text}</text:p></text:deletion>"
            "</text:changed-region>")


def inserted(change_id: str, text: str) -> str:
    return (f'<text:change-start text:change-id="{change_id}"/>{text}'
            f'<text:change-end text:change-id="{change_id}"/>')


def odt_res130_head(number: str) -> str:
    return (odt_p(f"MOD<text:tab/>{number}", "Proposal")
            + odt_p("RESOLUTION 130 (REV. BUSAN, 2014)", "Res_5f_No")
            + odt_p("Strengthening the role of ITU", "Res_5f_title")
            + odt_p(FORMULA, "Normal_5f_after_5f_title"))


def row_of(comparison, column: int, text_start: str):
    """The row whose cell in the column has a draft (or base) starting with the text."""
    from proposaleditor.domain.inline import plain_text

    for row in comparison.rows:
        cell = row.cells[column]
        if cell is None:
            continue
        if (cell.draft_text or plain_text(cell.base)).startswith(text_start):
            return row
    raise AssertionError(f"no row starting {text_start!r} in column {column}")


def assert_every_provision_placed_once(comparison):
    for s, source in enumerate(comparison.sources):
        placed = [row.cells[s].provision for row in comparison.rows if row.cells[s] is not None]
        expected = [q for q in source.proposal.walk()
                    if not (source.base_side and q.base is None)]
        assert sorted(map(id, placed)) == sorted(map(id, expected))


def run_tool(name: str, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOLS / name), str(path)], capture_output=True,
                          text=True)


# -- the three renumbering administrations --------------------------------------------------------
def word_numbered_mod(path: Path) -> Path:
    """APT: resolves numbered by Word (numbering.xml), a new item 2 inserted with Track Changes
    (the paragraph mark and the text inserted): the items after it renumber themselves."""
    mark = f'<w:ins w:id="90" {who("ACP")}/>'
    return docx_file(
        path, *res130_head("ACP/64A1/5"), text_p("resolves", "Call"),
        p(r(ITEMS[0]), numpr=numpr(1)),
        p(ins(r(NEW_ITEM), author="ACP", rid=91), numpr=numpr(1), mark=mark),
        p(r(ITEMS[1]), numpr=numpr(1)), p(r(ITEMS[2]), numpr=numpr(1)), reasons(),
        numbering=numbering_xml({1: "decimal"}))


def typed_label_mod(path: Path) -> Path:
    """CEPT: the same new item 2 with typed labels; the old 2 and 3 renumbered by hand with Track
    Changes (the old number deleted, the new one inserted)."""
    mark = f'<w:ins w:id="80" {who("EUR")}/>'
    return docx_file(
        path, *res130_head("EUR/34A2/1"), text_p("resolves", "Call"),
        text_p(f"1\t{ITEMS[0]}"),
        p(ins(r(f"2\t{NEW_ITEM}"), author="EUR", rid=81), mark=mark),
        p(dele(dr("2"), author="EUR", rid=82), ins(r("3"), author="EUR", rid=83),
          r(f"\t{ITEMS[1]}")),
        p(dele(dr("3"), author="EUR", rid=84), ins(r("4"), author="EUR", rid=85),
          r(f"\t{ITEMS[2]}")), reasons())


def odt_typed_mod(path: Path) -> Path:
    """RCC in LibreOffice: no new item; the old resolves 2 gains a word (a changed region)."""
    body = (odt_res130_head("RCC/62A1/3") + odt_p("resolves", "Call")
            + odt_p(f"1<text:tab/>{ITEMS[0]}")
            + odt_p("2<text:tab/>to report " + inserted("ct1", "annually ")
                    + "to the Council on these activities;")
            + odt_p(f"3<text:tab/>{ITEMS[2]}") + odt_p("Reasons:<text:tab/>ok"))
    return write_odt(path, body, tracked=odt_insertion("ct1", "RCC"))


@pytest.fixture
def renumbering_files(tmp_path):
    return [word_numbered_mod(tmp_path / "acp.docx"), typed_label_mod(tmp_path / "eur.docx"),
            odt_typed_mod(tmp_path / "rcc.odt")]


def read_all(paths):
    return [docx_reader.read(path) if path.suffix == ".docx" else odt_reader.read(path)
            for path in paths]


def test_word_numbering_and_typed_labels_renumbered_with_track_changes_line_up(
        renumbering_files):
    documents = read_all(renumbering_files)
    c = compare_documents(documents, RES130)
    assert [s.name for s in c.sources] == ["ACP/64A1/5", "EUR/34A2/1", "RCC/62A1/3"]
    assert_every_provision_placed_once(c)
    # the old resolves 2 and 3 are APT's and CEPT's 3 and 4, RCC's 2 and 3: one row each
    old_2 = row_of(c, 0, ITEMS[1])
    assert old_2.ref == "resolves 2"
    assert [cell.label for cell in old_2.cells] == ["3", "3", "2"]
    assert [marks_text(cell.label_marks) for cell in old_2.cells] == [
        "[-2-]{+3+}", "[-2-]{+3+}", "2"]
    assert old_2.cells[2].status is CellStatus.MODIFIED
    assert marks_text(old_2.cells[2].marks) == (
        "to report {+annually +}to the Council on these activities;")
    assert old_2.agreement is Agreement.DIFFER  # only RCC changes its words
    old_3 = row_of(c, 0, ITEMS[2])
    assert [cell.label for cell in old_3.cells] == ["4", "4", "3"]
    assert old_3.agreement is Agreement.AGREE  # renumbered, not reworded
    # the new item: one row right after resolves 1, the same words from both: they agree on it
    # (RCC has no such item)
    new = row_of(c, 0, NEW_ITEM)
    assert new.ref == "resolves 2 (added)"
    assert [cell and cell.status for cell in new.cells] == [
        CellStatus.ADDED, CellStatus.ADDED, None]
    assert c.rows[c.rows.index(new) - 1].ref == "resolves 1"
    assert c.rows.index(new) + 1 == c.rows.index(old_2)
    # with only the two that insert it, the row agrees
    two = compare_documents(documents[:2], RES130)
    assert row_of(two, 0, NEW_ITEM).agreement is Agreement.AGREE
    assert all(row.agreement is Agreement.AGREE for row in two.rows)


def test_static_marks_and_track_changes_proposing_the_same_words_agree(tmp_path):
    """One administration typed its MOD with strike-through and underline, another recorded
    the same change with Track Changes: both are read as the same change and agree."""
    static = read_docx(
        tmp_path / "arb.docx", *res130_head("ARB/70A1/2"), text_p("resolves", "Call"),
        p(r("1\tto give high priority to the work of ITU on "), r("cybersecurity", STRIKE),
          r("security in the use of ICTs", UNDER), r(";")),
        text_p(f"2\t{ITEMS[1]}"), reasons())
    tracked = read_docx(
        tmp_path / "afcp.docx", *res130_head("AFCP/60A1/2"), text_p("resolves", "Call"),
        p(r("1\tto give high priority to the work of ITU on "),
          dele(dr("cybersecurity"), author="AFCP"),
          ins(r("security in the use of ICTs"), author="AFCP", rid=3), r(";")),
        text_p(f"2\t{ITEMS[1]}"), reasons())
    c = compare_documents([static, tracked], RES130)
    assert_every_provision_placed_once(c)
    row = row_of(c, 0, "to give high priority")
    assert [cell.status for cell in row.cells] == [CellStatus.MODIFIED] * 2
    assert {marks_text(cell.marks) for cell in row.cells} == {
        "to give high priority to the work of ITU on [-cybersecurity-]"
        "{+security in the use of ICTs+};"}
    assert row.agreement is Agreement.AGREE and row.changed
    assert row_of(c, 0, ITEMS[1]).agreement is Agreement.AGREE
    assert not c.differences()






def test_a_note_changed_inside_in_one_source_only_is_a_difference(tmp_path):
    item = [r("2\tto report to the Council"), note_ref(1), r(" on these activities;")]
    changed = read_docx(
        tmp_path / "acp.docx", *res130_head("ACP/64A1/5"), text_p("resolves", "Call"),
        text_p(f"1\t{ITEMS[0]}"), p(*item), reasons(),
        notes={1: note(r(" As decided by the "), dele(dr("Council"), author="ACP", rid=51),
                        ins(r("Plenipotentiary Conference"), author="ACP", rid=52), r("."))})
    kept = read_docx(
        tmp_path / "eur.docx", *res130_head("EUR/34A2/1"), text_p("resolves", "Call"),
        text_p(f"1\t{ITEMS[0]}"), p(*item), reasons(),
        notes={1: note(r(" As decided by the Council."))})
    c = compare_documents([changed, kept], RES130)
    assert_every_provision_placed_once(c)
    row = row_of(c, 0, "to report to the Council")
    assert all(cell is not None for cell in row.cells)
    assert [cell.status for cell in row.cells] == [CellStatus.MODIFIED, CellStatus.UNCHANGED]
    notes = [[run.footnote.text for run in cell.draft if run.footnote is not None]
             for cell in row.cells]
    assert notes == [["As decided by the Plenipotentiary Conference."],
                     ["As decided by the Council."]]
    assert row.changed
    assert row.agreement is Agreement.DIFFER


def test_decimal_sub_items_inserted_in_one_source_only(tmp_path):
    """APT splits resolves 1 into parts 1.1 and 1.2 (inserted with Track Changes, as ITU-R
    texts number them); CEPT changes resolves 2 only. The parts have rows of their own under
    resolves 1, absent for CEPT; resolves 1 and 2 still line up."""
    mark = f'<w:ins w:id="60" {who("ACP")}/>'
    split = read_docx(
        tmp_path / "acp.docx", *res130_head("ACP/64A1/7"), text_p("resolves", "Call"),
        p(r("1\tto give high priority to the work of ITU on cybersecurity"),
          ins(r(", in particular:"), author="ACP", rid=61), dele(dr(";"), author="ACP", rid=62)),
        p(ins(r("1.1\tthe technical standards;"), author="ACP", rid=63), mark=mark),
        p(ins(r("1.2\tcapacity building;"), author="ACP", rid=64), mark=mark),
        text_p(f"2\t{ITEMS[1]}"), reasons())
    other = read_docx(
        tmp_path / "eur.docx", *res130_head("EUR/34A2/3"), text_p("resolves", "Call"),
        text_p(f"1\t{ITEMS[0]}"),
        p(r("2\tto report "), ins(r("annually "), author="EUR"),
          r("to the Council on these activities;")), reasons())
    c = compare_documents([split, other], RES130)
    assert_every_provision_placed_once(c)
    one = row_of(c, 0, "to give high priority")
    assert one.cells[1] is not None and one.ref == "resolves 1"
    assert one.agreement is Agreement.DIFFER
    parts = [row_of(c, 0, "the technical standards"), row_of(c, 0, "capacity building")]
    assert [row.cells[0].label for row in parts] == ["1.1", "1.2"]
    assert [row.cells[0].status for row in parts] == [CellStatus.ADDED] * 2
    assert all(row.cells[1] is None and row.agreement is Agreement.DIFFER for row in parts)
    two = row_of(c, 0, ITEMS[1])
    assert [cell.label for cell in two.cells] == ["2", "2"]
    assert two.ref == "resolves 2"
    assert c.rows.index(one) < c.rows.index(parts[0]) < c.rows.index(parts[1]) < c.rows.index(two)


# -- Constitution and Convention: margin numbers --------------------------------------------------
CS_HEAD = [text_p("CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION"),
           text_p("ARTICLE 8"), text_p("Plenipotentiary Conference")]
CS_57 = "2\tThe Plenipotentiary Conference shall:"
CS_58 = "a)\tdetermine the general policies for fulfilling the purposes of the Union;"


def cs_file(path: Path, number: str, *provisions: str) -> Path:
    return docx_file(path, text_p(f"MOD\t{number}", "Proposal"), *CS_HEAD, *provisions,
                     reasons())


def test_constitution_proposals_on_the_same_margin_number_conflict(tmp_path):
    """CITEL and CEPT both amend CS 58 (Article 8), each differently, both giving CS 57 too."""
    a = docx_reader.read(cs_file(
        tmp_path / "iap.docx", "IAP/44A1/3", text_p(f"57\t{CS_57}"),
        p(r("58\ta)\tdetermine the general policies for fulfilling the purposes of the "),
          dele(dr("Union"), author="IAP"), ins(r("Union and its Sectors"), author="IAP", rid=3),
          r(";"))))
    b = docx_reader.read(cs_file(
        tmp_path / "eur.docx", "EUR/20A3/1", text_p(f"57\t{CS_57}"),
        p(r("58\ta)\tdetermine the general policies for fulfilling the purposes of the "),
          dele(dr("Union"), author="EUR"), ins(r("Union as set out in Article 1"), author="EUR",
                                                rid=3), r(";"))))
    key = resolve_target("CS 8", [a, b])
    assert key == ("constitution", "8")
    c = compare_documents([a, b], key)
    assert_every_provision_placed_once(c)
    margins = [row for row in c.rows if row.kind is K.PROVISION_NUMBER]
    assert [[cell.label for cell in row.cells] for row in margins] == [["57", "57"], ["58", "58"]]
    assert margins[0].agreement is Agreement.AGREE and not margins[0].changed
    assert margins[1].agreement is Agreement.CONFLICT
    assert [cell.status for cell in margins[1].cells] == [CellStatus.MODIFIED] * 2


def test_constitution_target_typed_in_full(tmp_path):
    a = docx_reader.read(cs_file(tmp_path / "iap.docx", "IAP/44A1/3", text_p(f"58\t{CS_58}")))
    assert resolve_target("Constitution 8", [a]) == ("constitution", "8")
    assert resolve_target("Convention 8", [a]) is None


def test_margin_numbers_line_up_by_number_not_by_order(tmp_path):
    """CITEL amends CS 57 and gives CS 58 unchanged; CEPT amends CS 58 only."""
    a = docx_reader.read(cs_file(
        tmp_path / "iap.docx", "IAP/44A1/3",
        p(r("57\t2\tThe Plenipotentiary Conference shall"), ins(r(" in particular"),
                                                                author="IAP"), r(":")),
        text_p(f"58\t{CS_58}")))
    b = docx_reader.read(cs_file(
        tmp_path / "eur.docx", "EUR/20A3/1",
        p(r("58\ta)\tdetermine the general policies for fulfilling the purposes of the "),
          ins(r("whole "), author="EUR"), r("Union;"))))
    c = compare_documents([a, b], ("constitution", "8"))
    assert_every_provision_placed_once(c)
    for row in c.rows:
        if row.kind is K.PROVISION_NUMBER:
            labels = {cell.label for cell in row.cells if cell is not None}
            assert len(labels) == 1, [cell and cell.label for cell in row.cells]
    cs_58 = row_of(c, 1, "a)\tdetermine")
    assert cs_58.cells[0] is not None and cs_58.cells[0].label == "58"
    assert cs_58.agreement is Agreement.DIFFER


def test_convention_add_of_the_same_new_provision_agrees(tmp_path):
    """Two administrations propose the same new CV 50B after a NOC locating it in Article 4."""
    def cv(path, number, words):
        return docx_reader.read(docx_file(
            path, text_p(f"NOC\t{number}/1", "Proposal"),
            text_p("CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION"),
            text_p("ARTICLE 4"), text_p("The Council"), reasons(),
            text_p(f"ADD\t{number}/2", "Proposal"), text_p(f"50B\t{words}"), reasons()))

    words = "The Council shall also review the strategic plan every year."
    a = cv(tmp_path / "iap.docx", "IAP/44A1", words)
    b = cv(tmp_path / "b.docx", "B/45A1", words)
    key = resolve_target("CV 50B", [a, b])
    assert key == ("convention", "50B")
    c = compare_documents([a, b], key)
    assert [s.name for s in c.sources] == ["IAP/44A1/2", "B/45A1/2"]
    [row] = c.rows
    assert [cell.label for cell in row.cells] == ["50B", "50B"]
    assert [cell.status for cell in row.cells] == [CellStatus.ADDED] * 2
    assert row.agreement is Agreement.AGREE and row.changed


# -- Radio Regulations: CEPT in Word, APT in LibreOffice -----------------------------------------
RR_BASE = "In the band 1 350-1 400 MHz, stations shall follow Resolution 750. (WRC-19)"


def cept_rr(path: Path) -> Path:
    art = '<w:r><w:rPr><w:rStyle w:val="Artdef"/></w:rPr><w:t>{}</w:t></w:r>'
    return docx_file(
        path, text_p("MOD\tEUR/65A2/4", "Proposal"),
        p(art.format("5.338A"), r("\tIn the band 1 350-"), dele(dr("1 400"), author="EUR"),
          ins(r("1 427"), author="EUR", rid=3), r(" MHz, stations shall follow Resolution 750. "
                                                   "(WRC-19)")), reasons("Extension."),
        text_p("ADD\tEUR/65A2/5", "Proposal"),
        p(art.format("5.A12"), r("\tThe band 40-50 MHz is also allocated to the Earth "
                                  "exploration-satellite service. (WRC-23)")),
        reasons("New allocation."))


def apt_rr(path: Path) -> Path:
    tracked = odt_deletion("ct1", "ACP", "1 400") + odt_insertion("ct2", "ACP")
    body = (odt_p("MOD<text:tab/>ACP/44A12/3", "Proposal")
            + odt_p('<text:span text:style-name="Art_5f_def">5.338A</text:span><text:tab/>In the '
                    'band 1 350-<text:change text:change-id="ct1"/>' + inserted("ct2", "1 375")
                    + " MHz, stations shall follow Resolution 750. (WRC-19)")
            + odt_p("Reasons:<text:tab/>Reduction.", "Reasons"))
    return write_odt(path, body, tracked=tracked, styles=ITU_ODF_STYLES + ART_DEF)


def test_rr_footnote_changed_differently_by_cept_and_apt_conflicts(tmp_path):
    eur = docx_reader.read(cept_rr(tmp_path / "eur.docx"))
    acp = odt_reader.read(apt_rr(tmp_path / "acp.odt"))
    key = resolve_target("5.338A", [eur, acp])
    assert key == ("rr_provision", "5.338A")
    c = compare_documents([eur, acp], key, base=True)
    assert [s.name for s in c.sources] == ["Base", "EUR/65A2/4", "ACP/44A12/3"]
    assert_every_provision_placed_once(c)
    [row] = c.rows
    assert row.kind is K.PROVISION_NUMBER
    assert [cell.label for cell in row.cells] == ["5.338A"] * 3
    assert row.cells[0].draft_text == RR_BASE
    assert [marks_text(cell.marks) for cell in row.cells[1:]] == [
        "In the band 1 350-[-1 400-]{+1 427+} MHz, stations shall follow Resolution 750. "
        "(WRC-19)",
        "In the band 1 350-[-1 400-]{+1 375+} MHz, stations shall follow Resolution 750. "
        "(WRC-19)"]
    assert row.agreement is Agreement.CONFLICT and not row.bases_differ
    # CEPT's ADD 5.A12 is an instrument of its own, proposed by CEPT alone
    assert [s.name for s in find_sources([eur, acp], ("rr_provision", "5.A12"))] == [
        "EUR/65A2/5"]
    assert all(cell.provision.label != "5.A12" for row in c.rows for cell in row.cells if cell)


# -- SUP against MOD; English against French -----------------------------------------------------
def test_a_sup_of_the_resolution_against_a_mod_of_it(tmp_path):
    sup = read_docx(
        tmp_path / "usa.docx", text_p("SUP\tUSA/9/1", "Proposal"),
        text_p("RESOLUTION 130 (REV. BUSAN, 2014)", "ResNo"),
        text_p("Strengthening the role of ITU", "Restitle"), reasons("Work completed."))
    mod = read_docx(
        tmp_path / "eur.docx", *res130_head("EUR/34A2/1"), text_p("resolves", "Call"),
        p(r("1\tto give high priority to the work of ITU on "), dele(dr("cybersecurity"),
                                                                     author="EUR"),
          ins(r("trust"), author="EUR", rid=3), r(";")),
        text_p(f"2\t{ITEMS[1]}"), reasons())
    c = compare_documents([sup, mod], RES130)
    assert [s.marker.value for s in c.sources] == ["SUP", "MOD"]
    assert_every_provision_placed_once(c)
    data = c.to_json()
    rows = {row["ref"]: row for row in data["rows"]}
    assert [cell["status"] for cell in rows["resolves 1"]["cells"]] == ["suppressed", "modified"]
    assert rows["resolves 1"]["agreement"] == "differ" and rows["resolves 1"]["changed"]
    assert [cell["status"] for cell in rows["resolves 2"]["cells"]] == ["suppressed",
                                                                        "unchanged"]
    assert rows["resolves 2"]["agreement"] == "differ" and rows["resolves 2"]["changed"]
    # the identification both give lines up in one row each
    number_line = c.rows[0]
    assert number_line.kind is K.NUMBER_LINE and all(number_line.cells)
    assert all(c.rows[1].cells) and c.rows[1].kind is K.TITLE


def test_english_and_french_texts_of_the_same_resolution_line_up_by_structure(tmp_path):
    english = read_docx(
        tmp_path / "eur.docx", *res130_head("EUR/34A2/1"), text_p("resolves", "Call"),
        text_p(f"1\t{ITEMS[0]}"),
        p(r("2\tto report to the "), ins(r("Council"), author="EUR"), r(";")), reasons())
    french = read_docx(
        tmp_path / "afcp.docx", text_p("MOD\tAFCP/35A1/2", "Proposal"),
        text_p("RÉSOLUTION 130 (RÉV. BUSAN, 2014)", "ResNo"),
        text_p("Renforcer le rôle de l'UIT", "Restitle"),
        text_p("La Conférence de plénipotentiaires de l'Union internationale des "
               "télécommunications (Busan, 2014),", "Normalaftertitle"),
        text_p("décide", "Call"),
        text_p("1\tde continuer d'accorder un rang de priorité élevé à ces travaux;"),
        p(r("2\tde faire rapport au "), ins(r("Conseil"), author="AFCP"), r(";")),
        reasons(label="Motifs:"))
    c = compare_documents([english, french], RES130)
    assert_every_provision_placed_once(c)
    # identification parts line up by kind whatever the language
    assert [row.kind for row in c.rows[:3]] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA]
    assert all(all(row.cells) for row in c.rows[:3])
    # the call and its items by their place: resolves = décide, 1 = 1, 2 = 2
    calls = [row for row in c.rows if row.kind is K.CALL]
    assert len(calls) == 1 and all(calls[0].cells)
    two = row_of(c, 0, "to report to the")
    assert two.cells[1] is not None and two.cells[1].label == "2"
    assert len(c.rows) == 6


# -- the command line ----------------------------------------------------------------------------
def test_cli_compares_the_received_files_as_json(renumbering_files, tmp_path, capsys):
    paths = [str(path) for path in renumbering_files]
    assert main(["compare", *paths, "--target", "Resolution 130", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["target"] == "Resolution 130"
    assert [s["name"] for s in data["sources"]] == ["ACP/64A1/5", "EUR/34A2/1", "RCC/62A1/3"]
    assert [s["file"] for s in data["sources"]] == paths
    rows = {row["ref"]: row for row in data["rows"]}
    assert [cell["status"] for cell in rows["resolves 2 (added)"]["cells"]] == [
        "added", "added", "absent"]
    old_2 = rows["resolves 2"]
    assert [cell["label"] for cell in old_2["cells"]] == ["3", "3", "2"]
    assert [cell.get("base_label") for cell in old_2["cells"]] == ["2", "2", None]
    assert old_2["cells"][2]["marks"] == (
        "to report {+annually +}to the Council on these activities;")
    assert old_2["agreement"] == "differ"
    # the RR files: the only instrument both have is found without --target
    eur, acp = cept_rr(tmp_path / "rr-eur.docx"), apt_rr(tmp_path / "rr-acp.odt")
    assert main(["compare", str(eur), str(acp), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["target"] == "No. 5.338A"
    assert [row["agreement"] for row in data["rows"]] == ["conflict"]
    # the ADD on its own: nothing to compare it with
    assert main(["compare", str(eur), str(acp), "--target", "5.A12", "--json"]) == 2
    assert "only one proposal" in capsys.readouterr().err


@pytest.mark.parametrize("ext", [".docx", ".odt"])
def test_cli_writes_the_synoptic_table_of_the_received_files(renumbering_files, tmp_path,
                                                             capsys, ext):
    out = tmp_path / f"table{ext}"
    assert main(["compare", *map(str, renumbering_files), "--target", "res 130", "--base",
                 "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Base, ACP/64A1/5, EUR/34A2/1, RCC/62A1/3 on Resolution 130" in said
    assert "0 conflict" in said
    checker = "check-docx" if ext == ".docx" else "check-odt"
    if (TOOLS / checker).exists():
        result = run_tool(checker, out)
        assert result.returncode == 0, result.stdout + result.stderr
    data = compare_documents(read_all(renumbering_files), RES130, base=True)
    if ext == ".docx":
        table = docx.Document(str(out)).tables[0]
        assert len(table.columns) == 5 and len(table.rows) == 1 + len(data.rows)
        i = next(n for n, row in enumerate(data.rows) if row.ref == "resolves 2 (added)")
        texts = [cell.text for cell in table.rows[1 + i].cells]
        assert texts[1] == "—" and texts[4] == "—"
        assert NEW_ITEM in texts[2] and NEW_ITEM in texts[3]
    else:
        with zipfile.ZipFile(out) as z:
            content = z.read("content.xml").decode("utf-8")
        assert content.count("<table:table-row") == 1 + len(data.rows)
        assert "RCC/62A1/3" in content and "annually" in content
