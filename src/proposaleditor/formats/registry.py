"""File extension -> reader / writer. Readers return a Document; writers take one."""

from __future__ import annotations

import importlib
import inspect
import os
from collections.abc import Callable
from pathlib import Path

from ..domain.document import Document
from .errors import FormatError, UnsupportedFormat

# extension -> (module, function); modules are imported on first use so a missing optional
# reader never breaks the others.
READERS: dict[str, tuple[str, str]] = {
    ".itup": ("proposaleditor.formats.native", "load"),
    ".json": ("proposaleditor.formats.native", "load"),
    ".txt": ("proposaleditor.formats.text_reader", "read"),
    ".md": ("proposaleditor.formats.text_reader", "read"),
    ".docx": ("proposaleditor.formats.docx_reader", "read"),
    ".odt": ("proposaleditor.formats.odt_reader", "read"),
}
WRITERS: dict[str, tuple[str, str]] = {
    ".itup": ("proposaleditor.formats.native", "save"),
    ".docx": ("proposaleditor.formats.docx_writer", "write"),
    ".odt": ("proposaleditor.formats.odt_writer", "write"),
}
REFUSED = {
    ".docm": "macro-enabled Word documents (.docm) are refused; save it as .docx first",
    ".dotm": "macro-enabled Word templates (.dotm) are refused",
    ".doc": "legacy Word .doc files are not supported; save it as .docx first",
}


def _resolve(table: dict, path: str | os.PathLike, what: str) -> Callable:
    ext = Path(path).suffix.lower()
    if ext in REFUSED:
        raise UnsupportedFormat(path, REFUSED[ext])
    entry = table.get(ext)
    if entry is None:
        known = ", ".join(sorted(table))
        raise UnsupportedFormat(path, f"cannot {what} {ext or 'files without extension'} "
                                      f"(supported: {known})")
    module_name, func = entry
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            raise UnsupportedFormat(path, f"{what} of {ext} files is not supported yet") from None
        raise
    return getattr(module, func)


def read_document(path: str | os.PathLike, **options) -> Document:
    """Read any supported file; raises FormatError with a one-line message on bad input."""
    reader = _resolve(READERS, path, "read")
    if not os.path.exists(path):
        raise FormatError(path, "no such file")
    if os.path.isdir(path):
        raise FormatError(path, "is a folder, not a file")
    return reader(path, **_accepted(reader, options))


# Options only some readers take: static_marks (underline / strike-through as revision marks)
# means nothing to .itup or text files, so it is dropped for readers without that parameter.
_OPTIONAL_READER_OPTIONS = frozenset({"static_marks"})


def _accepted(reader: Callable, options: dict) -> dict:
    optional = _OPTIONAL_READER_OPTIONS & options.keys()
    if not optional:
        return options
    try:
        parameters = inspect.signature(reader).parameters
    except (TypeError, ValueError):
        parameters = {}
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return options
    return {k: v for k, v in options.items() if k not in optional or k in parameters}


def write_document(document: Document, path: str | os.PathLike, **options) -> None:
    writer = _resolve(WRITERS, path, "write")
    writer(document, path, **options)


def readable_extensions() -> list[str]:
    return sorted(READERS)
