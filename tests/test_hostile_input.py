"""Hostile and broken received files: each is a one-line FormatError naming the file, or a clean
read; never another exception, never a hang, never a file or network access."""

from __future__ import annotations

import http.server
import random
import struct
import subprocess
import sys
import threading
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from lxml import etree
from odf.opendocument import OpenDocumentText
from odf.text import P
from received_docs import document_xml, p, r, text_p, write_docx

from proposaleditor.formats import docx_reader, odt_reader, safezip
from proposaleditor.formats.errors import FormatError
from proposaleditor.formats.registry import read_document


def refused(path, *needles: str) -> str:
    """Reading path gives a one-line FormatError that names the file (and the needles)."""
    with pytest.raises(FormatError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    for needle in needles:
        assert needle.lower() in message.lower(), message
    return message


@pytest.fixture
def valid_docx(tmp_path) -> Path:
    return write_docx(tmp_path / "ok.docx", text_p("MOD\tINS/82/1") + text_p("Some text."))


# -- zip containers ---------------------------------------------------------------------------
def _raw_zip(path: Path, name: str, data: bytes, declared_size: int, *, flags: int = 0) -> Path:
    """A one-entry zip written by hand, so sizes and flags can lie."""
    crc = 0  # never checked: the entry must be refused before it is inflated
    fname = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, 0, 0, crc, len(data),
                        declared_size, len(fname), 0) + fname
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, 0, 0, crc,
                          len(data), declared_size, len(fname), 0, 0, 0, 0, 0, 0) + fname
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central),
                      len(local) + len(data), 0)
    path.write_bytes(local + data + central + end)
    return path


