"""The committed DOCX template is what the build script makes; it has the ITU page and styles."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "resources" / "build_docx_template.py"
TEMPLATE = ROOT / "src" / "proposaleditor" / "resources" / "templates" / "itu-proposal.docx"
CHECK_DOCX = ROOT.parent / "shared" / "tools" / "check-docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# display name -> style id, as the ITU sheet stores them (itu-format.md section 7)
ITU_STYLES = {
    "Normal": "Normal", "Normal_after_title": "Normalaftertitle", "Call": "Call",
    "enumlev1": "enumlev1", "enumlev2": "enumlev2", "enumlev3": "enumlev3",
    "Heading_b": "Headingb", "Heading_i": "Headingi", "heading 1": "Heading1",
    "Source": "Source", "Title 1": "Title1", "Res_No": "ResNo", "Res_title": "Restitle",
    "Res_ref": "Resref", "Annex_No & title": "AnnexNotitle", "Art_No": "ArtNo",
    "Art_title": "Arttitle", "Reasons": "Reasons", "Proposal": "Proposal", "Note": "Note",
    "footnote text": "FootnoteText", "Table_head": "Tablehead", "Table_text": "Tabletext",
    "header": "Header", "footer": "Footer", "footnote reference": "FootnoteReference",
    "Art_def": "Artdef", "Res_def": "Resdef",
}


def xml_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: etree.tostring(etree.fromstring(zf.read(n)), method="c14n")
                for n in zf.namelist() if n.endswith((".xml", ".rels"))}


@pytest.fixture(scope="module")
def styles():
    with zipfile.ZipFile(TEMPLATE) as zf:
        root = etree.fromstring(zf.read("word/styles.xml"))
    return {s.get(f"{W}styleId"): s for s in root.iter(f"{W}style")}


def test_rebuild_gives_the_committed_template(tmp_path):
    out = tmp_path / "rebuilt.docx"
    subprocess.run([sys.executable, str(SCRIPT), str(out)], check=True, capture_output=True)
    rebuilt, committed = xml_parts(out.read_bytes()), xml_parts(TEMPLATE.read_bytes())
    assert sorted(rebuilt) == sorted(committed)
    for name in committed:
        assert rebuilt[name] == committed[name], f"{name} differs: run {SCRIPT.name} and commit"
    assert out.read_bytes() == TEMPLATE.read_bytes()  # deterministic down to the zip


def test_template_passes_check_docx():
    if not CHECK_DOCX.exists():
        pytest.skip("check-docx not available")
    result = subprocess.run([sys.executable, str(CHECK_DOCX), str(TEMPLATE)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_is_clean():
    with zipfile.ZipFile(TEMPLATE) as zf:
        names = zf.namelist()
        content_types = zf.read("[Content_Types].xml").decode()
    assert not [n for n in names if "thumbnail" in n or "customXml" in n or n.endswith(".jpeg")]
    assert [n for n in names if "styles" in n.lower()] == ["word/styles.xml"]
    assert "stylesWithEffects" not in content_types
    assert len(names) == len(set(names))


def test_page_is_a4_with_itu_margins():
    section = docx.Document(str(TEMPLATE)).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert section.top_margin.cm == pytest.approx(2.5, abs=0.01)
    assert section.bottom_margin.cm == pytest.approx(2.5, abs=0.01)
    assert section.left_margin.cm == pytest.approx(2.0, abs=0.01)
    assert section.right_margin.cm == pytest.approx(2.0, abs=0.01)
    assert section.header_distance.cm == pytest.approx(1.27, abs=0.01)
    assert section.footer_distance.cm == pytest.approx(1.27, abs=0.01)
    assert section.different_first_page_header_footer


def test_every_itu_style_has_its_display_name_and_id(styles):
    # the stored w:name (python-docx shows built-in names its own way: "Heading 1")
    by_name = {_val(s, "w:name"): sid for sid, s in styles.items()}
    for name, sid in ITU_STYLES.items():
        assert by_name.get(name) == sid, name
    seen = {s.style_id for s in docx.Document(str(TEMPLATE)).styles}
    assert set(ITU_STYLES.values()) <= seen


def test_no_latent_styles_and_no_duplicate_ids(styles):
    with zipfile.ZipFile(TEMPLATE) as zf:
        root = etree.fromstring(zf.read("word/styles.xml"))
    ids = [s.get(f"{W}styleId") for s in root.iter(f"{W}style")]
    assert len(ids) == len(set(ids))
    assert root.find(f"{W}latentStyles") is None
    for style in styles.values():  # every basedOn / next names a defined style
        for ref in ("basedOn", "next"):
            el = style.find(f"{W}{ref}")
            if el is not None:
                assert el.get(f"{W}val") in styles


def _val(style, path, attr="val"):
    el = style.find(path.replace("w:", W))
    return None if el is None else el.get(f"{W}{attr}", "1")


def test_normal_is_times_new_roman_12pt_with_itu_tabs(styles):
    normal = styles["Normal"]
    assert _val(normal, "w:rPr/w:rFonts", "ascii") == "Times New Roman"
    assert _val(normal, "w:rPr/w:sz") == "24"
    assert _val(normal, "w:pPr/w:spacing", "before") == "120"
    tabs = [t.get(f"{W}pos") for t in normal.iter(f"{W}tab")]
    assert tabs == ["794", "1191", "1588", "1985"]


@pytest.mark.parametrize("sid, path, attr, value", [
    ("Normalaftertitle", "w:pPr/w:spacing", "before", "360"),
    ("Call", "w:pPr/w:ind", "left", "794"),
    ("Call", "w:pPr/w:spacing", "before", "160"),
    ("Call", "w:rPr/w:i", "val", "1"),
    ("Call", "w:pPr/w:keepNext", "val", "1"),
    ("Call", "w:pPr/w:keepLines", "val", "1"),
    ("enumlev1", "w:pPr/w:ind", "hanging", "794"),
    ("enumlev1", "w:pPr/w:spacing", "before", "80"),
    ("enumlev2", "w:pPr/w:ind", "left", "1191"),
    ("enumlev2", "w:pPr/w:ind", "hanging", "397"),
    ("enumlev3", "w:pPr/w:ind", "left", "1588"),
    ("Source", "w:pPr/w:spacing", "before", "840"),
    ("Source", "w:pPr/w:spacing", "after", "200"),
    ("Source", "w:rPr/w:sz", "val", "28"),
    ("Source", "w:pPr/w:jc", "val", "center"),
    ("Title1", "w:rPr/w:caps", "val", "1"),
    ("Title1", "w:rPr/w:b", "val", "0"),
    ("Title1", "w:next", "val", "Title2"),
    ("ResNo", "w:rPr/w:caps", "val", "1"),
    ("ResNo", "w:next", "val", "Restitle"),
    ("Restitle", "w:pPr/w:spacing", "before", "360"),
    ("Restitle", "w:rPr/w:b", "val", "1"),
    ("Resref", "w:rPr/w:i", "val", "1"),
    ("AnnexNotitle", "w:pPr/w:spacing", "before", "480"),
    ("ArtNo", "w:pPr/w:spacing", "before", "480"),
    ("Arttitle", "w:pPr/w:spacing", "before", "240"),
    ("Reasons", "w:pPr/w:spacing", "before", "0"),
    ("Proposal", "w:rPr/w:b", "val", "1"),
    ("Proposal", "w:pPr/w:keepNext", "val", "1"),
    ("Note", "w:pPr/w:spacing", "before", "80"),
    ("FootnoteText", "w:pPr/w:ind", "left", "255"),
    ("FootnoteText", "w:pPr/w:ind", "hanging", "255"),
    ("Tablehead", "w:rPr/w:sz", "val", "22"),
    ("Tabletext", "w:rPr/w:sz", "val", "22"),
    ("Header", "w:rPr/w:sz", "val", "18"),
    ("Header", "w:pPr/w:jc", "val", "center"),
    ("Footer", "w:rPr/w:sz", "val", "16"),
    ("Footer", "w:rPr/w:caps", "val", "1"),
    ("FootnoteReference", "w:rPr/w:sz", "val", "18"),
    ("FootnoteReference", "w:rPr/w:position", "val", "6"),
])
def test_style_values(styles, sid, path, attr, value):
    assert _val(styles[sid], path, attr) == value
