"""Shapes of real ITU proposal documents (PP, WRC, WTSA, WTDC; regional and national), each
rewritten in a few lines of our own words: the layout is real, the wording is not.

Sources the shapes were modelled on are named in each test's docstring. Tests marked
xfail(strict) pin a recognizer problem (the reason names the function at fault); the others guard
what already works.
"""

from __future__ import annotations

import datetime as dt

import pytest
from corpus.shapes import kinds, reasons, summary
from received_docs import ITU_STYLES, notes_xml, p, r, styles_xml, text_p, write_docx

from proposaleditor.domain.document import BlockKind
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.formats import docx_reader
from proposaleditor.formats.text_reader import read_text

BOLD = "<w:b/>"


def cover(conference: str, place: str, document: list[str], date: str, source: str,
          title: str = "PROPOSALS FOR THE WORK OF THE CONFERENCE",
          meeting: str = "PLENARY MEETING", original: str = "Original: English") -> str:
    return "\n".join([conference, place, meeting, *document, date, original, source, title])


WRC19 = ("World Radiocommunication Conference (WRC-19)",
         "Sharm el-Sheikh, Egypt, 28 October – 22 November 2019")



def free_texts(document) -> list[str]:
    return [plain_text(part.text) for part in document.parts if hasattr(part, "kind")
            and not hasattr(part, "marker")]


def read_docx(tmp_path, *paragraphs: str, name: str = "real"):
    return docx_reader.read(write_docx(tmp_path / f"{name}.docx", "".join(paragraphs),
                                       parts={"styles": styles_xml(*ITU_STYLES)}))


# -- WRC: Radio Regulations provisions ---------------------------------------------------------
WRC_RR = cover(*WRC19, ["Addendum 5 to", "Document 16-E"], "2 October 2019",
               "European Common Proposals") + """
Agenda item 1.13
1.13	to consider identification of frequency bands for IMT;
Introduction
A short introduction in our own words.
NOC	EUR/16A5/1
ARTICLE 5
Frequency allocations
Reasons:	The article heading is kept to locate the changes.
MOD	EUR/16A5/2
5.338A	In the bands listed here, stations shall follow Resolution 750 (Rev.WRC-19). (WRC-19)
Reasons:	Consequential update.
ADD	EUR/16A5/3
5.A113	The frequency band 24.25-27.5 GHz is identified for IMT. (WRC-19)
Reasons:	New identification.
SUP	EUR/16A5/4
5.340.1
Reasons:	No longer needed.
NOC	EUR/16A5/5
5.149
Reasons:	Kept as it is.
MOD	EUR/16A5/6	5.150
The bands below are also designated for industrial applications. (WRC-19)
Reasons:	Clarity.
SUP	EUR/16A5/7
RESOLUTION 238 (WRC-15)
Studies on frequency-related matters for IMT
Reasons:	Studies completed.
"""


def test_wrc_regional_addendum_with_rr_provisions():
    """CEPT / APT addenda to WRC-19 (e.g. 'Addendum 5 to Document 16-E', Document 24-E of the
    APT, dokumen.tips R15-WRC15-C-009): a NOC of an Article heading, MOD / ADD of a provision
    (number, tab, text, '(WRC-19)'), SUP and NOC showing the number only, the number given on the
    marker line, a SUP of a resolution with its title."""
    document = read_text(WRC_RR, name="wrc")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum, meta.date) == (
        "WRC-19", "16", 5, dt.date(2019, 10, 2))
    assert (meta.source, meta.agenda_item, meta.language) == (
        "European Common Proposals", "1.13", "E")
    assert summary(document) == [
        (Marker.NOC, "EUR/16A5/1", TargetKind.RR_ARTICLE, "5"),
        (Marker.MOD, "EUR/16A5/2", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.ADD, "EUR/16A5/3", TargetKind.RR_PROVISION, "5.A113"),
        (Marker.SUP, "EUR/16A5/4", TargetKind.RR_PROVISION, "5.340.1"),
        (Marker.NOC, "EUR/16A5/5", TargetKind.RR_PROVISION, "5.149"),
        (Marker.MOD, "EUR/16A5/6", TargetKind.RR_PROVISION, "5.150"),
        (Marker.SUP, "EUR/16A5/7", TargetKind.RESOLUTION, "238"),
    ]
    noc_art, mod, add, sup, noc, mod2, sup_res = document.proposals
    assert kinds(noc_art) == [(K.NUMBER_LINE, None), (K.TITLE, None)]
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.338A")]
    assert mod.provisions[0].text.endswith("(WRC-19)")
    assert kinds(add) == [(K.PROVISION_NUMBER, "5.A113")]
    assert kinds(sup) == [(K.PROVISION_NUMBER, "5.340.1")]
    assert kinds(noc) == [(K.PROVISION_NUMBER, "5.149")]
    assert kinds(mod2) == [(K.PROVISION_NUMBER, "5.150")]
    assert kinds(sup_res) == [(K.NUMBER_LINE, None), (K.TITLE, None)]
    assert [reasons(q) for q in document.proposals] == [
        "The article heading is kept to locate the changes.", "Consequential update.",
        "New identification.", "No longer needed.", "Kept as it is.", "Clarity.",
        "Studies completed."]
    assert free_texts(document)[:1] == ["Introduction"]


