"""Long received documents as regional groups and administrations send them: 20-60 proposals
each, mixed with introductions, background, headings, per-proposal explanations, parts, annexes
of the document and a closing rule. Built with loops from a small model (free text and
proposals), rendered as plain text or DOCX; every test checks that each proposal is found with
its marker, number and target, that the free text stays free text in its order, and that nothing
between the proposals is lost or swallowed by a neighbour.

The layout follows real ITU documents (CEPT, APT, CITEL addenda, national contributions); the
wording is our own. Tests marked xfail(strict) pin a recognizer problem (the reason names the
function at fault); the others guard what already works.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.shapes import kinds, reasons, summary
from received_docs import ITU_STYLES, p, r, styles_xml, text_p, write_docx

from proposaleditor.domain.document import BlockKind, FreeBlock
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, Proposal, TargetKind
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.formats import docx_reader
from proposaleditor.formats.text_reader import read_text

BOLD, ITALIC = "<w:b/>", "<w:i/>"
RULE = "_______________"
STYLES = styles_xml(
    *ITU_STYLES, ("ArtNo", "Art_No", "Normal", "<w:caps/>"),
    ("Arttitle", "Art_title", "Normal", "<w:b/>"), ("Headingb", "Heading_b", "Normal", "<w:b/>"),
    ("Tabletext", "Table_text", "Normal", ""),
).replace("</w:styles>", (
    '<w:style w:type="character" w:styleId="Artdef"><w:name w:val="Art_def"/>'
    "<w:rPr><w:b/></w:rPr></w:style></w:styles>"))
MARKERS = {"ADD": Marker.ADD, "MOD": Marker.MOD, "SUP": Marker.SUP, "NOC": Marker.NOC,
           "(MOD)": Marker.MOD_EDITORIAL}


# -- a small model of a received document ---------------------------------------------------------
@dataclass
class Free:
    text: str
    style: str | None = None  # DOCX paragraph style (Headingb, AnnexNotitle ...)


@dataclass
class Prop:
    marker: str
    number: str
    target: tuple[TargetKind, str]
    lines: list[tuple[str, str | None]] = field(default_factory=list)  # (text, DOCX style)
    reasons: str = ""


def order(document) -> list[tuple[str, str]]:
    """What the reader made of the body, in order: ('P', number) or ('F', free text)."""
    out = []
    for part in document.parts:
        if isinstance(part, Proposal):
            out.append(("P", part.received_number))
        else:
            assert isinstance(part, FreeBlock)
            out.append(("F", plain_text(part.text)))
    return out


def expected_order(entries) -> list[tuple[str, str]]:
    return [("P", e.number) if isinstance(e, Prop) else ("F", e.text) for e in entries
            if isinstance(e, Prop) or e.text != RULE]


def expected_summary(entries) -> list[tuple]:
    return [(MARKERS[e.marker], e.number, *e.target) for e in entries if isinstance(e, Prop)]


def expected_reasons(entries) -> list[str]:
    return [e.reasons for e in entries if isinstance(e, Prop)]


def check(document, entries) -> None:
    """Every proposal with its marker, number and target; the free text in order; every reason;
    the closing rule dropped, not kept inside the last proposal."""
    assert summary(document) == expected_summary(entries)
    assert order(document) == expected_order(entries)
    assert [reasons(q) for q in document.proposals] == expected_reasons(entries)
    for q in document.proposals:
        assert RULE not in reasons(q)
        assert all(RULE not in (plain_text(v.draft or ()) or "") for v in q.walk())


# -- rendering ------------------------------------------------------------------------------------
def as_text(cover: list[str], entries, reasons_label: str = "Reasons:") -> str:
    lines = list(cover)
    for e in entries:
        if isinstance(e, Free):
            lines.append(e.text)
        else:
            lines.append(f"{e.marker}\t{e.number}")
            lines.extend(text for text, _style in e.lines)
            lines.append(f"{reasons_label}\t{e.reasons}")
    return "\n".join(lines) + "\n"


def _docx_line(text: str, style: str | None, itu_styles: bool) -> str:
    if itu_styles:
        if style == "Artdef":  # an RR provision: its number in Art_def, a tab, the text
            number, _, rest = text.partition("\t")
            return p(f'<w:r><w:rPr><w:rStyle w:val="Artdef"/></w:rPr><w:t>{number}</w:t></w:r>',
                     r(f"\t{rest}"))
        if style == "Call":
            return text_p(text, "Call")
        return text_p(text, style)
    # typed in Normal: calls in italics, titles and headings in bold, the rest plain
    if style == "Call":
        return p(r(text, ITALIC))
    if style in ("Restitle", "Headingb", "AnnexNotitle", "Arttitle", "Source", "Artdef"):
        return p(r(text, BOLD)) if style != "Artdef" else p(r(text))
    return p(r(text))


def as_docx(tmp_path, cover: list[str], entries, *, itu_styles: bool = True,
            name: str = "long") -> str:
    body = list(cover)
    for e in entries:
        if isinstance(e, Free):
            body.append(_docx_line(e.text, e.style, itu_styles))
        else:
            body.append(text_p(f"{e.marker}\t{e.number}", "Proposal") if itu_styles
                        else p(r(f"{e.marker}\t{e.number}", BOLD)))
            body.extend(_docx_line(text, style, itu_styles) for text, style in e.lines)
            body.append(p(r("Reasons:", BOLD), r(f"\t{e.reasons}"),
                          style="Reasons" if itu_styles else None))
    parts = {"styles": STYLES} if itu_styles else {}
    return docx_reader.read(write_docx(tmp_path / f"{name}.docx", "".join(body), parts=parts))


def docx_cover(*lines: str, source: str, title: str = "PROPOSALS FOR THE WORK OF THE CONFERENCE",
               itu_styles: bool = True) -> list[str]:
    if not itu_styles:
        return [*(text_p(x) for x in lines), p(r(source, BOLD)), text_p(title)]
    return [*(text_p(x) for x in lines), text_p(source, "Source"), text_p(title, "Title1")]


# -- resolution bodies ----------------------------------------------------------------------------
PP22_FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
                "(Bucharest, 2022),")


def resolution(number_line: str, title: str, formula: str, items: int = 3,
               calls: tuple[str, str] = ("considering", "resolves"),
               lettered: str = "that one aspect {k} of the matter holds",
               numbered: str = "to carry out task {k} of the programme") -> list[tuple]:
    """Number line, title, formula, a call with lettered items, a call with numbered items."""
    lines: list[tuple] = [(number_line, "ResNo"), (title, "Restitle"),
                          (formula, "Normalaftertitle"), (calls[0], "Call")]
    for k in range(items):
        end = ";" if k < items - 1 else ","
        lines.append((f"{chr(ord('a') + k)})\t{lettered.format(k=k + 1)}{end}", None))
    lines.append((calls[1], "Call"))
    for k in range(items):
        end = ";" if k < items - 1 else "."
        lines.append((f"{k + 1}\t{numbered.format(k=k + 1)}{end}", None))
    return lines


def identification(number_line: str, title: str) -> list[tuple]:
    """A SUP or NOC: the number line and title only."""
    return [(number_line, "ResNo"), (title, "Restitle")]


# -- 1 CEPT European Common Proposals for PP (text) ---------------------------------------------
PP_COVER = ["Plenipotentiary Conference (PP-22)", "Bucharest, 26 September – 14 October 2022",
            "PLENARY MEETING", "Addendum 2 to", "Document 40-E", "22 August 2022",
            "Original: English", "European Common Proposals",
            "PROPOSALS FOR THE WORK OF THE CONFERENCE"]
CEPT_PLAN = ["MOD", "SUP", "NOC", "MOD", "ADD", "MOD", "SUP", "MOD", "NOC", "MOD", "ADD", "SUP"]


def cept_pp_entries() -> list:
    entries: list = [
        Free("Introduction"),
        Free("The Member States of CEPT submit the following European Common Proposals on the "
             "resolutions of the Plenipotentiary Conference."),
        Free("Each proposal below is preceded by a short explanation of its purpose."),
    ]
    new = 0
    for i in range(24):
        marker = CEPT_PLAN[i % len(CEPT_PLAN)]
        seq = i + 1
        number = f"EUR/40A2/{seq}"
        if marker == "ADD":
            new += 1
            heading = f"Draft new Resolution [EUR-{new}] – A new field of work {new}"
            explanation = f"CEPT proposes a new resolution on field {new} of the Union's work."
            target = (TargetKind.RESOLUTION, f"[EUR-{new}]")
            lines = resolution(f"DRAFT NEW RESOLUTION [EUR-{new}] (BUCHAREST, 2022)",
                               f"A new field of work {new}", PP22_FORMULA)
        else:
            res = 100 + 7 * i
            heading = f"Resolution {res} (Rev. Dubai, 2018) – Subject number {seq}"
            target = (TargetKind.RESOLUTION, str(res))
            if marker == "MOD":
                explanation = f"CEPT proposes to update Resolution {res} to reflect recent work."
                lines = resolution(f"RESOLUTION {res} (REV. BUCHAREST, 2022)",
                                   f"Subject number {seq}", PP22_FORMULA, items=2 + i % 3)
            elif marker == "SUP":
                explanation = f"CEPT considers that Resolution {res} has been fully implemented."
                lines = identification(f"RESOLUTION {res} (REV. DUBAI, 2018)",
                                       f"Subject number {seq}")
            else:
                explanation = f"CEPT proposes to keep Resolution {res} unchanged."
                lines = identification(f"RESOLUTION {res} (REV. DUBAI, 2018)",
                                       f"Subject number {seq}")
        entries += [Free(heading), Free(explanation),
                    Prop(marker, number, target, lines, f"Explanation {seq} given above.")]
    entries += [Free("Summary"),
                Free("CEPT invites the conference to adopt the proposals above."), Free(RULE)]
    return entries


def test_cept_common_proposals_for_pp_with_an_explanation_before_each():
    """CEPT addendum to PP-22 (the shape of 'Addendum 2 to Document 40-E', European Common
    Proposals): an introduction, then for each of 24 proposals a heading naming the resolution
    and a one-sentence explanation, MOD / SUP / NOC / ADD mixed, a summary and the closing rule."""
    entries = cept_pp_entries()
    document = read_text(as_text(PP_COVER, entries), name="cept-pp")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("PP-22", "40", 2)
    check(document, entries)
    assert len(document.proposals) == 24
    for q, e in zip(document.proposals, [e for e in entries if isinstance(e, Prop)]):
        if e.marker in ("MOD", "ADD"):
            assert [v.kind for v in q.provisions] == [
                K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL, K.CALL]
            labels = [v.label for v in q.provisions[4].children]
            assert labels == [str(k + 1) for k in range(len(labels))]
        else:
            assert kinds(q) == [(K.NUMBER_LINE, None), (K.TITLE, None)]


# -- 2 APT WRC addendum for one agenda item (DOCX, ITU styles) ------------------------------------
WRC23_COVER = ["World Radiocommunication Conference (WRC-23)",
               "Dubai, 20 November – 15 December 2023", "PLENARY MEETING", "Addendum 12 to",
               "Document 24-E", "10 October 2023", "Original: English"]
RR_MODS = ["5.338A", "5.341", "5.384A", "5.388", "5.388A", "5.429", "5.429A", "5.430A",
           "5.432A", "5.432B", "5.433A", "5.440A", "5.441", "5.441B", "5.446A", "5.447F",
           "5.453", "5.457A", "5.480", "5.482"]


def apt_wrc_entries() -> list:
    entries: list = [
        Free("Agenda item 1.2"),
        Free("1.2\tto consider identification of the frequency bands for IMT;"),
        Free("Background", "Headingb"),
        Free("The APT Members studied the identification of bands for IMT over the study "
             "cycle."),
        Free("The results of those studies are reflected in the proposals below."),
        Free("Proposals", "Headingb"),
    ]
    seq = 0

    def nxt() -> str:
        nonlocal seq
        seq += 1
        return f"ACP/24A12/{seq}"

    entries.append(Prop("NOC", nxt(), (TargetKind.RR_ARTICLE, "5"),
                        [("ARTICLE 5", "ArtNo"), ("Frequency allocations", "Arttitle")],
                        "The article heading locates the changes."))
    for number in RR_MODS:
        entries.append(Prop("MOD", nxt(), (TargetKind.RR_PROVISION, number),
                            [(f"{number}\tIn the frequency band listed under No. {number}, "
                              "stations shall apply Resolution 223 (Rev.WRC-23). (WRC-23)",
                              "Artdef")],
                            f"Consequential change to No. {number}."))
    for letter in "ABCDEFGH":
        number = f"5.{letter}12"
        entries.append(Prop("ADD", nxt(), (TargetKind.RR_PROVISION, number),
                            [(f"{number}\tThe band {letter} is identified for IMT in some "
                              "countries. (WRC-23)", "Artdef")],
                            f"New identification {letter}."))
    entries.append(Prop("SUP", nxt(), (TargetKind.RESOLUTION, "245"),
                        identification("RESOLUTION 245 (WRC-19)",
                                       "Studies on frequency-related matters for IMT"),
                        "Studies completed."))
    entries.append(Free(RULE))
    return entries


def test_apt_wrc_addendum_for_one_agenda_item(tmp_path):
    """APT Common Proposals to WRC-23 for agenda item 1.2 ('Addendum 12 to Document 24-E'):
    Background and Proposals headings, a NOC of Article 5, 20 MODs of footnotes with their
    numbers in Art_def, 8 ADDs with placeholder numbers 5.A12 .. 5.H12, a SUP of Resolution 245
    and the closing rule."""
    entries = apt_wrc_entries()
    cover = docx_cover(*WRC23_COVER, source="Asia-Pacific Telecommunity Common Proposals")
    document = as_docx(tmp_path, cover, entries, name="apt")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("WRC-23", "24", 12)
    cover_lines = ("Agenda", "1.2")  # the agenda item and its text belong to the cover
    entries = [e for e in entries if not (isinstance(e, Free) and e.text.startswith(cover_lines))]
    assert meta.agenda_item == "1.2"
    check(document, entries)
    assert len(document.proposals) == 30
    for q in document.proposals[1:-1]:
        assert kinds(q) == [(K.PROVISION_NUMBER, q.target.number)]
        assert q.provisions[0].text.endswith("(WRC-23)")


# -- 3 CITEL Inter-American Proposals with a summary table and annexes (DOCX) --------------------
def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(paragraphs) + "</w:tc>"


def _table(rows: list[tuple[str, ...]]) -> str:
    return "<w:tbl><w:tblPr/>" + "".join(
        "<w:tr>" + "".join(_cell(text_p(x, "Tabletext")) for x in row) + "</w:tr>"
        for row in rows) + "</w:tbl>"


CITEL_RESOLUTIONS = [(64, 2), (71, 0), (101, 1), (102, 0), (130, 2), (133, 0), (139, 1),
                     (140, 0), (146, 0), (175, 1), (179, 0), (180, 2), (197, 0), (200, 1),
                     (203, 0), (205, 0), (208, 1), (214, 0), (1, 0), (25, 1)]


def citel_entries() -> tuple[list, list[tuple[str, ...]]]:
    entries: list = [
        Free("Summary of the Inter-American Proposals", "Headingb"),
    ]
    rows = [("Proposal", "Resolution", "Title")]
    for i, (res, annexes) in enumerate(CITEL_RESOLUTIONS):
        number = f"IAP/44A1/{i + 1}"
        marker = "SUP" if i % 6 == 5 else "MOD"
        rows.append((number, f"{marker} Resolution {res}", f"Subject of Resolution {res}"))
        if marker == "SUP":
            lines = identification(f"RESOLUTION {res} (REV. DUBAI, 2018)",
                                   f"Subject of Resolution {res}")
        else:
            lines = resolution(f"RESOLUTION {res} (REV. BUCHAREST, 2022)",
                               f"Subject of Resolution {res}", PP22_FORMULA, items=2)
            for a in range(annexes):
                heading = (f"ANNEX {a + 1} TO RESOLUTION {res} (REV. BUCHAREST, 2022)"
                           if annexes > 1 else f"ANNEX TO RESOLUTION {res} (REV. BUCHAREST, 2022)")
                lines += [(heading, "AnnexNotitle"), (f"Guidelines part {a + 1}", "Restitle"),
                          (f"1\tThe first guideline of part {a + 1}.", None),
                          (f"2\tThe second guideline of part {a + 1}.", None)]
        entries += [Free(f"IAP {i + 1} – Resolution {res}", "Headingb"),
                    Free(f"Background on Resolution {res} as discussed by CITEL PCC.I."),
                    Prop(marker, number, (TargetKind.RESOLUTION, str(res)), lines,
                         f"Agreed by PCC.I for Resolution {res}.")]
    entries += [Free("Attachment: list of the Member States supporting each proposal."),
                Free(RULE)]
    return entries, rows


def test_citel_inter_american_proposals_with_summary_table_and_annexes(tmp_path):
    """CITEL Inter-American Proposals to PP-22 ('Addendum 1 to Document 44-E'): a summary table
    of the 20 IAPs (number, marker and resolution, title; its numbers are no proposals), each
    IAP under its own heading and background, MODs carrying 'ANNEX TO RESOLUTION' or 'ANNEX 2 TO
    RESOLUTION' parts that stay inside their proposal, SUPs, an 'Attachment:' line at the end."""
    entries, rows = citel_entries()
    cover = docx_cover("Plenipotentiary Conference (PP-22)",
                       "Bucharest, 26 September – 14 October 2022", "PLENARY MEETING",
                       "Addendum 1 to", "Document 44-E", "1 August 2022", "Original: English",
                       source="Member States of the Inter-American Telecommunication "
                              "Commission (CITEL)")
    summary_entries = [Free(x) for row in rows for x in row]
    document = as_docx(tmp_path, [*cover, _table(rows)], entries, name="citel")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("PP-22", "44", 1)
    check(document, summary_entries + entries)
    for q, (_res, annexes) in zip(document.proposals, CITEL_RESOLUTIONS):
        if q.marker is Marker.MOD:
            headings = [v for v in q.provisions if v.kind is K.HEADING]
            assert len([v for v in q.walk() if "ANNEX" in (v.text or "").upper()
                        and v.kind is not K.NUMBER_LINE]) == annexes
            assert len(headings) <= annexes


