"""Every edit as a command: ``apply(document)`` and ``revert(document)`` return a Change.

A command records each field and list it is about to mutate in a journal before mutating it, so
``revert`` restores text, received marks, labels and numbers exactly — including what renumbering
touched. Commands name their targets by id and look them up at apply time, so they stay valid
across undo and redo of the commands around them. Invalid requests raise CommandError before
anything is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from . import labels, numbering, revise
from .document import Document, FreeBlock, Metadata
from .ids import new_id
from .inline import Inline, Run, normalize, plain_text
from .proposals import Marker, Proposal, Target, TargetKind
from .provisions import Provision, ProvisionKind, Status, find_parent


class CommandError(ValueError):
    """The edit cannot be made here (nothing was changed); the message says why."""


@dataclass(frozen=True)
class Change:
    """What a command touched, so views refresh only that."""

    proposals: frozenset[str] = frozenset()  # proposals whose content or marker changed
    provisions: frozenset[str] = frozenset()  # provisions whose text or label changed
    structure: bool = False  # provisions or proposals were added, removed or moved
    numbers: bool = False  # proposal numbers may have changed
    metadata: bool = False  # cover metadata changed

    def __or__(self, other: Change) -> Change:
        return Change(self.proposals | other.proposals, self.provisions | other.provisions,
                      self.structure or other.structure, self.numbers or other.numbers,
                      self.metadata or other.metadata)


class _Journal:
    """Field values and list contents as they were before a command touched them."""

    def __init__(self):
        self._entries: list[tuple[bool, Any, Any]] = []

    def fields(self, obj, *names: str) -> None:
        self._entries.append((True, obj, [(n, getattr(obj, n)) for n in names]))

    def items(self, items: list) -> None:
        self._entries.append((False, items, list(items)))

    def restore(self) -> None:
        # newest first, so the value recorded first (the original) is the one left in place
        for is_fields, obj, saved in reversed(self._entries):
            if is_fields:
                for name, value in saved:
                    setattr(obj, name, value)
            else:
                obj[:] = saved


_LABEL_FIELDS = ("label", "received_label_marks")
_TEXT_FIELDS = ("draft", "received_marks")


def _renumber(journal: _Journal, siblings: list[Provision],
              parent_label: str | None = None) -> set[str]:
    """Renumber one sibling list, journaled; returns the ids whose label changed. Decimal
    sub-items of a renumbered item (1.1 under 1) follow it (2.1 under 2)."""
    before = {p.id: p.label for p in siblings}
    for p in siblings:
        journal.fields(p, *_LABEL_FIELDS)
    labels.renumber(siblings, parent_label)
    changed = {p.id for p in siblings if p.label != before[p.id]}
    for p in siblings:
        if p.id in changed and p.label and p.children and any(
                (q.label or "").startswith(f"{before[p.id]}.") for q in p.children):
            changed |= _renumber(journal, p.children, p.label)
    return changed


def _resequence(journal: _Journal, document: Document) -> None:
    """Proposals moved, came or went: numbers kept as printed in a read file follow the order
    again (journaled, so undo brings the printed numbers back)."""
    for proposal in document.iter_proposals():
        if proposal.received_number is not None:
            journal.fields(proposal, "received_number")
            proposal.received_number = None


class Command:
    """Base: subclasses implement ``_do`` (validate first, then journal, then mutate)."""

    def __init__(self):
        self._journal: _Journal | None = None
        self._change = Change()

    def apply(self, document: Document) -> Change:
        journal = _Journal()
        change = self._do(document, journal)
        self._journal, self._change = journal, change
        return change

    def revert(self, document: Document) -> Change:
        if self._journal is None:
            raise CommandError("this edit has not been made, so it cannot be undone")
        self._journal.restore()
        self._journal = None
        return self._change

    def merge_with(self, other: Command) -> bool:
        """Absorb a following command of the same kind (typing in one provision); True if so."""
        return False

    def _do(self, document: Document, journal: _Journal) -> Change:
        raise NotImplementedError


# -- lookups ----------------------------------------------------------------------------------
def _proposal(document: Document, proposal_id: str) -> Proposal:
    part = document.find_part(proposal_id)
    if not isinstance(part, Proposal):
        raise CommandError("the proposal is no longer in the document")
    return part


def _place(proposal: Proposal, provision_id: str):
    """(provision, parent or None, sibling list, index)."""
    found = find_parent(proposal.provisions, provision_id)
    if found is None:
        raise CommandError("the provision is no longer in this proposal")
    parent, siblings = found
    index = next(i for i, p in enumerate(siblings) if p.id == provision_id)
    return siblings[index], parent, siblings, index


def _siblings_of(proposal: Proposal, parent_id: str | None) -> list[Provision]:
    if parent_id is None:
        return proposal.provisions
    parent = proposal.find(parent_id)
    if parent is None:
        raise CommandError("the destination is no longer in this proposal")
    return parent.children


class _OnProvision(Command):
    """A command on one provision of one proposal."""

    def __init__(self, proposal_id: str, provision_id: str):
        super().__init__()
        self.proposal_id, self.provision_id = proposal_id, provision_id


# -- text -------------------------------------------------------------------------------------
class EditText(_OnProvision):
    """Set a provision's draft text. Typing in one provision merges into one command."""

    def __init__(self, proposal_id: str, provision_id: str, draft: Inline | None):
        super().__init__(proposal_id, provision_id)
        self.draft = draft

    def _do(self, document, journal):
        provision, *_ = _place(_proposal(document, self.proposal_id), self.provision_id)
        journal.fields(provision, *_TEXT_FIELDS)
        provision.set_draft(self.draft)
        return Change(frozenset({self.proposal_id}), frozenset({self.provision_id}))

    def merge_with(self, other: Command) -> bool:
        if (type(other) is EditText and other.provision_id == self.provision_id
                and other.proposal_id == self.proposal_id):
            self.draft = other.draft
            return True
        return False