def test_wrc_appendix_and_recommendation_number_lines():
    """WRC-23 APT addendum on agenda item 4 (apt4wrc23.apt.int, 'Doc. WRC-23/62 (Add.21)'):
    'APPENDIX 30 (REV.WRC-19)*' with its footnote star, '(MOD)', a Recommendation."""
    text = cover("World Radiocommunication Conference (WRC-23)",
                 "Dubai, 20 November – 15 December 2023", ["Addendum 21 to", "Document 62-E"],
                 "25 October 2023", "Asia-Pacific Telecommunity Common Proposals") + """
Agenda item 4
MOD	ACP/62A21/1
APPENDIX 30 (REV.WRC-19)*
Provisions for all services in some satellite bands
Reasons:	Update.
(MOD)	ACP/62A21/2
RECOMMENDATION 7 (REV.WRC-97)
Standard forms of ship station licences
Reasons:	Editorial.
"""
    document = read_text(text, name="wrc23")
    assert document.metadata.conference.short == "WRC-23"
    assert (document.metadata.document_number, document.metadata.addendum) == ("62", 21)
    assert summary(document) == [
        (Marker.MOD, "ACP/62A21/1", TargetKind.RR_APPENDIX, "30"),
        (Marker.MOD_EDITORIAL, "ACP/62A21/2", TargetKind.RECOMMENDATION, "7")]
    assert all(kinds(q) == [(K.NUMBER_LINE, None), (K.TITLE, None)]
               for q in document.proposals)


def test_annex_of_an_appendix_inside_its_mod():
    """WRC-19 agenda item 7 proposals modify annexes of Appendices 4 and 30 (CEPT Addendum 7 to
    Document 16, APT Document 24 Addendum 19): 'APPENDIX 4 (REV.WRC-15)', its title, then
    'ANNEX 2' and the annex title, the changed text, Reasons."""
    text = cover(*WRC19, ["Addendum 7 to", "Document 16-E"], "2 October 2019",
                 "European Common Proposals") + """
Agenda item 7
MOD	EUR/16A7/1
APPENDIX 4 (REV.WRC-15)
Consolidated list and tables of characteristics for the procedures of Chapter III
ANNEX 2
Characteristics of satellite networks and earth stations
The changed item of the table is given here.
Reasons:	Update of the annex.
"""
    document = read_text(text, name="ap4")
    [mod] = document.proposals
    assert reasons(mod) == "Update of the annex."
    assert [q.kind for q in mod.provisions][:3] == [K.NUMBER_LINE, K.TITLE, K.HEADING]
    assert not any(part.kind is BlockKind.ANNEX_HEADING for part in document.parts
                   if not hasattr(part, "marker"))


def test_annex_of_an_appendix_inside_its_mod_docx(tmp_path):
    """The same shape as a Word file in the ITU styles."""
    document = read_docx(
        tmp_path, text_p("MOD\tEUR/16A7/1", "Proposal"),
        text_p("APPENDIX 4 (REV.WRC-15)", "ResNo"),
        text_p("Consolidated list and tables of characteristics", "Restitle"),
        text_p("ANNEX 2", "AnnexNotitle"),
        text_p("Characteristics of satellite networks and earth stations", "AnnexNotitle"),
        text_p("The changed item of the table is given here."),
        p(r("Reasons:", BOLD), r("\tUpdate of the annex."), style="Reasons"))
    [mod] = document.proposals
    assert mod.target.kind is TargetKind.RR_APPENDIX
    assert reasons(mod) == "Update of the annex."
    assert K.HEADING in [q.kind for q in mod.provisions]


# -- cover ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["F", "S"])
def test_french_and_spanish_agenda_item_lines(lang):
    """French and Spanish versions of WRC regional addenda (CMR-19 'Addendum 5 au Document 16-F',
    'Addéndum 5 al Documento 16-S'); the French word order is the UN one too ('Point 2 de l'ordre
    du jour provisoire', UNIDO IDB.49/1/Add.1, fr.readkong.com)."""
    if lang == "F":
        text = cover("Conférence mondiale des radiocommunications (CMR-19)",
                     "Charm el-Cheikh, Égypte, 28 octobre – 22 novembre 2019",
                     ["Addendum 5 au", "Document 16-F"], "2 octobre 2019",
                     "Propositions européennes communes",
                     "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE", "SÉANCE PLÉNIÈRE",
                     "Original: anglais") + """
Point 1.13 de l'ordre du jour
1.13	examiner l'identification de bandes de fréquences pour les IMT;
MOD	EUR/16A5/2
5.338A	Dans les bandes indiquées, les stations suivent la Résolution 750. (CMR-19)
Motifs:	Mise à jour.
"""
    else:
        text = cover("Conferencia Mundial de Radiocomunicaciones (CMR-19)",
                     "Sharm el-Sheikh, Egipto, 28 de octubre – 22 de noviembre de 2019",
                     ["Addéndum 5 al", "Documento 16-S"], "2 de octubre de 2019",
                     "Propuestas Comunes Europeas",
                     "PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA", "SESIÓN PLENARIA",
                     "Original: inglés") + """
Punto 1.13 del orden del día
1.13	considerar la identificación de bandas de frecuencias para las IMT;
MOD	EUR/16A5/2
5.338A	En las bandas indicadas, las estaciones siguen la Resolución 750. (CMR-19)
Motivos:	Actualización.
"""
    document = read_text(text, name=lang)
    meta = document.metadata
    assert (meta.language, meta.addendum, meta.conference.short) == (lang, 5, "WRC-19")
    [mod] = document.proposals
    assert (mod.target.kind, mod.target.number) == (TargetKind.RR_PROVISION, "5.338A")
    assert reasons(mod)
    assert meta.agenda_item == "1.13"
    assert meta.agenda_text.startswith(("examiner", "considerar"))


