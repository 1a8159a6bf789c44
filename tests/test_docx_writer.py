"""DOCX export read back by independent tools: check-docx, pandoc, python-docx, LibreOffice."""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import docx
import pytest
from lxml import etree
from sample_documents import sample_document

from proposaleditor.domain.revisions import Op
from proposaleditor.formats import docx_writer
from proposaleditor.formats.errors import FormatError
from proposaleditor.formats.registry import write_document

ROOT = Path(__file__).resolve().parents[1]
CHECK_DOCX = ROOT.parent / "shared" / "tools" / "check-docx"
EXAMPLE = ROOT / "src" / "proposaleditor" / "resources" / "examples" / "pp14-doc82-indonesia.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATE = "2014-10-07T00:00:00Z"


def read_example():
    try:
        from proposaleditor.formats.text_reader import read
    except ImportError:
        pytest.skip("the text reader is not there yet")
    return read(EXAMPLE)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Every variant written once: name -> (document, path)."""
    folder = tmp_path_factory.mktemp("docx")
    out = {}

    def export(name, document, **options):
        path = folder / f"{name}.docx"
        docx_writer.write(document, path, date=DATE, **options)
        out[name] = (document, path)

    export("english", sample_document())
    export("static", sample_document(), marks="static")
    export("french", sample_document("F"))
    export("spanish", sample_document(), language="S")
    export("example", read_example())
    return out


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# -- check-docx ------------------------------------------------------------------------------
def test_every_export_passes_check_docx(exports):
    if not CHECK_DOCX.exists():
        pytest.skip("check-docx not available")
    paths = [str(p) for _, p in exports.values()]
    result = subprocess.run([sys.executable, str(CHECK_DOCX), *paths], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- pandoc reads back exactly the model's changes -------------------------------------------
def expected_changes(document) -> Counter:
    """(kind, text) of every maximal insertion / deletion, computed from the model alone.

    A provision prints as label, tab, text: an added or suppressed provision is one change
    (its tab included); a footnote's body is a change of its own when its mark is changed.
    """
    found: Counter = Counter()
    for proposal in document.iter_proposals():
        if not proposal.marker.tracked:
            continue
        for provision in proposal.walk():
            label, text = provision.label_marks, provision.marks
            whole = {"added": Op.INSERT, "suppressed": Op.DELETE}.get(provision.status.value,
                                                                      Op.KEEP)
            items = [(s.op, s.run) for s in label]
            if label:
                items.append((whole, None))  # the tab
            items += [(s.op, s.run) for s in text]
            current, buf = None, []
            for op, run in [*items, (None, None)]:
                if op is not current:
                    if current in (Op.INSERT, Op.DELETE) and norm("".join(buf)):
                        found[(current.value, norm("".join(buf)))] += 1
                    current, buf = op, []
                if run is None:
                    buf.append(" ")
                elif run.footnote is not None:  # the mark is numbered by Word, not text
                    if op is not Op.KEEP:
                        found[(op.value, norm(run.footnote.text))] += 1
                else:
                    buf.append(run.text)
    return found


def pandoc_changes(path: Path) -> Counter:
    ast = json.loads(subprocess.run(
        ["pandoc", "--track-changes=all", "-f", "docx", "-t", "json", str(path)],
        check=True, capture_output=True).stdout)
    found: Counter = Counter()

    def text(nodes, skip_notes=True) -> str:
        out = []
        for node in nodes:
            kind, content = node.get("t"), node.get("c")
            if kind == "Str":
                out.append(content)
            elif kind in ("Space", "SoftBreak", "LineBreak"):
                out.append(" ")
            elif kind == "Note" and skip_notes:
                continue
            elif kind == "Span":
                out.append(text(content[1], skip_notes))
            elif kind == "Para" or kind == "Plain":
                out.append(text(content, skip_notes))
            elif isinstance(content, list):
                inner = content[-1] if kind in ("Link", "Image", "Quoted", "Cite") else content
                if isinstance(inner, list) and all(isinstance(x, dict) for x in inner):
                    out.append(text(inner, skip_notes))
        return "".join(out)

    def walk(node):
        if isinstance(node, dict):
            if node.get("t") == "Span":
                classes = node["c"][0][1]
                for kind in ("insertion", "deletion"):
                    if kind in classes and norm(text(node["c"][1])):
                        found[("ins" if kind == "insertion" else "del",
                               norm(text(node["c"][1])))] += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(ast["blocks"])
    return found


@pytest.mark.parametrize("name", ["english", "french", "spanish", "example"])
def test_pandoc_reads_back_exactly_the_model_changes(exports, name):
    if not shutil.which("pandoc"):
        pytest.skip("pandoc not installed")
    document, path = exports[name]
    expected = expected_changes(document)
    assert expected, "the document must have changes for this test to mean anything"
    assert pandoc_changes(path) == expected


def test_generated_document_passes_both_checks(tmp_path):
    """The benchmark generator's random edits: added, suppressed, renumbered, replaced words."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import large_document
    finally:
        sys.path.pop(0)
    document = large_document(proposals=20, provisions=400, seed=3)
    path = tmp_path / "generated.docx"
    docx_writer.write(document, path, date=DATE)
    if CHECK_DOCX.exists():
        result = subprocess.run([sys.executable, str(CHECK_DOCX), str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
    if shutil.which("pandoc"):
        assert pandoc_changes(path) == expected_changes(document)


def test_static_marks_are_formatting_not_revisions(exports):
    document, path = exports["static"]
    body = part(path, "word/document.xml")
    assert not body.findall(f".//{W}ins") and not body.findall(f".//{W}del")

    def formatted(tag: str) -> str:  # text of the runs carrying tag, whitespace dropped
        return "".join(t.text for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}{tag}")
                       is not None for t in r.iter(f"{W}t")).replace(" ", "")

    underlined, struck = formatted("u"), formatted("strike")
    for (kind, text), _n in expected_changes(document).items():
        if "Asia-Pacific" in text:  # footnote body: in the footnotes part
            continue
        assert text.replace(" ", "") in (underlined if kind == "ins" else struck), text
    if shutil.which("pandoc"):
        md = subprocess.run(["pandoc", "-f", "docx", "-t", "markdown", str(path)],
                            check=True, capture_output=True, text=True).stdout
        assert "~~GUADALAJARA, 2010~~" in md and "[REV. BUSAN, 2014]{.underline}" in md


# -- the OOXML itself ------------------------------------------------------------------------
def proposal_sections(body) -> dict[str, list]:
    """Marker line text -> the paragraphs that follow it up to the next marker line."""
    sections: dict[str, list] = {}
    current = None
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        if style is not None and style.get(f"{W}val") == "Proposal":
            current = text
            sections[current] = []
        elif current is not None:
            sections[current].append(p)
    return sections


def test_add_sup_noc_have_no_tracked_changes_and_mod_has(exports):
    _, path = exports["english"]
    sections = proposal_sections(part(path, "word/document.xml"))
    assert list(sections) == ["MODINS/82/1", "ADDINS/82/2", "SUPINS/82/3", "NOCINS/82/4",
                              "(MOD)INS/82/5"]
    for name, paras in sections.items():
        changes = [el for p in paras for el in p.iter(f"{W}ins", f"{W}del")]
        assert bool(changes) == name.startswith(("MOD", "(MOD)")), name


def test_sup_and_noc_print_the_identification_only(exports):
    _, path = exports["english"]
    sections = proposal_sections(part(path, "word/document.xml"))
    styles = {name: [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in paras]
              for name, paras in sections.items()}
    assert styles["SUPINS/82/3"] == ["ResNo", "Restitle", "Normalaftertitle", "Reasons"]
    assert styles["NOCINS/82/4"] == ["ResNo", "Restitle", "Reasons"]


def test_revisions_carry_author_and_date(exports):
    _, path = exports["english"]
    body = part(path, "word/document.xml")
    changes = list(body.iter(f"{W}ins", f"{W}del"))
    assert changes
    assert {c.get(f"{W}author") for c in changes} == {"Indonesia (Republic of)"}
    assert {c.get(f"{W}date") for c in changes} == {DATE}


def test_added_and_suppressed_items_mark_the_paragraph(exports):
    _, path = exports["english"]
    body = part(path, "word/document.xml")
    marks = {}
    for p in body.iter(f"{W}p"):
        mark = p.find(f"{W}pPr/{W}rPr")
        if mark is not None and len(mark):
            marks[etree.QName(mark[0]).localname] = "".join(
                t.text for t in p.iter(f"{W}t", f"{W}delText"))
    assert marks == {"ins": "2to identify a regional mechanism, including a regional centre;",
                     "del": "3to report annually to the Council;"}


def test_renumbered_label_is_old_deleted_new_inserted(exports):
    _, path = exports["english"]
    body = part(path, "word/document.xml")
    para = next(p for p in body.iter(f"{W}p")
                if "to liaise" in "".join(t.text for t in p.iter(f"{W}t")))
    first = [etree.QName(c).localname for c in para if etree.QName(c).localname != "pPr"][:3]
    assert first == ["del", "ins", "r"]
    assert "".join(t.text for t in para.find(f"{W}del").iter(f"{W}delText")) == "2"
    assert "".join(t.text for t in para.find(f"{W}ins").iter(f"{W}t")) == "3"
    assert para[3].find(f"{W}tab") is not None


def test_footnote_is_a_real_footnote(exports):
    _, path = exports["english"]
    body = part(path, "word/document.xml")
    refs = [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")]
    notes = part(path, "word/footnotes.xml")
    by_id = {n.get(f"{W}id"): "".join(t.text for t in n.iter(f"{W}t"))
             for n in notes.iter(f"{W}footnote")}
    assert refs == ["1"]
    assert by_id["1"] == "Such as the Asia-Pacific Centre of Excellence."
    assert {"-1", "0"} <= set(by_id)
    assert part(path, "word/settings.xml").find(f"{W}footnotePr") is not None


def test_no_literal_tabs_and_labels_use_w_tab(exports):
    _, path = exports["english"]
    body = part(path, "word/document.xml")
    assert not [t for t in body.iter(f"{W}t", f"{W}delText") if "\t" in (t.text or "")]
    proposal_line = next(p for p in body.iter(f"{W}p")
                         if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Proposal")
    assert proposal_line.find(f"{W}pPr/{W}keepNext") is not None
    assert len(list(proposal_line.iter(f"{W}tab"))) == 1


def test_lettered_labels_are_italic(exports):
    _, path = exports["english"]
    body = part(path, "word/document.xml")
    for p in body.iter(f"{W}p"):
        runs = p.findall(f"{W}r")
        if runs and "".join(t.text for t in runs[0].iter(f"{W}t")) in ("a)", "b)"):
            assert runs[0].find(f"{W}rPr/{W}i") is not None


# -- python-docx: cover, page, header --------------------------------------------------------
def test_python_docx_sees_cover_styles_and_header(exports):
    _, path = exports["english"]
    word = docx.Document(str(path))
    cover = word.tables[0]
    assert [p.text for p in cover.cell(0, 0).paragraphs] == [
        "Plenipotentiary Conference (PP-14)", "Busan, 20 October – 7 November 2014"]
    assert [p.text for p in cover.cell(0, 1).paragraphs] == [
        "Document 82-E", "7 October 2014", "Original: English"]
    texts = [(p.style.style_id, p.text) for p in word.paragraphs]
    assert ("Source", "Indonesia (Republic of)") in texts
    assert ("Title1", "PROPOSALS FOR THE WORK OF THE CONFERENCE") in texts
    assert ("Proposal", "MOD\tINS/82/1") in texts
    section = word.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert section.different_first_page_header_footer
    assert [p.text for p in section.header.paragraphs] == ["- 2 -", "PP14/82-E"]
    assert all(not p.text for p in section.first_page_header.paragraphs)
    assert word.core_properties.author == "Indonesia (Republic of)"


def test_fixed_words_follow_the_language(exports):
    for name, words in (("french", ("Motifs:", "Document 82-F", "Original: anglais")),
                        ("spanish", ("Motivos:", "Documento 82-S", "Original: inglés"))):
        _, path = exports[name]
        text = "\n".join(t.text for t in part(path, "word/document.xml").iter(f"{W}t"))
        for word in words:
            assert word in text, (name, word)
    fr_header = part(exports["french"][1], "word/header2.xml")
    assert "PP14/82-F" in "".join(t.text for t in fr_header.iter(f"{W}t"))


def test_registry_writes_docx(tmp_path):
    path = tmp_path / "out.docx"
    write_document(sample_document(), path, marks="static")
    assert docx.Document(str(path)).tables


# -- templates and logo ----------------------------------------------------------------------
def foreign_template(tmp_path: Path) -> Path:
    """A user's template: python-docx's default (Letter, no ITU styles) saved as .dotx, with
    its own Call style in red."""
    word = docx.Document()
    call = word.styles.add_style("Call", 1)
    call.font.color.rgb = docx.shared.RGBColor(0xFF, 0, 0)
    word.add_paragraph("boilerplate the export must not keep")
    buf = io.BytesIO()
    word.save(buf)
    out = tmp_path / "official.dotx"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    return out


def test_user_template_styles_are_used_by_id_and_missing_ones_added(tmp_path):
    template = foreign_template(tmp_path)
    path = tmp_path / "out.docx"
    docx_writer.write(sample_document(), path, template=template, date=DATE)
    styles = {s.get(f"{W}styleId"): s for s in part(path, "word/styles.xml").iter(f"{W}style")}
    assert styles["Call"].find(f"{W}rPr/{W}color").get(f"{W}val") == "FF0000"  # theirs
    for sid in ("ResNo", "Restitle", "Proposal", "Reasons", "FootnoteText", "Source"):
        assert sid in styles  # ours, added
    word = docx.Document(str(path))
    assert "boilerplate" not in "\n".join(p.text for p in word.paragraphs)
    assert word.sections[0].page_width.twips == 12240  # their page set-up is kept
    if CHECK_DOCX.exists():
        result = subprocess.run([sys.executable, str(CHECK_DOCX), str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


def test_remote_links_of_a_user_template_are_dropped(tmp_path):
    """A template attached to a remote .dotx with a web link in its footer still gives a file
    with no external relationship; the link's text stays."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    ATTACHED_TEMPLATE = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                         "attachedTemplate")

    word = docx.Document()
    footer = word.sections[0].footer
    rid = footer.part.relate_to("https://www.itu.int/", RT.HYPERLINK, is_external=True)
    footer.paragraphs[0]._p.append(parse_xml(
        f'<w:hyperlink xmlns:w="{W[1:-1]}" xmlns:r="{docx_writer.R_NS}" r:id="{rid}">'
        "<w:r><w:t>www.itu.int</w:t></w:r></w:hyperlink>"))
    settings = word.settings.element
    tid = word.part._settings_part.relate_to("https://example.org/itu.dotx",
                                             ATTACHED_TEMPLATE, is_external=True)
    settings.find(f"{W}proofState").addnext(parse_xml(
        f'<w:attachedTemplate xmlns:w="{W[1:-1]}" xmlns:r="{docx_writer.R_NS}" r:id="{tid}"/>'))
    template = tmp_path / "remote.docx"
    word.save(str(template))
    path = tmp_path / "out.docx"
    docx_writer.write(sample_document(), path, template=template, date=DATE)
    with zipfile.ZipFile(path) as zf:
        rels = b"".join(zf.read(n) for n in zf.namelist() if n.endswith(".rels"))
    assert b"External" not in rels
    assert docx.Document(str(path)).sections[0].footer.paragraphs[0].text == "www.itu.int"
    if CHECK_DOCX.exists():
        result = subprocess.run([sys.executable, str(CHECK_DOCX), str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


def test_bad_template_and_logo_give_one_line_errors(tmp_path):
    bad = tmp_path / "bad.dotx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(FormatError, match="not a Word template"):
        docx_writer.render(sample_document(), template=bad)
    with pytest.raises(FormatError, match="cannot read the template"):
        docx_writer.render(sample_document(), template=tmp_path / "missing.dotx")
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    with pytest.raises(FormatError, match="not a usable image"):
        docx_writer.render(sample_document(), logo=text)
    with pytest.raises(ValueError, match="marks"):
        docx_writer.render(sample_document(), marks="colour")


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x00\x80\xff" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_logo_sits_in_the_cover_table(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    path = tmp_path / "logo.docx"
    docx_writer.write(sample_document(), path, logo=logo, date=DATE)
    word = docx.Document(str(path))
    cell = word.tables[0].cell(0, 0)
    assert cell.paragraphs[0]._p.xpath(".//pic:pic")
    assert cell.paragraphs[1].text == "Plenipotentiary Conference (PP-14)"
    if CHECK_DOCX.exists():
        result = subprocess.run([sys.executable, str(CHECK_DOCX), str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


def test_write_is_atomic_and_keeps_a_backup(tmp_path):
    path = tmp_path / "out.docx"
    docx_writer.write(sample_document(), path, date=DATE)
    first = path.read_bytes()
    docx_writer.write(sample_document("F"), path, date=DATE)
    assert (tmp_path / "out.docx.bak").read_bytes() == first
    assert not list(tmp_path.glob(".out.docx.*.tmp"))


# -- LibreOffice -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def pdf_pages(exports, tmp_path_factory):
    """The English sample and the example converted to PDF once; text of each page."""
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice or pdftotext not installed")
    folder = tmp_path_factory.mktemp("pdf")
    paths = [str(exports[name][1]) for name in ("english", "example")]
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *paths],
                   check=True, capture_output=True, timeout=240)
    pages = {}
    for name in ("english", "example"):
        pdf = folder / f"{name}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {name}.docx"
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                              capture_output=True, text=True).stdout
        pages[name] = text.split("\f")
    return pages


@pytest.mark.slow
def test_libreoffice_converts_and_shows_the_header_from_page_two(pdf_pages):
    pages = [p for p in pdf_pages["example"] if p.strip()]
    assert len(pages) >= 3
    assert "PP14/82-E" not in pages[0] and "Document 82-E" in pages[0]
    assert re.search(r"-\s*2\s*-", pages[1]) and "PP14/82-E" in pages[1]
    assert "Reasons:" in "\n".join(pages)
    english = "\n".join(pdf_pages["english"])
    assert "MOD" in english and "INS/82/1" in english


# -- command line ----------------------------------------------------------------------------
def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "proposaleditor.cli", *args],
                          capture_output=True, text=True)


def test_cli_export_prints_findings_and_writes_docx(tmp_path):
    out = tmp_path / "example.docx"
    result = cli("export", str(EXAMPLE), "-o", str(out), "--marks", "static", "--language", "F",
                 "--author", "Administration of Indonesia")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("has no reasons") == 3  # the example's missing reasons
    word = docx.Document(str(out))
    assert "Motifs:" in "\n".join(p.text for p in word.paragraphs)
    assert not part(out, "word/document.xml").findall(f".//{W}ins")  # static marks


def test_cli_export_strict_refuses_on_errors(tmp_path):
    out = tmp_path / "example.docx"
    result = cli("export", str(EXAMPLE), "-o", str(out), "--strict")
    assert result.returncode == 1
    assert "export refused" in result.stderr and not out.exists()


def test_cli_export_author_and_bad_output(tmp_path):
    out = tmp_path / "example.docx"
    result = cli("export", str(EXAMPLE), "-o", str(out), "--author", "INS Administration")
    assert result.returncode == 0, result.stderr
    authors = {c.get(f"{W}author") for c in part(out, "word/document.xml").iter(f"{W}del")}
    assert authors == {"INS Administration"}
    result = cli("export", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_received_marks_keep_their_author_and_get_a_valid_date(tmp_path):
    from proposaleditor.domain.inline import Run
    from proposaleditor.domain.revisions import Segment

    document = sample_document()
    provision = document.proposals[0].provisions[1]  # the title
    provision.received_marks = (
        Segment(Op.KEEP, Run("The role of ")),
        Segment(Op.DELETE, Run("ICTs"), author="CEPT & Co", date="2018-10-03"),
        Segment(Op.INSERT, Run("telecommunications"), author="CEPT & Co",
                date="2018-10-03T12:00:00+02:00"),
    )
    path = tmp_path / "received.docx"
    docx_writer.write(document, path, date=DATE)
    body = part(path, "word/document.xml")
    received = [c for c in body.iter(f"{W}ins", f"{W}del") if c.get(f"{W}author") == "CEPT & Co"]
    assert [c.get(f"{W}date") for c in received] == ["2018-10-03T00:00:00Z",
                                                     "2018-10-03T10:00:00Z"]
    if CHECK_DOCX.exists():
        result = subprocess.run([sys.executable, str(CHECK_DOCX), str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout
