"""HTML of a comparison cell: inserted text underlined and coloured, deleted text struck through.

The same colours as the printed synoptic table (formats/synoptic.py), so screen and paper agree.
"""

from __future__ import annotations

from html import escape

from ...domain.compare import Agreement, Cell, Source
from ...domain.revisions import Op, Segment
from ...formats.synoptic import DELETE_COLOUR, INSERT_COLOUR, NOTE_COLOUR, SHADE, cell_text

# A light green for rows where every source makes the same change.
AGREED_CHANGE = "E3F1E0"


def segments_html(segments, italic: bool = False) -> str:
    out = []
    for seg in segments:
        out.append(_segment(seg, italic))
    return "".join(out)


def _segment(seg: Segment, italic: bool) -> str:
    run = seg.run
    text = escape(run.text).replace("\t", " ").replace("\n", "<br>")
    if run.superscript or run.footnote is not None:
        text = f"<sup>{text}</sup>"
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        # inside a call (italic as a whole) an italic run reads upright, as in print
        text = f"<span style='font-style:normal'>{text}</span>" if italic else f"<i>{text}</i>"
    if seg.op is Op.INSERT:
        text = f"<u style='color:#{INSERT_COLOUR}'>{text}</u>"
    elif seg.op is Op.DELETE:
        text = f"<s style='color:#{DELETE_COLOUR}'>{text}</s>"
    return text


def cell_html(cell: Cell | None, source: Source) -> str:
    content = cell_text(cell, source)
    parts = []
    if content.label:
        parts.append(segments_html(content.label) + "&nbsp;")
    parts.append(segments_html(content.text, content.italic))
    if content.note:
        note = content.note if content.note == "—" else f"({content.note})"
        parts.append(f" <i style='color:#{NOTE_COLOUR}'>{escape(note)}</i>")
    body = "".join(parts)
    return f"<i>{body}</i>" if content.italic else body


def row_colour(agreement: Agreement, changed: bool) -> str | None:
    """Background of a row: differ / conflict as printed; an agreed change lightly green."""
    if agreement in SHADE:
        return "#" + SHADE[agreement]
    return "#" + AGREED_CHANGE if changed else None
