"""The structure recognizer shared by every reader (text, DOCX, ODT).

Readers turn a file into a flat sequence of SourceParagraphs (text with the revision marks as read,
style id, indentation hint); this module recognises the ITU structure in it: the cover, free blocks,
proposal lines (`MOD INS/82/1`), number lines, titles, enacting formulas, calls, labelled items and
their nesting, `Reasons:`. ITU style ids are used where present; content decides where they are not
(many administrations type everything in Normal with direct formatting).

What cannot be classified is kept (as UNRECOGNIZED blocks or plain paragraphs) and reported in
Document.import_notes, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..domain.document import LANGUAGES, BlockKind, Document, FreeBlock, Metadata
from ..domain.inline import Run, normalize, plain_text
from ..domain.labels import DASH, LabelStyle
from ..domain.proposals import Marker, Proposal, Target, TargetKind
from ..domain.provisions import Provision, ProvisionKind
from ..domain.revisions import Op, Segment, base_of, draft_of
from ..domain.wording_calls import ALL_CALL_STEMS
from .cover import CoverReader
from .item_lists import (
    Level,
    advance,
    fix_kind,
    infer_added_items,
    readings,
    recount_base_labels,
    renumbered_fits,
    split_run_together,
    top_kind,
)
from .provision_text import make_provision, split_marks, strip_prefix, strip_runs
from .source_paragraph import SourceParagraph, plain_paragraph, style_key

# -- patterns ---------------------------------------------------------------------------------
_MARKERS = r"ADD\s?\*|ADD|\(MOD\)|MOD|SUP\s?\*|SUP|NOC"
# SYMBOL(/SYMBOL...)/DOC(A n)/SEQ, a placeholder XX, or the whole in brackets; WRC addenda to
# addenda (one per agenda item 9.1 issue) number theirs EUR/16A19A1/1
_NUMBER = (r"\[?\s*[A-Z]{1,4}(?:/[A-Z]{1,4})*/(?:\d+|X{2,3}|\[\d+\])(?:A\d+){0,2}/"
           r"(?:\d+|X{1,3})\s*\]?")
_PROPOSAL_LINE = re.compile(
    rf"^\s*(?P<marker>{_MARKERS})(?:\s+|\t)+(?P<number>{_NUMBER})(?P<rest>.*)$")
_NUMBER_ALONE = re.compile(rf"^\s*(?P<number>{_NUMBER})\s*$")
# a marker alone on its line, number to be given later
_BARE_MARKER = re.compile(rf"^\s*(?P<marker>{_MARKERS})\s*$")
_NUMBER_LINE = re.compile(
    # ("DRAFT DECISION [ARB-1]" at the Council: a draft without "NEW")
    r"^\s*(?P<draft>(?:DRAFT\s+NEW|DRAFT|NEW|PROJET\s+DE\s+NOUVELLE|PROJET\s+DE|"
    r"PROYECTO\s+DE\s+NUEVA|PROYECTO\s+DE)\s+)?"
    # (accents are often left off in capitals: RESOLUCION, ARTICULO); an RR table changed whole
# ("TABLE 21-4 (REV.WRC-15)") has a number line too
    r"(?P<kind>RESOLUTION|R[ÉE]SOLUTION|RESOLUCI[ÓO]N|DECISION|D[ÉE]CISION|DECISI[ÓO]N|"
    r"RECOMMENDATION|RECOMMANDATION|RECOMENDACI[ÓO]N|OPINION|AVIS|OPINI[ÓO]N|ARTICLE|"
    r"ART[ÍI]CULO|APPENDIX|APPENDICE|AP[ÉE]NDICE|TABLE|TABLEAU|CUADRO)\s+"
    r"(?P<number>\[[^\]]+\]|ITU-[RTD]\s+(?:[A-Z]{1,3}\.)?\d+(?:-\d+)?|[\w.\-]+)",
    re.IGNORECASE,
)
_TARGET_KINDS = {
    "RESOLUTION": TargetKind.RESOLUTION, "RÉSOLUTION": TargetKind.RESOLUTION,
    "RESOLUCIÓN": TargetKind.RESOLUTION, "DECISION": TargetKind.DECISION,
    "DÉCISION": TargetKind.DECISION, "DECISIÓN": TargetKind.DECISION,
    "RECOMMENDATION": TargetKind.RECOMMENDATION, "RECOMMANDATION": TargetKind.RECOMMENDATION,
    "RECOMENDACIÓN": TargetKind.RECOMMENDATION, "OPINION": TargetKind.OPINION,
    "AVIS": TargetKind.OPINION, "OPINIÓN": TargetKind.OPINION, "ARTICLE": TargetKind.RR_ARTICLE,
    "ARTÍCULO": TargetKind.RR_ARTICLE, "APPENDIX": TargetKind.RR_APPENDIX,
    "APPENDICE": TargetKind.RR_APPENDIX, "APÉNDICE": TargetKind.RR_APPENDIX,
    "TABLE": TargetKind.OTHER, "TABLEAU": TargetKind.OTHER, "CUADRO": TargetKind.OTHER,
}
_UNACCENTED = str.maketrans("ÉÓÍ", "EOI")
_TARGET_KINDS.update({  # the same words typed without their accents
    word.translate(_UNACCENTED): kind for word, kind in list(_TARGET_KINDS.items())})
_CS_CV = re.compile(r"^\s*(?P<kind>CS|CV)\s*(?P<number>\d+[A-Z]?)\b")
# 5.338A, 5.340.1, and the placeholders of new provisions in draft proposals (5.A113, 21.B5)
_RR_NUMBER = r"\d{1,2}\.(?:\d{1,4}[A-Z]{0,2}|[A-Z]{1,2}\d{1,4}[A-Z]?)(?:\.\d+)?"
# the number, then its text after a tab or spaces; or the number alone (a SUP or NOC of it)
_RR_PROVISION = re.compile(
    rf"^\s*(?P<number>{_RR_NUMBER})(?:\t|\s{{2,}}|\s+(?=[A-Z(])|\s*$)")
# targets whose text is no Radio Regulations, and conferences that never amend them
_INSTRUMENTS = {TargetKind.RESOLUTION, TargetKind.DECISION, TargetKind.RECOMMENDATION,
                TargetKind.OPINION, TargetKind.CONSTITUTION, TargetKind.CONVENTION}
_NO_RR = {"PP", "WTSA", "WTDC"}
_RR_NUMBER_ONLY = re.compile(rf"^\s*(?P<number>{_RR_NUMBER})\s*$")
# a provision of the Constitution or Convention by its margin number: "50", "50B" (ADD numbers a
# new provision by the one before it and a letter), then its text after a tab or spaces, or alone
_MARGIN_NUMBER = re.compile(r"^\s*(?P<number>\d{1,3}[A-Z]{0,2})(?:\t|\s{2,}|\s*$)")
_BASIC_TEXTS = {TargetKind.CONSTITUTION, TargetKind.CONVENTION}
_BASIC_TEXT_HEADINGS = ("CONSTITUTION", "CONVENTION", "CONSTITUCIÓN", "CONVENIO")
# "ANNEX 2", "Attachment", "ANNEX" alone (a document's single annex)
_ANNEX_HEADING = re.compile(
    r"^\s*(ANNEX|ANNEXE|ANEXO|ATTACHMENT|APPENDIX)(\s+(\d+|[A-Z]))?\s*$", re.IGNORECASE)
# a part of an instrument naming it: "ANNEX 2 TO RESOLUTION 18", "APPENDIX 1 TO ANNEX 2 TO ...",
# "ATTACHMENT TO RESOLUTION 18", "ANNEXE 2 DE LA RÉSOLUTION", "ANEXO 2 A LA RESOLUCIÓN"
_PART_OF = r"(TO|À LA|A LA|AU|DE LA)\b"
_ANNEX_TO = re.compile(r"^\s*(ANNEX|ANNEXE|ANEXO|APPENDIX|APPENDICE|AP[ÉE]NDICE|ATTACHMENT)\s+"
                       r"(\d+\s+|[A-Z]\s+)?" + _PART_OF, re.IGNORECASE)
_NEXT_PART_OF = re.compile(r"\b" + _PART_OF + r"\s*", re.IGNORECASE)
# how far an annex heading in an open proposal looks for the proposal's Reasons
_LOOKAHEAD = 5000
# the singular is common in received files ("Reason:", "Motif:", "Motivo:")
# and in ITU's other languages: Russian, Arabic, Chinese (with its full-width colon)
_REASONS = re.compile(r"^\s*(Reasons?|Motifs?|Motivos?|Основани[ея]|الأسباب|理由)\s*[:：]\s*",
                      re.IGNORECASE)
_REASONS_START = "RrMmОоا理"  # the first letters of the words above
# (an ordinal before the body: "The sixth World Telecommunication/ICT Policy Forum")
_ORDINAL = r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
_ENACTING = re.compile(
    r"^\s*(The|La|El)\s+" + _ORDINAL + r"(Plenipotentiary|World|Radiocommunication|Conférence|"
    r"Conferencia|Assemblée|Asamblea|Council|Conseil|Consejo|Regional)\b.*"
    r"(Conference|Assembly|Council|Union|Conférence|Conferencia|Assemblée|Asamblea|Conseil|"
    r"Consejo|Union|Unión|télécommunications|Telecomunicaciones)",
    re.IGNORECASE | re.DOTALL,
)
# a number line alone (mixed case, as typed in Normal where a style would capitalise it)
_WHOLE_NUMBER_LINE = re.compile(_NUMBER_LINE.pattern + r"\s*(?:\([^()]*\))?\s*$",
                                re.IGNORECASE)
# The enacting formula's shape in any language: the conference, then "(place, year),". WRC
# formulas name no second keyword ("La Conférence mondiale des radiocommunications (Charm
# el-Cheikh, 2019),"), which the pattern above requires.
_ENACTING_SHAPE = re.compile(
    r"^\s*(The|La|El|Le|L['’])\s*" + _ORDINAL + r"(Plenipotentiary|World|Radiocommunication|"
    r"Conférence|"
    r"Conferencia|Assemblée|Asamblea|Council|Conseil|Consejo|Regional|Assembly)\b[^;]{0,200}"
    r"\([^()]*\d{4}\)\s*,?\s*$", re.IGNORECASE)
# a heading inside an RR article: "Section IV – Table of Frequency Allocations"
_SECTION_HEADING = re.compile(
    r"^\s*(Section|Sub-Section|Sous-section|Secci[óo]n|Subsecci[óo]n)\s+[IVX]+[A-Z]?\b\s*"
    r"(?:[–—-]|$)", re.IGNORECASE)


# the formula of a body that meets under no place and year: "The Council,", "The ITU
# Radiocommunication Assembly,"
_BODY_FORMULA = re.compile(
    r"^\s*(The|Le|La|El|L['’])\s*((ITU|UIT)\s+)?(Council|Conseil|Consejo|Radiocommunication "
    r"Assembly|Assemblée des radiocommunications|Asamblea de Radiocomunicaciones)"
    r"(\s+(of the ITU|de l['’]UIT|de la UIT))?\s*,\s*$", re.IGNORECASE)
_REFERENCE_LINE = re.compile(r"^\s*\([^()]*\d{2,4}[^()]*\)\s*$")
_END_RULE = re.compile(r"^\s*_{4,}\s*$")
# a label, then a tab or spaces: a)  1  i)  (a)  iv)  –; and "1." / "a.", Word's default list
# numbering, which administrations typing in Normal often keep; a dash typed as a hyphen
_LABEL = re.compile(
    r"^(?P<label>\(?[a-z]{1,3}\)|\(?\d{1,3}[a-z]?\)|\d{1,3}\.?|[a-z]\.|\(?[ivxlc]{1,6}\)|"
    r"[–—•\-−])"
    r"(?P<sep>\t+|\s+)(?=\S)"
)
_DASH_CHARS = "–—•-−"
# "1.1", "1.2.3" then a tab or spaces: a decimal sub-item, where its parent item is open
_DECIMAL_LABEL = re.compile(r"^(?P<label>\d{1,3}(?:\.\d{1,3}){1,2})(?P<sep>\t+|\s+)(?=\S)")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")


def _match_label(text: str) -> re.Match | None:
    """_LABEL's match, except a number written with ITU's thousands space: "1 427-1 429 MHz"
    (a frequency band) is no item 1."""
    m = _LABEL.match(text)
    if m is not None and m.group("sep") == " " and m.group("label").isdigit() and (
            _THOUSANDS.match(text, m.end())):
        return None
    return m

_MARKER_START = "AMSN("

_ITEM_STYLES = {"enumlev1": 1, "enumlev2": 2, "enumlev3": 3}
_MAX_DEPTH = 8  # of item lists in one call
_STYLE_KINDS = {
    "resno": ProvisionKind.NUMBER_LINE,
    "restitle": ProvisionKind.TITLE,
    "resref": ProvisionKind.REFERENCE_LINE,
    "normalaftertitle": ProvisionKind.ENACTING_FORMULA,
    "call": ProvisionKind.CALL,
    "annexnotitle": ProvisionKind.HEADING,
    "annexno": ProvisionKind.HEADING,
    "annextitle": ProvisionKind.HEADING,
    "artno": ProvisionKind.NUMBER_LINE,
    "arttitle": ProvisionKind.TITLE,
    "headingb": ProvisionKind.HEADING,
    "headingi": ProvisionKind.HEADING,
    "decno": ProvisionKind.NUMBER_LINE,
    "dectitle": ProvisionKind.TITLE,
    "recno": ProvisionKind.NUMBER_LINE,
    "rectitle": ProvisionKind.TITLE,
    "opinionno": ProvisionKind.NUMBER_LINE,
    "opiniontitle": ProvisionKind.TITLE,
    "appendixno": ProvisionKind.NUMBER_LINE,
    "appendixtitle": ProvisionKind.TITLE,
    # headings inside an RR article or appendix ("Section IV – Table of Frequency Allocations")
    "sectionno": ProvisionKind.HEADING,
    "sectiontitle": ProvisionKind.HEADING,
    "chapno": ProvisionKind.HEADING,
    "section1": ProvisionKind.HEADING,
    "section2": ProvisionKind.HEADING,
    "section3": ProvisionKind.HEADING,
    "chaptitle": ProvisionKind.HEADING,
}


_CALL_START = re.compile(
    "^(?:" + "|".join(re.escape(stem) for stem in ALL_CALL_STEMS) + r")(?![^\W\d_])")


def is_call(p: SourceParagraph) -> bool:
    text = p.draft_text.strip() or p.text.strip()
    if not text or _match_label(text):
        return False
    if p.skey == "call":
        return True
    words = text.split()
    if len(words) > 25 or text[-1] in ";.":
        return False
    # "Considering", "Resolves" typed capitalised: a call only when set in italics, as call
    # words are, and short (a sentence may start with "Recalling ...")
    if not text[0].islower() and (not p.italic_start or len(words) > 12):
        return False
    return _CALL_START.match(text.lower()) is not None


# -- the recognizer ---------------------------------------------------------------------------
@dataclass
class _ProposalBuilder:
    proposal: Proposal
    call: Provision | None = None
    levels: list[Level] = field(default_factory=list)
    seen_number_line: bool = False
    seen_title: bool = False
    seen_formula: bool = False
    closed: bool = False  # after Reasons
    # an RR provision number given alone on the marker line: the label of the next paragraph
    pending_number: str | None = None
    table_paragraphs: int = 0  # table cell paragraphs kept as plain paragraphs
    reasons_pending: bool = False  # "Reasons:" came alone; the next paragraph gives them
    figures: int = 0  # pictures, charts, embedded objects in its text, left out
    item_style_depth: int = 0  # the enumlev style of the last item (0: Normal)
    too_deep: int = 0  # items that would have opened a list deeper than _MAX_DEPTH
    # the Constitution or Convention whose text this is (margin numbers are its provisions)
    basic_text: TargetKind | None = None


class StructureRecognizer:
    def __init__(self, name: str):
        self.name = name
        self.document = Document(metadata=Metadata(title="", meeting=""), received_from=name)
        self.notes = self.document.import_notes
        self.cover = CoverReader(self.document.metadata)
        self.current: _ProposalBuilder | None = None
        self.seen_proposal = False  # cover lines met late count only before the first one
        self._paragraphs: list[SourceParagraph] = []
        self._index = 0  # of the paragraph being read
        self.free_figures = 0  # pictures outside the proposals, left out
        # the Constitution or Convention the last proposal changed: a proposal that names no
        # instrument and gives margin numbers goes on in it (PP addenda list them in order)
        self.basic_text: TargetKind | None = None

    # -- entry point ---------------------------------------------------------------------------
    def build(self, paragraphs: Iterable[SourceParagraph]) -> Document:
        cover = self.cover
        # a list: an annex heading looks ahead for its proposal's Reasons (_reasons_ahead)
        self._paragraphs = paragraphs = list(paragraphs)
        for self._index, para in enumerate(paragraphs):
            if para.figures:
                self._figures(para.figures)
            text = para.stripped
            if not text:
                continue
            if text[0] == "_" and _END_RULE.match(text):
                continue
            if not cover.done and cover.offer(para):  # (a late cover line resumes the cover)
                continue
            self._body(para)
        self._finish()
        return self.document

    def _figures(self, count: int) -> None:
        """Figures are not modelled: counted where they were, for the import notes (a logo on
        the cover is no loss)."""
        if not self.cover.done:
            return
        if self.current is not None and not self.current.closed:
            self.current.figures += count
        else:
            self.free_figures += count

    # -- body ----------------------------------------------------------------------------------
    def _body(self, para: SourceParagraph) -> None:
        text = para.stripped
        # cheap first-letter tests spare most paragraphs the regular expressions below
        first = text[0]
        if para.in_table and not self._framed_proposal_line(para):
            self._table_paragraph(para)
            return
        m = None
        on_draft = False
        if first in _MARKER_START or (para.changed
                                      and para.draft_text.lstrip()[:1] in _MARKER_START):
            m = _PROPOSAL_LINE.match(para.draft_text)
            on_draft = m is not None
            m = m or _PROPOSAL_LINE.match(text)
        if m and (para.skey in ("proposal", "") or len(text) < 80
                  or _NUMBER_LINE.match(m.group("rest").strip())
                  or _RR_PROVISION.match(m.group("rest"))):
            number = re.sub(r"\s+", "", m.group("number"))
            rest = _rest_of(para, m.start("rest"), on_draft)
            self._start_proposal(Marker.parse(re.sub(r"\s", "", m.group("marker"))), number,
                                 rest)
            if rest is None:
                for note in _line_footnotes(para):
                    self.notes.append(f"proposal {number}: the footnote on its proposal line "
                                      f"left out (no place for it in the model): {note[:60]!r}")
            return
        b = self.current
        if b is not None and not b.proposal.received_number and not b.proposal.provisions:
            number = _NUMBER_ALONE.match(para.draft_text)
            if number:  # the marker alone on its line, the number on the next one
                b.proposal.received_number = re.sub(r"\s+", "", number.group("number"))
                return
        bare = _BARE_MARKER.match(text) if first in _MARKER_START and len(text) < 8 else None
        if bare and para.skey in ("proposal", ""):
            self._start_proposal(Marker.parse(re.sub(r"\s", "", bare.group("marker"))), None, None)
            return
        if first in "AaP" and _ANNEX_HEADING.match(text) and not _ANNEX_TO.match(text):
            b = self.current
            if b is not None and not b.closed and not para.in_table and self._reasons_ahead():
                # an annex of the text being changed (ANNEX 2 of Appendix 4, Annex 1 of a
                # Recommendation): its proposal's Reasons come after it. Without them ahead, it
                # is the document's next annex (after a proposal that gave no reasons)
                self._top(b, para, ProvisionKind.HEADING)
                b.call = None
                return
            self._close_proposal()
            self._block(BlockKind.ANNEX_HEADING, para)
            return
        reasons = _REASONS.match(para.draft_text) if first in _REASONS_START else None
        if reasons and self.current is not None:
            runs = strip_runs(strip_prefix(draft_of(para.marks), reasons.end()))
            proposal = self.current.proposal
            if self.current.closed and proposal.reasons and runs:  # a second "Reasons:"
                runs = normalize((*proposal.reasons, Run("\n"), *runs))
            proposal.reasons = runs
            self.current.closed = True
            # "Reasons:" alone on its line: its text is the next paragraph
            self.current.reasons_pending = not self.current.proposal.reasons
            return
        if self.current is not None and self.current.reasons_pending:
            self.current.reasons_pending = False
            if not para.has_marks and not (text.isupper() or para.skey.startswith(
                    ("heading", "title", "annex", "part", "section"))):
                self.current.proposal.reasons = strip_runs(draft_of(para.marks))
                return
        if self.current is not None and not self.current.closed:
            self._provision(para)
            return
        if (self.current is not None and self.current.closed and not para.has_marks
                and self.current.proposal.reasons and (
                    para.skey == "reasons" or _runs_on(self.current.proposal.reasons, text))):
            # reasons running on to a second paragraph of the Reasons style, or typed in Normal
            # where the sentence runs on
            proposal = self.current.proposal
            proposal.reasons = normalize((*proposal.reasons, Run("\n"),
                                          *strip_runs(draft_of(para.marks))))
            return
        if self.current is not None and self.current.closed and not para.has_marks:
            # text after Reasons: free text until the next proposal (the proposal is done)
            self._close_proposal()
        if not self.seen_proposal and self.cover.late(para):
            return
        self._free(para)

    def _framed_proposal_line(self, para: SourceParagraph) -> bool:
        """A proposal line alone in a table cell that ends the table: a frame round the line
        (some administrations box it), not a row of a summary table, whose next cell follows."""
        if para.stripped[0] not in _MARKER_START:
            return False
        m = _PROPOSAL_LINE.match(para.draft_text)
        if m is None or m.group("rest").strip():
            return False
        later = self._paragraphs[self._index + 1:self._index + 2]
        return not later or not later[0].in_table

    def _reasons_ahead(self) -> bool:
        """Whether a Reasons line comes before the next proposal line or annex heading."""
        start = self._index + 1
        for para in self._paragraphs[start:start + _LOOKAHEAD]:
            text = para.stripped
            if not text:
                continue
            first = text[0]
            if first in _REASONS_START and _REASONS.match(para.draft_text):
                return True
            if first in _MARKER_START and (_PROPOSAL_LINE.match(para.draft_text)
                                           or _PROPOSAL_LINE.match(text)):
                return False
            if first in "AaP" and _ANNEX_HEADING.match(text):
                return False
        return False

    def _free(self, para: SourceParagraph) -> None:
        text = para.stripped
        if para.has_marks:
            self.notes.append(f"revision marks outside any proposal kept as is: {text[:60]!r}")
            self._block(BlockKind.UNRECOGNIZED, para)
            return
        label = _match_label(text)
        if label and (para.bullet or para.level):
            block = FreeBlock(BlockKind.LIST_ITEM, strip_runs(strip_prefix(
                draft_of(para.marks), _offset_in(para, label.end()))), label=label.group("label"))
            self.document.parts.append(block)
            return
        if para.bullet:
            self.document.parts.append(FreeBlock(BlockKind.LIST_ITEM, draft_of(para.marks),
                                                 label=DASH))
            return
        kind = BlockKind.PARAGRAPH
        # Title 2 / Title 3 under the cover ("Part 1 – Review of Resolutions") head the text
        if para.skey.startswith(("heading", "title")) or (
            len(text) < 80 and text.isupper() and any(c.isalpha() for c in text)
        ):
            kind = BlockKind.TITLE if text.isupper() else BlockKind.HEADING
        elif re.match(r"^\d+(\.\d+)*\.?\s+[A-Z][^.;:]{0,70}$", text):
            kind = BlockKind.HEADING
        self._block(kind, para)

    def _block(self, kind: BlockKind, para: SourceParagraph) -> None:
        self.document.parts.append(FreeBlock(kind, draft_of(para.marks)))

    def _table_paragraph(self, para: SourceParagraph) -> None:
        """Table text (an RR frequency table, a summary of proposals) is neither items nor proposal
        lines: kept as plain paragraphs of the open proposal, else as free text."""
        b = self.current
        if b is not None and not b.closed:
            provision = make_provision(ProvisionKind.PARAGRAPH, para)
            self._container(b).append(provision)
            b.levels = []
            b.table_paragraphs += 1
            b.seen_title = True  # what follows a table is no title (a NOTE under it)
            return
        if b is not None and not para.has_marks:
            self._close_proposal()
        if para.has_marks:
            self.notes.append(f"revision marks in a table outside any proposal kept as is: "
                              f"{para.stripped[:60]!r}")
            self._block(BlockKind.UNRECOGNIZED, para)
            return
        self._block(BlockKind.PARAGRAPH, para)

    # -- proposals -----------------------------------------------------------------------------
    def _start_proposal(self, marker: Marker, number: str | None,
                        rest: SourceParagraph | None) -> None:
        self._close_proposal()
        self.seen_proposal = True
        proposal = Proposal(marker=marker, received_number=number or "")
        self.current = _ProposalBuilder(proposal, basic_text=self.basic_text)
        self.document.parts.append(proposal)
        if rest is None:
            return
        # WRC: the provision number may follow on the marker line, alone (it labels the next
        # paragraph) or with its text; rarely a number line follows it ("MOD B/12/3<tab>
        # RESOLUTION 7 (...)"): what follows the number is the proposal's first provision
        m = _RR_NUMBER_ONLY.match(rest.draft_text)
        if m:
            proposal.target = Target(TargetKind.RR_PROVISION, m.group("number"))
            self.current.pending_number = m.group("number")
            return
        text = rest.draft_text.strip()
        if _NUMBER_LINE.match(text) or _RR_PROVISION.match(text) or _CS_CV.match(text):
            self._provision(rest)
            return
        # anything else on the line (a title, a remark) is kept, as a plain paragraph
        proposal.provisions.append(make_provision(ProvisionKind.PARAGRAPH, rest))
        self.notes.append(f"proposal {number}: text after the number on its line kept as a "
                          f"paragraph: {text[:50]!r}")

    def _close_proposal(self) -> None:
        b = self.current
        if b is not None:
            if b.pending_number is not None:  # an RR number no text followed: keep it
                b.proposal.provisions.append(Provision(
                    ProvisionKind.PROVISION_NUMBER, base=(), draft=(), label=b.pending_number,
                    base_label=b.pending_number))
                b.pending_number = None
            _finish_proposal(b.proposal, self.notes)
            target = b.proposal.target
            if target.kind in _BASIC_TEXTS:
                self.basic_text = target.kind
            elif target.number:  # another instrument: the basic texts' run has ended
                self.basic_text = None
            else:
                self.basic_text = b.basic_text
            if b.figures:
                self.notes.append(
                    f"proposal {b.proposal.received_number or '(no number)'}: {b.figures} "
                    "picture(s), chart(s), embedded object(s) or form control(s) left out (figures "
                    "are not part of the model)")
            if b.too_deep:
                self.notes.append(
                    f"proposal {b.proposal.received_number or '(no number)'}: {b.too_deep} "
                    f"item(s) kept at depth {_MAX_DEPTH}: lists nest no deeper")
            if b.table_paragraphs:
                self.notes.append(
                    f"proposal {b.proposal.received_number or '(no number)'}: a table kept as "
                    f"{b.table_paragraphs} plain paragraph(s), one per cell paragraph")
        self.current = None

    def _provision(self, para: SourceParagraph) -> None:
        b = self.current
        assert b is not None
        text = para.stripped
        skey = para.skey
        kind = _STYLE_KINDS.get(skey)
        if b.basic_text is not None and kind is None and text[0].isdigit() and (
                b.pending_number is None) and (
                b.proposal.target.kind in _BASIC_TEXTS or not b.proposal.target.number):
            margin, margin_end = _numbered(_MARGIN_NUMBER, para)
            if margin:
                self._margin_provision(b, para, margin.group("number"), margin_end)
                return
        label = _match_label(text) if kind is None else None
        if label is not None:
            # a labelled paragraph is an item: no identification part or call starts with one
            self._item_or_paragraph(b, para, label)
            return

        if self._replaces_previous(b, para, kind):
            return
        if b.basic_text is None and text[:13].upper().startswith(_BASIC_TEXT_HEADINGS):
            # "CONVENTION OF THE INTERNATIONAL TELECOMMUNICATION UNION": margin numbers follow
            b.basic_text = (TargetKind.CONSTITUTION if text[:5].upper() == "CONST"
                            else TargetKind.CONVENTION)
        annex_to = _ANNEX_TO.match(text)
        number_line = None if annex_to else (
            _NUMBER_LINE.match(para.draft_text.strip()) or _NUMBER_LINE.match(text))
        cs_cv = _CS_CV.match(text)
        if kind is ProvisionKind.NUMBER_LINE or (
            number_line and not b.seen_number_line and (
                text.split()[0].isupper()
                # typed in mixed case where the ResNo style would capitalise it: only as the
                # proposal's first paragraph and nothing but the number line
                or (not b.proposal.provisions and _WHOLE_NUMBER_LINE.match(para.draft_text))
            )
        ):
            self._top(b, para, ProvisionKind.NUMBER_LINE)
            b.seen_number_line = True
            if number_line and not b.proposal.target.number:
                kind = _TARGET_KINDS.get(number_line.group("kind").upper(), TargetKind.OTHER)
                if kind is TargetKind.RR_ARTICLE:
                    kind = self._article_of(b)
                b.proposal.target = Target(kind, number_line.group("number").rstrip(".,"))
            return
        if cs_cv and not b.proposal.target.number:
            b.proposal.target = Target(
                TargetKind.CONSTITUTION if cs_cv.group("kind") == "CS" else TargetKind.CONVENTION,
                cs_cv.group("number"))
        rr, rr_end = _numbered(_RR_PROVISION, para)
        if b.pending_number is not None:
            number, b.pending_number = b.pending_number, None
            if not rr and kind is None:
                provision = self._top(b, para, ProvisionKind.PROVISION_NUMBER)
                provision.label = number if provision.draft is not None else None
                provision.base_label = number if provision.base is not None else None
                return
        if rr and (b.proposal.target.kind in _INSTRUMENTS
                   or self.document.metadata.conference.family in _NO_RR):
            # (a resolution's annex numbers its paragraphs 1.1, 1.2: no RR provisions there)
            rr = None
        if rr and not para.bullet:
            if not b.proposal.target.number:
                b.proposal.target = Target(TargetKind.RR_PROVISION, rr.group("number"))
            if (not para.draft_text[_draft_offset(para, rr_end):].strip()
                    and not b.proposal.marker.identification_only and b.pending_number is None):
                # the number in a paragraph of its own, its text in the next one (a SUP or NOC
                # shows the number alone)
                b.pending_number = rr.group("number")
                return
            self._top(b, para, ProvisionKind.PROVISION_NUMBER, label_end=rr_end)
            return
        # only before the formula is seen (most paragraphs come after it)
        enacting = not b.seen_formula and bool(
            _ENACTING.match(text) or _ENACTING_SHAPE.match(para.draft_text)
            or _BODY_FORMULA.match(para.draft_text))
        if kind is ProvisionKind.TITLE or (
            b.seen_number_line and not b.seen_title and not b.seen_formula
            and not is_call(para) and not enacting
        ):
            self._top(b, para, ProvisionKind.TITLE)
            b.seen_title = True
            return
        if kind is ProvisionKind.REFERENCE_LINE or (
            b.seen_title and not b.seen_formula and _REFERENCE_LINE.match(text)
        ):
            self._top(b, para, ProvisionKind.REFERENCE_LINE)
            return
        if (kind is ProvisionKind.ENACTING_FORMULA and not b.seen_formula) or (
            not b.seen_formula and enacting and not b.call
        ):
            self._top(b, para, ProvisionKind.ENACTING_FORMULA)
            b.seen_formula = True
            return
        if kind is ProvisionKind.HEADING or annex_to or _SECTION_HEADING.match(text):
            self._top(b, para, ProvisionKind.HEADING)
            b.call = None
            if annex_to and not b.proposal.target.number:
                # a proposal on a part alone: "ANNEX TO RESOLUTION 130 (REV. BUSAN, 2014)",
                # "APPENDIX 1 TO ANNEX 2 TO RESOLUTION 18" names the instrument, last
                inner = _instrument_named(para.draft_text.strip()[annex_to.end():])
                if inner:
                    b.proposal.target = Target(
                        _TARGET_KINDS.get(inner.group("kind").upper(), TargetKind.OTHER),
                        inner.group("number").rstrip(".,"))
            return
        if is_call(para):
            if (b.call is not None and not b.call.children and para.skey == "call"
                    and _call_runs_on(para)):
                _join_call(b.call, para)  # a long call broken by Enter
                return
            b.call = self._top(b, para, ProvisionKind.CALL)
            b.levels = []
            return
        self._item_or_paragraph(b, para)

    def _margin_provision(self, b: _ProposalBuilder, para: SourceParagraph, number: str,
                          end: int) -> None:
        """A provision of the Constitution or Convention, its margin number as its label (end:
        where the number and its tab end, in the full text)."""
        if not b.proposal.target.number:
            b.proposal.target = Target(b.basic_text, number)
        if not para.draft_text[_draft_offset(para, end):].strip() and not (
                b.proposal.marker.identification_only):
            b.pending_number = number  # the number alone, its text in the next paragraph
            return
        self._top(b, para, ProvisionKind.PROVISION_NUMBER, label_end=end)

    def _article_of(self, b: _ProposalBuilder) -> TargetKind:
        """Whose ARTICLE: the Constitution's or the Convention's when a heading above names it
        (a PP changes those, never the Radio Regulations), else the Radio Regulations'."""
        for provision in b.proposal.provisions:
            words = provision.text.upper()
            if "CONVENTION" in words or "CONVENIO" in words:
                return TargetKind.CONVENTION
            if "CONSTITUTION" in words or "CONSTITUCIÓN" in words:
                return TargetKind.CONSTITUTION
        if b.basic_text is not None:  # the Constitution or Convention goes on from before
            return b.basic_text
        if self.document.metadata.conference.family in _NO_RR:
            return TargetKind.OTHER
        return TargetKind.RR_ARTICLE

    def _replaces_previous(self, b: _ProposalBuilder, para: SourceParagraph,
                           kind: ProvisionKind | None) -> bool:
        """A number line, title or enacting formula struck through whole and typed again under
        it (common with static marks): one provision, the old text deleted, the new inserted."""
        last = b.proposal.provisions[-1] if b.proposal.provisions else None
        if (last is None or not last.kind.identification or last.draft is not None
                or last.children or b.levels or kind not in (None, last.kind)):
            return False
        new = make_provision(last.kind, para)
        if new.base is not None or new.draft is None:  # not an inserted paragraph
            return False
        draft = plain_text(new.draft)
        fits = {
            ProvisionKind.NUMBER_LINE: lambda: bool(_NUMBER_LINE.match(draft)),
            ProvisionKind.ENACTING_FORMULA: lambda: bool(
                _ENACTING.match(draft) or _ENACTING_SHAPE.match(draft)
                or _BODY_FORMULA.match(draft)),
            ProvisionKind.REFERENCE_LINE: lambda: bool(_REFERENCE_LINE.match(draft)),
            ProvisionKind.TITLE: lambda: not (_NUMBER_LINE.match(draft) or is_call(para)
                                              or _ENACTING.match(draft)),
        }.get(last.kind)
        if kind is None and (fits is None or not fits()):
            return False
        old_marks = last.marks
        last.draft = new.draft
        last.received_marks = (*old_marks, *new.marks)
        return True

    def _top(self, b: _ProposalBuilder, para: SourceParagraph, kind: ProvisionKind,
             label_end: int | None = None) -> Provision:
        provision = make_provision(kind, para, label_end=label_end)
        b.proposal.provisions.append(provision)
        b.levels = []
        return provision

    def _container(self, b: _ProposalBuilder) -> list[Provision]:
        return b.call.children if b.call is not None else b.proposal.provisions

    def _item_or_paragraph(self, b: _ProposalBuilder, para: SourceParagraph,
                           label: re.Match | None = None) -> None:
        """label: the label matched on the stripped text, when the caller did already."""
        m = label or _match_label(para.stripped) or _draft_label(para, para.draft_text.lstrip())
        if m is None and para.bullet:
            self._attach_dash(b, para, None)
            return
        if m is None and b.levels:
            m = self._decimal_label(b, para)
        if m is None:
            provision = make_provision(ProvisionKind.PARAGRAPH, para)
            if b.levels and _continues_item(para):
                b.levels[-1].siblings[-1].children.append(provision)
            else:
                self._container(b).append(provision)
                b.levels = []
            return
        label_text = m.group("label")
        if label_text in _DASH_CHARS:
            self._attach_dash(b, para, _offset_in(para, m.end()))
            return
        self._attach_item(b, para, m)

    def _decimal_label(self, b: _ProposalBuilder, para: SourceParagraph) -> re.Match | None:
        """A decimal sub-item ("1.1" under item 1 of recommends): only where its parent item is
        open, and only in texts that have no Radio Regulations numbers (5.338 is a provision)."""
        if not (b.proposal.target.kind in _INSTRUMENTS
                or self.document.metadata.conference.family in _NO_RR):
            return None
        m = _DECIMAL_LABEL.match(para.stripped)
        if m is None:
            return None
        parent = m.group("label").rpartition(".")[0]
        if any(level.siblings and level.siblings[-1].label == parent for level in b.levels):
            return m
        return None

    def _attach_dash(self, b: _ProposalBuilder, para: SourceParagraph, label_end: int | None):
        provision = make_provision(ProvisionKind.DASH_ITEM, para, label_end=label_end)
        provision.label = provision.base_label = DASH if provision.draft is not None else None
        if provision.base is not None:
            provision.base_label = DASH
        # dashes hang under the item they follow, or form their own level
        if b.levels and b.levels[-1].style is None:
            b.levels[-1].siblings.append(provision)
            return
        if b.levels:
            parent = b.levels[-1].siblings[-1]
            parent.children.append(provision)
            b.levels.append(Level(None, 0, parent.children, parent))
            return
        container = self._container(b)
        if container and container[-1].kind.is_item:
            parent = container[-1]
            parent.children.append(provision)
            b.levels.append(Level(None, 0, parent.children, parent))
            return
        container.append(provision)
        b.levels.append(Level(None, 0, container, b.call))

    def _attach_item(self, b: _ProposalBuilder, para: SourceParagraph, m: re.Match) -> None:
        provision = make_provision(ProvisionKind.NUMBERED_ITEM, para,
                                    label_end=_offset_in(para, m.end()))
        label = provision.label if provision.label is not None else provision.base_label
        base_label = provision.base_label
        candidates = readings(label or "")
        # drop dash levels: an item closes a run of dashes
        while b.levels and b.levels[-1].style is None:
            b.levels.pop()
        # an indentation deeper than the open lists, on a label that starts a list, opens a
        # sub-list even where the label could also continue an outer one (h) then  i) ...)
        # the same from ITU's item styles: "i)" in enumlev1 after "a)" in Normal (not after "h)"
        # in enumlev1, where i) is a letter)
        style_depth = _ITEM_STYLES.get(para.skey, 0)
        deeper = (bool(b.levels) and any(n == 1 for _, n in candidates) and (
            para.level > len(b.levels)
            or (not para.level and style_depth > b.item_style_depth)))
        b.item_style_depth = style_depth
        if not deeper and self._place_in_sequence(b, provision, candidates, base_label,
                                                  para.level):
            return
        # a new list: nested under the last item, or the first list of the call; a list starts
        # at 1, which settles whether "i)" is the letter i or the roman one
        starts = [c for c in candidates if c[1] == 1]
        style, n = (starts or candidates or [(None, 0)])[0]
        if len(b.levels) >= _MAX_DEPTH:
            # ITU texts nest three or four deep; a received file whose every item opens a new
            # list ("a)", "a)", ...) would otherwise build a tree thousands deep
            level = b.levels[-1]
            level.siblings.append(provision)
            provision.kind = ProvisionKind.SUB_ITEM
            b.too_deep += 1
            return
        if b.levels:
            parent = b.levels[-1].siblings[-1]
            depth = len(b.levels)
            provision.kind = ProvisionKind.SUB_ITEM
            parent.children.append(provision)
            b.levels.append(Level(style, n, parent.children, parent))
            advance(b.levels[-1], provision, style, n, new=True)
            if n != 1:
                self.notes.append(f"item {label!r} does not continue a list; kept at depth "
                                  f"{depth + 1}")
        else:
            container = self._container(b)
            provision.kind = top_kind(style)
            container.append(provision)
            b.levels.append(Level(style, n, container, b.call))
            advance(b.levels[-1], provision, style, n, new=True)
        fix_kind(provision, style, len(b.levels))

    def _place_in_sequence(self, b, provision, candidates, base_label, level_hint) -> bool:
        """Attach as the next item of an open list, deepest first (or as the level hint says)."""
        order = list(range(len(b.levels) - 1, -1, -1))
        if level_hint and level_hint <= len(b.levels):
            # an explicit indentation names the depth: try it first
            order.remove(level_hint - 1)
            order.insert(0, level_hint - 1)
        for i in order:
            level = b.levels[i]
            for style, n in candidates:
                if not _same_list(style, level.style):
                    continue
                if n == level.last + 1 or renumbered_fits(provision, level, style):
                    del b.levels[i + 1:]
                    level.siblings.append(provision)
                    advance(level, provision, style, n)
                    fix_kind(provision, style, i + 1)
                    return True
                split = split_run_together(provision, level, style)
                if split:
                    self.notes.append(split)
                    del b.levels[i + 1:]
                    level.siblings.append(provision)
                    level.last = level.last + 1
                    fix_kind(provision, style, i + 1)
                    return True
        # a gap in a received document's numbering: keep it in the list it continues
        for i in order:
            level = b.levels[i]
            for style, n in candidates:
                if _same_list(style, level.style) and n > 1 and n > level.last:
                    del b.levels[i + 1:]
                    level.siblings.append(provision)
                    level.last = n
                    fix_kind(provision, style, i + 1)
                    self.notes.append(f"item label {provision.label!r} leaves a gap in its list")
                    return True
        return False

    def _finish(self) -> None:
        self._close_proposal()
        meta = self.document.metadata
        self.cover.finish(self.document)
        for proposal in self.document.proposals:
            if proposal.received_number and not meta.symbols:
                number = proposal.received_number.strip("[]")
                meta.symbols = number.split("/")[:-2]
        if not self.document.proposals:
            self.notes.append("no proposal lines (e.g. 'MOD INS/82/1') were found")
        if self.free_figures:
            self.notes.append(f"{self.free_figures} picture(s), chart(s), embedded object(s) or "
                              "form control(s) outside the proposals left out")


