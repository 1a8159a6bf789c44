"""What every reader hands the structure recognizer: one SourceParagraph per paragraph of the
file, with its text and revision marks as read and the hints the file gives (style, list depth,
bullet, table, tracked paragraph mark)."""

from __future__ import annotations

import re

from ..domain.inline import Run
from ..domain.revisions import Op, Segment


class SourceParagraph:
    """One paragraph as a reader found it: its text with the revision marks as read, its style id
    and list hints. Readers build one per paragraph of a file (10^4 - 10^5), so this is a plain
    slotted class whose derived texts are computed once, here."""

    __slots__ = ("marks", "style", "level", "paragraph_op", "bullet", "in_table", "text",
                 "draft_text", "stripped", "skey", "changed", "figures")

    def __init__(self, marks: tuple[Segment, ...], style: str | None = None, level: int = 0,
                 paragraph_op: Op = Op.KEEP, bullet: bool = False, in_table: bool = False):
        self.style = style  # style id as in the file: "Call", "ResNo", "enumlev1" ...
        self.level = level  # list / indentation depth hint (0 = none)
        self.paragraph_op = paragraph_op  # the paragraph mark itself inserted / deleted
        self.bullet = bullet  # the source showed a list bullet before the text
        self.in_table = in_table  # the paragraph sits in a table cell (tables are not clause text)
        self.figures = 0  # pictures, charts, objects anchored in it (readers set it; not modelled)
        skey = _STYLE_KEYS.get(style)
        self.skey = skey if skey is not None else style_key(style)
        # text: everything visible in the file, deleted text included
        text = marks[0].run.text if len(marks) == 1 else "".join([s.run.text for s in marks])
        if _SOFT_HYPHEN in text or _NB_HYPHEN in text:
            # An invisible hyphenation point (a soft hyphen) would split words for the call
            # test, search and compare; a non-breaking hyphen (LibreOffice's form of Word's
            # noBreakHyphen, which the DOCX reader already reads as "-") would hide "WRC-19"
            # and "Document 16-E" from the patterns. Both are typesetting, not text.
            marks = tuple(Segment(s.op, s.run.with_text(s.run.text.translate(_TYPESETTING)),
                                  s.author, s.date) for s in marks)
            text = text.translate(_TYPESETTING)
        self.marks = marks
        self.text = text
        self.stripped = text.strip()
        keep = Op.KEEP
        for s in marks:
            if s.op is not keep:
                self.changed = True
                self.draft_text = "".join([s.run.text for s in marks if s.op is not Op.DELETE])
                break
        else:
            self.changed = False
            self.draft_text = text

    @property
    def has_marks(self) -> bool:
        """Any revision mark in the text or on the paragraph mark."""
        return self.changed or self.paragraph_op is not Op.KEEP

    @property
    def italic_start(self) -> bool:
        """The first visible text is set in italics (as call words are)."""
        for s in self.marks:
            if s.run.text.strip():
                return s.run.italic
        return False

    def __repr__(self) -> str:
        return f"SourceParagraph({self.text!r}, style={self.style!r}, level={self.level})"


_SOFT_HYPHEN, _NB_HYPHEN = "\u00ad", "\u2011"
_TYPESETTING = {ord(_SOFT_HYPHEN): None, ord(_NB_HYPHEN): "-"}


def plain_paragraph(text: str, **kwargs) -> SourceParagraph:
    return SourceParagraph((Segment(Op.KEEP, Run(text)),), **kwargs)


def style_key(style: str | None) -> str:
    """'Res_No', 'ResNo', 'res no' -> 'resno' (ids and display names compare alike)."""
    key = _STYLE_KEYS.get(style)
    if key is None:
        key = _STYLE_SEPARATORS.sub("", style or "").lower()
        if len(_STYLE_KEYS) < 4096:  # a document uses a few dozen styles; a hostile one, more
            _STYLE_KEYS[style] = key
    return key


_STYLE_SEPARATORS = re.compile(r"[\s_\-]")
_STYLE_KEYS: dict[str | None, str] = {}
