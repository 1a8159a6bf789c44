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

    @property
    def text(self) -> str:
        return self.run.text


Marks = tuple[Segment, ...]

# A token is a word (letters, digits and word-internal joiners), a single punctuation mark, or a
# footnote reference; each carries the whitespace that follows it.
_TOKEN = re.compile(r"(?:[\w][\w'’./\-]*[\w]|[\w]|[^\w\s])\s*|\s+", re.UNICODE)

# Common-text gaps this short (in tokens, punctuation included) between two changes are folded
# into one replacement, so "Guadalajara, 2010" -> "Busan, 2014" reads as one deletion + insertion.
_MERGE_GAP_TOKENS = 2
_MERGE_GAP_MAX_WORD = 4


class _Token:
    __slots__ = ("text", "run", "key")

    def __init__(self, text: str, run: Run, key):
        self.text = text
        self.run = run
        self.key = key


def tokenize(content: Iterable[Run]) -> list[_Token]:
    """Split runs into word tokens; formatting is part of a token's identity."""
    out: list[_Token] = []
    for run in content:
        if run.footnote is not None:
            out.append(_Token(run.text, run, ("\0fn", run.text, run.footnote)))
            continue
        plain = run.plain
        for m in _TOKEN.finditer(run.text):
            piece = m.group()
            stripped = piece.rstrip()
            if not stripped:
                # leading whitespace of a run: glue it to the previous token, or keep it as a
                # token that compares equal to any whitespace
                if out:
                    prev = out[-1]
                    prev.text += piece
                else:
                    out.append(_Token(piece, run, " "))
                continue
            key = stripped if plain else (stripped, run.style_key())
            out.append(_Token(piece, run, key))
    return out


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
    a = tokenize(base)
    b = tokenize(draft)
    matcher = SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    opcodes = _merge_short_gaps(matcher.get_opcodes(), a)
    pieces: list[tuple[Op, _Token]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            pieces.extend((Op.KEEP, t) for t in b[j1:j2])
        else:
            _replace(pieces, a[i1:i2], b[j1:j2])
    return _pack(pieces)


def _replace(pieces: list, old: Sequence[_Token], new: Sequence[_Token]) -> None:
    """Deletion then insertion; whitespace both sides end with stays outside the marks."""
    space = ""
    if old and new:
        old_space = old[-1].text[len(old[-1].text.rstrip()) :]
        new_space = new[-1].text[len(new[-1].text.rstrip()) :]
        if old_space and new_space:
            space = new_space
            old = [*old[:-1], _trimmed(old[-1])]
            new = [*new[:-1], _trimmed(new[-1])]
    pieces.extend((Op.DELETE, t) for t in old)
    pieces.extend((Op.INSERT, t) for t in new)
    if space:
        pieces.append((Op.KEEP, _Token(space, new[-1].run, " ")))


def _trimmed(tok: _Token) -> _Token:
    return _Token(tok.text.rstrip(), tok.run, tok.key)


def _merge_short_gaps(opcodes, a: Sequence[_Token]):
    """Fold 'change, short equal gap, change' into one replace so marks do not interleave."""
    merged: list[list] = []
    for op in opcodes:
        tag, i1, i2, j1, j2 = op
        if (
            tag != "equal"
            and len(merged) >= 2
            and merged[-1][0] == "equal"
            and merged[-2][0] != "equal"
            and _is_short_gap(a[merged[-1][1] : merged[-1][2]])
        ):
            gap = merged.pop()
            first = merged.pop()
            merged.append(["replace", first[1], i2, first[3], j2])
            del gap
        elif tag != "equal" and merged and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], i2, merged[-1][3], j2]
        else:
            merged.append([tag, i1, i2, j1, j2])
    return merged


def _is_short_gap(tokens: Sequence[_Token]) -> bool:
    if len(tokens) > _MERGE_GAP_TOKENS:
        return False
    return all(len(t.text.strip()) <= _MERGE_GAP_MAX_WORD for t in tokens)


def _pack(pieces: list[tuple[Op, _Token]]) -> Marks:
    """Join neighbouring tokens of the same op and formatting into segments."""
    out: list[Segment] = []
    cur_op = None
    cur_run: Run | None = None
    buf: list[str] = []

    def flush():
        if cur_run is not None and (buf or cur_run.footnote is not None):
            out.append(Segment(cur_op, cur_run.with_text("".join(buf))))

    for op, tok in pieces:
        run = tok.run
        if (
            cur_run is not None
            and op is cur_op
            and run.footnote is None
            and cur_run.footnote is None
            and run.style_key() == cur_run.style_key()
        ):
            buf.append(tok.text)
            continue
        flush()
        cur_op, cur_run, buf = op, run, [tok.text]
    flush()
    return tuple(out)



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
    "tokenize",
]