def test_agenda_text_without_its_repeated_number():
    """Every WRC addendum repeats the item number before the item's text ('Agenda item 4' then
    '4<tab>in accordance with Resolution 95 ...', CEPT draft for WRC-15, studylib.net 7187477)."""
    text = cover(*WRC19, ["Addendum 5 to", "Document 16-E"], "2 October 2019",
                 "European Common Proposals") + """
Agenda item 1.13
1.13	to consider identification of frequency bands for IMT;
MOD	EUR/16A5/2
5.338A	Stations shall follow Resolution 750. (WRC-19)
Reasons:	Update.
"""
    meta = read_text(text, name="agenda").metadata
    assert meta.agenda_item == "1.13"
    assert meta.agenda_text == "to consider identification of frequency bands for IMT;"


def test_part_heading_before_the_agenda_item():
    """CEPT common proposals to WRC-12 (Addendum 2 to Document 5-E, studylib.net 7179844):
    'EUROPEAN COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE', 'PART 2', 'Agenda item 1.2'."""
    text = cover("World Radiocommunication Conference (WRC-12)",
                 "Geneva, 23 January – 17 February 2012", ["Addendum 2 to", "Document 5-E"],
                 "14 November 2011", "European Common Proposals",
                 "EUROPEAN COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE") + """
PART 2
Agenda item 1.2
1.2	taking into account the studies, to take appropriate action on the framework;
ADD	EUR/XXA2/1
DRAFT NEW RESOLUTION [EUR/A12] (WRC-12)
Principles for the allocation of frequency bands
The World Radiocommunication Conference (Geneva, 2012),
considering
a)	that a table of allocations is kept;
Reasons:	To set principles.
"""
    document = read_text(text, name="wrc12")
    [add] = document.proposals
    assert (add.target.kind, add.target.number) == (TargetKind.RESOLUTION, "[EUR/A12]")
    assert document.metadata.agenda_item == "1.2"


def test_regional_reference_line_before_a_broken_document_line():
    """CEPT draft for WRC-15 (CPG15(15)055 Annex V-32, studylib.net 7187477): the regional
    group's own reference sits above the bracketed '[Addendum 20 to / Document 9-E]'."""
    text = "\n".join([
        "World Radiocommunication Conference (WRC-15)", "Geneva, 2–27 November 2015",
        "CPG15(15)055 Annex V-32", "[Addendum 20 to", "Document 9-E]", "17 June 2015",
        "Original: English", "PLENARY MEETING", "European Common Proposals (CEPT)",
        "PROPOSALS FOR THE WORK OF THE CONFERENCE", "Agenda item 4",
        "MOD\tEUR/XX/1", "RESOLUTION 28 (REV.WRC-15)", "Revision of references",
        "Reasons:\tUpdate."])
    document = read_text(text, name="wrc15")
    meta = document.metadata
    assert (meta.document_number, meta.addendum) == ("9", 20)
    assert meta.source == "European Common Proposals (CEPT)"
    assert "[Addendum 20 to" not in free_texts(document)


# -- PP ------------------------------------------------------------------------------------------
def test_pp_regional_addendum_add_sup_editorial_noc():
    """Arab States / APT / CITEL common proposals to PP-18 and PP-22 ('Addendum 1 to Document
    71-E'): a draft new resolution with a bracketed number, a SUP with title, '(MOD)' of a
    Decision, a NOC of a resolution."""
    text = cover("Plenipotentiary Conference (PP-18)", "Dubai, 29 October – 16 November 2018",
                 ["Addendum 1 to", "Document 71-E"], "24 September 2018",
                 "Arab States Common Proposals") + """
ADD	ARB/71A1/1
DRAFT NEW RESOLUTION [ARB-1] (DUBAI, 2018)
Role of ITU in a new field
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a)	that one thing holds;
b)	that another holds,
resolves
1	to do the first thing;
2	to do the second thing.
Reasons:	A new resolution is needed.
SUP	ARB/71A1/2
RESOLUTION 133 (REV. BUSAN, 2014)
Roles of administrations in the management of names
Reasons:	Merged into another resolution.
(MOD)	ARB/71A1/3
DECISION 5 (REV. BUSAN, 2014)
Revenue and expenses for the Union
Reasons:	Editorial.
NOC	ARB/71A1/4
RESOLUTION 70 (REV. BUSAN, 2014)
Mainstreaming a gender perspective in ITU
Reasons:	Still valid.
"""
    document = read_text(text, name="pp18")
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum, meta.symbols) == (
        "PP-18", "71", 1, ["ARB"])
    assert summary(document) == [
        (Marker.ADD, "ARB/71A1/1", TargetKind.RESOLUTION, "[ARB-1]"),
        (Marker.SUP, "ARB/71A1/2", TargetKind.RESOLUTION, "133"),
        (Marker.MOD_EDITORIAL, "ARB/71A1/3", TargetKind.DECISION, "5"),
        (Marker.NOC, "ARB/71A1/4", TargetKind.RESOLUTION, "70")]
    add = document.proposals[0]
    assert [q.kind for q in add.provisions] == [
        K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL, K.CALL]
    assert [(q.kind, q.label) for q in add.provisions[3].children] == [
        (K.LETTERED_ITEM, "a)"), (K.LETTERED_ITEM, "b)")]
    assert all(reasons(q) for q in document.proposals)


