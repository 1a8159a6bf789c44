"""ODT export: schema-valid files (check-odt), ODF tracked changes that match the model, and
LibreOffice opening them (PDF) and keeping the tracked changes when it converts them to DOCX."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from sample_documents import sample_document

from proposaleditor.domain.revisions import Op
from proposaleditor.formats import odt_writer
from proposaleditor.formats.layout import layout
from proposaleditor.formats.registry import write_document
from proposaleditor.formats.text_reader import read

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "proposaleditor" / "resources" / "examples" / "pp14-doc82-indonesia.txt"
CHECK_ODT = ROOT.parent / "shared" / "tools" / "check-odt"

NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
}


def q(prefix: str, local: str = "") -> str:
    """Clark notation: q("text", "p") -> "{urn:...text:1.0}p"."""
    return f"{{{NS[prefix]}}}{local}"


T = q("text")
W = q("w")
AUTHOR = "Indonesia (Republic of)"
DATE = "2014-10-07T09:30:00"


# -- fixtures: write once, check and convert once ----------------------------------------------
@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("odt")
    paths = {
        "tracked": out / "sample.odt",
        "static": out / "sample-static.odt",
        "french": out / "sample-fr.odt",
        "example": out / "example.odt",
    }
    sample = sample_document()
    odt_writer.write(sample, paths["tracked"], author=AUTHOR, date=DATE)
    odt_writer.write(sample, paths["static"], marks="static")
    odt_writer.write(sample_document("F"), paths["french"], author=AUTHOR, date=DATE)
    write_document(read(EXAMPLE), paths["example"])  # through the registry, default options
    return paths


def _xml(path: Path, part: str = "content.xml"):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def _soffice(files: list[Path], fmt: str, outdir: Path, profile: Path) -> None:
    # a private profile: other LibreOffice runs on the machine must not share ours
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)],
                   check=True, capture_output=True, timeout=240)


@pytest.fixture(scope="module")
def converted(files, tmp_path_factory) -> dict[str, Path]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.mktemp("lo")
    profile = tmp_path_factory.mktemp("lo-profile")
    _soffice(list(files.values()), "pdf", out, profile)
    _soffice([files["tracked"]], "docx", out, profile)
    return {"pdf": out, "docx": out / "sample.docx"}


# -- what the model says the marks are -----------------------------------------------------------
def _expected_marks(document) -> tuple[list[str], list[str]]:
    """Insertions and deletions in document order as the writer must record them, from the
    export layout (a whole inserted or suppressed paragraph is one change: label, tab, text)."""
    ins: list[str] = []
    dels: list[str] = []
    for para in layout(document):
        if not para.tracked:
            continue
        if para.change is not Op.KEEP:
            label = "".join(s.text for s in para.label)
            text = "".join(s.text for s in para.text if s.run.footnote is None)
            (ins if para.change is Op.INSERT else dels).append(
                (label + "\t" if label else "") + text)
            continue
        for segments in (para.label, para.text):
            for op, group in _groups(segments):
                (ins if op is Op.INSERT else dels).append(group)
    return ins, dels


def _groups(segments):
    op, buf = None, []
    for s in (*segments, None):
        cur = s.op if s is not None else None
        if cur is not op and op in (Op.INSERT, Op.DELETE) and buf:
            yield op, "".join(buf)
        if cur is not op:
            buf = []
        op = cur
        if s is not None and s.run.footnote is None:
            buf.append(s.text)


def _odf_text(el) -> str:
    """Text of an ODF element with tabs, without footnote bodies."""
    out = []

    def walk(node):
        if node.tag == T + "note":
            return
        if node.tag == T + "tab":
            out.append("\t")
        elif node.tag == T + "s":
            out.append(" " * int(node.get(T + "c", "1")))
        elif node.text:
            out.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                out.append(child.tail)

    walk(el)
    return "".join(out)


def _odf_marks(root) -> tuple[Counter, Counter, dict]:
    """Insertions (text between change-start and change-end) and deletions (region content)."""
    regions = {r.get(T + "id"): r for r in root.iter(T + "changed-region")}
    deletions: Counter = Counter()
    for r in regions.values():
        d = r.find("text:deletion", NS)
        if d is not None:
            deletions["\n".join(_odf_text(p) for p in d.findall("text:p", NS)).lstrip("\n")] += 1
    insertions: Counter = Counter()
    body = root.find("office:body/office:text", NS)
    open_ids: dict[str, list[str]] = {}

    def walk(node):
        tag = node.tag
        if tag == T + "tracked-changes" or tag == T + "note":
            return
        if tag == T + "change-start":
            open_ids[node.get(T + "change-id")] = []
        elif tag == T + "change-end":
            insertions["".join(open_ids.pop(node.get(T + "change-id")))] += 1
        elif tag == T + "tab":
            _feed("\t")
        elif node.text:
            _feed(node.text)
        for child in node:
            walk(child)
            if child.tail:
                _feed(child.tail)

    def _feed(text):
        for buf in open_ids.values():
            buf.append(text)

    walk(body)
    assert not open_ids, "a change-start without its change-end"
    return insertions, deletions, regions


# -- schema and structure ------------------------------------------------------------------------
def test_every_written_file_passes_check_odt(files):
    result = subprocess.run([sys.executable, str(CHECK_ODT), *map(str, files.values())],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("OK ") == len(files)


def test_tracked_changes_match_the_model(files):
    root = _xml(files["tracked"])
    insertions, deletions, regions = _odf_marks(root)
    expected_ins, expected_del = _expected_marks(sample_document())
    assert insertions == Counter(expected_ins)
    assert deletions == Counter(expected_del)
    # spot checks a reader of the printed document would make
    assert insertions["REV. BUSAN, 2014"] == 1 and deletions["GUADALAJARA, 2010"] == 1
    assert deletions["Guadalajara, 2010"] == 1 and insertions["Busan, 2014"] == 1
    assert deletions["3\tto report annually to the Council;"] == 1  # a suppressed item
    assert insertions["2\tto identify a regional mechanism, including a regional centre;"] == 1
    for region in regions.values():
        info = region.find(".//office:change-info", NS)
        assert info.findtext("dc:creator", namespaces=NS) == AUTHOR
        assert info.findtext("dc:date", namespaces=NS) == DATE
        assert region.get(q("xml", "id")) == region.get(T + "id")


def test_add_sup_noc_paragraphs_carry_no_marks(files):
    root = _xml(files["tracked"])
    body = root.find("office:body/office:text", NS)
    marked = {T + "change-start", T + "change-end", T + "change"}
    paragraphs = [p for p in body.iter(T + "p", T + "h")]
    texts = [_odf_text(p) for p in paragraphs]
    start = texts.index("ADD\tINS/82/2")
    end = texts.index("(MOD)\tINS/82/5")
    for p in paragraphs[start:end]:
        assert not any(el.tag in marked for el in p.iter()), _odf_text(p)
    shown = texts[start:end]
    assert "RESOLUTION 163 (GUADALAJARA, 2010)" in shown
    assert not any("to establish a council working group" in t for t in shown)  # SUP: no body


def test_static_marks_are_underline_and_strike(files):
    root = _xml(files["static"])
    assert root.find(".//text:tracked-changes", NS) is None
    styles = {s.get(q("style", "name")): s.find("style:text-properties", NS)
              for s in root.iter(q("style", "style"))}

    def spans(attr):
        names = {n for n, props in styles.items()
                 if props is not None and props.get(q("style", attr)) == "solid"}
        return [_odf_text(s) for s in root.iter(T + "span")
                if s.get(T + "style-name") in names]

    underlined, struck = spans("text-underline-style"), spans("text-line-through-style")
    assert "REV. BUSAN, 2014" in underlined and "GUADALAJARA, 2010" in struck
    assert "to report annually to the Council;" in struck
    ins, dels = _expected_marks(sample_document())
    assert len(underlined) >= len(ins) and len(struck) >= len(dels)


def test_styles_page_and_header(files):
    styles = _xml(files["tracked"], "styles.xml")
    sn = q("style")
    names = {s.get(sn + "display-name") or s.get(sn + "name"): s
             for s in styles.iter(sn + "style")}
    for display in ("Normal", "Normal_after_title", "Call", "enumlev1", "enumlev2", "enumlev3",
                    "Source", "Title 1", "Res_No", "Res_title", "Res_ref", "Annex_No & title",
                    "Art_No", "Art_title", "Heading_b", "Heading_i", "Proposal", "Reasons",
                    "Note", "Table_head", "Table_text"):
        assert display in names, display
    assert names["Res_No"].get(sn + "name") == "Res_5f_No"
    call = names["Call"]
    assert call.find("style:paragraph-properties", NS).get(q("fo", "margin-left")) == "1.4cm"
    default = styles.find(".//style:default-style/style:text-properties", NS)
    assert default.get(sn + "font-name") == "Times New Roman"
    assert default.get(q("fo", "font-size")) == "12pt"

    layouts = {pl.get(sn + "name"): pl.find("style:page-layout-properties", NS)
               for pl in styles.iter(sn + "page-layout")}
    fo = q("fo")
    for props in layouts.values():
        assert (props.get(fo + "page-width"), props.get(fo + "page-height")) == ("21cm", "29.7cm")
        assert props.get(fo + "margin-left") == props.get(fo + "margin-right") == "2cm"

    masters = {m.get(sn + "name"): m for m in styles.iter(sn + "master-page")}
    first, following = masters["First_20_Page"], masters["Standard"]
    assert first.get(sn + "next-style-name") == "Standard"
    assert first.find("style:header", NS) is None
    header = following.find("style:header", NS)
    assert header.find(".//text:page-number", NS) is not None
    assert "PP14/82-E" in [_odf_text(p) for p in header.iter(T + "p")]

    content = _xml(files["tracked"])
    table_style = content.find(".//style:style[@style:name='CoverTable']", NS)
    assert table_style.get(sn + "master-page-name") == "First_20_Page"


def test_cover_and_footnote(files):
    root = _xml(files["tracked"])
    cover = root.find(".//office:text/table:table", NS)
    cells = [[_odf_text(p) for p in c.iter(T + "p")] for c in cover.iter(
        q("table", "table-cell"))]
    assert cells[0][:2] == ["Plenipotentiary Conference (PP-14)",
                            "Busan, 20 October – 7 November 2014"]
    assert cells[1] == ["Document 82-E", "7 October 2014", "Original: English"]
    [note] = root.iter(T + "note")
    assert note.get(T + "note-class") == "footnote"
    assert _odf_text(note.find("text:note-body", NS)) == \
        "Such as the Asia-Pacific Centre of Excellence."


def test_french_fixed_words(files):
    texts = [_odf_text(p) for p in _xml(files["french"]).iter(T + "p")]
    assert any(t.startswith("Motifs:\t") for t in texts)
    assert "Document 82-F" in texts


def test_bad_marks_option_is_refused(tmp_path):
    with pytest.raises(ValueError, match="marks"):
        odt_writer.write(sample_document(), tmp_path / "x.odt", marks="coloured")
    assert not (tmp_path / "x.odt").exists()


def test_saved_atomically_with_backup(tmp_path):
    target = tmp_path / "out.odt"
    target.write_bytes(b"previous version")
    odt_writer.write(sample_document(), target)
    assert zipfile.is_zipfile(target)
    assert (tmp_path / "out.odt.bak").read_bytes() == b"previous version"


# -- LibreOffice -------------------------------------------------------------------------------
def test_libreoffice_converts_every_file_to_pdf(files, converted):
    for path in files.values():
        pdf = converted["pdf"] / (path.stem + ".pdf")
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), path.name


def test_tracked_changes_survive_conversion_to_docx(converted):
    root = _xml(converted["docx"], "word/document.xml")

    def text(el, tag):
        out = []
        for node in el.iter(W + tag, W + "tab"):
            out.append("\t" if node.tag == W + "tab" else node.text or "")
        return "".join(out)

    # document order; LibreOffice may cut a change where a footnote mark sits, so compare the
    # inserted and the deleted text as a whole, then the pieces a reader looks for
    ins = [t for t in (text(e, "t") for e in root.iter(W + "ins")) if t]
    dels = [t for t in (text(e, "delText") for e in root.iter(W + "del")) if t]
    expected_ins, expected_del = _expected_marks(sample_document())
    assert "".join(ins) == "".join(expected_ins)
    assert "".join(dels) == "".join(expected_del).replace("\n", "")
    assert "REV. BUSAN, 2014" in ins and "GUADALAJARA, 2010" in dels
    assert "3\tto report annually to the Council;" in dels
    authors = {e.get(W + "author") for e in root.iter(W + "ins", W + "del")}
    assert authors == {AUTHOR}


def test_received_marks_keep_their_author_and_date(tmp_path):
    from proposaleditor.domain.inline import Run
    from proposaleditor.domain.revisions import Segment

    document = sample_document()
    title = document.proposals[0].provisions[1]
    title.received_marks = (Segment(Op.KEEP, Run("The role of ")),
                            Segment(Op.DELETE, Run("old "), "CEPT", "2014-09-01T10:00:00Z"),
                            Segment(Op.INSERT, Run("new "), "CEPT", "2014-09-01T10:00:00Z"),
                            Segment(Op.KEEP, Run("telecommunications")))
    path = tmp_path / "received.odt"
    odt_writer.write(document, path, author=AUTHOR, date=DATE)
    regions = _xml(path).iter(T + "changed-region")
    who = Counter((r.findtext(".//dc:creator", namespaces=NS),
                   r.findtext(".//dc:date", namespaces=NS)) for r in regions)
    assert who[("CEPT", "2014-09-01T10:00:00")] == 2
    assert who[(AUTHOR, DATE)] == sum(who.values()) - 2


def test_tabs_spaces_and_line_breaks(tmp_path):
    from proposaleditor.domain.document import FreeBlock
    from proposaleditor.domain.inline import runs

    document = sample_document()
    document.parts.insert(0, FreeBlock(text=runs("a  b\tc\nd")))
    path = tmp_path / "ws.odt"
    odt_writer.write(document, path)
    root = _xml(path)
    [p] = [p for p in root.iter(T + "p") if (p.text or "").startswith("a ")]
    assert [child.tag for child in p] == [T + "s", T + "tab", T + "line-break"]
    assert p[0].get(T + "c") == "1" and _odf_text(p) == "a  b\tcd"


def test_the_user_logo_sits_in_the_cover_and_is_packaged(tmp_path, example_path):
    """The optional logo of the export issue, in the ODT as in the DOCX: embedded, listed in the
    manifest, valid ODF; a missing or unusable image is a one-line error."""
    import subprocess
    import sys
    import zipfile

    from conftest import SHARED
    from lxml import etree

    from proposaleditor.formats import odt_writer
    from proposaleditor.formats.errors import FormatError
    from proposaleditor.formats.text_reader import read

    logo = (example_path.parents[1] / "icons" / "proposaleditor-128.png")
    out = tmp_path / "logo.odt"
    odt_writer.write(read(example_path), out, logo=logo)
    with zipfile.ZipFile(out) as z:
        pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
        assert len(pictures) == 1
        assert z.read(pictures[0]) == logo.read_bytes()
        assert pictures[0] in z.read("META-INF/manifest.xml").decode()
        content = etree.fromstring(z.read("content.xml"))
    ns = {"draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
          "xlink": "http://www.w3.org/1999/xlink",
          "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
    images = content.findall(".//table:table-cell//draw:image", ns)
    assert [i.get(f"{{{ns['xlink']}}}href") for i in images] == pictures
    checker = SHARED / "tools" / "check-odt"
    if checker.exists():
        result = subprocess.run([sys.executable, str(checker), str(out)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    with pytest.raises(FormatError, match="not found"):
        odt_writer.write(read(example_path), tmp_path / "x.odt", logo=tmp_path / "none.png")
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(FormatError, match="not a usable image"):
        odt_writer.write(read(example_path), tmp_path / "y.odt", logo=bad)
