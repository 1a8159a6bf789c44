"""Received ODT files: styles, lists, notes, ODF tracked changes and static marks."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from odf import dc
from odf.namespaces import XMLNS
from odf.office import ChangeInfo
from odf.opendocument import OpenDocumentText
from odf.style import ListLevelProperties, Style, TextProperties
from odf.text import (
    A,
    Change,
    ChangedRegion,
    ChangeEnd,
    ChangeStart,
    Deletion,
    Insertion,
    LineBreak,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    Note,
    NoteBody,
    NoteCitation,
    P,
    S,
    Span,
    Tab,
    TrackedChanges,
)
from odf.text import H as Heading
from received_docs import ITU_STYLES, styles_xml, write_docx
from test_docx_reader import _tracked_body, shape

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.provisions import ProvisionKind
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import docx_reader, odt_reader

FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")


def para(*content, style=None) -> P:
    """A paragraph; strings may contain tabs (written as text:tab, as LibreOffice does)."""
    p = P(stylename=style) if style is not None else P()
    for item in content:
        if isinstance(item, str):
            for i, piece in enumerate(item.split("\t")):
                if i:
                    p.addElement(Tab())
                if piece:
                    p.addText(piece)
        else:
            p.addElement(item)
    return p


class Odt:
    """An odfpy document with the styles the tests use."""

    def __init__(self):
        self.doc = OpenDocumentText()
        self.styles = {}
        for sid, name, _based, rpr in ITU_STYLES:
            style = Style(name=name.replace("_", "_5f_").replace(" ", "_20_").replace(
                "&", "_26_"), displayname=name, family="paragraph")
            if "<w:i/>" in rpr:
                style.addElement(TextProperties(fontstyle="italic"))
            self.doc.styles.addElement(style)
            self.styles[sid] = style
        self.text_styles = {}
        for name, props in [("I", {"fontstyle": "italic"}),
                            ("U", {"textunderlinestyle": "solid"}),
                            ("S", {"textlinethroughstyle": "solid"}),
                            ("Sup", {"textposition": "super 58%"}),
                            ("Link", {"textunderlinestyle": "solid", "color": "#0000ff"})]:
            style = Style(name=name, family="text")
            style.addElement(TextProperties(**props))
            self.doc.automaticstyles.addElement(style)
            self.text_styles[name] = style
        self.tracked = None

    def span(self, name, text):
        return Span(stylename=self.text_styles[name], text=text)

    def add(self, element):
        self.doc.text.addElement(element)
        return element

    def change(self, kind, change_id, author="INS", date="2014-10-01T00:00:00", deleted=()):
        if self.tracked is None:
            self.tracked = TrackedChanges()
            self.doc.text.insertBefore(self.tracked, self.doc.text.firstChild)
        region = ChangedRegion(qattributes={(XMLNS, "id"): change_id})  # ODF 1.2 xml:id
        element = Insertion() if kind == "insertion" else Deletion()
        info = ChangeInfo()
        if author:
            info.addElement(dc.Creator(text=author))
        info.addElement(dc.Date(text=date))
        element.addElement(info)
        for p in deleted:
            element.addElement(p)
        region.addElement(element)
        self.tracked.addElement(region)

    def save(self, path):
        self.doc.save(str(path))
        return path


def test_itu_styles_static_marks_footnotes_and_lists(tmp_path):
    odt = Odt()
    st = odt.styles
    numbered = ListStyle(name="Letters")
    level = ListLevelStyleNumber(level=1, numformat="a", numsuffix=")")
    level.addElement(ListLevelProperties())
    numbered.addElement(level)
    bullets = ListStyle(name="Dashes")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="–"))
    odt.doc.automaticstyles.addElement(numbered)
    odt.doc.automaticstyles.addElement(bullets)
    odt.add(para("MOD\tINS/82/1", style=st["Proposal"]))
    odt.add(para("RESOLUTION 182 (", odt.span("S", "Guadalajara, 2010"),
                 odt.span("U", "Rev. Busan, 2014"), ")", style=st["ResNo"]))
    odt.add(para("The role of telecommunications", style=st["Restitle"]))
    odt.add(para(FORMULA, style=st["Normalaftertitle"]))
    odt.add(para("recognizing", style=st["Call"]))
    note = Note(noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(para("A regional ", odt.span("I", "mechanism"), "."))
    note.addElement(body)
    letters = List(stylename=numbered)
    for content in (["Resolution 136 of the", S(c=2), "Conference;"],
                    ["a cooperation mechanism", note, ", see ",
                     A(href="http://www.itu.int", text="the site"), ","]):
        item = ListItem()
        item.addElement(para(*content))
        letters.addElement(item)
    odt.add(letters)
    dashes = List(stylename=bullets)
    item = ListItem()
    item.addElement(para("a dash item", LineBreak(), "on two lines"))
    dashes.addElement(item)
    odt.add(dashes)
    odt.add(para("Reasons:\tAlignment.", style=st["Reasons"]))
    path = odt.save(tmp_path / "styled.odt")

    paragraphs, _ = odt_reader.read_paragraphs(path)
    assert [pp.style for pp in paragraphs[:5]] == [
        "Proposal", "ResNo", "Restitle", "Normalaftertitle", "Call"]
    assert [marks_text(pp.marks) for pp in paragraphs[5:8]] == [
        "a)\tResolution 136 of the  Conference;", "b)\ta cooperation mechanism, see the site,",
        "a dash item\non two lines"]
    assert [pp.level for pp in paragraphs[5:8]] == [1, 1, 1]
    assert paragraphs[7].bullet and paragraphs[4].italic_start

    [proposal] = odt_reader.read(path).proposals
    assert (proposal.marker.value, proposal.received_number, str(proposal.target)) == (
        "MOD", "INS/82/1", "Resolution 182")
    number_line = proposal.provisions[0]
    assert marks_text(number_line.marks) == (
        "RESOLUTION 182 ([-Guadalajara, 2010-]{+Rev. Busan, 2014+})")
    call = next(pv for pv in proposal.walk() if pv.kind is ProvisionKind.CALL)
    assert [c.label for c in call.children[:2]] == ["a)", "b)"]
    [footnote] = [run.footnote for run in call.children[1].draft if run.footnote]
    assert footnote.text == "A regional mechanism."
    assert [run.italic for run in footnote.runs] == [False, True, False]
    assert plain_text(proposal.reasons) == "Alignment."


def _tracked_odt(tmp_path):
    odt = Odt()
    st = odt.styles
    odt.change("deletion", "ct1", deleted=[P(text="Guadalajara, 2010")])
    odt.change("insertion", "ct2", author=None)
    odt.change("insertion", "ct3")  # a whole new paragraph
    odt.change("deletion", "ct4", deleted=[para("3\tto report on the level,"), P()])
    odt.change("deletion", "ct5", deleted=[P(text="telecommunication ")])
    odt.add(para("MOD\tINS/82/1", style=st["Proposal"]))
    odt.add(para("RESOLUTION 182 (", Change(changeid="ct1"), ChangeStart(changeid="ct2"),
                 "Rev. Busan, 2014", ChangeEnd(changeid="ct2"), ")", style=st["ResNo"]))
    odt.add(para("The role of telecommunications", style=st["Restitle"]))
    odt.add(para(FORMULA, style=st["Normalaftertitle"]))
    odt.add(para("resolves", style=st["Call"]))
    odt.add(para("1\tto continue ITU ", Change(changeid="ct5"), "activities;",
                 ChangeStart(changeid="ct3")))
    odt.add(para("2\tto encourage energy efficiency;", ChangeEnd(changeid="ct3")))
    odt.add(para(Change(changeid="ct4"), "4\tto promote awareness.", style=None))
    odt.add(para("Reasons:\tAlignment.", style=st["Reasons"]))
    return odt.save(tmp_path / "tracked.odt")


def test_odf_tracked_changes(tmp_path):
    path = _tracked_odt(tmp_path)
    paragraphs, _ = odt_reader.read_paragraphs(path)
    assert [marks_text(pp.marks) for pp in paragraphs[1:]] == [
        "RESOLUTION 182 ([-Guadalajara, 2010-]{+Rev. Busan, 2014+})",
        "The role of telecommunications",
        FORMULA,
        "resolves",
        "1\tto continue ITU [-telecommunication -]activities;",
        "{+2\tto encourage energy efficiency;+}",
        "[-3\tto report on the level,-]",
        "4\tto promote awareness.",
        "Reasons:\tAlignment.",
    ]
    # the deletion of a whole paragraph split it off with its deleted mark
    assert [pp.paragraph_op for pp in paragraphs[5:9]] == [
        Op.INSERT, Op.KEEP, Op.DELETE, Op.KEEP]
    inserted = next(s for s in paragraphs[1].marks if s.op is Op.INSERT)
    deleted = next(s for s in paragraphs[1].marks if s.op is Op.DELETE)
    assert (inserted.author, deleted.author, deleted.date) == (None, "INS",
                                                               "2014-10-01T00:00:00")

    [proposal] = odt_reader.read(path).proposals
    resolves = proposal.provisions[-1]
    assert [(c.label, c.base_label, c.status.value) for c in resolves.children] == [
        ("1", "1", "modified"), ("2", None, "added"), (None, "3", "suppressed"),
        ("4", "4", "unchanged")]


def test_other_documents_are_refused_with_the_kind(tmp_path):
    from odf.opendocument import OpenDocumentSpreadsheet

    path = tmp_path / "sheet.odt"
    OpenDocumentSpreadsheet().save(str(path))
    with pytest.raises(Exception, match="spreadsheet"):
        odt_reader.read(path)


def test_headings_and_sections(tmp_path):
    odt = Odt()
    odt.add(Heading(outlinelevel=1, text="1 Introduction"))
    odt.add(para("Text under it."))
    paragraphs, _ = odt_reader.read_paragraphs(odt.save(tmp_path / "h.odt"))
    assert [marks_text(pp.marks) for pp in paragraphs] == ["1 Introduction", "Text under it."]


@pytest.fixture(scope="module")
def libreoffice_odt(tmp_path_factory):
    """The DOCX test document with Word tracked changes, converted by LibreOffice to ODT."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("lo")
    source = write_docx(folder / "received.docx", _tracked_body(True),
                        parts={"styles": styles_xml(*ITU_STYLES)})
    profile = folder / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "odt", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return source, folder / "received.odt"


