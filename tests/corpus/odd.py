"""Odd but real things, one small proposal each, in one WTSA-16 document written in Word.

Proposal lines: a bracketed provisional number, a placeholder document number, several
co-sponsors, a no-break space or several spaces instead of the tab, the number line on the
marker's line, `(MOD)`, `ADD*` and `SUP*`. In the text: a renumbered item whose label change
Word tracked (5 -> 7), comments, a hyperlink, smart quotes, soft hyphens (Word's element and the
character), a REF field, a text box, a proposal line typed with Track Changes on, and `Motifs :`
with the French no-break space before the colon.
"""

from __future__ import annotations

from .pp_apt import cover, proposal_line, reasons
from .wordml import Doc

FORMULA = ("The World Telecommunication Standardization Assembly (Hammamet, 2016),")


def build(path):
    d = Doc(author="B/CAN/CLM", date="2016-10-01T08:00:00Z", seed=6)
    cover(d, document_line=["Document 12-E"], date="1 October 2016",
          source="Brazil (Federative Republic of), Canada, Colombia (Republic of)",
          conference=("World Telecommunication Standardization Assembly (WTSA-16)",
                      "Hammamet, 25 October – 3 November 2016"),
          meeting="PLENARY MEETING", original="Original: English")
    # a text box in the introduction, and an inserted introduction paragraph
    d.p(d.run("The co-sponsors submit the following proposals; see "),
        d.bookmark("_Ref456789", d.run("Annex A")), d.run("."),
        d.text_box(d.p(d.run("Draft for coordination"), add=False)))
    d.p(d.ins(d.run("This paragraph was added with Track Changes on.")), mark="ins")

    # 1 bracketed provisional number; comments, a hyperlink and smart quotes in the text
    proposal_line(d, "MOD", "[B/CAN/CLM/12/1]")
    d.p(d.run("Resolution 1 (Rev. "), d.dele(d.run("Dubai, 2012")),
        d.ins(d.run("Hammamet, 2016")), d.run(")"), style="ResNo")
    d.p(d.run("Rules of procedure of the ITU Telecommunication Standardization Sector"),
        style="Restitle")
    d.p(d.run("(Helsinki, 1993; "), d.ins(d.run("Hammamet, 2016")), d.run(")"), style="Resref")
    d.p(d.run(FORMULA), style="Normalaftertitle")
    d.p(d.run("considering"), style="Call")
    d.p(d.run("a)", i=True), d.run("\tthe “working methods” of the Sector’s study groups, see "),
        d.hyperlink("www.itu.int/ITU-T", "https://www.itu.int/ITU-T"), d.run(";"))
    d.p(d.run("b)", i=True), d.run("\t"),
        d.comment("Check against the Final Acts", d.run("the Director’s report")),
        d.run(" to the Assembly,"))
    d.p(d.run("resolves"), style="Call")
    d.p(d.run("4\tto keep the rules;"))
    d.p(d.ins(d.run("5\tto review them at each Assembly;")), mark="ins")
    d.p(d.ins(d.run("6\tto publish them;")), mark="ins")
    # the old 5 renumbered to 7, the label change tracked
    d.p(d.dele(d.run("5")), d.ins(d.run("7")), d.run("\tto apply them from the end of the "
                                                     "Assembly."))
    reasons(d, "Working methods.")

    # 2 a placeholder document number; no-break space instead of the tab; soft hyphens
    d.p(d.run("MOD\u00a0B/CAN/CLM/XX/2"), style="Proposal")
    d.p(d.run("Resolution 2 (Rev. Hammamet, 2016)"), style="ResNo")
    d.p(d.run("Study group responsibility and mandates"), style="Restitle")
    d.p(d.run("resolves"), style="Call")
    d.p(d.run("that the tele"), "<w:r><w:softHyphen/></w:r>", d.run("communication study "
                                                                    "groups are responsible "
                                                                    "for stan\u00addards."))
    reasons(d, "Clarity.")

    # 3 marker, number and number line in one paragraph; several spaces instead of a tab
    d.p(d.run("(MOD)    B/CAN/CLM/12/3"), d.run("\tResolution 7 (Rev. Hammamet, 2016)"),
        style="Proposal")
    d.p(d.run("Collaboration with the International Organization for Standardization"),
        style="Restitle")
    d.p(d.run("resolves"), style="Call")
    d.p(d.run("to continue the collaboration described in "),
        d.field("REF _Ref456789 \\h", "Annex A"), d.run("."))
    reasons(d, "Editorial.")

    # 4 ADD* and SUP*: text moved between resolutions
    proposal_line(d, "ADD*", "B/CAN/CLM/12/4")
    d.p(d.run("Resolution 20 (Rev. Hammamet, 2016)"), style="ResNo")
    d.p(d.run("Procedures for allocation and management of numbering resources"),
        style="Restitle")
    reasons(d, "Moved from Resolution 29.")
    proposal_line(d, "SUP*", "B/CAN/CLM/12/5")
    d.p(d.run("Resolution 29 (Rev. Dubai, 2012)"), style="ResNo")
    d.p(d.run("Alternative calling procedures"), style="Restitle")
    d.p(d.run("Motifs\u00a0:", b=True), d.run("\tMoved to Resolution 20."), style="Reasons")

    # 5 a proposal line typed with Track Changes on
    d.p(d.ins(d.run("NOC"), d.run("\t"), d.run("B/CAN/CLM/12/6")), style="Proposal")
    d.p(d.run("Resolution 22 (Rev. Dubai, 2012)"), style="ResNo")
    d.p(d.run("Authorization for TSAG to act between Assemblies"), style="Restitle")
    d.p(d.ins(d.run("Reasons:", b=True), d.run("\tStill needed.")), style="Reasons")

    # 7 a proposal on an annex alone, its paragraphs numbered 1.1, 1.2
    proposal_line(d, "MOD", "B/CAN/CLM/12/7")
    d.p(d.run("ANNEX TO RESOLUTION 1 (REV. HAMMAMET, 2016)"), style="AnnexNotitle")
    d.p(d.run("1.1\tThe Assembly "), d.ins(d.run("shall ")), d.run("adopt its rules."))
    reasons(d, "Annex only.")

    # 8 the marker alone on its line, the number on the next one
    d.p(d.run("SUP"), style="Proposal")
    d.p(d.run("B/CAN/CLM/12/8"), style="Proposal")
    d.p(d.run("Resolution 35 (Rev. Dubai, 2012)"), style="ResNo")
    reasons(d, "Obsolete.")
    d.p(d.run("______________"), jc="center")
    return d.save(path)