def _zeros_deflated(megabytes: int) -> bytes:
    """A raw deflate stream of many MB of zeros, built without compressing them all: one
    independently flushed 1 MB block repeated."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(bytes(1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15).compress(b"") + b"\x03\x00"
    return block * megabytes + tail


def test_zip_bomb_is_refused_from_the_directory_without_inflating(tmp_path):
    bomb = _raw_zip(tmp_path / "bomb.docx", "word/document.xml", _zeros_deflated(1024),
                    1024 << 20)
    tracemalloc.start()
    try:
        refused(bomb, "zip bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20  # 1 GB declared; nothing near that was ever allocated


def test_high_ratio_entry_is_refused(tmp_path):
    bomb = _raw_zip(tmp_path / "ratio.docx", "word/document.xml", _zeros_deflated(20), 20 << 20)
    refused(bomb, "compresses", "zip bomb")


def test_repetitive_but_genuine_document_is_not_taken_for_a_bomb(tmp_path):
    path = write_docx(tmp_path / "boilerplate.docx", text_p("Same paragraph again.") * 20000)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    assert info.file_size > 200 * info.compress_size  # far more than real text compresses
    paragraphs, _ = docx_reader.read_paragraphs(path)
    assert len(paragraphs) == 20000


def test_entry_that_inflates_past_its_declared_size_is_cut_off(tmp_path):
    # the header claims 1000 bytes; the data inflates to 64 MB
    liar = _raw_zip(tmp_path / "liar.docx", "word/document.xml", _zeros_deflated(64), 1000)
    with safezip.SafeZip(liar) as pkg, pytest.raises(FormatError, match="word/document.xml"):
        pkg.read("word/document.xml")


def test_too_many_entries(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(safezip.DEFAULT_LIMITS.max_entries + 1):
            zf.writestr(f"word/media/x{i}.xml", b"")
    refused(path, "too many parts")


def test_forged_entry_count_is_refused_before_the_directory_is_read(tmp_path, valid_docx):
    data = bytearray(valid_docx.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8:end + 12] = struct.pack("<HH", 65000, 65000)  # entries here, in total
    forged = tmp_path / "forged.docx"
    forged.write_bytes(bytes(data))
    refused(forged, "too many parts", "65000")


def test_total_size_limit(tmp_path):
    path = tmp_path / "total.docx"
    limits = safezip.Limits(max_total_size=1 << 20, max_ratio=10**6)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            zf.writestr(f"part{i}.xml", bytes(600 << 10))
    with pytest.raises(FormatError, match="too large uncompressed"):
        docx_reader.read(path, limits=limits)


def test_not_a_zip(tmp_path):
    path = tmp_path / "letter.docx"
    path.write_text("Dear colleagues, please find our proposals attached.")
    refused(path, "not a zip")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    refused(empty, "not a zip")


def test_truncated_zip(valid_docx, tmp_path):
    data = valid_docx.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        path = tmp_path / f"cut{cut}.docx"
        path.write_bytes(data[:cut])
        refused(path)


def test_encrypted_entry(tmp_path):
    path = _raw_zip(tmp_path / "locked.docx", "word/document.xml", zlib.compress(b"x")[2:-4], 1,
                    flags=0x1)
    refused(path, "encrypted")


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/evil.xml", "word/../../evil.xml",
                                  "C:/evil.xml", "word\\..\\evil.xml"])
def test_path_traversal_names_are_refused(tmp_path, name):
    path = tmp_path / "traversal.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", document_xml(text_p("x")))
        zf.writestr(zipfile.ZipInfo(name), b"<x/>")
    refused(path, "unsafe part name")


def test_missing_parts(tmp_path):
    path = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    refused(path, "word/document.xml")
    path = tmp_path / "nocontenttypes.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", document_xml(text_p("x")))
    refused(path, "[Content_Types].xml")


def test_broken_xml(tmp_path):
    path = write_docx(tmp_path / "broken.docx", document=document_xml(text_p("x"))[:-30])
    refused(path, "word/document.xml", "not well-formed")
    path = write_docx(tmp_path / "bad-styles.docx", text_p("x"), parts={"styles": "<w:styles"})
    refused(path, "word/styles.xml")


def test_wrong_root_and_content_type(tmp_path):
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    refused(write_docx(tmp_path / "sheet.docx", text_p("x"), main_type=sheet), "not a Word")
    path = write_docx(tmp_path / "root.docx", document='<?xml version="1.0"?><html><body/></html>')
    refused(path, "no document body")


# -- XML parsing --------------------------------------------------------------------------------
def test_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xxe = document_xml(p(r("&xxe;"))).replace(
        "<w:document", f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        "<w:document", 1)
    message = refused(write_docx(tmp_path / "xxe.docx", document=xxe), "DOCTYPE")
    assert "TOP-SECRET" not in message
    # and the parser alone, without the DOCTYPE refusal in front, does not read it either
    root = etree.fromstring(xxe.encode(), parser=safezip._hardened_parser())
    assert "TOP-SECRET" not in etree.tostring(root, encoding="unicode")


def test_billion_laughs(tmp_path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10))
    bomb = document_xml(p(r("&lol9;"))).replace(
        "<w:document", f"<!DOCTYPE w:document [{entities}]>\n<w:document", 1)
    refused(write_docx(tmp_path / "laughs.docx", document=bomb), "DOCTYPE")
    root = etree.fromstring(bomb.encode(), parser=safezip._hardened_parser())
    assert len(etree.tostring(root)) < 10_000  # entities were not expanded


def test_doctype_in_utf16_is_refused(tmp_path):
    xml = document_xml(text_p("x")).replace('encoding="UTF-8"', 'encoding="UTF-16"').replace(
        "<w:document", "<!DOCTYPE w:document>\n<w:document", 1)
    path = write_docx(tmp_path / "utf16.docx", document=xml.encode("utf-16"))
    refused(path, "DOCTYPE")


def test_utf16_document_reads(tmp_path):
    xml = document_xml(text_p("MOD\tINS/82/1") + text_p("Résumé")).replace(
        'encoding="UTF-8"', 'encoding="UTF-16"')
    path = write_docx(tmp_path / "utf16.docx", document=xml.encode("utf-16"))
    paragraphs, _ = docx_reader.read_paragraphs(path)
    assert [pp.marks[0].text for pp in paragraphs] == ["MOD\tINS/82/1", "Résumé"]


def test_unknown_encoding(tmp_path):
    xml = document_xml(text_p("x")).replace('encoding="UTF-8"', 'encoding="klingon"')
    refused(write_docx(tmp_path / "enc.docx", document=xml), "word/document.xml")


def test_deep_nesting_is_a_clean_error(tmp_path):
    deep = "<w:sdt><w:sdtContent>" * 5000 + text_p("x") + "</w:sdtContent></w:sdt>" * 5000
    refused(write_docx(tmp_path / "deep.docx", deep), "word/document.xml")


def test_moderate_nesting_reads(tmp_path):
    nested = text_p("inner")
    for _ in range(40):  # tables in tables, as deep as any real file
        nested = f"<w:tbl><w:tr><w:tc>{nested}</w:tc></w:tr></w:tbl>"
    paragraphs, _ = docx_reader.read_paragraphs(write_docx(tmp_path / "nested.docx", nested))
    assert [pp.marks[0].text for pp in paragraphs] == ["inner"]


def test_absurdly_long_paragraph(tmp_path):
    # beyond libxml2's text node limit: a clean error
    huge = write_docx(tmp_path / "huge.docx", text_p("word " * 2_500_000))
    refused(huge, "word/document.xml")
    # long, but within it: read whole (varied words: repeated ones compress like a zip bomb)
    rng = random.Random(4)
    words = " ".join(f"w{rng.randrange(10**6)}" for _ in range(250_000))
    long = write_docx(tmp_path / "long.docx", text_p("MOD\tINS/82/1") + text_p(words))
    paragraphs, _ = docx_reader.read_paragraphs(long)
    assert paragraphs[1].marks[0].text == words


def test_hostile_list_numbers(tmp_path):
    """A list that starts at a trillion, in letters: labels stay short, nothing blows up."""
    numbering = (
        '<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="999999999999"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="-5"/>'
        '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    items = "".join(p(r("item"), numpr=f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/>'
                                        "</w:numPr>") for lvl in (0, 1, 99999999))
    path = write_docx(tmp_path / "numbers.docx", items, parts={"numbering": numbering})
    paragraphs, _ = docx_reader.read_paragraphs(path)
    assert [pp.marks[0].text for pp in paragraphs] == [
        "999999999999)\titem", "999999999999.-5\titem", "item"]

    odt = OpenDocumentText()
    from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle

    style = ListStyle(name="Huge")
    style.addElement(ListLevelStyleNumber(level=1, numformat="i", startvalue="999999999"))
    odt.automaticstyles.addElement(style)
    lst = List(stylename=style)
    for _ in range(2):
        item = ListItem()
        item.addElement(P(text="item"))
        lst.addElement(item)
    odt.text.addElement(lst)
    odt.save(str(tmp_path / "numbers.odt"))
    paragraphs, _ = odt_reader.read_paragraphs(tmp_path / "numbers.odt")
    assert [pp.marks[0].text for pp in paragraphs] == ["999999999\titem", "1000000000\titem"]


# -- macros and external links -------------------------------------------------------------------
def test_macro_enabled_files_are_refused(tmp_path, valid_docx):
    docm = tmp_path / "macro.docm"
    docm.write_bytes(valid_docx.read_bytes())
    refused(docm, "macro")
    with pytest.raises(FormatError, match="macro"):
        docx_reader.read(docm)  # the reader refuses too, not only the registry
    macro_type = "application/vnd.ms-word.document.macroEnabled.main+xml"
    disguised = write_docx(tmp_path / "disguised.docx", text_p("x"), main_type=macro_type,
                           extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not run"})
    refused(disguised, "macro")


def test_stray_macro_project_is_ignored_and_reported(tmp_path):
    path = write_docx(tmp_path / "stray.docx", text_p("MOD\tINS/82/1") + text_p("Text."),
                      extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 never read"})
    paragraphs, notes = docx_reader.read_paragraphs(path)
    assert len(paragraphs) == 2
    assert any("vbaProject.bin" in n and "never run" in n for n in notes)


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<?xml version="1.0"?><x/>')

    def log_message(self, *args):
        pass


def test_external_relationships_are_never_followed(tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        rels = "".join(
            f'<Relationship Id="rX{i}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/{kind}" Target="{base}/{kind}.xml" TargetMode="External"/>'
            for i, kind in enumerate(["styles", "numbering", "footnotes", "image",
                                      "subDocument", "attachedTemplate", "hyperlink"]))
        settings_rels = (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rT" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
            f'Target="{base}/template.dotm" TargetMode="External"/></Relationships>')
        body = (text_p("MOD\tINS/82/1")
                + p(f'<w:hyperlink r:id="rX6">{r("a link")}</w:hyperlink>')
                + p('<w:r><w:drawing><a:blip r:link="rX3"/></w:drawing></w:r>')
                + p('<w:subDoc r:id="rX4"/>'))
        path = write_docx(tmp_path / "links.docx", body, doc_rels=rels,
                          extra={"word/_rels/settings.xml.rels": settings_rels})
        paragraphs, notes = docx_reader.read_paragraphs(path)
        docx_reader.read(path)
        assert paragraphs[1].marks[0].text == "a link"
        assert any("not followed" in n for n in notes)
    finally:
        server.shutdown()
        thread.join(5)
    assert _Recorder.hits == []


# -- ODT ------------------------------------------------------------------------------------------
def _odt(path: Path, text: str = "MOD\tINS/82/1") -> Path:
    doc = OpenDocumentText()
    doc.text.addElement(P(text=text))
    doc.save(str(path))
    return path


def _rezip(src: Path, dst: Path, changes: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in changes:
                continue
            zout.writestr(info, zin.read(info))
        for name, data in changes.items():
            if data is not None:
                zout.writestr(name, data)
    return dst


def test_odt_hostile_variants(tmp_path):
    good = _odt(tmp_path / "good.odt")
    assert odt_reader.read_paragraphs(good)[0]
    sheet = _rezip(good, tmp_path / "sheet.odt",
                   {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    refused(sheet, "not a text document")
    refused(_rezip(good, tmp_path / "nocontent.odt", {"content.xml": None}), "content.xml")
    manifest = (b'<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                b'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path='
                b'"content.xml"><manifest:encryption-data/></manifest:file-entry>'
                b"</manifest:manifest>")
    refused(_rezip(good, tmp_path / "locked.odt", {"META-INF/manifest.xml": manifest}),
            "password")
    # OpenOffice 2 wrote the manifest with a DOCTYPE whose DTD declares its namespace; a
    # manifest is only searched for encryption entries, never parsed, so the file reads
    openoffice2 = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE manifest:manifest PUBLIC '
                   b'"-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">\n'
                   b'<manifest:manifest><manifest:file-entry manifest:media-type="application/'
                   b'vnd.oasis.opendocument.text" manifest:full-path="/"/><manifest:file-entry '
                   b'manifest:media-type="text/xml" manifest:full-path="content.xml"/>'
                   b"</manifest:manifest>")
    old = _rezip(good, tmp_path / "openoffice2.odt", {"META-INF/manifest.xml": openoffice2})
    assert [q.text for q in odt_reader.read_paragraphs(old)[0]] == [
        q.text for q in odt_reader.read_paragraphs(good)[0]]
    with zipfile.ZipFile(good) as zf:
        content = zf.read("content.xml")
    xxe = content.replace(b"<office:document-content",
                          b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                          b"<office:document-content", 1)
    refused(_rezip(good, tmp_path / "xxe.odt", {"content.xml": xxe}), "DOCTYPE")
    refused(_rezip(good, tmp_path / "broken.odt", {"content.xml": content[:-40]}),
            "content.xml")
    bomb = _raw_zip(tmp_path / "bomb.odt", "content.xml", _zeros_deflated(512), 512 << 20)
    refused(bomb, "zip bomb")


# -- command line ---------------------------------------------------------------------------------
def test_cli_reports_hostile_input_in_one_line(tmp_path):
    bomb = _raw_zip(tmp_path / "bomb.docx", "word/document.xml", _zeros_deflated(1024),
                    1024 << 20)
    result = subprocess.run(
        [sys.executable, "-m", "proposaleditor.cli", "import", str(bomb), "-o",
         str(tmp_path / "out.itup")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bomb) in lines[0] and "zip bomb" in lines[0]
    assert not (tmp_path / "out.itup").exists()


def test_python_docx_agrees_the_test_files_are_documents(valid_docx):
    """The factory's files are real packages: python-docx opens them."""
    assert [para.text for para in docx.Document(str(valid_docx)).paragraphs] == [
        "MOD\tINS/82/1", "Some text."]


