#!/usr/bin/env python3
"""Build the exporter's DOCX template, src/proposaleditor/resources/templates/itu-proposal.docx

usage: python3 resources/build_docx_template.py [OUT.docx]

The package is written part by part as raw OOXML (lxml) rather than derived from python-docx's
default template, which carries US-Letter pages, hundreds of latent styles, a duplicate
stylesWithEffects part, a thumbnail and customXml that would all have to be stripped. The output
is deterministic (fixed zip timestamps and property dates), so the committed template can be
compared with a rebuild. Values come from the ITU common style sheet (itu-format.md sections 2
and 7); python-docx opens the result as a check.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "proposaleditor" / "resources" / "templates" / "itu-proposal.docx"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
FONT = "Times New Roman"


def cm(value: float) -> int:
    """Centimetres to twips (1 cm = 567 twips)."""
    return int(value * 567 + 0.5)  # half up: 3.50 cm is 1985 twips, as in ITU files


def pt(value: float) -> int:
    """Points to twips."""
    return int(value * 20 + 0.5)


# -- page set-up (itu-format.md section 2) ----------------------------------------------------
PAGE = {"w": 11906, "h": 16838}
MARGINS = {"top": cm(2.5), "right": cm(2.0), "bottom": cm(2.5), "left": cm(2.0),
           "header": cm(1.27), "footer": cm(1.27), "gutter": 0}
NORMAL_TABS = (cm(1.40), cm(2.10), cm(2.80), cm(3.50))

# -- styles (itu-format.md section 7) ---------------------------------------------------------
# (display name, style id, based on, next, paragraph properties, run properties)
# pPr keys: before/after (pt), left/hanging (cm), tabs (cm), keep_next, keep_lines, jc
# rPr keys: b, i, caps, sz (pt), position (pt), vert, color, u
PARAGRAPH_STYLES = [
    ("Normal", "Normal", None, None,
     {"tabs": (1.40, 2.10, 2.80, 3.50), "before": 6}, {"font": FONT, "sz": 12}),
    ("heading 1", "Heading1", "Normal", "Normal",
     {"keep_next": True, "before": 18, "left": 1.40, "hanging": 1.40, "outline": 0},
     {"b": True}),
    ("Normal_after_title", "Normalaftertitle", "Normal", "Normal", {"before": 18}, {}),
    ("Call", "Call", "Normal", "Normal",
     {"keep_next": True, "keep_lines": True, "left": 1.40, "before": 8}, {"i": True}),
    ("enumlev1", "enumlev1", "Normal", None,
     {"before": 4, "left": 1.40, "hanging": 1.40}, {}),
    ("enumlev2", "enumlev2", "enumlev1", None, {"left": 2.10, "hanging": 0.70}, {}),
    ("enumlev3", "enumlev3", "enumlev2", None, {"left": 2.80, "hanging": 0.70}, {}),
    ("Heading_b", "Headingb", "Normal", "Normal", {"keep_next": True, "before": 8},
     {"b": True}),
    ("Heading_i", "Headingi", "Normal", "Normal", {"keep_next": True, "before": 8},
     {"i": True}),
    ("Source", "Source", "Normal", "Normalaftertitle",
     {"jc": "center", "before": 42, "after": 10}, {"b": True, "sz": 14}),
    ("Title 1", "Title1", "Source", "Title2",
     {"jc": "center", "before": 12, "after": 0}, {"caps": True, "b": False, "sz": 14}),
    # Title 2 is the style that follows Title 1 in the ITU sheet (inferred: Title 1, not caps)
    ("Title 2", "Title2", "Source", "Normal",
     {"jc": "center", "before": 12, "after": 0}, {"b": False, "sz": 14}),
    ("Res_No", "ResNo", "Normal", "Restitle",
     {"jc": "center", "keep_next": True}, {"caps": True, "sz": 14}),
    ("Res_title", "Restitle", "Normal", "Normalaftertitle",
     {"jc": "center", "keep_next": True, "before": 18}, {"b": True, "sz": 14}),
    ("Res_ref", "Resref", "Normal", "Normalaftertitle",
     {"jc": "center", "keep_next": True}, {"i": True}),
    ("Annex_No & title", "AnnexNotitle", "Normal", "Normalaftertitle",
     {"jc": "center", "keep_next": True, "before": 24}, {"b": True, "sz": 14}),
    ("Art_No", "ArtNo", "Normal", "Arttitle",
     {"jc": "center", "keep_next": True, "before": 24}, {"caps": True, "sz": 14}),
    ("Art_title", "Arttitle", "Normal", "Normalaftertitle",
     {"jc": "center", "keep_next": True, "before": 12}, {"b": True, "sz": 14}),
    ("Reasons", "Reasons", "Normal", "Normal", {"before": 0}, {}),
    # inferred: the marker line MOD<tab>INS/82/1 above each proposal
    ("Proposal", "Proposal", "Normal", "Normal", {"keep_next": True, "before": 12},
     {"b": True}),
    ("Note", "Note", "Normal", "Normal", {"before": 4}, {}),
    ("footnote text", "FootnoteText", "Normal", "FootnoteText",
     {"keep_lines": True, "left": 0.45, "hanging": 0.45, "tabs": (0.45,)}, {}),
    ("Table_head", "Tablehead", "Normal", "Tabletext",
     {"jc": "center", "keep_next": True, "before": 4, "after": 4}, {"b": True, "sz": 11}),
    ("Table_text", "Tabletext", "Normal", "Tabletext", {"before": 2, "after": 2}, {"sz": 11}),
    ("header", "Header", "Normal", "Header", {"jc": "center", "before": 0}, {"sz": 9}),
    ("footer", "Footer", "Normal", "Footer", {"before": 0}, {"caps": True, "sz": 8}),
]
CHARACTER_STYLES = [
    ("footnote reference", "FootnoteReference", {"sz": 9, "position": 3}),
    ("Art_def", "Artdef", {"b": True}),
    ("Res_def", "Resdef", {"b": True}),
    ("Hyperlink", "Hyperlink", {"color": "0000FF", "u": "single"}),
]


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def sub(parent, tag: str, **attrs):
    el = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        el.set(w(key), str(value))
    return el


def ppr(parent, props: dict) -> None:
    """Children in the order CT_PPr requires."""
    if not props:
        return
    p = sub(parent, "pPr")
    if props.get("keep_next"):
        sub(p, "keepNext")
    if props.get("keep_lines"):
        sub(p, "keepLines")
    if "tabs" in props:
        tabs = sub(p, "tabs")
        for pos in props["tabs"]:
            sub(tabs, "tab", val="left", pos=cm(pos))
    if "before" in props or "after" in props:
        spacing = sub(p, "spacing")
        if "before" in props:
            spacing.set(w("before"), str(pt(props["before"])))
        if "after" in props:
            spacing.set(w("after"), str(pt(props["after"])))
    if "left" in props or "hanging" in props:
        ind = sub(p, "ind")
        if "left" in props:
            ind.set(w("left"), str(cm(props["left"])))
        if "hanging" in props:
            ind.set(w("hanging"), str(cm(props["hanging"])))
    if "jc" in props:
        sub(p, "jc", val=props["jc"])
    if "outline" in props:
        sub(p, "outlineLvl", val=props["outline"])


def rpr(parent, props: dict, lang: str | None = None) -> None:
    """Children in the order CT_RPr requires."""
    if not props and not lang:
        return
    r = sub(parent, "rPr")
    if "font" in props:
        sub(r, "rFonts", ascii=props["font"], hAnsi=props["font"], cs=props["font"],
            eastAsia=props["font"])
    for key, tag in (("b", "b"), ("i", "i"), ("caps", "caps")):
        if key in props:
            el = sub(r, tag)
            if not props[key]:
                el.set(w("val"), "0")
            if key in ("b", "i"):
                el2 = sub(r, tag + "Cs")
                if not props[key]:
                    el2.set(w("val"), "0")
    if "color" in props:
        sub(r, "color", val=props["color"])
    if "position" in props:
        sub(r, "position", val=round(props["position"] * 2))
    if "sz" in props:
        sub(r, "sz", val=round(props["sz"] * 2))
        sub(r, "szCs", val=round(props["sz"] * 2))
    if "u" in props:
        sub(r, "u", val=props["u"])
    if lang:
        sub(r, "lang", val=lang, eastAsia="zh-CN", bidi="ar-SA")


def styles_xml() -> bytes:
    root = etree.Element(w("styles"), nsmap={"w": W})
    defaults = sub(root, "docDefaults")
    rpr(sub(defaults, "rPrDefault"), {"font": FONT, "sz": 12}, lang="en-GB")
    sub(defaults, "pPrDefault")
    for name, sid, based, nxt, pprops, rprops in PARAGRAPH_STYLES:
        style = sub(root, "style", type="paragraph", styleId=sid)
        if sid == "Normal":
            style.set(w("default"), "1")
        sub(style, "name", val=name)
        if based:
            sub(style, "basedOn", val=based)
        if nxt:
            sub(style, "next", val=nxt)
        if sid in ("Normal", "Heading1"):
            sub(style, "qFormat")
        ppr(style, pprops)
        rpr(style, rprops)
    style = sub(root, "style", type="character", default="1", styleId="DefaultParagraphFont")
    sub(style, "name", val="Default Paragraph Font")
    sub(style, "uiPriority", val=1)
    sub(style, "semiHidden")
    sub(style, "unhideWhenUsed")
    for name, sid, rprops in CHARACTER_STYLES:
        style = sub(root, "style", type="character", styleId=sid)
        sub(style, "name", val=name)
        sub(style, "basedOn", val="DefaultParagraphFont")
        rpr(style, rprops)
    style = sub(root, "style", type="table", default="1", styleId="TableNormal")
    sub(style, "name", val="Normal Table")
    sub(style, "semiHidden")
    sub(style, "unhideWhenUsed")
    tblpr = sub(style, "tblPr")
    sub(tblpr, "tblInd", w=0, type="dxa")
    mar = sub(tblpr, "tblCellMar")
    for side, value in (("top", 0), ("left", 108), ("bottom", 0), ("right", 108)):
        sub(mar, side, w=value, type="dxa")
    return _bytes(root)


def document_xml() -> bytes:
    root = etree.Element(w("document"), nsmap={"w": W, "r": R})
    body = sub(root, "body")
    sub(body, "p")
    sect = sub(body, "sectPr")
    sub(sect, "pgSz", **PAGE)
    sub(sect, "pgMar", **MARGINS)
    sub(sect, "cols", space=720)
    sub(sect, "titlePg")
    return _bytes(root)


def settings_xml() -> bytes:
    root = etree.Element(w("settings"), nsmap={"w": W})
    sub(root, "zoom", percent=100)
    sub(root, "defaultTabStop", val=cm(1.40))
    sub(root, "characterSpacingControl", val="doNotCompress")
    compat = sub(root, "compat")
    sub(compat, "compatSetting", name="compatibilityMode",
        uri="http://schemas.microsoft.com/office/word", val=15)
    sub(root, "themeFontLang", val="en-GB")
    sub(root, "decimalSymbol", val=".")
    sub(root, "listSeparator", val=",")
    return _bytes(root)


def font_table_xml() -> bytes:
    root = etree.Element(w("fonts"), nsmap={"w": W})
    font = sub(root, "font", name=FONT)
    sub(font, "panose1", val="02020603050405020304")
    sub(font, "charset", val="00")
    sub(font, "family", val="roman")
    sub(font, "pitch", val="variable")
    return _bytes(root)


def content_types_xml() -> bytes:
    root = etree.Element(f"{{{CT}}}Types", nsmap={None: CT})
    for ext, ctype in (("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                       ("xml", "application/xml")):
        etree.SubElement(root, f"{{{CT}}}Default", Extension=ext, ContentType=ctype)
    for part, ctype in (
        ("/word/document.xml", f"{WML_CT}.document.main+xml"),
        ("/word/styles.xml", f"{WML_CT}.styles+xml"),
        ("/word/settings.xml", f"{WML_CT}.settings+xml"),
        ("/word/fontTable.xml", f"{WML_CT}.fontTable+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml",
         "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ):
        etree.SubElement(root, f"{{{CT}}}Override", PartName=part, ContentType=ctype)
    return _bytes(root)


def rels_xml(rels: list[tuple[str, str, str]]) -> bytes:
    root = etree.Element(f"{{{PKG_REL}}}Relationships", nsmap={None: PKG_REL})
    for rid, rtype, target in rels:
        etree.SubElement(root, f"{{{PKG_REL}}}Relationship", Id=rid, Type=rtype, Target=target)
    return _bytes(root)


def core_xml() -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
            b'XMLSchema-instance"><dc:title>ITU proposal</dc:title>'
            b'<dc:creator>ProposalEditor</dc:creator>'
            b'<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
            b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'
            b'</cp:coreProperties>')


def app_xml() -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'extended-properties"><Application>ProposalEditor</Application></Properties>')


def _bytes(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def parts() -> dict[str, bytes]:
    """Part name -> bytes, in the order they are zipped ([Content_Types].xml first)."""
    return {
        "[Content_Types].xml": content_types_xml(),
        "_rels/.rels": rels_xml([
            ("rId1", f"{OFFICE_REL}/officeDocument", "word/document.xml"),
            ("rId2", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{OFFICE_REL}/extended-properties", "docProps/app.xml"),
        ]),
        "docProps/core.xml": core_xml(),
        "docProps/app.xml": app_xml(),
        "word/document.xml": document_xml(),
        "word/_rels/document.xml.rels": rels_xml([
            ("rId1", f"{OFFICE_REL}/styles", "styles.xml"),
            ("rId2", f"{OFFICE_REL}/settings", "settings.xml"),
            ("rId3", f"{OFFICE_REL}/fontTable", "fontTable.xml"),
        ]),
        "word/styles.xml": styles_xml(),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(),
    }


def build() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts().items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    data = build()
    out.write_bytes(data)
    import docx  # the check: python-docx must open it and see every style by id

    styles = {s.style_id for s in docx.Document(io.BytesIO(data)).styles}
    missing = {sid for _, sid, *_ in PARAGRAPH_STYLES} - styles
    if missing:
        print(f"python-docx does not see styles {sorted(missing)}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({len(data)} bytes, {len(styles)} styles)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
