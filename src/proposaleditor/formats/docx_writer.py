"""Export a proposal document as DOCX in the ITU template (ours, or one the user points to).

python-docx handles the package: the template, header parts, the logo image, core properties.
The body and the footnotes are built in bulk by docx_markup from formats/layout.py and parsed
once, which keeps a 1,000-proposal export well under a second per MB.

MOD and (MOD) proposals carry real tracked changes (w:ins / w:del, author = the administration,
one date), or static underline / strike-through with ``marks="static"``. Styles are used by id;
a style the user's template lacks is copied from ours.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import docx
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from ..domain.document import Document
from ..domain.wording import compact_reference
from ..storage.atomic import atomic_write
from .docx_markup import R_NS, W_NS, Markup, RunFormat, attr, separator_footnotes
from .errors import FormatError
from .layout import COVER_LEFT, COVER_RIGHT, LayoutParagraph, Role, layout

MARKS = ("tracked", "static")
_NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_LANG_TAGS = {"E": "en-GB", "F": "fr-FR", "S": "es-ES", "A": "ar-SA", "C": "zh-CN", "R": "ru-RU"}
_TEMPLATE_CT = f"{CT.WML_DOCUMENT_MAIN[:-len('document.main+xml')]}template.main+xml"
# styles every export needs besides those of the paragraphs themselves
_ALWAYS = {"Normal", "Header", "FootnoteText", "FootnoteReference", "DefaultParagraphFont"}
# w:settings children that come after w:footnotePr (CT_Settings sequence)
_AFTER_FOOTNOTE_PR = {"endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
                      "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                      "doNotAutoCompressPictures", "forceUpgrade", "captions",
                      "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                      "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}
_LOGO_HEIGHT = Cm(1.6)


def template_path() -> Path:
    """Our template, shipped as package data."""
    return Path(str(resources.files("proposaleditor.resources").joinpath(
        "templates/itu-proposal.docx")))


def write(document: Document, path: str | os.PathLike, *, marks: str = "tracked",
          language: str | None = None, author: str | None = None,
          date: dt.datetime | dt.date | str | None = None,
          template: str | os.PathLike | None = None,
          logo: str | os.PathLike | None = None) -> None:
    """Write the document as DOCX; the file is replaced atomically (the old one kept as .bak)."""
    data = render(document, marks=marks, language=language, author=author, date=date,
                  template=template, logo=logo)
    atomic_write(path, data)


def render(document: Document, *, marks: str = "tracked", language: str | None = None,
           author: str | None = None, date: dt.datetime | dt.date | str | None = None,
           template: str | os.PathLike | None = None,
           logo: str | os.PathLike | None = None) -> bytes:
    if marks not in MARKS:
        raise ValueError(f"marks must be one of {', '.join(MARKS)}, not {marks!r}")
    meta = document.metadata
    language = (language or meta.language or "E").upper()
    paragraphs = layout(document, language=language)
    author = author or meta.source or "/".join(meta.symbols) or "ProposalEditor"
    stamp = _timestamp(date)
    markup = Markup(tracked=marks == "tracked", author=author, date=stamp)

    word = _open_template(template)
    _drop_external_links(word)
    width = _text_width(word)
    body_xml = _cover(paragraphs, markup, width) + "".join(
        markup.paragraph(p) for p in paragraphs if p.role not in _COVER_TABLE)
    _replace_body(word, body_xml)
    _ensure_styles(word, {p.style for p in paragraphs} | _ALWAYS)
    _set_language(word, language)
    _headers(word, compact_reference(meta, language))
    if markup.footnotes:
        _footnotes(word, markup.footnotes)
    if logo is not None:
        _logo(word, logo)
    props = word.core_properties
    props.author = props.last_modified_by = author
    props.title = compact_reference(meta, language)
    props.created = props.modified = _as_datetime(date)
    props.revision = 1
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


# -- dates ------------------------------------------------------------------------------------
def _as_datetime(date) -> dt.datetime:
    if date is None:
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    if isinstance(date, str):
        date = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
    if isinstance(date, dt.datetime):
        if date.tzinfo is not None:
            date = date.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return date.replace(microsecond=0)
    return dt.datetime(date.year, date.month, date.day)


def _timestamp(date) -> str:
    return _as_datetime(date).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- template ---------------------------------------------------------------------------------
def _open_template(template) -> docx.document.Document:
    path = template_path() if template is None else Path(template)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(path, f"cannot read the template: {exc.strerror or exc}") from None
    data = _as_document_package(path, data)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise FormatError(path, f"not a usable Word template ({exc})") from None


def _as_document_package(path: Path, data: bytes) -> bytes:
    """A .dotx is a .docx with another main content type; macro templates are refused."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            types = zf.read("[Content_Types].xml")
            if b"vbaProject" in types or b"macroEnabled" in types:
                raise FormatError(path, "macro-enabled templates are refused")
            if _TEMPLATE_CT.encode() not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in zf.infolist():
                    content = zf.read(info)
                    if info.filename == "[Content_Types].xml":
                        content = types.replace(_TEMPLATE_CT.encode(),
                                                CT.WML_DOCUMENT_MAIN.encode())
                    dst.writestr(info, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        raise FormatError(path, "not a Word template (.docx or .dotx)") from None


@lru_cache(maxsize=1)
def _our_styles() -> dict[str, bytes]:
    with zipfile.ZipFile(template_path()) as zf:
        root = etree.fromstring(zf.read("word/styles.xml"))
    return {s.get(qn("w:styleId")): etree.tostring(s) for s in root.iter(qn("w:style"))}


def _ensure_styles(word, needed: set[str]) -> None:
    """Copy from our template every needed style (and what it is based on) the template lacks."""
    styles = word.styles.element
    have = {s.get(qn("w:styleId")) for s in styles.iterchildren(qn("w:style"))}
    ours = _our_styles()
    todo = sorted(needed)
    while todo:
        sid = todo.pop()
        if sid in have or sid not in ours:
            continue
        style = parse_xml(ours[sid])
        styles.append(style)
        have.add(sid)
        for ref in ("basedOn", "next"):
            el = style.find(qn(f"w:{ref}"))
            if el is not None:
                todo.append(el.get(qn("w:val")))


def _set_language(word, language: str) -> None:
    """Proofing language of the document defaults, so Word checks French text as French."""
    tag = _LANG_TAGS.get(language)
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if tag is None or defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = rpr.find(qn("w:lang")) if rpr is not None else None
    if lang is not None:
        lang.set(qn("w:val"), tag)


def _drop_external_links(word) -> None:
    """A user's template may point at a remote template or linked files: keep none of them.
    Also mends the one schema slip common in templates (w:zoom without its percent)."""
    settings = word.settings.element
    for el in settings.findall(qn("w:attachedTemplate")):
        settings.remove(el)
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")  # required by the schema; python-docx's own omits it
    for part in word.part.package.iter_parts():
        for rid, rel in list(part.rels.items()):
            if rel.is_external:
                del part.rels[rid]
                _unlink(getattr(part, "_element", None), rid)


def _unlink(element, rid: str) -> None:
    """Remove what referred to a dropped link: a hyperlink keeps its text, others lose it."""
    if element is None:
        return
    for attr_name in (f"{{{R_NS}}}id", f"{{{R_NS}}}link"):
        for el in [e for e in element.iter() if e.get(attr_name) == rid]:
            if el.tag == qn("w:hyperlink"):
                for child in list(el):
                    el.addprevious(child)
                el.getparent().remove(el)
            else:
                del el.attrib[attr_name]


def _text_width(word) -> int:
    section = word.sections[-1]
    try:
        emu = section.page_width - section.left_margin - section.right_margin
    except TypeError:  # a template without page size: A4 with ITU margins
        return 11906 - 2 * 1134
    return int(emu) // 635  # EMU -> twips


# -- body -------------------------------------------------------------------------------------
_COVER_TABLE = frozenset({*COVER_LEFT, *COVER_RIGHT})


def _cover(paragraphs: list[LayoutParagraph], markup: Markup, width: int) -> str:
    """Borderless two-column table: conference and dates left; document, date, original right."""
    left_w = width * 3 // 5
    cells = []
    for roles, cell_w in ((COVER_LEFT, left_w), (COVER_RIGHT, width - left_w)):
        paras = []
        for p in paragraphs:
            if p.role in roles:
                size = 28 if p.role is Role.CONFERENCE else None
                paras.append(markup.paragraph(p, base=RunFormat(size=size),
                                              ppr_extra='<w:spacing w:before="0"/>'))
        cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{cell_w}" w:type="dxa"/></w:tcPr>'
                     f"{''.join(paras) or '<w:p/>'}</w:tc>")
    none = "".join(f'<w:{side} w:val="nil"/>' for side in
                   ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/>'
            f"<w:tblBorders>{none}</w:tblBorders>"
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" '
            'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>'
            f'</w:tblPr><w:tblGrid><w:gridCol w:w="{left_w}"/>'
            f'<w:gridCol w:w="{width - left_w}"/></w:tblGrid>'
            f"<w:tr>{''.join(cells)}</w:tr></w:tbl>")


