"""Plain-text proposals (like the bundled example) into the model.

Markup understood: `~~deleted~~`, `**bold**`, `*italic*`, superscript digits as footnote marks
with their bodies on a line of their own (`¹ To be formalized ...`), `- ` list bullets, indented
sub-items. Lines broken by page ends are joined back. The structure itself (cover, proposals,
calls, items) is recognised by formats/structure.py, shared with the DOCX and ODT readers.

Plain text has lost the underline of inserted text, so base = the text with the deletions and
draft = the text without them; a struck two-digit label `~~57~~` is the old label 5 deleted and the
new label 7 inserted, as the format notes say.
"""

from __future__ import annotations

import os
import re

from ..domain.inline import Footnote, Run
from ..domain.revisions import Op, Segment
from .errors import FormatError
from .source_paragraph import SourceParagraph, plain_paragraph
from .structure import build_document, is_call

MAX_BYTES = 20 * 1024 * 1024
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_BODY = re.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s+(\S.*)$")
_STAR_NOTE = re.compile(r"^\s*(\*{1,3})\s+(\S.*)$")
_RULE = re.compile(r"^\s*_{4,}\s*$")
_BULLET = re.compile(r"^(\s*)([-–•])\s+")
_LEADING_LABEL = re.compile(r"^(\(?[a-z]{1,3}\)|\(?[ivx]{1,6}\)|\(?\d{1,3}\)?)(\t|\s)")
_STRUCK_LABEL = re.compile(r"^~~(\d{2,4})~~(?=\s)")
_MARKUP = re.compile(rf"(~~|\*\*|\*|[{SUPERSCRIPT_DIGITS}]+)")
_MAX_JOIN = 4
_PROPOSAL_START = re.compile(r"^\s*(ADD|MOD|\(MOD\)|SUP|NOC)\*?\s+\[?[A-Z]{1,4}/")


