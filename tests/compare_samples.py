"""Resolution 130 in the shapes delegations table it, for the comparison tests.

The wording is the example document's (PP-14 Document 82, Annex 2): Resolution 130
(Rev. Guadalajara, 2010) as in force, Indonesia's MOD INS/82/2 (a new *resolves* 2 with items
a) to j), so *resolves* 2 and 3 become 3 and 4), and other administrations' proposals on the same
text: an APT common proposal, a CEPT addendum and a proposal against the previous edition
(Rev. Antalya, 2006).
"""

from __future__ import annotations

from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import Document, Metadata
from proposaleditor.domain.inline import runs
from proposaleditor.domain.labels import renumber_tree
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind

K = ProvisionKind

NUMBER_LINE = "RESOLUTION 130 (REV. GUADALAJARA, 2010)"
TITLE = ("Strengthening the role of ITU in building confidence and security in the use of "
         "information and communication technologies")
FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Guadalajara, 2010),")
RECALLING = [
    ("a)", "Resolution 130 (Rev. Antalya, 2006) of the Plenipotentiary Conference;"),
    ("b)", "Resolution 69 (Hyderabad, 2010) of the World Telecommunication Development "
           "Conference (WTDC), on the creation of national computer incident response teams "
           "(CIRTs), particularly for developing countries, and cooperation between them;"),
    ("c)", "that ITU Council Resolution 1305, adopted at its 2009 session, identified the "
           "security, safety, continuity, sustainability and robustness of the Internet as "
           "public policy issues that fall within the scope of ITU,"),
]
CONSIDERING = [
    ("a)", "the crucial importance of information and communication infrastructures and their "
           "applications to practically all forms of social and economic activity;"),
    ("b)", "that the ITU Secretary-General has been invited to support the International "
           "Multilateral Partnership Against Cyber-Threats (IMPACT), the Forum for Incident "
           "Response and Security Teams (FIRST) and other global or regional cybersecurity "
           "projects, as appropriate;"),
    ("c)", "the ITU Global Cybersecurity Agenda (GCA),"),
]
RESOLVES = [
    ("1", "to continue to give this work high priority within ITU, in accordance with its "
          "competences and expertise;"),
    ("2", "to give high priority to the work in ITU described under bearing in mind above, in "
          "accordance with its competences and areas of expertise, while being mindful of the "
          "need to avoid duplicating work among the Bureaux or the General Secretariat;"),
    ("3", "that ITU shall focus resources and programmes on those areas of cybersecurity within "
          "its core mandate and expertise, notably the technical and development spheres,"),
]
INSTRUCTS_SG = "instructs the Secretary-General and the Directors of the Bureaux"
REVIEW = [
    ("i)", "the work done so far in the three Sectors, under the ITU Global Cybersecurity Agenda "
           "initiative and in other relevant organizations;"),
    ("ii)", "the progress achieved in the implementation of this resolution, with ITU continuing "
            "to play a lead facilitating role as the moderator/facilitator for Action Line C5;"),
]
INSTRUCTS = [
    ("2", "consistent with Resolution 45 (Rev. Hyderabad, 2010) to work towards the preparation "
          "of a document relating to a possible memorandum of understanding (MoU) among "
          "interested Member States, to strengthen cybersecurity and combat cyberthreats;"),
    ("3", "to facilitate access to tools and resources, within the available budget, required "
          "for enhancing confidence and security in the use of ICTs for all Member States;"),
    ("4", "to continue to maintain the cybersecurity gateway as a way to share information on "
          "national, regional and international cybersecurity-related initiatives worldwide;"),
    ("5", "to report annually to the Council on these activities and to make proposals as "
          "appropriate,"),
]
NEW_RESOLVES_2 = ("to continue to encourage and facilitate governments to develop measures to "
                  "combat misuse as elaborated under the \"Notes with appreciation\" of UNGA "
                  "Resolution number 55/63:")
UNGA_ITEMS = [
    "States should ensure that their laws and practice eliminate safe havens for those who "
    "criminally misuse information technologies;",
    "Law enforcement cooperation in the investigation and prosecution of international cases of "
    "criminal misuse of information technologies should be coordinated among all concerned "
    "States;",
    "Information should be exchanged between States regarding the problems that they face in "
    "combating the criminal misuse of information technologies;",
]
INS_RESOLVES_1 = (
    "to continue to give this work high priority within ITU, in accordance with its competences "
    "and expertise, and to provide governments, in cooperation with other stakeholders, within "
    "their respective roles, to develop necessary safety and appropriate measures for preventing "
    "cybercrime;")


def same(kind, text, label=None, children=()):
    content = runs(text)
    return Provision(kind, base=content, draft=content, label=label, base_label=label,
                     children=list(children))


def changed(kind, base, draft, label=None, children=()):
    return Provision(kind, base=runs(base), draft=runs(draft), label=label, base_label=label,
                     children=list(children))


def added(kind, text, children=()):
    return Provision(kind, base=None, draft=runs(text), children=list(children))


def suppressed(kind, text, label=None):
    return Provision(kind, base=runs(text), draft=None, base_label=label)


def items(kind, pairs, edits=None):
    """Items kept as in force, except those ``edits`` maps label -> provision."""
    edits = edits or {}
    return [edits[label] if label in edits else same(kind, text, label) for label, text in pairs]