def _replace_body(word, body_xml: str) -> None:
    body = word.element.body
    sect = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    fresh = parse_xml(f"<w:body {_NS}>{body_xml}</w:body>".encode())
    if sect is None:
        body.extend(list(fresh))
    else:
        for child in list(fresh):
            sect.addprevious(child)


# -- header, footnotes, logo ------------------------------------------------------------------
def _header_paragraphs(reference: str) -> str:
    style = '<w:pPr><w:pStyle w:val="Header"/></w:pPr>'
    page = ('<w:r><w:t xml:space="preserve">- </w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            "<w:r><w:t>2</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r><w:t xml:space="preserve"> -</w:t></w:r>')
    return (f"<w:p>{style}{page}</w:p>"
            f"<w:p>{style}<w:r><w:t>{attr(reference)}</w:t></w:r></w:p>")


def _set_story(element, paragraphs_xml: str) -> None:
    for child in list(element):
        element.remove(child)
    element.extend(list(parse_xml(f"<w:hdr {_NS}>{paragraphs_xml}</w:hdr>".encode())))


def _headers(word, reference: str) -> None:
    """Page 1 has no running header; the following pages show - N - and PP14/82-E."""
    section = word.sections[-1]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    _set_story(first._element, '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>')
    header = section.header
    header.is_linked_to_previous = False
    _set_story(header._element, _header_paragraphs(reference))


