"""Revision marks: the word-level difference of a base text and a draft text.

The user edits clean text; marks are always derived from base and draft. The diff is tuned to mark
text the way a careful drafter does:

* whole words are compared, never characters inside a word;
* whitespace is carried by the word before it, so whitespace-only differences give no marks and a
  deleted word takes its own trailing space with it;
* a replaced phrase comes out as one deletion followed by one insertion: changes separated only by
  a short stretch of common punctuation or one small word are merged into one replacement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

from .inline import Inline, Run, normalize, plain_text


class Op(str, Enum):
    KEEP = "keep"
    INSERT = "ins"
    DELETE = "del"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text with its revision status; author and date come from received documents."""

    op: Op
    run: Run
    author: str | None = None
    date: str | None = None

    def __init__(self, op: Op, run: Run, author: str | None = None, date: str | None = None):
        # Kept by @dataclass; through the slot descriptors, as Run does: readers build one per
        # change of formatting or revision (10^5 in a large document), diffs one per change.
        _set_op(self, op)
        _set_run(self, run)
        _set_author(self, author)
        _set_date(self, date)

    @property
    def text(self) -> str:
        return self.run.text

    def with_text(self, text: str) -> Segment:
        return Segment(self.op, self.run.with_text(text), self.author, self.date)


_set_op, _set_run, _set_author, _set_date = (
    Segment.__dict__[name].__set__ for name in ("op", "run", "author", "date"))


Marks = tuple[Segment, ...]

# A token is a word (letters, digits and word-internal joiners), a single punctuation mark, or a
# footnote reference; each carries the whitespace that follows it.
_TOKEN = re.compile(r"(?:[\w][\w'’./\-]*[\w]|[\w]|[^\w\s])\s*|\s+", re.UNICODE)

# Common-text gaps this short (in tokens, punctuation included) between two changes are folded
# into one replacement, so "Guadalajara, 2010" -> "Busan, 2014" reads as one deletion + insertion.
_MERGE_GAP_TOKENS = 2
_MERGE_GAP_MAX_WORD = 4


class _Tokens:
    """A text split into word tokens, as parallel lists (cheaper than one object per token)."""

    __slots__ = ("texts", "runs", "keys")

    def __init__(self, content: Iterable[Run]):
        texts: list[str] = []
        runs: list[Run] = []
        keys: list = []
        lead = ""  # whitespace before the first token: carried by it, never compared
        for run in content:
            if run.footnote is not None:
                texts.append(run.text)
                runs.append(run)
                keys.append(("\0fn", run.text, run.footnote))
                continue
            pieces = _TOKEN.findall(run.text)
            if not pieces:
                continue
            if pieces[0].isspace():
                # whitespace that opens a run starts the run's first token (only the first
                # piece can be bare whitespace: every token takes the whitespace after it); a
                # run of nothing but whitespace goes with the token before it
                lead += pieces[0]
                pieces = pieces[1:]
                if not pieces:
                    if texts:
                        texts[-1] += lead
                        lead = ""
                    continue
            if lead:
                pieces[0] = lead + pieces[0]
                lead = ""
            texts.extend(pieces)
            runs.extend([run] * len(pieces))
            if run.plain:
                keys.extend([p.strip() for p in pieces])
            else:
                style = run.style_key()
                keys.extend([(p.strip(), style) for p in pieces])
        self.texts = texts
        self.runs = runs
        self.keys = keys


def token_keys(content: Iterable[Run]) -> list:
    """What the diff compares: one key per word token (for tests and benchmarks)."""
    return _Tokens(content).keys


