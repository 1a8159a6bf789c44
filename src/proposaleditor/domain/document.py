"""The proposal document: cover metadata and an ordered list of parts."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Union

from .ids import new_id
from .inline import Inline
from .proposals import Proposal

LANGUAGES = {
    "E": "English",
    "F": "French",
    "S": "Spanish",
    "A": "Arabic",
    "C": "Chinese",
    "R": "Russian",
}


@dataclass
class Conference:
    short: str = ""  # PP-14, WRC-19
    name: str = ""  # Plenipotentiary Conference
    place: str = ""  # Busan
    dates: str = ""  # 20 October – 7 November 2014
    year: int | None = None

    @property
    def family(self) -> str:
        """PP, WRC, WTSA, WTDC, ... (the part of the short form before the year)."""
        return self.short.split("-")[0].upper() if self.short else ""

    @property
    def full_name(self) -> str:
        """Plenipotentiary Conference (PP-14)."""
        if self.name and self.short:
            return f"{self.name} ({self.short})"
        return self.name or self.short

    @property
    def compact(self) -> str:
        """PP14 / CMR19: the prefix of compact document references (WRC uses French)."""
        short = self.short.replace("-", "")
        if self.family == "WRC":
            short = "CMR" + short[3:]
        return short


@dataclass
class Metadata:
    conference: Conference = field(default_factory=Conference)
    meeting: str = "PLENARY MEETING"
    document_number: str | None = None  # None until the secretariat assigns it
    addendum: int | None = None
    revision: int | None = None
    corrigendum: int | None = None
    base_revision: int | None = None  # Addendum 1 to Document 34(Rev.1)
    date: _dt.date | None = None
    language: str = "E"
    original_languages: list[str] = field(default_factory=lambda: ["E"])
    source: str = ""
    symbols: list[str] = field(default_factory=list)
    title: str = "PROPOSALS FOR THE WORK OF THE CONFERENCE"
    agenda_item: str = ""
    agenda_text: str = ""
    base_addendum: int | None = None  # Addendum 1 to Document 16(Add.19): an addendum's addendum


class BlockKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # 1. Introduction
    ANNEX_HEADING = "annex_heading"  # ANNEX 1
    TITLE = "title"  # PROPOSAL ON ITU STABLE CONSTITUTION
    LIST_ITEM = "list_item"
    NOTE = "note"
    UNRECOGNIZED = "unrecognized"  # read from a file but not classified; kept, and reported


@dataclass(eq=False)
class FreeBlock:
    """Text outside proposals: introduction, annex headings, notes."""

    kind: BlockKind = BlockKind.PARAGRAPH
    text: Inline = ()
    label: str | None = None
    id: str = field(default_factory=new_id)


Part = Union[FreeBlock, Proposal]  # noqa: UP007 - a runtime alias, kept 3.10-safe


@dataclass
class Numbering:
    """How proposal numbers are made in this document."""

    bracketed: bool = False  # [ACP/12/40] while the number is provisional


@dataclass(eq=False)
class Document:
    metadata: Metadata = field(default_factory=Metadata)
    parts: list[Part] = field(default_factory=list)
    numbering: Numbering = field(default_factory=Numbering)
    # Provenance of a received document (file name), or None for our own draft.
    received_from: str | None = None
    # What a reader could not classify (kept as UNRECOGNIZED blocks) or had to guess; not saved.
    import_notes: list[str] = field(default_factory=list)

    @property
    def proposals(self) -> list[Proposal]:
        return [p for p in self.parts if isinstance(p, Proposal)]

    def iter_proposals(self) -> Iterator[Proposal]:
        return (p for p in self.parts if isinstance(p, Proposal))

    def find_part(self, part_id: str) -> Part | None:
        for part in self.parts:
            if part.id == part_id:
                return part
        return None

    def find_provision(self, provision_id: str):
        """(proposal, provision) holding the id, or None."""
        for proposal in self.iter_proposals():
            found = proposal.find(provision_id)
            if found is not None:
                return proposal, found
        return None

    def language_name(self, code: str | None = None) -> str:
        return LANGUAGES.get(code or self.metadata.language, code or self.metadata.language)
