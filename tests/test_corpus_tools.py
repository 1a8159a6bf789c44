"""Received files written by other tools: the Word corpus saved by LibreOffice as ODT (with ODF
tracked changes) and back as DOCX, a DOCX made by pandoc from Markdown, and an ODT typed in
Normal with static marks and ODF lists (odfpy). Each comes in as the same proposals."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from corpus import odd, pandoc_md, pp_apt, wrc_eur
from corpus.odf import build as build_odt
from corpus.shapes import heads, outline

from proposaleditor.domain.document import FreeBlock
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import docx_reader, odt_reader

CORPUS = {"pp": pp_apt.build, "wrc": wrc_eur.build, "odd": odd.build}


def shape(document) -> dict:
    """Everything a reader sees, marks included (authors and dates aside: LibreOffice rewrites
    the date format)."""
    meta = document.metadata
    return {
        "cover": (meta.conference.short, meta.conference.dates, meta.meeting,
                  meta.document_number, meta.addendum, meta.base_revision, meta.date,
                  meta.source, meta.title, meta.agenda_item, meta.agenda_text),
        "free": [(b.kind, plain_text(b.text)) for b in document.parts
                 if isinstance(b, FreeBlock)],
        "proposals": [
            (heads_, outline(p), [marks_text(v.marks) for v in p.walk()],
             [[r.footnote.text for r in (v.draft or v.base or ()) if r.footnote]
              for v in p.walk()], plain_text(p.reasons))
            for heads_, p in zip(heads(document), document.proposals)],
        "notes": sorted(document.import_notes),
    }


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory):
    """The corpus as written (DOCX), as LibreOffice saves it (ODT) and as LibreOffice saves that
    again (DOCX): two soffice runs for all files."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("lo")
    words = [build(folder / f"{name}.docx") for name, build in CORPUS.items()]
    (folder / "odt").mkdir()
    (folder / "docx").mkdir()
    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir",
                    str(folder / "odt"), *map(str, words)], check=True, timeout=240,
                   capture_output=True)
    odts = [folder / "odt" / f"{name}.odt" for name in CORPUS]
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", str(folder / "docx"), *map(str, odts)], check=True,
                   timeout=240, capture_output=True)
    return {name: (folder / f"{name}.docx", folder / "odt" / f"{name}.odt",
                   folder / "docx" / f"{name}.docx") for name in CORPUS}


@pytest.mark.parametrize("name", list(CORPUS))
def test_libreoffice_odt_with_tracked_changes(libreoffice, name):
    word, odt, _ = libreoffice[name]
    assert b"text:tracked-changes" in _content(odt) or name == "wrc"
    assert shape(odt_reader.read(odt)) == shape(docx_reader.read(word))


@pytest.mark.parametrize("name", list(CORPUS))
def test_libreoffice_saved_docx(libreoffice, name):
    word, _, again = libreoffice[name]
    got, expected = shape(docx_reader.read(again)), shape(docx_reader.read(word))
    if name == "pp":
        # LibreOffice writes the deleted item "2" before the annex heading in the heading's
        # style (its own model merged the two paragraphs): the file itself says heading now
        mod_got, mod_expected = got["proposals"][1][1], expected["proposals"][1][1]
        assert mod_expected[19] == (1, "numbered_item", "[-2-]", "suppressed")
        assert mod_got[19] == (0, "heading", "", "suppressed")
        mod_got[19] = mod_expected[19]
        texts_got, texts_expected = got["proposals"][1][2], expected["proposals"][1][2]
        assert texts_got[19] == "[-2\tto make proposals to the Council,-]"
        texts_got[19] = texts_expected[19]
    assert got == expected


def test_libreoffice_keeps_authors_of_tracked_changes(libreoffice):
    _, odt, again = libreoffice["pp"]
    for document in (odt_reader.read(odt), docx_reader.read(again)):
        number_line = document.proposals[1].provisions[0]
        assert {s.author for s in number_line.marks if s.op is not Op.KEEP} == {
            "APT Secretariat"}


