"""Clause alignment of 2..N texts of the same instrument, for side-by-side review.

A *source* is one proposal on the instrument (a received document's, or our own draft's), or the
base side of a proposal (the text in force). Provisions are aligned into rows:

1. structure first: identification parts by kind, calls and headings by their words, items by
   their label path under the call (*resolves* 2, *instructs the Secretary-General* 1 ii)), using
   BASE labels so an item renumbered by an insertion still lines up with its original;
2. then text similarity (multiset word overlap, the measure of difflib's quick_ratio, with a
   cutoff and a size bound that skips hopeless pairs) for what structure cannot place: inserted
   items, items renumbered without base labels, moved items, texts against another edition;
3. what still matches nothing becomes a row of its own, placed after the row of the source's
   previous provision.

Each row then knows whether the sources agree (identical drafts), differ, or conflict (two
sources change the same base words differently).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from .document import Document
from .inline import Inline, Run, plain_text
from .numbering import numbers
from .proposals import Marker, Proposal, Target
from .provisions import Provision, ProvisionKind
from .revisions import Marks, Op, Segment, diff, has_changes, marks_text

# A structural match whose texts share less than this is rejected (a label reused for other
# words, e.g. an item renumbered in a text read without its revision marks).
VERIFY_CUTOFF = 0.35
# Similarity needed to align two provisions that structure did not place.
MATCH_CUTOFF = 0.5
HEAD_MATCH_CUTOFF = 0.6

_HEAD_KINDS = {ProvisionKind.CALL, ProvisionKind.HEADING}
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")


class Agreement(str, Enum):
    AGREE = "agree"  # every source has the same draft
    DIFFER = "differ"  # drafts differ (or some sources lack the provision)
    CONFLICT = "conflict"  # two sources change the same base words differently


class CellStatus(str, Enum):
    ABSENT = "absent"
    ADDED = "added"
    MODIFIED = "modified"
    SUPPRESSED = "suppressed"
    UNCHANGED = "unchanged"
    BASE = "base"  # the base column: text in force


# -- sources ------------------------------------------------------------------------------------
@dataclass(eq=False)
class Source:
    """One column: a proposal on the instrument, or the base side of one (the text in force)."""

    name: str  # INS/82/2, ACP/12/40, or "Base"
    proposal: Proposal
    document: Document | None = None
    path: str | None = None
    submitter: str = ""
    base_side: bool = False
    own: bool = False  # our own draft: "Adopt" copies received wording into it

    @property
    def marker(self) -> Marker:
        return self.proposal.marker

    @property
    def heading(self) -> str:
        """Column heading: submitter over proposal number."""
        return f"{self.submitter}\n{self.name}" if self.submitter else self.name

    def base_column(self) -> Source:
        """The text in force as this proposal cites it."""
        return Source(name="Base", proposal=self.proposal, document=self.document,
                      path=self.path, submitter="Text in force", base_side=True)


def _key_text(text: str) -> str:
    return _SPACE.sub("", text).casefold().replace(".", "")


def target_label(target: Target) -> str:
    return str(target) or "(no target)"


def available_targets(documents: Iterable[Document]) -> dict[tuple[str, str], str]:
    """Target key -> how it reads ("Resolution 130"), over every proposal of the documents."""
    out: dict[tuple[str, str], str] = {}
    for document in documents:
        for proposal in document.iter_proposals():
            out.setdefault(proposal.target.key(), target_label(proposal.target))
    return out


def resolve_target(text: str, documents: Iterable[Document]) -> tuple[str, str] | None:
    """The target key a user typed ("Resolution 130", "res 130", "130"), or None if none fits.

    A bare number is accepted when it names a single instrument.
    """
    targets = available_targets(documents)
    wanted = _key_text(text)
    for key, label in targets.items():
        if _key_text(label) == wanted:
            return key
    # "Res 130": a prefix of the kind's name plus the number
    for key, label in targets.items():
        kind_word, _, number = label.rpartition(" ")
        if number and wanted.endswith(_key_text(number)):
            prefix = wanted[: len(wanted) - len(_key_text(number))]
            # (the kind's short title or its name: "CS 8", "Constitution 8")
            if prefix and (_key_text(kind_word).startswith(prefix)
                           or _key_text(key[0]).startswith(prefix)):
                return key
    bare = [key for key in targets if _key_text(key[1]) == wanted]
    return bare[0] if len(bare) == 1 else None


def find_sources(documents: Sequence[Document], key: tuple[str, str],
                 paths: Sequence[str | None] | None = None, own: Document | None = None
                 ) -> list[Source]:
    """Every proposal on the instrument ``key`` in the documents, named by proposal number."""
    out = []
    for i, document in enumerate(documents):
        numbered = numbers(document)
        submitter = document.metadata.source or "/".join(document.metadata.symbols)
        for proposal in document.iter_proposals():
            if proposal.target.key() != key:
                continue
            out.append(Source(name=numbered[proposal.id], proposal=proposal, document=document,
                              path=paths[i] if paths else document.received_from,
                              submitter=submitter, own=document is own))
    return out


# -- cells and rows -----------------------------------------------------------------------------
@dataclass(eq=False)
class Cell:
    source: Source
    provision: Provision

    @property
    def draft(self) -> Inline | None:
        """The text this source proposes (the base column: the text in force)."""
        return self.provision.base if self.source.base_side else self.provision.draft

    @property
    def base(self) -> Inline | None:
        return self.provision.base

    @property
    def label(self) -> str | None:
        p = self.provision
        if self.source.base_side:
            return p.base_label
        return p.label if p.draft is not None else p.base_label

    @property
    def status(self) -> CellStatus:
        if self.source.base_side:
            return CellStatus.BASE
        return CellStatus(self.provision.status.value)

    @property
    def marks(self) -> Marks:
        """The text's marks against the base (none in the base column)."""
        if self.source.base_side:
            return tuple(Segment(Op.KEEP, r) for r in self.provision.base or ())
        return self.provision.marks

    @property
    def label_marks(self) -> Marks:
        if self.source.base_side:
            label = self.provision.base_label
            return (Segment(Op.KEEP, Run(label)),) if label else ()
        return self.provision.label_marks

    @property
    def draft_text(self) -> str | None:
        draft = self.draft
        return None if draft is None else plain_text(draft)