# -- helpers ----------------------------------------------------------------------------------
def _same_list(style: LabelStyle, open_style: LabelStyle | None) -> bool:
    """Whether a label of this style can continue an open list: the same scheme ("(a)" goes on
    from "a)"), and for decimal sub-items the same parent ("1.2" after "1.1", not after "2.1")."""
    if open_style is None or style.scheme is not open_style.scheme:
        return False
    decimal = style.prefix.endswith(".") or open_style.prefix.endswith(".")
    return not decimal or style.prefix == open_style.prefix


def _continues_item(para: SourceParagraph) -> bool:
    """An unlabelled paragraph indented like an item continues that item."""
    return para.level > 0 or para.skey in _ITEM_STYLES


class _DraftLabel:
    """A label matched on the draft text ([-b)-]{+a)+}), its end moved to the full text's
    coordinates, which _offset_in and the mark splitting use."""

    def __init__(self, match: re.Match, end: int):
        self._match, self._end = match, end

    def group(self, *names):
        return self._match.group(*names)

    def end(self) -> int:
        return self._end


def _draft_label(para: SourceParagraph, draft: str) -> _DraftLabel | None:
    m = _match_label(draft)
    if m is None:
        return None
    full = _full_offset(para, m.end() + len(para.draft_text) - len(draft))
    text = para.text
    return _DraftLabel(m, full - (len(text) - len(text.lstrip())))