def diff(base: Inline | None, draft: Inline | None) -> Marks:
    """Marks that turn base into draft. None base = all inserted; None draft = all deleted."""
    if base is None and draft is None:
        return ()
    if base is None:
        return tuple(Segment(Op.INSERT, r) for r in draft)
    if draft is None:
        return tuple(Segment(Op.DELETE, r) for r in base)
    if base == draft:
        return tuple(Segment(Op.KEEP, r) for r in draft)
    a = _Tokens(base)
    b = _Tokens(draft)
    out = _Packer()
    for tag, i1, i2, j1, j2 in _merge_short_gaps(_opcodes(a.keys, b.keys), a.texts):
        if tag == "equal":
            _keep(out, a, b, i1, i2, j1, j2)
            continue
        # whitespace both sides end with stays outside the marks: "[-United Nations-]{+UN+} "
        space = ""
        if i2 > i1 and j2 > j1:
            old_last, new_last = a.texts[i2 - 1], b.texts[j2 - 1]
            if old_last[-1:].isspace() and new_last[-1:].isspace() and old_last.strip() \
                    and new_last.strip():
                space = new_last[len(new_last.rstrip()):]
        if i2 > i1 and j2 > j1:
            old_first, new_first = a.texts[i1], b.texts[j1]
            lead = new_first[:len(new_first) - len(new_first.lstrip())]
            if lead and old_first[:1].isspace():
                # leading whitespace on both sides stays outside the marks too
                out.append(Op.KEEP, b.runs[j1], lead)
                out.add(Op.DELETE, a, i1, i2, trim=bool(space), lstrip=True)
                out.add(Op.INSERT, b, j1, j2, trim=bool(space), lstrip=True)
                if space:
                    out.append(Op.KEEP, b.runs[j2 - 1], space)
                continue
        out.add(Op.DELETE, a, i1, i2, trim=bool(space))
        out.add(Op.INSERT, b, j1, j2, trim=bool(space))
        if space:
            out.append(Op.KEEP, b.runs[j2 - 1], space)
    return out.result()


def _keep(out: _Packer, a: _Tokens, b: _Tokens, i1: int, i2: int, j1: int, j2: int) -> None:
    """Kept text takes the draft's spacing; where only one side has a space before the change
    that follows, the space goes into that side's mark, so that keep + delete still reads as the
    base text ("which[- countries;-]", not "which[-countries;-]")."""
    old_last, new_last = a.texts[i2 - 1], b.texts[j2 - 1]
    old_space = old_last[len(old_last.rstrip()):]
    new_space = new_last[len(new_last.rstrip()):]
    if old_space and not new_space and i2 < len(a.texts):
        out.add(Op.KEEP, b, j1, j2)
        out.append(Op.DELETE, a.runs[i2 - 1], old_space)
    elif new_space and not old_space and j2 < len(b.texts):
        out.add(Op.KEEP, b, j1, j2, trim=True)
        out.append(Op.INSERT, b.runs[j2 - 1], new_space)
    else:
        out.add(Op.KEEP, b, j1, j2)


def _opcodes(a: list, b: list) -> list:
    """SequenceMatcher opcodes, computed on what lies between the common head and tail only:
    drafting changes are local, so this keeps the quadratic part small."""
    n, m = len(a), len(b)
    head = 0
    limit = min(n, m)
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[n - 1 - tail] == b[m - 1 - tail]:
        tail += 1
    ops = []
    if head:
        ops.append(("equal", 0, head, 0, head))
    middle = SequenceMatcher(None, a[head:n - tail], b[head:m - tail], autojunk=False)
    for tag, i1, i2, j1, j2 in middle.get_opcodes():
        ops.append((tag, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        ops.append(("equal", n - tail, n, m - tail, m))
    return ops


def _merge_short_gaps(opcodes, texts: Sequence[str]):
    """Fold 'change, short equal gap, change' into one replace so marks do not interleave."""
    merged: list[list] = []
    for op in opcodes:
        tag, i1, i2, j1, j2 = op
        if (
            tag != "equal"
            and len(merged) >= 2
            and merged[-1][0] == "equal"
            and merged[-2][0] != "equal"
            and _is_short_gap(texts[merged[-1][1]:merged[-1][2]])
        ):
            merged.pop()
            first = merged.pop()
            merged.append(["replace", first[1], i2, first[3], j2])
        elif tag != "equal" and merged and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], i2, merged[-1][3], j2]
        else:
            merged.append([tag, i1, i2, j1, j2])
    return merged


