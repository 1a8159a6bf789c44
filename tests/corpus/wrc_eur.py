"""WRC-19, Addendum 13 to Document 16: CEPT common proposals on agenda item 1.13, one proposal per
Radio Regulations provision, as the ITU template shapes a WRC addendum.

The cover names the agenda item and its text; proposals are NOC of Article 5's heading
(ArtNo + Arttitle + Section heading), a MOD of a footnote (`5.338A<tab>In the bands ...`, the
number bold by the Art_def character style, in a paragraph of style Note, ending with the
conference reference `(WRC-19)` after a tab), a MOD of an Article 21 provision in Normal, an
ADD of a new footnote with a placeholder number `5.A113`, and a MOD of a frequency table
(w:tbl) inside the proposal.
"""

from __future__ import annotations

from .pp_apt import cover, proposal_line, reasons
from .wordml import Doc

AGENDA_TEXT = ("to consider identification of frequency bands for the future development of "
               "International Mobile Telecommunications (IMT), including possible additional "
               "allocations to the mobile service on a primary basis, in accordance with "
               "Resolution 238 (WRC-15);")


def build(path):
    d = Doc(author="CEPT", date="2019-09-20T14:00:00Z", seed=2)
    cover(d, document_line=["Addendum 13 to", "Document 16-E"], date="20 September 2019",
          source="European Common Proposals",
          conference=("World Radiocommunication Conference (WRC\u201119)",
                      "Sharm el-Sheikh, Egypt, 28 October – 22 November 2019"),
          meeting="PLENARY MEETING", original="Original: English")
    d.p(d.run("Agenda item 1.13"), style="Title2")
    d.text(AGENDA_TEXT)
    d.p(d.run("Introduction"), style="Headingb")
    d.text("CEPT supports the identification of the frequency band 24.25-27.5 GHz for IMT.")
    # a summary of the proposals: marker lines in table cells start no proposal
    d.table([[d.p(d.run(t), style="Tablehead", add=False) for t in ("Proposal", "Provision")],
             [d.p(d.run("MOD\tEUR/16A13/2"), style="Tabletext", add=False),
              d.p(d.run("5.338A"), style="Tabletext", add=False)],
             [d.p(d.run("ADD\tEUR/16A13/4"), style="Tabletext", add=False),
              d.p(d.run("5.A113"), style="Tabletext", add=False)]], borders=True)
    d.p(d.run("Proposals"), style="Headingb")

    proposal_line(d, "NOC", "EUR/16A13/1", hidden="#50001")
    d.p(d.run("ARTICLE 5"), style="ArtNo")
    d.p(d.run("Frequency allocations"), style="Arttitle")
    d.p(d.run("Section IV – Table of Frequency Allocations"), style="Sectiontitle")
    d.p(d.run("(See No. 2.1)"), style="Note", jc="center")
    reasons(d, "No change is needed in the heading of the Article.")

    # a footnote of Article 5: the number in Art_def, the reference after a tab
    proposal_line(d, "MOD", "EUR/16A13/2", hidden="#50002")
    d.p(d.run("5.338A", rstyle="Artdef"), d.run("\tIn the bands 1 350-1 400 MHz, "),
        d.dele(d.run("1 427-1 452 MHz, ")), d.run("22.55-23.55 GHz, 30-31.3 GHz, "
                                                   "49.7-50.2 GHz, 50.4-50.9 GHz and "),
        d.ins(d.run("51.4-52.6 GHz")), d.dele(d.run("51.4-52.6 GHz")),
        d.run(", Resolution 750 (Rev.WRC-"), d.dele(d.run("15")), d.ins(d.run("19")),
        d.run(") applies."), d.run("\t"), d.run("(WRC\u2011"), d.dele(d.run("15")),
        d.ins(d.run("19")), d.run(")"), style="Note")
    reasons(d, "Consequential to the identification of the band 24.25-27.5 GHz.")

    # an Article 21 provision typed in Normal, the number bold by direct formatting
    proposal_line(d, "MOD", "EUR/16A13/3", hidden="#50003")
    d.p(d.run("ARTICLE 21"), style="ArtNo")
    d.p(d.run("Terrestrial and space services sharing frequency bands above 1 GHz"),
        style="Arttitle")
    d.p(d.run("21.5", b=True), d.run("\t§ 3\t1)\tThe power delivered by a transmitter to the "
                                     "antenna of a station in the fixed or mobile service shall "
                                     "not exceed "), d.dele(d.run("+13 dBW")),
        d.ins(d.run("+10 dBW")), d.run(" in the frequency bands between 1 GHz and 10 GHz."))
    reasons(d, "Protection of the Earth exploration-satellite service.")

    # ADD of a new footnote, placeholder number
    proposal_line(d, "ADD", "EUR/16A13/4", hidden="#50004")
    d.p(d.run("5.A113", rstyle="Artdef"), d.run("\tThe frequency band 24.25-27.5 GHz is "
                                                "identified for use by administrations wishing "
                                                "to implement IMT."), d.run("\t"),
        d.run("(WRC-19)"), style="Note")
    reasons(d, "To identify the band for IMT.")

    # MOD of a frequency table: the table is inside the proposal
    proposal_line(d, "MOD", "EUR/16A13/5", hidden="#50005")
    d.p(d.run("22-24.75 GHz"), style="Tabletitle")
    head = [d.p(d.run("Allocation to services"), style="Tablehead", add=False)]
    regions = [d.p(d.run(t), style="Tablehead", add=False) for t in
               ("Region 1", "Region 2", "Region 3")]
    cell = d.p(d.run("24.25-24.45", b=True), add=False) + d.p(
        d.run("FIXED"), style="TableTextS5", add=False) + d.p(
        d.ins(d.run("MOBILE  "), d.run("ADD 5.A113", b=True)), style="TableTextS5", add=False)
    # a row inserted with Track Changes on: Word marks the row and its text
    band = d.p(d.ins(d.run("1 350-1 400")), add=False, mark="ins") + d.p(
        d.ins(d.run("RADIOLOCATION  5.338A")), style="TableTextS5", add=False, mark="ins")
    d.table([[head[0], None, None], regions, [cell, d.p(d.run("24.25-24.45"), add=False),
             d.p(d.run("24.25-24.45"), add=False)], [band, None, None]], borders=True,
            inserted_rows=(3,))
    reasons(d, "Mobile allocation for IMT in Region 1.")

    # SUP of a footnote: the number alone
    proposal_line(d, "SUP", "EUR/16A13/6", hidden="#50006")
    d.p(d.run("5.340.1", rstyle="Artdef"), style="Note")
    reasons(d, "No longer needed.")

    # the provision number on the marker line, its text in the next paragraph
    d.p(d.run("MOD"), d.run("\t"), d.run("EUR/16A13/7"), d.run("\t"),
        d.run("5.149", rstyle="Artdef"), style="Proposal")
    d.p(d.run("In making assignments to stations of other services to which the frequency "
              "bands "), d.ins(d.run("1 350-1 400 MHz, ")), d.run("1 400-1 427 MHz are "
                                                            "allocated, administrations are "
                                                            "urged to take all practicable "
                                                            "steps to protect the radio "
                                                            "astronomy service."),
        d.run("\t(WRC-"), d.dele(d.run("07")), d.ins(d.run("19")), d.run(")"), style="Note")
    reasons(d, "To protect radio astronomy.")

    # the number in a paragraph of its own, the text in the next one
    proposal_line(d, "MOD", "EUR/16A13/8", hidden="#50008")
    d.p(d.run("5.340", rstyle="Artdef"), style="Note")
    d.p(d.run("All emissions are prohibited in the following bands: "),
        d.ins(d.run("1 400-1 427 MHz,")), d.run(" 2 690-2 700 MHz."), d.run("\t(WRC-19)"),
        style="Note")
    reasons(d, "Passive bands.")

    # SUP with the number on the marker line and nothing else
    d.p(d.run("SUP"), d.run("\t"), d.run("EUR/16A13/9"), d.run("\t"),
        d.run("5.341", rstyle="Artdef"), style="Proposal")
    reasons(d, "Not needed.")
    d.p(d.run("______________"), jc="center")
    return d.save(path)