def _footnotes(word, notes: list[str]) -> None:
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_NS}>'
            f"{separator_footnotes()}{''.join(notes)}</w:footnotes>").encode()
    main = word.part
    try:
        existing = main.part_related_by(RT.FOOTNOTES)
    except KeyError:
        existing = None
    if existing is not None:
        existing._blob = blob  # python-docx keeps unknown parts as blobs; no setter exists
    else:
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, main.package)
        main.relate_to(part, RT.FOOTNOTES)
    _footnote_settings(word)


def _footnote_settings(word) -> None:
    """Name the separator notes in settings, as Word does, so every consumer finds them."""
    settings = word.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    pr = parse_xml(f'<w:footnotePr {_NS}><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                   "</w:footnotePr>".encode())
    for child in settings:
        if etree.QName(child).localname in _AFTER_FOOTNOTE_PR:
            child.addprevious(pr)
            return
    settings.append(pr)


def _logo(word, logo) -> None:
    """The user's logo above the conference name, in the cover table's left cell."""
    cell = word.tables[0].cell(0, 0)
    paragraph = cell.paragraphs[0].insert_paragraph_before()
    try:
        paragraph.add_run().add_picture(str(logo), height=_LOGO_HEIGHT)
    except FileNotFoundError:
        raise FormatError(logo, "logo image not found") from None
    except (UnrecognizedImageError, OSError) as exc:
        raise FormatError(logo, f"not a usable image (PNG, JPEG, GIF, BMP, TIFF): {exc}") from None


__all__ = ["write", "render", "template_path", "MARKS"]
