"""An ODT typed in LibreOffice Writer from a blank page (written here with odfpy): paragraphs in
Default/Text body with automatic styles for centring and bold, static underline and strike-through
in automatic text styles, and ODF lists (text:list with a list style) for the a) and 1 labels and
the dashes, nested the ODF way (a list inside a list item)."""

from __future__ import annotations

from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import ListLevelProperties, ParagraphProperties, Style, TextProperties
from odf.text import (
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    P,
    Span,
    Tab,
)

FORMULA = "The Plenipotentiary Conference of the International Telecommunication Union ("


def build(path) -> Path:
    doc = OpenDocumentText()
    auto = doc.automaticstyles

    def style(name, family, **text):
        s = Style(name=name, family=family)
        if family == "paragraph" and text.pop("centre", False):
            s.addElement(ParagraphProperties(textalign="center"))
        if text:
            s.addElement(TextProperties(**text))
        auto.addElement(s)
        return s

    body = Style(name="Text_20_body", displayname="Text body", family="paragraph")
    doc.styles.addElement(body)
    centred = style("P1", "paragraph", centre=True)
    bold_centred = style("P2", "paragraph", centre=True, fontweight="bold")
    bold = style("T1", "text", fontweight="bold")
    italic = style("T2", "text", fontstyle="italic")
    under = style("T3", "text", textunderlinestyle="solid", textunderlinewidth="auto")
    struck = style("T4", "text", textlinethroughstyle="solid")

    letters = ListStyle(name="L1")
    level = ListLevelStyleNumber(level=1, numformat="a", numsuffix=")")
    level.addElement(ListLevelProperties())
    letters.addElement(level)
    numbers = ListStyle(name="L2")
    level = ListLevelStyleNumber(level=1, numformat="1", numsuffix="")
    level.addElement(ListLevelProperties())
    numbers.addElement(level)
    level = ListLevelStyleBullet(level=2, bulletchar="–")
    level.addElement(ListLevelProperties())
    numbers.addElement(level)
    auto.addElement(letters)
    auto.addElement(numbers)

    def para(*content, stylename=body):
        p = P(stylename=stylename)
        for item in content:
            if isinstance(item, tuple):
                p.addElement(Span(stylename=item[0], text=item[1]))
            elif isinstance(item, str):
                for n, piece in enumerate(item.split("\t")):
                    if n:
                        p.addElement(Tab())
                    if piece:
                        p.addText(piece)
            else:
                p.addElement(item)
        return p

    def add(*content, stylename=body):
        doc.text.addElement(para(*content, stylename=stylename))

    def items(list_style, entries):
        """entries: paragraph contents, or (contents, sub-entries) for nested lists."""
        lst = List(stylename=list_style)
        for entry in entries:
            item = ListItem()
            contents, subs = entry if isinstance(entry, list) else (entry, None)
            item.addElement(para(*contents))
            if subs:
                inner = List()
                for sub in subs:
                    sub_item = ListItem()
                    sub_item.addElement(para(*sub))
                    inner.addElement(sub_item)
                item.addElement(inner)
            lst.addElement(item)
        doc.text.addElement(lst)

    for line in ("Plenipotentiary Conference (PP-18)", "Dubai, 29 October – 16 November 2018",
                 "PLENARY MEETING", "Document 72-E", "18 September 2018", "Original: English"):
        add(line)
    add("Kenya (Republic of)", stylename=bold_centred)
    add("PROPOSALS FOR THE WORK OF THE CONFERENCE", stylename=centred)
    add((bold, "MOD"), (bold, "\u00a0KEN/72/1"))
    add("RESOLUTION 139 (REV. ", (struck, "BUSAN, 2014"), (under, "DUBAI, 2018"), ")",
        stylename=centred)
    add("Use of telecommunications/information and communication technologies to bridge the "
        "digital divide", stylename=bold_centred)
    add(FORMULA, (struck, "Busan, 2014"), (under, "Dubai, 2018"), "),")
    add((italic, "recognizing"))
    items(letters, [("that networks are the foundation of the digital economy;",),
                    ("that broadband access remains ", (struck, "unaffordable"),
                     (under, "expensive"), " in many countries,"),
                    ((under, "that community networks can help,"),)])
    add((italic, "resolves"))
    items(numbers, [[("to encourage:",), [("universal service funds;",),
                                          ("community networks;",)]],
                    ("to report to the Council.",)])
    add((bold, "Reasons:"), "\tClarity.")
    path = Path(path)
    doc.save(str(path))
    return path
