"""Inline content: runs of text with the little formatting ITU texts use, and footnotes.

Runs are immutable so that base and draft can share them and diffs can hash them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Footnote:
    """The body of a footnote; a run that carries one is the footnote's reference mark."""

    runs: tuple[Run, ...] = ()

    @property
    def text(self) -> str:
        return plain_text(self.runs)


@dataclass(frozen=True, slots=True)
class Run:
    """Text with one formatting. A run that carries a footnote is the footnote's reference mark;
    its text is empty for an automatically numbered mark (every reader gives that), or a custom
    mark such as '*'."""

    text: str
    italic: bool = False
    bold: bool = False
    superscript: bool = False
    footnote: Footnote | None = None

    def __init__(self, text: str, italic: bool = False, bold: bool = False,
                 superscript: bool = False, footnote: Footnote | None = None):
        # Kept by @dataclass (it never replaces an __init__ the class defines). The generated one
        # goes through object.__setattr__ per field, twice as slow as the slot descriptors; the
        # readers build a Run per text piece of a document (10^5 of them).
        _set_text(self, text)
        _set_italic(self, italic)
        _set_bold(self, bold)
        _set_superscript(self, superscript)
        _set_footnote(self, footnote)

    @property
    def plain(self) -> bool:
        return not (self.italic or self.bold or self.superscript or self.footnote)

    def style_key(self) -> tuple:
        """What besides the text makes two runs differ (used by the diff and run merging)."""
        return (self.italic, self.bold, self.superscript, self.footnote)

    def with_text(self, text: str) -> Run:
        # direct construction: dataclasses.replace costs several times more, on a hot path
        return Run(text, self.italic, self.bold, self.superscript, self.footnote)


_set_text, _set_italic, _set_bold, _set_superscript, _set_footnote = (
    Run.__dict__[name].__set__ for name in ("text", "italic", "bold", "superscript", "footnote"))

Inline = tuple[Run, ...]


def runs(*parts: str | Run) -> Inline:
    """Convenience constructor: plain strings become plain runs."""
    return normalize(Run(p) if isinstance(p, str) else p for p in parts)


def plain_text(content: Iterable[Run] | None) -> str:
    if not content:
        return ""
    return "".join(r.text for r in content)


def normalize(content: Iterable[Run]) -> Inline:
    """Merge neighbouring runs of equal formatting and drop empty ones (footnote marks stay)."""
    out: list[Run] = []
    texts: list[str] | None = None  # texts merged into out[-1], joined once at the end
    for run in content:
        if run.footnote is None:
            if not run.text:
                continue
            if out:
                last = out[-1]
                if (last.footnote is None and last.italic == run.italic
                        and last.bold == run.bold and last.superscript == run.superscript):
                    if texts is None:
                        texts = [last.text]
                    texts.append(run.text)
                    continue
        if texts is not None:
            out[-1] = out[-1].with_text("".join(texts))
            texts = None
        out.append(run)
    if texts is not None:
        out[-1] = out[-1].with_text("".join(texts))
    return tuple(out)


def footnotes_of(content: Iterable[Run] | None) -> list[Footnote]:
    return [r.footnote for r in content or () if r.footnote is not None]
