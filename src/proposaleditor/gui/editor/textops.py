"""Editing clean inline text by offsets: what a keystroke does to a provision's draft.

The clause editor never reads text back from its widget: each keystroke becomes one of these
operations on the draft runs, the result goes to the document as a command, and the widget shows
the re-derived marks. Footnote references are atomic: touching one takes all of it.
"""

from __future__ import annotations

import re

from ...domain.inline import Inline, Run, normalize

_WORD_LEFT = re.compile(r"\w+\W*$|\W+$")
_WORD_RIGHT = re.compile(r"^\W*\w+|^\W+")


def _spans(content: Inline):
    pos = 0
    for run in content:
        yield pos, pos + len(run.text), run
        pos += len(run.text)


def _typed_like(run: Run | None, text: str) -> Run:
    """New text takes the look of the run it continues, never its footnote."""
    if run is None or run.footnote is not None:
        return Run(text)
    return Run(text, italic=run.italic, bold=run.bold, superscript=run.superscript)


def delete_range(content: Inline | None, start: int, end: int) -> Inline:
    content = content or ()
    if end <= start:
        return content
    out: list[Run] = []
    for a, b, run in _spans(content):
        if b <= start or a >= end:
            out.append(run)
        elif run.footnote is not None:
            continue  # a footnote reference goes as a whole
        else:
            keep = run.text[: max(start - a, 0)] + run.text[min(end - a, len(run.text)):]
            out.append(run.with_text(keep))
    return normalize(out)


def insert_text(content: Inline | None, offset: int, text: str) -> Inline:
    content = content or ()
    if not text:
        return content
    out: list[Run] = []
    inserted = False
    for a, b, run in _spans(content):
        if not inserted and a < offset < b and run.footnote is None:
            out += [run.with_text(run.text[: offset - a]), run.with_text(text),
                    run.with_text(run.text[offset - a:])]
            inserted = True
            continue
        if not inserted and offset == a:
            previous = out[-1] if out else None
            out.append(_typed_like(previous if previous is not None else run, text))
            inserted = True
        out.append(run)
    if not inserted:
        out.append(_typed_like(out[-1] if out else None, text))
    return normalize(out)


def replace_range(content: Inline | None, start: int, end: int, text: str) -> Inline:
    if end <= start:
        return insert_text(content, start, text)
    # typed text over a selection takes the look of the selection's first character
    look = None
    for a, b, run in _spans(content or ()):
        if a <= start < b:
            look = run
            break
    removed = delete_range(content, start, end)
    if look is None or look.footnote is not None:
        return insert_text(removed, start, text)
    return _insert_run(removed, start, _typed_like(look, text))


def _insert_run(content: Inline, offset: int, new: Run) -> Inline:
    out: list[Run] = []
    done = False
    for a, b, run in _spans(content):
        if not done and a < offset < b and run.footnote is None:
            out += [run.with_text(run.text[: offset - a]), new,
                    run.with_text(run.text[offset - a:])]
            done = True
            continue
        if not done and offset <= a:
            out.append(new)
            done = True
        out.append(run)
    if not done:
        out.append(new)
    return normalize(out)


def split_at(content: Inline | None, offset: int) -> tuple[Inline, Inline]:
    """(before, after): Enter in the middle of a provision."""
    content = content or ()
    total = sum(len(r.text) for r in content)
    return delete_range(content, offset, total), delete_range(content, 0, offset)


def word_start(text: str, offset: int) -> int:
    """Where Ctrl+Backspace deletes back to."""
    m = _WORD_LEFT.search(text[:offset])
    return m.start() if m else 0


def word_end(text: str, offset: int) -> int:
    """Where Ctrl+Delete deletes up to."""
    m = _WORD_RIGHT.search(text[offset:])
    return offset + m.end() if m else len(text)


def single_line(text: str) -> str:
    """Pasted text into one provision: line breaks become spaces, runs of spaces collapse."""
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", text).replace("\t", " ")