def _call_runs_on(para: SourceParagraph) -> bool:
    """A paragraph in the Call style that carries on the call before it ("of the three
    Bureaux"): it starts in lower case with no call word."""
    text = para.draft_text.strip() or para.stripped
    return text[0].islower() and _CALL_START.match(text.lower()) is None


def _join_call(call: Provision, para: SourceParagraph) -> None:
    new = make_provision(ProvisionKind.CALL, para)
    marks = (*call.marks, Segment(Op.KEEP, Run(" ")), *new.marks)
    call.base = None if call.base is None and new.base is None else normalize(base_of(marks))
    call.draft = None if call.draft is None and new.draft is None else normalize(draft_of(marks))
    call.received_marks = marks if any(s.op is not Op.KEEP for s in marks) else None


def _runs_on(reasons: tuple[Run, ...], text: str) -> bool:
    """The next paragraph carries on the reasons' sentence: they end in ';', ',' or ':' and it
    starts in lower case (an introduction to the next proposals starts a sentence)."""
    return text[0].islower() and plain_text(reasons).rstrip()[-1:] in (";", ",", ":")


def _numbered(pattern: re.Pattern, para: SourceParagraph) -> tuple[re.Match | None, int]:
    """A provision number at the start of the paragraph, read in the draft text first (a number
    changed with Track Changes is its new one), else in the full text; and where the number
    ends as an offset in the full text, which is what provisions are cut at."""
    m = pattern.match(para.draft_text)
    if m is not None:
        return m, _full_offset(para, m.end()) if para.changed else m.end()
    m = pattern.match(para.text)
    return m, m.end() if m is not None else 0