# -- 4 national contribution to WTSA (text) ------------------------------------------------------
WTSA_COVER = ["World Telecommunication Standardization Assembly (WTSA-24)",
              "New Delhi, 15-24 October 2024", "PLENARY MEETING", "Document 40-E",
              "20 September 2024", "Original: English", "Brazil (Federative Republic of)",
              "PROPOSALS FOR THE WORK OF THE ASSEMBLY"]
WTSA_FORMULA = "The World Telecommunication Standardization Assembly (New Delhi, 2024),"
WTSA_RESOLUTIONS = [1, 2, 7, 11, 18, 20, 22, 29, 32, 34, 40, 44, 48, 50, 52, 54, 58, 60, 64,
                    67, 68, 69, 72, 73, 75, 76, 78, 80, 84, 90]


def wtsa_entries() -> list:
    entries: list = [
        Free("1 Introduction"),
        Free("Brazil presents its proposals on the resolutions of the Assembly and on the "
             "Questions of the study groups."),
        Free("2 Proposals on resolutions"),
    ]
    for i, res in enumerate(WTSA_RESOLUTIONS):
        marker = ["MOD", "MOD", "NOC", "SUP", "MOD"][i % 5]
        if marker == "MOD":
            lines = resolution(f"RESOLUTION {res} (Rev. New Delhi, 2024)",
                               f"Standardization topic {res}", WTSA_FORMULA, items=2,
                               calls=("recognizing", "instructs the study groups"))
            lines.insert(2, ("(Helsinki, 1993; Rev. New Delhi, 2024)", "Resref"))
        else:
            lines = identification(f"RESOLUTION {res} (Rev. Geneva, 2022)",
                                   f"Standardization topic {res}")
        entries.append(Prop(marker, f"B/40/{i + 1}", (TargetKind.RESOLUTION, str(res)), lines,
                            f"Brazil's view on Resolution {res}."))
    entries += [Free("3 Proposals on Questions"),
                Free("The Questions of study groups are listed in Resolution 2, whose annex "
                     "is changed below."),
                Prop("MOD", f"B/40/{len(WTSA_RESOLUTIONS) + 1}", (TargetKind.RESOLUTION, "2"),
                     [("RESOLUTION 2 (Rev. New Delhi, 2024)", "ResNo"),
                      ("ITU-T study group responsibility and mandates", "Restitle"),
                      (WTSA_FORMULA, "Normalaftertitle"), ("resolves", "Call"),
                      ("to approve the Questions listed in the annex.", None)],
                     "Questions updated."),
                Free("4 Conclusion"), Free("Brazil looks forward to the discussion."),
                Free(RULE)]
    return entries