class EditBlock(Command):
    """Set the text of a free block (introduction, annex text)."""

    def __init__(self, block_id: str, text: Inline):
        super().__init__()
        self.block_id, self.text = block_id, text

    def _do(self, document, journal):
        block = document.find_part(self.block_id)
        if not isinstance(block, FreeBlock):
            raise CommandError("the text block is no longer in the document")
        journal.fields(block, "text")
        block.text = self.text
        return Change(provisions=frozenset({self.block_id}))

    def merge_with(self, other: Command) -> bool:
        if type(other) is EditBlock and other.block_id == self.block_id:
            self.text = other.text
            return True
        return False


class EditReasons(Command):
    def __init__(self, proposal_id: str, reasons: Inline):
        super().__init__()
        self.proposal_id, self.reasons = proposal_id, reasons

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        journal.fields(proposal, "reasons")
        proposal.reasons = self.reasons
        return Change(frozenset({self.proposal_id}))

    def merge_with(self, other: Command) -> bool:
        if type(other) is EditReasons and other.proposal_id == self.proposal_id:
            self.reasons = other.reasons
            return True
        return False


class ReplaceAll(Command):
    """Find and replace in the draft text of every provision and in the reasons.

    Matches are found inside runs, so formatting is kept; ``count`` says how many were replaced.
    """

    def __init__(self, find: str, replacement: str, *, match_case: bool = False,
                 whole_words: bool = False):
        super().__init__()
        if not find:
            raise CommandError("nothing to find")
        self.pattern = search_pattern(find, match_case=match_case, whole_words=whole_words)
        self.replacement = replacement
        self.count = 0

    def _replace(self, content: Inline) -> tuple[Inline, int]:
        total = 0
        out = []
        for run in content:
            text, n = self.pattern.subn(lambda _m: self.replacement, run.text)
            total += n
            out.append(run.with_text(text) if n else run)
        return (normalize(out) if total else content), total

    def _do(self, document, journal):
        count = 0
        proposals, provisions = set(), set()
        for proposal in document.iter_proposals():
            for p in proposal.walk():
                if not p.draft:
                    continue
                new, n = self._replace(p.draft)
                if n:
                    journal.fields(p, *_TEXT_FIELDS)
                    p.set_draft(new)
                    count += n
                    proposals.add(proposal.id)
                    provisions.add(p.id)
            new, n = self._replace(proposal.reasons)
            if n:
                journal.fields(proposal, "reasons")
                proposal.reasons = new
                count += n
                proposals.add(proposal.id)
        self.count = count
        return Change(frozenset(proposals), frozenset(provisions))


