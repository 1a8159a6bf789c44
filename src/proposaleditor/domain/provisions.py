"""The clause tree of a proposal: provisions with kinds, labels, base and draft text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from .ids import new_id
from .inline import Inline, plain_text
from .revisions import Marks, diff, has_changes, label_marks


class ProvisionKind(str, Enum):
    NUMBER_LINE = "number_line"  # RESOLUTION 130 (REV. BUSAN, 2014)
    TITLE = "title"
    REFERENCE_LINE = "reference_line"  # (Hammamet, 2016)
    ENACTING_FORMULA = "enacting_formula"
    CALL = "call"  # considering, resolves, instructs the Secretary-General ...
    LETTERED_ITEM = "lettered_item"  # a)
    NUMBERED_ITEM = "numbered_item"  # 1
    SUB_ITEM = "sub_item"  # i), or a) under a numbered item
    DASH_ITEM = "dash_item"  # –
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # ANNEX TO RESOLUTION 130, article headings inside the text
    PROVISION_NUMBER = "provision_number"  # a Radio Regulations provision: 5.338A + its text

    @property
    def is_item(self) -> bool:
        return self in _ITEM_KINDS

    @property
    def identification(self) -> bool:
        """Kept in SUP and NOC proposals, which show the identification only."""
        return self in _IDENTIFICATION_KINDS


_ITEM_KINDS = {
    ProvisionKind.LETTERED_ITEM,
    ProvisionKind.NUMBERED_ITEM,
    ProvisionKind.SUB_ITEM,
    ProvisionKind.DASH_ITEM,
}
_IDENTIFICATION_KINDS = {
    ProvisionKind.NUMBER_LINE,
    ProvisionKind.TITLE,
    ProvisionKind.REFERENCE_LINE,
    ProvisionKind.ENACTING_FORMULA,
}


class Status(str, Enum):
    ADDED = "added"
    MODIFIED = "modified"
    SUPPRESSED = "suppressed"
    UNCHANGED = "unchanged"


@dataclass(eq=False)
class Provision:
    """One node of the clause tree.

    ``base`` is the text in force (None for an addition), ``draft`` the proposed text (None for a
    suppression). ``base_label`` / ``label`` are the item label before and after renumbering.
    ``received_marks`` holds revision marks exactly as read from a received document; they are
    shown until the provision is edited, after which marks are derived from base and draft.
    """

    kind: ProvisionKind
    base: Inline | None = None
    draft: Inline | None = None
    label: str | None = None
    base_label: str | None = None
    children: list[Provision] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    received_marks: Marks | None = None
    received_label_marks: Marks | None = None

    # -- derived state -------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        if self.base is None and self.draft is None:
            return Status.UNCHANGED
        if self.base is None:
            return Status.ADDED
        if self.draft is None:
            return Status.SUPPRESSED
        if self.received_marks is not None and has_changes(self.received_marks):
            return Status.MODIFIED
        if self.base != self.draft or self.base_label != self.label:
            return Status.MODIFIED
        return Status.UNCHANGED

    @property
    def marks(self) -> Marks:
        """Revision marks of the text: as received, or the difference of base and draft."""
        if self.received_marks is not None:
            return self.received_marks
        return diff(self.base, self.draft)

    @property
    def label_marks(self) -> Marks:
        if self.received_label_marks is not None:
            return self.received_label_marks
        if self.base is None:
            return label_marks(None, self.label)
        if self.draft is None:
            return label_marks(self.base_label, None)
        return label_marks(self.base_label, self.label)

    @property
    def text(self) -> str:
        """Draft text if any, else base text: what the outline shows."""
        return plain_text(self.draft if self.draft is not None else self.base)

    # -- editing -------------------------------------------------------------------------------
    def set_draft(self, draft: Inline | None) -> None:
        """Edit the proposed text; marks from now on are derived."""
        self.draft = draft
        self.received_marks = None

    # -- traversal -----------------------------------------------------------------------------
    def walk(self) -> Iterator[Provision]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, provision_id: str) -> Provision | None:
        for p in self.walk():
            if p.id == provision_id:
                return p
        return None


def walk_all(provisions: list[Provision]) -> Iterator[Provision]:
    for p in provisions:
        yield from p.walk()


def find_parent(
    provisions: list[Provision], provision_id: str
) -> tuple[Provision | None, list[Provision]] | None:
    """(parent or None for top level, the sibling list holding it), or None when absent."""
    stack: list[tuple[Provision | None, list[Provision]]] = [(None, provisions)]
    while stack:
        parent, siblings = stack.pop()
        for p in siblings:
            if p.id == provision_id:
                return parent, siblings
            if p.children:
                stack.append((p, p.children))
    return None