def test_national_contribution_to_wtsa_with_numbered_sections():
    """A national contribution to WTSA-24 ('Document 40-E', Brazil): numbered section headings
    ('1 Introduction', '2 Proposals on resolutions' ...), 31 proposals numbered B/40/n, MODs
    with a reference line under the title and WTSA calls ('instructs the study groups')."""
    entries = wtsa_entries()
    document = read_text(as_text(WTSA_COVER, entries), name="wtsa")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number) == ("WTSA-24", "40")
    check(document, entries)
    assert len(document.proposals) == 31
    first = document.proposals[0]
    assert [v.kind for v in first.provisions] == [
        K.NUMBER_LINE, K.TITLE, K.REFERENCE_LINE, K.ENACTING_FORMULA, K.CALL, K.CALL]


# -- 5 an addendum typed in Normal, markers bold with a tab (DOCX) -------------------------------
def normal_entries() -> list:
    entries: list = [
        Free("Introduction", "Headingb"),
        Free("The Arab States submit the following common proposals, typed without the ITU "
             "template."),
        Free("ANNEX 1", "AnnexNotitle"),
    ]
    for i in range(22):
        marker = ["MOD", "ADD", "SUP", "MOD", "(MOD)", "NOC"][i % 6]
        res = 150 + i
        number = f"ARB/71A1/{i + 1}"
        if marker == "ADD":
            target = (TargetKind.RESOLUTION, f"[ARB-{i + 1}]")
            lines = resolution(f"Draft new Resolution [ARB-{i + 1}] (Bucharest, 2022)",
                               f"New arrangements {i + 1}", PP22_FORMULA)
        elif marker == "MOD":
            target = (TargetKind.RESOLUTION, str(res))
            lines = resolution(f"Resolution {res} (Rev. Bucharest, 2022)", f"Arrangements {res}",
                               PP22_FORMULA, calls=("recalling", "instructs the Secretary-General"))
        elif marker == "(MOD)":
            target = (TargetKind.DECISION, str(i))
            lines = identification(f"Decision {i} (Rev. Dubai, 2018)", f"Decision subject {i}")
        else:
            target = (TargetKind.RESOLUTION, str(res))
            lines = identification(f"Resolution {res} (Rev. Dubai, 2018)", f"Arrangements {res}")
        entries.append(Prop(marker, number, target, lines, f"Arab States position {i + 1}."))
        if i == 10:
            entries.append(Free("ANNEX 2", "AnnexNotitle"))
    entries.append(Free(RULE))
    return entries


