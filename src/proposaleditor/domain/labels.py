"""Item labels (1 2 3, a) b) c), i) ii) iii), –) and renumbering of sibling items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from .provisions import Provision, ProvisionKind

DASH = "–"


class Scheme(str, Enum):
    NUMBER = "number"
    LETTER = "letter"
    ROMAN = "roman"


@dataclass(frozen=True)
class LabelStyle:
    scheme: Scheme
    prefix: str = ""
    suffix: str = ""

    def format(self, n: int) -> str:
        return f"{self.prefix}{to_scheme(self.scheme, n)}{self.suffix}"


# "(a)", "a)", "1.", "iv)"; and decimal sub-items "1.1", "1.2.3", whose style carries the parent's
# number as a prefix ("1." + 2 = "1.2")
_LABEL = re.compile(r"^(\(?|(?:\d{1,3}\.){1,2})(\d+|[a-z]{1,3}|[ivxlc]+)(\)|\.)?$", re.IGNORECASE)
_ROMAN = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
          (1, "i")]


def to_roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def from_roman(s: str) -> int | None:
    """1..199 from its canonical numeral; None for anything else."""
    return _ROMAN_VALUES.get(s.lower())


_ROMAN_VALUES = {to_roman(i): i for i in range(1, 200)}  # readers parse a label per paragraph


def to_letters(n: int) -> str:
    """a..z, then aa, bb ... as in ITU texts (z is followed by aa)."""
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def from_letters(s: str) -> int | None:
    s = s.lower()
    if not s or len(set(s)) != 1 or not s.isalpha() or not s.isascii():
        return None
    return (len(s) - 1) * 26 + ord(s[0]) - ord("a") + 1


def to_scheme(scheme: Scheme, n: int) -> str:
    if scheme is Scheme.NUMBER:
        return str(n)
    if scheme is Scheme.ROMAN:
        return to_roman(n)
    return to_letters(n)


# readers parse the same few labels thousands of times; the result is immutable
@lru_cache(maxsize=4096)
def parse_label(label: str, prefer_roman: bool = False) -> tuple[LabelStyle, int] | None:
    """('a)', False) -> (letter style, 1); 'ii)' -> (roman, 2); '12' -> (number, 12)."""
    m = _LABEL.match(label.strip())
    if not m:
        return None
    prefix, core, suffix = m.group(1), m.group(2), m.group(3) or ""
    if prefix[-1:] == "." and not (core.isdigit() and not suffix):
        return None  # decimal labels are digits all through ("1.1", not "1.a" or "1.1)")
    if core.isdigit():
        return LabelStyle(Scheme.NUMBER, prefix, suffix), int(core)
    roman = from_roman(core)
    letters = from_letters(core)
    # "iii)" is roman (lettered lists never reach iii = 61); a lone "i)" or "v)" is a letter
    # unless the context says roman
    if roman and (prefer_roman or letters is None or len(core) > 1):
        return LabelStyle(Scheme.ROMAN, prefix, suffix), roman
    if letters:
        return LabelStyle(Scheme.LETTER, prefix, suffix), letters
    if roman:
        return LabelStyle(Scheme.ROMAN, prefix, suffix), roman
    return None


def default_style(kind: ProvisionKind, depth: int = 0) -> LabelStyle | None:
    if kind is ProvisionKind.NUMBERED_ITEM:
        return LabelStyle(Scheme.NUMBER)
    if kind is ProvisionKind.LETTERED_ITEM:
        return LabelStyle(Scheme.LETTER, suffix=")")
    if kind is ProvisionKind.SUB_ITEM:
        return LabelStyle(Scheme.ROMAN, suffix=")")
    return None


def _numbered(p: Provision) -> bool:
    return p.kind.is_item and p.kind is not ProvisionKind.DASH_ITEM


def sibling_style(siblings: list[Provision]) -> LabelStyle | None:
    """The label style a group of sibling items uses, read from their existing labels."""
    items = [p for p in siblings if _numbered(p)]
    if not items:
        return None
    for p in items:
        label = p.base_label or p.label
        if label:
            parsed = parse_label(label, prefer_roman=label.strip("()").lower() == "i")
            if parsed:
                return parsed[0]
    return default_style(items[0].kind)


def renumber(siblings: list[Provision], parent_label: str | None = None) -> bool:
    """Recompute draft labels of numbered sibling items in document order.

    Suppressed items keep their base label (shown deleted) and take no number; added and kept
    items are numbered in sequence. A group with a single unlabelled paragraph stays unlabelled.
    Decimal sub-items take their parent's label as prefix (2.1, 2.2 under an item renumbered 2).
    Returns whether any label changed.
    """
    style = sibling_style(siblings)
    if style is not None and style.prefix.endswith(".") and parent_label:
        style = LabelStyle(style.scheme, f"{parent_label.rstrip('.')}.", style.suffix)
    changed = False
    n = 0
    for p in siblings:
        if not _numbered(p):
            if p.kind is ProvisionKind.DASH_ITEM and p.draft is not None and p.label != DASH:
                p.label = DASH
                changed = True
            continue
        if p.draft is None:
            new = None
        elif style is None:
            new = p.label
        else:
            n += 1
            new = style.format(n)
        if new != p.label:
            p.label = new
            p.received_label_marks = None
            changed = True
    return changed


def renumber_tree(provisions: list[Provision]) -> bool:
    changed = renumber(provisions)
    for p in provisions:
        if p.children:
            changed |= renumber_tree(p.children)
    return changed
