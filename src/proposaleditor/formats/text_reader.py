"""Plain-text proposals (like the bundled example) into the model.

Markup understood: `~~deleted~~`, `**bold**`, `*italic*`, superscript digits as footnote marks
with their bodies on a line of their own (`¹ To be formalized ...`), `- ` list bullets, indented
sub-items. Lines broken by page ends are joined back; a copy of a PDF loses its page numbers and
running reference lines, and its hard-wrapped lines and hyphenated words are joined. The
structure itself (cover, proposals, calls, items) is recognised by formats/structure.py, shared
with the DOCX and ODT readers.

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
_PLAIN_NOTE = re.compile(r"^\s*(\d{1,2})\s+(\S.*)$")
# a note's number copied as a plain digit, glued to the word or punctuation it follows
_PLAIN_REFERENCE = re.compile(r"(?<=[^\W\d_]|[):;,])(\d{1,2})(?=[\s:;,.]|$)")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
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
    furniture = _page_furniture(lines)
    cited = set(_PLAIN_REFERENCE.findall(text))  # plain digits glued where a note is cited
    footnotes, lines = _take_footnotes(lines, furniture, cited)
    lines = [line.replace("\f", "") for i, line in enumerate(lines) if i not in furniture]
    hyphenated = set(_HYPHENATED.findall(text))
    paragraphs = [_paragraph(raw, footnotes)
                  for raw in _join_lines(lines, _wrap_width(lines), hyphenated)]
    return build_document(paragraphs, name=name)


# -- what a PDF copy adds: page furniture, hard line wraps --------------------------------------
# "- 2 -", the document's short reference ("PP14/82-E", "CMR19/44(Add.2)-E") heading each page
_PAGE_NUMBER = re.compile(r"^\f?\s*-\s*\d{1,4}\s*-\s*$")
_PAGE_REFERENCE = re.compile(r"^\f?\s*[A-Z]{1,5}\d{0,2}/\d+(\([^()]*\))*-[EFSACR]\s*$")
_BARE_NUMBER = re.compile(r"^\f?\s*\d{1,4}\s*$")
_HYPHENATED = re.compile(r"\b[^\W\d_]+-[^\W\d_]+\b")


def _page_furniture(lines: list[str]) -> set[int]:
    """Indexes of the lines a PDF repeats on every page: page numbers and the reference line.
    A bare number is one only at a page break or alone between blank lines (a Constitution
    provision's margin number stands alone under its proposal line)."""
    out = set()
    for i, line in enumerate(lines):
        alone = (not i or not lines[i - 1].strip()) and (
            i + 1 >= len(lines) or not lines[i + 1].strip())
        if _PAGE_NUMBER.match(line) or _PAGE_REFERENCE.match(line) or (
                _BARE_NUMBER.match(line) and (line.lstrip(" ").startswith("\f") or alone)):
            out.add(i)
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text (a PDF copy) was broken at; None for text with a line per
    paragraph. Wrapped text shows it: many full lines run straight on into a line in lower
    case."""
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 10 or max(lengths) > 110:
        return None
    widest = max(lengths)
    runs_on = sum(1 for line, after in zip(lines, lines[1:])
                  if len(line.rstrip()) >= widest * 0.8 and after.strip()[:1].islower())
    return widest if runs_on >= max(3, len(lengths) // 20) else None


# -- lines to logical paragraphs --------------------------------------------------------------
def _take_footnotes(lines: list[str], furniture: set[int] = frozenset(),
                    cited: set[str] = frozenset()) -> tuple[dict[str, Footnote], list[str]]:
    """Footnote bodies, by their mark: superscript digits anywhere; '*' marks (ITU's notes by
    the Secretariat) and plain numbers (Word's plain-text export, a PDF copy) on the lines under
    a footnote rule ('_____') or at a page's foot, above the next page's furniture. Lines
    dropped keep their places (blank) so that furniture indexes stay right."""
    footnotes: dict[str, Footnote] = {}
    kept = []
    under_rule = False
    for i, line in enumerate(lines):
        m = _FOOTNOTE_BODY.match(line)
        key = m.group(1) if m else None
        if m is None and (under_rule or _at_page_foot(lines, i, furniture)):
            m = _STAR_NOTE.match(line)
            key = m.group(1) if m else None
            plain = _PLAIN_NOTE.match(line) if m is None else None
            if plain and plain.group(1) in cited:  # (else an item "1  to do" at a page's foot)
                m, key = plain, plain.group(1).translate(_TO_SUPERSCRIPT)
        if m:
            footnotes.setdefault(key, Footnote((Run(m.group(2).strip()),)))
            kept.append("")
            continue
        kept.append(line)
        if line.strip():
            under_rule = bool(_RULE.match(line)) or (under_rule and i in furniture)
    return footnotes, kept


def _at_page_foot(lines: list[str], i: int, furniture: set[int]) -> bool:
    for j in range(i + 1, min(len(lines), i + 4)):
        if j in furniture:
            return True
        if lines[j].strip():
            return False
    return False


def _unbalanced_opener(text: str) -> bool:
    """Markup opened on this line and closed on a later one (a title broken over two lines)."""
    return any(text.count(mark) % 2 and not text.rstrip().endswith(mark) for mark in ("**", "~~"))


def _demarked(text: str) -> str:
    return text.replace("**", "").replace("~~", "").replace("*", "").strip()


def _ends_open(text: str) -> bool:
    """A paragraph that stops without closing punctuation was cut by a line or page end."""
    stripped = _demarked(text)
    return bool(stripped) and stripped[-1] not in ".;:"


def _join_lines(lines: list[str], wrap: int | None = None,
                hyphenated: set[str] = frozenset()) -> list[str]:
    paragraphs: list[str] = []
    joins = 0
    in_proposals = False
    pending_open = False
    last = ""  # the last line read, as it came (its length tells a hard wrap), "" after a gap
    for line in lines:
        if not line.strip():
            pending_open = False if not paragraphs else pending_open
            last = ""  # a blank line ends a wrapped paragraph
            continue
        if _PROPOSAL_START.match(line):
            in_proposals = True
        # (not on the cover and introduction, whose short lines of their own can reach as far)
        wrapped = in_proposals and wrap is not None and len(last.rstrip()) >= wrap - 20
        if paragraphs and joins < (_MAX_JOIN if wrap is None else 40) and _continues(
                paragraphs[-1], line, in_proposals, pending_open, wrapped):
            paragraphs[-1] = _joined(paragraphs[-1].rstrip(), line.strip(), hyphenated)
            joins += 1
        else:
            paragraphs.append(line.rstrip())
            joins = 0
        last = line
        pending_open = _unbalanced_opener(paragraphs[-1])
    return paragraphs


def _joined(before: str, after: str, hyphenated: set[str]) -> str:
    """Two pieces of a paragraph broken at a line end; a word hyphenated at the break is
    rejoined ('environ-' 'ment'), unless the text writes it with its hyphen elsewhere."""
    m = re.search(r"([^\W\d_]+)-$", before)
    if m and after[:1].islower():
        word = re.match(r"[^\W\d_]+", after)
        if word and f"{m.group(1)}-{word.group(0)}" not in hyphenated:
            return before[:-1] + after
        return before + after
    return before + " " + after


def _continues(previous: str, line: str, in_proposals: bool, open_markup: bool,
               wrapped: bool = False) -> bool:
    if open_markup:
        return True
    stripped = line.strip()
    if _BULLET.match(line) or _LEADING_LABEL.match(stripped) or _PROPOSAL_START.match(line):
        return False
    first = _demarked(stripped)[:1]
    if first and first.isupper() and wrapped and _capital_runs_on(previous, stripped):
        return True
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


def _capital_runs_on(previous: str, line: str) -> bool:
    """In a hard-wrapped text, a line starting with a capital carries on a full line before it
    that ends without a full stop ("... by the United" / "Nations;"), unless it starts a part of
    its own: a heading in capitals, Reasons, a number line, a call."""
    prev = _demarked(previous)
    text = _demarked(line)
    if not prev or prev[-1] in ".;:" or text.isupper() or _REASONS_LINE.match(text):
        return False
    if (_NUMBER_LINE_START.match(text) or _FORMULA_START.match(text)
            or is_call(plain_paragraph(text))):
        return False
    return not is_call(plain_paragraph(_demarked(previous.lstrip("- "))))


# the enacting formula's opening: "The Plenipotentiary Conference", "La Conférence de ..."
_FORMULA_START = re.compile(r"^(The|La|El|Le|L['’])\s*.{0,60}?\b(Conference|Conférence|"
                            r"Conferencia|Assembly|Assemblée|Asamblea|Council|Conseil|Consejo|"
                            r"Forum)\b")
_REASONS_LINE = re.compile(r"^(Reasons?|Motifs?|Motivos?)\s*:", re.IGNORECASE)
_NUMBER_LINE_START = re.compile(r"^(DRAFT\s+)?(NEW\s+)?(RESOLUTION|DECISION|RECOMMENDATION|"
                                r"ARTICLE|APPENDIX|ANNEX|R[ÉE]SOLUTION|RESOLUCI[ÓO]N)\b",
                                re.IGNORECASE)


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
    if footnotes and _PLAIN_REFERENCE.search(text):
        text = _PLAIN_REFERENCE.sub(_superscript_if_noted(footnotes), text)
    segments = _label_segments(text)
    if segments is not None:
        label_segments, text = segments
    else:
        label_segments = []
    marks = tuple(label_segments) + _inline(text, footnotes)
    return SourceParagraph(marks=marks, level=level, bullet=bullet)


def _superscript_if_noted(footnotes: dict[str, Footnote]):
    """A plain digit glued to a word becomes a note's mark where a note has that number."""
    def replace(m: re.Match) -> str:
        raised = m.group(1).translate(_TO_SUPERSCRIPT)
        return raised if raised in footnotes else m.group(1)
    return replace


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