# -- fuzzing ------------------------------------------------------------------------------------
# Every mutation of a valid file must give a Document or a FormatError: nothing else, no hang.
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from received_docs import ITU_STYLES, dele, dr, ins, notes_xml, styles_xml  # noqa: E402
from test_docx_reader import _tracked_body  # noqa: E402
from test_odt_reader import _tracked_odt  # noqa: E402

from proposaleditor.domain.document import Document  # noqa: E402

FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
# Names a mutation swaps in: the elements the walkers treat specially.
_W_TAGS = ["p", "r", "t", "delText", "ins", "del", "moveFrom", "moveTo", "tbl", "tr", "tc",
           "sdt", "sdtContent", "hyperlink", "fldChar", "instrText", "fldSimple", "tab", "br",
           "footnoteReference", "endnoteReference", "pPr", "rPr", "pStyle", "numPr", "numId",
           "ilvl", "i", "u", "strike", "vertAlign", "body", "document", "txbxContent", "sym"]
_ODF_TAGS = ["p", "h", "span", "a", "s", "tab", "line-break", "note", "note-body", "list",
             "list-item", "change", "change-start", "change-end", "tracked-changes",
             "changed-region", "deletion", "insertion", "section"]


@pytest.fixture(scope="module")
def fuzz_sources(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    footnotes = notes_xml("footnotes", {1: text_p("A note.")})
    body = _tracked_body(True) + p(r("x"), '<w:r><w:footnoteReference w:id="1"/></w:r>')
    sources = {
        "docx": write_docx(folder / "received.docx", body,
                           parts={"styles": styles_xml(*ITU_STYLES), "footnotes": footnotes}),
        "odt": _tracked_odt(folder),
    }
    try:  # our own writers' output, when they are there
        import sys as _sys

        _sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
        from generate import large_document

        from proposaleditor.formats import docx_writer, odt_writer

        small = large_document(proposals=2, provisions=30, seed=3)
        docx_writer.write(small, folder / "ours.docx")
        odt_writer.write(small, folder / "ours.odt")
        sources["ours.docx"] = folder / "ours.docx"
        sources["ours.odt"] = folder / "ours.odt"
    except ImportError:
        pass
    return sources


def _read_any(path: Path):
    try:
        result = read_document(path)
    except FormatError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return exc
    assert isinstance(result, Document)
    return result


def _mutate(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for position, kind, value in edits:
        if not buf:
            break
        i = position % len(buf)
        if kind == 0:
            buf[i] = value
        elif kind == 1:
            del buf[i:i + 1 + value % 64]
        else:
            buf[i:i] = bytes([value]) * (1 + value % 3)
    return bytes(buf)


_EDITS = st.lists(st.tuples(st.integers(0, 2**32), st.integers(0, 2), st.integers(0, 255)),
                  min_size=1, max_size=8)


def _main_part(path: Path) -> str:
    return "content.xml" if path.suffix == ".odt" else "word/document.xml"


def _replace_part(src: Path, dst: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == name else zin.read(info))
    return dst


@pytest.mark.parametrize("kind", ["docx", "odt"])
@FUZZ
@given(edits=_EDITS)
def test_fuzz_file_bytes(fuzz_sources, tmp_path, kind, edits):
    source = fuzz_sources[kind]
    target = tmp_path / f"mutated.{kind}"
    target.write_bytes(_mutate(source.read_bytes(), edits))
    _read_any(target)


@pytest.mark.parametrize("kind", ["docx", "odt", "ours.docx", "ours.odt"])
@FUZZ
@given(edits=_EDITS)
def test_fuzz_inner_xml_bytes(fuzz_sources, tmp_path, kind, edits):
    source = fuzz_sources.get(kind)
    if source is None:
        pytest.skip("writer not available")
    with zipfile.ZipFile(source) as zf:
        xml = zf.read(_main_part(source))
    # mutate near markup: the interesting bytes are tags, attributes and entities
    target = _replace_part(source, tmp_path / f"m{source.suffix}", _main_part(source),
                           _mutate(xml, edits))
    _read_any(target)


@pytest.mark.parametrize("kind", ["docx", "odt", "ours.docx", "ours.odt"])
@FUZZ
@given(data=st.data())
def test_fuzz_xml_structure(fuzz_sources, tmp_path, kind, data):
    """Well-formed but nonsensical trees: tags renamed, attributes dropped or set to junk,
    elements moved elsewhere."""
    source = fuzz_sources.get(kind)
    if source is None:
        pytest.skip("writer not available")
    with zipfile.ZipFile(source) as zf:
        root = etree.fromstring(zf.read(_main_part(source)))
    tags = _ODF_TAGS if source.suffix == ".odt" else _W_TAGS
    ns = ("urn:oasis:names:tc:opendocument:xmlns:text:1.0" if source.suffix == ".odt"
          else "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    junk = st.sampled_from(["", "0", "-1", "999999999999", "begin", "end", "separate", "x",
                            "superscript", "none", "ct1", "1", "\u202e", "%1)"])
    _scramble(data, root, ns, tags, junk, texts=True)
    target = _replace_part(source, tmp_path / f"s{source.suffix}", _main_part(source),
                           etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    _read_any(target)


def _scramble(data, root, ns: str, tags: list[str], junk, *, texts: bool = False) -> None:
    """Up to 12 random edits of a well-formed tree: a tag renamed to one the reader treats
    specially, an attribute dropped or set to junk, an element moved elsewhere, a text set."""
    elements = list(root.iter())
    for _ in range(data.draw(st.integers(1, 12))):
        el = elements[data.draw(st.integers(0, len(elements) - 1))]
        action = data.draw(st.integers(0, 3 if texts else 2))
        if action == 0:
            el.tag = f"{{{ns}}}{data.draw(st.sampled_from(tags))}"
        elif action == 1 and el.attrib:
            key = data.draw(st.sampled_from(sorted(el.attrib)))
            if data.draw(st.booleans()):
                del el.attrib[key]
            else:
                el.attrib[key] = data.draw(junk)
        elif action == 2 and el.getparent() is not None:
            other = elements[data.draw(st.integers(0, len(elements) - 1))]
            if el not in other.iterancestors() and el is not other:
                other.append(el)
        elif action == 3:
            el.text = data.draw(st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                                                      blacklist_characters="\ufffe\uffff"),
                                        max_size=20))