def search_pattern(find: str, *, match_case: bool = False, whole_words: bool = False):
    flags = 0 if match_case else re.IGNORECASE
    body = re.escape(find)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, flags)


# -- provisions: structure --------------------------------------------------------------------
Where = Literal["before", "after", "child", "end"]


class InsertProvision(Command):
    """Insert provisions before / after an anchor, as its last children, or at the end.

    ``anchor_id`` None (with where="end") appends to the proposal's top level. Siblings
    renumber, the old label shown deleted and the new one inserted.
    """

    def __init__(self, proposal_id: str, anchor_id: str | None, where: Where,
                 provisions: list[Provision]):
        super().__init__()
        if not provisions:
            raise CommandError("nothing to insert")
        self.proposal_id, self.anchor_id, self.where = proposal_id, anchor_id, where
        self.provisions = list(provisions)

    def _target(self, proposal: Proposal) -> tuple[list[Provision], int]:
        if self.anchor_id is None or self.where == "end":
            siblings = _siblings_of(proposal, self.anchor_id)
            return siblings, len(siblings)
        anchor, _parent, siblings, index = _place(proposal, self.anchor_id)
        if self.where == "before":
            return siblings, index
        if self.where == "after":
            return siblings, index + 1
        return anchor.children, len(anchor.children)

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        siblings, index = self._target(proposal)
        journal.items(siblings)
        siblings[index:index] = self.provisions
        changed = _renumber(journal, siblings)
        ids = {p.id for p in self.provisions} | changed
        return Change(frozenset({self.proposal_id}), frozenset(ids), structure=True)


class RemoveProvision(_OnProvision):
    """Take a provision (and its sub-items) out of the proposal altogether."""

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        _p, _parent, siblings, index = _place(proposal, self.provision_id)
        journal.items(siblings)
        del siblings[index]
        changed = _renumber(journal, siblings)
        return Change(frozenset({self.proposal_id}), frozenset(changed | {self.provision_id}),
                      structure=True)


class SuppressProvision(_OnProvision):
    """Suppress a provision and its sub-items: draft None, base kept (shown struck through).

    An added provision has no text in force, so suppressing it removes it; added sub-items of a
    suppressed provision are removed the same way.
    """

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        provision, _parent, siblings, index = _place(proposal, self.provision_id)
        if provision.base is None:
            journal.items(siblings)
            del siblings[index]
            changed = _renumber(journal, siblings)
            return Change(frozenset({self.proposal_id}),
                          frozenset(changed | {self.provision_id}), structure=True)
        touched = set()
        lists = []
        stack = [provision]
        while stack:
            p = stack.pop()
            journal.fields(p, *_TEXT_FIELDS)
            p.draft = None
            p.received_marks = None
            touched.add(p.id)
            if p.children:
                journal.items(p.children)
                p.children[:] = [c for c in p.children if c.base is not None]
                lists.append(p.children)
                stack.extend(p.children)
        for children in lists:  # once every draft is gone, so the labels go too
            touched |= _renumber(journal, children)
        touched |= _renumber(journal, siblings)
        return Change(frozenset({self.proposal_id}), frozenset(touched), structure=True)


