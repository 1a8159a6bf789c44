"""WordprocessingML for layout paragraphs, built as text in bulk.

A proposal of 20,000 provisions has some 100,000 runs; building them through python-docx's object
API costs seconds, so paragraphs are written as XML strings here and parsed once by the writer.
Everything that must be unique across the package (revision ids, footnote ids) comes from one
``Markup`` instance per export.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from ..domain.inline import Run
from ..domain.revisions import Op
from .layout import LayoutParagraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# characters XML 1.0 forbids; a pasted control character must not make the file unreadable
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAKS = re.compile(r"(\t|\r\n|\n|\r)")
_TAB = object()  # the tab between label and text
_NOTE_MARK = object()  # the auto-numbered mark that opens a footnote's own text


def escape(text: str) -> str:
    if _INVALID.search(text):
        text = _INVALID.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def text_xml(text: str, deleted: bool = False) -> str:
    """w:t (or w:delText) with tabs and line breaks as w:tab / w:br, never literal."""
    tag = "w:delText" if deleted else "w:t"
    if "\t" not in text and "\n" not in text and "\r" not in text:
        return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'
    out = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\n", "\r\n", "\r"):
            out.append("<w:br/>")
        elif piece:
            out.append(f'<{tag} xml:space="preserve">{escape(piece)}</{tag}>')
    return "".join(out)


_dates: dict[str, str] = {}


def w_date(value: str, fallback: str) -> str:
    """A date as read from a file (2014-10-07, 2014-10-07T10:00:00+02:00) as xsd:dateTime in
    UTC, which w:date requires; the fallback when it cannot be read."""
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return fallback
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class RunFormat:
    bold: bool = False
    italic: bool = False
    superscript: bool = False
    strike: bool = False
    underline: bool = False
    style: str | None = None  # character style id
    size: int | None = None  # half-points

    def xml(self) -> str:
        # children in the order CT_RPr requires
        parts = []
        if self.style:
            parts.append(f'<w:rStyle w:val="{self.style}"/>')
        if self.bold:
            parts.append("<w:b/>")
        if self.italic:
            parts.append("<w:i/>")
        if self.strike:
            parts.append("<w:strike/>")
        if self.size:
            parts.append(f'<w:sz w:val="{self.size}"/><w:szCs w:val="{self.size}"/>')
        if self.underline:
            parts.append('<w:u w:val="single"/>')
        if self.superscript:
            parts.append('<w:vertAlign w:val="superscript"/>')
        return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


class Markup:
    """Turns layout paragraphs into w:p strings; collects the footnotes they reference.

    tracked=True writes MOD marks as w:ins / w:del; False writes them as underline / strike.
    """

    def __init__(self, *, tracked: bool, author: str, date: str):
        self.tracked = tracked
        self.author = attr(author)
        self.date = date
        self._ids = itertools.count(1)
        self._footnote_ids = itertools.count(1)
        self.footnotes: list[str] = []  # w:footnote elements, in id order
        self._rpr_cache: dict[tuple, str] = {}

    # -- revisions ----------------------------------------------------------------------------
    def revision_attrs(self, author: str | None = None, date: str | None = None) -> str:
        """Author and date of a received mark are kept; ours get the export's."""
        who = attr(author) if author else self.author
        when = (_dates.get(date) or _dates.setdefault(date, w_date(date, self.date))
                if date else self.date)
        return f'w:id="{next(self._ids)}" w:author="{who}" w:date="{when}"'

    # -- runs ---------------------------------------------------------------------------------
    def _rpr(self, run: Run | None, op: Op, base: RunFormat | None) -> str:
        static = not self.tracked
        key = (None if run is None else (run.bold, run.italic, run.superscript), op, base,
               static)
        cached = self._rpr_cache.get(key)
        if cached is None:
            fmt = base or RunFormat()
            if run is not None:
                fmt = RunFormat(bold=fmt.bold or run.bold, italic=fmt.italic or run.italic,
                                superscript=fmt.superscript or run.superscript,
                                style=fmt.style, size=fmt.size)
            if static and op is Op.INSERT:
                fmt = RunFormat(**{**fmt.__dict__, "underline": True})
            elif static and op is Op.DELETE:
                fmt = RunFormat(**{**fmt.__dict__, "strike": True})
            cached = self._rpr_cache[key] = fmt.xml()
        return cached

    def _run(self, item, op: Op, base: RunFormat | None) -> str:
        deleted = self.tracked and op is Op.DELETE
        if item is _TAB:
            return f"<w:r>{self._rpr(None, op, base)}<w:tab/></w:r>"
        if item is _NOTE_MARK:
            return f"<w:r>{self._rpr(None, op, base)}<w:footnoteRef/></w:r>"
        run: Run = item
        if run.footnote is not None:
            note_id = self._footnote(run, op)
            ref = RunFormat(style="FootnoteReference")
            rpr = self._rpr(None, op, ref)
            if not _custom_mark(run):
                return f'<w:r>{rpr}<w:footnoteReference w:id="{note_id}"/></w:r>'
            # a custom mark ("*"): Word takes the run after the reference as the mark
            return (f'<w:r>{rpr}<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>'
                    f"</w:r><w:r>{rpr}{text_xml(run.text.strip(), deleted)}</w:r>")
        return f"<w:r>{self._rpr(run, op, base)}{text_xml(run.text, deleted)}</w:r>"

    def runs(self, items: list[tuple[Op, object, str | None, str | None]],
             base: RunFormat | None = None) -> str:
        """(op, Run or _TAB, author, date) items; consecutive changes share one w:ins / w:del."""
        out: list[str] = []
        if not self.tracked:
            for op, item, _a, _d in items:
                out.append(self._run(item, op, base))
            return "".join(out)
        open_op = None
        open_who: tuple = ()
        for op, item, author, date in items:
            who = (author, date)
            if op is not open_op or (op is not Op.KEEP and who != open_who):
                if open_op is Op.INSERT:
                    out.append("</w:ins>")
                elif open_op is Op.DELETE:
                    out.append("</w:del>")
                if op is Op.INSERT:
                    out.append(f"<w:ins {self.revision_attrs(author, date)}>")
                elif op is Op.DELETE:
                    out.append(f"<w:del {self.revision_attrs(author, date)}>")
                open_op, open_who = op, who
            out.append(self._run(item, op, base))
        if open_op is Op.INSERT:
            out.append("</w:ins>")
        elif open_op is Op.DELETE:
            out.append("</w:del>")
        return "".join(out)

    # -- footnotes ----------------------------------------------------------------------------
    def _footnote(self, run: Run, op: Op) -> int:
        note_id = next(self._footnote_ids)
        ref = RunFormat(style="FootnoteReference")
        body = [(op, r, None, None) for r in run.footnote.runs]
        # a custom mark opens it as typed
        opening = Run(run.text.strip()) if _custom_mark(run) else _NOTE_MARK
        mark = "" if op is Op.KEEP or not self.tracked else (
            f"<w:rPr><w:{'ins' if op is Op.INSERT else 'del'} {self.revision_attrs()}/></w:rPr>")
        self.footnotes.append(
            f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>{mark}'
            f"</w:pPr>{self.runs([(op, opening, None, None)], ref)}"
            f"{self.runs([(op, _TAB, None, None), *body])}</w:p></w:footnote>")
        return note_id

    # -- paragraphs ---------------------------------------------------------------------------
    def paragraph(self, para: LayoutParagraph, *, base: RunFormat | None = None,
                  ppr_extra: str = "") -> str:
        tracked_para = para.tracked
        change = para.change if tracked_para else Op.KEEP
        items: list = []
        for s in para.label:
            items.append((s.op if tracked_para else Op.KEEP, s.run, s.author, s.date))
        if para.label:
            items.append((change, _TAB, None, None))
        for s in para.text:
            items.append((s.op if tracked_para else Op.KEEP, s.run, s.author, s.date))
        keep = "<w:keepNext/>" if para.keep_with_next else ""
        mark = ""
        if change is not Op.KEEP and self.tracked:
            tag = "ins" if change is Op.INSERT else "del"
            mark = f"<w:rPr><w:{tag} {self.revision_attrs()}/></w:rPr>"
        ppr = f'<w:pPr><w:pStyle w:val="{para.style}"/>{keep}{ppr_extra}{mark}</w:pPr>'
        return f"<w:p>{ppr}{self.runs(items, base)}</w:p>"


def _custom_mark(run: Run) -> bool:
    """A footnote mark typed as such ("*"); a number is the automatic one (readers of some
    formats give it as text)."""
    mark = run.text.strip()
    return bool(mark) and not mark.isdigit()


def separator_footnotes() -> str:
    """The separator and continuation separator Word expects before the real notes."""
    return ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:before="0" '
            'w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:before="0" w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
            "</w:footnote>")