def test_addendum_typed_in_normal_with_bold_marker_lines(tmp_path):
    """Arab States Common Proposals to PP-22 typed in Word without the ITU template: every
    paragraph in Normal, the marker lines bold with a tab, the number lines typed in mixed case,
    calls in italics, 'Reasons:' bold; the document's 'ANNEX 1' and 'ANNEX 2' between the
    proposals stay free annex headings."""
    entries = normal_entries()
    cover = docx_cover("Plenipotentiary Conference (PP-22)",
                       "Bucharest, 26 September – 14 October 2022", "PLENARY MEETING",
                       "Addendum 1 to", "Document 71-E", "5 September 2022", "Original: Arabic",
                       source="Arab States Common Proposals", itu_styles=False)
    document = as_docx(tmp_path, cover, entries, itu_styles=False, name="normal")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("PP-22", "71", 1)
    check(document, entries)
    annexes = [plain_text(x.text) for x in document.parts
               if isinstance(x, FreeBlock) and x.kind is BlockKind.ANNEX_HEADING]
    assert annexes == ["ANNEX 1", "ANNEX 2"]
    for q in document.proposals:
        if q.marker in (Marker.MOD, Marker.ADD):
            assert [v.kind for v in q.provisions] == [
                K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL, K.CALL]


# -- 6 French version (text) ----------------------------------------------------------------------
FR_COVER = ["Conférence de plénipotentiaires (PP-22)",
            "Bucarest, 26 septembre – 14 octobre 2022", "SÉANCE PLÉNIÈRE",
            "Addendum 1 au", "Document 40-F", "22 août 2022", "Original: anglais",
            "Propositions européennes communes",
            "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE"]
