"""WordprocessingML as Word writes it, and a package writer on a real Word-made template.

Word does not write one run per formatting change: it splits runs wherever an editing session
(rsid) starts, wraps misspelt words in proofErr marks, leaves bookmarks (_Toc, _Ref, _GoBack) and
lastRenderedPageBreak marks in the text, stamps paragraphs with w14:paraId, and puts revision
marks round runs that carry their own rPr. The helpers here write that shape so the reader is
tested on what it will really meet, not on the tidy XML our own writer produces.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 w15 wp14"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TEMPLATE = Path(os.path.dirname(docx.__file__)) / "templates" / "default.docx"
# A 1x1 PNG: the logo cell of the cover carries a picture, as ITU's template does.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc:
    """One document being written: body XML, notes, comments, links and the id counters Word
    keeps (revision ids, bookmark ids, rsids)."""

    def __init__(self, author: str = "APT", date: str = "2014-09-29T09:12:00Z", seed: int = 1):
        self.author, self.date = author, date
        self.body: list[str] = []
        self.footnotes: dict[int, str] = {}
        self.comments: dict[int, tuple[str, str]] = {}
        self.links: dict[str, str] = {}
        self.numbering: str | None = None
        self.styles: str | None = None  # None: the ITU style sheet
        self._id = 100
        self._rng = random.Random(seed)
        self.rsids = [f"00{self._rng.randrange(0x100000, 0xFFFFFF):06X}" for _ in range(6)]

    # -- ids --------------------------------------------------------------------------------
    def next_id(self) -> int:
        self._id += 1
        return self._id

    def rsid(self) -> str:
        return self._rng.choice(self.rsids)

    # -- runs -------------------------------------------------------------------------------
    def run(self, text: str, *, b=False, i=False, u=False, strike=False, dstrike=False,
            caps=False, sup=False, vanish=False, rstyle: str | None = None, lang: str = "",
            split: bool = False, page_break_mark: bool = False, change: str = "") -> str:
        """A run in Word's shape: rPr children in schema order, tabs as w:tab, rsidR stamped.
        split=True cuts the text at word boundaries into runs of different rsids, with a
        proofErr pair round one word, as a document edited over several sessions has."""
        if split and " " in text.strip():
            words = text.split(" ")
            cut = max(1, len(words) // 2)
            first, second = " ".join(words[:cut]) + " ", " ".join(words[cut:])
            kw = dict(b=b, i=i, u=u, strike=strike, dstrike=dstrike, caps=caps, sup=sup,
                      vanish=vanish, rstyle=rstyle, lang=lang)
            return (self.run(first, page_break_mark=page_break_mark, **kw)
                    + '<w:proofErr w:type="spellStart"/>' + self.run(second, **kw)
                    + '<w:proofErr w:type="spellEnd"/>')
        props = []
        if rstyle:
            props.append(f'<w:rStyle w:val="{rstyle}"/>')
        if b:
            props.append("<w:b/><w:bCs/>")
        if i:
            props.append("<w:i/><w:iCs/>")
        if caps:
            props.append("<w:caps/>")
        if strike:
            props.append("<w:strike/>")
        if dstrike:
            props.append("<w:dstrike/>")
        if vanish:
            props.append("<w:vanish/>")
        if u:
            props.append('<w:u w:val="single"/>')
        if sup:
            props.append('<w:vertAlign w:val="superscript"/>')
        if lang:
            props.append(f'<w:lang w:val="{lang}"/>')
        props.append(change)  # a tracked formatting change (w:rPrChange) comes last
        rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if any(props) else ""
        inner = ["<w:lastRenderedPageBreak/>"] if page_break_mark else []
        for n, piece in enumerate(text.split("\t")):
            if n:
                inner.append("<w:tab/>")
            # U+2011 is Word's non-breaking hyphen, which it stores as an element of its own
            for m, part in enumerate(piece.split("\u2011")):
                if m:
                    inner.append("<w:noBreakHyphen/>")
                if part:
                    inner.append(f'<w:t xml:space="preserve">{esc(part)}</w:t>')
        return f'<w:r w:rsidR="{self.rsid()}">{rpr}{"".join(inner)}</w:r>'

    def ins(self, *content: str, author: str | None = None, date: str | None = None) -> str:
        return (f'<w:ins w:id="{self.next_id()}" w:author="{esc(author or self.author)}" '
                f'w:date="{date or self.date}">{"".join(content)}</w:ins>')

    def dele(self, *content: str, author: str | None = None, date: str | None = None) -> str:
        """A deletion: the runs' text becomes w:delText and their rsidR an rsidDel."""
        xml = "".join(content).replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
        xml = xml.replace("w:rsidR=", "w:rsidDel=")
        return (f'<w:del w:id="{self.next_id()}" w:author="{esc(author or self.author)}" '
                f'w:date="{date or self.date}">{xml}</w:del>')

    def mark(self, kind: str) -> str:
        """A tracked paragraph mark, for pPr/rPr: kind 'ins' or 'del'."""
        return (f'<w:{kind} w:id="{self.next_id()}" w:author="{esc(self.author)}" '
                f'w:date="{self.date}"/>')

    def footnote(self, *content: str) -> str:
        """A footnote reference run; the note body is a FootnoteText paragraph opened by the
        footnoteRef mark and a tab, as Word writes it."""
        note_id = len(self.footnotes) + 1
        self.footnotes[note_id] = (
            '<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:tab/></w:r>{"".join(content)}</w:p>')
        return (f'<w:r w:rsidR="{self.rsid()}"><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                f'</w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>')

    def comment(self, text: str, *commented: str, author: str = "Reviewer") -> str:
        """Commented content between commentRangeStart/End, then the reference run."""
        cid = len(self.comments)
        self.comments[cid] = (author, text)
        return (f'<w:commentRangeStart w:id="{cid}"/>{"".join(commented)}'
                f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr>'
                f'<w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/>'
                "</w:r>")

    def hyperlink(self, text: str, url: str) -> str:
        rid = f"rId{200 + len(self.links)}"
        self.links[rid] = url
        return (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr>'
                f'<w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{esc(text)}</w:t></w:r>'
                "</w:hyperlink>")

    def field(self, instruction: str, result: str) -> str:
        """A complex field (REF, PAGE ...): begin, instruction, separate, result, end."""
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + self.run(result) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def bookmark(self, name: str, *content: str) -> str:
        bid = self.next_id()
        return (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{"".join(content)}'
                f'<w:bookmarkEnd w:id="{bid}"/>')

    def text_box(self, *paragraphs: str) -> str:
        """A floating text box: DrawingML choice and VML fallback, the same paragraphs twice."""
        inner = "".join(paragraphs)
        return (
            "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:extent cx="2000000" cy="500000"/>'
            '<wp:docPr id="7" name="Text Box 7"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
            "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            f"{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")

    def picture(self) -> str:
        return (
            '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="720000" cy="720000"/><wp:docPr id="1" name="ITU logo"/>'
            '<a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            '<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdLogo"/></pic:blipFill><pic:spPr/></pic:pic>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")

    # -- paragraphs and tables ------------------------------------------------------------
    def p(self, *content: str, style: str | None = None, mark: str = "", num: tuple | None
          = None, ind: str = "", jc: str = "", keep_next: bool = False, tabs: str = "",
          add: bool = True, change: str = "") -> str:
        """A paragraph. mark: a tracked paragraph mark ('ins' / 'del'); num: (numId, ilvl)."""
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if keep_next:
            ppr.append("<w:keepNext/>")
        if num:
            ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/>'
                       "</w:numPr>")
        if tabs:
            ppr.append(tabs)
        if ind:
            ppr.append(ind)
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        if mark:
            ppr.append(f"<w:rPr>{self.mark(mark)}</w:rPr>")
        if change:
            ppr.append(change)  # a tracked paragraph formatting change (w:pPrChange)
        ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        rsid = self.rsid()
        para_id = f"{self._rng.randrange(0x10000000, 0x7FFFFFFF):08X}"
        xml = (f'<w:p w14:paraId="{para_id}" w14:textId="77777777" w:rsidR="{rsid}" '
               f'w:rsidRDefault="{rsid}" w:rsidP="{self.rsid()}">{ppr_xml}{"".join(content)}'
               "</w:p>")
        if add:
            self.body.append(xml)
        return xml

    def text(self, text: str, style: str | None = None, **fmt) -> str:
        """A paragraph of one formatting (split over rsids when long)."""
        return self.p(self.run(text, split=len(text) > 40, **fmt), style=style)

    def table(self, rows: list[list[str]], *, borders: bool = False, widths=None,
              inserted_rows: tuple[int, ...] = ()) -> str:
        """A table of cells, each a list of paragraph XML strings (already built with add=False).
        A cell given as None is merged into the one on its left (gridSpan)."""
        ncols = max(len(row) for row in rows)
        widths = widths or [9638 // ncols] * ncols
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        border = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" '
                  'w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" '
                  'w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" '
                  'w:sz="4"/></w:tblBorders>') if borders else ""
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{border}'
               f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for n, row in enumerate(rows):
            out.append(f'<w:tr w:rsidR="{self.rsid()}">')
            if n in inserted_rows:  # a row inserted with Track Changes on
                out.append(f"<w:trPr>{self.mark('ins')}</w:trPr>")
            cells = list(row)
            c = 0
            while c < len(cells):
                span = 1
                while c + span < len(cells) and cells[c + span] is None:
                    span += 1
                content = cells[c] or ""
                if "<w:p " not in content and "<w:p>" not in content:
                    content += "<w:p/>"  # an empty cell still holds a paragraph
                tcpr = f'<w:tcW w:w="{sum(widths[c:c + span])}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>")
                c += span
            out.append("</w:tr>")
        out.append("</w:tbl>")
        xml = "".join(out)
        self.body.append(xml)
        return xml

    # -- the package -----------------------------------------------------------------------
    def document_xml(self) -> str:
        sect = ('<w:sectPr><w:pgSz w:w="11907" w:h="16840" w:code="9"/><w:pgMar w:top="1418" '
                'w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" '
                'w:gutter="0"/><w:titlePg/><w:docGrid w:linePitch="326"/></w:sectPr>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                f"<w:document {NS}><w:body>{''.join(self.body)}{sect}</w:body></w:document>")

    def save(self, path) -> Path:
        parts = {"word/document.xml": self.document_xml().encode()}
        extra_rels = []
        extra_types = []
        if self.footnotes:
            parts["word/footnotes.xml"] = _notes_xml(self.footnotes).encode()
            extra_rels.append(("footnotes", "footnotes.xml"))
            extra_types.append(("/word/footnotes.xml", "footnotes"))
        if self.comments:
            parts["word/comments.xml"] = _comments_xml(self.comments).encode()
            extra_rels.append(("comments", "comments.xml"))
            extra_types.append(("/word/comments.xml", "comments"))
        if self.numbering is not None:
            parts["word/numbering.xml"] = self.numbering.encode()
        parts["word/media/image1.png"] = PNG
        return write_package(path, parts, styles=self.styles or itu_styles_xml(),
                             rels=extra_rels, types=extra_types, links=self.links)


def _notes_xml(notes: dict[int, str]) -> str:
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>"]
    body += [f'<w:footnote w:id="{n}">{xml}</w:footnote>' for n, xml in notes.items()]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:footnotes {NS}>'
            f'{"".join(body)}</w:footnotes>')


def _comments_xml(comments: dict[int, tuple[str, str]]) -> str:
    body = [f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="2014-09-28T10:00:00Z" '
            f'w:initials="R"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
            f'<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r>'
            f"<w:t>{esc(text)}</w:t></w:r></w:p></w:comment>"
            for cid, (author, text) in comments.items()]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments {NS}>'
            f'{"".join(body)}</w:comments>')


_TYPES = {
    "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "comments": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
}


def write_package(path, parts: dict[str, bytes], *, styles: str, rels=(), types=(),
                  links: dict[str, str] | None = None) -> Path:
    """Python-docx's default.docx (made by Word: theme, settings, font table, latent styles)
    with our document, styles and extra parts put in."""
    path = Path(path)
    with zipfile.ZipFile(_TEMPLATE) as template:
        entries = {i.filename: template.read(i.filename) for i in template.infolist()}
    entries.pop("word/stylesWithEffects.xml", None)
    entries["word/styles.xml"] = styles.encode()
    entries.update(parts)
    rel_root = etree.fromstring(entries["word/_rels/document.xml.rels"])
    pr = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for rel in list(rel_root):
        if rel.get("Target") == "stylesWithEffects.xml":
            rel_root.remove(rel)
    for n, (kind, target) in enumerate(rels):
        etree.SubElement(rel_root, pr + "Relationship", Id=f"rIdX{n}",
                         Type=f"{_REL}/{kind}", Target=target)
    etree.SubElement(rel_root, pr + "Relationship", Id="rIdLogo", Type=f"{_REL}/image",
                     Target="media/image1.png")
    for rid, url in (links or {}).items():
        etree.SubElement(rel_root, pr + "Relationship", Id=rid, Type=f"{_REL}/hyperlink",
                         Target=url, TargetMode="External")
    entries["word/_rels/document.xml.rels"] = etree.tostring(
        rel_root, xml_declaration=True, encoding="UTF-8", standalone=True)
    ct_root = etree.fromstring(entries["[Content_Types].xml"])
    ct = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    for el in list(ct_root):
        if el.get("PartName") == "/word/stylesWithEffects.xml":
            ct_root.remove(el)
    for part, kind in types:
        etree.SubElement(ct_root, ct + "Override", PartName=part, ContentType=_TYPES[kind])
    etree.SubElement(ct_root, ct + "Default", Extension="png", ContentType="image/png")
    entries["[Content_Types].xml"] = etree.tostring(ct_root, xml_declaration=True,
                                                    encoding="UTF-8", standalone=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


# -- the ITU common style sheet ---------------------------------------------------------------
@dataclass
class Style:
    sid: str
    name: str
    based: str | None = "Normal"
    next: str | None = None
    ppr: str = ""
    rpr: str = ""
    kind: str = "paragraph"
    extra: list = field(default_factory=list)

    def xml(self) -> str:
        parts = [f'<w:style w:type="{self.kind}" w:customStyle="1" w:styleId="{self.sid}">'
                 f'<w:name w:val="{esc(self.name)}"/>']
        if self.based:
            parts.append(f'<w:basedOn w:val="{self.based}"/>')
        if self.next:
            parts.append(f'<w:next w:val="{self.next}"/>')
        parts.append("<w:qFormat/>")
        if self.ppr:
            parts.append(f"<w:pPr>{self.ppr}</w:pPr>")
        if self.rpr:
            parts.append(f"<w:rPr>{self.rpr}</w:rPr>")
        parts.append("</w:style>")
        return "".join(parts)


_CENTRED = '<w:jc w:val="center"/>'
_BIG = '<w:sz w:val="28"/>'
ITU_STYLES = [
    # Word built-ins the ITU template redefines: ids as Word stores them
    Style("Normal", "Normal", None, None,
          '<w:tabs><w:tab w:val="left" w:pos="794"/><w:tab w:val="left" w:pos="1191"/>'
          '<w:tab w:val="left" w:pos="1588"/><w:tab w:val="left" w:pos="1985"/></w:tabs>'
          '<w:spacing w:before="120"/>',
          '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/>'
          '<w:lang w:val="en-GB"/>'),
    Style("FootnoteText", "footnote text", "Normal", None,
          '<w:keepLines/><w:tabs><w:tab w:val="left" w:pos="255"/></w:tabs>'
          '<w:ind w:left="255" w:hanging="255"/>'),
    Style("FootnoteReference", "footnote reference", None, None, "",
          '<w:position w:val="6"/><w:sz w:val="18"/>', kind="character"),
    Style("Hyperlink", "Hyperlink", None, None, "",
          '<w:color w:val="0000FF"/><w:u w:val="single"/>', kind="character"),
    Style("CommentReference", "annotation reference", None, None, "", '<w:sz w:val="16"/>',
          kind="character"),
    Style("CommentText", "annotation text", "Normal", None, "", '<w:sz w:val="20"/>'),
    Style("Heading1", "heading 1", "Normal", "Normal",
          '<w:keepNext/><w:spacing w:before="360"/><w:ind w:left="794" w:hanging="794"/>'
          '<w:outlineLvl w:val="0"/>', "<w:b/>"),
    # ITU styles
    Style("Call", "Call", "Normal", "Normal",
          '<w:keepNext/><w:keepLines/><w:spacing w:before="160"/><w:ind w:left="794"/>',
          "<w:i/>"),
    Style("enumlev1", "enumlev1", "Normal", None,
          '<w:spacing w:before="80"/><w:ind w:left="794" w:hanging="794"/>'),
    Style("enumlev2", "enumlev2", "enumlev1", None, '<w:ind w:left="1191" w:hanging="397"/>'),
    Style("enumlev3", "enumlev3", "enumlev2", None, '<w:ind w:left="1588" w:hanging="397"/>'),
    Style("Headingb", "Heading_b", "Normal", None, '<w:keepNext/><w:spacing w:before="160"/>',
          "<w:b/>"),
    Style("Source", "Source", "Normal", "Normalaftertitle",
          f'<w:spacing w:before="840" w:after="200"/>{_CENTRED}', f"<w:b/>{_BIG}"),
    Style("Title1", "Title 1", "Source", "Title2", f'<w:spacing w:before="240" w:after="0"/>'
          f"{_CENTRED}", f"<w:b w:val=\"0\"/><w:caps/>{_BIG}"),
    Style("Title2", "Title 2", "Source", "Normal", "", f"<w:b w:val=\"0\"/>{_BIG}"),
    Style("ResNo", "Res_No", "Normal", "Restitle",
          f'<w:keepNext/><w:spacing w:before="480"/>{_CENTRED}', f"<w:caps/>{_BIG}"),
    Style("Restitle", "Res_title", "Normal", "Normalaftertitle",
          f'<w:keepNext/><w:spacing w:before="360"/>{_CENTRED}', f"<w:b/>{_BIG}"),
    Style("Resref", "Res_ref", "Normal", None, f"<w:keepNext/>{_CENTRED}", "<w:i/>"),
    Style("Normalaftertitle", "Normal_after_title", "Normal", "Normal",
          '<w:spacing w:before="360"/>'),
    Style("ArtNo", "Art_No", "Normal", "Arttitle",
          f'<w:keepNext/><w:spacing w:before="480"/>{_CENTRED}', f"<w:caps/>{_BIG}"),
    Style("Arttitle", "Art_title", "Normal", "Normalaftertitle",
          f'<w:keepNext/><w:spacing w:before="240"/>{_CENTRED}', f"<w:b/>{_BIG}"),
    Style("SectionNo", "Section_No", "ArtNo", None),
    Style("Sectiontitle", "Section_title", "Arttitle", None),
    Style("AnnexNotitle", "Annex_No & title", "Normal", "Normalaftertitle",
          f'<w:keepNext/><w:spacing w:before="480"/>{_CENTRED}', f"<w:b/>{_BIG}"),
    Style("Reasons", "Reasons", "Normal", None, '<w:spacing w:before="0"/>'),
    Style("Proposal", "Proposal", "Normal", "Normal",
          '<w:keepNext/><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>'
          '<w:spacing w:before="240"/>', "<w:b/>"),
    Style("Note", "Note", "Normal", None, '<w:spacing w:before="80"/>', '<w:sz w:val="20"/>'),
    Style("Tablehead", "Table_head", "Normal", None, f'<w:keepNext/>{_CENTRED}',
          '<w:b/><w:sz w:val="22"/>'),
    Style("Tabletext", "Table_text", "Normal", None, '<w:spacing w:before="40" w:after="40"/>',
          '<w:sz w:val="22"/>'),
    Style("Tabletitle", "Table_title", "Normal", None, f"<w:keepNext/>{_CENTRED}", "<w:b/>"),
    Style("TableTextS5", "Table_TextS5", "Normal", None, "", '<w:sz w:val="20"/>'),
    Style("Artdef", "Art_def", None, None, "", "<w:b/>", kind="character"),
    Style("Resdef", "Res_def", None, None, "", "<w:b/>", kind="character"),
    Style("Artref", "Art_ref", None, None, "", "", kind="character"),
    Style("Committee", "Committee", "Normal", None, "", "<w:b/><w:caps/>"),
]


def itu_styles_xml(styles: list[Style] | None = None, *, drop_itu: bool = False) -> str:
    """The template's styles.xml with the ITU style sheet in place of Word's definitions of
    the same ids (drop_itu: Word's defaults only, as a document typed from a blank page)."""
    with zipfile.ZipFile(_TEMPLATE) as template:
        root = etree.fromstring(template.read("word/styles.xml"))
    styles = [] if drop_itu else (styles or ITU_STYLES)
    ours = {s.sid for s in styles}
    w = "{" + W + "}"
    for el in list(root.iterchildren(w + "style")):
        if el.get(w + "styleId") in ours:
            root.remove(el)
    for s in styles:
        root.append(etree.fromstring(
            f'<w:styles xmlns:w="{W}">{s.xml()}</w:styles>')[0])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                          standalone=True).decode()


# -- automatic numbering ----------------------------------------------------------------------
def numbering_xml(lists: dict[int, list[tuple[str, str]]]) -> str:
    """numbering.xml with one abstract list per numId; levels as (numFmt, lvlText), e.g.
    [("lowerLetter", "%1)"), ("lowerRoman", "%2)")]. Indents follow the ITU tab stops."""
    out = []
    for num_id, levels in lists.items():
        lvls = []
        for ilvl, (fmt, text) in enumerate(levels):
            left = 794 + 397 * ilvl
            lvls.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/><w:pPr>'
                f'<w:ind w:left="{left}" w:hanging="{397 if ilvl else 794}"/></w:pPr>'
                + ('<w:rPr><w:i/></w:rPr>' if fmt == "lowerLetter" else "") + "</w:lvl>")
        out.append(f'<w:abstractNum w:abstractNumId="{num_id}"><w:multiLevelType '
                   f'w:val="hybridMultilevel"/>{"".join(lvls)}</w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'
                   for n in lists)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:numbering {NS}>'
            f'{"".join(out)}{nums}</w:numbering>')