def _is_short_gap(texts: Sequence[str]) -> bool:
    if len(texts) > _MERGE_GAP_TOKENS:
        return False
    return all(len(t.strip()) <= _MERGE_GAP_MAX_WORD for t in texts)


class _Packer:
    """Collects token ranges into segments: one segment per stretch of same op and formatting."""

    __slots__ = ("segments", "op", "run", "parts")

    def __init__(self):
        self.segments: list[Segment] = []
        self.op: Op | None = None
        self.run: Run | None = None
        self.parts: list[str] = []

    def add(self, op: Op, tokens: _Tokens, lo: int, hi: int, trim: bool = False,
            lstrip: bool = False) -> None:
        texts, runs = tokens.texts, tokens.runs
        for k in range(lo, hi):
            text = texts[k]
            if lstrip and k == lo:
                text = text.lstrip()
            if trim and k == hi - 1:
                text = text.rstrip()
            self.append(op, runs[k], text)

    def append(self, op: Op, run: Run, text: str) -> None:
        cur = self.run
        if (cur is not None and op is self.op and run.footnote is None and cur.footnote is None
                and (run is cur or run.style_key() == cur.style_key())):
            self.parts.append(text)
            return
        self._flush()
        self.op, self.run, self.parts = op, run, [text]

    def _flush(self) -> None:
        run = self.run
        if run is None:
            return
        text = "".join(self.parts)
        if text or run.footnote is not None:
            if text != run.text:
                run = Run(text, run.italic, run.bold, run.superscript, run.footnote)
            self.segments.append(Segment(self.op, run))

    def result(self) -> Marks:
        self._flush()
        self.run = None
        return tuple(self.segments)


def base_of(marks: Iterable[Segment]) -> Inline:
    """The text before the changes: kept and deleted runs."""
    return normalize(s.run for s in marks if s.op is not Op.INSERT)


def draft_of(marks: Iterable[Segment]) -> Inline:
    """The text after the changes: kept and inserted runs."""
    return normalize(s.run for s in marks if s.op is not Op.DELETE)


def count_changes(marks: Iterable[Segment]) -> tuple[int, int]:
    """(insertions, deletions): maximal runs of inserted / deleted text, as a reader counts them."""
    ins = dels = 0
    prev = None
    for s in marks:
        if s.op is not prev:
            if s.op is Op.INSERT:
                ins += 1
            elif s.op is Op.DELETE:
                dels += 1
        prev = s.op
    return ins, dels


def has_changes(marks: Iterable[Segment]) -> bool:
    return any(s.op is not Op.KEEP for s in marks)


def label_marks(base_label: str | None, draft_label: str | None) -> Marks:
    """A renumbered label reads as the old label deleted and the new one inserted."""
    if base_label == draft_label:
        return (Segment(Op.KEEP, Run(draft_label)),) if draft_label else ()
    out = []
    if base_label:
        out.append(Segment(Op.DELETE, Run(base_label)))
    if draft_label:
        out.append(Segment(Op.INSERT, Run(draft_label)))
    return tuple(out)


def marks_text(marks: Iterable[Segment]) -> str:
    """A compact plain rendering for tests and logs: [-deleted-]{+inserted+}."""
    parts = []
    for s in marks:
        if s.op is Op.KEEP:
            parts.append(s.text)
        elif s.op is Op.INSERT:
            parts.append("{+" + s.text + "+}")
        else:
            parts.append("[-" + s.text + "-]")
    return "".join(parts)


__all__ = [
    "Op",
    "Segment",
    "Marks",
    "diff",
    "base_of",
    "draft_of",
    "count_changes",
    "has_changes",
    "label_marks",
    "marks_text",
    "plain_text",
    "token_keys",
]