class RestoreProvision(_OnProvision):
    """Undo a suppression on purpose: the draft of a provision and its sub-items is the base."""

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        provision, _parent, siblings, _index = _place(proposal, self.provision_id)
        if provision.status is not Status.SUPPRESSED:
            raise CommandError("the provision is not suppressed")
        touched = set()
        for p in provision.walk():
            if p.draft is None and p.base is not None:
                journal.fields(p, *_TEXT_FIELDS)
                p.draft = p.base
                p.received_marks = None
                touched.add(p.id)
            if p.children:
                touched |= _renumber(journal, p.children)
        touched |= _renumber(journal, siblings)
        return Change(frozenset({self.proposal_id}), frozenset(touched), structure=True)


def _first_sub_label(parent: Provision, kind: ProvisionKind) -> str | None:
    """Label a first sub-item starts from: a) under a numbered item, i) under a lettered one."""
    if kind is ProvisionKind.DASH_ITEM:
        return labels.DASH
    if parent.kind is ProvisionKind.NUMBERED_ITEM:
        return "a)"
    if parent.kind.is_item:
        return "i)"
    return None


class Indent(_OnProvision):
    """Make a provision the last sub-item of the provision before it."""

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        provision, _parent, siblings, index = _place(proposal, self.provision_id)
        if index == 0:
            raise CommandError("there is no provision above to indent under")
        new_parent = siblings[index - 1]
        journal.items(siblings)
        journal.items(new_parent.children)
        journal.fields(provision, "kind", *_LABEL_FIELDS)
        del siblings[index]
        first = not any(c.kind.is_item for c in new_parent.children)
        new_parent.children.append(provision)
        if provision.kind.is_item and provision.kind is not ProvisionKind.DASH_ITEM \
                and new_parent.kind.is_item:
            provision.kind = ProvisionKind.SUB_ITEM
        if first and provision.base_label is None:
            provision.label = _first_sub_label(new_parent, provision.kind)
        touched = _renumber(journal, siblings) | _renumber(journal, new_parent.children)
        return Change(frozenset({self.proposal_id}), frozenset(touched | {provision.id}),
                      structure=True)


class Outdent(_OnProvision):
    """Make a sub-item the next sibling of the provision it belongs to."""

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        provision, parent, siblings, index = _place(proposal, self.provision_id)
        if parent is None:
            raise CommandError("the provision is already at the top level")
        _p, _grand, outer, parent_index = _place(proposal, parent.id)
        journal.items(siblings)
        journal.items(outer)
        journal.fields(provision, "kind", *_LABEL_FIELDS)
        del siblings[index]
        outer.insert(parent_index + 1, provision)
        if provision.kind is ProvisionKind.SUB_ITEM and parent.kind.is_item:
            provision.kind = parent.kind
        if provision.base_label is None and provision.kind.is_item:
            provision.label = None  # takes the style of its new siblings
        touched = _renumber(journal, siblings) | _renumber(journal, outer)
        return Change(frozenset({self.proposal_id}), frozenset(touched | {provision.id}),
                      structure=True)


class MoveProvision(Command):
    """Move a provision to ``index`` of a sibling list (drag and drop, move up / down).

    The destination is a proposal and a parent provision (None = top level); ``index`` counts in
    the destination list as it is once the provision has been taken out.
    """

    def __init__(self, proposal_id: str, provision_id: str, dest_proposal_id: str,
                 dest_parent_id: str | None, index: int):
        super().__init__()
        self.proposal_id, self.provision_id = proposal_id, provision_id
        self.dest_proposal_id, self.dest_parent_id, self.index = (
            dest_proposal_id, dest_parent_id, index)

    @classmethod
    def by(cls, document: Document, proposal_id: str, provision_id: str, step: int):
        """Move up (step -1) or down (+1) among its siblings."""
        proposal = _proposal(document, proposal_id)
        _p, parent, siblings, index = _place(proposal, provision_id)
        target = index + step
        if not 0 <= target < len(siblings):
            raise CommandError("the provision cannot move further that way")
        return cls(proposal_id, provision_id, proposal_id, parent.id if parent else None, target)

    def _do(self, document, journal):
        source = _proposal(document, self.proposal_id)
        dest = _proposal(document, self.dest_proposal_id)
        provision, _parent, siblings, index = _place(source, self.provision_id)
        if self.dest_parent_id is not None and provision.find(self.dest_parent_id) is not None:
            raise CommandError("a provision cannot move inside itself")
        target = _siblings_of(dest, self.dest_parent_id)
        limit = len(target) - (1 if target is siblings else 0)
        if not 0 <= self.index <= limit:
            raise CommandError("there is no such place to move the provision to")
        journal.items(siblings)
        journal.items(target)
        del siblings[index]
        target.insert(self.index, provision)
        touched = _renumber(journal, siblings)
        if target is not siblings:
            touched |= _renumber(journal, target)
        return Change(frozenset({self.proposal_id, self.dest_proposal_id}),
                      frozenset(touched | {provision.id}), structure=True)