def resolution(*, number_line=None, formula=None, resolves=None, instructs=None,
               recalling=None, considering=None, instructs_call=INSTRUCTS_SG,
               marker=Marker.MOD) -> Proposal:
    """Resolution 130 as a MOD: everything as in force unless a part is given."""
    review = same(K.NUMBERED_ITEM, "to continue to review:", "1",
                  children=items(K.SUB_ITEM, REVIEW))
    provisions = [
        number_line or same(K.NUMBER_LINE, NUMBER_LINE),
        same(K.TITLE, TITLE),
        formula or same(K.ENACTING_FORMULA, FORMULA),
        same(K.CALL, "recalling", children=recalling or items(K.LETTERED_ITEM, RECALLING)),
        same(K.CALL, "considering",
             children=considering or items(K.LETTERED_ITEM, CONSIDERING)),
        same(K.CALL, "resolves", children=resolves or items(K.NUMBERED_ITEM, RESOLVES)),
        same(K.CALL, instructs_call,
             children=instructs or [review, *items(K.NUMBERED_ITEM, INSTRUCTS)]),
    ]
    proposal = Proposal(marker, Target(TargetKind.RESOLUTION, "130"), provisions=provisions,
                        reasons=runs("To strengthen cooperation against cybercrime."))
    renumber_tree(proposal.provisions)
    return proposal


def revised_identification():
    """Number line and enacting formula brought to Busan, 2014 (every MOD does this)."""
    return dict(
        number_line=changed(K.NUMBER_LINE, NUMBER_LINE, "RESOLUTION 130 (REV. BUSAN, 2014)"),
        formula=changed(K.ENACTING_FORMULA, FORMULA, FORMULA.replace("Guadalajara, 2010",
                                                                     "Busan, 2014")),
    )


def ins_82_2() -> Proposal:
    """Indonesia: resolves 1 extended, a new resolves 2 with a) b) c), old 2 and 3 renumbered."""
    new_2 = added(K.NUMBERED_ITEM, NEW_RESOLVES_2, children=[
        Provision(K.SUB_ITEM, draft=runs(text), label=label)
        for label, text in zip(("a)", "b)", "c)"), UNGA_ITEMS)])
    resolves = items(K.NUMBERED_ITEM, RESOLVES, {
        "1": changed(K.NUMBERED_ITEM, RESOLVES[0][1], INS_RESOLVES_1, "1")})
    resolves.insert(1, new_2)
    return resolution(resolves=resolves, **revised_identification())


def acp_12_40() -> Proposal:
    """APT: resolves 1 changed differently (conflict with INS), MoU item 2 suppressed."""
    resolves = items(K.NUMBERED_ITEM, RESOLVES, {"1": changed(
        K.NUMBERED_ITEM, RESOLVES[0][1],
        "to continue to give this work high priority within ITU, in accordance with its mandate;",
        "1")})
    review = same(K.NUMBERED_ITEM, "to continue to review:", "1",
                  children=items(K.SUB_ITEM, REVIEW))
    instructs = [review, *items(K.NUMBERED_ITEM, INSTRUCTS, {
        "2": suppressed(K.NUMBERED_ITEM, INSTRUCTS[0][1], "2")})]
    return resolution(resolves=resolves, instructs=instructs, **revised_identification())


def eur_addendum() -> Proposal:
    """CEPT: the same new resolves 2 as Indonesia (agree), resolves 1 as in force."""
    new_2 = added(K.NUMBERED_ITEM, NEW_RESOLVES_2, children=[
        Provision(K.SUB_ITEM, draft=runs(text), label=label)
        for label, text in zip(("a)", "b)", "c)"), UNGA_ITEMS)])
    resolves = items(K.NUMBERED_ITEM, RESOLVES)
    resolves.insert(1, new_2)
    return resolution(resolves=resolves, **revised_identification())


def antalya_edition() -> Proposal:
    """A proposal written against Resolution 130 (Rev. Antalya, 2006): other base words."""
    old_line = "RESOLUTION 130 (REV. ANTALYA, 2006)"
    old_formula = FORMULA.replace("Guadalajara, 2010", "Antalya, 2006")
    considering = items(K.LETTERED_ITEM, CONSIDERING, {"b)": same(
        K.LETTERED_ITEM, "that the ITU Secretary-General has been invited to support the "
        "International Multilateral Partnership Against Cyber-Threats (IMPACT) and other "
        "global or regional cybersecurity projects;", "b)")})
    return resolution(
        number_line=changed(K.NUMBER_LINE, old_line, "RESOLUTION 130 (REV. BUSAN, 2014)"),
        formula=changed(K.ENACTING_FORMULA, old_formula,
                        FORMULA.replace("Guadalajara, 2010", "Busan, 2014")),
        considering=considering,
        instructs_call="instructs the Secretary-General",
    )


def document(proposals, *, source, symbols, number, addendum=None) -> Document:
    meta = Metadata(conference=conference("PP-14"), document_number=number, addendum=addendum,
                    source=source, symbols=list(symbols))
    doc = Document(metadata=meta, parts=list(proposals))
    return doc


def ins_document() -> Document:
    """Numbers as printed: Resolution 130 is Indonesia's second proposal."""
    other = Proposal(Marker.SUP, Target(TargetKind.RESOLUTION, "163"),
                     provisions=[same(K.NUMBER_LINE, "RESOLUTION 163 (GUADALAJARA, 2010)")])
    return document([other, ins_82_2()], source="Indonesia (Republic of)", symbols=["INS"],
                    number="82")


def acp_document() -> Document:
    filler = [Proposal(Marker.NOC, Target(TargetKind.RESOLUTION, str(n))) for n in range(39)]
    return document([*filler, acp_12_40()], source="Asia-Pacific Telecommunity Common Proposals",
                    symbols=["ACP"], number="12")


def eur_document() -> Document:
    return document([eur_addendum()], source="European Common Proposals", symbols=["EUR"],
                    number="34", addendum=14)