@dataclass(eq=False)
class Row:
    index: int  # creation order; stable id within one comparison
    kind: ProvisionKind
    cells: list[Cell | None]
    path: tuple[str, ...] = ()  # labels from the call down: ("2", "a)")
    head: str = ""  # the call or heading this row sits under
    depth: int = 0
    agreement: Agreement = Agreement.AGREE
    changed: bool = False  # some source proposes a change here
    bases_differ: bool = False  # two sources cite different base texts for this provision

    @property
    def ref(self) -> str:
        """How a reader cites the row: 'resolves 2 a)', 'title', 'considering'."""
        if self.kind in _HEAD_KINDS:
            return _short(self.head)
        if self.kind is ProvisionKind.PROVISION_NUMBER:  # "No. 58": rows apart by their number
            number = next((c.provision.base_label or c.provision.label for c in self.cells
                           if c is not None and (c.provision.base_label or c.provision.label)),
                          None)
            return f"No. {number}" if number else "provision number"
        if self.kind.identification:
            return self.kind.value.replace("_", " ")
        labels = " ".join(p for p in self.path if p)
        if not any(c is not None and c.base is not None for c in self.cells):
            labels += " (added)"  # its label is a draft label: keep it apart from the base one
        return " ".join(x for x in (_short(self.head), labels.strip()) if x)

    @property
    def differs(self) -> bool:
        return self.agreement is not Agreement.AGREE

    def cell(self, i: int) -> Cell | None:
        return self.cells[i]

    def present(self) -> list[int]:
        return [i for i, c in enumerate(self.cells) if c is not None]


