"""What the page shows: a section of the document as ITU paragraphs, in one of three views.

The paragraphs come from formats/layout.py — the same sequence the DOCX and ODT writers print — so
the screen cannot disagree with the export. A keystroke re-derives one provision's marks only.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from ...domain.document import Document
from ...domain.inline import Run
from ...domain.proposals import Proposal
from ...domain.provisions import Provision
from ...domain.revisions import Marks, Op, Segment
from ...formats.layout import COVER_RIGHT, COVER_ROLES, LayoutParagraph, Role, layout
from ..sections import Section


class ViewMode(str, Enum):
    MARKED = "marked"  # revision marks shown
    CLEAN = "clean"  # the draft as it will read once adopted
    BASE = "base"  # the text in force


@dataclass
class Para:
    """One block of the page and what editing it means."""

    kind: str  # "cover", "block", "proposal", "provision", "reasons"
    style: str
    label: Marks
    text: Marks
    change: Op = Op.KEEP
    proposal_id: str | None = None
    target_id: str | None = None  # provision or block id
    editable: bool = False
    tracked: bool = False
    placeholder: str = ""  # grey hint shown in an empty editable paragraph
    align: str | None = None  # overrides the style's alignment (the cover's right column)
    # filled in when the block is written: where the text starts and its pieces
    text_start: int = 0
    frags: list = field(default_factory=list)  # (start, end, op or None, clean_start)
    label_frags: list = field(default_factory=list)  # (start, end, op)
    clean: str = ""

    @property
    def key(self) -> tuple:
        return (self.kind, self.proposal_id, self.target_id)


def _keep(segments: Marks) -> Marks:
    return tuple(Segment(Op.KEEP, s.run) for s in segments)


def clean_view(segments: Marks) -> Marks:
    return tuple(Segment(Op.KEEP, s.run) for s in segments if s.op is not Op.DELETE)


def base_view(segments: Marks) -> Marks:
    return tuple(Segment(Op.KEEP, s.run) for s in segments if s.op is not Op.INSERT)


def _from_layout(lp: LayoutParagraph, kind: str) -> Para:
    return Para(kind=kind, style=lp.style, label=lp.label, text=lp.text, change=lp.change,
                proposal_id=lp.proposal_id, target_id=lp.provision_id, tracked=lp.tracked)


def _section_layout(document: Document, section: Section) -> list[LayoutParagraph]:
    """Layout of one section alone (laying out the whole document would diff every provision)."""
    parts = list(section.blocks) if section.kind == "text" else (
        [section.proposal] if section.kind == "proposal" else [])
    piece = Document(metadata=document.metadata, parts=parts, numbering=document.numbering)
    paragraphs = layout(piece)
    if section.kind == "cover":
        return [p for p in paragraphs if p.role in COVER_ROLES]
    return [p for p in paragraphs if p.role not in COVER_ROLES]


def section_paragraphs(document: Document, section: Section, numbers: dict[str, str],
                       mode: ViewMode, hints: dict[str, str] | None = None) -> list[Para]:
    hints = hints or {}
    proposal = section.proposal
    provisions = {p.id: p for p in proposal.walk()} if proposal else {}
    out: list[Para] = []
    for lp in _section_layout(document, section):
        if lp.role in COVER_ROLES:
            para = _from_layout(lp, "cover")
            if lp.role in COVER_RIGHT:  # the cover table's right-hand column
                para.align = "right"
        elif lp.role is Role.BLOCK:
            para = _from_layout(lp, "block")
            para.editable = True
        elif lp.role is Role.PROPOSAL:
            para = _from_layout(lp, "proposal")
            para.text = (Segment(Op.KEEP, Run(numbers.get(proposal.id, ""))),)
        elif lp.role is Role.REASONS:
            para = _from_layout(lp, "reasons")
            para.editable = True
            para.placeholder = hints.get("reasons", "")
        else:
            para = _from_layout(lp, "provision")
            provision = provisions.get(lp.provision_id)
            para.editable = (provision is not None and provision.draft is not None
                             and not proposal.marker.identification_only)
        out.append(para)
    return [p for p in (_in_mode(p, mode, provisions) for p in out) if p is not None]


def _in_mode(para: Para, mode: ViewMode, provisions: dict[str, Provision]) -> Para | None:
    if mode is ViewMode.MARKED or not para.tracked:
        if mode is ViewMode.BASE and para.kind == "provision":
            return _base_provision(para, provisions.get(para.target_id))
        if mode is ViewMode.BASE:
            para.editable = False
        return para
    if mode is ViewMode.CLEAN:
        if para.change is Op.DELETE:
            return None
        return replace(para, label=clean_view(para.label), text=clean_view(para.text),
                       change=Op.KEEP)
    if para.change is Op.INSERT:
        return None
    return replace(para, label=base_view(para.label), text=base_view(para.text), change=Op.KEEP,
                   editable=False)


def _base_provision(para: Para, provision: Provision | None) -> Para | None:
    """An untracked proposal (ADD, SUP, NOC) in the base view: the text in force, if any."""
    if provision is None or provision.base is None:
        return None
    label = provision.base_label
    return replace(para, label=(Segment(Op.KEEP, Run(label)),) if label else (),
                   text=tuple(Segment(Op.KEEP, r) for r in provision.base), change=Op.KEEP,
                   editable=False)


def retyped(para: Para, proposal: Proposal, provision: Provision, mode: ViewMode) -> Para:
    """The paragraph of a provision whose text was just edited: only the text is re-derived."""
    if proposal.marker.tracked:
        text = provision.marks
        if mode is ViewMode.CLEAN:
            text = clean_view(text)
    else:
        text = tuple(Segment(Op.KEEP, r) for r in provision.draft or ())
    return replace(para, text=text, frags=[], label_frags=[])