# -- WTSA / WTDC -----------------------------------------------------------------------------------
def test_wtsa_reference_line_under_the_title():
    """APT common proposals to WTSA-20 ('Addendum 1 to Document 37-E'): WTSA resolutions carry a
    reference line listing the assemblies that revised them."""
    text = cover("World Telecommunication Standardization Assembly (WTSA-20)",
                 "Geneva, 1-9 March 2022", ["Addendum 1 to", "Document 37-E"],
                 "7 February 2022", "Asia-Pacific Telecommunity Member Administrations",
                 "PROPOSALS FOR THE WORK OF THE ASSEMBLY") + """
MOD	APT/37A1/1
RESOLUTION 2 (Rev. Hammamet, 2016)
Study group responsibility and mandates
(Montreal, 2000; Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)
The World Telecommunication Standardization Assembly (Hammamet, 2016),
considering
a)	that a thing holds;
Reasons:	Update of the mandates.
"""
    document = read_text(text, name="wtsa")
    assert document.metadata.conference.short == "WTSA-20"
    [mod] = document.proposals
    assert [q.kind for q in mod.provisions][:4] == [
        K.NUMBER_LINE, K.TITLE, K.REFERENCE_LINE, K.ENACTING_FORMULA]
    assert mod.provisions[1].text == "Study group responsibility and mandates"


def test_wtdc_cover():
    """ATU common proposals to WTDC-22 ('World Telecommunication Development Conference 2022
    (WTDC-22)', 'Kigali, Rwanda, 6-16 June 2022')."""
    text = cover("World Telecommunication Development Conference 2022 (WTDC-22)",
                 "Kigali, Rwanda, 6-16 June 2022", ["Addendum 2 to", "Document 25-E"],
                 "2 May 2022", "African Telecommunications Union Common Proposals") + """
MOD	AFCP/25A2/1
RESOLUTION 37 (REV. BUENOS AIRES, 2017)
Bridging the digital divide
The World Telecommunication Development Conference (Buenos Aires, 2017),
recalling
a)	a first thing;
Reasons:	Update.
"""
    document = read_text(text, name="wtdc")
    meta = document.metadata
    assert (meta.conference.short, meta.conference.place, meta.document_number,
            meta.addendum) == ("WTDC-22", "Kigali, Rwanda", "25", 2)  # as printed
    assert summary(document) == [(Marker.MOD, "AFCP/25A2/1", TargetKind.RESOLUTION, "37")]
    assert [q.kind for q in document.proposals[0].provisions] == [
        K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL]


# -- WRC: tables -----------------------------------------------------------------------------------
IAP_TABLE = cover(*WRC19, ["Addendum 13 to", "Document 11-E"], "20 September 2019",
                  "Member States of the Inter-American Telecommunication Commission (CITEL)",
                  "INTER-AMERICAN PROPOSALS FOR THE WORK OF THE CONFERENCE") + """
Agenda item 1.13
1.13	to consider identification of frequency bands for IMT;
MOD	IAP/11A13/1
1 427-1 452 MHz
Allocation to services
Region 1	Region 2	Region 3
1 427-1 429	SPACE OPERATION (Earth-to-space)
Reasons:	Identification for IMT.
MOD	IAP/11A13/2
TABLE 21-4 (REV.WRC-15)
Reasons:	New limits.
"""


def test_inter_american_cover():
    """CITEL's WRC-19 addenda: the source names the member states of the Commission; the title
    names the proposals as Inter-American."""
    meta = read_text(IAP_TABLE, name="iap").metadata
    assert meta.source == ("Member States of the Inter-American Telecommunication Commission "
                           "(CITEL)")
    assert meta.title == "INTER-AMERICAN PROPOSALS FOR THE WORK OF THE CONFERENCE"
    assert (meta.document_number, meta.addendum, meta.agenda_item) == ("11", 13, "1.13")