def _short(text: str) -> str:
    return _SPACE.sub(" ", text).strip().rstrip(",:;")


@dataclass
class Comparison:
    target: Target
    sources: list[Source]
    rows: list[Row]
    messages: list[str] = field(default_factory=list)
    bases_differ: bool = False

    def word_diff(self, row: Row, a: int, b: int) -> Marks:
        """Word-level difference from source ``a``'s draft to source ``b``'s in this row."""
        ca, cb = row.cells[a], row.cells[b]
        return diff(ca.draft if ca else None, cb.draft if cb else None)

    def differences(self) -> list[Row]:
        return [r for r in self.rows if r.differs]

    def index_of(self, source: Source) -> int:
        return self.sources.index(source)

    def to_json(self) -> dict:
        def cell_json(cell: Cell | None, source: Source) -> dict:
            if cell is None:
                return {"status": absent_status(source).value}
            out = {"status": cell.status.value, "label": cell.label,
                   "text": cell.draft_text, "provision": cell.provision.id}
            if cell.status is not CellStatus.BASE and cell.provision.base_label != cell.label:
                out["base_label"] = cell.provision.base_label
            if has_changes(cell.marks):
                out["marks"] = marks_text(cell.marks)
            return out

        return {
            "target": target_label(self.target),
            "bases_differ": self.bases_differ,
            "messages": list(self.messages),
            "sources": [{"name": s.name, "submitter": s.submitter, "marker": s.marker.value,
                         "file": s.path, "base": s.base_side} for s in self.sources],
            "rows": [{"ref": r.ref, "kind": r.kind.value, "agreement": r.agreement.value,
                      "changed": r.changed, "bases_differ": r.bases_differ,
                      "cells": [cell_json(c, s) for c, s in zip(r.cells, self.sources)]}
                     for r in self.rows],
        }


def absent_status(source: Source) -> CellStatus:
    """What a source without the row's provision says about it."""
    # a SUP of the whole instrument shows the identification only: the rest is suppressed
    if source.marker in (Marker.SUP, Marker.SUP_MOVED) and not source.base_side:
        return CellStatus.SUPPRESSED
    return CellStatus.ABSENT


# -- flattening ---------------------------------------------------------------------------------
class _Entry:
    """A provision of one source in document order, with what alignment needs."""

    __slots__ = ("cell", "kind", "head", "path", "depth", "order", "_base", "_draft", "row",
                 "head_key", "labels")

    def __init__(self, cell: Cell, head: _Entry | None, path: tuple[str, ...] | None,
                 depth: int, order: int):
        self.cell = cell
        self.kind = cell.provision.kind
        self.head = head
        self.path = path  # None: no structural key (an added item, or under one)
        self.depth = depth
        self.order = order
        self._base: Counter | None = None
        self._draft: Counter | None = None
        self.row: Row | None = None
        self.head_key: tuple | None = None
        self.labels: tuple[str, ...] = ()  # shown labels from the call down (base if in force)

    @property
    def base_tokens(self) -> Counter:
        if self._base is None:
            self._base = _tokens(self.cell.base)
        return self._base

    @property
    def draft_tokens(self) -> Counter:
        if self._draft is None:
            self._draft = _tokens(self.cell.draft)
        return self._draft


def _tokens(content: Inline | None) -> Counter:
    return Counter(_WORD.findall(plain_text(content).casefold())) if content else Counter()


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold().rstrip(",:;. ")


