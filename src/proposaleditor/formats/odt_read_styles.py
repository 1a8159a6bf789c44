"""Styles of a received ODT: paragraph styles mapped to ITU ids, text formatting through the
style hierarchy, and the labels of numbered lists (which ODF does not store in the text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.labels import to_letters, to_roman
from .style_ids import resolve, unescape_odf

STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
S_, T_, FO_, O_ = (f"{{{ns}}}" for ns in (STYLE, TEXT, FO, OFFICE))
BULLET = "\x00bullet"


def text_properties(props) -> dict:
    """italic, bold, superscript, underline, strike, hidden as a style:text-properties sets them."""
    out: dict = {}
    if props is None:
        return out
    style = props.get(FO_ + "font-style")
    if style is not None:
        out["italic"] = style in ("italic", "oblique")
    weight = props.get(FO_ + "font-weight")
    if weight is not None:
        out["bold"] = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    position = props.get(S_ + "text-position")
    if position is not None:
        first = (position.split() or [""])[0]
        out["superscript"] = first == "super" or (first.endswith("%") and _positive(first[:-1]))
    underline = props.get(S_ + "text-underline-style")
    if underline is not None:
        out["underline"] = underline != "none"
    strike = props.get(S_ + "text-line-through-style")
    if strike is not None:
        out["strike"] = strike != "none"
    display = props.get(T_ + "display")
    if display is not None:
        out["hidden"] = display == "none"
    return out


def _positive(number: str) -> bool:
    try:
        return float(number) > 0
    except ValueError:
        return False


@dataclass
class _Style:
    display: str | None
    parent: str | None
    props: dict
    list_style: str | None = None
    direct: bool = False  # an automatic style of the content: formatting applied by hand


@dataclass
class OdtStyles:
    styles: dict[tuple[str, str], _Style] = field(default_factory=dict)
    defaults: dict[str, dict] = field(default_factory=dict)
    lists: dict[str, dict[int, dict]] = field(default_factory=dict)
    _para: dict = field(default_factory=dict)
    _fmt: dict = field(default_factory=dict)
    _names: dict | None = None
    _parents: dict | None = None

    def add(self, container, *, direct: bool = False) -> None:
        """Read office:styles / office:automatic-styles; the first definition of a name wins.
        direct: content.xml's automatic styles, where an editor keeps formatting applied by
        hand (LibreOffice puts a wholly underlined paragraph's underline there, not in a span)."""
        if container is None:
            return
        self._names = None
        self._para.clear()
        self._fmt.clear()
        for el in container.iterchildren(S_ + "style", S_ + "default-style", T_ + "list-style"):
            if el.tag == T_ + "list-style":
                name = el.get(S_ + "name")
                if name:
                    self.lists.setdefault(name, _list_levels(el))
                continue
            family = el.get(S_ + "family", "")
            props = text_properties(el.find(S_ + "text-properties"))
            if el.tag == S_ + "default-style":
                self.defaults.setdefault(family, props)
                continue
            name = el.get(S_ + "name")
            if name:
                self.styles.setdefault((family, name), _Style(
                    display=el.get(S_ + "display-name"), parent=el.get(S_ + "parent-style-name"),
                    props=props, list_style=el.get(S_ + "list-style-name"), direct=direct))

    def paragraph_style(self, name: str | None) -> str | None:
        if name in self._para:
            return self._para[name]
        if self._names is None:  # once: a file may use thousands of unknown style names
            self._names, self._parents = {}, {}
            for (family, key), s in self.styles.items():
                if family == "paragraph":
                    self._names[key] = s.display or unescape_odf(key)
                    if s.parent:
                        self._parents[key] = s.parent
        found = resolve(name, self._names, self._parents) if name else None
        self._para[name] = found
        return found

    def formatting(self, pstyle: str | None, spans: tuple[str, ...]) -> dict:
        """Text formatting from defaults, paragraph style chain and span styles. Underline and
        strike count only from text styles and formatting applied by hand to a paragraph (a
        heading style's underline marks nothing)."""
        key = (pstyle, spans)
        cached = self._fmt.get(key)
        if cached is not None:
            return cached
        out = {k: v for k, v in self.defaults.get("paragraph", {}).items()
               if k in ("italic", "bold", "superscript")}
        for s in reversed(self._chain("paragraph", pstyle)):
            out.update(s.props if s.direct else {
                k: v for k, v in s.props.items() if k in ("italic", "bold", "superscript",
                                                          "hidden")})
        for span in spans:
            for s in reversed(self._chain("text", span)):
                out.update(s.props)
        self._fmt[key] = out
        return out

    def is_link_style(self, name: str | None) -> bool:
        return any((s.display or "").replace(" ", "").lower() in ("internetlink", "hyperlink")
                   for s in self._chain("text", name))

    def _chain(self, family: str, name: str | None) -> list[_Style]:
        out = []
        seen = set()
        while name and name not in seen and len(out) < 32:
            seen.add(name)
            s = self.styles.get((family, name))
            if s is None:
                break
            out.append(s)
            name = s.parent
        return out


def _list_levels(el) -> dict[int, dict]:
    levels = {}
    for lvl in el:
        tag = lvl.tag
        if not isinstance(tag, str):
            continue
        n = _int(lvl.get(T_ + "level"), 1)
        if tag == T_ + "list-level-style-bullet":
            levels[n] = {"bullet": True}
        elif tag == T_ + "list-level-style-number":
            levels[n] = {
                "bullet": False,
                "format": lvl.get(S_ + "num-format", "1"),
                "prefix": lvl.get(S_ + "num-prefix", ""),
                "suffix": lvl.get(S_ + "num-suffix", ""),
                "start": _int(lvl.get(T_ + "start-value"), 1),
                "display": _int(lvl.get(T_ + "display-levels"), 1),
            }
    return levels


def format_number(fmt: str, n: int) -> str:
    if not 0 < n <= 1000:  # a hostile start-value would make "aaaa..." of any length
        return str(n) if fmt else ""
    if fmt in ("a", "A"):
        return to_letters(n) if fmt == "a" else to_letters(n).upper()
    if fmt in ("i", "I"):
        return to_roman(n) if fmt == "i" else to_roman(n).upper()
    return str(n) if fmt else ""


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class ListCounter:
    """Numbers of the items of ODF lists, as a reader sees them printed."""

    def __init__(self, styles: OdtStyles):
        self.styles = styles
        self._counters: dict[str, list[int | None]] = {}

    def restart(self, style: str) -> None:
        self._counters[style] = [None] * 11

    def label(self, style: str | None, level: int, start: int | None = None) -> str | None:
        """Label (with its tab) of the next item at level (1-based); BULLET for bullets."""
        if not style or not 1 <= level <= 10:
            return None
        levels = self.styles.lists.get(style, {})
        spec = levels.get(level)
        if spec is None:
            return None
        if spec["bullet"]:
            return BULLET
        counters = self._counters.setdefault(style, [None] * 11)
        for deeper in range(level + 1, 11):
            counters[deeper] = None
        current = counters[level]
        counters[level] = start if start is not None else (
            spec["start"] if current is None else current + 1)
        if not spec["format"]:
            return None
        parts = []
        for lv in range(max(1, level - spec["display"] + 1), level + 1):
            s = levels.get(lv) or {}
            n = counters[lv] if counters[lv] is not None else s.get("start", 1)
            if not s.get("bullet") and s.get("format"):
                parts.append(format_number(s["format"], n))
        return f"{spec['prefix']}{'.'.join(parts)}{spec['suffix']}\t"
