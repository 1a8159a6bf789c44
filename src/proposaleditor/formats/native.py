"""The native file (.itup): UTF-8 JSON, format-versioned, stable key order, one line per provision.

Each provision sits on a line of its own (its children on the following lines), so a change to one
provision is a one-line change in version control. Keys come in a fixed order; default values are
left out.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

from ..domain.document import (
    BlockKind,
    Conference,
    Document,
    FreeBlock,
    Metadata,
    Numbering,
)
from ..domain.inline import Footnote, Inline, Run
from ..domain.proposals import Marker, Proposal, Target, TargetKind
from ..domain.provisions import Provision, ProvisionKind
from ..domain.revisions import Op, Segment
from ..storage.atomic import atomic_write
from .errors import FormatError

FORMAT_NAME = "proposaleditor"
FORMAT_VERSION = 1
EXTENSION = ".itup"

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


# -- writing ----------------------------------------------------------------------------------
def _run(run: Run) -> Any:
    if run.plain:
        return run.text
    out: dict[str, Any] = {"text": run.text}
    if run.italic:
        out["italic"] = True
    if run.bold:
        out["bold"] = True
    if run.superscript:
        out["superscript"] = True
    if run.footnote is not None:
        out["footnote"] = [_run(r) for r in run.footnote.runs]
    return out


def _runs(content: Inline | None) -> list | None:
    if content is None:
        return None
    return [r.text if r.plain else _run(r) for r in content]


# Enum .value is a descriptor call; a dict lookup is several times cheaper on large files.
_KIND_VALUES = {k: k.value for k in ProvisionKind}
_KINDS = {k.value: k for k in ProvisionKind}


def _marks(marks) -> list:
    out = []
    for s in marks:
        item = [s.op.value, _run(s.run)]
        if s.author is not None or s.date is not None:
            item += [s.author, s.date]
        out.append(item)
    return out


def _provision_head(p: Provision) -> dict:
    d: dict[str, Any] = {"id": p.id, "kind": _KIND_VALUES[p.kind]}
    if p.label is not None:
        d["label"] = p.label
    if p.base_label is not None:
        d["base_label"] = p.base_label
    d["base"] = _runs(p.base)
    d["draft"] = _runs(p.draft)
    if p.received_marks is not None:
        d["received_marks"] = _marks(p.received_marks)
    if p.received_label_marks is not None:
        d["received_label_marks"] = _marks(p.received_label_marks)
    return d


def _write_provisions(provisions: list[Provision], indent: str, out: list[str]) -> None:
    last = len(provisions) - 1
    for i, p in enumerate(provisions):
        head = _dumps(_provision_head(p))
        comma = "," if i < last else ""
        if p.children:
            out.append(f'{indent}{head[:-1]},"children":[')
            _write_provisions(p.children, indent + " ", out)
            out.append(f"{indent}]}}{comma}")
        else:
            out.append(f"{indent}{head}{comma}")


def _metadata(meta: Metadata) -> dict:
    c = meta.conference
    return {
        "conference": {"short": c.short, "name": c.name, "place": c.place, "dates": c.dates,
                       "year": c.year},
        "meeting": meta.meeting,
        "document_number": meta.document_number,
        "addendum": meta.addendum,
        "revision": meta.revision,
        "corrigendum": meta.corrigendum,
        "base_revision": meta.base_revision,
        "base_addendum": meta.base_addendum,
        "date": meta.date.isoformat() if meta.date else None,
        "language": meta.language,
        "original_languages": list(meta.original_languages),
        "source": meta.source,
        "symbols": list(meta.symbols),
        "title": meta.title,
        "agenda_item": meta.agenda_item,
        "agenda_text": meta.agenda_text,
    }


def dumps(document: Document) -> str:
    out = [
        "{\"format\":" + _dumps(FORMAT_NAME) + ",",
        f'"format_version":{FORMAT_VERSION},',
        '"metadata":' + _dumps(_metadata(document.metadata)) + ",",
        '"numbering":' + _dumps({"bracketed": document.numbering.bracketed}) + ",",
        '"received_from":' + _dumps(document.received_from) + ",",
        '"parts":[',
    ]
    last = len(document.parts) - 1
    for i, part in enumerate(document.parts):
        comma = "," if i < last else ""
        if isinstance(part, FreeBlock):
            d: dict[str, Any] = {"type": "block", "id": part.id, "kind": part.kind.value}
            if part.label is not None:
                d["label"] = part.label
            d["text"] = _runs(part.text)
            out.append(" " + _dumps(d) + comma)
            continue
        d = {
            "type": "proposal",
            "id": part.id,
            "marker": part.marker.value,
            "target": {"kind": part.target.kind.value, "number": part.target.number},
            "received_number": part.received_number,
            "reasons": _runs(part.reasons),
        }
        head = _dumps(d)
        out.append(f' {head[:-1]},"provisions":[')
        _write_provisions(part.provisions, "  ", out)
        out.append(f" ]}}{comma}")
    out.append("]}")
    return "\n".join(out) + "\n"


def save(document: Document, path: str | os.PathLike) -> None:
    atomic_write(path, dumps(document))


# -- reading ----------------------------------------------------------------------------------
class _Reader:
    """Builds domain objects from parsed JSON; shares identical plain runs to save memory."""

    def __init__(self):
        self.plain: dict[str, Run] = {}

    def run(self, item: Any) -> Run:
        if isinstance(item, str):
            run = self.plain.get(item)
            if run is None:
                run = self.plain[item] = Run(item)
            return run
        footnote = item.get("footnote")
        return Run(
            item["text"],
            italic=item.get("italic", False),
            bold=item.get("bold", False),
            superscript=item.get("superscript", False),
            footnote=Footnote(tuple(self.run(r) for r in footnote)) if footnote is not None
            else None,
        )

    def runs(self, items: list | None) -> Inline | None:
        if items is None:
            return None
        plain = self.plain
        out = []
        for item in items:
            if type(item) is str:
                run = plain.get(item)
                if run is None:
                    run = plain[item] = Run(item)
            else:
                run = self.run(item)
            out.append(run)
        return tuple(out)

    def marks(self, items: list | None):
        if items is None:
            return None
        return tuple(Segment(Op(i[0]), self.run(i[1]), *(i[2:4])) for i in items)

    def provision(self, d: dict) -> Provision:
        base = self.runs(d["base"])
        draft_raw = d["draft"]
        draft = base if draft_raw == d["base"] else self.runs(draft_raw)
        return Provision(
            kind=_KINDS[d["kind"]],
            base=base,
            draft=draft,
            label=d.get("label"),
            base_label=d.get("base_label"),
            children=[self.provision(c) for c in d.get("children", ())],
            id=d["id"],
            received_marks=self.marks(d.get("received_marks")),
            received_label_marks=self.marks(d.get("received_label_marks")),
        )

    def part(self, d: dict):
        if d["type"] == "block":
            return FreeBlock(kind=BlockKind(d["kind"]), text=self.runs(d["text"]) or (),
                             label=d.get("label"), id=d["id"])
        if d["type"] != "proposal":
            raise ValueError(f"unknown part type {d['type']!r}")
        target = d.get("target") or {}
        return Proposal(
            marker=Marker.parse(d["marker"]),
            target=Target(TargetKind(target.get("kind", "other")), target.get("number", "")),
            provisions=[self.provision(p) for p in d.get("provisions", ())],
            reasons=self.runs(d.get("reasons")) or (),
            id=d["id"],
            received_number=d.get("received_number"),
        )


def _metadata_from(d: dict) -> Metadata:
    c = d.get("conference") or {}
    date = d.get("date")
    return Metadata(
        conference=Conference(short=c.get("short", ""), name=c.get("name", ""),
                              place=c.get("place", ""), dates=c.get("dates", ""),
                              year=c.get("year")),
        meeting=d.get("meeting", ""),
        document_number=d.get("document_number"),
        addendum=d.get("addendum"),
        revision=d.get("revision"),
        corrigendum=d.get("corrigendum"),
        base_revision=d.get("base_revision"),
        base_addendum=d.get("base_addendum"),
        date=dt.date.fromisoformat(date) if date else None,
        language=d.get("language", "E"),
        original_languages=list(d.get("original_languages", ["E"])),
        source=d.get("source", ""),
        symbols=list(d.get("symbols", [])),
        title=d.get("title", ""),
        agenda_item=d.get("agenda_item", ""),
        agenda_text=d.get("agenda_text", ""),
    )


def loads(text: str | bytes, path: str = "<document>") -> Document:
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FormatError(path, f"not a ProposalEditor file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise FormatError(path, "not a ProposalEditor file")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise FormatError(path, "format version missing")
    if version > FORMAT_VERSION:
        raise FormatError(
            path,
            f"written by a newer ProposalEditor (file format {version}, this version reads up "
            f"to {FORMAT_VERSION}); update ProposalEditor to open it",
        )
    reader = _Reader()
    try:
        return Document(
            metadata=_metadata_from(data.get("metadata") or {}),
            parts=[reader.part(p) for p in data.get("parts", [])],
            numbering=Numbering(bracketed=bool((data.get("numbering") or {}).get("bracketed"))),
            received_from=data.get("received_from"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormatError(path, f"damaged ProposalEditor file ({type(exc).__name__}: {exc})") \
            from None


def load(path: str | os.PathLike) -> Document:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise FormatError(path, exc.strerror or str(exc)) from None
    return loads(data, str(path))