def _flatten(source: Source) -> list[_Entry]:
    out: list[_Entry] = []

    def visit(provisions: list[Provision], head: _Entry | None, parent_path, depth: int,
              labels: tuple[str, ...] = ()):
        ordinals: Counter = Counter()  # like siblings in force: the structural key
        seen: Counter = Counter()  # like siblings as printed: the reference shown
        for p in provisions:
            if source.base_side and p.base is None:
                continue  # an addition has no text in force
            cell = Cell(source, p)
            if p.kind in _HEAD_KINDS:
                entry = _Entry(cell, None, (), 0, len(out))
                out.append(entry)
                visit(p.children, entry, (), 1)
                continue
            if p.kind.identification or p.kind is ProvisionKind.PROVISION_NUMBER:
                entry = _Entry(cell, None, (), 0, len(out))
                out.append(entry)
                visit(p.children, head, (), depth)
                continue
            path = None
            if parent_path is not None and p.base is not None:
                step = p.base_label.strip() if p.base_label else None
                if not step or step == "–":
                    # unlabelled paragraphs and dashes: their place among like siblings in force
                    ordinals[p.kind] += 1
                    step = f"{p.kind.value}#{ordinals[p.kind]}"
                path = (*parent_path, step)
            entry = _Entry(cell, head, path, depth, len(out))
            shown = p.base_label if p.base is not None and p.base_label else p.label
            if not shown or shown == "–":
                # unlabelled paragraphs and dashes are cited by their place: ¶2, –3
                seen[p.kind] += 1
                shown = f"{'–' if p.kind is ProvisionKind.DASH_ITEM else '¶'}{seen[p.kind]}"
            entry.labels = (*labels, shown)
            out.append(entry)
            visit(p.children, head, path, depth + 1, entry.labels)

    visit(source.proposal.provisions, None, (), 0)
    return out


def _is_head(kind: ProvisionKind) -> bool:
    """Matched by kind and words, not by label: calls, headings, identification parts."""
    return kind in _HEAD_KINDS or kind.identification or kind is ProvisionKind.PROVISION_NUMBER


def _head_key(entry: _Entry) -> tuple:
    cell = entry.cell
    text = cell.base if cell.base is not None else cell.draft
    if entry.kind in _HEAD_KINDS:
        return (entry.kind.value, _norm(plain_text(text)))
    if entry.kind is ProvisionKind.PROVISION_NUMBER:  # matched by its number, not its place
        number = cell.provision.base_label or cell.provision.label or ""
        return (entry.kind.value, number.strip().upper())
    return (entry.kind.value,)


# -- similarity ---------------------------------------------------------------------------------
def similarity(a: Counter, b: Counter) -> float:
    """2*M/T over word multisets: difflib's quick_ratio on words, without building matchers."""
    total = a.total() + b.total()
    if not total:
        return 1.0
    if len(a) > len(b):
        a, b = b, a
    common = sum(min(n, b[w]) for w, n in a.items() if w in b)
    return 2.0 * common / total


def _bound(a: Counter, b: Counter) -> float:
    """Upper bound of similarity(a, b) from the sizes alone."""
    ta, tb = a.total(), b.total()
    return 2.0 * min(ta, tb) / (ta + tb) if ta + tb else 1.0


def _pair_score(entry: _Entry, rep: _Entry, cutoff: float) -> float:
    """Best similarity over the texts the two have (base to base first, then drafts)."""
    best = 0.0
    pairs = ((entry.base_tokens, rep.base_tokens), (entry.draft_tokens, rep.draft_tokens),
             (entry.base_tokens, rep.draft_tokens), (entry.draft_tokens, rep.base_tokens))
    for a, b in pairs:
        if not a or not b or _bound(a, b) < max(cutoff, best):
            continue
        best = max(best, similarity(a, b))
    return best