class SetProvisionKind(_OnProvision):
    def __init__(self, proposal_id: str, provision_id: str, kind: ProvisionKind):
        super().__init__(proposal_id, provision_id)
        self.kind = kind

    def _do(self, document, journal):
        provision, _parent, siblings, _i = _place(_proposal(document, self.proposal_id),
                                                  self.provision_id)
        journal.fields(provision, "kind")
        provision.kind = self.kind
        touched = _renumber(journal, siblings)
        return Change(frozenset({self.proposal_id}), frozenset(touched | {provision.id}),
                      structure=True)


# -- proposals --------------------------------------------------------------------------------
def _collapse(journal: _Journal, proposal: Proposal) -> None:
    """SUP / NOC show the identification only: drop the body, show the text in force."""
    journal.items(proposal.provisions)
    kept = [p for p in proposal.provisions
            if p.kind.identification or p.kind is ProvisionKind.PROVISION_NUMBER]
    proposal.provisions[:] = kept
    for p in kept:
        if p.base is not None:
            journal.fields(p, *_TEXT_FIELDS, *_LABEL_FIELDS)
            p.draft, p.received_marks = p.base, None
            p.label, p.received_label_marks = p.base_label, None


def _as_new_text(journal: _Journal, provisions: list[Provision]) -> None:
    """ADD: the draft is new text; nothing in force, nothing suppressed, no received marks."""
    journal.items(provisions)
    provisions[:] = [p for p in provisions if p.draft is not None or p.base is None]
    for p in provisions:
        journal.fields(p, "base", "base_label", *_TEXT_FIELDS, *_LABEL_FIELDS)
        p.base, p.base_label = None, None
        p.received_marks, p.received_label_marks = None, None
        if p.children:
            _as_new_text(journal, p.children)
    labels.renumber(provisions)


def _adopt_as_base(journal: _Journal, provisions: list[Provision]) -> None:
    """The current text becomes the text in force (a MOD made from what was typed as an ADD)."""
    journal.items(provisions)
    provisions[:] = [p for p in provisions if p.draft is not None]
    for p in provisions:
        journal.fields(p, "base", "base_label", *_TEXT_FIELDS, *_LABEL_FIELDS)
        p.base, p.base_label = p.draft, p.label
        p.received_marks, p.received_label_marks = None, None
        if p.children:
            _adopt_as_base(journal, p.children)


def has_base(proposal: Proposal) -> bool:
    """Whether any provision carries text in force (a MOD needs one)."""
    return any(p.base is not None for p in proposal.walk())