FR_FORMULA = ("La Conférence de plénipotentiaires de l'Union internationale des "
              "télécommunications (Bucarest, 2022),")


def french_entries() -> list:
    entries: list = [
        Free("Introduction"),
        Free("Les États Membres de la CEPT soumettent les propositions européennes communes "
             "suivantes."),
        Free("Propositions"),
    ]
    for i in range(20):
        marker = ["MOD", "SUP", "ADD", "MOD", "NOC"][i % 5]
        res = 120 + 3 * i
        if marker == "ADD":
            target = (TargetKind.RESOLUTION, f"[EUR-{i + 1}]")
            lines = resolution(f"PROJET DE NOUVELLE RÉSOLUTION [EUR-{i + 1}] (BUCAREST, 2022)",
                               f"Nouveau domaine {i + 1}", FR_FORMULA,
                               calls=("considérant", "décide"),
                               lettered="qu'un aspect {k} est établi",
                               numbered="de mener la tâche {k}")
        elif marker == "MOD":
            target = (TargetKind.RESOLUTION, str(res))
            lines = resolution(f"RÉSOLUTION {res} (RÉV. BUCAREST, 2022)", f"Sujet {res}",
                               FR_FORMULA, calls=("considérant", "décide"),
                               lettered="qu'un aspect {k} est établi",
                               numbered="de mener la tâche {k}")
        else:
            target = (TargetKind.RESOLUTION, str(res))
            lines = identification(f"RÉSOLUTION {res} (RÉV. DUBAÏ, 2018)", f"Sujet {res}")
        entries += [Free(f"Explication de la proposition {i + 1}."),
                    Prop(marker, f"EUR/40A1/{i + 1}", target, lines, f"Motif numéro {i + 1}.")]
    entries.append(Free(RULE))
    return entries


