"""Canonical ITU style ids from whatever a received file calls its styles.

Word stores a style id (`ResNo`) and a display name (`Res_No`); localized Word versions make ids
out of translated or transliterated names (`a1`, `berschrift1`), while ODF escapes characters in
names (`Res_5f_No`). The structure recognizer wants the ITU ids, so both readers map a style to
the ITU id whose squashed form (letters and digits, lower case) matches the id or the name.
"""

from __future__ import annotations

import re

# Style ids of the ITU common style sheet (itu-format.md section 7) and the Word built-ins the
# recognizer can use. Keep ids exactly as Word stores them.
ITU_STYLE_IDS = (
    "Normal", "Normalaftertitle", "Call", "enumlev1", "enumlev2", "enumlev3",
    "Headingb", "Headingi", "Heading1", "Heading2", "Heading3", "Heading4",
    "Source", "Title1", "Title2", "Title3", "Title4", "Committee",
    "ResNo", "Restitle", "Resref", "Resdef",
    "DecNo", "Dectitle", "Decref", "RecNo", "Rectitle", "Recref", "OpinionNo", "Opiniontitle",
    "AnnexNo", "Annextitle", "AnnexNotitle", "AppendixNo", "Appendixtitle",
    "ArtNo", "Arttitle", "Artdef", "ChapNo", "Chaptitle", "SectionNo", "Sectiontitle",
    "Section1", "Section2", "Section3",
    "Reasons", "Proposal", "Note", "Equation", "Figure", "FootnoteText", "EndnoteText",
    "Tablehead", "Tabletext", "Tablelegend", "TableNotitle", "FigureNotitle",
    "Header", "Footer", "Title", "ListParagraph",
)

_CANONICAL = {re.sub(r"[^0-9a-z]", "", s.lower()): s for s in ITU_STYLE_IDS}
# Names that squash to something else than their id.
_CANONICAL.update({
    "footnotetext": "FootnoteText",
    "endnotetext": "EndnoteText",
    "annexnoandtitle": "AnnexNotitle",
    "textbody": "Normal",  # LibreOffice's body text style
    "default": "Normal",
    "standard": "Normal",
    "defaultparagraphstyle": "Normal",
})

_ODF_ESCAPE = re.compile(r"_([0-9a-fA-F]{2,4})_")


def squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def canonical(name: str | None) -> str | None:
    """The ITU id for a style id or display name, or None when it is not an ITU style."""
    if not name:
        return None
    return _CANONICAL.get(squash(unescape_odf(name)))


def unescape_odf(name: str) -> str:
    """ODF style names escape characters as _XX_ (`Res_5f_No` is `Res_No`)."""
    if "_" not in name:
        return name
    return _ODF_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), name)


def resolve(style_id: str | None, names: dict[str, str], parents: dict[str, str]) -> str | None:
    """The ITU id for a paragraph style: by id, by display name, then up the basedOn chain.

    A style that is no ITU style and has no ITU ancestor keeps its own id, so the recognizer can
    still report it.
    """
    current = style_id
    seen = set()
    while current and current not in seen and len(seen) < 32:
        seen.add(current)
        found = canonical(current) or canonical(names.get(current))
        if found:
            return found
        current = parents.get(current)
    return style_id
