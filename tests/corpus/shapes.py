"""What a reader of a received document sees, in comparable form, for the corpus tests."""

from __future__ import annotations

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.revisions import marks_text


def outline(proposal) -> list[tuple]:
    """(depth, kind, label as printed with its marks, status) for every provision."""
    out = []

    def walk(provisions, depth):
        for p in provisions:
            label = marks_text(p.label_marks) if (p.label or p.base_label) else ""
            out.append((depth, p.kind.value, label, p.status.value))
            walk(p.children, depth + 1)

    walk(proposal.provisions, 0)
    return out


def heads(document) -> list[tuple]:
    return [(p.marker.value, p.received_number, p.target.kind.value, p.target.number)
            for p in document.proposals]


def summary(document) -> list[tuple]:
    """(marker, number as printed, target kind, target number) of each proposal."""
    return [(q.marker, q.received_number, q.target.kind, q.target.number)
            for q in document.proposals]


def kinds(proposal) -> list[tuple]:
    return [(q.kind, q.label or q.base_label) for q in proposal.walk()]


def reasons(proposal) -> str:
    return plain_text(proposal.reasons or ())
