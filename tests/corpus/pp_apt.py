"""PP-14, Addendum 1 to Document 34(Rev.1): APT common proposals in the ITU template's shape.

The cover is the template's borderless table (conference name and place in one paragraph broken
by a line break, the logo in the next cell, the document line broken after "to"); the proposals
use the template styles: Proposal (marker and number in separate runs, a tab between, the
ITU's hidden proposal id after them), ResNo typed in mixed case (the style capitalises), Restitle,
Normalaftertitle, Call (italic by style), items in Normal with the label italic by direct
formatting, enumlev1/enumlev2 sub-items, a footnote, Reasons. The MOD is in Word tracked changes
with everything Word leaves around them (rsids, proofErr, _Toc bookmarks, page-break marks).
"""

from __future__ import annotations

from .wordml import Doc

FORMULA = "The Plenipotentiary Conference of the International Telecommunication Union ("
TITLE_130 = ("Strengthening the role of ITU in building confidence and security in the use of "
             "information and communication technologies")
FOOTNOTE_130 = ("These include the least developed countries, small island developing states, "
                "landlocked developing countries and countries with economies in transition.")


def cover(d: Doc, *, document_line: list[str], date: str, source: str,
          conference=("Plenipotentiary Conference (PP-14)",
                      "Busan, 20 October – 7 November 2014"),
          meeting: str = "PLENARY MEETING", original: str = "Original: English",
          title: str = "PROPOSALS FOR THE WORK OF THE CONFERENCE") -> None:
    """The ITU template's cover table: conference | logo, meeting | document line, date,
    original; then Source and Title 1 across both columns."""
    name, place = conference
    conf = d.p(d.run(name, b=True), "<w:r><w:br/></w:r>", d.run(place, b=True), add=False)
    # the template's document line is a content control the secretariat fills in
    doc_line = d.p('<w:sdt><w:sdtPr><w:alias w:val="DocNumber"/></w:sdtPr><w:sdtContent>'
                   + "".join(x for n, line in enumerate(document_line)
                             for x in ((["<w:r><w:br/></w:r>"] if n else [])
                                       + [d.run(line, b=True)]))
                   + "</w:sdtContent></w:sdt>", add=False)
    d.table([
        [conf, d.p(d.picture(), jc="right", add=False)],
        [d.p(d.run(meeting, b=True), add=False), doc_line],
        ["", d.p(d.run(date, b=True), add=False)],
        ["", d.p(d.run(original, b=True), add=False)],
        [d.p(d.run(source), style="Source", add=False), None],
        [d.p(d.run(title), style="Title1", add=False), None],
    ], widths=[6911, 3120])