# -- alignment ----------------------------------------------------------------------------------
class _Aligner:
    def __init__(self, sources: list[Source]):
        self.sources = sources
        self.n = len(sources)
        self.rows: list[Row] = []
        self.reps: dict[int, _Entry] = {}  # row index -> the entry that created it
        self.head_index: dict[tuple, list[Row]] = {}
        self.item_index: dict[tuple, list[Row]] = {}
        self.head_row: dict[int, Row | None] = {}  # row index -> row of its call

    def run(self) -> list[Row]:
        for s, source in enumerate(self.sources):
            self.add_source(s, _flatten(source))
        return self.rows

    def add_source(self, s: int, entries: list[_Entry]) -> None:
        heads = [e for e in entries if _is_head(e.kind)]
        items = [e for e in entries if not _is_head(e.kind)]

        # 1. calls, headings and identification parts by their words (occurrence-counted)
        seen: Counter = Counter()
        for e in heads:
            key = _head_key(e)
            seen[key] += 1
            e.head_key = (*key, seen[key])
            self._take(s, e, self.head_index.get(e.head_key))
        self._by_similarity(s, [e for e in heads if e.row is None],
                            lambda e: [r for r in self.rows if r.kind is e.kind],
                            HEAD_MATCH_CUTOFF)

        # 1b. calls in another language ("décide" for "resolves"): the calls left over, paired
        #     in order with the call rows this source has no cell in, where the labels of
        #     their items are the same (labels do not change with the language)
        across = self._pair_calls_by_items(s, heads, items)

        # 2. items by label path under the matched call, verified by their words
        for e in items:
            if e.path is None:
                continue
            head_row = e.head.row if e.head else None
            if e.head is not None and head_row is None:
                continue
            key = (head_row.index if head_row else -1, e.path)
            # (under a call paired across languages the words cannot verify the label)
            self._take(s, e, self.item_index.get(key), verify=e.head not in across)

        # 3. similarity: first under the same call, then anywhere (moved items)
        left = [e for e in items if e.row is None]
        if left:
            self._by_similarity(
                s, left, lambda e: [r for r in self.rows if not _is_head(r.kind)
                                    and self.head_row.get(r.index) is _row_of(e.head)],
                MATCH_CUTOFF)
            left = [e for e in left if e.row is None]
        if left:
            self._by_similarity(s, left, lambda e: [r for r in self.rows
                                                    if not _is_head(r.kind)],
                                MATCH_CUTOFF)

        # 4. a call still unplaced whose words changed (another edition) goes where most of its
        #    items went
        for e in heads:
            if e.row is None and e.kind in _HEAD_KINDS:
                votes = Counter(self.head_row.get(c.row.index) for c in items
                                if c.head is e and c.row is not None)
                for row, _n in votes.most_common():
                    if row is not None and row.cells[s] is None and row.kind is e.kind:
                        self._assign(s, e, row)
                        break

        # 5. the rest: new rows after the source's previous provision
        prev: Row | None = None
        for e in entries:
            if e.row is None:
                self._new_row(s, e, after=prev)
            prev = e.row

    def _pair_calls_by_items(self, s: int, heads: list[_Entry], items: list[_Entry]) -> set:
        """The calls paired (see add_source, 1b)."""
        paired: set = set()
        calls = [e for e in heads if e.row is None and e.kind is ProvisionKind.CALL]
        if not calls:
            return paired
        rows = [r for r in self.rows if r.kind is ProvisionKind.CALL and r.cells[s] is None]
        if len(rows) != len(calls):
            return paired
        under: dict[int, list] = {}
        for key, found in self.item_index.items():
            if key[0] >= 0:
                under.setdefault(key[0], []).extend([key[1]] * len(found))
        for e, row in zip(calls, rows):
            labels = sorted(c.path for c in items if c.head is e and c.path is not None)
            if labels and labels == sorted(under.get(row.index, [])):
                self._assign(s, e, row)
                paired.add(e)
        return paired

    # -- helpers --------------------------------------------------------------------------------
    def _take(self, s: int, e: _Entry, candidates: list[Row] | None, verify=False) -> bool:
        for row in candidates or ():
            if row.cells[s] is not None:
                continue
            if verify and _pair_score(e, self.reps[row.index], 0.0) < VERIFY_CUTOFF:
                continue
            self._assign(s, e, row)
            return True
        return False

    def _assign(self, s: int, e: _Entry, row: Row) -> None:
        row.cells[s] = e.cell
        e.row = row
        self._index(e, row)

    def _index(self, e: _Entry, row: Row) -> None:
        if e.head_key is not None:
            self.head_index.setdefault(e.head_key, []).append(row)
        elif e.path is not None:
            head_row = _row_of(e.head)
            key = (head_row.index if head_row else -1, e.path)
            self.item_index.setdefault(key, []).append(row)

    def _by_similarity(self, s: int, entries: list[_Entry], candidates, cutoff: float) -> None:
        scored = []
        for e in entries:
            for row in candidates(e):
                if row.cells[s] is not None:
                    continue
                score = _pair_score(e, self.reps[row.index], cutoff)
                if score >= cutoff:
                    scored.append((score, -abs(row.index - e.order), e.order, row.index, e, row))
        scored.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
        for _score, _d, _o, _i, e, row in scored:
            if e.row is None and row.cells[s] is None:
                self._assign(s, e, row)

    def _new_row(self, s: int, e: _Entry, after: Row | None) -> None:
        head_row = _row_of(e.head)
        cell = e.cell
        row = Row(index=len(self.reps), kind=e.kind, cells=[None] * self.n,
                  path=e.labels, head=_head_text(e), depth=e.depth)
        self.reps[row.index] = e
        self.head_row[row.index] = head_row
        if after is None:
            pos = 0
        else:
            pos = self.rows.index(after) + 1
            # after rows other sources inserted at the same place, not between them
            while (pos < len(self.rows) and self.rows[pos].cells[s] is None
                   and all(c is None or c.base is None for c in self.rows[pos].cells)
                   and not _is_head(self.rows[pos].kind)):
                pos += 1
        self.rows.insert(pos, row)
        row.cells[s] = cell
        e.row = row
        self._index(e, row)