def test_frequency_band_rows_are_no_numbered_items():
    """A MOD of the Table of Frequency Allocations (RR Article 5, as in CITEL and CEPT addenda
    on WRC-19 agenda item 1.13) as plain text: band headings and rows start with a band whose
    limits use a space as thousands separator."""
    document = read_text(IAP_TABLE, name="table")
    table = document.proposals[0]
    assert not any(q.kind.is_item for q in table.walk())
    assert table.provisions[0].text == "1 427-1 452 MHz"


def test_rr_table_number_line():
    """MOD of 'TABLE 21-4 (REV.WRC-15)' of RR Article 21 (CITEL / CEPT WRC-19 addenda)."""
    document = read_text(IAP_TABLE, name="table21")
    mod = document.proposals[1]
    assert mod.target.number == "21-4"
    assert mod.provisions[0].kind is K.NUMBER_LINE
    assert not any("TABLE 21-4" in note for note in document.import_notes)


# -- PP: Constitution and Convention -------------------------------------------------------------
PP_CV = cover("Plenipotentiary Conference (PP-22)", "Bucharest, 26 September – 14 October 2022",
              ["Addendum 1 to", "Document 44-E"], "1 August 2022",
              "Member States of the Inter-American Telecommunication Commission (CITEL)") + """
MOD	IAP/44A1/1
CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION
CHAPTER I
Functioning of the Union
ARTICLE 4
The Council
Reasons:	To locate the change below.
ADD	IAP/44A1/2
50B	The Council shall also do a new thing.
Reasons:	New task.
"""


def test_pp_article_of_the_convention_is_no_rr_article():
    """PP proposals to amend the Convention (Final Acts of PP-98, explanatory notes on the margin
    symbols, text-id.123dok.com): the Convention heading, chapter, article and its title."""
    mod = read_text(PP_CV, name="cv").proposals[0]
    assert (mod.target.kind, mod.target.number) == (TargetKind.CONVENTION, "4")


def test_pp_convention_provision_number():
    """'For new provisions (symbol ADD), the point at which they are to be inserted is shown by
    the number of the preceding provision, followed by a letter' (Final Acts of PP-98)."""
    add = read_text(PP_CV, name="cv").proposals[1]
    assert (add.target.kind, add.target.number) == (TargetKind.CONVENTION, "50B")
    assert kinds(add) == [(K.PROVISION_NUMBER, "50B")]
    assert add.provisions[0].text == "The Council shall also do a new thing."


PP_CS = PP_CV.split("\nMOD")[0] + """
MOD	IAP/44A1/3
CONSTITUTION OF THE INTERNATIONAL TELECOMMUNICATION UNION
ARTICLE 8
Plenipotentiary Conference
48	2	The Plenipotentiary Conference shall:
49	a)	determine the general policies for fulfilling the purposes of the Union;
Reasons:	To widen the scope.
SUP	IAP/44A1/4
51
Reasons:	No longer needed.
MOD	IAP/44A1/5
RESOLUTION 130 (REV. DUBAI, 2018)
Strengthening the role of ITU
The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),
resolves
1	to go on;
2	to report.
Reasons:	Update.
"""


def test_pp_constitution_provisions_by_margin_number():
    """A MOD of a Constitution article gives each provision with its margin number, then the
    paragraph number or letter of the text (Basic Texts layout); a SUP shows the margin number
    alone; a resolution after them has numbered items again."""
    mod, sup, resolution = read_text(PP_CS, name="cs").proposals
    assert (mod.target.kind, mod.target.number) == (TargetKind.CONSTITUTION, "8")
    assert [q.label for q in mod.provisions if q.kind is K.PROVISION_NUMBER] == ["48", "49"]
    assert mod.provisions[-1].text.startswith("a)\tdetermine")
    assert (sup.target.kind, sup.target.number) == (TargetKind.CONSTITUTION, "51")
    assert kinds(sup) == [(K.PROVISION_NUMBER, "51")]
    assert (resolution.target.kind, resolution.target.number) == (TargetKind.RESOLUTION, "130")
    resolves = resolution.provisions[-1]
    assert [(q.kind, q.label) for q in resolves.children] == [
        (K.NUMBERED_ITEM, "1"), (K.NUMBERED_ITEM, "2")]


# -- Word files as ITU's tools write them --------------------------------------------------------
def test_docx_rr_provisions_with_bold_numbers_and_hidden_ids(tmp_path):
    """WRC proposals written with ITU's proposal tool: the provision number is a bold run, a tab,
    the text; the proposal line may carry a hidden identifier after the number."""
    document = read_docx(
        tmp_path,
        p(r("MOD"), r("\tEUR/16A5/2"), r("#50123", "<w:vanish/>"), style="Proposal"),
        p(r("5.338A", BOLD), r("\tIn the bands listed, stations follow Resolution 750. (WRC-19)")),
        p(r("Reasons:", BOLD), r("\tUpdate."), style="Reasons"),
        p(r("NOC"), r("\tEUR/16A5/3"), style="Proposal"),
        p(r("5.149", BOLD)),
        p(r("Reasons:", BOLD), r("\tKept."), style="Reasons"))
    assert summary(document) == [
        (Marker.MOD, "EUR/16A5/2", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.NOC, "EUR/16A5/3", TargetKind.RR_PROVISION, "5.149")]
    mod, noc = document.proposals
    assert kinds(mod) == [(K.PROVISION_NUMBER, "5.338A")]
    assert mod.provisions[0].text.startswith("In the bands listed")
    assert kinds(noc) == [(K.PROVISION_NUMBER, "5.149")]
    assert [reasons(q) for q in document.proposals] == ["Update.", "Kept."]