def read(path: str | os.PathLike) -> Document:  # noqa: F821 - Document from structure
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise FormatError(path, f"text file too large ({size // 1024 // 1024} MB; limit "
                                    f"{MAX_BYTES // 1024 // 1024} MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise FormatError(path, exc.strerror or str(exc)) from None
    return read_text(decode(data, path), name=os.path.basename(str(path)))


def decode(data: bytes, path) -> str:
    if b"\0" in data[:4096]:
        raise FormatError(path, "not a text file (binary content)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(text: str, name: str = "<text>"):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    footnotes, lines = _take_footnotes(lines)
    paragraphs = [_paragraph(raw, footnotes) for raw in _join_lines(lines)]
    return build_document(paragraphs, name=name)


# -- lines to logical paragraphs --------------------------------------------------------------
def _take_footnotes(lines: list[str]) -> tuple[dict[str, Footnote], list[str]]:
    """Footnote bodies, by their mark: superscript digits anywhere, and '*' marks (ITU's notes
    by the Secretariat) on the lines under a footnote rule ('_____')."""
    footnotes: dict[str, Footnote] = {}
    kept = []
    under_rule = False
    for line in lines:
        m = _FOOTNOTE_BODY.match(line) or (_STAR_NOTE.match(line) if under_rule else None)
        if m:
            footnotes.setdefault(m.group(1), Footnote((Run(m.group(2).strip()),)))
            continue
        kept.append(line)
        if line.strip():
            under_rule = bool(_RULE.match(line))
    return footnotes, kept


def _unbalanced_opener(text: str) -> bool:
    """Markup opened on this line and closed on a later one (a title broken over two lines)."""
    return any(text.count(mark) % 2 and not text.rstrip().endswith(mark) for mark in ("**", "~~"))


def _demarked(text: str) -> str:
    return text.replace("**", "").replace("~~", "").replace("*", "").strip()


def _ends_open(text: str) -> bool:
    """A paragraph that stops without closing punctuation was cut by a line or page end."""
    stripped = _demarked(text)
    return bool(stripped) and stripped[-1] not in ".;:"


def _join_lines(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    joins = 0
    in_proposals = False
    pending_open = False
    for line in lines:
        if not line.strip():
            pending_open = False if not paragraphs else pending_open
            continue
        if _PROPOSAL_START.match(line):
            in_proposals = True
        if paragraphs and joins < _MAX_JOIN and _continues(paragraphs[-1], line, in_proposals,
                                                            pending_open):
            paragraphs[-1] = paragraphs[-1].rstrip() + " " + line.strip()
            joins += 1
        else:
            paragraphs.append(line.rstrip())
            joins = 0
        pending_open = _unbalanced_opener(paragraphs[-1])
    return paragraphs


def _continues(previous: str, line: str, in_proposals: bool, open_markup: bool) -> bool:
    if open_markup:
        return True
    stripped = line.strip()
    if _BULLET.match(line) or _LEADING_LABEL.match(stripped) or _PROPOSAL_START.match(line):
        return False
    first = _demarked(stripped)[:1]
    if not first or not (first.islower() or first == "("):
        return False
    if is_call(plain_paragraph(_demarked(stripped))) or is_call(
        plain_paragraph(_demarked(previous.lstrip("- ")))
    ):
        return False
    prev = _demarked(previous)
    if not prev or prev[-1] in ".;:":
        return False
    if first == "(":
        # a line wholly in brackets stands alone: a reference line under a title ("(Montreal,
        # 2000; ...; Hammamet, 2016)"), "(See No. 2.1)" under a section heading
        return prev[-1] not in ",)" and not _demarked(stripped).endswith(")")
    if prev[-1] == ",":
        return in_proposals
    return True


# -- one paragraph: bullets, indentation, inline markup ---------------------------------------
def _paragraph(raw: str, footnotes: dict[str, Footnote]) -> SourceParagraph:
    level = 0
    bullet = False
    m = _BULLET.match(raw)
    if m:
        indent = len(m.group(1).expandtabs(4))
        rest = raw[m.end():]
        bullet = True
        if indent:
            level = 2
        raw = rest
    elif raw[:1].isspace():
        level = 2 if len(raw) - len(raw.lstrip()) >= 2 else 0
    text = raw.strip()
    segments = _label_segments(text)
    if segments is not None:
        label_segments, text = segments
    else:
        label_segments = []
    marks = tuple(label_segments) + _inline(text, footnotes)
    return SourceParagraph(marks=marks, level=level, bullet=bullet)


def _label_segments(text: str):
    """`~~57~~ text`: old label 5 struck, new label 7 inserted (their underline was lost)."""
    m = _STRUCK_LABEL.match(text)
    if not m:
        return None
    digits = m.group(1)
    best = None
    for cut in range(1, len(digits)):
        old, new = digits[:cut], digits[cut:]
        if new[0] != "0" and int(new) > int(old) and (best is None
                                                       or int(new) - int(old) < best[2]):
            best = (old, new, int(new) - int(old))
    if best is None:
        return None
    return [Segment(Op.DELETE, Run(best[0])), Segment(Op.INSERT, Run(best[1]))], text[m.end():]


def _balanced(text: str, mark: str) -> bool:
    if mark == "*":
        return text.replace("**", "").count("*") % 2 == 0
    return text.count(mark) % 2 == 0


def _inline(text: str, footnotes: dict[str, Footnote]) -> tuple[Segment, ...]:
    active = {m for m in ("~~", "**", "*") if _balanced(text, m)}
    deleted = bold = italic = False
    out: list[Segment] = []

    def emit(piece: str, footnote: Footnote | None = None):
        if not piece and footnote is None:
            return
        op = Op.DELETE if deleted else Op.KEEP
        run = Run(piece, italic=italic, bold=bold, superscript=footnote is not None,
                  footnote=footnote)
        if out and footnote is None and out[-1].op is op and out[-1].run.footnote is None \
                and out[-1].run.style_key() == run.style_key():
            out[-1] = Segment(op, out[-1].run.with_text(out[-1].run.text + piece))
        else:
            out.append(Segment(op, run))

    for token in _MARKUP.split(text):
        if token == "~~" and "~~" in active:
            deleted = not deleted
        elif token == "**" and "**" in active:
            bold = not bold
        elif token == "*" and "*" in active:
            italic = not italic
        elif token in ("*", "**") and token in footnotes:  # a star left over: a note's mark
            emit(token, footnotes[token])
        elif token and token[0] in SUPERSCRIPT_DIGITS:
            if token in footnotes:
                emit("", footnotes[token])  # marks are numbered on output, as by Word
            else:
                emit(token)
        else:
            emit(token)
    return _tidy_deletion_spaces(out)


def _tidy_deletion_spaces(segments: list[Segment]) -> tuple[Segment, ...]:
    """'Rev. ~~Hyderabad, 2010~~ Dubai': the space after the deletion goes with it, so the draft
    reads 'Rev. Dubai' and not 'Rev.  Dubai'."""
    out = list(segments)
    for i in range(len(out) - 1):
        prev = out[i - 1] if i else None
        seg, nxt = out[i], out[i + 1]
        if seg.op is not Op.DELETE or nxt.op is not Op.KEEP or not nxt.run.text.startswith(" "):
            continue
        before = prev.run.text[-1:] if prev is not None else ""
        # "Rev. ~~X~~ Dubai" and "(~~X~~ Busan": the space after the deletion is its own; not
        # in "Nations~~UN~~ entities", where it separates the words around the deletion
        if before in ("", " ", "(", "[", "\u201c", '"', "/"):
            out[i] = Segment(Op.DELETE, seg.run.with_text(seg.run.text + " "))
            out[i + 1] = Segment(Op.KEEP, nxt.run.with_text(nxt.run.text[1:]))
    return tuple(s for s in out if s.run.text or s.run.footnote is not None)