def test_french_version_with_motifs_and_french_calls():
    """The French version of a CEPT addendum to PP-22 ('Addendum 1 au Document 40-F'): 20
    proposals on RÉSOLUTIONs and PROJETS DE NOUVELLE RÉSOLUTION, French calls (considérant,
    décide), 'Motifs:', an explanation before each proposal."""
    entries = french_entries()
    document = read_text(as_text(FR_COVER, entries, reasons_label="Motifs:"), name="fr")
    meta = document.metadata
    assert (meta.language, meta.document_number, meta.addendum) == ("F", "40", 1)
    check(document, entries)
    for q in document.proposals:
        if q.marker in (Marker.MOD, Marker.ADD):
            assert [v.kind for v in q.provisions] == [
                K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL, K.CALL]


# -- 7 proposals in two parts, numbers restarting per part (text) --------------------------------
WRC23_TEXT_COVER = [*WRC23_COVER[:3], "Addendum 19 to", "Document 65-E", "10 October 2023",
                    "Original: English", "European Common Proposals",
                    "PROPOSALS FOR THE WORK OF THE CONFERENCE"]


def two_part_entries() -> list:
    """WRC addenda on agenda item 9.1 issue by issue number theirs EUR/65A19A1/1, EUR/65A19A2/1
    (one addendum to the addendum per issue; the sequence restarts in each, format notes §4)."""
    entries: list = [Free("Agenda item 9.1"),
                     Free("9.1\tto consider and approve the report of the Director;")]
    for part, (title, count) in enumerate([("Issue 9.1 a) – Space weather sensors", 12),
                                           ("Issue 9.1 b) – Amateur service at 23 cm", 14)], 1):
        entries += [Free(f"PART {part} – {title}"), Free("Background"),
                    Free(f"Studies on the issue of part {part} are complete."),
                    Free("Proposals")]
        for k in range(count):
            number = f"EUR/65A19A{part}/{k + 1}"
            if k == count - 1:
                entries.append(Prop("SUP", number, (TargetKind.RESOLUTION, str(650 + part)),
                                    identification(f"RESOLUTION {650 + part} (WRC-19)",
                                                   f"Studies of part {part}"),
                                    f"Studies of part {part} completed."))
            elif k % 3 == 2:
                rr = f"5.{chr(ord('A') + k)}{part}91"
                entries.append(Prop("ADD", number, (TargetKind.RR_PROVISION, rr),
                                    [(f"{rr}\tA new footnote of part {part}. (WRC-23)", None)],
                                    f"Part {part}, new footnote {k + 1}."))
            else:
                rr = f"5.{300 + 10 * k + part}"
                entries.append(Prop("MOD", number, (TargetKind.RR_PROVISION, rr),
                                    [(f"{rr}\tThe band of part {part} is also allocated. "
                                      "(WRC-23)", None)],
                                    f"Part {part}, change {k + 1}."))
        entries.append(Free(f"Summary of part {part}: {count} proposals."))
    entries.append(Free(RULE))
    return entries