# -- more WRC shapes -------------------------------------------------------------------------------
WRC_HEAD = cover(*WRC19, ["Addendum 5 to", "Document 16-E"], "2 October 2019",
                 "European Common Proposals") + """
Agenda item 1.13
1.13	to consider identification of frequency bands for IMT;
"""


def test_noc_of_article_5_with_its_section_heading():
    """Nearly every WRC allocation proposal opens with a NOC of Article 5, its title, the heading
    'Section IV – Table of Frequency Allocations' and the line '(See No. 2.1)' (CEPT, APT and
    CITEL addenda on WRC-19 agenda item 1.13)."""
    text = WRC_HEAD + """
NOC	EUR/16A5/1
ARTICLE 5
Frequency allocations
Section IV – Table of Frequency Allocations
(See No. 2.1)
Reasons:	Locates the changes.
"""
    [noc] = read_text(text, name="art5").proposals
    assert (noc.target.kind, noc.target.number) == (TargetKind.RR_ARTICLE, "5")
    assert [q.kind for q in noc.provisions][:3] == [K.NUMBER_LINE, K.TITLE, K.HEADING]
    assert noc.provisions[2].text == "Section IV – Table of Frequency Allocations"


def test_star_footnote_of_a_number_line():
    """Plain text of a WRC document: the '*' footnote of a resolution's number line printed at
    the page foot, between two items of the resolution (CEPT draft for WRC-15, studylib.net
    7187477, shows the same '*' notes and page furniture inside the text)."""
    text = WRC_HEAD + """
MOD	EUR/16A5/2
RESOLUTION 750 (REV.WRC-19)*
Compatibility between two services
The World Radiocommunication Conference (Sharm el-Sheikh, 2019),
considering
a)	that a thing holds;
_______________
*	Note by the Secretariat: this resolution was revised at an earlier conference.
b)	that another holds;
Reasons:	Update.
"""
    [mod] = read_text(text, name="star").proposals
    assert all(q.kind is not K.PARAGRAPH for q in mod.walk())
    considering = mod.provisions[3]
    assert [q.label for q in considering.children] == ["a)", "b)"]
    assert any(run.footnote is not None for run in mod.provisions[0].draft)


def test_addendum_to_an_addendum():
    """WRC-19 agenda item 9.1: CEPT's Addendum 19 has one addendum per issue, their proposals
    numbered EUR/16A19A1/1 (the recognizer's own comment on _NUMBER names the shape)."""
    text = WRC_HEAD.replace("Addendum 5 to\nDocument 16-E",
                            "Addendum 1 to\nDocument 16(Add.19)-E") + """
MOD	EUR/16A19A1/1
5.338A	Text of the provision. (WRC-19)
Reasons:	Update.
"""
    document = read_text(text, name="addadd")
    meta = document.metadata
    assert summary(document) == [(Marker.MOD, "EUR/16A19A1/1", TargetKind.RR_PROVISION,
                                  "5.338A")]
    assert meta.document_number == "16"
    assert (meta.addendum, getattr(meta, "base_addendum", None)) == (1, 19)


# -- Council and Radiocommunication Assembly -----------------------------------------------------
def test_council_cover():
    """Council documents (Council 2017 'Document C17/27-E', docest.com/doc/699197; Council 2019
    'Document C19/111-E', info.5y1.org): 'Council 2017', 'Geneva, 15-25 May 2017',
    'Agenda item: PL 2.10', 'Document C17/27-E', date, Original, source, title."""
    text = """Council 2023
Geneva, 11-21 July 2023
Agenda item: PL 1.3
Document C23/45-E
26 May 2023
Original: English
Contribution by a Member State
PROPOSED REVISION OF A COUNCIL RESOLUTION
MOD	RUS/45/1
RESOLUTION 1333 (MODIFIED 2019)
Principles for the use of the six languages
Reasons:	Update.
"""
    document = read_text(text, name="council")
    meta = document.metadata
    assert meta.date == dt.date(2023, 5, 26)
    assert meta.document_number == "C23/45"
    assert meta.source == "Contribution by a Member State"
    assert meta.title == "PROPOSED REVISION OF A COUNCIL RESOLUTION"
    assert free_texts(document) == []


@pytest.mark.parametrize("number_line, formula", [
    ("RESOLUTION 1333 (MODIFIED 2019)", "The Council,"),
    ("RESOLUTION ITU-R 2-7", "The ITU Radiocommunication Assembly,"),
])
def test_council_and_assembly_enacting_formulas(number_line, formula):
    """Council resolutions open 'The Council,'; ITU-R Resolutions 'The ITU Radiocommunication
    Assembly,' (RA-19 proposals, 'Document RA19/PLEN/6-S', vdocuments.co)."""
    text = WRC_HEAD + f"""
MOD	RCC/12/1
{number_line}
A title of the resolution
{formula}
considering
a)	a thing;
Reasons:	Update.
"""
    [mod] = read_text(text, name="formula").proposals
    assert [q.kind for q in mod.provisions] == [K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA,
                                                 K.CALL]