def _row_of(entry: _Entry | None) -> Row | None:
    return entry.row if entry is not None else None


def _head_text(e: _Entry) -> str:
    head = e.cell if e.kind in _HEAD_KINDS else (e.head.cell if e.head else None)
    if head is None:
        return ""
    return plain_text(head.draft if head.draft is not None else head.base)


# -- agreement ----------------------------------------------------------------------------------
def _spans(cell: Cell) -> list[tuple[int, int, str]]:
    """The changes a cell makes, as (start, end) in base characters plus the inserted text.

    A replacement (deletion followed by insertion) is one change; a pure insertion has start ==
    end; a suppression covers the whole base.
    """
    out: list[tuple[int, int, str]] = []
    pos = 0
    start = None
    inserted: list[str] = []
    for seg in cell.marks:
        if seg.op is Op.KEEP:
            if start is not None:
                out.append((start, pos, "".join(inserted)))
                start, inserted = None, []
            pos += len(seg.text)
            continue
        if start is None:
            start = pos
        if seg.op is Op.DELETE:
            pos += len(seg.text)
        else:
            inserted.append(seg.text)
    if start is not None:
        out.append((start, pos, "".join(inserted)))
    return out


def _collide(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    if (a[0], a[1], _norm(a[2])) == (b[0], b[1], _norm(b[2])):
        return False  # the same change
    a_empty, b_empty = a[0] == a[1], b[0] == b[1]
    if a_empty and b_empty:
        return a[0] == b[0]
    # an insertion at either end of another source's replacement is a conflict too: the two
    # cannot be merged without choosing an order (diff3 is as strict)
    if a_empty:
        return b[0] <= a[0] <= b[1]
    if b_empty:
        return a[0] <= b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def _conflict(a: Cell, b: Cell) -> bool:
    if a.base is None or b.base is None:
        return False  # no base words to disagree on
    if a.draft is None or b.draft is None:
        # suppressed in one, changed in the other
        return (a.draft is not None and has_changes(a.marks)) or (
            b.draft is not None and has_changes(b.marks))
    spans_b = _spans(b)
    return any(_collide(x, y) for x in _spans(a) for y in spans_b)


def _draft_key(cell: Cell | None, source: Source, base: str | None):
    if cell is None:
        if source.base_side:
            return ("absent",)
        if source.marker in (Marker.SUP, Marker.SUP_MOVED):
            return ("suppressed",)
        if source.marker is Marker.NOC and base is not None:
            return ("text", base)
        return ("absent",)
    draft = _wording(cell)
    return ("suppressed",) if draft is None else ("text", *draft)


def _wording(cell: Cell) -> tuple[str, ...] | None:
    """What a cell proposes: its text, and the text of its footnotes (a note changed inside
    changes the proposal as much as its sentence does); None when it suppresses."""
    draft = cell.draft
    if draft is None:
        return None
    notes = tuple(run.footnote.text for run in draft if run.footnote is not None)
    return (_SPACE.sub(" ", plain_text(draft)).strip(), *notes)


def _judge(row: Row, sources: list[Source]) -> None:
    # the text in force is a reference, not a party, unless a single proposal faces it
    parties = [i for i, s in enumerate(sources) if not s.base_side]
    if len(parties) < 2:
        parties = list(range(len(sources)))
    cells = [(i, row.cells[i]) for i in parties]
    bases = {_SPACE.sub(" ", plain_text(c.base)).strip() for _i, c in enumerate(row.cells)
             if c is not None and c.base is not None}
    row.bases_differ = len(bases) > 1
    ref_base = next(iter(bases)) if len(bases) == 1 else None
    keys = {_draft_key(c, sources[i], ref_base) for i, c in cells}
    row.changed = any(
        (c is not None and c.status not in (CellStatus.UNCHANGED, CellStatus.BASE))
        or (c is None and sources[i].marker in (Marker.SUP, Marker.SUP_MOVED))
        for i, c in cells)
    if len(keys) <= 1:
        row.agreement = Agreement.AGREE
        return
    row.agreement = Agreement.DIFFER
    present = [c for _i, c in cells if c is not None]
    for x in range(len(present)):
        for y in range(x + 1, len(present)):
            a, b = present[x], present[y]
            if _wording(a) == _wording(b):
                continue
            if _SPACE.sub(" ", plain_text(a.base)) != _SPACE.sub(" ", plain_text(b.base)):
                continue  # spans of different bases are not comparable
            if _conflict(a, b):
                row.agreement = Agreement.CONFLICT
                return


# -- entry point --------------------------------------------------------------------------------
def compare(sources: Sequence[Source], target: Target | None = None) -> Comparison:
    """Align the sources' provisions into rows and judge each row."""
    sources = list(sources)
    if len(sources) < 1:
        raise ValueError("nothing to compare: no source")
    target = target or sources[0].proposal.target
    rows = _Aligner(sources).run()
    for row in rows:
        _judge(row, sources)
    comparison = Comparison(target=target, sources=sources, rows=rows)
    _report_bases(comparison)
    return comparison


def _report_bases(comparison: Comparison) -> None:
    differing = [r for r in comparison.rows if r.bases_differ]
    if not differing:
        return
    comparison.bases_differ = True
    first = differing[0]
    names = [comparison.sources[i].name for i in first.present()
             if first.cells[i].base is not None]
    comparison.messages.append(
        f"the sources cite different texts in force in {len(differing)} row(s), first at "
        f"{first.ref or first.kind.value} ({', '.join(names)}): they may amend different "
        f"editions; rows were aligned anyway")


def compare_documents(documents: Sequence[Document], target: tuple[str, str] | Target,
                      *, base: bool = False, paths: Sequence[str | None] | None = None,
                      own: Document | None = None) -> Comparison:
    """Find the instrument in every document and compare; ``base`` adds the text in force first."""
    key = target.key() if isinstance(target, Target) else target
    sources = find_sources(documents, key, paths=paths, own=own)
    if not sources:
        raise LookupError(f"no proposal on {key[1]} in the documents")
    if base:
        with_base = next((s for s in sources if s.marker.needs_base), None)
        if with_base is not None:
            sources.insert(0, with_base.base_column())
    return compare(sources, sources[-1].proposal.target)


__all__ = [
    "Agreement",
    "absent_status",
    "CellStatus",
    "Source",
    "Cell",
    "Row",
    "Comparison",
    "available_targets",
    "resolve_target",
    "find_sources",
    "compare",
    "compare_documents",
    "similarity",
]
