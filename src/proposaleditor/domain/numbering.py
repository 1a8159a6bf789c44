"""Proposal numbers SYMBOL/DOC/SEQ: format, parse, derive from position, resequence.

In a document being drafted a proposal's number is derived from its position and the document's
numbering settings, never stored; numbers read from a received document are kept as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .proposals import Proposal

PLACEHOLDER = "XX"

_NUMBER = re.compile(
    r"""^\s*(?P<open>\[)?\s*
    (?P<symbols>[A-Z]{1,4}(?:/[A-Z]{1,4})*)
    /(?P<doc>\d+|[Xx]{2,3}|\[\d+\])(?:A(?P<add>\d+))?
    /(?P<seq>\d+|[Xx]{1,3})
    \s*(?P<close>\])?\s*$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class ProposalNumber:
    symbols: tuple[str, ...]
    document: str | None  # None = not yet assigned (shown as XX)
    addendum: int | None
    sequence: int | None
    bracketed: bool = False

    def __str__(self) -> str:
        doc = self.document or PLACEHOLDER
        if self.addendum:
            doc += f"A{self.addendum}"
        seq = str(self.sequence) if self.sequence is not None else PLACEHOLDER
        text = "/".join([*self.symbols, doc, seq])
        return f"[{text}]" if self.bracketed else text

    @classmethod
    def parse(cls, text: str) -> ProposalNumber:
        m = _NUMBER.match(text)
        if not m or bool(m.group("open")) != bool(m.group("close")):
            raise ValueError(f"not a proposal number: {text!r} (expected e.g. INS/82/1)")
        doc = m.group("doc").strip("[]")
        seq = m.group("seq")
        return cls(
            symbols=tuple(m.group("symbols").split("/")),
            document=None if doc.upper().startswith("X") else doc,
            addendum=int(m.group("add")) if m.group("add") else None,
            sequence=None if seq.upper().startswith("X") else int(seq),
            bracketed=bool(m.group("open")),
        )


def looks_like_number(text: str) -> bool:
    return bool(_NUMBER.match(text))


def derived_number(document: Document, sequence: int) -> ProposalNumber:
    meta = document.metadata
    return ProposalNumber(
        symbols=tuple(meta.symbols) or (PLACEHOLDER,),
        document=meta.document_number,
        addendum=meta.addendum,
        sequence=sequence,
        bracketed=document.numbering.bracketed,
    )


def numbers(document: Document) -> dict[str, str]:
    """Proposal id -> number as shown, for every proposal, in one pass."""
    out = {}
    for seq, proposal in enumerate(document.iter_proposals(), 1):
        if proposal.received_number is not None:
            out[proposal.id] = proposal.received_number
        else:
            out[proposal.id] = str(derived_number(document, seq))
    return out


def number_of(document: Document, proposal: Proposal) -> str:
    return numbers(document)[proposal.id]


def resequence(document: Document) -> None:
    """Drop numbers kept from a received file so every number follows document order again."""
    for proposal in document.iter_proposals():
        proposal.received_number = None


def set_document_number(document: Document, number: str | None, addendum: int | None = None,
                        *, keep_addendum: bool = False) -> None:
    """The one action once the secretariat has registered the document: 82, Addendum 1."""
    if number is not None:
        number = number.strip()
        if not re.fullmatch(r"\d+", number):
            raise ValueError(f"document number must be digits, got {number!r}")
    document.metadata.document_number = number
    if not keep_addendum:
        document.metadata.addendum = addendum
    document.numbering.bracketed = False
    resequence(document)