def test_two_parts_with_numbers_restarting_in_each_part():
    """A CEPT WRC-23 addendum on agenda item 9.1 in two parts ('PART 1 – Issue 9.1 a) ...',
    'PART 2 – ...'), each with Background and Proposals headings and its own sequence of
    numbers (EUR/65A19A1/1.., EUR/65A19A2/1..), MOD and ADD of footnotes, a SUP closing each part
    and a summary line after it."""
    entries = two_part_entries()
    document = read_text(as_text(WRC23_TEXT_COVER, entries), name="parts")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum) == ("WRC-23", "65", 19)
    assert meta.agenda_item == "9.1"
    entries = entries[2:]  # the agenda item and its text belong to the cover
    check(document, entries)
    numbers = [q.received_number for q in document.proposals]
    assert numbers.count("EUR/65A19A1/1") == numbers.count("EUR/65A19A2/1") == 1
    assert len(numbers) == 26


# -- 8 numbers continuing across parts, document annexes and an attachment (text) ---------------
def continuing_entries() -> list:
    entries: list = [
        Free("The Administration of Indonesia presents its proposals on two major items:"),
        Free("- 1 Modification of resolutions of the Plenipotentiary Conference; and"),
        Free("- 2 Modification and suppression of decisions,"),
        Free("as contained in Annexes 1 and 2, respectively."),
        Free("All proposals are numbered in one sequence."),
        Free("ANNEX 1"),
        Free("PART 1 – RESOLUTIONS OF THE PLENIPOTENTIARY CONFERENCE"),
    ]
    seq = 0
    for i in range(18):
        seq += 1
        res = 60 + 5 * i
        marker = "MOD" if i % 2 == 0 else "NOC"
        lines = (resolution(f"RESOLUTION {res} (REV. BUCHAREST, 2022)", f"Programme {res}",
                            PP22_FORMULA, items=2) if marker == "MOD" else
                 identification(f"RESOLUTION {res} (REV. DUBAI, 2018)", f"Programme {res}"))
        entries += [Free(f"Proposal {seq}"),
                    Prop(marker, f"INS/82/{seq}", (TargetKind.RESOLUTION, str(res)), lines,
                         f"Indonesia's reasons {seq}.")]
    entries += [Free("ANNEX 2"), Free("PART 2 – DECISIONS")]
    for i in range(12):
        seq += 1
        marker = "SUP" if i % 3 == 0 else "MOD"
        lines = (identification(f"DECISION {i + 1} (REV. DUBAI, 2018)", f"Decision {i + 1}")
                 if marker == "SUP" else
                 [(f"DECISION {i + 1} (REV. BUCHAREST, 2022)", "ResNo"),
                  (f"Decision {i + 1}", "Restitle"), (PP22_FORMULA, "Normalaftertitle"),
                  ("decides", "Call"), (f"to change arrangement {i + 1}.", None)])
        entries += [Free(f"Proposal {seq}"),
                    Prop(marker, f"INS/82/{seq}", (TargetKind.DECISION, str(i + 1)), lines,
                         f"Indonesia's reasons {seq}.")]
    entries += [Free("Attachment: Report of the Council Working Group (for information)."),
                Free(RULE)]
    return entries


