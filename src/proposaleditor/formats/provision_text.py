"""A paragraph's revision marks made into a provision: its label split off, its base and draft
texts, the marks kept as received. Used by the structure recognizer for every reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.inline import Run, normalize, plain_text
from ..domain.provisions import Provision, ProvisionKind
from ..domain.revisions import Op, Segment, base_of, draft_of

if TYPE_CHECKING:
    from .source_paragraph import SourceParagraph


def split_marks(marks: tuple[Segment, ...], offset: int):
    """Split segments at a character offset of the full (all ops) text."""
    before: list[Segment] = []
    after: list[Segment] = []
    pos = 0
    for s in marks:
        t = s.run.text
        if pos + len(t) <= offset:
            before.append(s)
        elif pos >= offset:
            after.append(s)
        else:
            cut = offset - pos
            before.append(Segment(s.op, s.run.with_text(t[:cut]), s.author, s.date))
            after.append(Segment(s.op, s.run.with_text(t[cut:]), s.author, s.date))
        pos += len(t)
    return tuple(before), tuple(after)


def strip_marks(marks: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """Merge neighbouring segments of the same op, author, date and formatting, and trim the
    whitespace (and a label's tab) around the paragraph. One pass, and a segment that needs no
    change is kept as it is: this runs per paragraph."""
    out: list[Segment] = []
    merged: list[str] | None = None  # texts merged into out[-1], joined once
    for seg in marks:
        run = seg.run
        if run.footnote is None:
            if not run.text:
                continue
            if out:
                last = out[-1]
                prev = last.run
                if (last.op is seg.op and prev.footnote is None and last.author == seg.author
                        and last.date == seg.date and prev.italic == run.italic
                        and prev.bold == run.bold and prev.superscript == run.superscript):
                    if merged is None:
                        merged = [prev.text]
                    merged.append(run.text)
                    continue
        if merged is not None:
            out[-1] = out[-1].with_text("".join(merged))
            merged = None
        out.append(seg)
    if merged is not None:
        out[-1] = out[-1].with_text("".join(merged))
    start, stop = 0, len(out)
    while start < stop and out[start].run.footnote is None and out[start].run.text.isspace():
        start += 1
    while stop > start and out[stop - 1].run.footnote is None and (
            out[stop - 1].run.text.isspace()):
        stop -= 1
    out = out[start:stop]
    if out:
        first, last = out[0], out[-1]
        if first.run.footnote is None and first.run.text[0].isspace():
            out[0] = first = first.with_text(first.run.text.lstrip())
        if last.run.footnote is None and last.run.text[-1].isspace():
            out[-1] = out[-1].with_text(out[-1].run.text.rstrip())
    return tuple(out)


def strip_prefix(content, offset: int):
    """Runs after the first `offset` characters."""
    out: list[Run] = []
    pos = 0
    for r in content:
        t = r.text
        if pos + len(t) <= offset and r.footnote is None:
            pos += len(t)
            continue
        if pos < offset:
            out.append(r.with_text(t[offset - pos:]))
        else:
            out.append(r)
        pos += len(t)
    return tuple(out)


def strip_runs(content) -> tuple[Run, ...]:
    out = list(normalize(content))
    if out and out[0].footnote is None:
        out[0] = out[0].with_text(out[0].text.lstrip())
    if out and out[-1].footnote is None:
        out[-1] = out[-1].with_text(out[-1].text.rstrip())
    return normalize(out)


def _unmarked_label(marks: tuple[Segment, ...], label_end: int):
    """(label, remaining segments) when the label lies in unmarked text, else (None, marks):
    the common case, split without building segments for the label (readers do it per item)."""
    pos = 0
    for i, seg in enumerate(marks):
        run = seg.run
        if seg.op is not Op.KEEP or run.footnote is not None:
            return None, marks
        end = pos + len(run.text)
        if end >= label_end:
            label = "".join([s.run.text for s in marks[:i]]) + run.text[:label_end - pos]
            tail = run.text[label_end - pos:]
            rest = marks[i + 1:]
            if tail:
                rest = (Segment(Op.KEEP, run.with_text(tail), seg.author, seg.date),) + rest
            return label.strip() or None, rest
        pos = end
    return None, marks


def make_provision(kind: ProvisionKind, para: SourceParagraph,
                    label_end: int | None = None) -> Provision:
    if not para.has_marks:  # most paragraphs: base and draft are the same runs
        provision = _unchanged_provision(kind, para, label_end)
        if provision is not None:
            return provision
    # A paragraph mark changed alone (Enter pressed inside a paragraph, or two paragraphs
    # joined) leaves the text unmarked: a split or join, not an added or suppressed paragraph,
    # so the marks of the text decide. (Word and LibreOffice mark an added paragraph's text.)
    marks = para.marks
    label_marks: tuple[Segment, ...] | None = None
    plain_label = None
    if label_end is not None:
        plain_label, rest = _unmarked_label(marks, label_end)
        if plain_label is None:
            head, marks = split_marks(marks, label_end)
            notes = tuple(s for s in head if s.run.footnote is not None)
            if notes:  # a footnote on the number itself ("5.338A¹"): kept, at the text's start
                head = tuple(s for s in head if s.run.footnote is None)
                marks = notes + marks
            label_marks = strip_marks(head)
        else:
            marks = rest
    marks = strip_marks(marks)
    base_label = label = None
    if plain_label:
        base_label = label = plain_label
    elif label_marks:
        if all(s.op is Op.KEEP for s in label_marks):  # the usual unchanged label
            base_label = label = "".join([s.run.text for s in label_marks]).strip() or None
        else:
            base_label = plain_text(base_of(label_marks)).strip() or None
            label = plain_text(draft_of(label_marks)).strip() or None
    inserted = deleted = False
    for s in marks:
        if s.op is Op.INSERT:
            inserted = True
        elif s.op is Op.DELETE:
            deleted = True
    if not inserted and not deleted:
        # text without marks (already merged by strip_marks); the paragraph mark carried none
        content = tuple([s.run for s in marks])
        provision = Provision(kind, content, content, label, base_label)
    elif inserted and all(s.op is Op.INSERT for s in marks):
        # (the marks kept for their authors and dates)
        provision = Provision(kind, None, normalize([s.run for s in marks]), label, None,
                              received_marks=marks)
    elif deleted and all(s.op is Op.DELETE for s in marks):
        provision = Provision(kind, normalize([s.run for s in marks]), None, None, base_label,
                              received_marks=marks)
    else:
        provision = Provision(kind, base_of(marks), draft_of(marks), label, base_label,
                              received_marks=marks)
    if label_marks and not all(s.op is Op.KEEP for s in label_marks):
        provision.received_label_marks = label_marks
    return provision


def _unchanged_provision(kind: ProvisionKind, para: SourceParagraph,
                         label_end: int | None) -> Provision | None:
    """A provision of a paragraph without revision marks; None when its label is not plain
    text (a footnote mark inside it), which the general path handles."""
    runs = [s.run for s in para.marks]
    label = None
    if label_end is not None:
        pos = 0
        for i, run in enumerate(runs):
            if run.footnote is not None:
                return None
            end = pos + len(run.text)
            if end >= label_end:
                label = run.text[:label_end - pos]
                if i:
                    label = "".join([r.text for r in runs[:i]]) + label
                tail = run.text[label_end - pos:]
                runs = runs[i + 1:]
                if tail:
                    runs.insert(0, run.with_text(tail))
                label = label.strip() or None
                break
            pos = end
        else:
            return None
    content = _trimmed(runs)
    return Provision(kind, content, content, label, label)


def _trimmed(runs) -> tuple[Run, ...]:
    """Runs merged where their formatting is equal, the whitespace around them removed."""
    # a single run has nothing to merge (the usual item text after its label)
    out = tuple(runs) if len(runs) == 1 and runs[0].text else normalize(runs)
    start, stop = 0, len(out)
    while start < stop and out[start].footnote is None and out[start].text.isspace():
        start += 1
    while stop > start and out[stop - 1].footnote is None and out[stop - 1].text.isspace():
        stop -= 1
    if start or stop < len(out):
        out = out[start:stop]
    if out:
        first, last = out[0], out[-1]
        if first.footnote is None and first.text[0].isspace():
            out = (first.with_text(first.text.lstrip()), *out[1:])
        if last.footnote is None and last.text[-1].isspace():
            out = (*out[:-1], out[-1].with_text(out[-1].text.rstrip()))
    return out
