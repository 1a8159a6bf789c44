"""Lists of items as the recognizer meets them: the readings of a label (is "i)" a letter or a
roman number?), the count of an open list in the base text and the draft, renumbered and
run-together labels, and the base labels an added item shifted."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.inline import Run
from ..domain.labels import LabelStyle, Scheme, parse_label
from ..domain.provisions import Provision, ProvisionKind
from ..domain.revisions import Op, Segment


@dataclass
class Level:
    style: LabelStyle | None  # None for dash items
    last: int
    siblings: list[Provision]
    parent: Provision | None
    last_base: int = 0  # the base text's count: a suppressed item ([-3-]) advances only this


def readings(label: str) -> tuple[tuple[LabelStyle, int], ...]:
    """The readings of a label: 'i)' is the letter i or the roman one. Memoized: a document
    repeats a few dozen labels thousands of times."""
    found = _READINGS.get(label)
    if found is None:
        out: list[tuple[LabelStyle, int]] = []
        for prefer_roman in (False, True):
            parsed = parse_label(label, prefer_roman=prefer_roman)
            if parsed and parsed not in out:
                out.append(parsed)
        found = tuple(out)
        if len(_READINGS) < 4096:
            _READINGS[label] = found
    return found


_READINGS: dict[str, tuple[tuple[LabelStyle, int], ...]] = {}


def label_number(label: str | None, style: LabelStyle | None) -> int | None:
    """The number a label counts in a list of this style (memoized, as the readings are)."""
    if not label or style is None:
        return None
    scheme = style.scheme
    key = (label, scheme)
    if key in _NUMBERS:
        return _NUMBERS[key]
    parsed = parse_label(label, prefer_roman=scheme is Scheme.ROMAN)
    found = parsed[1] if parsed and parsed[0].scheme is scheme else None
    if len(_NUMBERS) < 4096:
        _NUMBERS[key] = found
    return found


_NUMBERS: dict[tuple[str, Scheme], int | None] = {}


def advance(level: Level, provision: Provision, style: LabelStyle | None, n: int, *,
             new: bool = False) -> None:
    """Count the draft and the base numbering of a list apart: a suppressed item advances only
    the base count, an added one only the draft count."""
    base = label_number(provision.base_label, style)
    if base is not None:
        level.last_base = base
    if provision.label is None and base is not None:
        if new:  # a list that opens with a suppressed item has no draft number yet
            level.last = 0
        return
    draft = label_number(provision.label, style)
    level.last = draft if draft is not None else n


def renumbered_fits(provision: Provision, level: Level, style: LabelStyle) -> bool:
    """A renumbered item (5 -> 7) continues its list by its new label or its old one; a
    suppressed one by its old label in the base text's count."""
    if provision.label is None and (
            label_number(provision.base_label, style) == level.last_base + 1):
        return True
    for label in (provision.label, provision.base_label):
        parsed = parse_label(label or "", prefer_roman=style.scheme is Scheme.ROMAN)
        if parsed and parsed[0].scheme is style.scheme and parsed[1] == level.last + 1:
            return True
    return False


def split_run_together(provision: Provision, level: Level, style: LabelStyle) -> str | None:
    """Plain text loses the marks of a renumbered label: '23' after item 2 is 2 -> 3."""
    if style.scheme is not Scheme.NUMBER:
        return None
    label = provision.label or ""
    expected = str(level.last + 1)
    if (len(label) >= 2 and label.isdigit() and label.endswith(expected)
            and label[: -len(expected)] and int(label[: -len(expected)]) < level.last + 1):
        old = label[: -len(expected)]
        provision.base_label, provision.label = old, expected
        provision.received_label_marks = (Segment(Op.DELETE, Run(old)),
                                          Segment(Op.INSERT, Run(expected)))
        return f"label {label!r} read as {old} renumbered to {expected}"
    if provision.received_label_marks and provision.base_label and provision.label is None:
        return None
    return None


def top_kind(style: LabelStyle | None) -> ProvisionKind:
    if style is None:
        return ProvisionKind.DASH_ITEM
    if style.scheme is Scheme.NUMBER:
        return ProvisionKind.NUMBERED_ITEM
    if style.scheme is Scheme.LETTER:
        return ProvisionKind.LETTERED_ITEM
    return ProvisionKind.SUB_ITEM


def fix_kind(provision: Provision, style: LabelStyle | None, depth: int) -> None:
    provision.kind = top_kind(style) if depth <= 1 else ProvisionKind.SUB_ITEM


def infer_added_items(siblings: list[Provision]) -> None:
    """When renumbered items show their old labels (5 -> 7), the unmarked items that carry those
    old labels as their own must be new: two items cannot both have been item 5."""
    renumbered_bases = {p.base_label for p in siblings
                        if p.base_label and p.label and p.base_label != p.label}
    if renumbered_bases:
        for p in siblings:
            if (p.base_label == p.label and p.label in renumbered_bases
                    and p.received_marks is None and p.base is not None):
                for q in p.walk():
                    if q.received_marks is None and q.draft is not None:
                        q.base, q.base_label = None, None
    for p in siblings:
        if p.children:
            infer_added_items(p.children)


def recount_base_labels(siblings: list[Provision]) -> None:
    """The text in force has no gaps in its numbering. An item added in the middle of a list
    whose following labels were not marked as changed (Word's automatic numbering shifts them
    silently; an author may also retype them with tracking off) shows the following items with
    their new labels only: their labels in the base text are counted back."""
    style = None
    count = 0
    added_before = False
    for p in siblings:
        label = p.base_label if p.base is not None else p.label
        parsed = parse_label(label or "", prefer_roman=style is not None
                             and style.scheme is Scheme.ROMAN) if p.kind.is_item else None
        if parsed is None or p.kind is ProvisionKind.DASH_ITEM:
            style, count, added_before = None, 0, False
            continue
        if style is None or parsed[0] != style:
            style, count, added_before = parsed[0], parsed[1] - 1, False
        if p.base is None:  # an added item takes no place in the base text's count
            added_before = True
            continue
        count += 1
        if parsed[1] == count:
            continue
        if (added_before and p.received_label_marks is None and p.label == p.base_label
                and parsed[1] == count + 1):
            p.base_label = style.format(count)
        else:  # the file numbers its base text otherwise (a suppressed item's old label ...)
            count, added_before = parsed[1], False
    for p in siblings:
        if p.children:
            recount_base_labels(p.children)