def _draft_offset(para: SourceParagraph, full_offset: int) -> int:
    """An offset in the full text as an offset in the draft text (deletions left out)."""
    if not para.changed:
        return full_offset
    seen = drafted = 0
    for s in para.marks:
        if seen >= full_offset:
            break
        take = min(len(s.run.text), full_offset - seen)
        seen += take
        if s.op is not Op.DELETE:
            drafted += take
    return drafted


def _full_offset(para: SourceParagraph, draft_offset: int) -> int:
    """An offset in the draft text (deletions left out) as an offset in the full text."""
    full = drafted = 0
    for s in para.marks:
        if drafted >= draft_offset:
            break
        if s.op is Op.DELETE:
            full += len(s.run.text)
            continue
        take = min(len(s.run.text), draft_offset - drafted)
        drafted += take
        full += take
    return full


def _rest_of(para: SourceParagraph, start: int, on_draft: bool) -> SourceParagraph | None:
    """What follows the number on a proposal line (its marks kept), or None when nothing does.
    start is an offset in the draft text when the line was matched there."""
    if on_draft:
        start = _full_offset(para, start)
    _, after = split_marks(para.marks, start)
    if not "".join(s.run.text for s in after).strip():
        return None
    return SourceParagraph(after, paragraph_op=para.paragraph_op)


