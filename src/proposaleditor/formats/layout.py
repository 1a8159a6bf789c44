"""The printed shape of a proposal document, independent of any file format.

``layout(document)`` flattens a Document into the paragraphs an ITU proposal prints as: the cover
lines, free blocks, and for each proposal its ``MOD<tab>INS/82/1`` line, its provisions in their
ITU styles and ``Reasons:<tab>...``. The DOCX and ODT writers, the GUI preview and the comparison
view all render this one sequence, so they cannot disagree on what goes where.

Each paragraph is ``label <tab> text``; label and text are revision segments. Marks only apply in
MOD and (MOD) proposals (``tracked``); everywhere else the segments are all KEEP.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..domain import numbering
from ..domain.document import BlockKind, Document, FreeBlock
from ..domain.inline import Inline, Run
from ..domain.proposals import Marker, Proposal, TargetKind
from ..domain.provisions import Provision, ProvisionKind, Status
from ..domain.revisions import Marks, Op, Segment
from ..domain.wording import (
    compact_reference,
    conference_name,
    document_line,
    fixed_or_translated,
    original_line,
    translate_dates,
    wording,
)

__all__ = ["Role", "LayoutParagraph", "layout", "compact_reference", "COVER_ROLES",
           "COVER_LEFT", "COVER_RIGHT"]


class Role(str, Enum):
    """Where a paragraph belongs; writers place cover roles in the cover table."""

    CONFERENCE = "conference"
    PLACE_DATES = "place_dates"
    DOCUMENT = "document"
    DATE = "date"
    ORIGINAL = "original"
    MEETING = "meeting"
    SOURCE = "source"
    TITLE = "title"
    AGENDA_ITEM = "agenda_item"
    AGENDA_TEXT = "agenda_text"
    BLOCK = "block"
    PROPOSAL = "proposal"  # MOD<tab>INS/82/1
    PROVISION = "provision"
    REASONS = "reasons"


COVER_LEFT = (Role.CONFERENCE, Role.PLACE_DATES)
COVER_RIGHT = (Role.DOCUMENT, Role.DATE, Role.ORIGINAL)
COVER_ROLES = frozenset({*COVER_LEFT, *COVER_RIGHT, Role.MEETING, Role.SOURCE, Role.TITLE,
                         Role.AGENDA_ITEM, Role.AGENDA_TEXT})


@dataclass(frozen=True, slots=True)
class LayoutParagraph:
    style: str  # ITU style id (ResNo, Call, enumlev1 ...)
    text: Marks
    role: Role
    label: Marks = ()  # printed before the text, followed by a tab
    change: Op = Op.KEEP  # INSERT: added paragraph; DELETE: suppressed paragraph
    keep_with_next: bool = False
    tracked: bool = False  # the paragraph belongs to a MOD / (MOD): marks are revision marks
    proposal_id: str | None = None
    provision_id: str | None = None

    @property
    def plain(self) -> str:
        """The text as printed after the changes (label, tab, text), for previews and tests."""
        label = "".join(s.text for s in self.label if s.op is not Op.DELETE)
        text = "".join(s.text for s in self.text if s.op is not Op.DELETE)
        return f"{label}\t{text}" if self.label else text


def _keep(content: Inline | str | None, **fmt) -> Marks:
    if content is None:
        return ()
    if isinstance(content, str):
        return (Segment(Op.KEEP, Run(content, **fmt)),) if content else ()
    return tuple(Segment(Op.KEEP, r) for r in content)


# -- styles -----------------------------------------------------------------------------------
_ARTICLE_TARGETS = {TargetKind.RR_ARTICLE, TargetKind.CONSTITUTION, TargetKind.CONVENTION}
_BLOCK_STYLES = {
    BlockKind.PARAGRAPH: "Normal",
    BlockKind.HEADING: "Headingb",
    BlockKind.ANNEX_HEADING: "AnnexNotitle",
    BlockKind.TITLE: "AnnexNotitle",
    BlockKind.LIST_ITEM: "enumlev1",
    BlockKind.NOTE: "Note",
    BlockKind.UNRECOGNIZED: "Normal",
}
_ENUMLEV = ("enumlev1", "enumlev2", "enumlev3")
_KEEP_WITH_NEXT = {ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE, ProvisionKind.REFERENCE_LINE,
                   ProvisionKind.CALL, ProvisionKind.HEADING}


_WHOLE = {Status.ADDED: Op.INSERT, Status.SUPPRESSED: Op.DELETE}


def provision_style(p: Provision, item_depth: int, target: TargetKind) -> str:
    """ITU style of a provision; item_depth counts the items above it."""
    kind = p.kind
    article = target in _ARTICLE_TARGETS
    if kind is ProvisionKind.NUMBER_LINE:
        return "ArtNo" if article else "ResNo"
    if kind is ProvisionKind.TITLE:
        return "Arttitle" if article else "Restitle"
    if kind is ProvisionKind.REFERENCE_LINE:
        return "Resref"
    if kind is ProvisionKind.ENACTING_FORMULA:
        return "Normalaftertitle"
    if kind is ProvisionKind.CALL:
        return "Call"
    if kind is ProvisionKind.HEADING:
        text = p.text.lstrip().upper()
        return "AnnexNotitle" if text.startswith(("ANNEX", "ANEXO")) else "Headingb"
    if kind is ProvisionKind.DASH_ITEM:  # a dash under a call is enumlev1, under an item 2
        return _enumlev(item_depth)
    if kind is ProvisionKind.SUB_ITEM or (kind.is_item and item_depth):
        return _enumlev(max(item_depth - 1, 0))  # i) under 1, a) under 1: one level in
    return "Normal"


def _enumlev(level: int) -> str:
    return _ENUMLEV[min(level, len(_ENUMLEV) - 1)]


def _italic_label(label: str) -> bool:
    """Lettered and roman labels (a), i)) print italic; numbers and dashes do not."""
    core = label.strip().strip("()").rstrip(")")
    return bool(core) and core.isalpha()


def _label_segments(marks: Marks) -> Marks:
    out = []
    for s in marks:
        if s.text and _italic_label(s.text) and not s.run.italic:
            s = Segment(s.op, Run(s.text, italic=True), s.author, s.date)
        out.append(s)
    return tuple(out)


# -- proposals --------------------------------------------------------------------------------
def _shown(p: Provision, marker: Marker) -> tuple[Inline | None, str | None] | None:
    """(text, label) shown without marks for a marker other than MOD, or None to skip it."""
    if marker.identification_only:
        if p.kind is ProvisionKind.PROVISION_NUMBER:
            # a WRC SUP/NOC of 5.338A shows the provision number, never its text
            return (), p.base_label or p.label
        if not p.kind.identification:
            return None
        if marker in (Marker.SUP, Marker.SUP_MOVED):
            text = p.base if p.base is not None else p.draft
            return text, p.base_label or p.label
        text = p.draft if p.draft is not None else p.base
        return text, p.label or p.base_label
    # ADD / ADD*: the proposed text; provisions that are not in the draft are not shown
    if p.draft is None:
        return None
    return p.draft, p.label


def _provision_paragraphs(proposal: Proposal, out: list[LayoutParagraph]) -> None:
    marker = proposal.marker
    tracked = marker.tracked
    target = proposal.target.kind

    def visit(p: Provision, item_depth: int) -> None:
        style = provision_style(p, item_depth, target)
        keep = p.kind in _KEEP_WITH_NEXT
        if tracked:
            if p.base is not None or p.draft is not None or p.received_marks is not None:
                status = p.status
                change = _WHOLE.get(status, Op.KEEP)
                out.append(LayoutParagraph(
                    style=style, text=p.marks, label=_label_segments(p.label_marks),
                    role=Role.PROVISION, change=change, keep_with_next=keep, tracked=True,
                    proposal_id=proposal.id, provision_id=p.id))
        else:
            shown = _shown(p, marker)
            if shown is not None:
                text, label = shown
                out.append(LayoutParagraph(
                    style=style, text=_keep(text), label=_label_segments(_keep(label)),
                    role=Role.PROVISION, keep_with_next=keep,
                    proposal_id=proposal.id, provision_id=p.id))
        child_depth = item_depth + (1 if p.kind.is_item else 0)
        for child in p.children:
            visit(child, child_depth)

    for p in proposal.provisions:
        visit(p, 0)


# -- the document -----------------------------------------------------------------------------
def _cover(document: Document, language: str) -> list[LayoutParagraph]:
    meta = document.metadata
    words = wording(language)
    english = wording("E")
    out: list[LayoutParagraph] = []

    def add(role: Role, style: str, text: str, **fmt) -> None:
        if text:
            out.append(LayoutParagraph(style=style, text=_keep(text, **fmt), role=role))

    conf = meta.conference
    add(Role.CONFERENCE, "Normal", conference_name(conf, words), bold=True)
    place_dates = ", ".join(x for x in (conf.place, translate_dates(conf.dates, words)) if x)
    add(Role.PLACE_DATES, "Normal", place_dates, bold=True)
    add(Role.DOCUMENT, "Normal", document_line(meta, words), bold=True)
    if meta.date is not None:
        add(Role.DATE, "Normal", words.format_date(meta.date), bold=True)
    add(Role.ORIGINAL, "Normal", original_line(meta, words), bold=True)
    add(Role.MEETING, "Normal", fixed_or_translated(meta.meeting, english.meeting, words.meeting),
        bold=True)
    add(Role.SOURCE, "Source", meta.source)
    add(Role.TITLE, "Title1", fixed_or_translated(meta.title, english.title, words.title))
    if meta.agenda_item:
        add(Role.AGENDA_ITEM, "Headingb", words.agenda_item.format(n=meta.agenda_item))
        add(Role.AGENDA_TEXT, "Normal", meta.agenda_text)
    return out


def _block(block: FreeBlock) -> LayoutParagraph:
    style = _BLOCK_STYLES.get(block.kind, "Normal")
    label = _keep(block.label) if block.label else ()
    keep = block.kind in (BlockKind.HEADING, BlockKind.ANNEX_HEADING, BlockKind.TITLE)
    return LayoutParagraph(style=style, text=_keep(block.text), label=label, role=Role.BLOCK,
                           keep_with_next=keep, provision_id=block.id)


def layout(document: Document, *, language: str | None = None) -> list[LayoutParagraph]:
    """Every paragraph of the exported document, in order, in the given (or the document's)
    language."""
    language = (language or document.metadata.language or "E").upper()
    words = wording(language)
    numbers = numbering.numbers(document)
    out = _cover(document, language)
    for part in document.parts:
        if isinstance(part, FreeBlock):
            out.append(_block(part))
            continue
        proposal = part
        out.append(LayoutParagraph(
            style="Proposal", text=_keep(numbers[proposal.id]), label=_keep(proposal.marker.value),
            role=Role.PROPOSAL, keep_with_next=True, proposal_id=proposal.id))
        _provision_paragraphs(proposal, out)
        out.append(LayoutParagraph(
            style="Reasons", text=_keep(proposal.reasons), label=_keep(words.reasons, bold=True),
            role=Role.REASONS, proposal_id=proposal.id))
    return out


def footnote_count(paragraphs: list[LayoutParagraph]) -> int:
    return sum(1 for para in paragraphs for s in (*para.label, *para.text)
               if s.run.footnote is not None)


def plain(paragraphs: list[LayoutParagraph]) -> str:
    """The document as printed after the changes, one paragraph a line (previews, tests)."""
    return "\n".join(p.plain for p in paragraphs)