def test_itu_r_resolution_number():
    """RA-19 proposals on ITU-R Resolutions ('RESOLUTION ITU-R 2-7')."""
    text = WRC_HEAD + """
MOD	RCC/12/1
RESOLUTION ITU-R 2-7
Conference Preparatory Meeting
Reasons:	Update.
MOD	RCC/12/2
RECOMMENDATION ITU-R M.1036-6
Frequency arrangements for IMT
Reasons:	Update.
"""
    document = read_text(text, name="itur")
    assert [(q.target.kind, q.target.number) for q in document.proposals] == [
        (TargetKind.RESOLUTION, "ITU-R 2-7"),
        (TargetKind.RECOMMENDATION, "ITU-R M.1036-6")]


def test_radiocommunication_assembly_document_line():
    """'Document RA15/PLEN/7-F' (fdocuments.fr, RA-15) and 'Documento RA19/PLEN/6-S'
    (vdocuments.co, RA-19)."""
    text = """Radiocommunication Assembly (RA-19)
Sharm el-Sheikh, Egypt, 21-25 October 2019
PLENARY MEETING
Document RA19/PLEN/12-E
20 September 2019
Original: English
Regional Commonwealth in the field of Communications
PROPOSALS FOR THE WORK OF THE ASSEMBLY
MOD	RCC/12/1
RESOLUTION ITU-R 2-7
Conference Preparatory Meeting
Reasons:	Update.
"""
    document = read_text(text, name="ra")
    meta = document.metadata
    assert meta.conference.short == "RA-19"
    assert meta.document_number == "RA19/PLEN/12"
    assert meta.source == "Regional Commonwealth in the field of Communications"
    assert meta.title == "PROPOSALS FOR THE WORK OF THE ASSEMBLY"


def test_docx_cover_table_with_line_breaks_and_article_styles(tmp_path):
    """The ITU template's cover: a borderless table whose cells break lines inside one paragraph
    (conference / place and dates; 'Addendum 5 to' / 'Document 16-E'), then Source and Title 1;
    a NOC of Article 5 in the Art_No / Art_title styles."""
    def cell(*paragraphs):
        return "<w:tc>" + "".join(paragraphs) + "</w:tc>"

    def lines(*texts):
        return p("<w:r>" + "<w:br/>".join(f"<w:t>{t}</w:t>" for t in texts) + "</w:r>")

    table = ("<w:tbl><w:tr>"
             + cell(lines(*WRC19)) + cell(p()) + "</w:tr><w:tr>"
             + cell(text_p("PLENARY MEETING")) + cell(lines("Addendum 5 to", "Document 16-E"))
             + "</w:tr><w:tr>" + cell(p()) + cell(text_p("2 October 2019")) + "</w:tr><w:tr>"
             + cell(p()) + cell(text_p("Original: English")) + "</w:tr></w:tbl>")
    styles = styles_xml(*ITU_STYLES, ("ArtNo", "Art_No", "Normal", "<w:caps/>"),
                        ("Arttitle", "Art_title", "Normal", "<w:b/>"))
    body = "".join([
        table, text_p("European Common Proposals", "Source"),
        text_p("Proposals for the work of the conference", "Title1"),
        text_p("Agenda item 1.13"), text_p("1.13\tto consider bands for IMT;"),
        text_p("NOC\tEUR/16A5/1", "Proposal"), text_p("ARTICLE 5", "ArtNo"),
        text_p("Frequency allocations", "Arttitle"),
        p(r("Reasons:", BOLD), r("\tLocates the changes."), style="Reasons")])
    document = docx_reader.read(write_docx(tmp_path / "cover.docx", body,
                                           parts={"styles": styles}))
    meta = document.metadata
    assert (meta.conference.short, meta.document_number, meta.addendum, meta.date) == (
        "WRC-19", "16", 5, dt.date(2019, 10, 2))
    assert (meta.source, meta.agenda_item) == ("European Common Proposals", "1.13")
    [noc] = document.proposals
    assert (noc.target.kind, noc.target.number) == (TargetKind.RR_ARTICLE, "5")
    assert kinds(noc) == [(K.NUMBER_LINE, None), (K.TITLE, None)]
    assert reasons(noc) == "Locates the changes."


# -- French and Spanish versions -----------------------------------------------------------------
FR_HEAD = cover("Conférence mondiale des radiocommunications (CMR-19)",
                "Charm el-Cheikh, Égypte, 28 octobre – 22 novembre 2019",
                ["Addendum 5 au", "Document 16-F"], "2 octobre 2019",
                "Propositions européennes communes",
                "PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE", "SÉANCE PLÉNIÈRE",
                "Original: anglais")


