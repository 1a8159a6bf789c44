"""What every reader of received files (DOCX, ODT) shares after reading the file itself:
the paragraph-mark normalisation, the hand-off to the structure recognizer, and the GC pause."""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path

from ..domain.document import Document
from ..domain.inline import Footnote, Run, normalize
from ..domain.revisions import Op, Segment
from .errors import FormatError

# What a footnote reference's run carries as text; the mark itself is numbered by the writer.
FOOTNOTE_MARK = ""


@contextlib.contextmanager
def no_gc():
    """Reading allocates hundreds of thousands of small objects that all stay alive; the cyclic
    collector would rescan them again and again (a third of the read time) and finds nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def recognize(paragraphs: list, notes: list[str], path) -> Document:
    """Hand the readers' SourceParagraphs to the shared structure recognizer."""
    from .structure import build_document

    normalize_paragraph_marks(paragraphs)
    try:
        document = build_document(paragraphs, name=Path(path).name)
    except RecursionError:  # (structure bounds its nesting; this guards what it missed)
        raise FormatError(path, "document structure nested too deeply") from None
    document.import_notes[:0] = notes
    return document


def normalize_paragraph_marks(paragraphs: list) -> None:
    """Put a tracked paragraph mark on the paragraph that was inserted or deleted.

    Pressing Enter at the end of P and typing Q records P's mark as inserted and Q's text as
    inserted under the old mark (Word and LibreOffice both do this); deleting Q does the mirror.
    The text is the same either way, but the model wants Q itself to be the added or suppressed
    paragraph, so the mark moves over the run of wholly inserted (deleted) paragraphs after P.
    """
    def whole(i: int, op: Op) -> bool:
        marks = paragraphs[i].marks
        return bool(marks) and all(s.op is op for s in marks)

    n = len(paragraphs)
    keep = Op.KEEP
    # right to left: a deleted mark moved off the next paragraph lets this one's move on
    for i in range(n - 2, -1, -1):
        op = paragraphs[i].paragraph_op
        if op is keep or whole(i, op):
            continue
        j = i + 1
        while j < n and paragraphs[j].paragraph_op is op and whole(j, op):
            j += 1
        if j < n and j > i and paragraphs[j].paragraph_op is keep and whole(j, op):
            paragraphs[i].paragraph_op = keep
            paragraphs[j].paragraph_op = op


def ruby_note(guides: list[str]) -> list[str]:
    """The import note for phonetic guides (ruby), which the model does not hold."""
    if not guides:
        return []
    shown = ", ".join(repr(text) for text in guides[:3])
    return [f"{len(guides)} ruby annotation(s) (reading aids printed above the text) left out: "
            f"{shown}"]


def comments_note(count: int) -> list[str]:
    """The import note for reviewers' comments, which the model does not hold."""
    return [f"{count} comment(s) left out (comments are not part of a proposal)"] if count else []


def join_items(items: list, made: dict | None = None) -> tuple[Segment, ...]:
    """Join (key, text, footnote) items of equal key into Segments.

    made: Segments already built by this reader, by (key, text). Segments are immutable, and a
    document repeats many (labels, call words, tabs, "Reasons:"); sharing them saves building a
    Segment and its Run, the costliest step of reading a paragraph.
    """
    if made is None:
        made = {}
    out: list[Segment] = []
    key = texts = None
    for item_key, text, note in items:
        if note is None and (item_key is key or item_key == key):
            texts.append(text)
            continue
        if texts is not None:  # the texts of the key before: one Segment, shared when seen
            joined = texts[0] if len(texts) == 1 else "".join(texts)
            out.append(_shared(made, key, joined))
        if note is None:
            key, texts = item_key, [text]
        else:
            key = texts = None
            op, _i, _b, _s, author, date = item_key
            out.append(Segment(op, Run(text, footnote=note), author, date))
    if texts is not None:
        joined = texts[0] if len(texts) == 1 else "".join(texts)
        out.append(_shared(made, key, joined))
    return tuple(out)


def _shared(made: dict, key: tuple, text: str) -> Segment:
    """The Segment of text with key, shared when a short text repeats (long texts seldom do,
    and are not worth a look-up)."""
    if len(text) > _SHARED_LENGTH:
        return _segment(key, text)
    found = made.get((key, text))
    if found is None:
        found = made[(key, text)] = _segment(key, text)
    return found


_SHARED_LENGTH = 48


def _segment(key: tuple, text: str) -> Segment:
    op, italic, bold, sup, author, date = key
    return Segment(op, Run(text, italic, bold, sup), author, date)


def note_versions(paragraphs: list[tuple[Segment, ...]]) -> tuple:
    """(base, draft, author, date): a footnote as in the base text and as proposed, from the
    marks of its paragraphs; the same Footnote twice when the note itself is unchanged. A note
    deleted whole is the base text's (its reference is deleted with it)."""
    segments = [s for marks in paragraphs for s in marks]
    changed = next((s for s in segments if s.op is not Op.KEEP), None)
    if changed is None or all(s.op is Op.DELETE for s in segments):
        note = _note(paragraphs, None)
        return note, note, None, None
    base, draft = _note(paragraphs, Op.INSERT), _note(paragraphs, Op.DELETE)
    if base == draft:
        return draft, draft, None, None
    return base, draft, changed.author, changed.date


def _note(paragraphs: list[tuple[Segment, ...]], left_out: Op | None) -> Footnote:
    runs: list[Run] = []
    for marks in paragraphs:
        if runs:
            runs.append(Run(" "))
        runs.extend(s.run for s in marks if s.op is not left_out)
    merged = list(normalize(runs))
    while merged and merged[0].footnote is None and not merged[0].text.strip():
        merged.pop(0)
    if merged and merged[0].footnote is None and merged[0].text[:1].isspace():
        merged[0] = merged[0].with_text(merged[0].text.lstrip())
    return Footnote(tuple(merged))


def reference_items(key: tuple, mark: str, versions: tuple) -> list:
    """The (key, text, footnote) items of a footnote reference. A note changed inside (its
    reference kept) reads as its base version's reference deleted and the proposed one's
    inserted, which is how the model and the writers show a changed note."""
    base, draft, author, date = versions
    op = key[0]
    if base is draft or op is not Op.KEEP:
        return [(key, mark, base if op is Op.DELETE else draft)]
    _op, italic, bold, superscript, _author, _date = key
    return [((Op.DELETE, italic, bold, superscript, author, date), mark, base),
            ((Op.INSERT, italic, bold, superscript, author, date), mark, draft)]
