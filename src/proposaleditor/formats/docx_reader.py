"""Read a received DOCX into the editor's model.

The package is opened through safezip (limits checked before anything is inflated, hardened XML
parsing), the main part is found through the package relationships and its content type checked,
the body is walked by docx_body, and the paragraphs go to the shared structure recognizer. Macros
are never run: macro-enabled files are refused and a stray vbaProject.bin is never read. External
relationships (remote templates, linked images, hyperlinks) are never followed.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from ..domain.document import Document
from .docx_body import BodyWalker, footnote_bodies
from .docx_styles import Numbering, StyleSheet, W
from .errors import FormatError
from .received import comments_note, no_gc, recognize, ruby_note
from .safezip import DEFAULT_LIMITS, Limits, SafeZip, resolve_target
from .source_paragraph import SourceParagraph

_W = "{" + W + "}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"

_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
_MACRO_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_MACRO_EXTENSIONS = {".docm", ".dotm"}
_HYPERLINK = "/hyperlink"


def read(path, *, static_marks: bool = True, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a .docx; any problem with the file is a one-line FormatError."""
    with no_gc():
        paragraphs, notes = read_paragraphs(path, static_marks=static_marks, limits=limits)
        return recognize(paragraphs, notes, path)


def read_paragraphs(path, *, static_marks: bool = True,
                    limits: Limits = DEFAULT_LIMITS) -> tuple[list[SourceParagraph], list[str]]:
    """The document's paragraphs (SourceParagraphs) and notes on what was
    ignored; the file-level half of read(), usable without the recognizer."""
    path = os.fspath(path)
    if Path(path).suffix.lower() in _MACRO_EXTENSIONS:
        raise FormatError(path, "macro-enabled Word files are refused (macros are never run); "
                                "save it as .docx first")
    try:
        with no_gc(), SafeZip(path, limits=limits, what="Word document") as pkg:
            return _read_package(pkg, static_marks)
    except RecursionError:
        raise FormatError(path, "document structure nested too deeply") from None
    except MemoryError:
        raise FormatError(path, "document too large to read") from None


def _read_package(pkg: SafeZip, static_marks: bool) -> tuple[list[SourceParagraph], list[str]]:
    path = pkg.path
    notes: list[str] = []
    if not pkg.has("[Content_Types].xml"):
        raise FormatError(path, "not a Word document: the package has no [Content_Types].xml")
    main = _main_part(pkg)
    content_type = _content_types(pkg).get(main)
    if content_type in _MACRO_TYPES:
        raise FormatError(path, "macro-enabled Word document refused (macros are never run); "
                                "save it as .docx without macros first")
    if content_type is not None and content_type not in _MAIN_TYPES:
        raise FormatError(path, f"not a Word document: its main part {main} is {content_type}")
    if any(name.lower().endswith("vbaproject.bin") for name in pkg.names):
        notes.append("the file carries a macro project (vbaProject.bin); it was ignored "
                     "and never run")
    root = pkg.read_xml(main)
    if root.tag == "{" + _STRICT_W + "}document":
        raise FormatError(path, "Strict Open XML documents are not supported; save it as a "
                                "Word Document (.docx)")
    body = root.find(_W + "body")
    if root.tag != _W + "document" or body is None:
        raise FormatError(path, f"not a Word document: {main} has no document body")

    rels, external = _relationships(pkg, main)
    if external:
        notes.append(f"{external} external link(s) (linked images, templates or objects) "
                     "were not followed")
    styles = StyleSheet.parse(_optional_xml(pkg, rels.get("styles")))
    numbering = Numbering(_optional_xml(pkg, rels.get("numbering")), styles)
    notes_walker = BodyWalker(styles, numbering, static_marks=static_marks)
    footnotes = footnote_bodies(_optional_xml(pkg, rels.get("footnotes")), notes_walker,
                                _W + "footnote")
    endnotes = footnote_bodies(_optional_xml(pkg, rels.get("endnotes")), notes_walker,
                               _W + "endnote")
    walker = BodyWalker(styles, numbering, footnotes, endnotes, static_marks=static_marks)
    paragraphs = list(walker.blocks(body))
    if walker.chunks:
        notes.append(f"{walker.chunks} embedded document part(s) (w:altChunk: HTML, RTF or "
                     "another document pasted in whole) left out; open the file in Word and "
                     "save it again to turn them into text")
    return paragraphs, notes + ruby_note(walker.ruby) + comments_note(walker.comments)


def _main_part(pkg: SafeZip) -> str:
    """The officeDocument target of _rels/.rels (usually word/document.xml)."""
    if pkg.has("_rels/.rels"):
        rels = pkg.read_xml("_rels/.rels")
        for rel in rels.iterchildren(_PR + "Relationship"):
            if (rel.get("Type") or "").endswith("/officeDocument") and (
                    rel.get("TargetMode") != "External"):
                target = resolve_target("", rel.get("Target") or "")
                if target and pkg.has(target):
                    return target
    if pkg.has("word/document.xml"):
        return "word/document.xml"
    raise FormatError(pkg.path, "not a Word document: the package has no word/document.xml")


def _content_types(pkg: SafeZip) -> dict[str, str]:
    root = pkg.read_xml("[Content_Types].xml")
    out = {}
    for el in root.iterchildren(_CT + "Override"):
        name = (el.get("PartName") or "").lstrip("/")
        if name:
            out.setdefault(name, el.get("ContentType") or "")
    return out


def _relationships(pkg: SafeZip, part: str) -> tuple[dict[str, str], int]:
    """Internal targets of the main part's relationships by kind (styles, numbering, footnotes,
    endnotes), and how many non-hyperlink external relationships were left alone."""
    folder, _, name = part.rpartition("/")
    rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    out: dict[str, str] = {}
    external = 0
    if not pkg.has(rels_name):
        return out, external
    for rel in pkg.read_xml(rels_name).iterchildren(_PR + "Relationship"):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        if rel.get("TargetMode") == "External":
            if not (rel.get("Type") or "").endswith(_HYPERLINK):
                external += 1
            continue
        target = resolve_target(part, rel.get("Target") or "")
        if target and kind in ("styles", "numbering", "footnotes", "endnotes"):
            out.setdefault(kind, target)
    return out, external


def _optional_xml(pkg: SafeZip, name: str | None) -> etree._Element | None:
    if not name or not pkg.has(name):
        return None
    return pkg.read_xml(name)
