"""The document cut into what the outline lists at its top level and the editor shows as a page:
the cover, runs of free text (introduction, annex text), and each proposal."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.document import BlockKind, Document, FreeBlock
from ..domain.inline import plain_text
from ..domain.proposals import Proposal

COVER_KEY = "cover"


@dataclass(frozen=True, eq=False)
class Section:
    kind: str  # "cover", "text" or "proposal"
    key: str  # COVER_KEY, the first block's id, or the proposal's id
    blocks: tuple[FreeBlock, ...] = ()
    proposal: Proposal | None = None

    def heading(self) -> str:
        """For a run of free text: its annex heading and title, if it starts with one."""
        words = []
        for block in self.blocks[:2]:
            if block.kind in (BlockKind.ANNEX_HEADING, BlockKind.TITLE, BlockKind.HEADING):
                words.append(plain_text(block.text).strip())
            else:
                break
        return " · ".join(w for w in words if w)


def sections_of(document: Document) -> list[Section]:
    out = [Section("cover", COVER_KEY)]
    run: list[FreeBlock] = []

    def flush():
        if run:
            out.append(Section("text", run[0].id, tuple(run)))
            run.clear()

    for part in document.parts:
        if isinstance(part, Proposal):
            flush()
            out.append(Section("proposal", part.id, proposal=part))
        else:
            if part.kind is BlockKind.ANNEX_HEADING:
                flush()
            run.append(part)
    flush()
    return out


def section_of_part(sections: list[Section], part_id: str) -> Section | None:
    for section in sections:
        if section.key == part_id or any(b.id == part_id for b in section.blocks):
            return section
    return None
