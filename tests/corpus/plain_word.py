"""The PP-14 APT proposals typed from a blank page: everything in Normal with direct formatting
(bold proposal lines, centred titles, italic call words), static underline / strike-through
instead of tracked changes, and Word's automatic list numbering (numbering.xml) for the a), 1
and i) labels and the dashes, so no label is in the text itself.
"""

from __future__ import annotations

from .pp_apt import FOOTNOTE_130, FORMULA, TITLE_130
from .wordml import Doc, itu_styles_xml, numbering_xml

LETTERS, NUMBERS, ROMAN, DASHES, NUMBERS2 = 1, 2, 3, 4, 5


def build(path):
    d = Doc(author="", seed=3)
    d.styles = itu_styles_xml(drop_itu=True)  # Word's own styles only
    d.numbering = numbering_xml({
        LETTERS: [("lowerLetter", "%1)")],
        NUMBERS: [("decimal", "%1"), ("lowerRoman", "%2)"), ("bullet", "–")],
        ROMAN: [("lowerRoman", "%1)")],
        DASHES: [("bullet", "–"), ("bullet", "–")],
        NUMBERS2: [("decimal", "%1")],
    })
    # a contact line typed into the cover, and the date in the US order
    for text, jc in [("Plenipotentiary Conference (PP-14)", ""),
                     ("Busan, 20 October – 7 November 2014", ""), ("PLENARY MEETING", ""),
                     ("Contact: APT Secretariat, aptpp@apt.int", ""),
                     ("Addendum 1 to Document 34(Rev.1)-E", "right"),
                     ("September 29, 2014", "right"), ("Original: English", "right")]:
        d.p(d.run(text, b=True), jc=jc)
    d.p(d.run("Asia-Pacific Telecommunity Member Administrations", b=True), jc="center")
    d.p(d.run("PROPOSALS FOR THE WORK OF THE CONFERENCE"), jc="center")
    d.text("The APT Member Administrations submit the following proposals.")

    def line(marker, number):
        d.p(d.run(marker + "\t" + number, b=True), keep_next=True)

    def item(num, *content, level=0):
        # Word switches a paragraph to List Paragraph when numbering is applied to it
        d.p(*content, num=(num, level), style="ListParagraph")

    line("MOD", "ACP/34A1/5")
    d.p(d.run("RESOLUTION 130 (REV. "), d.run("GUADALAJARA, 2010", strike=True),
        d.run("BUSAN, 2014", u=True), d.run(")"), jc="center")
    d.p(d.run(TITLE_130, b=True), jc="center")
    d.p(d.run(FORMULA), d.run("Guadalajara, 2010", strike=True), d.run("Busan, 2014", u=True),
        d.run("),"))
    d.p(d.run("recognizing", i=True))
    item(LETTERS, d.run("the crucial importance of information and communication technology "
                        "(ICT) infrastructures and their applications to practically all forms "
                        "of social and economic activity;"))
    item(LETTERS, d.run("that the application and development of ICTs have brought major "
                        "changes in developing countries"), d.footnote(d.run(FOOTNOTE_130)),
         d.run(";"))
    item(LETTERS, d.run("the outcomes of the World Summit on the Information Society;", u=True))
    item(LETTERS, d.run("that the level of ICT infrastructure development "),
         d.run("in many ", dstrike=True), d.run("in ", u=True),
         d.run("developing countries has risen,"))
    d.p(d.run("resolves", i=True))
    item(NUMBERS, d.run("to continue to give this work high priority within ITU, in accordance "
                        "with its competences and expertise;"))
    item(NUMBERS, d.run("to give high priority to the following work:"))
    item(NUMBERS, d.run("capacity building at the national and regional levels;"), level=2)
    item(NUMBERS, d.run("cooperation with the relevant organizations", u=True), d.run(";"),
         level=2)
    d.p(d.run("instructs the Secretary-General", i=True))
    item(NUMBERS2, d.run("to report to the Council on the activities of ITU, including:"))
    item(ROMAN, d.run("the work of the three Sectors;"))
    item(ROMAN, d.run("the cooperation with:"))
    item(DASHES, d.run("the United Nations;"), level=1)
    item(DASHES, d.run("other international organizations,"), level=1)
    item(NUMBERS2, d.run("to make proposals to the Council,", strike=True))
    d.p(d.run("Reasons:", b=True), d.run("\tTo reflect the outcomes of WSIS and of WTDC-14."))
    d.p(d.run("______________"), jc="center")
    return d.save(path)
