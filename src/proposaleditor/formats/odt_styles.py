"""The ITU style sheet as ODF styles (values from itu-format.md section 7), page layout and masters.

ODF style names must be XML names, so a display name such as ``Res_No`` is stored as
``Res_5f_No`` with ``style:display-name="Res_No"``, the escaping LibreOffice uses. Normal is ODF's
default paragraph style ``Standard``, and header, footer, footnote text and the footnote marks use
LibreOffice's built-in names, so both LibreOffice and Word map them to their own built-ins.
"""

from __future__ import annotations

import re

from odf.style import (
    DefaultStyle,
    FontFace,
    HeaderFooterProperties,
    HeaderStyle,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.text import NotesConfiguration

FONT = "Times New Roman"
LANG = {"E": ("en", "GB"), "F": ("fr", "CH"), "S": ("es", "ES"), "A": ("ar", "SA"),
        "C": ("zh", "CN"), "R": ("ru", "RU")}

FIRST_PAGE = "First_20_Page"  # page 1: no running header
FOLLOWING_PAGE = "Standard"


def odf_name(display: str) -> str:
    """'Res_No' -> 'Res_5f_No', 'Annex_No & title' -> 'Annex_5f_No_20__26__20_title'."""
    return re.sub(r"[^A-Za-z0-9.-]", lambda m: f"_{ord(m.group()):x}_", display)


def pt(value: float) -> str:
    return f"{value:g}pt"


# ITU id (what layout.py emits) -> (display name, parent id, next id, paragraph props, text props)
# Lengths in cm or pt as the guidelines give them.
_SPEC: dict[str, tuple[str, str | None, str | None, dict, dict]] = {
    "Normal": ("Normal", None, None, {"margintop": pt(6)}, {}),
    "Normalaftertitle": ("Normal_after_title", "Normal", None, {"margintop": pt(18)}, {}),
    "Call": ("Call", "Normal", None,
             {"margintop": pt(8), "marginleft": "1.4cm", "keepwithnext": "always",
              "keeptogether": "always"}, {"fontstyle": "italic"}),
    "enumlev1": ("enumlev1", "Normal", None,
                 {"margintop": pt(4), "marginleft": "1.4cm", "textindent": "-1.4cm"}, {}),
    "enumlev2": ("enumlev2", "enumlev1", None,
                 {"marginleft": "2.1cm", "textindent": "-0.7cm"}, {}),
    "enumlev3": ("enumlev3", "enumlev2", None,
                 {"marginleft": "2.8cm", "textindent": "-0.7cm"}, {}),
    "Headingb": ("Heading_b", "Normal", None, {"margintop": pt(8), "keepwithnext": "always"},
                 {"fontweight": "bold"}),
    "Headingi": ("Heading_i", "Normal", None, {"margintop": pt(8), "keepwithnext": "always"},
                 {"fontstyle": "italic"}),
    "Source": ("Source", "Normal", "Normalaftertitle",
               {"textalign": "center", "margintop": pt(42), "marginbottom": pt(10)},
               {"fontweight": "bold", "fontsize": pt(14)}),
    "Title1": ("Title 1", "Source", None,
               {"margintop": pt(12), "marginbottom": pt(0)},
               {"fontweight": "normal", "texttransform": "uppercase"}),
    "ResNo": ("Res_No", "Normal", "Restitle",
              {"textalign": "center", "keepwithnext": "always"},
              {"fontsize": pt(14), "texttransform": "uppercase"}),
    "Restitle": ("Res_title", "Normal", "Normalaftertitle",
                 {"textalign": "center", "keepwithnext": "always", "margintop": pt(18)},
                 {"fontweight": "bold", "fontsize": pt(14)}),
    "Resref": ("Res_ref", "Normal", None, {"textalign": "center", "keepwithnext": "always"},
               {"fontstyle": "italic"}),
    "AnnexNotitle": ("Annex_No & title", "Normal", "Normalaftertitle",
                     {"textalign": "center", "margintop": pt(24)},
                     {"fontweight": "bold", "fontsize": pt(14)}),
    "ArtNo": ("Art_No", "Normal", "Arttitle", {"textalign": "center", "margintop": pt(24)},
              {"fontsize": pt(14), "texttransform": "uppercase"}),
    "Arttitle": ("Art_title", "Normal", "Normalaftertitle",
                 {"textalign": "center", "margintop": pt(12)},
                 {"fontweight": "bold", "fontsize": pt(14)}),
    "Reasons": ("Reasons", "Normal", None, {"margintop": pt(0)}, {}),
    "Proposal": ("Proposal", "Normal", None, {"margintop": pt(12), "keepwithnext": "always"},
                 {"fontweight": "bold"}),
    "Note": ("Note", "Normal", None, {"margintop": pt(4)}, {}),
    "Tablehead": ("Table_head", "Normal", None,
                  {"textalign": "center", "margintop": pt(3), "marginbottom": pt(3)},
                  {"fontweight": "bold", "fontsize": pt(11)}),
    "Tabletext": ("Table_text", "Normal", None, {"margintop": pt(3), "marginbottom": pt(3)},
                  {"fontsize": pt(11)}),
    # LibreOffice built-ins, shown with the ITU display names' meaning
    "FootnoteText": ("Footnote", "Normal", None,
                     {"marginleft": "0.45cm", "textindent": "-0.45cm",
                      "keeptogether": "always"}, {}),
    "Header": ("Header", "Normal", None, {"textalign": "center", "margintop": pt(0)},
               {"fontsize": pt(9)}),
    "Footer": ("Footer", "Normal", None, {"margintop": pt(0)},
               {"fontsize": pt(8), "texttransform": "uppercase"}),
}
_TABS_CM = {"Normal": (1.4, 2.1, 2.8, 3.5), "FootnoteText": (0.45,)}
_SIZE_KEYS = ("fontsize", "fontsizeasian", "fontsizecomplex")


def style_name(itu_id: str) -> str:
    """The ODF style:name of an ITU style id; unknown ids fall back to Normal."""
    if itu_id not in _SPEC or itu_id == "Normal":
        return "Standard"
    return odf_name(_SPEC[itu_id][0])


def _text_props(props: dict) -> dict:
    out = dict(props)
    for key in ("fontweight", "fontstyle"):
        if key in props:  # the same for Asian and complex scripts, as Word does
            out[key + "asian"] = out[key + "complex"] = props[key]
    if "fontsize" in props:
        out["fontsizeasian"] = out["fontsizecomplex"] = props["fontsize"]
    return out


def paragraph_styles() -> list[Style]:
    out = []
    for itu_id, (display, parent, nxt, ppr, tpr) in _SPEC.items():
        name = style_name(itu_id)
        attrs = {"name": name, "family": "paragraph", "displayname": display}
        if name == "Standard":
            attrs["displayname"] = "Normal"
        else:
            attrs["parentstylename"] = style_name(parent or "Normal")
        if nxt:
            attrs["nextstylename"] = style_name(nxt)
        style = Style(**attrs)
        para = ParagraphProperties(**ppr)
        if itu_id in _TABS_CM:
            stops = TabStops()
            for cm in _TABS_CM[itu_id]:
                stops.addElement(TabStop(position=f"{cm}cm"))
            para.addElement(stops)
        style.addElement(para)
        if tpr:
            style.addElement(TextProperties(**_text_props(tpr)))
        out.append(style)
    return out


def character_styles() -> list[Style]:
    """Footnote marks: 9 pt raised (the footnote reference of the ITU sheet)."""
    out = []
    for name, display in (("Footnote_20_Symbol", "Footnote Symbol"),
                          ("Footnote_20_anchor", "Footnote anchor")):
        s = Style(name=name, family="text", displayname=display)
        s.addElement(TextProperties(textposition="super 58%", fontsize=pt(9)))
        out.append(s)
    return out


def notes_configuration() -> NotesConfiguration:
    return NotesConfiguration(noteclass="footnote", citationstylename="Footnote_20_Symbol",
                              citationbodystylename="Footnote_20_anchor",
                              defaultstylename="Footnote", startvalue="0", footnotesposition="page",
                              startnumberingat="document", numformat="1")


def default_style(language: str) -> DefaultStyle:
    lang, country = LANG.get(language, LANG["E"])
    d = DefaultStyle(family="paragraph")
    d.addElement(ParagraphProperties(tabstopdistance="1.25cm", writingmode="lr-tb"))
    d.addElement(TextProperties(fontname=FONT, fontnameasian=FONT, fontnamecomplex=FONT,
                                fontsize=pt(12), fontsizeasian=pt(12), fontsizecomplex=pt(12),
                                language=lang, country=country))
    return d


def font_face() -> FontFace:
    return FontFace(name=FONT, fontfamily=f"'{FONT}'", fontfamilygeneric="roman",
                    fontpitch="variable")


def page_layouts() -> list[PageLayout]:
    """A4, top/bottom 2.5 cm, left/right 2 cm; the header sits 1.27 cm from the top edge."""
    common = {"pagewidth": "21cm", "pageheight": "29.7cm", "printorientation": "portrait",
              "marginleft": "2cm", "marginright": "2cm", "marginbottom": "2.5cm"}
    first = PageLayout(name="pm_first")
    first.addElement(PageLayoutProperties(margintop="2.5cm", **common))
    following = PageLayout(name="pm_following")
    following.addElement(PageLayoutProperties(margintop="1.27cm", **common))
    header = HeaderStyle()
    # header area + spacing = 2.5 - 1.27 cm, so the body starts where page 1's does
    header.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.63cm",
                                             dynamicspacing="false"))
    following.addElement(header)
    return [first, following]


def master_pages() -> tuple[MasterPage, MasterPage]:
    """(first page without header, following pages); the caller fills the header."""
    following = MasterPage(name=FOLLOWING_PAGE, pagelayoutname="pm_following")
    first = MasterPage(name=FIRST_PAGE, displayname="First Page", pagelayoutname="pm_first",
                       nextstylename=FOLLOWING_PAGE)
    return first, following
