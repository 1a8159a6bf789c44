"""A proposal: marker, target instrument, provision tree and reasons."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from .ids import new_id
from .inline import Inline, plain_text
from .provisions import Provision, walk_all
from .revisions import count_changes, has_changes


class Marker(str, Enum):
    ADD = "ADD"
    ADD_MOVED = "ADD*"
    MOD = "MOD"
    MOD_EDITORIAL = "(MOD)"
    SUP = "SUP"
    SUP_MOVED = "SUP*"
    NOC = "NOC"

    @property
    def tracked(self) -> bool:
        """MOD and (MOD) show revision marks; the others never do."""
        return self in (Marker.MOD, Marker.MOD_EDITORIAL)

    @property
    def identification_only(self) -> bool:
        """SUP, SUP* and NOC show number line, title and enacting formula only."""
        return self in (Marker.SUP, Marker.SUP_MOVED, Marker.NOC)

    @property
    def needs_base(self) -> bool:
        return self not in (Marker.ADD, Marker.ADD_MOVED)

    @classmethod
    def parse(cls, text: str) -> Marker:
        text = text.strip().upper()
        for m in cls:
            if m.value == text:
                return m
        raise ValueError(f"unknown proposal marker {text!r} (expected one of "
                         + ", ".join(m.value for m in cls) + ")")


class TargetKind(str, Enum):
    RESOLUTION = "resolution"
    DECISION = "decision"
    RECOMMENDATION = "recommendation"
    OPINION = "opinion"
    CONSTITUTION = "constitution"  # CS 165
    CONVENTION = "convention"  # CV 468
    RR_ARTICLE = "rr_article"  # Article 5
    RR_PROVISION = "rr_provision"  # 5.338A
    RR_APPENDIX = "rr_appendix"  # Appendix 30
    OTHER = "other"

    @property
    def title(self) -> str:
        return _TARGET_TITLES[self]


_TARGET_TITLES = {
    TargetKind.RESOLUTION: "Resolution",
    TargetKind.DECISION: "Decision",
    TargetKind.RECOMMENDATION: "Recommendation",
    TargetKind.OPINION: "Opinion",
    TargetKind.CONSTITUTION: "CS",
    TargetKind.CONVENTION: "CV",
    TargetKind.RR_ARTICLE: "Article",
    TargetKind.RR_PROVISION: "No.",
    TargetKind.RR_APPENDIX: "Appendix",
    TargetKind.OTHER: "",
}


@dataclass
class Target:
    kind: TargetKind = TargetKind.OTHER
    number: str = ""

    def __str__(self) -> str:
        if self.kind is TargetKind.OTHER:
            return self.number
        return f"{self.kind.title} {self.number}".strip()

    def key(self) -> tuple[str, str]:
        """Identity used to find the same instrument across documents."""
        return self.kind.value, self.number.strip().upper().replace(" ", "")


@dataclass(eq=False)
class Proposal:
    marker: Marker
    target: Target = field(default_factory=Target)
    provisions: list[Provision] = field(default_factory=list)
    reasons: Inline = ()
    id: str = field(default_factory=new_id)
    # The number exactly as printed in a received document; None in our own drafts, where the
    # number is derived from position (see numbering.py).
    received_number: str | None = None

    def walk(self) -> Iterator[Provision]:
        return walk_all(self.provisions)

    def find(self, provision_id: str) -> Provision | None:
        for p in self.walk():
            if p.id == provision_id:
                return p
        return None

    @property
    def has_reasons(self) -> bool:
        return bool(plain_text(self.reasons).strip())

    def change_counts(self) -> tuple[int, int]:
        """(insertions, deletions) over the text and labels of all provisions."""
        ins = dels = 0
        for p in self.walk():
            # label and text form one paragraph: an added item is one insertion, not two
            i, d = count_changes(p.label_marks + p.marks)
            ins += i
            dels += d
        return ins, dels

    def has_marks(self) -> bool:
        return any(has_changes(p.marks) or has_changes(p.label_marks) for p in self.walk())
