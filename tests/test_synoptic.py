"""The synoptic table (formats/synoptic.py) and `proposaleditor-cli compare`, read back with
python-docx, lxml, the shared schema checkers and LibreOffice."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from compare_samples import acp_document, eur_document, ins_document
from docx.enum.section import WD_ORIENT
from lxml import etree

from proposaleditor.cli import main
from proposaleditor.domain.compare import compare_documents
from proposaleditor.formats import native, synoptic
from proposaleditor.formats.errors import FormatError

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"
RES130 = ("resolution", "130")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


@pytest.fixture(scope="module")
def comparison():
    return compare_documents([ins_document(), acp_document(), eur_document()], RES130,
                             base=True)


@pytest.fixture(scope="module")
def tables(comparison, tmp_path_factory):
    folder = tmp_path_factory.mktemp("synoptic")
    out = {}
    for ext in (".docx", ".odt"):
        out[ext] = folder / f"table{ext}"
        synoptic.write(comparison, out[ext])
    return out


def run_tool(name, path):
    return subprocess.run([sys.executable, str(TOOLS / name), str(path)], capture_output=True,
                          text=True)


def test_docx_passes_the_schema_check(tables):
    result = run_tool("check-docx", tables[".docx"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_odt_passes_the_schema_check(tables):
    result = run_tool("check-odt", tables[".odt"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_docx_is_a_landscape_table_with_one_column_per_source(tables, comparison):
    doc = docx.Document(str(tables[".docx"]))
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    table = doc.tables[0]
    assert len(table.columns) == 1 + len(comparison.sources)
    assert len(table.rows) == 1 + len(comparison.rows)
    head = [c.text for c in table.rows[0].cells]
    assert head == ["Provision", "Text in force\nBase", "Indonesia (Republic of)\nINS/82/2",
                    "Asia-Pacific Telecommunity Common Proposals\nACP/12/40",
                    "European Common Proposals\nEUR/34A14/1"]
    # the heading row repeats on every page; ITU table styles throughout
    assert table.rows[0]._tr.trPr.find(W + "tblHeader") is not None
    assert table.rows[0].cells[1].paragraphs[0].style.style_id == "Tablehead"
    assert table.rows[1].cells[1].paragraphs[0].style.style_id == "Tabletext"


def test_docx_shows_marks_underlined_and_struck_in_colour(tables, comparison):
    doc = docx.Document(str(tables[".docx"]))
    table = doc.tables[0]
    i = next(n for n, r in enumerate(comparison.rows) if r.ref == "resolves 1")
    tr = table.rows[1 + i]
    assert tr.cells[0].text == "resolves 1\nconflict"
    acp = tr.cells[3].paragraphs[0].runs
    struck = "".join(r.text for r in acp if r.font.strike)
    underlined = "".join(r.text for r in acp if r.underline)
    assert struck == "competences and expertise"
    assert underlined == "mandate"
    assert all(r.font.color.rgb is not None for r in acp if r.font.strike or r.underline)
    # conflict rows are shaded; the base cell shows no marks
    assert tr.cells[1]._tc.tcPr.find(W + "shd").get(W + "fill") == synoptic.SHADE[
        comparison.rows[i].agreement]
    assert not any(r.font.strike or r.underline for r in tr.cells[1].paragraphs[0].runs)
    # an item inserted by some sources is marked absent in the others
    j = next(n for n, r in enumerate(comparison.rows) if r.ref == "resolves 2 (added)")
    assert table.rows[1 + j].cells[3].text == "—"
    assert table.rows[1 + j].cells[2].text.startswith("2 to continue to encourage")


def test_odt_table_has_the_columns_rows_and_marks(tables, comparison):
    with zipfile.ZipFile(tables[".odt"]) as z:
        content = etree.fromstring(z.read("content.xml"))
        styles = etree.fromstring(z.read("styles.xml"))
    table = content.find(".//table:table", NS)
    columns = sum(int(c.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
                  for c in table.findall("table:table-column", NS))
    assert columns == 1 + len(comparison.sources)
    assert len(table.findall("table:table-header-rows/table:table-row", NS)) == 1
    assert len(table.findall("table:table-row", NS)) == len(comparison.rows)
    header = ["".join(c.itertext()) for c in table.find(
        "table:table-header-rows/table:table-row", NS)]
    assert header[2] == "Indonesia (Republic of)INS/82/2"
    # text styles: which automatic styles strike through and underline
    struck, underlined = set(), set()
    for style in content.iterfind(".//style:style", NS):
        props = style.find("style:text-properties", NS)
        if props is None:
            continue
        name = style.get(f"{{{NS['style']}}}name")
        if props.get(f"{{{NS['style']}}}text-line-through-style") == "solid":
            struck.add(name)
        if props.get(f"{{{NS['style']}}}text-underline-style") == "solid":
            underlined.add(name)
    i = next(n for n, r in enumerate(comparison.rows) if r.ref == "resolves 1")
    acp_cell = table.findall("table:table-row", NS)[i].findall("table:table-cell", NS)[3]
    spans = acp_cell.findall(".//text:span", NS)
    style = f"{{{NS['text']}}}style-name"
    assert "".join(s.text for s in spans if s.get(style) in struck) == "competences and expertise"
    assert "".join(s.text for s in spans if s.get(style) in underlined) == "mandate"
    # landscape A4
    layout = content.find(".//style:page-layout-properties", NS)
    if layout is None:
        layout = styles.find(".//style:page-layout-properties", NS)
    assert layout.get(f"{{{NS['style']}}}print-orientation") == "landscape"
    assert layout.get(f"{{{NS['fo']}}}page-width") == "29.7cm"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_both_tables_as_landscape_tables(tables, tmp_path, comparison):
    """LibreOffice converts the ODT to DOCX and the DOCX to ODT; python-docx reads the first."""
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", str(out),
                    str(tables[".odt"])], check=True, capture_output=True, timeout=180)
    doc = docx.Document(str(out / "table.docx"))
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert len(doc.tables[0].columns) == 1 + len(comparison.sources)
    assert "ACP/12/40" in doc.tables[0].rows[0].cells[3].text
    subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(out),
                    str(tables[".docx"])], check=True, capture_output=True, timeout=180)
    text = (out / "table.txt").read_text("utf-8-sig")
    assert "EUR/34A14/1" in text and "competences and expertise" in text


def test_an_unknown_extension_is_refused(comparison, tmp_path):
    with pytest.raises(FormatError, match=r"\.docx or \.odt"):
        synoptic.write(comparison, tmp_path / "table.pdf")


# -- command line ----------------------------------------------------------------------------
@pytest.fixture
def files(tmp_path):
    paths = []
    for name, doc in (("ins", ins_document()), ("acp", acp_document()),
                      ("eur", eur_document())):
        path = tmp_path / f"{name}.itup"
        native.save(doc, path)
        paths.append(str(path))
    return paths


def test_cli_writes_the_table_and_says_what_it_found(files, tmp_path, capsys):
    out = tmp_path / "table.docx"
    assert main(["compare", *files, "--target", "Resolution 130", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "INS/82/2, ACP/12/40, EUR/34A14/1 on Resolution 130" in said and "1 conflict" in said
    assert run_tool("check-docx", out).returncode == 0
    assert len(docx.Document(str(out)).tables[0].columns) == 4


def test_cli_json_lists_rows_with_per_source_status(files, capsys):
    assert main(["compare", files[0], files[2], "--target", "res 130", "--json",
                 "--base"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in data["sources"]] == ["Base", "INS/82/2", "EUR/34A14/1"]
    added = next(r for r in data["rows"] if r["ref"] == "resolves 2 (added)")
    assert [c["status"] for c in added["cells"]] == ["absent", "added", "added"]
    assert added["agreement"] == "agree"


def test_cli_bad_input_exits_2_with_one_line(files, tmp_path, capsys):
    out = str(tmp_path / "t.odt")
    assert main(["compare", files[0], str(tmp_path / "missing.itup"), "-o", out]) == 2
    err = capsys.readouterr().err.strip()
    assert "missing.itup: no such file" in err and "\n" not in err
    assert main(["compare", *files, "--target", "Resolution 999", "-o", out]) == 2
    err = capsys.readouterr().err.strip()
    # the message lists the targets that exist
    assert "no proposal on 'Resolution 999'" in err and "Resolution 130" in err
    assert main(["compare", *files, "--target", "Resolution 130"]) == 2  # no -o, no --json
    assert main(["compare", *files, "--target", "Resolution 130", "-o",
                 str(tmp_path / "t.pdf")]) == 2
    assert not (tmp_path / "t.odt").exists()


def test_cli_finds_the_common_target_by_itself(files, tmp_path, capsys):
    # Indonesia's file has Resolutions 163 and 130, CEPT's only 130: the common one is taken
    out = tmp_path / "t.odt"
    assert main(["compare", files[0], files[2], "-o", str(out)]) == 0
    assert run_tool("check-odt", out).returncode == 0
    assert main(["compare", files[0], files[1], "-o", str(out)]) == 0  # 130 is the only common
    assert main(["compare", files[0], "-o", str(out)]) == 2  # 163 or 130?
    assert "--target" in capsys.readouterr().err


def test_received_docx_and_odt_are_compared_with_renumbered_items_lined_up(tmp_path, capsys):
    """The issue's end to end: two received documents (Word with tracked changes, ODT) on
    Resolution 130 are read, aligned and exported."""
    from proposaleditor.formats.registry import write_document

    ins, acp = tmp_path / "ins.docx", tmp_path / "acp.odt"
    write_document(ins_document(), ins)
    write_document(acp_document(), acp)
    table = tmp_path / "table.odt"
    assert main(["compare", str(ins), str(acp), "--target", "Resolution 130", "--base",
                 "--json", "-o", str(table)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in data["sources"]] == ["Base", "INS/82/2", "ACP/12/40"]
    rows = {r["ref"]: r for r in data["rows"]}
    assert [c.get("label") for c in rows["resolves 2"]["cells"]] == ["2", "3", "2"]
    assert [c["status"] for c in rows["resolves 2 (added)"]["cells"]] == [
        "absent", "added", "absent"]
    assert rows["resolves 1"]["agreement"] == "conflict"
    suppressed = [r for r in data["rows"] if r["cells"][2]["status"] == "suppressed"]
    assert len(suppressed) == 1 and suppressed[0]["cells"][1]["status"] == "unchanged"
    assert run_tool("check-odt", table).returncode == 0