def _content(odt) -> bytes:
    import zipfile

    with zipfile.ZipFile(odt) as zf:
        return zf.read("content.xml")


# -- pandoc -------------------------------------------------------------------------------------
def test_pandoc_docx_from_markdown(tmp_path):
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    document = docx_reader.read(pandoc_md.build(tmp_path / "ken-71.docx"))
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.source) == (
        "PP-18", "71", "Kenya (Republic of)")
    assert heads(document) == [("MOD", "KEN/71/1", "resolution", "139"),
                               ("ADD", "KEN/71/2", "resolution", "[KEN-1]")]
    mod, add = document.proposals
    assert outline(mod) == [
        (0, "number_line", "", "modified"), (0, "title", "", "unchanged"),
        (0, "enacting_formula", "", "modified"), (0, "call", "", "unchanged"),
        (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "b)", "unchanged"),
        (0, "call", "", "unchanged"),
        (1, "numbered_item", "1)", "unchanged"), (1, "numbered_item", "2)", "unchanged"),
        (2, "sub_item", "i)", "unchanged"), (2, "sub_item", "ii)", "modified"),
        (0, "call", "", "unchanged"), (1, "paragraph", "", "unchanged")]
    # pandoc writes ~~x~~ as strike-through and {.underline} as underline: static marks
    assert marks_text(mod.provisions[0].marks) == (
        "RESOLUTION 139 (REV. [-BUSAN, 2014-] {+DUBAI, 2018+})")
    item_a = mod.provisions[3].children[0]
    assert [r.footnote.text for r in item_a.draft if r.footnote] == [
        "See the ITU Broadband Commission reports."]
    assert [plain_text(p.reasons) for p in document.proposals] == [
        "To reflect the outcomes of WTDC-17.", "A new subject."]
    assert [p.kind for p in add.walk()] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL,
                                            K.PARAGRAPH]


# -- odfpy: an ODT typed in Normal -------------------------------------------------------------
def test_odt_typed_in_normal_with_lists_and_static_marks(tmp_path):
    document = odt_reader.read(build_odt(tmp_path / "ken-72.odt"))
    assert heads(document) == [("MOD", "KEN/72/1", "resolution", "139")]
    [mod] = document.proposals
    assert outline(mod) == [
        (0, "number_line", "", "modified"), (0, "title", "", "unchanged"),
        (0, "enacting_formula", "", "modified"), (0, "call", "", "unchanged"),
        (1, "lettered_item", "a)", "unchanged"), (1, "lettered_item", "b)", "modified"),
        (1, "lettered_item", "{+c)+}", "added"),
        (0, "call", "", "unchanged"),
        (1, "numbered_item", "1", "unchanged"), (2, "dash_item", "–", "unchanged"),
        (2, "dash_item", "–", "unchanged"), (1, "numbered_item", "2", "unchanged")]
    assert marks_text(mod.provisions[3].children[1].marks) == (
        "that broadband access remains [-unaffordable-]{+expensive+} in many countries,")
    assert plain_text(mod.reasons) == "Clarity."
    assert document.import_notes == []


# -- our own writers: a received document exported again reads as the same proposals ------------
@pytest.mark.parametrize("writer, reader", [("docx", docx_reader), ("odt", odt_reader)])
def test_received_documents_survive_our_export(tmp_path, writer, reader):
    from corpus import fr_es, plain_word

    from proposaleditor.formats import docx_writer, odt_writer

    write = {"docx": docx_writer.write, "odt": odt_writer.write}[writer]
    for name, build in [("pp", pp_apt.build), ("plain", plain_word.build),
                        ("fr-wrc", fr_es.build_french_wrc)]:
        received = docx_reader.read(build(tmp_path / f"{name}.docx"))
        out = tmp_path / f"{name}-again.{writer}"
        write(received, out)
        again = reader.read(out)
        # ours writes every proposal with its marks: the same heads, clause trees, texts and
        # reasons come back (free text and notes aside: the cover is ours now)
        assert shape(again)["proposals"] == shape(received)["proposals"], name