class SetMarker(Command):
    """Change a proposal's marker.

    SUP, SUP* and NOC collapse the body to the identification (undo brings it back). ADD and
    ADD* make the draft new text. MOD on a proposal without text in force needs a base: either
    ``base`` provisions (pasted or imported text in force, replacing the provisions) or
    ``adopt_as_base`` (what was typed is the text in force).
    """

    def __init__(self, proposal_id: str, marker: Marker, *,
                 base: list[Provision] | None = None, adopt_as_base: bool = False):
        super().__init__()
        self.proposal_id, self.marker = proposal_id, marker
        self.base, self.adopt_as_base = base, adopt_as_base

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        marker = self.marker
        if marker.tracked and not has_base(proposal) and self.base is None \
                and not self.adopt_as_base and proposal.provisions:
            raise CommandError(f"{marker.value} needs the text in force: paste or import it, "
                               "or use the current text as the text in force")
        journal.fields(proposal, "marker")
        if self.base is not None:
            journal.items(proposal.provisions)
            proposal.provisions[:] = self.base
        elif self.adopt_as_base:
            _adopt_as_base(journal, proposal.provisions)
        if marker.identification_only and proposal.marker != marker:
            _collapse(journal, proposal)
        elif not marker.needs_base and has_base(proposal):
            _as_new_text(journal, proposal.provisions)
        proposal.marker = marker
        ids = frozenset(p.id for p in proposal.walk())
        # the marker decides how every paragraph shows (marks or not): views redraw it whole
        return Change(frozenset({proposal.id}), ids, structure=True)


class SetTarget(Command):
    def __init__(self, proposal_id: str, target: Target):
        super().__init__()
        self.proposal_id, self.target = proposal_id, target

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        journal.fields(proposal, "target")
        proposal.target = Target(self.target.kind, self.target.number)
        return Change(frozenset({proposal.id}))


class AddProposal(Command):
    """Insert a proposal at ``index`` of the document's parts (None: after the last part)."""

    def __init__(self, proposal: Proposal, index: int | None = None):
        super().__init__()
        self.proposal, self.index = proposal, index

    def _do(self, document, journal):
        index = len(document.parts) if self.index is None else self.index
        if not 0 <= index <= len(document.parts):
            raise CommandError("there is no such place for the proposal")
        journal.items(document.parts)
        document.parts.insert(index, self.proposal)
        _resequence(journal, document)
        return Change(frozenset({self.proposal.id}), structure=True, numbers=True)


class RemoveProposal(Command):
    def __init__(self, proposal_id: str):
        super().__init__()
        self.proposal_id = proposal_id

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        journal.items(document.parts)
        document.parts.remove(proposal)
        _resequence(journal, document)
        return Change(frozenset({proposal.id}), structure=True, numbers=True)


class MoveProposal(Command):
    """Move a proposal (or a free block) to ``index`` of the parts once taken out."""

    def __init__(self, part_id: str, index: int):
        super().__init__()
        self.part_id, self.index = part_id, index

    @classmethod
    def by(cls, document: Document, proposal_id: str, step: int) -> MoveProposal:
        """Move before the previous proposal (-1) or after the next one (+1)."""
        parts = document.parts
        here = next((i for i, p in enumerate(parts) if p.id == proposal_id), None)
        if here is None:
            raise CommandError("the proposal is no longer in the document")
        others = [i for i, p in enumerate(parts) if isinstance(p, Proposal) and i != here]
        if step < 0:
            before = [i for i in others if i < here]
            if not before:
                raise CommandError("the proposal is already the first")
            return cls(proposal_id, before[-1])
        after = [i for i in others if i > here]
        if not after:
            raise CommandError("the proposal is already the last")
        return cls(proposal_id, after[0])  # index after removal: right behind the next one

    def _do(self, document, journal):
        part = document.find_part(self.part_id)
        if part is None:
            raise CommandError("the proposal is no longer in the document")
        if not 0 <= self.index < len(document.parts):
            raise CommandError("there is no such place for the proposal")
        journal.items(document.parts)
        document.parts.remove(part)
        document.parts.insert(self.index, part)
        _resequence(journal, document)
        return Change(frozenset({part.id}), structure=True, numbers=True)


def _marker_for(provision: Provision, source: Marker) -> Marker:
    if not source.tracked:
        return source
    return {Status.ADDED: Marker.ADD, Status.SUPPRESSED: Marker.SUP,
            Status.UNCHANGED: Marker.NOC}.get(provision.status, source)