@pytest.mark.slow
def test_libreoffice_tracked_changes_read_like_word_ones(libreoffice_odt):
    """LibreOffice writes its own ODF change regions; the proposal must not change."""
    docx_path, odt_path = libreoffice_odt
    from_docx = docx_reader.read(docx_path)
    from_odt = odt_reader.read(odt_path)
    assert shape(from_odt) == shape(from_docx)
    number_line = from_odt.proposals[0].provisions[0]
    assert marks_text(number_line.marks) == (
        "RESOLUTION 182 ([-Guadalajara, 2010-]{+Rev. Busan, 2014+})")


@pytest.fixture(scope="module")
def libreoffice_docx(tmp_path_factory):
    """The ODT test document with ODF change regions, saved by LibreOffice as DOCX."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("lo-docx")
    source = _tracked_odt(folder)
    profile = folder / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "docx", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return source, folder / "tracked.docx"


@pytest.mark.slow
def test_libreoffice_docx_reads_like_the_odt(libreoffice_docx):
    """Word tracked changes as LibreOffice writes them give the same proposal as the ODT."""
    odt_path, docx_path = libreoffice_docx
    from_odt = odt_reader.read(odt_path)
    from_docx = docx_reader.read(docx_path)
    assert shape(from_docx) == shape(from_odt)
    resolves = from_docx.proposals[0].provisions[-1]
    assert [c.status.value for c in resolves.children] == [
        "modified", "added", "suppressed", "unchanged"]