def test_french_draft_new_resolution_and_sup():
    """French version of a CEPT WRC-19 addendum: 'PROJET DE NOUVELLE RÉSOLUTION [EUR-A113]
    (CMR-19)', French calls, 'Motifs :' typed with the French space, a SUP of a RÉSOLUTION."""
    text = FR_HEAD + """
ADD	EUR/16A5/4
PROJET DE NOUVELLE RÉSOLUTION [EUR-A113] (CMR-19)
Utilisation de bandes de fréquences par les IMT
La Conférence mondiale des radiocommunications (Charm el-Cheikh, 2019),
considérant
a)	qu'une chose est vraie;
décide
1	de faire une chose;
charge le Directeur du Bureau des radiocommunications
de rendre compte.
Motifs :	Nouvelle résolution.
SUP	EUR/16A5/5
RÉSOLUTION 238 (CMR-15)
Études sur les IMT
Motifs:	Études terminées.
"""
    document = read_text(text, name="fr")
    meta = document.metadata
    assert (meta.language, meta.original_languages, meta.meeting) == ("F", ["E"],
                                                                      "SÉANCE PLÉNIÈRE")
    assert summary(document) == [
        (Marker.ADD, "EUR/16A5/4", TargetKind.RESOLUTION, "[EUR-A113]"),
        (Marker.SUP, "EUR/16A5/5", TargetKind.RESOLUTION, "238")]
    add = document.proposals[0]
    assert [q.kind for q in add.provisions] == [
        K.NUMBER_LINE, K.TITLE, K.ENACTING_FORMULA, K.CALL, K.CALL, K.CALL]
    assert [reasons(q) for q in document.proposals] == ["Nouvelle résolution.",
                                                         "Études terminées."]


def test_french_cover_keeps_its_place():
    """French WRC-19 covers print 'Charm el-Cheikh, Égypte, 28 octobre – 22 novembre 2019'."""
    conference = read_text(FR_HEAD + "\nMOD\tEUR/16A5/2\n5.338A\tTexte. (CMR-19)\n"
                           "Motifs:\tMise à jour.\n", name="fr").metadata.conference
    assert conference.dates == "28 octobre – 22 novembre 2019"
    assert conference.place.startswith("Charm el-Cheikh")


def test_docx_star_footnote_with_a_custom_mark(tmp_path):
    """ITU Word files mark notes by the Secretariat on number lines with a custom '*' mark
    (Word's 'custom mark': customMarkFollows, then the mark as the next run), e.g.
    'APPENDIX 30 (REV.WRC-15)*' in WRC-19 agenda item 1.6 / 7 proposals."""
    sup = '<w:vertAlign w:val="superscript"/>'
    reference = (f'<w:r><w:rPr>{sup}</w:rPr><w:footnoteReference w:customMarkFollows="1" '
                 'w:id="1"/></w:r>' + r("*", sup))
    body = "".join([
        text_p("MOD\tACP/24A19/1", "Proposal"),
        p(r("APPENDIX 30 (REV.WRC-15)"), reference, style="ResNo"),
        text_p("Provisions for all services in some bands", "Restitle"),
        p(r("Reasons:", BOLD), r("\tUpdate."), style="Reasons")])
    notes = notes_xml("footnotes", {1: p(r("*", sup), r("\tThis appendix was revised."))})
    document = docx_reader.read(write_docx(
        tmp_path / "star.docx", body,
        parts={"styles": styles_xml(*ITU_STYLES), "footnotes": notes}))
    [mod] = document.proposals
    number_line = mod.provisions[0]
    *text, mark = number_line.draft
    assert plain_text(text).rstrip().endswith("(REV.WRC-15)")
    assert mark.text == "*" and mark.footnote.text == "This appendix was revised."
    # written again: the same custom mark, in Word's form and in ODF's
    from proposaleditor.formats import docx_writer, odt_reader, odt_writer

    for writer, reader, name in ((docx_writer, docx_reader, "again.docx"),
                                 (odt_writer, odt_reader, "again.odt")):
        writer.write(document, tmp_path / name)
        *_, again = reader.read(tmp_path / name).proposals[0].provisions[0].draft
        assert (again.text, again.footnote.text) == ("*", "This appendix was revised.")


@pytest.mark.parametrize("label", ["Основания:", "الأسباب:", "理由："], ids=["R", "A", "C"])
def test_reasons_in_the_other_languages_of_itu(label):
    """ITU publishes proposals in six languages; the Reasons line of the Russian, Arabic and
    Chinese versions ends the proposal as 'Reasons:' does (the Chinese with a full-width
    colon), so the next proposal line starts a proposal of its own."""
    text = (cover("Plenipotentiary Conference (PP-22)", "Bucharest, 26 September – 14 October "
                  "2022", ["Document 44-E"], "1 August 2022", "Member States of CITEL")
            + f"\nMOD\tIAP/44/1\n1\tfirst text;\n{label}\tfirst reasons.\n"
              f"SUP\tIAP/44/2\n2\tsecond text.\n{label} second reasons.\n")
    first, second = read_text(text, name="languages").proposals
    assert [reasons(first), reasons(second)] == ["first reasons.", "second reasons."]
    assert [q.received_number for q in (first, second)] == ["IAP/44/1", "IAP/44/2"]