def _instrument_named(rest: str) -> re.Match | None:
    """The instrument a part's heading names after "TO" (past the parts between)."""
    for _ in range(8):
        inner = _NUMBER_LINE.match(rest.strip())
        if inner:
            return inner
        step = _NEXT_PART_OF.search(rest)
        if step is None:
            return None
        rest = rest[step.end():]
    return None


def _line_footnotes(para: SourceParagraph) -> list[str]:
    """The texts of footnotes on a proposal line: the model has no place for them."""
    return [s.run.footnote.text for s in para.marks if s.run.footnote is not None]


def _offset_in(para: SourceParagraph, offset_in_stripped: int) -> int:
    text = para.text
    return offset_in_stripped + (len(text) - len(text.lstrip()))


def _finish_proposal(proposal: Proposal, notes: list[str]) -> None:
    """Marker-wide conventions, and additions a plain-text source cannot mark."""
    infer_added_items(proposal.provisions)
    if proposal.marker.tracked:
        recount_base_labels(proposal.provisions)
    if proposal.marker in (Marker.ADD, Marker.ADD_MOVED):
        for p in proposal.walk():
            if p.draft is None:
                continue
            p.base, p.base_label, p.received_label_marks = None, None, None
            # text deleted inside an added text is a mistake the checks report: its marks stay
            if not any(s.op is Op.DELETE for s in p.received_marks or ()):
                p.received_marks = None
    elif proposal.marker in (Marker.SUP, Marker.SUP_MOVED):
        for p in proposal.walk():
            if p.base is None:
                continue
            p.draft, p.label, p.received_marks, p.received_label_marks = None, None, None, None
    if not proposal.target.number:
        text = " ".join(p.text for p in proposal.provisions[:1])
        notes.append(f"proposal {proposal.received_number or '(no number)'}: target instrument "
                     f"not recognised from {text[:50]!r}")
    if not proposal.provisions and not proposal.marker.identification_only:
        notes.append(f"proposal {proposal.received_number or '(no number)'} has no text")


def build_document(paragraphs: Iterable[SourceParagraph], *, name: str) -> Document:
    return StructureRecognizer(name).build(paragraphs)


__all__ = ["SourceParagraph", "build_document", "plain_paragraph", "is_call", "style_key",
           "LANGUAGES"]