def _target_for(provision: Provision, source: Target) -> Target:
    if provision.kind is ProvisionKind.PROVISION_NUMBER:
        number = provision.label or provision.base_label or plain_text(
            provision.draft or provision.base).split(" ")[0]
        return Target(TargetKind.RR_PROVISION, number.strip())
    return Target(source.kind, source.number)


class SplitProvisionAsProposal(_OnProvision):
    """WRC style: a provision becomes a proposal of its own, right after its proposal."""

    new_proposal: Proposal | None = None  # made at the first apply, kept for redo

    def _do(self, document, journal):
        source = _proposal(document, self.proposal_id)
        provision, _parent, siblings, index = _place(source, self.provision_id)
        if self.new_proposal is None:  # made once, so redo restores the same ids
            self.new_proposal = Proposal(marker=_marker_for(provision, source.marker),
                                         target=_target_for(provision, source.target))
        new = self.new_proposal
        journal.items(siblings)
        journal.items(new.provisions)
        journal.items(document.parts)
        del siblings[index]
        new.provisions[:] = [provision]
        document.parts.insert(document.parts.index(source) + 1, new)
        _resequence(journal, document)
        touched = _renumber(journal, siblings)
        return Change(frozenset({source.id, new.id}), frozenset(touched | {provision.id}),
                      structure=True, numbers=True)


class MergeProposal(Command):
    """Merge a proposal into the proposal before it: provisions appended, reasons joined."""

    def __init__(self, proposal_id: str):
        super().__init__()
        self.proposal_id = proposal_id

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        previous = None
        for part in document.parts:
            if part is proposal:
                break
            if isinstance(part, Proposal):
                previous = part
        if previous is None:
            raise CommandError("there is no proposal before this one to merge into")
        journal.items(previous.provisions)
        journal.items(document.parts)
        journal.fields(previous, "reasons")
        previous.provisions.extend(proposal.provisions)
        if proposal.has_reasons:
            sep = (Run(" "),) if previous.has_reasons else ()
            previous.reasons = normalize((*previous.reasons, *sep, *proposal.reasons))
        document.parts.remove(proposal)
        _resequence(journal, document)
        touched = _renumber(journal, previous.provisions)
        return Change(frozenset({previous.id, proposal.id}),
                      frozenset(touched | {p.id for p in proposal.provisions}),
                      structure=True, numbers=True)


class ReviseResolution(Command):
    """Bring the number line and enacting formula to this conference in one action."""

    def __init__(self, proposal_id: str):
        super().__init__()
        self.proposal_id = proposal_id

    def _do(self, document, journal):
        proposal = _proposal(document, self.proposal_id)
        conference = document.metadata.conference
        if not conference.short:
            raise CommandError("set the conference in the document properties first")
        language = document.metadata.language
        touched = set()
        for p in proposal.provisions:
            if p.kind not in (ProvisionKind.NUMBER_LINE, ProvisionKind.ENACTING_FORMULA):
                continue
            source = p.base if p.base is not None else p.draft
            if source is None:
                continue
            text = plain_text(source)
            if p.kind is ProvisionKind.NUMBER_LINE:
                revised = revise.revise_number_line(text, conference, language)
            else:
                revised = revise.revise_enacting_formula(text, conference)
            if revised == plain_text(p.draft):
                continue
            journal.fields(p, *_TEXT_FIELDS)
            p.set_draft(_retext(source, text, revised))
            touched.add(p.id)
        if not touched:
            raise CommandError("the number line and enacting formula already cite "
                               f"{conference.short} (or the proposal has neither)")
        return Change(frozenset({proposal.id}), frozenset(touched))


def _retext(source: Inline, old: str, new: str) -> Inline:
    """New text keeping the formatting of the unchanged start (the revised part is at the end)."""
    common = 0
    while common < min(len(old), len(new)) and old[common] == new[common]:
        common += 1
    out: list[Run] = []
    pos = 0
    for run in source:
        end = pos + len(run.text)
        if end <= common:
            out.append(run)
        elif pos < common:
            out.append(run.with_text(run.text[: common - pos]))
        pos = end
    tail = new[common:]
    if tail:
        out.append(Run(tail))
    return normalize(out)