def test_two_annexes_with_parts_and_one_sequence_of_numbers():
    """A national PP contribution shaped like PP-14 Document 82 (Indonesia) but longer: an
    introduction pointing to the annexes, 'ANNEX 1' with 'PART 1 – RESOLUTIONS ...', 'ANNEX 2'
    with 'PART 2 – DECISIONS', a 'Proposal n' heading before each of 30 proposals numbered in
    one sequence (INS/82/1 .. INS/82/30), an 'Attachment:' line at the end."""
    entries = continuing_entries()
    cover = ["Plenipotentiary Conference (PP-22)", "Bucharest, 26 September – 14 October 2022",
             "PLENARY MEETING", "Document 82-E", "7 September 2022", "Original: English",
             "Indonesia (Republic of)", "PROPOSALS FOR THE WORK OF THE CONFERENCE"]
    document = read_text(as_text(cover, entries), name="ins")
    items = [(x.label, plain_text(x.text)) for x in document.parts
             if isinstance(x, FreeBlock) and x.kind is BlockKind.LIST_ITEM]
    assert items == [("1", "Modification of resolutions of the Plenipotentiary Conference; and"),
                     ("2", "Modification and suppression of decisions,")]
    entries = [Free(e.text[4:]) if isinstance(e, Free) and e.text.startswith("- ") else e
               for e in entries]  # list items keep their text without the bullet and label
    check(document, entries)
    titles = [plain_text(x.text) for x in document.parts
              if isinstance(x, FreeBlock) and x.kind is BlockKind.TITLE]
    assert titles == ["PART 1 – RESOLUTIONS OF THE PLENIPOTENTIARY CONFERENCE",
                      "PART 2 – DECISIONS"]
    annexes = [plain_text(x.text) for x in document.parts
               if isinstance(x, FreeBlock) and x.kind is BlockKind.ANNEX_HEADING]
    assert annexes == ["ANNEX 1", "ANNEX 2"]
    assert [q.received_number for q in document.proposals] == [
        f"INS/82/{k}" for k in range(1, 31)]
