"""Build received DOCX / ODT files for the reader tests from raw XML, as other tools write them.

The packages are minimal but complete (content types, relationships), so python-docx and
LibreOffice open them too; tests check that where it matters.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DECL = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'mc:Ignorable="w14 wps"'
)
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {  # part -> (content type, relationship type)
    "styles": ("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
               f"{_REL}/styles"),
    "numbering": ("application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                  f"{_REL}/numbering"),
    "footnotes": ("application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                  f"{_REL}/footnotes"),
    "endnotes": ("application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                 f"{_REL}/endnotes"),
}


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- WordprocessingML snippets --------------------------------------------------------------------
def r(text: str, *props: str) -> str:
    """A run; tabs in the text become w:tab. props are rPr children, e.g. '<w:i/>'."""
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    inner = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            inner.append("<w:tab/>")
        if piece:
            inner.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return f"<w:r>{rpr}{''.join(inner)}</w:r>"


def dr(text: str, *props: str) -> str:
    """A deleted run's content (w:delText)."""
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r>'


def ins(content: str, author: str | None = "INS", date: str | None = "2014-10-01T00:00:00Z",
        rid: int = 1) -> str:
    attrs = f' w:id="{rid}"' + (f' w:author="{author}"' if author else "") + (
        f' w:date="{date}"' if date else "")
    return f"<w:ins{attrs}>{content}</w:ins>"


def dele(content: str, author: str | None = "INS", date: str | None = "2014-10-01T00:00:00Z",
         rid: int = 2) -> str:
    attrs = f' w:id="{rid}"' + (f' w:author="{author}"' if author else "") + (
        f' w:date="{date}"' if date else "")
    return f"<w:del{attrs}>{content}</w:del>"


def p(*content: str, style: str | None = None, mark: str = "", numpr: str = "",
      ind: str = "") -> str:
    """A paragraph; mark is a tracked paragraph mark ('<w:ins .../>' or '<w:del .../>')."""
    ppr = ""
    inner = (f'<w:pStyle w:val="{style}"/>' if style else "") + numpr + ind + (
        f"<w:rPr>{mark}</w:rPr>" if mark else "")
    if inner:
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


def text_p(text: str, style: str | None = None, *props: str) -> str:
    return p(r(text, *props), style=style)


def numpr(num_id: int | None = None, ilvl: int | None = None) -> str:
    """A paragraph's list: numId and level (either may be left out, as files do)."""
    return ("<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "")
            + (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "") + "</w:numPr>")


def note_ref(note_id: int) -> str:
    """A footnote reference run, as Word writes it."""
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>')


def note(*content: str) -> str:
    """A footnote's paragraph (for notes_xml): its own mark, then the content runs."""
    return p('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
             *content, style="FootnoteText")


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:document {NS_DECL}><w:body>{body}<w:sectPr/></w:body></w:document>")


def styles_xml(*styles: tuple[str, str, str | None, str]) -> str:
    """styles: (style id, display name, based on, rPr children)."""
    out = []
    for sid, name, based, rpr in styles:
        out.append(
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{esc(name)}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else "")
            + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "") + "</w:style>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS_DECL}>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
            '<w:name w:val="Normal"/></w:style>'
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
            '<w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style>'
            f"{''.join(out)}</w:styles>")


ITU_STYLES = (
    ("Normalaftertitle", "Normal_after_title", "Normal", ""),
    ("Call", "Call", "Normal", "<w:i/>"),
    ("enumlev1", "enumlev1", "Normal", ""),
    ("enumlev2", "enumlev2", "enumlev1", ""),
    ("ResNo", "Res_No", "Normal", "<w:caps/>"),
    ("Restitle", "Res_title", "Normal", "<w:b/>"),
    ("Reasons", "Reasons", "Normal", ""),
    ("Proposal", "Proposal", "Normal", "<w:b/>"),
    ("Source", "Source", "Normal", "<w:b/>"),
    ("Title1", "Title 1", "Normal", "<w:caps/>"),
    ("AnnexNotitle", "Annex_No & title", "Normal", "<w:b/>"),
)


def notes_xml(kind: str, notes: dict[int, str]) -> str:
    """footnotes.xml / endnotes.xml with separators and the given note bodies (raw paragraphs)."""
    tag = kind[:-1]  # footnote / endnote
    body = [f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f"</w:{tag}>"]
    for note_id, paragraphs in notes.items():
        body.append(f'<w:{tag} w:id="{note_id}">{paragraphs}</w:{tag}>')
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind} {NS_DECL}>{"".join(body)}</w:{kind}>'


def numbering_xml(abstracts: dict[int, list[tuple[str, str]]], nums: dict[int, int],
                  extra: str = "") -> str:
    """numbering.xml: abstracts maps abstractNumId -> [(numFmt, lvlText)] per level, nums maps
    numId -> abstractNumId; extra is put first (overrides, list styles)."""
    out = []
    for aid, levels in abstracts.items():
        lvls = "".join(
            f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{720 * (n + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
            for n, (fmt, text) in enumerate(levels))
        out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType '
                   f'w:val="hybridMultilevel"/>{lvls}</w:abstractNum>')
    for nid, aid in nums.items():
        out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
    return ('<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main">' + extra + "".join(out)
            + "</w:numbering>")


def write_docx(path: Path, body: str | None = None, *, document: str | bytes | None = None,
               parts: dict[str, str | bytes] | None = None, extra: dict[str, str | bytes] | None
               = None, main_type: str = MAIN_CT, doc_rels: str = "") -> Path:
    """A .docx from raw XML. parts: styles / numbering / footnotes / endnotes XML. extra: any
    other zip entries, written as given (they may override the generated ones)."""
    parts = parts or {}
    overrides = [f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>']
    rels = []
    for i, kind in enumerate(parts, start=10):
        ctype, rtype = _PARTS[kind]
        overrides.append(f'<Override PartName="/word/{kind}.xml" ContentType="{ctype}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{rtype}" Target="{kind}.xml"/>')
    entries: dict[str, str | bytes] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f"{''.join(overrides)}</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"),
        "word/document.xml": document if document is not None else document_xml(body or ""),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{''.join(rels)}{doc_rels}</Relationships>"),
    }
    for kind, xml in parts.items():
        entries[f"word/{kind}.xml"] = xml
    entries.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def static_marks_mod(path: Path) -> Path:
    """A received MOD typed without Track Changes: one struck and one underlined phrase (read as
    a deletion and an insertion, or as plain formatting with static marks off)."""
    return write_docx(path, "".join([
        text_p("MOD\tINS/82/1"),
        text_p("RESOLUTION 182 (Rev. Busan, 2014)"),
        text_p("The role of telecommunications"),
        text_p("The Plenipotentiary Conference of the International Telecommunication Union "
               "(Busan, 2014),"),
        p(r("resolves", "<w:i/>")),
        p(r("1\tto continue ITU "), r("telecommunication ", "<w:strike/>"),
          r("activities", '<w:u w:val="single"/>'), r(" on climate change;")),
        text_p("Reasons:\tAlignment."),
    ]))