_NUMBERING_TAGS = ["abstractNum", "num", "lvl", "numFmt", "lvlText", "start", "suff",
                   "lvlOverride", "startOverride", "abstractNumId", "numStyleLink", "styleLink",
                   "numId", "ilvl"]


@pytest.fixture(scope="module")
def numbered_source(tmp_path_factory) -> Path:
    """Word list numbering at its most tangled: a list style, per-list level formats, restarts,
    a style-given list, tracked deletion and insertion of numbered items."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    level = ('<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
             '<w:lvlText w:val="{text}"/></w:lvl>')
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {w}>'
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="L"/>'
        + level.format(n=0, fmt="lowerLetter", text="%1)")
        + level.format(n=1, fmt="lowerRoman", text="%2)") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="L"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="3"/>' + level.format(n=0, fmt="decimal", text="%1")
        + "</w:lvlOverride></w:num></w:numbering>")
    styles = styles_xml(*ITU_STYLES).replace("</w:styles>", (
        '<w:style w:type="numbering" w:styleId="L"><w:pPr><w:numPr><w:numId w:val="1"/>'
        "</w:numPr></w:pPr></w:style></w:styles>"))

    def item(content, num, ilvl=0, mark=""):
        return p(content, numpr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/>'
                                f"</w:numPr>", mark=mark)

    who = 'w:id="9" w:author="X" w:date="2014-01-01T00:00:00Z"'
    body = (text_p("MOD\tACP/64A1/5", "Proposal") + text_p("resolves", "Call")
            + item(r("one;"), 1) + item(r("sub;"), 1, 1) + item(r("two;"), 2)
            + item(dele(dr("gone;")), 2, mark=f"<w:del {who}/>")
            + item(ins(r("new;")), 2, mark=f"<w:ins {who}/>") + item(r("last."), 2)
            + text_p("Reasons:\tok"))
    return write_docx(tmp_path_factory.mktemp("numbered") / "numbered.docx", body,
                      parts={"styles": styles, "numbering": numbering})


def test_numbered_source_reads(numbered_source):
    [proposal] = read_document(numbered_source).proposals
    # the list style's list, restarted at 3 in decimal; "gone" counts in the base only, "new"
    # in the draft only, so "last." is 5 in both
    assert [(q.base_label, q.label) for q in proposal.walk() if q.kind.is_item] == [
        ("a)", "a)"), ("i)", "i)"), ("3", "3"), ("4", None), (None, "4"), ("5", "5")]


@FUZZ
@given(data=st.data())
def test_fuzz_numbering_part(numbered_source, tmp_path, data):
    """numbering.xml well-formed but nonsensical: list links in loops, levels out of range,
    overrides anywhere. The reader gives a Document or a one-line error, nothing else."""
    with zipfile.ZipFile(numbered_source) as zf:
        root = etree.fromstring(zf.read("word/numbering.xml"))
    junk = st.sampled_from(["", "0", "1", "2", "-1", "9", "10", "999999999999", "L", "x",
                            "bullet", "none", "%1%2%9)", "upperRoman"])
    _scramble(data, root, "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
              _NUMBERING_TAGS, junk)
    target = _replace_part(numbered_source, tmp_path / "n.docx", "word/numbering.xml",
                           etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    _read_any(target)


def test_a_chain_of_hidden_paragraph_marks_is_joined_in_bounded_pieces(tmp_path):
    """Word's style separator hides a paragraph mark so that the next paragraph runs on; a file
    hiding every mark would make one paragraph of the whole text, joined piece by piece. The
    reader joins at most a few hundred pieces, so the work stays linear and nothing is lost."""
    body = "".join(p(r(f"w{i} "), mark="<w:vanish/><w:specVanish/>") for i in range(2000))
    paragraphs, _ = docx_reader.read_paragraphs(write_docx(tmp_path / "chain.docx", body))
    assert 2000 // 256 <= len(paragraphs) <= 2000 // 128
    assert "".join(q.text for q in paragraphs) == "".join(f"w{i} " for i in range(2000))


def test_items_that_each_open_a_new_list_nest_no_deeper_than_a_bound(tmp_path):
    """Every item labelled 'a)' opens a list under the one before it; a file of thousands of
    them would build a tree thousands deep (and recursion past Python's limit in every walk
    of it). The recognizer stops nesting at a bound, keeps every item and says so."""
    head = (text_p("MOD\tACP/64A1/5", "Proposal") + text_p("RESOLUTION 130 (REV. BUSAN, 2014)")
            + text_p("resolves", "Call"))
    body = head + "".join(text_p(f"a)\titem {i};") for i in range(3000))
    document = docx_reader.read(write_docx(tmp_path / "deep.docx", body))
    [mod] = document.proposals
    depth, node = 0, mod.provisions[-1]
    while node.children:
        node, depth = node.children[-1], depth + 1
    assert depth <= 8
    assert sum(1 for q in mod.walk() if q.text.startswith("item")) == 3000
    assert any("nest no deeper" in note for note in document.import_notes)
