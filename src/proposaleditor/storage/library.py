"""The base-text library: texts in force the user imported, kept for the next proposal.

Each entry is a small .itup file in the data folder holding one NOC proposal whose provisions are
the text in force (base and draft equal), named after its instrument: ``resolution-182.itup``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..domain.commands import clone_as_base
from ..domain.document import Document
from ..domain.inline import plain_text
from ..domain.proposals import Marker, Proposal
from ..domain.provisions import Provision, ProvisionKind
from ..formats import native
from ..formats.errors import FormatError

# A pasted or imported text in force has no proposal line of its own; the structure recognizer
# needs one to read what follows as a resolution, so a neutral one is put in front.
_NEUTRAL_PROPOSAL_LINE = "NOC XX/XX/1"


@dataclass(frozen=True)
class Entry:
    path: Path
    target: str  # "Resolution 182"
    title: str  # the instrument's title line, if any

    @property
    def label(self) -> str:
        return f"{self.target} · {self.title}" if self.title and self.target else (
            self.target or self.title or self.path.stem)


def _slug(text: str) -> str:
    slug = re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-")
    return slug[:60] or "base-text"


def _title_of(proposal: Proposal) -> str:
    for p in proposal.provisions:
        if p.kind is ProvisionKind.TITLE:
            return plain_text(p.base if p.base is not None else p.draft)
    return ""


class Library:
    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def add(self, proposal: Proposal) -> Entry:
        """Keep a base text; an entry for the same instrument is replaced by the newer one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = _slug(str(proposal.target) or _title_of(proposal))
        path = self.folder / f"{name}{native.EXTENSION}"
        native.save(Document(parts=[proposal]), path)
        return Entry(path, str(proposal.target), _title_of(proposal))

    def entries(self) -> list[Entry]:
        if not self.folder.is_dir():
            return []
        out = []
        for path in sorted(self.folder.glob(f"*{native.EXTENSION}")):
            proposal = self._read(path)
            if proposal is not None:
                out.append(Entry(path, str(proposal.target), _title_of(proposal)))
        return out

    def load(self, entry: Entry | str | os.PathLike) -> Proposal:
        path = entry.path if isinstance(entry, Entry) else Path(entry)
        proposal = self._read(path)
        if proposal is None:
            raise FormatError(path, "not a base text of the library")
        return proposal

    def remove(self, entry: Entry) -> None:
        entry.path.unlink(missing_ok=True)

    @staticmethod
    def _read(path: Path) -> Proposal | None:
        try:
            document = native.load(path)
        except FormatError:
            return None
        proposals = document.proposals
        return proposals[0] if proposals else None


def _in_force(provisions: list[Provision], tracked: bool) -> list[Provision]:
    """The provisions as in force: in someone's MOD, added provisions are not in force yet."""
    out = []
    for p in provisions:
        if tracked and p.base is None:
            continue
        copy = clone_as_base(p)
        copy.children = _in_force(p.children, tracked)
        out.append(copy)
    return out


def as_base_text(proposal: Proposal) -> Proposal:
    """A NOC proposal holding what a proposal's text in force is, with fresh ids."""
    return Proposal(Marker.NOC, target=proposal.target,
                    provisions=_in_force(proposal.provisions, proposal.marker.tracked))


def parse_base_text(text: str, name: str = "<pasted text>") -> Proposal:
    """Pasted text in force (a resolution, an article) as a base text."""
    from ..formats.text_reader import read_text

    text = text.strip()
    if not text:
        raise FormatError(name, "the text in force is empty")
    document = read_text(f"{_NEUTRAL_PROPOSAL_LINE}\n\n{text}\n", name=name)
    proposals = document.proposals
    if not proposals or not proposals[0].provisions:
        raise FormatError(name, "no resolution or provision text was recognised")
    return as_base_text(proposals[0])


def base_text_from_file(path: str | os.PathLike) -> Proposal:
    """The text in force from a DOCX, ODT or TXT file (Final Acts extract, earlier proposal)."""
    from ..formats.registry import read_document

    document = read_document(path)
    if document.proposals:
        return as_base_text(document.proposals[0])
    text = "\n\n".join(plain_text(b.text) for b in document.parts)
    return parse_base_text(text, name=str(path))
