"""styles.xml and numbering.xml of a received DOCX: style ids, inherited run formatting, and the
labels Word's automatic numbering shows (which are not in the text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.labels import to_letters, to_roman
from .style_ids import resolve

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
_VAL = _W + "val"
_OFF = {"0", "false", "off", "none"}

# Run properties we keep: name -> how to read it from an rPr child.
_TOGGLES = {_W + "i": "italic", _W + "iCs": None, _W + "b": "bold", _W + "strike": "strike",
            _W + "dstrike": "strike", _W + "vanish": "hidden"}


def read_rpr(rpr) -> dict:
    """The formatting an rPr sets explicitly: italic, bold, superscript, underline, strike."""
    out: dict = {}
    if rpr is None:
        return out
    for child in rpr:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        name = _TOGGLES.get(tag)
        if name:
            on = child.get(_VAL) not in _OFF
            # strike and dstrike both mean "deleted": either one on is enough
            out[name] = on or (name == "strike" and out.get("strike", False))
        elif tag == _W + "u":
            out["underline"] = child.get(_VAL, "single") not in _OFF
        elif tag == _W + "vertAlign":
            out["superscript"] = child.get(_VAL) == "superscript"
        elif tag == _W + "rStyle":
            out["rstyle"] = child.get(_VAL)
    return out


def read_numpr(numpr) -> tuple[str | None, int] | None:
    """(numId, ilvl) of a w:numPr, or None."""
    if numpr is None:
        return None
    ilvl = numpr.find(_W + "ilvl")
    num = numpr.find(_W + "numId")
    return (num.get(_VAL) if num is not None else None,
            _int(ilvl.get(_VAL) if ilvl is not None else None, 0))


@dataclass
class _Style:
    kind: str
    name: str | None
    based_on: str | None
    rpr: dict
    num: tuple[str | None, int] | None = None  # list numbering the style applies


@dataclass
class StyleSheet:
    """Paragraph style ids mapped to ITU ids, and run formatting resolved through the styles."""

    styles: dict[str, _Style] = field(default_factory=dict)
    defaults: dict = field(default_factory=dict)
    default_paragraph: str | None = None
    _para_cache: dict = field(default_factory=dict)
    _names: dict | None = None
    _parents: dict | None = None
    _num_cache: dict = field(default_factory=dict)
    _fmt_cache: dict = field(default_factory=dict)

    @classmethod
    def parse(cls, root) -> StyleSheet:
        sheet = cls()
        if root is None:
            return sheet
        rpr_default = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        sheet.defaults = read_rpr(rpr_default)
        for el in root.iterchildren(_W + "style"):
            sid = el.get(_W + "styleId")
            if not sid:
                continue
            name_el = el.find(_W + "name")
            based = el.find(_W + "basedOn")
            kind = el.get(_W + "type", "paragraph")
            style = _Style(kind=kind,
                           name=name_el.get(_VAL) if name_el is not None else None,
                           based_on=based.get(_VAL) if based is not None else None,
                           rpr=read_rpr(el.find(_W + "rPr")),
                           num=read_numpr(el.find(f"{_W}pPr/{_W}numPr")))
            sheet.styles.setdefault(sid, style)  # the first definition wins, as in Word
            if kind == "paragraph" and el.get(_W + "default") in ("1", "true", "on"):
                sheet.default_paragraph = sid
        return sheet

    def paragraph_style(self, style_id: str | None) -> str | None:
        """The ITU id (or the file's own id) of a paragraph's style."""
        style_id = style_id or self.default_paragraph
        if style_id in self._para_cache:
            return self._para_cache[style_id]
        if self._names is None:  # once: a file may use thousands of unknown style ids
            self._names = {k: s.name for k, s in self.styles.items() if s.name}
            self._parents = {k: s.based_on for k, s in self.styles.items() if s.based_on}
        found = resolve(style_id, self._names, self._parents) if style_id else None
        self._para_cache[style_id] = found
        return found

    def numbering_of(self, style_id: str | None) -> tuple[str | None, int] | None:
        """(numId, ilvl) a paragraph style gives its paragraphs, if any."""
        style_id = style_id or self.default_paragraph
        if style_id not in self._num_cache:
            self._num_cache[style_id] = next(
                (s.num for s in self._chain(style_id) if s.num is not None), None)
        return self._num_cache[style_id]

    def is_hyperlink_style(self, style_id: str | None) -> bool:
        for s in self._chain(style_id):
            if s.name and s.name.replace(" ", "").lower() in ("hyperlink", "followedhyperlink"):
                return True
        return (style_id or "").lower() in ("hyperlink", "followedhyperlink")

    def formatting(self, pstyle: str | None, rstyle: str | None) -> dict:
        """Run formatting inherited from defaults, paragraph style and character style.

        Underline and strike come only from character styles: a paragraph style that happens to
        underline (a heading) does not mark its whole text as inserted.
        """
        key = (pstyle or self.default_paragraph, rstyle)
        cached = self._fmt_cache.get(key)
        if cached is not None:
            return cached
        out = {k: v for k, v in self.defaults.items() if k in ("italic", "bold", "superscript")}
        for s in reversed(self._chain(key[0])):
            out.update({k: v for k, v in s.rpr.items()
                        if k in ("italic", "bold", "superscript", "hidden")})
        for s in reversed(self._chain(rstyle)):
            out.update({k: v for k, v in s.rpr.items() if k != "rstyle"})
        self._fmt_cache[key] = out
        return out

    def _chain(self, style_id: str | None) -> list[_Style]:
        out = []
        seen = set()
        while style_id and style_id not in seen and len(out) < 32:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            out.append(style)
            style_id = style.based_on
        return out


BULLET = "\x00bullet"
_MAX_LISTED = 1000  # letters and roman numerals beyond this are printed as numbers


# -- automatic numbering ------------------------------------------------------------------------
@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    suffix: str = "\t"
    bullet: str = ""


class Numbering:
    """Counts Word's automatic list numbers so a received item gets the label the reader saw.

    As Word does, the count belongs to the abstract list: every w:num of one abstractNum
    continues it, unless the w:num restarts a level (lvlOverride/startOverride) where it is
    first used. A list style (numStyleLink) is followed to the abstractNum that defines it
    (styleLink). Two counts are kept, the base text's and the draft's: a tracked deleted item
    counts in the base only, an inserted one in the draft only, so the items after them show
    their renumbering.
    """

    def __init__(self, root=None, styles: StyleSheet | None = None):
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._links: dict[str, str] = {}  # abstractNum id -> list style it takes its levels from
        self._defines: dict[str, str] = {}  # list style id -> abstractNum id defining it
        self._styles = styles
        # abstractNum id -> [base counters, draft counters], one per level
        self._counters: dict[str, tuple[list[int | None], list[int | None]]] = {}
        self._restarted: set[tuple[str, int]] = set()  # (numId, ilvl) start overrides applied
        self._overrides: dict[str, dict[int, _Level]] = {}  # numId -> levels it redefines
        if root is not None:
            self._parse(root)

    def _parse(self, root) -> None:
        for ab in root.iterchildren(_W + "abstractNum"):
            abstract_id = ab.get(_W + "abstractNumId", "")
            levels: dict[int, _Level] = {}
            for child in ab:
                tag = child.tag
                if tag == _W + "numStyleLink":
                    self._links.setdefault(abstract_id, child.get(_VAL) or "")
                elif tag == _W + "styleLink":
                    self._defines.setdefault(child.get(_VAL) or "", abstract_id)
                elif tag == _W + "lvl":
                    try:
                        ilvl = int(child.get(_W + "ilvl", "0"))
                    except ValueError:
                        continue
                    levels[ilvl] = _read_level(child)
            self._abstract.setdefault(abstract_id, levels)
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            starts = {}
            for ov in num.iterchildren(_W + "lvlOverride"):
                ilvl = _int(ov.get(_W + "ilvl", "0"), 0)
                so = ov.find(_W + "startOverride")
                if so is not None:
                    starts[ilvl] = _int(so.get(_VAL), 1)
                lvl = ov.find(_W + "lvl")
                if lvl is not None:  # the whole level redefined for this list (its format)
                    self._overrides.setdefault(num.get(_W + "numId", ""), {})[ilvl] = (
                        _read_level(lvl))
            if ref is not None:
                self._nums.setdefault(num.get(_W + "numId", ""), (ref.get(_VAL, ""), starts))

    def _defining(self, abstract_id: str) -> str:
        """The abstractNum whose levels a list style link leads to (a few hops at most)."""
        for _ in range(4):
            style = self._links.get(abstract_id)
            if style is None or self._abstract.get(abstract_id):
                break
            target = self._defines.get(style)
            if target is None and self._styles is not None:
                # the list style's own numbering: its numId's abstractNum
                num = self._styles.numbering_of(style)
                target = self._nums.get(num[0])[0] if num and num[0] in self._nums else None
            if target is None or target == abstract_id:
                break
            abstract_id = target
        return abstract_id

    def label(self, num_id: str | None, ilvl: int, *, in_base: bool = True,
              in_draft: bool = True) -> tuple[str | None, str | None] | None:
        """(base label, draft label) with their tab, of the next item of list num_id at level
        ilvl; BULLET for a bulleted item (the recognizer treats those as dash items). A deleted
        item (not in_draft) has no draft label, an inserted one (not in_base) no base label."""
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        abstract_id, starts = self._nums[num_id]
        abstract_id = self._defining(abstract_id)
        levels = self._abstract.get(abstract_id, {})
        if num_id in self._overrides:
            levels = {**levels, **self._overrides[num_id]}
        level = levels.get(ilvl)
        if level is None or not (0 <= ilvl < 9):
            return None
        counts = self._counters.get(abstract_id)
        if counts is None:
            counts = self._counters[abstract_id] = ([None] * 9, [None] * 9)
        if ilvl in starts and (num_id, ilvl) not in self._restarted:
            self._restarted.add((num_id, ilvl))
            for counters in counts:
                counters[ilvl] = None
        labels = []
        for counters, counted in zip(counts, (in_base, in_draft)):
            if not counted:
                labels.append(None)
                continue
            for deeper in range(ilvl + 1, 9):
                counters[deeper] = None
            current = counters[ilvl]
            counters[ilvl] = starts.get(ilvl, level.start) if current is None else current + 1
            labels.append(self._text(levels, level, ilvl, counters, starts))
        return labels[0], labels[1]

    @staticmethod
    def _text(levels, level: _Level, ilvl: int, counters, starts) -> str | None:
        if level.fmt == "bullet":
            return BULLET
        if level.fmt == "none":
            return None
        text = level.text
        for i in range(ilvl + 1):
            lv = levels.get(i, _Level())
            n = counters[i] if counters[i] is not None else starts.get(i, lv.start)
            text = text.replace(f"%{i + 1}", _format_number(lv.fmt, n))
        return (text + level.suffix) if text else None


def _read_level(lvl) -> _Level:
    level = _Level()
    for child in lvl:
        tag = child.tag
        val = child.get(_VAL) if isinstance(tag, str) else None
        if val is None:
            continue
        if tag == _W + "numFmt":
            level.fmt = val
        elif tag == _W + "lvlText":
            level.text = val
        elif tag == _W + "start":
            level.start = _int(val, 1)
        elif tag == _W + "suff":
            level.suffix = {"space": " ", "nothing": ""}.get(val, "\t")
    return level


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _format_number(fmt: str, n: int) -> str:
    if not 0 < n <= _MAX_LISTED:  # a hostile w:start would make "aaaa..." of any length
        return str(n)
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n)
    if fmt == "upperRoman":
        return to_roman(n).upper()
    return str(n)