def build(path):
    d = Doc(author="APT Secretariat", date="2014-09-29T09:12:00Z")
    cover(d, document_line=["Addendum 1 to", "Document 34(Rev.1)-E"], date="29 September 2014",
          source="Asia-Pacific Telecommunity Member Administrations")
    d.p(d.run("Part 1 – Review of Resolutions"), style="Title2")
    d.p(d.bookmark("_Toc398812345", d.run("Introduction")), style="Headingb")
    d.text("The Asia-Pacific Telecommunity (APT) Member Administrations submit the following "
           "proposals, adopted at the fifth meeting of the APT Preparatory Group for PP-14.")

    # NOC: an instrument kept as it is
    proposal_line(d, "NOC", "ACP/34A1/4", hidden="#1101")
    d.p(d.run("Resolution 71 (Rev. Guadalajara, 2010)"), style="ResNo")
    d.p(d.run("Strategic plan for the Union for 2012-2015"), style="Restitle")
    reasons(d, "The strategic plan is reviewed under Resolution 71 in another proposal.")

    # MOD in tracked changes
    proposal_line(d, "MOD", "ACP/34A1/5", hidden="#1102")
    d.p(d.bookmark("_Toc398812346", d.run("Resolution 130 (Rev. ", page_break_mark=True)),
        d.dele(d.run("Guadalajara, 2010")), d.ins(d.run("Busan, 2014")), d.run(")"),
        style="ResNo")
    d.p(d.run(TITLE_130, split=True), style="Restitle")
    d.p(d.run(FORMULA), d.dele(d.run("Guadalajara, 2010")), d.ins(d.run("Busan, 2014")),
        d.run("),"), style="Normalaftertitle")
    # the author applied the Call style with Track Changes on: Word records the old formatting
    d.p(d.run("recognizing"), style="Call", change=(
        '<w:pPrChange w:id="90" w:author="APT Secretariat" w:date="2014-09-29T09:12:00Z">'
        "<w:pPr/></w:pPrChange>"))
    d.p(d.run("a)", i=True, change='<w:rPrChange w:id="91" w:author="APT Secretariat" '
              'w:date="2014-09-29T09:12:00Z"><w:rPr/></w:rPrChange>'),
        d.run("\tthe crucial importance of information and communication "
                                   "technology (ICT) infrastructures and their applications to "
                                   "practically all forms of social and economic activity;",
                                   split=True))
    d.p(d.run("b)", i=True), d.run("\tthat the application and development of ICTs have "
                                   "brought major changes in developing countries"),
        d.footnote(d.run(FOOTNOTE_130)), d.run(";"))
    # an item added in the middle (tracked paragraph mark) and the next one relabelled
    d.p(d.ins(d.run("c)", i=True), d.run("\tthe outcomes of the World Summit on the "
                                         "Information Society;")), mark="ins")
    d.p(d.dele(d.run("c", i=True)), d.ins(d.run("d", i=True)), d.run(")", i=True),
        d.run("\tthat the level of ICT infrastructure development "), d.dele(d.run("in many ")),
        d.ins(d.run("in ")), d.run("developing countries has risen,"))
    d.p(d.run("resolves"), style="Call")
    d.p(d.run("1\tto continue to give this work high priority within ITU, in accordance with "
              "its competences and expertise;", split=True))
    d.p(d.run("2\tto give high priority to the following work:"))
    d.p(d.run("–\tcapacity building at the national and regional levels;"), style="enumlev1")
    d.p(d.run("–\t"), d.ins(d.run("cooperation with the relevant organizations"),
                            author="APT Secretariat"), d.run(";"), style="enumlev1")
    d.p(d.run("instructs the Secretary-General"), style="Call")
    d.p(d.run("1\tto report to the Council on the activities of ITU, including:"))
    d.p(d.run("i)\tthe work of the three Sectors;"), style="enumlev1")
    d.p(d.run("ii)\tthe cooperation with:"), style="enumlev1")
    d.p(d.run("–\tthe United Nations;"), style="enumlev2")
    d.p(d.run("–\tother international organizations,"), style="enumlev2")
    # a deleted whole paragraph
    d.p(d.dele(d.run("2\tto make proposals to the Council,")), mark="del")
    d.p(d.run("Annex to Resolution 130 (Rev. "), d.dele(d.run("Guadalajara, 2010")),
        d.ins(d.run("Busan, 2014")), d.run(")"), style="AnnexNotitle")
    d.p(d.run("1\tThe Secretary-General shall report annually."))
    reasons(d, "To reflect the outcomes of WSIS and of WTDC-14.")

    # SUP: identification only
    proposal_line(d, "SUP", "ACP/34A1/6", hidden="#1103")
    d.p(d.run("Resolution 163 (Guadalajara, 2010)"), style="ResNo")
    d.p(d.run("Transition to a stable Constitution"), style="Restitle")
    d.p(d.run(FORMULA + "Guadalajara, 2010),"), style="Normalaftertitle")
    reasons(d, "The work under this resolution is complete.")

    # ADD: a draft new resolution
    proposal_line(d, "ADD", "ACP/34A1/7", hidden="#1104")
    d.p(d.run("Draft new Resolution [ACP-1] (Busan, 2014)"), style="ResNo")
    d.p(d.run("Over-the-top applications"), style="Restitle")
    d.p(d.run(FORMULA + "Busan, 2014),"), style="Normalaftertitle")
    d.p(d.run("considering"), style="Call")
    d.p(d.run("a)", i=True), d.run("\tthe growth of over-the-top (OTT) applications;"))
    d.p(d.run("b)", i=True), d.run("\tthe importance of a competitive environment,"))
    d.p(d.run("resolves"), style="Call")
    d.p(d.run("to study the effects of OTT applications."))
    reasons(d, "To address a new subject of concern to the membership.")
    d.p(d.run("______________"), jc="center")
    return d.save(path)


def proposal_line(d: Doc, marker: str, number: str, hidden: str = "") -> None:
    """Marker and number in their own runs with a tab between; ITU's system adds the
    proposal's id as hidden text after them."""
    content = [d.run(marker), d.run("\t"), d.run(number)]
    if hidden:
        content.append(d.run(hidden, vanish=True, sup=True))
    d.p(*content, style="Proposal")


def reasons(d: Doc, text: str, word: str = "Reasons:") -> None:
    d.p(d.run(word, b=True), d.run("\t" + text), style="Reasons")