# -- document ---------------------------------------------------------------------------------
class EditMetadata(Command):
    """Replace the cover metadata (and whether numbers are provisional, [INS/XX/1])."""

    def __init__(self, metadata: Metadata, bracketed: bool | None = None):
        super().__init__()
        self.metadata, self.bracketed = metadata, bracketed

    def _do(self, document, journal):
        journal.fields(document, "metadata")
        journal.fields(document.numbering, "bracketed")
        old = document.metadata
        renumbered = (self.metadata.document_number, self.metadata.addendum,
                      self.metadata.symbols) != (old.document_number, old.addendum, old.symbols)
        document.metadata = replace(self.metadata)
        if self.bracketed is not None:
            renumbered |= self.bracketed != document.numbering.bracketed
            document.numbering.bracketed = self.bracketed
        if renumbered:
            _resequence(journal, document)
        return Change(structure=False, numbers=True, metadata=True)


class SetDocumentNumber(Command):
    """The secretariat's number arrived: 82 (Addendum 1); every proposal number follows."""

    def __init__(self, number: str | None, addendum: int | None = None):
        super().__init__()
        if number is not None and not re.fullmatch(r"\s*\d+\s*", number):
            raise CommandError(f"document number must be digits, got {number!r}")
        self.number, self.addendum = number, addendum

    def _do(self, document, journal):
        journal.fields(document.metadata, "document_number", "addendum")
        journal.fields(document.numbering, "bracketed")
        for proposal in document.iter_proposals():
            journal.fields(proposal, "received_number")
        numbering.set_document_number(document, self.number, self.addendum)
        return Change(frozenset(p.id for p in document.iter_proposals()), numbers=True,
                      metadata=True)


# -- helpers for the editor -------------------------------------------------------------------
def new_item_like(anchor: Provision | None, text: str = "") -> Provision:
    """A new added provision of the anchor's kind (an item after an item, else a paragraph)."""
    kind = anchor.kind if anchor is not None and anchor.kind.is_item else ProvisionKind.PARAGRAPH
    return Provision(kind=kind, draft=(Run(text),) if text else ())


def new_sub_item(parent: Provision, text: str = "") -> Provision:
    kind = ProvisionKind.SUB_ITEM if parent.kind.is_item else ProvisionKind.LETTERED_ITEM
    label = _first_sub_label(parent, kind) if not parent.children else None
    return Provision(kind=kind, draft=(Run(text),) if text else (), label=label)


def clone_as_added(provision: Provision) -> Provision:
    """A pasted copy: new ids, the draft text as new text (a paste adds, it changes nothing)."""
    text = provision.draft if provision.draft is not None else provision.base
    return Provision(kind=provision.kind, base=None, draft=text, label=provision.label
                     or provision.base_label,
                     children=[clone_as_added(c) for c in provision.children
                               if c.draft is not None or c.base is not None],
                     id=new_id())


def clone_as_base(provision: Provision) -> Provision:
    """Text in force taken into a MOD: base and draft equal, fresh ids."""
    text = provision.base if provision.base is not None else provision.draft
    label = provision.base_label or provision.label
    return Provision(kind=provision.kind, base=text, draft=text, label=label, base_label=label,
                     children=[clone_as_base(c) for c in provision.children], id=new_id())


__all__ = [
    "AddProposal", "Change", "Command", "CommandError", "EditBlock", "EditMetadata",
    "EditReasons", "EditText", "Indent", "InsertProvision", "MergeProposal", "MoveProposal",
    "MoveProvision", "Outdent", "RemoveProposal", "RemoveProvision", "ReplaceAll",
    "RestoreProvision", "ReviseResolution", "SetDocumentNumber", "SetMarker", "SetProvisionKind",
    "SetTarget", "SplitProvisionAsProposal", "SuppressProvision", "clone_as_added",
    "clone_as_base", "has_base", "new_item_like", "new_sub_item", "search_pattern",
]
