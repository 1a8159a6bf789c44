"""The revised-resolution helper: bring a number line and enacting formula to this conference.

RESOLUTION 182 (Guadalajara, 2010)      -> RESOLUTION 182 (Rev. Busan, 2014)
RESOLUTION 130 (Rev. Guadalajara, 2010) -> RESOLUTION 130 (Rev. Busan, 2014)
RESOLUTION 646 (WRC-03)                 -> RESOLUTION 646 (Rev.WRC-15)
... Union (Guadalajara, 2010),          -> ... Union (Busan, 2014),
"""

from __future__ import annotations

import re

from .document import Conference

_TRAILING_PAREN = re.compile(r"\(([^()]*)\)(\s*[,.;]?\s*)$")
_REV = re.compile(r"^(R[EÉ]V\.)\s*", re.IGNORECASE)
_WRC_REF = re.compile(r"^(WRC|CMR|RA|AR)-\d{2}$", re.IGNORECASE)

REV_WORD = {"E": "Rev.", "F": "Rév.", "S": "Rev."}


def conference_reference(conference: Conference, language: str = "E") -> str:
    """'Busan, 2014' for PP/WTSA/WTDC; 'WRC-15' for WRC and RA, which cite themselves by acronym
    (in French and Spanish texts by theirs: 'CMR-15', 'AR-15')."""
    if conference.family in ("WRC", "RA"):
        short = conference.short.upper()
        local = _LOCAL_ACRONYMS.get(language.upper(), {}).get(conference.family)
        return short.replace(conference.family, local, 1) if local else short
    year = conference.year or _year_from_short(conference.short)
    return f"{conference.place}, {year}" if conference.place and year else conference.short


_LOCAL_ACRONYMS = {"F": {"WRC": "CMR", "RA": "AR"}, "S": {"WRC": "CMR", "RA": "AR"}}


def _year_from_short(short: str) -> int | None:
    m = re.search(r"-(\d{2})$", short or "")
    return 2000 + int(m.group(1)) if m else None


def revise_number_line(line: str, conference: Conference, language: str = "E") -> str:
    """The number line as revised by this conference; unchanged if already revised by it."""
    m = _TRAILING_PAREN.search(line)
    reference = conference_reference(conference, language)
    if not m:
        return line
    inside = m.group(1).strip()
    # follow the case of what is inside the brackets: "(GUADALAJARA, 2010)" stays in capitals,
    # "(Guadalajara, 2010)" and an acronym alone "(WRC-03)" give "Rev."
    upper = inside.isupper() and not _WRC_REF.match(inside)
    rev = _REV.match(inside)
    rev_word = rev.group(1) if rev else REV_WORD.get(language, "Rev.")
    if upper:
        rev_word = rev_word.upper()
        reference = reference.upper()
    joiner = "" if _WRC_REF.match(reference) else " "
    revised = f"{rev_word}{joiner}{reference}"
    return f"{line[: m.start()]}({revised}){m.group(2)}"


def revise_enacting_formula(formula: str, conference: Conference) -> str:
    """Replace the trailing (Place, Year) of an enacting formula with this conference's."""
    m = _TRAILING_PAREN.search(formula)
    if not m:
        return formula
    reference = conference_reference(conference)
    if _WRC_REF.match(reference):
        # WRC formulas name the place and year too: "(Geneva, 2015)"
        year = conference.year or _year_from_short(conference.short)
        reference = f"{conference.place}, {year}" if conference.place and year else reference
    return f"{formula[: m.start()]}({reference}){m.group(2)}"


def is_current(line: str, conference: Conference, language: str = "E") -> bool:
    """Whether a number line or enacting formula already cites this conference (by its English
    acronym or by that of the text's language)."""
    cited = line.upper().replace(" ", "")
    return any(conference_reference(conference, code).upper().replace(" ", "") in cited
               for code in {"E", language})
